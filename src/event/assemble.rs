//! One article's casualty mentions and temporal expressions → events.
//!
//! Mentions are grouped by sentence; consecutive sentences with casualties make one event
//! unless a sentence opens a new incident ("in a separate attack", "meanwhile") or is dated on
//! another day than the event so far. A sentence whose clauses tell of incidents at two places
//! ("..., while a suicide bomber killed five soldiers in Mosul") is read as two. Headline mentions repeat the body and whole-war tolls
//! are background: neither makes an event.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::actors::{
    actor_mentions, blamed_in, claimants_in, ends_with_any, in_power, name_of, named_aside,
    source_in, ActorAlias,
};
use super::estimates::span_conflicting_estimates;
use super::places::{
    place_unknown_units, places_in, ArticlePlaces, Location, MAX_DATELINE_CITY_START,
};
use super::{Actor, ActorRole, DatePrecision, Event, EventDate, EventType, SideCasualties};
use crate::casualty::{Casualty, Outcome, Qualifier, Side, VictimClass};
use crate::gazetteer::Gazetteer;
use crate::grammar::number::numeral;
use crate::grammar::words::{is_in, lookup, phrase, word, words_in};
use crate::lexicon::actors::{
    claims, is_armed_group, AGENT_BEFORE, FORCES_FACILITIES, GOVERNMENT, HIT_BEFORE, PARTY_OFFICES,
    PARTY_OFFICE_LINKS, SOURCE_VERBS, SOURCE_VERB_HELPERS, SPEAKERS, TIES_BEFORE, UNIDENTIFIED,
};
use crate::lexicon::countries::{ADMIN_WORDS, COMPASS_POINTS, DIRECTIONS, SPEAKING_FROM};
use crate::lexicon::cues::{PLACE_PREPOSITIONS, SPAN_UNITS, WAR_BEGAN};
use crate::lexicon::events::{
    AMBUSHES, CAME_AFTER, DAYS_AFTER, EVENT_CUES, FINDING_VERBS, FRONTED_PLACE_LEADS, INCIDENTS,
    INVERTED_SPEECH, NEW_INCIDENT, NOT_EVENT_CUES, RANK, REPORTING_VERBS, REPORT_NOUNS, RESPONDING,
    SAME_INCIDENT, SAME_INCIDENT_DETERMINERS, TOLL_BRINGERS, TOLL_RISES,
};
use crate::lexicon::sides::CIVILIANS;
use crate::lexicon::victims::GENERIC_DETERMINERS;
use crate::resolve::{total, Scope};
use crate::span::Span;
use crate::text::{floor_boundary, sentence_of, Sentence};
use crate::time::{Granularity, Timex, TimexKind};

/// How far before the article's date an expression may still date one of its events.
const MAX_EVENT_AGE_DAYS: i64 = 366;

/// Everything the assembly reads, for one article.
pub(crate) struct Inputs<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub casualties: &'a [Casualty],
    pub timexes: &'a [Timex],
    pub reference: Option<NaiveDate>,
    /// The caller's actor aliases.
    pub actors: &'a [ActorAlias],
    /// Places and countries.
    pub gazetteer: &'a Gazetteer,
}

/// A group of sentences under construction.
struct Group {
    sentences: Vec<usize>,
    mentions: Vec<usize>,
    day: Option<NaiveDate>,
    /// One of the parts after a sum over incidents ("In the deadliest attack, ...").
    part: bool,
}

/// The word before an expression, skipping an "on" or "in": "said" in "said on Monday",
/// "erupted" in "erupted in January".
fn word_before<'a>(text: &'a str, t: &Timex) -> &'a str {
    let before = text[..t.span.start].trim_end();
    let before = [" on", " in"]
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .unwrap_or(before)
        .trim_end();
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Most words of a speaker between a fronted day and its reporting verb: "On Monday, the
/// army's regional command said".
const MAX_FRONTED_SPEAKER_WORDS: usize = 5;

/// "On Monday, the army said its troops had killed ...": a day that opens the sentence before
/// a speaker and a reporting verb dates the report.
fn fronted_report_day(text: &str, t: &Timex) -> bool {
    let before = text[..t.span.start].trim_end();
    let before = before.strip_suffix("On").unwrap_or(before).trim_end();
    let opens = before.is_empty() || before.ends_with(['.', '\n', '!', '?', '"']);
    let Some(after) = text[t.span.end..].strip_prefix(',') else {
        return false;
    };
    let at = t.span.end + 1;
    opens
        && words_in(text, at, at + after.len())
            .take(MAX_FRONTED_SPEAKER_WORDS + 1)
            .any(|(_, w)| is_in(&REPORTING_VERBS, w))
}

/// True when the expression dates a report rather than the event: "officials said on Monday",
/// "officials told AFP on Tuesday".
fn dates_the_report(text: &str, t: &Timex) -> bool {
    // "BEIRUT, Sept 3 (AFP) -": a date before a wire's credit is the dateline's.
    if wire_credit_after(&text[t.span.end..]) {
        return true;
    }
    // "said the weekend attacks were ...": a date before a noun of the incident dates it.
    let next = words_in(text, t.span.end, text.len()).next();
    if next.is_some_and(|(_, w)| is_in(&SAME_INCIDENT, w)) {
        return false;
    }
    // "The rights chief on Tuesday accused ...": a reporting verb right after it, in the same
    // clause.
    let verb_follows = next.is_some_and(|(at, w)| {
        is_in(&REPORTING_VERBS, w) && text[t.span.end..at].bytes().all(|b| b == b' ')
    });
    if verb_follows || fronted_report_day(text, t) {
        return true;
    }
    // Within the clause: "... the monitor said. On Saturday, ..." dates no report.
    let before = text[..t.span.start].trim_end();
    let clause = before
        .rfind(['.', ',', ';', ':', '!', '?', '\n'])
        .map_or(before, |at| &before[at + 1..]);
    let mut words = clause
        .split_whitespace()
        .rev()
        .skip_while(|w| w.eq_ignore_ascii_case("on"));
    // "The death toll ... rose to 12 on Tuesday": the day of the toll, not of the incident.
    let toll_risen = {
        let mut last = words.clone();
        let count = last.next().is_some_and(|w| numeral(w).is_ok());
        let to = last.next().is_some_and(|w| w == "to");
        count && to && last.next().is_some_and(|w| is_in(&TOLL_RISES, w))
    };
    if toll_risen {
        return true;
    }
    // Past the name of whom the report was made to: "told AFP", "told Radio Okapi".
    for _ in 0..=MAX_ADDRESSEE_WORDS {
        match words.next() {
            // "according to a government statement on June 28".
            Some(w) if is_in(&REPORTING_VERBS, w) || is_in(&REPORT_NOUNS, w) => return true,
            Some(w) if w.starts_with(char::is_uppercase) => continue,
            _ => return false,
        }
    }
    false
}

/// A wire's credit and dash right after a dateline's date: " (AFP) -", " (Reuters) —".
fn wire_credit_after(after: &str) -> bool {
    let Some(inside) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    let Some((credit, rest)) = inside.split_once(')') else {
        return false;
    };
    let credit_like = (1..=MAX_CREDIT_BYTES).contains(&credit.len())
        && credit.starts_with(|c: char| c.is_ascii_uppercase())
        && credit
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '.');
    credit_like && rest.trim_start().starts_with(['-', '–', '—'])
}

/// Whether an expression can date the event: not the report's date ("said on Monday"), not
/// after the reference day, not years before it ("the 2011 revolt").
fn can_date_event(text: &str, t: &Timex, reference: Option<NaiveDate>) -> bool {
    let Some(interval) = t.interval else {
        return false;
    };
    // A period that began long ago but reaches into the last year ("last year" in March)
    // still dates what happened in it.
    let in_range = reference.map_or(true, |r| {
        let (start, end) = (interval.start.date(), interval.end.date());
        start <= r && (r - end).num_days() <= MAX_EVENT_AGE_DAYS
    });
    in_range && !dates_the_report(text, t)
}

/// The day a sentence names for its event: a day or part of a day first, a clock time (which
/// the resolver places on the reference day) only without one.
fn day_of(
    text: &str,
    timexes: &[Timex],
    s: &Sentence,
    reference: Option<NaiveDate>,
) -> Option<(NaiveDate, usize)> {
    let in_sentence = || within(timexes, s).filter(|(_, t)| can_date_event(text, t, reference));
    let day = in_sentence()
        .find(|(_, t)| matches!(t.granularity, Some(Granularity::Day | Granularity::DayPart)))
        .map(|(k, t)| bracketed_date_after(text, timexes, k).unwrap_or((k, t)));
    let clock = || in_sentence().find(|(_, t)| t.granularity == Some(Granularity::Time));
    day.or_else(clock)
        .and_then(|(k, t)| t.interval.map(|i| (i.start.date(), k)))
}

/// A day in brackets or after a comma right after expression `k`, which it states exactly:
/// "on Thursday night [17 February]", "Friday (17 June)", "last night, 29 April 2017".
fn bracketed_date_after<'t>(
    text: &str,
    timexes: &'t [Timex],
    k: usize,
) -> Option<(usize, &'t Timex)> {
    let (t, next) = (timexes.get(k)?, timexes.get(k + 1)?);
    let between = text.get(t.span.end..next.span.start)?.trim();
    let closed = match between {
        "[" => text.get(next.span.end..)?.trim_start().starts_with(']'),
        "(" => text.get(next.span.end..)?.trim_start().starts_with(')'),
        // Not a list of days ("on Thursday, Friday, and Saturday"): a date with its number.
        "," => text[next.span.range()].bytes().any(|b| b.is_ascii_digit()),
        _ => return None,
    };
    (closed && next.granularity == Some(Granularity::Day)).then_some((k + 1, next))
}

/// The period the sentence's first event-dating expression covers, of any precision.
fn period_of(
    text: &str,
    timexes: &[Timex],
    s: &Sentence,
    reference: Option<NaiveDate>,
) -> Option<crate::time::Interval> {
    within(timexes, s)
        .filter(|(_, t)| t.kind == TimexKind::Date && can_date_event(text, t, reference))
        .find_map(|(_, t)| t.interval)
}

/// The expressions of a sentence with their indices; `timexes` are in text order, so this is
/// a binary search, not a scan of the article.
fn within<'a>(timexes: &'a [Timex], s: &Sentence) -> impl Iterator<Item = (usize, &'a Timex)> {
    let (start, end) = (s.start, s.end);
    let from = timexes.partition_point(|t| t.span.start < start);
    timexes[from..]
        .iter()
        .enumerate()
        .map(move |(k, t)| (from + k, t))
        .take_while(move |(_, t)| t.span.start < end)
        .filter(move |(_, t)| t.span.end <= end)
}

/// True when the sentence names the incident again ("the attackers", "the blast") and opens
/// no new one.
fn goes_on_about_it(text: &str, s: &Sentence) -> bool {
    let words: Vec<&str> = words_in(text, s.start, s.end).map(|(_, w)| w).collect();
    let names_it = words.iter().enumerate().any(|(k, w)| {
        is_in(&SAME_INCIDENT_DETERMINERS, w)
            && words[k + 1..]
                .iter()
                .take(MAX_INCIDENT_MODIFIERS + 1)
                .any(|next| is_in(&SAME_INCIDENT, next))
    });
    names_it && !opens_new_incident(text, s)
}

/// The sentences, each split where a clause tells of another incident than the one before it,
/// and where those clauses start (sorted):
/// "A car bomb killed 12 people in Sadr City, while a suicide bomber killed five soldiers in
/// Mosul" is two. The clause after the break ("; ", ", while", ", whereas") gives its own count
/// and names a place the clause before does not, and does not name the incident before ("while
/// 20 were wounded in the blast in Hilla" goes on about it).
fn incident_clauses<'s>(
    text: &str,
    sentences: &'s [Sentence],
    casualties: &[Casualty],
) -> (Cow<'s, [Sentence]>, Vec<usize>) {
    let own = |c: &Casualty| {
        let f = c.flags;
        !(f.aggregate || f.subset || f.additive || f.cumulative || f.negated || f.headline)
    };
    // Each break: where the clause before ends, and where the next starts.
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    for pair in casualties.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let si = sentence_of(sentences, a.span.start);
        if !own(a) || !own(b) || si != sentence_of(sentences, b.span.start) {
            continue;
        }
        // ", a day after a missile attack on Odesa killed two": another day's incident.
        if let Some(found) = last_break(text, a.span.end, b.span.start, &TIME_APART_BREAKS) {
            breaks.push(found);
            continue;
        }
        let Some((end, start)) =
            last_break(text, a.span.end, b.span.start, &INCIDENT_CLAUSE_BREAKS)
        else {
            continue;
        };
        let s = &sentences[si];
        // The clauses on either side of the break, within reach of it (bounded work per
        // break, however long the sentence).
        let before = Sentence {
            start: s.start.max(floor_boundary(
                text,
                end.saturating_sub(INCIDENT_CLAUSE_BYTES),
            )),
            end,
            ..*s
        };
        let after = Sentence {
            start,
            end: s
                .end
                .min(floor_boundary(text, start + INCIDENT_CLAUSE_BYTES)),
            ..*s
        };
        if names_new_place(text, &before, &after) && !goes_on_about_it(text, &after) {
            breaks.push((end, start));
        }
    }
    if breaks.is_empty() {
        return (Cow::Borrowed(sentences), Vec::new());
    }
    breaks.sort_unstable();
    breaks.dedup();
    let mut split = Vec::with_capacity(sentences.len() + breaks.len());
    for s in sentences {
        let mut start = s.start;
        for &(end, next) in breaks
            .iter()
            .filter(|&&(end, _)| s.start < end && end < s.end)
        {
            split.push(Sentence { start, end, ..*s });
            start = next;
        }
        split.push(Sentence { start, ..*s });
    }
    let starts = breaks.into_iter().map(|(_, start)| start).collect();
    (Cow::Owned(split), starts)
}

/// Where a clause of another incident may follow between `from` and `to`: the end of the one
/// before and the start of the next, around the last of `breaks` there.
fn last_break(text: &str, from: usize, to: usize, breaks: &[&str]) -> Option<(usize, usize)> {
    let between = text.get(from..to)?;
    breaks
        .iter()
        .filter_map(|b| between.rfind(b).map(|k| (from + k, from + k + b.len())))
        .max()
}

/// Clause breaks before another incident's clause, when it names another place.
const INCIDENT_CLAUSE_BREAKS: [&str; 3] = ["; ", ", while ", ", whereas "];

/// Most words between a verb that brings a toll up and the toll: "bringing the death toll".
const MAX_WORDS_BEFORE_TOLL: usize = 2;

/// Whether a verb that brings a running toll up stands right before `start` ("bringing the
/// number of ...", "which brings the toll").
fn brought_to(text: &str, start: usize) -> bool {
    let before = &text[floor_boundary(text, start.saturating_sub(40))..start];
    let words: Vec<&str> = words_in(before, 0, before.len()).map(|(_, w)| w).collect();
    words
        .iter()
        .rev()
        .take(MAX_WORDS_BEFORE_TOLL + 1)
        .any(|w| is_in(&TOLL_BRINGERS, w))
}

/// Most bytes of a clause read on either side of a break between incidents.
const INCIDENT_CLAUSE_BYTES: usize = 400;

/// Clause breaks before an incident of another time, wherever it was.
const TIME_APART_BREAKS: [&str; 8] = [
    ", a day after ",
    ", one day after ",
    ", two days after ",
    ", three days after ",
    ", days after ",
    ", hours after ",
    ", a week after ",
    ", weeks after ",
];

/// True when `before` and `after` each name a place ("in Sadr City", "in Mosul"), and the
/// name `after` gives is not in `before`: the two tell of incidents at two places ("Eight
/// people were killed, while three were missing ... in Tombo" tells of one).
pub(crate) fn names_new_place(text: &str, before: &Sentence, after: &Sentence) -> bool {
    let earlier = &text[before.start..before.end];
    let places = |s: &Sentence| {
        let words: Vec<&str> = words_in(text, s.start, s.end).map(|(_, w)| w).collect();
        // "in Haifa", and past a direction "in southern Lebanon".
        (0..words.len())
            .filter(|&k| is_in(&PLACE_PREPOSITIONS, words[k]))
            .filter_map(|k| {
                let next =
                    k + 1 + usize::from(words.get(k + 1).is_some_and(|w| is_in(&DIRECTIONS, w)));
                words
                    .get(next)
                    .filter(|w| w.starts_with(char::is_uppercase))
            })
            .copied()
            .collect::<Vec<&str>>()
    };
    !places(before).is_empty() && places(after).iter().any(|p| !earlier.contains(p))
}

/// True when the group's sentences tell of several incidents: "A string of attacks across
/// Iraq", "in overnight attacks on two villages".
fn tells_of_incidents(text: &str, g: &Group, sentences: &[Sentence]) -> bool {
    g.sentences.iter().any(|&si| {
        let s = &sentences[si];
        let window = &text[..s.end];
        words_in(text, s.start, s.end).any(|(at, _)| lookup(&INCIDENTS, &window[at..]).is_some())
    })
}

/// True when the sentence opens with, or holds, a cue of a new incident.
fn opens_new_incident(text: &str, s: &Sentence) -> bool {
    let window = &text[..s.end];
    let words: Vec<(usize, &str)> = words_in(text, s.start, s.end).collect();
    words.iter().enumerate().any(|(k, &(at, w))| {
        lookup(&NEW_INCIDENT, &window[at..]).is_some()
            // "came two days after", "comes a week after" (not "came after weeks of tension").
            || is_in(&CAME_AFTER, w) && {
                let near = &words[k + 1..words.len().min(k + 1 + MAX_WORDS_BEFORE_AFTER)];
                let after = near.iter().position(|&(_, a)| a == "after" || a == "before");
                after.is_some_and(|j| near[..j].iter().any(|&(_, u)| is_in(&SPAN_UNITS, u)))
            }
    })
}

/// Most words between "came" and "after" ("came two days after").
const MAX_WORDS_BEFORE_AFTER: usize = 4;

/// The place a sentence opens with, before a comma: "In neighbouring Hama province, ..." gives
/// "Hama"; "In the south, a missile strike on Mykolaiv ..." gives "" (another part of the
/// country). A sentence that moves to a place the incident so far never named tells of
/// another.
fn fronted_place<'t>(text: &'t str, s: &Sentence) -> Option<&'t str> {
    let sentence = &text[s.start..s.end];
    let mut rest = sentence.trim_start().strip_prefix("In ")?;
    // Whether a point of the compass was read ("In the south,").
    let mut moved = false;
    for _ in 0..MAX_FRONTED_LEADS {
        if let Some((r, ())) = lookup(&COMPASS_POINTS, rest) {
            (rest, moved) = (r, true);
        } else if let Some((r, ())) = lookup(&FRONTED_PLACE_LEADS, rest) {
            rest = r;
        } else {
            break;
        }
    }
    let rest = rest.trim_start();
    let name_len: usize = rest
        .split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.len() + 1)
        .sum();
    let name = rest
        .get(..name_len.saturating_sub(1))?
        .trim_end_matches(',');
    let after = rest[name.len()..].trim_start_matches(' ');
    let after = lookup(&ADMIN_WORDS, after).map_or(after, |(r, ())| r);
    let direction_only = name.is_empty() && moved;
    ((!name.is_empty() || direction_only) && after.starts_with(',')).then_some(name)
}

/// Most lead words in "In the neighbouring northern province of ...".
const MAX_FRONTED_LEADS: usize = 4;

/// Most sentences between an incident's own and the next count read for the incident's day.
const MAX_SENTENCES_ABOUT_IT: usize = 2;

/// Most words between a determiner and a noun naming the incident again: "the weekend
/// attacks", "the deadly suicide bombing".
const MAX_INCIDENT_MODIFIERS: usize = 2;

/// Longest wire credit in a dateline: "(Reuters)", "(Anadolu Agency)".
const MAX_CREDIT_BYTES: usize = 24;

/// UCDP's where_prec of a country.
const COUNTRY_PRECISION: u8 = 6;

/// Most words naming whom a report was made to ("told Radio Okapi on Monday").
const MAX_ADDRESSEE_WORDS: usize = 2;

/// Turns an article's mentions into events.
pub(crate) fn assemble(inputs: &Inputs<'_>) -> Vec<Event> {
    let Inputs {
        text,
        sentences,
        casualties,
        timexes,
        reference,
        actors,
        gazetteer,
    } = *inputs;
    if sentences.is_empty() {
        return Vec::new();
    }
    let (clauses, clause_starts) = incident_clauses(text, sentences, casualties);
    let whole_sentences = sentences;
    let sentences = clauses.as_ref();
    // Sentences of a whole-war toll tell the background ("Clashes between herders and
    // farmers have killed thousands"), never more of an incident: another count there
    // ("when Hamas-led militants attacked southern Israel, killing about 1,200 people") is of
    // another incident.
    // A running toll the incident adds to ("..., bringing the number of protesters killed
    // since the coup to 98") keeps its sentence the incident's.
    let background: Vec<usize> = casualties
        .iter()
        .filter(|c| c.flags.cumulative && !brought_to(text, c.span.start))
        .map(|c| sentence_of(sentences, c.span.start))
        .collect();
    let mut groups: Vec<Group> = Vec::new();
    for (k, c) in casualties.iter().enumerate() {
        if c.flags.cumulative || c.flags.headline || c.flags.negated {
            continue;
        }
        let si = sentence_of(sentences, c.span.start);
        let s = &sentences[si];
        let day = day_of(text, timexes, s, reference).map(|(d, _)| d);
        let own_period = period_of(text, timexes, s, reference);
        let joins = groups.last().is_some_and(|g| {
            // A count of the group's last sentence joins it, with no test that reads the
            // group's counts (a long sentence of counts stays linear).
            let same_sentence = g.sentences.last() == Some(&si);
            if same_sentence {
                return true;
            }
            // A sentence dated apart from the incident so far ("In August, ...") is another.
            let dated_apart = match (g.day, own_period) {
                (Some(d), Some(i)) => {
                    let day = d.and_hms_opt(12, 0, 0);
                    day.is_some_and(|t| t < i.start || t >= i.end)
                }
                _ => false,
            };
            // "In neighbouring Hama province, ...": a place the incident so far never named.
            let placed_apart = fronted_place(text, s).is_some_and(|place| {
                place.is_empty()
                    || !g
                        .sentences
                        .iter()
                        .any(|&gs| text[sentences[gs].start..sentences[gs].end].contains(place))
            });
            // "A string of attacks across Iraq killed at least 31 people. ... a car bomb
            // killed 12": a sum over incidents is followed by its parts, each its own ("four
            // officers were among the troops killed" still belongs to the sum).
            let own_count = !c.flags.aggregate && !c.flags.subset && !c.flags.additive;
            // A sum the article does not tell of several incidents ("Gunmen killed 19 people
            // at a party") is followed by parts of its own incident when they go on about it
            // ("Authorities later found 17 bodies at the scene. Two of the wounded died").
            let after_sum = g.mentions.iter().all(|&m| casualties[m].flags.aggregate)
                && own_count
                && (tells_of_incidents(text, g, sentences) || !goes_on_about_it(text, s));
            // "Later, a suicide bomber ... killing five soldiers": after one part, a new
            // sentence's own count of an outcome the part has is the next ("38 people are
            // wounded in the two attacks" is not).
            let next_part = g.part
                && own_count
                && g.sentences.last() != Some(&si)
                && g.mentions
                    .iter()
                    .any(|&m| casualties[m].outcome == c.outcome);
            // An incident of no day of its own takes the day of a sentence that goes on about
            // it before this one ("The militants stormed Dalori on Friday evening"), against
            // which "Another 10 people were killed ... on Thursday" is another.
            // Those right after its first sentence count too: "The attack happened Sunday
            // afternoon" may come before a sentence of more counts ("Several others were
            // missing") that left the day unread.
            let group_day = g.day.or_else(|| {
                let (first, last) = (*g.sentences.first()?, *g.sentences.last()?);
                let after_first = (first + 1..si).take(MAX_SENTENCES_ABOUT_IT);
                let after_last = (last + 1..si).take(MAX_SENTENCES_ABOUT_IT);
                after_first
                    .chain(after_last)
                    .filter(|between| g.sentences.binary_search(between).is_err())
                    .map(|between| &sentences[between])
                    .filter(|between| goes_on_about_it(text, between))
                    .find_map(|between| day_of(text, timexes, between, reference))
                    .map(|(d, _)| d)
            });
            // "..., while a suicide bomber killed five soldiers in Mosul": another incident.
            let clause_apart = clause_starts.binary_search(&s.start).is_ok();
            // "Seven people were killed at a church in Zaria", after 12 killed at a market in
            // Kano: a sentence's own count of another figure, at a place the incident's last
            // sentence does not name, is another incident unless it names this one again.
            // "... over the past 24 hours and killed 1,150 Russian soldiers": a sum over a
            // period in a sentence of its own, after an incident of no sum, tells of the
            // period, not of the incident, when it counts other victims.
            let period_sum = c.flags.aggregate
                && g.sentences.last() != Some(&si)
                && g.mentions.iter().all(|&m| {
                    let before = &casualties[m];
                    !before.flags.aggregate && before.victims.side != c.victims.side
                });
            let moved_on = own_count
                && !c.flags.conflicting
                && g.sentences.last().is_some_and(|&last| {
                    last != si
                        && {
                            let mut figures =
                                g.mentions.iter().map(|&m| &casualties[m]).filter(|b| {
                                    b.outcome == c.outcome && !b.flags.subset && !b.flags.additive
                                });
                            figures.clone().next().is_some()
                                && figures.all(|b| b.count.best() != c.count.best())
                        }
                        && names_new_place(text, &sentences[last], s)
                        && !goes_on_about_it(text, s)
                });
            // "In 2014, Islamic State militants killed 1,700 cadets": an earlier incident the
            // article recalls is its own.
            let recalled_apart = g
                .mentions
                .last()
                .is_some_and(|&m| casualties[m].flags.earlier != c.flags.earlier);
            // Another source's figure for the incident's victims is of the incident.
            let disputes_it = c.flags.conflicting
                && g.mentions.iter().any(|&m| {
                    let before = &casualties[m];
                    before.flags.conflicting && before.outcome == c.outcome
                });
            same_sentence
                || disputes_it
                || (!clause_apart
                    && !recalled_apart
                    && !background.contains(&si)
                    && !opens_new_incident(text, s)
                    && !dated_apart
                    && !placed_apart
                    && !after_sum
                    && !next_part
                    && !moved_on
                    && !period_sum
                    && match (group_day, day) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    })
        });
        if joins {
            if let Some(g) = groups.last_mut() {
                if g.sentences.last() != Some(&si) {
                    g.sentences.push(si);
                }
                g.mentions.push(k);
                g.day = g.day.or(day);
            }
        } else {
            let part = groups.last().is_some_and(|g| {
                g.part || g.mentions.iter().all(|&m| casualties[m].flags.aggregate)
            }) && !c.flags.aggregate;
            groups.push(Group {
                sentences: vec![si],
                mentions: vec![k],
                day,
                part,
            });
        }
    }
    // An article without incidents needs no reading of its sources and places.
    if groups.is_empty() {
        return Vec::new();
    }
    let article_source = source_in(text, Span::new(0, text.len()));
    let article_places = ArticlePlaces::of(text, gazetteer);
    // Groups and their sentences come in text order: this is sorted.
    let grouped: Vec<usize> = groups.iter().flat_map(|g| g.sentences.clone()).collect();
    let events: Vec<(bool, Event)> = groups
        .into_iter()
        .map(|g| {
            let part = g.part;
            // The sentence right after the incident's own, when it holds no count of its own
            // and goes on about the incident ("The assailants hacked the victims to death late
            // on Saturday"), may give its day.
            let next = g.sentences.last().map(|&si| si + 1).filter(|&si| {
                si < sentences.len()
                    && grouped.binary_search(&si).is_err()
                    && !background.contains(&si)
                    && goes_on_about_it(text, &sentences[si])
            });
            let previous = g.sentences[0]
                .checked_sub(1)
                .filter(|si| grouped.binary_search(si).is_err());
            // The sentence before, of no other incident, often tells of the incident before
            // its toll ("Yesterday, there was a grenade explosion in the capital. According
            // to the police, seven people were killed"): it may give the day the incident's
            // own sentences do not, unless they open a new incident ("In another attack").
            let refers_back =
                previous.filter(|_| !opens_new_incident(text, &sentences[g.sentences[0]]));
            // So may a sentence between the incident's own that goes on about it ("The
            // militants raided Kuda village ... late on Friday", before a quote of the toll).
            let first = g.sentences[0];
            let inside = (first + 1..last_of(&g)).filter(|&si| {
                grouped.binary_search(&si).is_err()
                    && !background.contains(&si)
                    && goes_on_about_it(text, &sentences[si])
            });
            let around: Vec<usize> = next.into_iter().chain(refers_back).chain(inside).collect();
            // A whole-war toll's sentence before it ("... have killed 30,000 since October 7")
            // names the war's start, not the incident's day.
            let dating: Vec<usize> = around
                .iter()
                .copied()
                .filter(|si| !background.contains(si))
                .collect();
            let mut event = event_of(
                &g, &around, &dating, text, sentences, casualties, timexes, reference,
            );
            // "..., a day after a missile attack on Odesa killed two": the day before.
            let told_after = day_told_after(
                &g,
                event.date.as_ref(),
                text,
                whole_sentences,
                casualties,
                timexes,
                reference,
            );
            if told_after.is_some() {
                event.date = told_after;
            }
            // An earlier incident the article recalls is dated by the date that opens its
            // sentence, however old ("In 2014, ...").
            if g.mentions.iter().all(|&m| casualties[m].flags.earlier) {
                let opening =
                    crate::resolve::opening_date(text, &sentences[g.sentences[0]], timexes);
                if let Some(t) = opening {
                    event.date = Some(date_told(t));
                }
            }
            let neutral = without_claimed_counts(&g, casualties);
            if neutral.len() < g.mentions.len() {
                event.casualties = side_casualties(&neutral, casualties);
            }
            event.source = source_in(text, event.span).or_else(|| article_source.clone());
            // "Al-Shabaab has claimed responsibility for the attack": a later sentence of no
            // other incident names who did it.
            let last = last_of(&g);
            let mut claimants: Vec<(String, Span)> = (last + 1..sentences.len())
                .take_while(|si| grouped.binary_search(si).is_err())
                .flat_map(|si| {
                    let s = Span::new(sentences[si].start, sentences[si].end);
                    let mut found = claimants_in(text, s, actors);
                    found.extend(blamed_in(text, s, actors));
                    found
                })
                .collect();
            // "The fighting ... pitted fighters from the ex-Seleka coalition against anti-balaka
            // militias": the sentence going on about the incident names its armed groups
            // (forces named there are mostly who investigate or speak: "a military
            // personnel, who investigated the incident").
            if let Some(s) = next.map(|si| &sentences[si]) {
                let groups = actor_mentions(text, Span::new(s.start, s.end), actors)
                    .into_iter()
                    .filter(|(code, span)| {
                        is_armed_group(code)
                            && !speaks(text, *span, code, reference)
                            && !named_aside(text, s.start, *span)
                    });
                claimants.extend(groups);
            }
            // "Seven soldiers were among the dead": forces named as victims are targets.
            let victims: Vec<Span> = g
                .mentions
                .iter()
                .map(|&m| casualties[m].victims.span)
                .collect();
            event.actors = actors_of(&event, text, actors, &claimants, &victims, reference);
            event.places = places_in(text, event.span, gazetteer, &article_places);
            // The sentence going on about the incident names its places too ("on the
            // outskirts of Beni", "The incident occurred at Omar Jillo"), after its own
            // sentences' (which the main location prefers). So may the sentence just before,
            // when it belongs to no other incident and the incident's sentences name no place
            // but countries ("In the city of Samarra a suicide attacker set off a bomb. ...
            // killed 21 people.").
            // (the sentence, and the precision every place so far must be at least as coarse
            // as for it to be read)
            let around = [(next, 0), (previous, COUNTRY_PRECISION)];
            for (si, finest) in around.into_iter().filter_map(|(si, p)| Some((si?, p))) {
                if event.places.iter().any(|l| l.precision < finest) {
                    continue;
                }
                let s = &sentences[si];
                let more = places_in(text, Span::new(s.start, s.end), gazetteer, &article_places);
                event.places.extend(more);
            }
            // Still no place finer than a country: the first later sentence of no other
            // incident that names one ("... at the prison in Puerto Barrios").
            if event
                .places
                .iter()
                .all(|l| l.precision >= COUNTRY_PRECISION)
            {
                let later = (last + 1..sentences.len())
                    .take_while(|si| grouped.binary_search(si).is_err())
                    .map(|si| &sentences[si])
                    .map(|s| places_in(text, Span::new(s.start, s.end), gazetteer, &article_places))
                    .find(|found| found.iter().any(|l| l.precision < COUNTRY_PRECISION));
                event.places.extend(later.into_iter().flatten());
            }
            place_unknown_units(&mut event.places);
            event.location =
                main_location(text, &event.places, &article_places.countries, gazetteer);
            (part, event)
        })
        .collect();
    // "A wave of bombings across Iraq killed at least 41 people on Monday. ... a car bomb
    // killed 15": the parts of a sum dated on a day of its own happened then, unless dated.
    let mut sum_date: Option<EventDate> = None;
    events
        .into_iter()
        .map(|(part, mut event)| {
            let inherited = event.date.as_ref().map_or(true, |d| d.inherited);
            if !part {
                sum_date = event
                    .date
                    .clone()
                    .filter(|d| !d.inherited && event.is_aggregate());
            } else if inherited {
                if let Some(date) = &sum_date {
                    event.date = Some(date.clone());
                }
            }
            event
        })
        .collect()
}

/// The last sentence of a group.
fn last_of(g: &Group) -> usize {
    g.sentences.last().copied().unwrap_or(g.sentences[0])
}

/// Most bytes of the country or region after a dateline's city: "Port-au-Prince, Haiti —".
const MAX_DATELINE_COUNTRY: usize = 40;

/// The event's place: the first one resolved to a populated place, else the first place it
/// happened near, else the first administrative unit, else the first name, else the
/// article's most named country.
fn main_location(
    text: &str,
    places: &[Location],
    countries: &[String],
    gazetteer: &Gazetteer,
) -> Option<Location> {
    // "KABUL (Reuters) - ... in Kandahar": the city a wire report was filed from comes last.
    // A dateline opens the article or a line of it (after a headline and a byline).
    let filed_from = |l: &Location| {
        // "GAZA CITY (Reuters)": the rest of the city's name in capitals.
        let after =
            text[l.span.end..].trim_start_matches(|c: char| c == ' ' || c.is_ascii_uppercase());
        let opens_line = text[..l.span.start].trim_end_matches(' ').ends_with('\n');
        // "Gusau — At least 18 people ...", "Port-au-Prince, Haiti — Gang members ...": a
        // city (and its country or region) and a dash open the body, in any case.
        let after_city = text[l.span.end..]
            .strip_prefix(", ")
            .map(|r| r.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ' || c == '.'))
            .filter(|r| text.len() - l.span.end - r.len() <= MAX_DATELINE_COUNTRY)
            .unwrap_or(&text[l.span.end..]);
        let dash_after = after_city
            .trim_start_matches(' ')
            .starts_with(['—', '–', '-']);
        let capitals = !l.name.chars().any(char::is_lowercase)
            && (after.starts_with('(') || after.starts_with(','));
        (l.span.start < MAX_DATELINE_CITY_START || opens_line) && (capitals || dash_after)
    };
    // The first of some precisions named in the body; the filing city only after every unit
    // the body names ("KABUL (Reuters) - ... in Helmand province" is in Helmand). A town and
    // a second-order unit come in text order ("southwest of Lubero Territory to the north of
    // Goma town" is in Lubero).
    // "buses travelling between Karachi and Gwadar near the town of Ormara": the ends of a
    // route come after the other places the body names.
    // "in a convoy from Parachinar to Peshawar": so are its start and end.
    let route_ends: Vec<Span> = places
        .iter()
        .enumerate()
        .filter(|&(k, l)| {
            let after = |at: usize, lead: &str| text[..at].trim_end().ends_with(lead);
            let joined = |p: &Location, link: &str, lead: &str| {
                p.span.end <= l.span.start
                    && text[p.span.end..l.span.start].trim() == link
                    && after(p.span.start, lead)
            };
            let from_to = |p: &Location| joined(p, "to", " from");
            after(l.span.start, " between")
                || places.get(k + 1).is_some_and(|next| {
                    after(l.span.start, " from")
                        && next.span.start >= l.span.end
                        && text[l.span.end..next.span.start].trim() == "to"
                })
                || k.checked_sub(1)
                    .and_then(|j| places.get(j))
                    .is_some_and(|p| joined(p, "and", " between") || from_to(p))
        })
        .map(|(_, l)| l.span)
        .collect();
    // "the Resistance Committees in Madani said": where a source speaks from, right before
    // its verb, is no place of the event.
    let speaks_from = |l: &Location| {
        ends_with_any(&text[..l.span.start], SPEAKING_FROM)
            && word(&text[l.span.end..]).is_ok_and(|(_, w)| is_in(&SOURCE_VERBS, w))
    };
    let by_precision = |precisions: &[u8]| {
        let of =
            |l: &&Location| precisions.contains(&l.precision) && !filed_from(l) && !speaks_from(l);
        places
            .iter()
            .filter(of)
            .find(|l| !route_ends.contains(&l.span))
            .or_else(|| places.iter().find(of))
    };
    by_precision(&[1, 3])
        // "south of Mosul" (precision 2): near the town, before its province.
        .or_else(|| by_precision(&[2]))
        .or_else(|| by_precision(&[4]))
        .or_else(|| places.iter().find(|l| l.precision != 6 && !filed_from(l)))
        // Where the body names only a country, the country, not the filing city ("CAIRO (AP)
        // - ... in Egypt's restive northern Sinai Peninsula").
        .or_else(|| places.iter().find(|l| !filed_from(l)))
        .or_else(|| places.first())
        .cloned()
        .or_else(|| {
            let iso3 = countries.first()?;
            Some(Location::country(iso3, gazetteer))
        })
}

/// "struck police", "attacked the soldiers", "an attack on troops": the words before a name
/// (`before`) make it the one hit.
fn hit_by_verb(before: &str) -> bool {
    ends_with_any(before, HIT_BEFORE)
}

/// Most words after a speaker named after its verb, before the clause ends ("said a
/// spokesman for the Taliban in a statement").
const MAX_WORDS_AFTER_SPEAKER: usize = 3;

/// "Iraqi police say a car bomb exploded", "police and hospital sources said", "according to
/// Somali federal police", "police found the bodies": forces named as who reports or finds
/// the dead are no party (an armed group that claims is, see [`claims`]).
fn speaks(text: &str, span: Span, code: &str, reference: Option<NaiveDate>) -> bool {
    // "the Houthi rebels' health ministry said": an office of the party reports for it.
    // (past one word of what the party is: "the Houthi rebels' health ministry")
    let after = &text[span.end..];
    let possessive_word = |w: &str| {
        w.starts_with(char::is_lowercase) && ["'", "’", "'s", "’s"].iter().any(|p| w.ends_with(p))
    };
    let after = match word(after) {
        Ok((r, w)) if possessive_word(w) => r,
        _ => PARTY_OFFICE_LINKS
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .unwrap_or(after),
    };
    // An office reports, whether a verb follows or not ("citing the Houthi health ministry").
    if lookup(&PARTY_OFFICES, after).is_some() {
        return true;
    }
    // A group's word is its claim, but for a group in power ("a Taliban spokesman said" of a
    // bombing in 2024 speaks for the government).
    if claims(code) && !in_power(code, reference) {
        return false;
    }
    // "according to" earlier in the mention's clause (its last few hundred bytes: bounded
    // work per mention).
    let near = tail_within(&text[..span.start], MAX_CLAUSE_BYTES);
    let near_start = span.start - near.len();
    let clause_start = near
        .rfind([',', '.', ';', '(', '"'])
        .map_or(near_start, |p| near_start + p + 1);
    if words_in(text, clause_start, span.start)
        .any(|(at, _)| phrase("according to", &text[at..]).is_some())
    {
        return true;
    }
    // "..., spokesman for the provincial police chief": whom a speaker speaks for.
    let mut clause_words = words_in(text, clause_start, span.start);
    let first = clause_words.next().map(|(_, w)| w);
    let first = match first {
        Some(w) if is_in(&GENERIC_DETERMINERS, w) => clause_words.next().map(|(_, w)| w),
        other => other,
    };
    if first.is_some_and(|w| is_in(&SPEAKERS, w))
        && clause_words
            .next()
            .is_some_and(|(_, w)| w == "for" || w == "of")
    {
        return true;
    }
    // "..., said a member of the local People's Defense Force, who ...": the clause opens with
    // its verb and ends soon after the name ("..., said an unidentified gunman killed the
    // head of a village" tells what was said).
    let opens_with_saying = words_in(text, clause_start, span.start)
        .next()
        .is_some_and(|(_, w)| is_in(&INVERTED_SPEECH, w));
    if opens_with_saying {
        // Bounded: a clause past the window is no short one.
        let near = head_within(&text[span.end..], MAX_SPEAKER_CLAUSE_BYTES);
        let short = near
            .find([',', '.', ';', '(', '"'])
            .is_some_and(|end| words_in(near, 0, end).count() <= MAX_WORDS_AFTER_SPEAKER);
        if short {
            return true;
        }
    }
    let mut rest = &text[span.end..];
    if let Some((r, ())) = lookup(&SPEAKERS, rest) {
        // "..., said Mir Hassan, a police official.": the speaker named after its verb.
        let clause_ends = r.trim_start().starts_with(['.', ',', ';']);
        // The last few words only: bounded work per mention.
        let before = tail_within(
            text[..clause_start].trim_end_matches([',', ' ']),
            MAX_SPEAKER_CLAUSE_BYTES,
        );
        let words: Vec<&str> = words_in(before, 0, before.len()).map(|(_, w)| w).collect();
        let said_before = words[words.len().saturating_sub(MAX_SPEAKER_NAME_WORDS + 1)..]
            .iter()
            .any(|w| is_in(&INVERTED_SPEECH, w));
        if clause_ends && said_before {
            return true;
        }
        rest = r;
        // "Police spokesman Mohammed Shehu confirmed": the speaker's name.
        for _ in 0..MAX_SPEAKER_NAME_WORDS {
            match word(rest) {
                Ok((r, w)) if w.starts_with(char::is_uppercase) => rest = r,
                _ => break,
            }
        }
    }
    // "police and hospital sources said": another speaker joined by "and".
    if let Some(r) = phrase("and", rest) {
        let joined = words_in(r, 0, r.len())
            .take(MAX_JOINED_SPEAKER_WORDS)
            .find_map(|(at, _)| lookup(&SPEAKERS, &r[at..]));
        if let Some((r2, ())) = joined {
            rest = r2;
        }
    }
    if let Some((r, ())) = lookup(&SOURCE_VERB_HELPERS, rest) {
        rest = r;
    }
    // "police found the bodies": who came upon the dead did not kill them; "police and
    // soldiers had been deployed to the area": who responds, neither.
    let responds = || {
        words_in(rest, 0, rest.len())
            .take(MAX_WORDS_BEFORE_RESPONSE)
            .any(|(at, _)| lookup(&RESPONDING, &rest[at..]).is_some())
    };
    phrase("say", rest).is_some()
        || lookup(&REPORTING_VERBS, rest).is_some()
        || lookup(&FINDING_VERBS, rest).is_some()
        || responds()
}

/// Most bytes around a speaker searched for its verb or the end of its clause ("said Mir
/// Hassan, a police official").
const MAX_SPEAKER_CLAUSE_BYTES: usize = 60;

/// Most bytes of a clause read back from a name in it.
const MAX_CLAUSE_BYTES: usize = 300;

/// The first at most `n` bytes of `s`, cut at a character boundary.
fn head_within(s: &str, n: usize) -> &str {
    &s[..floor_boundary(s, n)]
}

/// The last at most `n` bytes of `s`, cut at a character boundary.
fn tail_within(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// Most words of a speaker's name after the word for the speaker ("spokesman Mohammed Shehu").
const MAX_SPEAKER_NAME_WORDS: usize = 3;

/// Most words between forces and what they do in response ("police and soldiers had been
/// deployed").
const MAX_WORDS_BEFORE_RESPONSE: usize = 4;

/// Words before the speaker joined to forces that report: "and hospital sources".
const MAX_JOINED_SPEAKER_WORDS: usize = 3;

/// The actors an event names and the groups that claim it (`claimants`), with the victims'
/// sides and the forces an attack hit as targets; in a battle the armed actors are
/// combatants and civilians its targets.
fn actors_of(
    event: &Event,
    text: &str,
    extra: &[ActorAlias],
    claimants: &[(String, Span)],
    victims: &[Span],
    reference: Option<NaiveDate>,
) -> Vec<Actor> {
    let victim_sides: Vec<String> = event
        .casualties
        .iter()
        .filter_map(|c| c.side.as_ref().map(|s| s.as_str().to_string()))
        .collect();
    // Two armed sides among the victims fought each other.
    let armed_victims = victim_sides
        .iter()
        .filter(|t| t.as_str() != CIVILIANS)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let battle = event.event_type.acled_event_type() == "Battles" || armed_victims >= 2;
    let mentions = actor_mentions(text, event.span, extra);
    // "rammed into a police vehicle", "targeting a military convoy", "struck police": forces
    // named by what the attack hit are its target, in a bombing or when someone else did it
    // (a soldier at "a military checkpoint" may have fired the shots).
    let hit: Vec<&String> = mentions
        .iter()
        .filter(|(code, span)| {
            lookup(&FORCES_FACILITIES, &text[span.end..event.span.end]).is_some()
                // Not "blaming the attack on the Boko Haram group": armed groups are blamed.
                || !claims(code)
                    && hit_by_verb(&text[event.span.start..span.start])
        })
        .map(|(code, _)| code)
        .collect();
    let someone_else = mentions
        .iter()
        .chain(claimants)
        .any(|(code, _)| !hit.contains(&code) && !victim_sides.contains(code));
    let bombing = event.event_type.acled_event_type() == "Explosions/Remote violence";
    let hit = hit.into_iter().filter(|_| bombing || someone_else).cloned();
    // Victims' spans by start, with the furthest end up to each: whether a name lies inside
    // one is a binary search (an event of many counts stays linear).
    let mut inside: Vec<(usize, usize)> = victims.iter().map(|v| (v.start, v.end)).collect();
    inside.sort_unstable();
    let mut furthest = 0;
    for span in &mut inside {
        furthest = furthest.max(span.1);
        span.1 = furthest;
    }
    let named_victims = mentions
        .iter()
        .filter(|(_, span)| {
            let before = inside.partition_point(|&(start, _)| start <= span.start);
            before > 0 && inside[before - 1].1 >= span.end
        })
        .map(|(code, _)| code.clone());
    // "killed by police": the agent of a passive did it, whoever else it hurt.
    let agents: Vec<String> = mentions
        .iter()
        .filter(|(_, span)| ends_with_any(&text[event.span.start..span.start], AGENT_BEFORE))
        .map(|(code, _)| code.clone())
        .collect();
    let targets: Vec<String> = victim_sides
        .iter()
        .cloned()
        .chain(hit)
        .chain(named_victims)
        .collect();
    // Forces named in a suicide bombing that it did not hit are bystanders or who reports it
    // ("the Borno State Commissioner of Police said", "during a police chase"), never its
    // perpetrator.
    let suicide_bombing = event.event_type == EventType::SuicideBomb;
    let mut actors: Vec<Actor> = Vec::new();
    let mut add = |code: &str, span: Option<Span>| {
        if let Some(a) = actors.iter_mut().find(|a| a.code.as_str() == code) {
            a.spans.extend(span);
            return;
        }
        if suicide_bombing && code == GOVERNMENT && !targets.iter().any(|t| t == code) {
            return;
        }
        // Civilians caught in a battle are its victims, never a side of it.
        let role = if battle && code != CIVILIANS {
            ActorRole::Combatant
        } else if agents.iter().any(|a| a == code) {
            ActorRole::Perpetrator
        } else if targets.iter().any(|t| t == code) {
            ActorRole::Target
        } else {
            ActorRole::Perpetrator
        };
        actors.push(Actor {
            code: Side::new(code.to_string()),
            name: name_of(code, extra),
            role,
            spans: span.into_iter().collect(),
        });
    };
    // "police said" names the source, not a party.
    let source_span = event.source.as_ref().map(|s| s.span);
    let in_source =
        |span: Span| source_span.is_some_and(|s| span.start < s.end && s.start < span.end);
    for (code, span) in mentions {
        // "Al-Shabab, which is linked to al-Qaida": a tie, not a party.
        if !in_source(span)
            && !speaks(text, span, &code, reference)
            && !named_aside(text, event.span.start, span)
        {
            add(&code, Some(span));
        }
    }
    // A party that claims the attack ("Amaq said it had killed") did it; an office of it that
    // reports ("the Houthi health ministry said") did not.
    let office = |name: &str| {
        words_in(name, 0, name.len()).any(|(at, _)| lookup(&PARTY_OFFICES, &name[at..]).is_some())
    };
    // "Jamaat-ul-Ahrar, a breakaway faction of Pakistani Taliban militants, claimed": the
    // source names the party it is tied to, not itself.
    let tied = |name: &str| {
        words_in(name, 0, name.len())
            .any(|(at, _)| TIES_BEFORE.iter().any(|t| phrase(t, &name[at..]).is_some()))
    };
    if let Some(source) = event.source.as_ref().filter(|s| {
        !office(&s.name)
            && !tied(&s.name)
            && !s
                .party
                .as_ref()
                .is_some_and(|p| in_power(p.as_str(), reference))
    }) {
        if let Some(party) = &source.party {
            add(party.as_str(), Some(source.span));
        }
    }
    for (code, span) in claimants {
        add(code, Some(*span));
    }
    for code in &targets {
        add(code, None);
    }
    // "Gunmen believed to be Al Shabaab members": attackers the report names elsewhere are
    // no unidentified group.
    // In a battle, "insurgents" beside "Taliban fighters" are the Taliban.
    // The government's forces are no name for attackers ("Soldiers later killed three of the
    // attackers" leaves the gunmen unidentified).
    let named_perpetrator = actors.iter().any(|a| {
        let code = a.code.as_str();
        code != UNIDENTIFIED
            && code != GOVERNMENT
            && (a.role == ActorRole::Perpetrator
                || a.role == ActorRole::Combatant && is_armed_group(code))
    });
    if named_perpetrator {
        actors.retain(|a| a.code.as_str() != UNIDENTIFIED);
    }
    actors
}

#[allow(clippy::too_many_arguments)]
fn event_of(
    g: &Group,
    around: &[usize],
    dating: &[usize],
    text: &str,
    sentences: &[Sentence],
    casualties: &[Casualty],
    timexes: &[Timex],
    reference: Option<NaiveDate>,
) -> Event {
    let first = &sentences[g.sentences[0]];
    let last = &sentences[*g.sentences.last().unwrap_or(&g.sentences[0])];
    let span = Span::new(first.start, last.end);
    // "Saudi-led warplanes struck a funeral ... More than 140 mourners were killed": the
    // sentence that tells of the incident names its kind when the toll's does not.
    let own = event_type(text, &g.sentences, sentences, g, casualties);
    let (event_type, event_type_span) = match own {
        (_, None) if !around.is_empty() => match event_type(text, around, sentences, g, casualties)
        {
            (kind, Some(span)) => (kind, Some(span)),
            _ => own,
        },
        _ => own,
    };
    Event {
        event_type,
        event_type_span,
        date: date_of(text, &g.sentences, dating, sentences, timexes, reference),
        location: None,
        places: Vec::new(),
        actors: Vec::new(),
        casualties: side_casualties(&g.mentions, casualties),
        source: None,
        mentions: g.mentions.clone(),
        span,
    }
}

/// The group's mentions without a party's claims, when a count of their outcome that is no
/// claim is there (see [`crate::CasualtyFlags::claimed`]).
fn without_claimed_counts(g: &Group, casualties: &[Casualty]) -> Vec<usize> {
    // The outcomes some count that is no claim gives, read once.
    let mut neutral: Vec<Outcome> = Vec::new();
    for &k in &g.mentions {
        let c = &casualties[k];
        if !c.flags.claimed && !neutral.contains(&c.outcome) {
            neutral.push(c.outcome);
        }
    }
    g.mentions
        .iter()
        .filter(|&&k| !casualties[k].flags.claimed || !neutral.contains(&casualties[k].outcome))
        .copied()
        .collect()
}

/// An event's date as expression `t` tells it.
fn date_told(t: &Timex) -> EventDate {
    EventDate {
        value: t.value.clone(),
        interval: t.interval,
        precision: t.granularity.map_or(DatePrecision::Year, DatePrecision::of),
        inherited: false,
        span: Some(t.span),
    }
}

/// The event's own date, else the reference date (inherited).
fn date_of(
    text: &str,
    group: &[usize],
    around: &[usize],
    sentences: &[Sentence],
    timexes: &[Timex],
    reference: Option<NaiveDate>,
) -> Option<EventDate> {
    // A day first, of the event's sentences or the ones around it about the incident; else
    // the most precise period the event's sentences name.
    let own = group
        .iter()
        .chain(around)
        .find_map(|&si| day_of(text, timexes, &sentences[si], reference))
        .map(|(_, k)| k)
        .or_else(|| {
            group
                .iter()
                .chain(around)
                .flat_map(|&si| within(timexes, &sentences[si]))
                .filter(|(_, t)| t.kind == TimexKind::Date && can_date_event(text, t, reference))
                .min_by_key(|(_, t)| t.granularity)
                .map(|(k, _)| k)
        });
    if let Some(k) = own {
        let t = &timexes[k];
        let mut date = date_told(t);
        // "killed 27 troops since Thursday": from that day up to the report's.
        // "Fighting that began on March 1 has killed 40": so from a start.
        let from = word_before(text, t);
        if from.eq_ignore_ascii_case("since") || is_in(&WAR_BEGAN, from) {
            if let (Some(i), Some(day)) = (t.interval, reference) {
                let end = day.succ_opt().and_then(|d| d.and_hms_opt(0, 0, 0));
                if let Some(end) = end.filter(|&e| e > i.start) {
                    date.interval = Some(crate::time::Interval {
                        start: i.start,
                        end,
                    });
                    date.precision = date
                        .precision
                        .max(DatePrecision::of_days((end - i.start).num_days()));
                }
            }
        }
        return Some(date);
    }
    let day = reference?;
    let end = day.succ_opt()?.and_hms_opt(0, 0, 0)?;
    // "killed in 48 hours", "in two days of attacks": the days up to the report's.
    let period = group
        .iter()
        .flat_map(|&si| within(timexes, &sentences[si]))
        .filter(|(_, t)| t.kind == TimexKind::Duration)
        .find_map(|(_, t)| duration_days(&t.value))
        .unwrap_or(1);
    Some(EventDate {
        value: day.format("%Y-%m-%d").to_string(),
        interval: Some(crate::time::Interval {
            start: end - chrono::Duration::days(period),
            end,
        }),
        precision: DatePrecision::of_days(period),
        inherited: true,
        span: None,
    })
}

/// The date of an event whose counts are all told after a phrase of [`DAYS_AFTER`] in their
/// sentence (see [`day_before_clause`]), when its date `current` is inherited or is the
/// clause's the phrase closes ("on Saturday"): the date that replaces it.
fn day_told_after(
    g: &Group,
    current: Option<&EventDate>,
    text: &str,
    whole_sentences: &[Sentence],
    casualties: &[Casualty],
    timexes: &[Timex],
    reference: Option<NaiveDate>,
) -> Option<EventDate> {
    let first = &casualties[*g.mentions.first()?];
    // The whole sentence: a clause of another incident starts after the phrase.
    let s = &whole_sentences[sentence_of(whole_sentences, first.span.start)];
    let before = day_before_clause(text, s, first.count.span.start, timexes, reference)?;
    let phrase = before.span?;
    // Every count of the event told after the phrase, in its sentence ("Four people were
    // wounded in the attack" after it tells of the other day's).
    let all_after = g.mentions.iter().all(|&m| {
        let c = &casualties[m];
        phrase.end <= c.span.start && c.span.end <= s.end
    });
    let replaced = current.map_or(true, |d| {
        d.inherited
            || d.span
                .is_some_and(|d| d.start >= s.start && d.start < phrase.start)
    });
    (all_after && replaced).then_some(before)
}

/// "Colombian authorities said on Wednesday that ..., a day after FARC dissidents killed two
/// soldiers": the day of a count told after a phrase of [`DAYS_AFTER`], so many days before
/// the day of the clause the phrase closes (its date, or the reference date), when nothing
/// between the phrase and the count dates it.
fn day_before_clause(
    text: &str,
    sentence: &Sentence,
    count_start: usize,
    timexes: &[Timex],
    reference: Option<NaiveDate>,
) -> Option<EventDate> {
    // The clause the count is told in (bounded work per event, however long the sentence).
    let from = sentence.start.max(floor_boundary(
        text,
        count_start.saturating_sub(MAX_CLAUSE_BYTES),
    ));
    let (at, end, days) = words_in(text, from, count_start).find_map(|(at, _)| {
        let (rest, days) = lookup(&DAYS_AFTER, &text[at..count_start])?;
        Some((at, count_start - rest.len(), days))
    })?;
    let dated = |from: usize, to: usize| {
        within(
            timexes,
            &Sentence {
                start: from,
                end: to,
                ..*sentence
            },
        )
        .filter(|(_, t)| matches!(t.granularity, Some(Granularity::Day | Granularity::DayPart)))
        .last()
        .and_then(|(_, t)| t.interval)
        .map(|i| i.start.date())
    };
    if dated(end, count_start).is_some() {
        return None;
    }
    let day = dated(from, at)
        .or(reference)?
        .checked_sub_signed(chrono::Duration::days(days))?;
    Some(EventDate {
        value: day.format("%Y-%m-%d").to_string(),
        interval: Some(crate::time::Interval {
            start: day.and_hms_opt(0, 0, 0)?,
            end: day.succ_opt()?.and_hms_opt(0, 0, 0)?,
        }),
        precision: DatePrecision::Day,
        inherited: false,
        span: Some(Span::new(at, end)),
    })
}

/// Whole days of a TIMEX3 duration of days, hours or weeks (`P2D`, `PT48H`, `P1W`), up to a
/// month; `None` for others.
fn duration_days(value: &str) -> Option<i64> {
    let (number, days_per) = if let Some(hours) = value.strip_prefix("PT") {
        (hours.strip_suffix('H')?, 1.0 / 24.0)
    } else {
        let rest = value.strip_prefix('P')?;
        match rest.as_bytes().last()? {
            b'D' => (&rest[..rest.len() - 1], 1.0),
            b'W' => (&rest[..rest.len() - 1], 7.0),
            _ => return None,
        }
    };
    let days = (number.parse::<u32>().ok()? as f64 * days_per).ceil() as i64;
    (1..=31).contains(&days).then_some(days)
}

/// The strongest event-type cue in the event's sentences; without one, an attack when the
/// victims are civilians or captives, else an armed clash.
fn event_type(
    text: &str,
    group: &[usize],
    sentences: &[Sentence],
    g: &Group,
    casualties: &[Casualty],
) -> (EventType, Option<Span>) {
    let mut best: Option<(usize, EventType, Span)> = None;
    for &si in group {
        let s = &sentences[si];
        let window = &text[..s.end];
        let mut described_until = 0;
        for (at, _) in words_in(text, s.start, s.end) {
            if at < described_until {
                continue;
            }
            if let Some((after, ())) = lookup(&NOT_EVENT_CUES, &window[at..]) {
                described_until = s.end - after.len();
                continue;
            }
            if let Some((after, kind)) = lookup(&EVENT_CUES, &window[at..]) {
                let rank = RANK.iter().position(|k| *k == kind).unwrap_or(RANK.len());
                if best.map_or(true, |(b, _, _)| rank < b) {
                    best = Some((rank, kind, Span::new(at, s.end - after.len())));
                }
            }
        }
    }
    let of = |k: &usize| &casualties[*k];
    let class_among = |class: VictimClass| g.mentions.iter().any(|k| of(k).victims.class == class);
    // People abducted and killed were attacked: ACLED codes the killing, not the abduction.
    let killed = g
        .mentions
        .iter()
        .any(|k| of(k).outcome == Outcome::Killed && of(k).count.best().is_some_and(|n| n > 0));
    let best =
        best.filter(|&(_, kind, _)| !(kind == EventType::AbductionForcedDisappearance && killed));
    if let Some((_, kind, span)) = best {
        let civilians_only =
            class_among(VictimClass::Civilian) && !class_among(VictimClass::Combatant);
        let ambush = lookup(&AMBUSHES, &text[span.start..]).is_some();
        if kind == EventType::ArmedClash && ambush && civilians_only {
            return (EventType::Attack, Some(span));
        }
        return (kind, Some(span));
    }
    if !killed
        && g.mentions
            .iter()
            .any(|k| of(k).outcome == Outcome::Captured)
    {
        return (EventType::AbductionForcedDisappearance, None);
    }
    // Without a word of the event, a clash needs combatants among the victims and no
    // civilians; people of no stated class killed by attackers ("a legal adviser was shot
    // dead") were attacked.
    (
        if class_among(VictimClass::Combatant) && !class_among(VictimClass::Civilian) {
            EventType::ArmedClash
        } else {
            EventType::Attack
        },
        None,
    )
}

/// Per side and outcome, the article-total rule applied to the event's mentions; an
/// aggregate gives way to its parts when the event holds them.
///
/// The rule runs over the whole event too, so that its rows add up to the event's total: a
/// side's count that the rule reads as another estimate of victims another row counts ("25
/// civilians were killed, while the civil defence put the toll at 31") is a row the total
/// does not count (`counted: false`), and a side counts only its counts the total counts.
fn side_casualties(mentions: &[usize], casualties: &[Casualty]) -> Vec<SideCasualties> {
    // Victims of no side are told apart by class: "70 people" and "two of the attackers" are
    // two rows.
    let key_of = |c: &Casualty| {
        let class = c.victims.side.is_none().then_some(c.victims.class);
        (c.victims.side.clone(), class, c.outcome)
    };
    let mut keys: Vec<(Option<Side>, Option<VictimClass>, Outcome)> = Vec::new();
    for &k in mentions {
        let c = &casualties[k];
        let key = key_of(c);
        if !c.flags.subset && !keys.contains(&key) {
            keys.push(key);
        }
    }
    let mut totals: Vec<(Outcome, Option<Vec<Span>>)> = Vec::new();
    let mut out: Vec<SideCasualties> = Vec::new();
    for key in keys {
        let (side, _, outcome) = key.clone();
        let of_key: Vec<Casualty> = mentions
            .iter()
            .map(|&k| &casualties[k])
            .filter(|c| key_of(c) == key && !c.flags.subset)
            .cloned()
            .collect();
        let chosen = parts_else_all(of_key);
        if !totals.iter().any(|(o, _)| *o == outcome) {
            totals.push((outcome, event_total_evidence(mentions, casualties, outcome)));
        }
        let event_total = totals
            .iter()
            .find(|(o, _)| *o == outcome)
            .and_then(|(_, t)| t.as_ref());
        // Parts are held to the counts the event's total counts; aggregates stay as they are.
        let Some(spans) = event_total.filter(|_| chosen.iter().all(|c| !c.flags.aggregate)) else {
            out.extend(side_row(side, outcome, &chosen));
            continue;
        };
        let in_total: Vec<Casualty> = chosen
            .iter()
            .filter(|c| spans.binary_search(&c.count.span).is_ok())
            .cloned()
            .collect();
        if !in_total.is_empty() {
            out.extend(side_row(side, outcome, &in_total));
            continue;
        }
        // Another side's count is never these victims, nor are fighters civilians: only a
        // count of anyone ("the toll at 31", "people") may restate them, or be restated.
        let anyone =
            |c: &Casualty| c.victims.side.is_none() && c.victims.class == VictimClass::Unknown;
        let restated = chosen.iter().any(|c| c.count.best().is_some())
            && (chosen.iter().all(anyone)
                || mentions.iter().any(|&k| {
                    let c = &casualties[k];
                    anyone(c) && spans.binary_search(&c.count.span).is_ok()
                }));
        out.extend(side_row(side, outcome, &chosen).map(|row| SideCasualties {
            counted: !restated,
            ..row
        }));
    }
    span_conflicting_estimates(&mut out, mentions, casualties);
    out
}

/// The mentions that are parts when some part has a figure, else all of them.
fn parts_else_all(of_key: Vec<Casualty>) -> Vec<Casualty> {
    if of_key
        .iter()
        .any(|c| !c.flags.aggregate && c.count.best().is_some())
    {
        of_key.into_iter().filter(|c| !c.flags.aggregate).collect()
    } else {
        of_key
    }
}

/// The counts the event's total of `outcome` sums, over all its sides' parts (or its
/// aggregates when it has no parts).
fn event_total_evidence(
    mentions: &[usize],
    casualties: &[Casualty],
    outcome: Outcome,
) -> Option<Vec<Span>> {
    let of_outcome: Vec<Casualty> = mentions
        .iter()
        .map(|&k| &casualties[k])
        .filter(|c| c.outcome == outcome && !c.flags.subset)
        .cloned()
        .collect();
    // Sorted, for the binary searches of its readers.
    total(&parts_else_all(of_outcome), outcome, Scope::AllVictims).map(|t| {
        let mut spans = t.evidence;
        spans.sort_unstable();
        spans
    })
}

/// One side's row: its figures by the article-total rule over `chosen`.
fn side_row(side: Option<Side>, outcome: Outcome, chosen: &[Casualty]) -> Option<SideCasualties> {
    let first = chosen.first()?;
    let class = first.victims.class;
    let best = total(chosen, outcome, Scope::AllVictims);
    let evidence: Vec<Span> = best.as_ref().map_or_else(
        || chosen.iter().map(|c| c.count.span).collect(),
        |t| t.evidence.clone(),
    );
    let mut sorted_evidence = evidence.clone();
    sorted_evidence.sort_unstable();
    let used: Vec<&Casualty> = chosen
        .iter()
        .filter(|c| sorted_evidence.binary_search(&c.count.span).is_ok())
        .collect();
    let sum = |f: fn(&Casualty) -> Option<u64>| {
        used.iter()
            .map(|c| f(c))
            .try_fold(0u64, |acc, v| v.map(|v| acc.saturating_add(v)))
    };
    let qualifier = match used.as_slice() {
        [one] => one.count.qualifier,
        [] => first.count.qualifier,
        _ if used.iter().all(|c| c.count.qualifier == Qualifier::Exact) => Qualifier::Exact,
        _ => Qualifier::AtLeast,
    };
    Some(SideCasualties {
        side,
        class,
        outcome,
        low: if used.is_empty() {
            first.count.low()
        } else {
            sum(|c| c.count.low())
        },
        best: best.map(|t| t.best),
        high: if used.is_empty() {
            first.count.high()
        } else {
            sum(|c| c.count.high())
        },
        qualifier,
        aggregate: !used.is_empty() && used.iter().all(|c| c.flags.aggregate),
        counted: true,
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::{duration_days, ActorRole, EventType};

    #[test]
    fn an_incident_named_again_takes_the_day_of_the_sentence_before() {
        let text = "On the evening of 4 May 2016, two bombs went off at a bus station. \
                    In these attacks, 14 people were killed.";
        let date = first_event_date(text, "2016-05-09");
        assert_eq!(date.value, "2016-05-04");
        assert!(!date.inherited);
    }

    #[test]
    fn the_sentence_telling_of_the_incident_before_its_toll_gives_its_day() {
        let text = "Yesterday, a grenade went off in a market of the capital. \
                    According to the police, nine people were killed.";
        let date = first_event_date(text, "2017-07-17");
        assert_eq!(date.value, "2017-07-16");
        assert!(!date.inherited);
        // Not when the toll opens another incident.
        let text = "Yesterday, a grenade went off in a market of the capital. \
                    In a separate attack, nine people were killed.";
        assert!(first_event_date(text, "2017-07-17").inherited);
    }

    #[test]
    fn a_day_before_or_after_a_reporting_verb_dates_the_report() {
        let text = "The rights chief on Tuesday accused the militants of killing 40 civilians \
                    in the old city on 1 June.";
        assert_eq!(first_event_date(text, "2017-06-06").value, "2017-06-01");
        let text = "The army acknowledged Wednesday that soldiers killed 10 villagers. \
                    The massacre occurred on September 2nd.";
        assert_eq!(first_event_date(text, "2018-01-10").value, "2017-09-02");
    }

    #[test]
    fn a_date_in_brackets_or_after_a_comma_states_the_day_before_it() {
        let text = "Militiamen killed 27 villagers on Thursday night [17 February] in the north.";
        assert_eq!(first_event_date(text, "2017-02-19").value, "2017-02-17");
        let text = "Five people were shot dead in a shack last night, 29 April 2017.";
        assert_eq!(first_event_date(text, "2017-05-01").value, "2017-04-29");
        // A list of days is no restatement.
        let text = "Eleven people were killed in raids on Thursday, Friday, and Saturday.";
        assert_eq!(first_event_date(text, "2016-02-15").value, "2016-02-11");
    }

    #[test]
    fn without_an_event_word_a_clash_needs_combatant_victims() {
        let text = "A legal adviser of the ruling party was shot dead outside the airport.";
        assert_eq!(event_type_of(text), EventType::Attack);
        let text = "Five soldiers were killed near the border, officials said.";
        assert_eq!(event_type_of(text), EventType::ArmedClash);
    }

    #[test]
    fn groups_described_as_fighting_for_something_tell_of_no_clash() {
        let text = "Gunmen killed eight young people at a party late Saturday. Officials blamed \
                    armed groups fighting for control of drug routes.";
        assert_eq!(event_type_of(text), EventType::Attack);
        let text = "Eight people were killed in fighting for the town on Saturday.";
        assert_eq!(event_type_of(text), EventType::ArmedClash);
    }

    #[test]
    fn a_background_toll_after_the_incident_names_no_kind_of_it() {
        let text = "Herdsmen killed 20 villagers in an attack on Sunday. Police arrested five \
                    suspects. Clashes between herders and farmers have killed thousands of \
                    people in recent years.";
        assert_eq!(event_type_of(text), EventType::Attack);
    }

    #[test]
    fn every_way_of_naming_a_suicide_bombing_is_one() {
        for text in [
            "Seven people were killed in a suicide bomb attack near the market.",
            "A suicide attacker detonated an ambulance packed with explosives, killing six.",
            "A suicide car bomber rammed into a minibus, killing seven employees.",
            "Two women with explosives blew themselves up in the market, killing five people.",
            "A man detonated an explosive vest at a checkpoint, killing five civilians.",
            "Sixteen people were killed in three suicide blasts in the town.",
        ] {
            assert_eq!(event_type_of(text), EventType::SuicideBomb, "{text}");
        }
    }

    #[test]
    fn the_sentence_telling_of_the_incident_names_its_kind() {
        let text = "Warplanes struck a funeral hall in the capital on Saturday. More than 140 \
                    mourners were killed, officials said.";
        assert_eq!(event_type_of(text), EventType::AirOrDroneStrike);
    }

    #[test]
    fn aircraft_shells_and_explosions_name_their_event_types() {
        for (text, kind) in [
            (
                "Fighter jets bombed residential areas, killing seven people.",
                EventType::AirOrDroneStrike,
            ),
            (
                "A coalition strike killed 11 civilians in the city on Wednesday.",
                EventType::AirOrDroneStrike,
            ),
            (
                "Eight people were killed after a shell landed on a house.",
                EventType::ShellingArtilleryMissileAttack,
            ),
            (
                "Two explosions targeting vehicles killed at least ten people.",
                EventType::RemoteExplosiveLandmineIed,
            ),
            (
                "A parked car packed with explosives detonated on a street, killing six civilians.",
                EventType::RemoteExplosiveLandmineIed,
            ),
            (
                "A guided bomb killed two people and injured 12 in the city.",
                EventType::AirOrDroneStrike,
            ),
            (
                "Israeli strikes on the outskirts of the city killed three advisers.",
                EventType::AirOrDroneStrike,
            ),
        ] {
            assert_eq!(event_type_of(text), kind, "{text}");
        }
    }

    fn event_type_of(text: &str) -> EventType {
        first_event(text, "2017-01-29").event_type
    }

    #[test]
    fn attackers_the_report_cannot_name_are_an_unidentified_group() {
        let perpetrators =
            |text: &str| roles(&first_event(text, "2017-01-29"), ActorRole::Perpetrator);
        let text = "Unknown gunmen killed 15 people in the village on Friday night.";
        assert_eq!(perpetrators(text), ["Unidentified armed group"]);
        let text = "Gunmen believed to be al-Shabaab members shot dead an elder in the city.";
        assert_eq!(perpetrators(text), ["al-Shabaab"]);
        let text = "A suicide bomber killed 30 people at a mosque in the city on Friday.";
        assert_eq!(perpetrators(text), ["Unidentified armed group"]);
        let text = "Suspected militants hacked a priest to death in the district on Tuesday.";
        assert_eq!(perpetrators(text), ["Unidentified armed group"]);
        // A named group's militants are that group, in a battle too.
        for text in [
            "Taliban militants stormed a checkpoint in the city, killing seven policemen.",
            "Taliban fighters overran the district headquarters on Tuesday, killing five \
             soldiers. Ten insurgents were also killed in the fighting.",
        ] {
            let event = first_event(text, "2017-01-29");
            let codes: Vec<&str> = event.actors.iter().map(|a| a.code.as_str()).collect();
            assert!(
                codes.contains(&"TALIBAN") && !codes.contains(&"UNIDENTIFIED"),
                "{codes:?}"
            );
        }
    }

    #[test]
    fn a_later_claim_of_responsibility_names_the_perpetrator() {
        let text = "A car bomb killed nine people near a market in the capital on Monday, police \
                    said. Al-Shabaab has claimed responsibility for the attack.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(roles(&event, ActorRole::Perpetrator), ["al-Shabaab"]);
        let text = "A suicide bomber killed seven people in a cafe on Sunday, police said. The \
                    Islamic State group said it carried out the attack.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(roles(&event, ActorRole::Perpetrator), ["Islamic State"]);
    }

    #[test]
    fn us_forces_are_named_by_more_than_the_acronym() {
        let text = "A US drone strike killed four al-Shabaab fighters near the town on Sunday.";
        let event = first_event(text, "2019-06-17");
        assert_eq!(
            roles(&event, ActorRole::Perpetrator),
            ["United States forces"]
        );
        // "US officials" speak; they are no party.
        let text = "US officials said 12 militants were killed in the valley.";
        let event = first_event(text, "2019-06-17");
        assert!(event.actors.iter().all(|a| a.code.as_str() != "US"));
    }

    #[test]
    fn a_denial_is_no_claim() {
        let text = "A truck bomb killed 90 people in the capital on Wednesday, officials said. \
                    The Taliban denied responsibility and no group has claimed responsibility.";
        let event = first_event(text, "2017-05-31");
        assert!(roles(&event, ActorRole::Perpetrator).is_empty());
    }

    #[test]
    fn forces_are_no_perpetrator_of_a_suicide_bombing() {
        let text = "A suicide bomber killed eight people in a mosque in the city, the state \
                    Commissioner of Police told journalists.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(
            roles(&event, ActorRole::Perpetrator),
            ["Unidentified armed group"]
        );
    }

    #[test]
    fn forces_named_by_what_a_bombing_hit_are_its_target() {
        let text = "A suicide bomber rammed his car into a police vehicle, killing six civilians.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(
            roles(&event, ActorRole::Perpetrator),
            ["Unidentified armed group"]
        );
        assert!(roles(&event, ActorRole::Target).contains(&"Government forces".to_string()));
        let text = "A suicide bomber struck police escorting a rally, killing nine civilians.";
        let event = first_event(text, "2017-01-29");
        assert!(roles(&event, ActorRole::Target).contains(&"Government forces".to_string()));
        // An armed group the attack is blamed on is no target.
        let text = "A suicide bomber killed six people in a market, officials said, blaming \
                    the attack on the Boko Haram group.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(roles(&event, ActorRole::Perpetrator), ["Boko Haram"]);
        // A shooting at a checkpoint with no one else named leaves the forces the shooters.
        let text = "A driver was shot dead on Friday after his car was stopped at a military \
                    checkpoint.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(roles(&event, ActorRole::Perpetrator), ["Government forces"]);
    }

    fn roles(event: &super::Event, role: ActorRole) -> Vec<String> {
        event
            .actors
            .iter()
            .filter(|a| a.role == role)
            .map(|a| a.name.clone())
            .collect()
    }

    #[test]
    fn forces_that_report_the_attack_are_no_party_to_it() {
        let text = "Pakistani police say gunmen have shot and killed a journalist in Kalat.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(
            roles(&event, ActorRole::Perpetrator),
            ["Unidentified armed group"]
        );
        for text in [
            "A car bomb killed ten people in the city, army officials said.",
            "A car bomb killed ten people in the city, police and hospital sources said.",
            "A car bomb killed ten people in the city, according to federal police.",
        ] {
            let event = first_event(text, "2017-01-29");
            assert!(roles(&event, ActorRole::Perpetrator).is_empty(), "{text}");
        }
    }

    #[test]
    fn people_abducted_and_killed_were_attacked() {
        let text = "Gunmen kidnapped and killed eight people in the town on Saturday.";
        assert_eq!(event_type_of(text), EventType::Attack);
        let text = "Gunmen kidnapped 12 villagers in the town on Saturday.";
        assert_eq!(event_type_of(text), EventType::AbductionForcedDisappearance);
    }

    #[test]
    fn an_ambush_where_only_civilians_fall_is_an_attack() {
        let text = "Gunmen ambushed a bus near the river and killed six civilians.";
        assert_eq!(event_type_of(text), EventType::Attack);
        let text = "Rebels ambushed an army patrol near the river, killing five soldiers.";
        assert_eq!(event_type_of(text), EventType::ArmedClash);
    }

    #[test]
    fn civilians_caught_in_a_battle_are_its_target_not_a_side() {
        let text = "Six civilians were killed during fighting between soldiers and militiamen.";
        let event = first_event(text, "2017-01-29");
        assert_eq!(event.event_type, EventType::ArmedClash);
        let civilians = event
            .actors
            .iter()
            .find(|a| a.code.as_str() == super::CIVILIANS);
        assert_eq!(civilians.map(|a| a.role), Some(ActorRole::Target));
    }

    #[test]
    fn a_day_after_a_report_to_someone_dates_the_report() {
        let text = "Ten people were killed in the district, officials told AFP on Tuesday.";
        assert!(first_event_date(text, "2016-02-23").inherited);
        // A report verb of the sentence before is no report of this one.
        let text = "The monitor said. On Saturday, gunmen killed 26 people.";
        assert_eq!(first_event_date(text, "2019-04-20").value, "2019-04-20");
    }

    fn first_event(text: &str, dct: &str) -> super::Event {
        let article = crate::Article::new(text).with_date_str(dct).unwrap();
        let report = crate::Parser::new().parse_article(&article);
        report.events[0].clone()
    }

    fn first_event_date(text: &str, dct: &str) -> super::EventDate {
        first_event(text, dct).date.unwrap()
    }

    #[test]
    fn the_next_sentence_about_the_dead_gives_their_day() {
        let text = "Thirteen bodies have been found near the lake, an official said Saturday. \
                    The dead were members of a gang killed by rivals on or around Sept. 21.";
        assert_eq!(first_event_date(text, "2016-10-01").value, "2016-09-21");
    }

    #[test]
    fn the_next_sentence_about_the_incident_gives_its_day() {
        let text = "Rebels killed at least 64 civilians in the east, the governor said on Sunday. \
                    The assailants hacked the victims to death late on Saturday.";
        let date = first_event_date(text, "2016-08-14");
        assert_eq!(date.value, "2016-08-13");
        assert!(!date.inherited);
        // A sentence about something else gives nothing.
        let text = "Rebels killed at least 64 civilians in the east, the governor said on Sunday. \
                    Police arrested two suspects on Friday.";
        assert!(first_event_date(text, "2016-08-14").inherited);
    }

    #[test]
    fn the_next_sentence_about_the_clash_gives_its_day() {
        let text = "Nine people were killed in fighting between two villages, an official said \
                    on Sunday. The clash between herders and farmers broke out on Saturday.";
        assert_eq!(first_event_date(text, "2016-06-26").value, "2016-06-25");
    }

    #[test]
    fn the_next_sentence_about_the_victims_killers_gives_its_day() {
        let text = "A pageant organiser was shot dead in the north, officials said Tuesday. \
                    Her killers fled on Sunday in a stolen car.";
        assert_eq!(first_event_date(text, "2016-08-09").value, "2016-08-07");
    }

    #[test]
    fn the_next_sentence_about_the_weapon_gives_its_day() {
        let text = "An airstrike killed 17 civilians in a village, residents said Sunday. The \
                    jets bombed the village at around 3 p.m. on Saturday.";
        assert_eq!(
            first_event_date(text, "2024-05-12").value,
            "2024-05-11T15:00"
        );
    }

    #[test]
    fn a_speaker_named_after_said_is_no_party() {
        let text = "The jets bombed the village on Saturday, killing 17 civilians, said a member \
                    of the local People's Defense Force.";
        let event = first_event(text, "2024-05-12");
        assert!(!roles(&event, ActorRole::Perpetrator)
            .contains(&"People's Defense Force (Myanmar)".to_string()));
    }

    #[test]
    fn the_day_a_toll_rose_to_a_count_is_no_day_of_the_incident() {
        let text = "The death toll from an airstrike on a building in the south rose to 12 on \
                    Tuesday, the ministry said. The strike late Monday on the village initially \
                    killed eight people.";
        let report = crate::Parser::new().parse_article(
            &crate::Article::new(text)
                .with_date_str("2024-10-01")
                .unwrap(),
        );
        assert_eq!(report.events.len(), 1);
        assert_eq!(report.events[0].date.as_ref().unwrap().value, "2024-09-30");
    }

    #[test]
    fn the_next_sentence_dates_the_incident_by_its_period_too() {
        // "the weekend attacks": a determiner, a date and the incident's noun; after "said",
        // a date before such a noun dates the incident, not the report.
        let text =
            "At least 21 people were killed in clashes in the east, the United Nations said \
                    on Monday. A spokesman said the weekend attacks were carried out by militias.";
        let date = first_event_date(text, "2016-02-08");
        assert_eq!(date.value, "2016-W05-WE");
        assert!(!date.inherited);
    }

    #[test]
    fn a_dateline_before_a_wire_credit_dates_the_report() {
        let text = "BEIRUT, Sept 3 (AFP) - At least 35 regime troops were killed on Friday night \
                    in clashes in Hama province, a monitor said.";
        assert_eq!(first_event_date(text, "2017-09-05").value, "2017-09-01TNI");
    }

    #[test]
    fn the_city_a_wire_report_was_filed_from_is_not_the_main_location() {
        let text = "KABUL (Reuters) - A suicide bomber killed 12 policemen at a checkpoint in \
                    Kandahar on Monday, officials said.";
        let location = first_event(text, "2017-09-05").location.unwrap();
        assert_eq!(location.name, "Kandahar");
    }

    #[test]
    fn durations_in_days() {
        assert_eq!(duration_days("PT48H"), Some(2));
        assert_eq!(duration_days("PT24H"), Some(1));
        assert_eq!(duration_days("P2D"), Some(2));
        assert_eq!(duration_days("P1W"), Some(7));
        assert_eq!(duration_days("P8Y"), None);
        assert_eq!(duration_days("PXD"), None);
        assert_eq!(duration_days("P400D"), None);
    }
}
