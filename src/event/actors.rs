//! Who did it, to whom, and who says so.

use serde::Serialize;

use crate::casualty::{Casualty, Outcome, Side, VictimClass};
use crate::grammar::words::{is_in, lookup, phrase, words_in};
use crate::lexicon::actors::{
    actor_code, claims, is_armed_group, SourceVerb, ACTOR_ALIASES, AFFILIATE_AFTER, BLAME_VERBS,
    CLAIMED_FIGURE_NEXT, CLAIMS_OF_ATTACKS, CLAUSE_OPENERS, CLAUSE_WORDS, CONJUNCTIONS, DENIALS,
    DOTTED_ALIASES, GROUP_ANAPHORS, IN_POWER_SINCE, JIHADIST_GROUPS, LIVES, NOT_ACTOR_AFTER,
    NOT_NAME_WORDS, NOT_SOURCE_STARTS, NO_SOURCE_BEFORE, OTHER_ATTACKS_AFTER, PARTY_SOURCES,
    RELATIVE_SUBJECTS, SOURCE_VERBS, SOURCE_VERB_HELPERS, SPEAKERS, TIES_BEFORE, UNIDENTIFIED,
    VICTIMS_REPORTED,
};
use crate::lexicon::countries::{ADMIN_WORDS, COUNTRY_WORDS, DIRECTIONS, SETTLEMENT_WORDS};
use crate::lexicon::events::{CLAIM_SPEECH, REPORTING_VERBS};
use crate::lexicon::outcomes::BE_FORMS;
use crate::lexicon::time::{MONTHS, RELATIVE_DAYS, WEEKDAYS};
use crate::lexicon::victims::NOUNS;
use crate::span::Span;
use crate::text::{floor_boundary, sentence_of, Sentence};

/// An actor's part in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActorRole {
    /// The side that did the violence (ACLED's actor 1, UCDP's side A).
    Perpetrator,
    /// The side it was done to (actor 2, side B): also civilians caught in a clash, and forces
    /// named by what an attack hit ("a police vehicle").
    Target,
    /// An armed party to a clash, where the text gives no direction.
    Combatant,
}

/// An actor of an event, with the words that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Actor {
    /// The actor's code (`IS`, `GOV`, ...).
    pub code: Side,
    /// Its canonical name ("Islamic State").
    pub name: String,
    /// Its part in the event.
    pub role: ActorRole,
    /// Where the text names it (empty when only the victims' side tells).
    pub spans: Vec<Span>,
}

/// Who reported an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Source {
    /// The source as written ("the Syrian Observatory for Human Rights", "a monitor").
    pub name: String,
    /// Where it is named.
    pub span: Span,
    /// The report is a claim ("claimed") or comes from a party to the fighting (Amaq).
    pub claim: bool,
    /// The party, when the source is one.
    pub party: Option<Side>,
}

/// A caller's actor alias: words, code, canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ActorAlias {
    pub alias: String,
    pub code: String,
    pub name: String,
}

/// The canonical name of a code, from the caller's aliases first, then the built-in table.
pub(crate) fn name_of(code: &str, extra: &[ActorAlias]) -> String {
    extra
        .iter()
        .find(|a| a.code == code)
        .map(|a| a.name.clone())
        .or_else(|| actor_code(code).map(|a| a.name.to_string()))
        .unwrap_or_else(|| code.to_string())
}

/// Actor mentions in `text[span]`: (code, span), in text order. "Jihadists" are the
/// jihadist group the article names nearest them ("... often carried out by JNIM"), else an
/// unidentified group: the word names no group of its own.
pub(crate) fn actor_mentions(text: &str, span: Span, extra: &[ActorAlias]) -> Vec<(String, Span)> {
    let mut found = mentions_as_written(text, span, extra);
    let generic = |(_, at): &(String, Span)| names_jihadists(&text[at.range()]);
    if !found.iter().any(generic) {
        return found;
    }
    // The groups named around the span, once.
    let groups = jihadist_groups_around(text, span, extra);
    for m in found.iter_mut().filter(|m| generic(m)) {
        m.0 = nearest_group(&groups, m.1);
    }
    found
}

/// The jihadist groups named around `span` (in text order), but for groups named as another's
/// tie ("an al-Qaida affiliate known as JNIM").
fn jihadist_groups_around(text: &str, span: Span, extra: &[ActorAlias]) -> Vec<(String, Span)> {
    let around = Span::new(
        floor_boundary(text, span.start.saturating_sub(JIHADIST_GROUP_REACH)),
        floor_boundary(text, span.end.saturating_add(JIHADIST_GROUP_REACH)),
    );
    mentions_as_written(text, around, extra)
        .into_iter()
        .filter(|(code, at)| {
            !names_jihadists(&text[at.range()]) && JIHADIST_GROUPS.contains(&code.as_str())
        })
        .filter(|(_, g)| {
            lookup(&AFFILIATE_AFTER, &text[g.end..]).is_none()
                && !named_aside(
                    text,
                    floor_boundary(text, g.start.saturating_sub(TIE_REACH)),
                    *g,
                )
        })
        .collect()
}

/// The code of the group of `groups` (in text order) named nearest before `at`, else after
/// it, else of an unidentified group.
fn nearest_group(groups: &[(String, Span)], at: Span) -> String {
    let k = groups.partition_point(|(_, g)| g.start < at.start);
    let before = k.checked_sub(1).and_then(|b| groups.get(b));
    before
        .or(groups.get(k))
        .map_or_else(|| UNIDENTIFIED.to_string(), |(code, _)| code.clone())
}

/// "23 regime soldiers and 17 jihadists were killed": jihadists of no group named are of the
/// jihadist group named nearest them (Hayat Tahrir al-Sham, in an article about it), else
/// of an unidentified group, as actors are (see [`actor_mentions`]).
pub(crate) fn sides_of_jihadists(text: &str, casualties: &mut [Casualty], extra: &[ActorAlias]) {
    // Only victims the side word "jihadist" put on the Islamic State's side are read: "17
    // jihadists", "jihadist fighters", not "IS jihadists".
    let generic = |c: &Casualty| {
        let words = &text[c.victims.span.range()];
        c.victims.side.as_ref().is_some_and(|s| s.as_str() == "IS")
            && words.split(' ').count() <= 2
            && words.split(' ').any(names_jihadists)
            && mentions_as_written(text, c.victims.span, extra)
                .iter()
                .all(|(_, at)| names_jihadists(&text[at.range()]))
    };
    for c in casualties.iter_mut().filter(|c| generic(c)) {
        let groups = jihadist_groups_around(text, c.victims.span, extra);
        c.victims.side = Some(Side::new(nearest_group(&groups, c.victims.span)));
    }
}

/// The word that names jihadists of no group.
const GENERIC_JIHADISTS: &str = "jihadist";

/// Whether `words` open with the word for jihadists of no group ("jihadists", "Jihadist").
fn names_jihadists(words: &str) -> bool {
    words
        .get(..GENERIC_JIHADISTS.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(GENERIC_JIHADISTS))
}
/// How far from "jihadists" (bytes) the group they belong to is looked for.
const JIHADIST_GROUP_REACH: usize = 1_500;
/// How far before a group (bytes) the words tying it to another are looked for.
const TIE_REACH: usize = 40;

/// Actor mentions in `text[span]` by their aliases alone.
fn mentions_as_written(text: &str, span: Span, extra: &[ActorAlias]) -> Vec<(String, Span)> {
    let window = &text[..span.end];
    let mut found: Vec<(String, Span)> = Vec::new();
    let mut next_free = span.start;
    for (start, _) in words_in(text, span.start, span.end) {
        if start < next_free {
            continue;
        }
        // The caller's aliases and those written with full stops ("U.S.-led coalition"),
        // compared as written: the word lexicons read no full stop inside a word.
        let caller = extra
            .iter()
            .find_map(|a| written_at(window, start, &a.alias).map(|end| (a.code.clone(), end)))
            .or_else(|| {
                // Every such alias has a full stop second: most words are rejected at once.
                let dotted = window.as_bytes().get(start + 1) == Some(&b'.');
                DOTTED_ALIASES
                    .iter()
                    .filter(|_| dotted)
                    .find_map(|&(alias, code)| {
                        written_at(window, start, alias).map(|end| (code.to_string(), end))
                    })
            });
        let hit = caller.or_else(|| {
            lookup(&ACTOR_ALIASES, &window[start..])
                .filter(|&(after, _)| lookup(&NOT_ACTOR_AFTER, after).is_none())
                .filter(|&(after, _)| !owns_a_place(after))
                .filter(|&(_, code)| code != "GOV" || !ends_a_group_name(text, start))
                .map(|(after, code)| (code.to_string(), span.end - after.len()))
        });
        if let Some((code, end)) = hit {
            // "Taliban militants", "Boko Haram attackers": an anonymous noun right after a
            // named actor is that actor, not another.
            let names_the_one_before = code == UNIDENTIFIED
                && found
                    .last()
                    .is_some_and(|(_, before)| text[before.end..start].trim().is_empty());
            match found.last_mut() {
                Some((_, before)) if names_the_one_before => before.end = end,
                _ => found.push((code, Span::new(start, end))),
            }
            next_free = end;
        }
    }
    found
}

/// Most words of a place's name and description after a country's possessive.
const MAX_PLACE_WORDS: usize = 3;

/// Whether `after`, the rest after an actor's alias, makes it the possessive of a place:
/// "Russia's Dagestan region", "Russia's southern Kursk region" name no party.
fn owns_a_place(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
    else {
        return false;
    };
    let mut named = false;
    for (_, w) in words_in(rest, 0, rest.len()).take(MAX_PLACE_WORDS + 1) {
        if named && (is_in(&ADMIN_WORDS, w) || is_in(&SETTLEMENT_WORDS, w)) {
            return true;
        }
        if w.starts_with(char::is_uppercase) {
            named = true;
        } else if !is_in(&DIRECTIONS, w) {
            return false;
        }
    }
    false
}

/// Whether the capitalized word at `start` ends the name of a group of other words: "Army" in
/// "the National Liberation Army" or "the Kachin Independence Army" is no state's army, as in
/// "the Nigerian Army".
fn ends_a_group_name(text: &str, start: usize) -> bool {
    // Only "Army": "Vunokilang Police Station" and "Newark Police" are the state's.
    if !text[start..].starts_with("Army") {
        return false;
    }
    let before = &text[..start];
    let Some(previous) = before.strip_suffix(' ') else {
        return false;
    };
    let word_start = previous
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map_or(0, |k| {
            k + previous[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &previous[word_start..];
    let opens_sentence = previous[..word_start].trim_end().is_empty()
        || previous[..word_start]
            .trim_end()
            .ends_with(['.', '!', '?', '\n']);
    word.starts_with(char::is_uppercase) && !opens_sentence && !is_in(&COUNTRY_WORDS, word)
}

/// Whether the group `code` held power in its country on `day` (table `IN_POWER_SINCE`): its
/// spokesmen then speak for a government, not for a party claiming an attack.
pub(crate) fn in_power(code: &str, day: Option<chrono::NaiveDate>) -> bool {
    let Some(day) = day else { return false };
    IN_POWER_SINCE.iter().any(|&(group, (y, m, d))| {
        group == code && chrono::NaiveDate::from_ymd_opt(y, m, d).is_some_and(|since| day >= since)
    })
}

/// Where `alias` ends when `window` holds it at `start` as a whole phrase, ignoring case.
fn written_at(window: &str, start: usize, alias: &str) -> Option<usize> {
    let end = start + alias.len();
    let candidate = window.get(start..end)?;
    let bounded = window[end..]
        .chars()
        .next()
        .map_or(true, |c| !c.is_alphanumeric());
    (candidate.eq_ignore_ascii_case(alias) && bounded).then_some(end)
}

/// The source of `text[span]`: the first one with a name ("the Syrian Observatory for Human
/// Rights said"), else the first generic one ("a monitor said").
pub(crate) fn source_in(text: &str, span: Span) -> Option<Source> {
    // A named source first ("the Syrian Observatory" over "officials"); a party's claim only
    // when no one else reports ("police said" over "Al-Shabaab claimed").
    let mut first = None;
    let mut claim = None;
    let mut from = span.start;
    while from < span.end {
        let Some(found) = next_source(text, Span::new(from, span.end)) else {
            break;
        };
        // Past the verb after the source too: "Police said Abdulroseh Jeha, 48, was riding"
        // names no source after "said".
        let after_source = &text[found.span.end..span.end];
        let verb_end = lookup(&SOURCE_VERBS, after_source).map(|(r, _)| span.end - r.len());
        let next = verb_end.unwrap_or(found.span.end);
        // Always forward, and onto a character: the text may be any UTF-8.
        from = if next > from {
            next
        } else {
            from + text[from..].chars().next().map_or(1, char::len_utf8)
        };
        if found.claim {
            claim = claim.or(Some(found));
            continue;
        }
        // A capital that only opens a sentence ("Witnesses told ...") names no one.
        let before = text[..found.span.start].trim_end();
        let opens_sentence = before.is_empty() || before.ends_with(['.', '!', '?', '\n']);
        if found
            .name
            .split_whitespace()
            .skip(usize::from(opens_sentence))
            .any(|w| w.starts_with(char::is_uppercase))
        {
            return Some(found);
        }
        first = first.or(Some(found));
    }
    first.or(claim)
}

/// The armed groups that claim an attack in `text[span]` ("Al-Shabaab has claimed
/// responsibility for the attack", "The Islamic State and Jamaatul Ahrar both claimed"):
/// those named before the claim in its sentence, with no denial between ("The Taliban denied
/// responsibility and no group has claimed it" names none).
pub(crate) fn claimants_in(text: &str, span: Span, extra: &[ActorAlias]) -> Vec<(String, Span)> {
    // Most sentences claim nothing: a word every claim holds tells before the words are read.
    let window = &text[span.start..span.end];
    if !CLAIM_MARKS.iter().any(|mark| window.contains(mark)) {
        return Vec::new();
    }
    let claim = words_in(text, span.start, span.end)
        .find(|&(start, _)| lookup(&CLAIMS_OF_ATTACKS, &text[start..span.end]).is_some());
    let Some((claim_at, _)) = claim else {
        return Vec::new();
    };
    actor_mentions(text, Span::new(span.start, claim_at), extra)
        .into_iter()
        .filter(|(code, at)| {
            claims(code)
                && !words_in(text, at.end, claim_at).any(|(_, w)| is_in(&DENIALS, w))
                // "Al-Shabab, which is linked to al-Qaida, claimed": the one tied to claims
                // nothing.
                && !named_aside(text, span.start, *at)
        })
        .collect()
}

/// Most words between a verb of blame and the "to" or "on" before the group blamed: "It
/// attributed them to the Katiba Macina".
const MAX_BLAME_OBJECT_WORDS: usize = 5;
/// Most words after that "to" or "on" the group may take to be named.
const MAX_BLAMED_NAME_WORDS: usize = 4;

/// The armed groups that `text[span]` blames for an attack: "It attributed them to the
/// Katiba Macina", "Police blamed the attack on al-Shabaab" (table `BLAME_VERBS`, each with
/// the word before its group).
pub(crate) fn blamed_in(text: &str, span: Span, extra: &[ActorAlias]) -> Vec<(String, Span)> {
    let words: Vec<(usize, &str)> = words_in(text, span.start, span.end).collect();
    for (k, &(_, w)) in words.iter().enumerate() {
        let Some((_, link)) = lookup(&BLAME_VERBS, w) else {
            continue;
        };
        // "blamed the attack on al-Shabaab"; else the group is the object ("The army blamed
        // the Kamuina Nsapu militia").
        let from = match words[k + 1..]
            .iter()
            .take(MAX_BLAME_OBJECT_WORDS + 1)
            .find(|(_, x)| x.eq_ignore_ascii_case(link))
        {
            Some(&(link_at, link_word)) => link_at + link_word.len(),
            None => words[k].0 + w.len(),
        };
        let to = words
            .iter()
            .skip_while(|&&(at, _)| at < from)
            .take(MAX_BLAMED_NAME_WORDS)
            .last()
            .map_or(from, |&(at, x)| at + x.len());
        return actor_mentions(text, Span::new(from, to), extra)
            .into_iter()
            .filter(|(code, _)| claims(code))
            .take(1)
            .collect();
    }
    Vec::new()
}

/// Whether `before` ends with one of `phrases` (ignoring case and a last article), word-whole.
pub(crate) fn ends_with_any(before: &str, phrases: &[&str]) -> bool {
    before_phrase(before, phrases).is_some()
}

/// `before` up to the one of `phrases` it ends with (ignoring case and a last article),
/// word-whole.
fn before_phrase<'b>(before: &'b str, phrases: &[&str]) -> Option<&'b str> {
    let before = before.trim_end();
    let before = ["the", "a", "an"]
        .iter()
        .find_map(|d| {
            let rest = before.strip_suffix(d)?;
            rest.ends_with(' ').then(|| rest.trim_end())
        })
        .unwrap_or(before);
    phrases.iter().find_map(|w| {
        let head = before.len().checked_sub(w.len())?;
        (head > 0
            && before.is_char_boundary(head)
            && before[head..].eq_ignore_ascii_case(w)
            && before[..head].ends_with(' '))
        .then(|| &before[..head])
    })
}

/// Whether the actor named at `span` is only named aside, no party to what `text[from..]`
/// tells: one another is tied to (see [`tied_to_another`]) or one told of for its other
/// attacks ("the Islamic State group has carried out similar attacks in the past").
pub(crate) fn named_aside(text: &str, from: usize, span: Span) -> bool {
    tied_to_another(&text[from..span.start])
        || lookup(&OTHER_ATTACKS_AFTER, &text[span.end..]).is_some()
}

/// Whether the actor after `before` is only one another is tied to ("Al-Shabab, which is
/// linked to al-Qaida", "Jamaat-ul-Ahrar, a splinter group of the Pakistani Taliban"); fighters
/// tied to it are its own ("hundreds of fighters linked to the Islamic State group").
fn tied_to_another(before: &str) -> bool {
    before_phrase(before, TIES_BEFORE).is_some_and(|head| {
        let last = head.trim_end().rsplit(' ').next().unwrap_or_default();
        !lookup(&NOUNS, last).is_some_and(|(_, noun)| noun.class == VictimClass::Combatant)
    })
}

/// Words one of which every phrase of [`CLAIMS_OF_ATTACKS`] holds.
const CLAIM_MARKS: &[&str] = &["claim", "Claim", "responsib", "carried out", "was behind"];

/// The first source named in `text[span]`: "X said", "according to X", "said X", "claimed by
/// X".
fn next_source(text: &str, span: Span) -> Option<Source> {
    let window = &text[..span.end];
    let mut clause_start = span.start;
    let mut previous_end = span.start;
    let mut previous_word = "";
    for (start, w) in words_in(text, span.start, span.end) {
        // A clause begins after a comma, a quote or a full stop, not the stop of an initial
        // ("The U.N. said").
        let gap = &window[previous_end..start];
        let initial = previous_word.chars().count() == 1 && gap.trim() == ".";
        if gap.contains(CLAUSE_MARKS) && !initial {
            clause_start = start;
        }
        previous_end = start + w.len();
        previous_word = w;
        let rest = &window[start..];
        if w.eq_ignore_ascii_case("according") {
            if let Some(r) = phrase("to", &window[previous_end..]) {
                let from = span.end - r.len();
                if let Some((s, e)) = noun_phrase_after(window, from, span.end) {
                    return Some(source(window, s, e, false));
                }
            }
        }
        if let Some((after, verb)) = lookup(&SOURCE_VERBS, rest) {
            let verb_end = span.end - after.len();
            if let Some(found) = source_of_verb(window, clause_start..start, verb_end, verb) {
                return Some(found);
            }
        }
    }
    None
}

/// The source a verb of reporting names, if any: the agent after "by" ("claimed by the
/// Islamic State"), else the subject of the verb's clause, else, after a verb that allows
/// it, the phrase after the verb ("said Abba Musa"). Reports of victims ("were reported
/// missing", "confirmed dead", "has claimed 40 lives") name none.
fn source_of_verb(
    window: &str,
    before: std::ops::Range<usize>,
    verb_end: usize,
    verb: SourceVerb,
) -> Option<Source> {
    let end = window.len();
    let after = &window[verb_end..];
    if let Some(r) = phrase("by", after) {
        return agent_after(window, end - r.len()).map(|(s, e)| source(window, s, e, verb.claim));
    }
    let toll = verb.claim
        && words_in(after, 0, after.len())
            .take(MAX_TOLL_WORDS)
            .any(|(_, w)| is_in(&LIVES, w));
    if toll || lookup(&VICTIMS_REPORTED, after).is_some() {
        return None;
    }
    // The words before the verb, without its auxiliaries and adverbs ("has belatedly") and
    // without dashes.
    let mut words: Vec<(usize, &str)> = words_in(window, before.start, before.end)
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .collect();
    while words
        .last()
        .is_some_and(|&(_, w)| is_in(&SOURCE_VERB_HELPERS, w))
    {
        words.pop();
    }
    // "were reported", "to have claimed", "with claims": no report by a source.
    if words
        .last()
        .is_some_and(|&(_, w)| is_in(&BE_FORMS, w) || is_in(&NO_SOURCE_BEFORE, w))
    {
        return None;
    }
    let found = if words.is_empty() {
        // No subject of its own: "..., said X" names it after the verb, "X, a spokesman,
        // told Reuters" before the comma.
        let inverted = verb
            .inverts
            .then(|| noun_phrase_after(window, verb_end, end));
        inverted
            .flatten()
            .filter(|&(s, e)| names_a_source(&window[s..e]))
            .or_else(|| appositive_before(window, before.start))
    } else {
        subject_in(window, &words)
    };
    found.map(|(s, e)| source(window, s, e, verb.claim))
}

/// The subject at the end of `words`, the words of a clause before a verb: after the last
/// word that opens a clause or ends one ("in what officials said", "Nine people were killed
/// and police said"), past a conjunction; before a relative "who" ("residents who fled their
/// homes told AFP").
fn subject_in(window: &str, words: &[(usize, &str)]) -> Option<(usize, usize)> {
    let mut subject = words;
    if let Some(k) = subject.iter().rposition(|&(_, w)| marks_clause(w)) {
        subject = if is_in(&RELATIVE_SUBJECTS, subject[k].1) {
            let antecedent = &subject[..k];
            let from = antecedent.iter().rposition(|&(_, w)| marks_clause(w));
            &antecedent[from.map_or(0, |j| j + 1)..]
        } else {
            &subject[k + 1..]
        };
    }
    while subject
        .first()
        .is_some_and(|&(_, w)| is_in(&CONJUNCTIONS, w))
    {
        subject = &subject[1..];
    }
    let (&(s, _), &(at, last)) = (subject.first()?, subject.last()?);
    let name = cut_at_time(&window[s..at + last.len()]);
    // "found dead on Thursday in Opico and authorities said": past a time or place, the
    // subject is the one after the last conjunction.
    let cut = s + name.len();
    if let Some(k) = subject
        .iter()
        .rposition(|&(p, w)| p >= cut && is_in(&CONJUNCTIONS, w))
    {
        return subject_in(window, &subject[k + 1..]);
    }
    let short = name.split_whitespace().count() <= MAX_SUBJECT_WORDS;
    // "The U.N.": the stop of a last initial is part of the name.
    let mut end = s + name.len();
    if last.chars().count() == 1 && end == at + last.len() && window[end..].starts_with('.') {
        end += 1;
    }
    (short && names_a_source(name)).then(|| (s, close_bracket(window, end)))
}

/// The phrase between commas right before `clause_start`: "Damien Chukwu" in "the
/// Commissioner of Police, Damien Chukwu, told journalists".
/// A description there ("a splinter group of the Pakistani Taliban"), or a phrase too long to
/// be a name, yields to a name before it ("Jamaatul Ahrar, a splinter group ..., claimed").
fn appositive_before(window: &str, clause_start: usize) -> Option<(usize, usize)> {
    let segment = |end: usize| {
        let comma = window[..end].trim_end().strip_suffix(',')?.len();
        let from = segment_start(window, comma);
        let words: Vec<(usize, &str)> = words_in(window, from, comma).collect();
        Some((from, subject_in(window, &words)))
    };
    let (from, found) = segment(clause_start)?;
    // "a resident, who asked not to be named, told Reuters": the one the relative clause
    // describes.
    let relative = words_in(window, from, clause_start)
        .next()
        .is_some_and(|(_, w)| is_in(&RELATIVE_SUBJECTS, w));
    if relative {
        return segment(from).and_then(|(_, name)| name);
    }
    let described = found.map_or(true, |(s, _)| window[s..].starts_with(char::is_lowercase));
    let named = || {
        segment(from)
            .and_then(|(_, name)| name)
            .filter(|&(s, _)| window[s..].starts_with(char::is_uppercase))
    };
    if described {
        named().or(found)
    } else {
        found
    }
}

/// Where the comma-separated segment ending at `end` starts: after the punctuation before it.
fn segment_start(window: &str, end: usize) -> usize {
    window[..end]
        .char_indices()
        .rev()
        .find(|&(p, c)| ends_clause(window, p, c))
        .map_or(0, |(p, c)| p + c.len_utf8())
}

/// The agent after "by", up to the verb or clause that follows it: "by the Islamic State"
/// in "claimed by the Islamic State killed 21 people".
fn agent_after(window: &str, from: usize) -> Option<(usize, usize)> {
    let rest = &window[from..];
    let stop = from + rest.find(CLAUSE_MARKS).unwrap_or(rest.len());
    // "said by local villagers to have been shot": the agent ends before "to".
    let words = words_in(window, from, stop)
        .take_while(|&(_, w)| !marks_clause(w) && !is_in(&VICTIMS_REPORTED, w));
    let (start, last) = words.fold(None, |span, (at, w)| {
        Some((span.map_or(at, |(s, _)| s), at + w.len()))
    })?;
    let name = cut_at_time(&window[start..last]);
    let short = name.split_whitespace().count() <= MAX_INVERTED_WORDS;
    (short && names_a_source(name)).then_some((start, close_bracket(window, start + name.len())))
}

/// Punctuation that ends a clause or a quote: a source's name stops there.
const CLAUSE_MARKS: [char; 7] = [',', '.', ';', ':', '"', '“', '”'];

/// Whether a word opens a clause or makes one ("what", "were", "killed"): no source's name
/// holds it.
fn marks_clause(w: &str) -> bool {
    is_in(&CLAUSE_OPENERS, w) || is_in(&BE_FORMS, w) || is_in(&CLAUSE_WORDS, w)
}

/// Most words a source named before its verb has: "a rescue worker and a member of the
/// civilian militia told AFP".
const MAX_SUBJECT_WORDS: usize = 10;

/// Most words of the phrase after a verb (read up to punctuation) that names its source: more
/// make a clause ("said the attack apparently targeted businessman Abdul Ghani").
const MAX_INVERTED_WORDS: usize = 8;

/// Words after "claimed" within which "lives" makes it a toll ("claimed the lives of").
const MAX_TOLL_WORDS: usize = 5;

/// Most bytes back from a name's end its opening bracket is looked for.
const MAX_BRACKETED_BYTES: usize = 200;

/// `end`, or past a closing bracket right after it: "the Islamic State group (IS)".
fn close_bracket(window: &str, end: usize) -> usize {
    // The bracket after first: the look back (bounded, so that a text of many names stays
    // linear) only where one closes.
    if !window[end..].starts_with(')') {
        return end;
    }
    let mut from = end.saturating_sub(MAX_BRACKETED_BYTES);
    while !window.is_char_boundary(from) {
        from += 1;
    }
    let opened = window[from..end]
        .rfind('(')
        .is_some_and(|o| !window[from + o..end].contains(')'));
    if opened {
        end + 1
    } else {
        end
    }
}

/// Whether a phrase can name a source: not empty, not negated ("No group"), not a clause
/// ("Nine people were killed").
fn names_a_source(phrase: &str) -> bool {
    let mut words = words_in(phrase, 0, phrase.len()).map(|(_, w)| w);
    let Some(first) = words.next() else {
        return false;
    };
    // "said 1,200 civilians had been killed": a figure names no one.
    let figure = first.starts_with(|c: char| c.is_ascii_digit());
    !(figure
        || is_in(&NOT_SOURCE_STARTS, first)
        || std::iter::once(first).chain(words).any(marks_clause))
}

/// Capitalized or plain words after `from` up to punctuation, at most [`MAX_INVERTED_WORDS`]
/// of them: "Observatory chief Rami".
fn noun_phrase_after(window: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let rest = &window[from..end];
    let stop = rest
        .char_indices()
        .find(|&(at, c)| c == '(' || ends_clause(rest, at, c))
        .map_or(rest.len(), |(at, _)| at);
    if rest[..stop].split_whitespace().count() > MAX_INVERTED_WORDS {
        return None;
    }
    let phrase = cut_at_time(rest[..stop].trim());
    if phrase.is_empty() {
        return None;
    }
    let s = from + (rest.len() - rest.trim_start().len());
    Some((s, s + phrase.len()))
}

/// Whether the character `c` at `at` ends a clause: one of [`CLAUSE_MARKS`], but not the full
/// stop of an initial ("U.N.", "U.S."), which follows a single capital letter.
fn ends_clause(text: &str, at: usize, c: char) -> bool {
    let before = &text.as_bytes()[..at];
    let initial = c == '.'
        && before.last().is_some_and(u8::is_ascii_uppercase)
        && before
            .len()
            .checked_sub(2)
            .map_or(true, |k| !before[k].is_ascii_alphabetic());
    CLAUSE_MARKS.contains(&c) && !initial
}

/// Whether a word starts a time or stands for someone named before: no source begins so.
fn not_a_name(word: &str) -> bool {
    is_in(&WEEKDAYS, word)
        || is_in(&MONTHS, word)
        || is_in(&RELATIVE_DAYS, word)
        || is_in(&NOT_NAME_WORDS, word)
}

/// The phrase up to a time: "the Observatory on Saturday" → "the Observatory".
fn cut_at_time(phrase: &str) -> &str {
    let mut end = 0;
    let mut words = words_in(phrase, 0, phrase.len()).peekable();
    while let Some((at, w)) = words.next() {
        // A month's short name is a name's part unless a day follows ("Shir Jan Durani").
        let dated = words
            .peek()
            .is_some_and(|(_, next)| next.starts_with(|c: char| c.is_ascii_digit()));
        if not_a_name(w) && !(is_in(&MONTHS, w) && w.len() <= 3 && !dated) {
            break;
        }
        end = at + w.len();
    }
    &phrase[..end]
}

fn source(window: &str, start: usize, end: usize, claim: bool) -> Source {
    let name = window[start..end].trim();
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let party = words_in(name, 0, name.len())
        .find_map(|(at, _)| {
            let alias = lookup(&ACTOR_ALIASES, &name[at..]).filter(|(_, code)| claims(code));
            alias.or_else(|| lookup(&PARTY_SOURCES, &name[at..]))
        })
        .map(|(_, code)| Side::new(code));
    Source {
        name: name.to_string(),
        span: Span::new(start, end),
        claim: claim || party.is_some(),
        party,
    }
}

/// Most words between an armed group and the word that makes it speak ("An Arakan Army
/// spokesman", "the Taliban said in a statement").
const MAX_WORDS_TO_SPEECH: usize = 3;

/// Whether the party named at `at` speaks right after its name, before `end`: "An Arakan Army
/// spokesman", "The Taliban said in a statement", "Amaq, saying".
pub(crate) fn speaks_next(text: &str, at: Span, end: usize) -> bool {
    words_in(text, at.end, end)
        .take(MAX_WORDS_TO_SPEECH)
        .any(|(_, w)| is_in(&SPEAKERS, w) || is_in(&REPORTING_VERBS, w) || is_in(&CLAIM_SPEECH, w))
}

/// "An Arakan Army spokesman said three of its fighters had died": fighters of "its" or
/// "their" with no side of their own are of the armed group that speaks before them in their
/// sentence.
pub(crate) fn sides_of_speakers(
    text: &str,
    sentences: &[Sentence],
    casualties: &mut [Casualty],
    extra: &[ActorAlias],
) {
    for c in casualties.iter_mut().filter(|c| c.victims.side.is_none()) {
        let words = text[c.victims.span.range()].trim_start();
        let words = words.strip_prefix("of ").unwrap_or(words);
        if !(words.starts_with("its ") || words.starts_with("their ")) {
            continue;
        }
        let Some(s) = sentences.get(sentence_of(sentences, c.span.start)) else {
            continue;
        };
        let before = Span::new(s.start.min(c.span.start), c.span.start);
        let speaker = actor_mentions(text, before, extra)
            .into_iter()
            .rev()
            .find(|(code, at)| is_armed_group(code) && speaks_next(text, *at, before.end));
        if let Some((code, _)) = speaker {
            c.victims.side = Some(Side::new(code));
        }
    }
}

/// Marks the counts a party gives in its own claim ("Al Shabaab claimed responsibility,
/// saying its fighters had killed 25"; "The Taliban said in a statement that its fighters had
/// killed 54 soldiers"): a party's toll of its enemies is no one else's word. A party's count
/// of its own dead ("three of its fighters") is no claim. Only an article with two counts of
/// one outcome is read: a claim gives way to another count, never to none.
pub(crate) fn mark_claimed_counts(
    text: &str,
    sentences: &[Sentence],
    casualties: &mut [Casualty],
    extra: &[ActorAlias],
) {
    // One pass: the outcomes counted twice.
    let mut seen: Vec<Outcome> = Vec::new();
    let mut two_of_an_outcome = false;
    for c in casualties.iter().filter(|c| !c.flags.cumulative) {
        two_of_an_outcome |= seen.contains(&c.outcome);
        seen.push(c.outcome);
    }
    if !two_of_an_outcome {
        return;
    }
    // Read once per sentence: where its words of speech are ("saying", "said"), and the
    // parties that claim there and the armed groups that speak there (only when a count
    // follows a word of speech: most have none).
    struct Read {
        sentence: usize,
        speech: Vec<usize>,
        /// With, for a group named before, the word of speech it says.
        claimants: Option<Vec<(String, Span, Option<usize>)>>,
    }
    let mut read: Option<Read> = None;
    for c in casualties.iter_mut() {
        let si = sentence_of(sentences, c.span.start);
        let Some(s) = sentences.get(si) else {
            continue;
        };
        if read.as_ref().map_or(true, |r| r.sentence != si) {
            let speech = words_in(text, s.start, s.end)
                .filter(|&(at, w)| is_in(&CLAIM_SPEECH, w) || claims_a_figure(text, at, w))
                .map(|(at, _)| at)
                .collect();
            read = Some(Read {
                sentence: si,
                speech,
                claimants: None,
            });
        }
        let Some(r) = read.as_mut() else {
            continue;
        };
        // Whether a word of speech stands in `from..c.span.start`.
        let speech_between = |speech: &[usize], from: usize| {
            let k = speech.partition_point(|&at| at < from);
            speech.get(k).is_some_and(|&at| at < c.span.start)
        };
        if !speech_between(&r.speech, s.start) {
            continue;
        }
        let claimants = r.claimants.get_or_insert_with(|| {
            let span = Span::new(s.start, s.end);
            let speaking = actor_mentions(text, span, extra)
                .into_iter()
                .filter(|(code, at)| claims(code) && speaks_next(text, *at, span.end));
            claimants_in(text, span, extra)
                .into_iter()
                .chain(speaking)
                .map(|(code, at)| (code, at, None))
                .chain(group_named_before(text, span, &r.speech, extra))
                .collect()
        });
        // The count in what the party says, not in the act it claims ("claimed
        // responsibility for the murder of a convert").
        let own = |code: &String| c.victims.side.as_ref().is_some_and(|v| v.as_str() == code);
        // The last word of speech before the count: who says a group said it is the group
        // only while no other has spoken since ("..., while the government said only 9
        // troops died").
        let last_speech = r.speech[..r.speech.partition_point(|&at| at < c.span.start)]
            .last()
            .copied();
        let claimed = claimants.iter().any(|(code, at, own_speech)| {
            !own(code)
                && at.start >= s.start
                && at.end <= c.span.start
                && speech_between(&r.speech, at.end)
                && own_speech.map_or(true, |speech| last_speech == Some(speech))
        });
        c.flags.claimed = claimed;
    }
}

/// "claimed" before what makes it a claim of a figure ("claimed it killed 41 soldiers").
fn claims_a_figure(text: &str, at: usize, w: &str) -> bool {
    // A verb of claim of `SOURCE_VERBS` ("claimed", "claims").
    let claim_verb = lookup(&SOURCE_VERBS, w).is_some_and(|(rest, v)| rest.is_empty() && v.claim);
    claim_verb && lookup(&CLAIMED_FIGURE_NEXT, &text[at + w.len()..]).is_some()
}

/// "The group claimed it killed 41 soldiers": the armed group that claims named before the
/// sentence, when words that stand for it ("the group", "the militants") come right before a
/// word of speech in it.
/// How far before a sentence (bytes) the group that "the group" stands for is looked for.
const GROUP_ANAPHOR_REACH: usize = 1_500;

/// With the group, where the words stand and their word of speech.
fn group_named_before(
    text: &str,
    span: Span,
    speech: &[usize],
    extra: &[ActorAlias],
) -> Option<(String, Span, Option<usize>)> {
    let (anaphor, said_at) = words_in(text, span.start, span.end).find_map(|(at, _)| {
        let (rest, ()) = lookup(&GROUP_ANAPHORS, &text[at..span.end])?;
        let end = span.end - rest.len();
        let next = end + (rest.len() - rest.trim_start().len());
        speech.contains(&next).then_some((Span::new(at, end), next))
    })?;
    // The group named last before, within reach (bounded work per such sentence).
    let from = floor_boundary(text, span.start.saturating_sub(GROUP_ANAPHOR_REACH));
    actor_mentions(text, Span::new(from, span.start), extra)
        .into_iter()
        .rev()
        .find(|(code, _)| claims(code))
        .map(|(code, _)| (code, anaphor, Some(said_at)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_claim_holds_a_claim_mark() {
        for (phrase, ()) in CLAIMS_OF_ATTACKS.rows() {
            assert!(
                CLAIM_MARKS.iter().any(|mark| phrase.contains(mark)),
                "{phrase}"
            );
        }
    }
}
