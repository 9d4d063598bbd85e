//! Casualty phrases in one sentence → raw mentions with byte offsets.
//!
//! Four constructions are tried at each word start, in this order:
//! - toll: "the death toll rose to 17";
//! - leaving: "left over 150 fighters dead";
//! - verb-object: "killing 13 more pro-Assad fighters", "shot dead the village chief", and
//!   with a result after the object: "hacked a village elder to death", "shot him dead";
//! - subject-outcome: "at least 35 troops were killed", "15 wounded", "a policeman was shot dead",
//!   with bounded skipping of appositives and prepositional phrases before the outcome.
//!
//! Plus found bodies ("the body of a journalist", "a charred body was found"), negations
//! ("no one was hurt") and counts that borrow the outcome of the count before
//! them ("including two officers", "along with 35 troops", "six of them children").

use super::number::{count, numeral, RawCount};
use super::words::{is_in, lookup, lookup_rows, phrase, punct, skip_space, word, words_in};
use crate::casualty::{Outcome, Qualifier, VictimClass};
use crate::lexicon::actors::GOVERNMENT;
use crate::lexicon::countries::{ADMIN_WORDS, SETTLEMENT_WORDS};
use crate::lexicon::cues::{
    AGGREGATE, ALONG_WITH, AMONG_THE, CUMULATIVE_AFTER, CUMULATIVE_SUBJECTS, PERIOD_STARTS,
    PLACE_PREPOSITIONS, REMEMBERED, SERIES_OF, SPAN_FILLERS, SPAN_LEADS, SPAN_UNITS, SUBSET_BEFORE,
    TOTAL_BEFORE, WAR_BEGAN,
};
use crate::lexicon::events::{PART_OPENERS, TOLL_RISES};
use crate::lexicon::outcomes::{
    ADVERBS, AFTER_VICTIMS, AUXILIARIES, BEFORE_VICTIMS, BE_FORMS, BODY_FOUND, FORCED_OUT,
    FORCING_VERBS, INTRANSITIVE, LEAVING, LOSS_VERBS, NEGATED, NEGATIONS, NEGATION_FILLERS,
    NUMBER_OF_OUTCOMES, OBJECT_PRONOUNS, OUTCOME_LEADS, PASSIVE, PERFECT, RESULTS, RESULT_VERBS,
    SINGULAR_AUXILIARIES, TEMPORAL_FILLERS, TOLL, TOLL_GUESSES, TOLL_LINK, UNREALIZED,
};
use crate::lexicon::qualifiers::{ADDITIVE, BEFORE_NUMBER, GROUP_OF, VAGUE};
use crate::lexicon::sides::{is_side_word, side_word, CIVILIANS, GROUPS_AS_NOUNS};
use crate::lexicon::table::{is_acronym, FirstWords, Lexicon};
use crate::lexicon::time::MONTHS;
use crate::lexicon::victims::{
    VictimNoun, AFTER_BARE_COUNT, ANIMALS, ARMED_BODIES, ATTACKERS_AS_NOUN, CLAUSE_BREAKS,
    DEAD_AS_NOUN, FAMILY_TAILS, GENERIC_DETERMINERS, GROUP_MEMBERS, HONORIFICS,
    MODIFYING_PHRASE_STARTS, NOT_MODIFIERS, NOT_PERSONS, NOT_VICTIMS, NOUNS, ONE,
    PARTITIVE_DETERMINERS, PARTITIVE_PRONOUNS, POSSESSIVES, PREPOSITIONS, PRONOUNS,
    REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS, SPEECH_VERBS, SUBSET_LEADS, WOUNDED_AS_NOUN,
};
use crate::text::floor_boundary;
use once_cell::sync::Lazy;

/// Most words a phrase may skip between its victims and their outcome.
const MAX_GAP_WORDS: usize = 18;
/// Words of an agent between a verb of saying and its infinitive ("said by ... to have").
const MAX_AGENT_WORDS: usize = 8;
/// Most words an appositive may hold before the outcome ("Ali Khan, a teacher who ...,").
const MAX_APPOSITIVE_WORDS: usize = 20;
/// Most words between a participle and the outcome joined to it by "and".
const MAX_PARTICIPLE_WORDS: usize = 12;
/// Longest bracketed insertion passed whole: "[28 September]".
const MAX_INSERTION_BYTES: usize = 40;
/// Most modifiers before a victim noun ("four senior Syrian army officers").
const MAX_MODIFIERS: usize = 4;
/// Most adverbs read in a row: "were reportedly also killed".
const MAX_ADVERBS: usize = 3;
/// Most words between an outcome and "and later died": "injured in the attack and later ...".
const MAX_WORDS_BEFORE_DEATH: usize = 4;
/// Most singular nouns listed after a first one: "his wife, son, daughter and driver".
const MAX_LISTED_PEOPLE: usize = 6;
/// How far back a whole-war subject is looked for ("the conflict has killed").
const CUMULATIVE_LOOKBACK: usize = 7;
/// How far before a killing "anniversary" is looked for: "the anniversary of the killing".
const REMEMBERED_LOOKBACK: usize = 3;
/// How far back a whole-war subject of a perfect is looked for, past what describes it ("The
/// war between the military and the RSF, which began in April 2023, has killed").
const CUMULATIVE_SUBJECT_LOOKBACK: usize = 16;
/// How far after a mention an aggregate or cumulative cue is looked for.
const CUE_LOOKAHEAD: usize = 8;
/// Most words of a phrase modifying a conjunct before "and" ("allied with the Houthis").
const MAX_MODIFYING_WORDS: usize = 6;
/// Most words between a toll noun and its count.
const MAX_TOLL_WORDS: usize = 30;
/// Most words of a person's name.
const MAX_NAME_WORDS: usize = 5;
/// Most bytes between a count and the count before it whose outcome it borrows.
const MAX_INHERIT_DISTANCE: usize = 200;
/// Most bytes between a count and the "and" that joins it to the count before.
const MAX_AND_DISTANCE: usize = 3;

/// The victims of a count, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawVictims {
    pub start: usize,
    pub end: usize,
    pub side: Option<&'static str>,
    pub class: VictimClass,
    pub plural: bool,
    /// A noun that is itself an outcome: "36 bodies", "over 150 dead".
    pub implied: Option<Outcome>,
    /// "others", "more": adds to a count given before.
    pub additive: bool,
    /// Generic nouns (people, persons) take their side from "mostly civilians".
    pub generic: bool,
    /// See [`VictimNoun::civilians_as_such`].
    pub civilians_as_such: bool,
    /// See [`VictimNoun::against_state`].
    pub against_state: bool,
}

/// One casualty mention, before article-level reasoning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawCasualty {
    pub outcome: Outcome,
    pub count: RawCount,
    pub count_start: usize,
    pub count_end: usize,
    pub victims: Option<RawVictims>,
    pub start: usize,
    pub end: usize,
    pub subset: bool,
    pub additive: bool,
    pub negated: bool,
    pub aggregate_cue: bool,
    /// The sentence opens with one incident among others ("The deadliest attack struck ...",
    /// "One strike hit ..."): its count is that incident's, no sum.
    pub one_incident: bool,
    pub cumulative_cue: bool,
}

impl RawCasualty {
    /// The end of the counted words: the count and its victims.
    fn counted_end(&self) -> usize {
        self.victims
            .map_or(self.count_end, |v| v.end)
            .max(self.count_end)
    }
}

/// A word of the sentence being scanned.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
}

/// Reusable buffers, so scanning allocates nothing per word.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    tokens: Vec<Token>,
}

/// Where the parsers stand: `text[..end]` is the window, and a parser's remaining input
/// gives its offset.
#[derive(Clone, Copy)]
struct Window<'t> {
    text: &'t str,
}

impl<'t> Window<'t> {
    fn at(&self, pos: usize) -> &'t str {
        &self.text[pos..]
    }

    fn pos(&self, rest: &str) -> usize {
        self.text.len() - rest.len()
    }
}

/// What a subject that the lexicon does not count needs of its verb.
#[derive(Debug, Clone, Copy)]
enum Agreement {
    /// A count ("35 troops"): any verb.
    Counted,
    /// One person or unknown noun: a singular auxiliary, or, for a person the text names
    /// ("Ali Hassan", "he"), a verb of any number ("died"); an unknown noun ("the city") must
    /// agree by its auxiliary. The outcome must befall people.
    Singular { named: bool },
    /// Two such ("a producer and an announcer"): a plural verb, an outcome that befalls people.
    Plural,
}

impl Agreement {
    fn agrees(self, found: Option<Found>) -> bool {
        let befalls_people = |f: &Found| f.outcome.is_some_and(people_only);
        match self {
            Agreement::Counted => true,
            Agreement::Singular { named } => {
                found.is_some_and(|f| (f.singular || f.any_number && named) && befalls_people(&f))
            }
            Agreement::Plural => found.is_some_and(|f| !f.singular && befalls_people(&f)),
        }
    }
}

/// How the outcome of a subject was found.
#[derive(Debug, Clone, Copy)]
struct Found {
    outcome: Option<Outcome>,
    subset: bool,
    /// The auxiliary was singular ("was", "has been").
    singular: bool,
    /// No auxiliary and a verb that agrees with any subject ("died"): one person or many.
    any_number: bool,
    /// "was also killed": one more victim.
    also: bool,
    /// A participle without an auxiliary ("abducted"): it may only modify the subject.
    participle: bool,
    end: usize,
}

/// Scans `text[start..end]`, one sentence, and appends its mentions to `out`.
///
/// `last_trigger` is the offset of the sentence's last outcome stem (see `scan.rs`): a subject
/// starting after it has no outcome of its own to take, so the subject grammar is tried there
/// only to share an earlier mention's outcome.
pub(crate) fn scan_sentence(
    text: &str,
    start: usize,
    end: usize,
    last_trigger: usize,
    scratch: &mut Scratch,
    out: &mut Vec<RawCasualty>,
) {
    let w = Window { text: &text[..end] };
    tokenize(w, start, &mut scratch.tokens);
    let tokens = &scratch.tokens;
    let first_of_sentence = out.len();
    let opens_with_one_incident = lookup(&PART_OPENERS, skip_space(&w.text[start..])).is_some();
    let sentence = &w.text[start..];
    let mentions_body = ["body", "Body", "corpse"]
        .iter()
        .any(|b| sentence.contains(b));
    // Words skipped between a subject and its outcome: counts found there are its parts.
    let mut appositive = 0..0;
    let mut k = 0;
    while k < tokens.len() {
        let before = &tokens[..k];
        let first = token_text(w, &tokens[k]);
        let at = tokens[k].start;
        // Each construction is tried only where its first word can stand.
        let starts = |table: &Lexicon<_>| !table.starting_with(first).is_empty();
        let matched = None
            .or_else(|| starts(&TOLL).then(|| toll(w, at)).flatten())
            .or_else(|| {
                (is_in(&LEAVING, first) || is_in(&FORCING_VERBS, first))
                    .then(|| leaving(w, at))
                    .flatten()
            })
            .or_else(|| {
                (starts(&BEFORE_VICTIMS) || is_in(&RESULT_VERBS, first))
                    .then(|| verb_object(w, at, before))
                    .flatten()
            })
            .or_else(|| starts(&LOSS_VERBS).then(|| loss(w, at)).flatten())
            .or_else(|| is_in(&NEGATIONS, first).then(|| negation(w, at)).flatten())
            .or_else(|| {
                (mentions_body && is_in(&ONE, first))
                    .then(|| found_body(w, at))
                    .flatten()
            })
            .or_else(|| {
                // After the last outcome stem a subject can only share an earlier
                // mention's outcome, after a cue ("along with 35 troops", "including four
                // officers", "and eight policemen") or as a part ("six of them"); or take
                // the outcome of a lead ("Among the dead were three police officers").
                let outcome_left = at <= last_trigger
                    || (out.len() > first_of_sentence
                        && (shares_outcome_after(w, before)
                            || numeral(first).is_ok()
                            || !VAGUE.starting_with(first).is_empty()
                            || !BEFORE_NUMBER.starting_with(first).is_empty()))
                    || ends_with(w, before, &OUTCOME_LEADS);
                (outcome_left && (could_start_subject(first) || after_speech(w, before)))
                    .then(|| subject_outcome(w, at, before, &out[first_of_sentence..]))
                    .flatten()
            });
        let restatement = matched.as_ref().is_some_and(|m| {
            out[first_of_sentence..]
                .last()
                .is_some_and(|previous| restates(w, m, previous))
        });
        if restatement {
            k += 1;
            continue;
        }
        match matched {
            Some(mut m) => {
                // "The conflict has killed" counts the whole war; "in 24 hours" sums incidents.
                let first_token = tokens.partition_point(|t| t.start < m.count_start);
                let next = tokens.partition_point(|t| t.start < m.end);
                // "the death toll since the coup to 98": the words between a toll and its
                // count.
                let toll_start = tokens.partition_point(|t| t.start < m.start);
                let inside = &tokens[toll_start..first_token.max(toll_start)];
                m.cumulative_cue |= cumulative_before(w, &tokens[..first_token], m)
                    || cue_after(w, &tokens[next..], &CUMULATIVE_AFTER)
                    || cue_after(w, inside, &CUMULATIVE_AFTER)
                    || years_after(w, &tokens[next..])
                    || perfect_since_year(
                        w,
                        &tokens[first_token.saturating_sub(2)..next.max(first_token)],
                        &tokens[next..],
                    )
                    || since_year_before(w, &tokens[..first_token])
                    || same_toll_verb(w, &out[first_of_sentence..], &m)
                    || war_named_before(w, start, &tokens[..first_token]);
                // "has killed thousands of people and displaced more than 2 million ... since
                // 2015": the verb before shares the toll's time.
                if m.cumulative_cue && joined_by_and(w, out[first_of_sentence..].last(), &m) {
                    if let Some(previous) = out.last_mut() {
                        previous.cumulative_cue = true;
                    }
                }
                if m.victims.is_none() {
                    m.victims = antecedent_of_them(w, &tokens[..first_token], &m);
                }
                m.one_incident = opens_with_one_incident;
                m.aggregate_cue |= aggregate_before(w, &tokens[..first_token])
                    || cue_after(w, &tokens[next..], &AGGREGATE)
                    || time_span_after(w, &tokens[next..])
                    || time_span_before(w, &tokens[..first_token], m.count_start)
                    // "a civil war that has killed 320,000 since it began": the war's toll.
                    || !m.cumulative_cue && since_fighting_after(w, &tokens[next..]);
                if appositive.contains(&m.count_start) {
                    // "Five soldiers and two Kurdish fighters died": a count joined by "and"
                    // right after the victims before it is more of them, of another side
                    // (same-side ones are merged into one count); one in an appositive is
                    // a part ("Six people, two of them children, ...").
                    let joined = phrase("and", w.at(appositive.start))
                        .is_some_and(|r| w.pos(skip_space(r)) == m.count_start);
                    if joined {
                        m.additive = true;
                    } else {
                        m.subset = true;
                    }
                }
                // "killed 20 regime forces and injured others": others of the same side (not
                // of a part: "12 people, including four soldiers, ... and several others").
                let previous = out[first_of_sentence..].iter().rev().find(|p| !p.subset);
                // "The death toll rose to 11 ..., after two of the wounded died": the risen
                // toll holds the dead that made it rise.
                if m.additive && previous.is_some_and(|prev| toll_rose_by(w, prev, &m)) {
                    m.additive = false;
                    m.subset = true;
                }
                // "Two soldiers died and four were wounded": a bare count joined right after
                // a count of victims counts more of them.
                if let Some(prev) = previous.filter(|p| p.outcome != m.outcome) {
                    let joined = w.text.get(prev.end..m.count_start).is_some_and(|between| {
                        let between = between.trim_matches(|c: char| c == ',' || c.is_whitespace());
                        between.eq_ignore_ascii_case("and")
                    });
                    if m.victims.is_none()
                        && joined
                        && prev.victims.is_some_and(|v| v.side.is_some())
                    {
                        m.victims = prev.victims;
                    }
                }
                if let (Some(v), Some(prev)) = (m.victims.as_mut(), previous) {
                    if v.additive && v.side.is_none() {
                        v.side = prev.victims.and_then(|p| p.side);
                    }
                }
                out.push(m);
                // "Fifteen persons died (13 civilians)": a count in brackets right after a
                // mention is a part of it.
                if let Some(part) = bracketed_part(w, m.end, m.outcome) {
                    out.push(part);
                }
                // "killed two civilians in Bakhmut and three in Siversk": more of them,
                // elsewhere.
                let mut elided_end = None;
                let mut place_end = place_phrase(w.at(m.end)).map(|r| w.pos(r));
                for _ in 0..MAX_ELIDED_COUNTS {
                    let Some(more) = place_end.and_then(|at| elided_count(w, &m, at)) else {
                        break;
                    };
                    place_end = Some(more.end);
                    elided_end = Some(more.end);
                    out.push(more);
                }
                // Resume right after the counted words, so that counts nested in a skipped
                // appositive ("including 10 foreigners") are read too.
                let resume = elided_end.unwrap_or(m.counted_end());
                // The skipped words are few (MAX_GAP_WORDS), so reading them again is cheap.
                if m.end > resume && !m.subset {
                    appositive = resume..m.end;
                }
                k = tokens.partition_point(|t| t.start < resume).max(k + 1);
            }
            None => k += 1,
        }
    }
}

/// Whether mention `m`, inside the mention before it and sharing its outcome, restates its
/// subject: a single victim named without a number ("the target", "a member of the party"),
/// neither led in as a part ("including the driver") nor joined to the victims before ("11
/// civilians and a soldier"), is the same victim or no victim at all. "A commander, who is
/// believed to have been the target of the attack, was among the dead" names one victim, not
/// three.
fn restates(w: Window<'_>, m: &RawCasualty, previous: &RawCasualty) -> bool {
    let inside_previous = previous.count_start < m.count_start && m.end == previous.end;
    let written = &w.text[m.count_start..m.count_end];
    let one_without_number =
        m.count.value == Some(1) && !m.count.digits && numeral(written).is_err();
    let victims_end = previous.counted_end();
    let joined =
        phrase("and", w.at(victims_end)).is_some_and(|r| w.pos(skip_space(r)) == m.count_start);
    // "including clan elders and a journalist": a part of a list led in as parts.
    let led_in = victims_end < m.count_start
        && words_in(w.text, victims_end, m.count_start)
            .any(|(at, _)| lookup(&SUBSET_BEFORE, w.at(at)).is_some());
    inside_previous && one_without_number && !joined && !led_in
}

/// A cue before a subject that lets it take the outcome of the mention before it.
fn shares_outcome_after(w: Window<'_>, before: &[Token]) -> bool {
    ends_with(w, before, &SUBSET_BEFORE)
        || ends_with(w, before, &OUTCOME_LEADS)
        || ends_with(w, before, &ALONG_WITH)
        || before
            .last()
            .is_some_and(|t| token_text(w, t).eq_ignore_ascii_case("and"))
}

/// Whether a subject (a count, a determiner, a victim noun, a name, a pronoun) may start with
/// the word `first`.
fn could_start_subject(first: &str) -> bool {
    fn starts<T>(table: &Lexicon<T>, w: &str) -> bool {
        !table.starting_with(w).is_empty()
    }
    first.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
        || numeral(first).is_ok()
        || starts(&BEFORE_NUMBER, first)
        || starts(&VAGUE, first)
        || starts(&ADDITIVE, first)
        || starts(&GROUP_OF, first)
        || starts(&ONE, first)
        || first.eq_ignore_ascii_case("both")
        || starts(&GENERIC_DETERMINERS, first)
        || starts(&PRONOUNS, first)
        || starts(&NOUNS, first)
        || lookup(&NOUNS, first).is_some()
}

/// Splits the window into words (numbers included).
fn tokenize(w: Window<'_>, start: usize, tokens: &mut Vec<Token>) {
    tokens.clear();
    let s = &w.text[start..];
    let mut in_word = None;
    for (i, c) in s.char_indices() {
        let is_word = c.is_alphanumeric() || (in_word.is_some() && matches!(c, '\'' | '’' | '-'));
        match (in_word, is_word) {
            (None, true) => in_word = Some(i),
            (Some(b), false) => {
                tokens.push(Token {
                    start: start + b,
                    end: start + i,
                });
                in_word = None;
            }
            _ => {}
        }
    }
    if let Some(b) = in_word {
        tokens.push(Token {
            start: start + b,
            end: w.text.len(),
        });
    }
}

fn token_text<'t>(w: Window<'t>, t: &Token) -> &'t str {
    &w.text[t.start..t.end]
}

/// True when the last words of `before` spell a row of `table`.
fn ends_with<T: Copy>(w: Window<'_>, before: &[Token], table: &Lexicon<T>) -> bool {
    row_ending(w, before, table).is_some()
}

/// The first row of `table` the last words of `before` spell, found by its last word.
fn row_ending<T: Copy>(w: Window<'_>, before: &[Token], table: &Lexicon<T>) -> Option<T> {
    let last = before.last().map(|t| token_text(w, t))?;
    let rows = table.rows();
    // Entries come in the table's order.
    table.ending_with(last).iter().find_map(|e| {
        let (p, value) = rows[e.row];
        let n = p.split(' ').count();
        let spelled = n <= before.len()
            && phrase(p, &w.text[before[before.len() - n].start..])
                .is_some_and(|rest| w.pos(rest) == before[before.len() - 1].end);
        spelled.then_some(value)
    })
}

// ---------------------------------------------------------------------------------------
// Victims
// ---------------------------------------------------------------------------------------

fn is_modifier(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphanumeric)
        && !is_in(&NOT_MODIFIERS, word)
        && !is_in(&AFTER_VICTIMS, word)
        && !is_in(&BEFORE_VICTIMS, word)
        && !is_in(&AUXILIARIES, word)
        && numeral(word).is_err()
}

fn is_demonym(word: &str) -> bool {
    word.len() > 4
        && word.starts_with(char::is_uppercase)
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.chars().skip(1).all(char::is_lowercase)
        && !is_side_word(word)
}

/// One victim noun phrase without a count: modifiers and a head noun, plus a trailing
/// "of the Russian army" that names the side.
fn noun_phrase(w: Window<'_>, i: &str) -> Option<(usize, RawVictims)> {
    noun_phrase_with(w, i, false)
}

/// [`noun_phrase`], optionally opening with an outcome participle ("85 injured people"),
/// which then implies the outcome. Only right after a count: after "and" the participle is
/// a verb ("killed 16 people and wounded more").
fn noun_phrase_with(w: Window<'_>, i: &str, allow_participle: bool) -> Option<(usize, RawVictims)> {
    let start = w.pos(skip_space(i));
    let mut rest = i;
    let mut side: Option<&'static str> = None;
    let mut head: Option<VictimNoun> = None;
    let mut head_end = start;
    let mut participle_outcome = None;
    let mut previous_capitalized = false;
    let mut previous_initial = false;
    for _ in 0..=MAX_MODIFIERS {
        // "U.N. soldiers", "her U.S-born daughter": the full stops of an abbreviation.
        if previous_initial {
            rest = rest.strip_prefix('.').unwrap_or(rest);
        }
        // "Four Radio Television Afghanistan (RTA) staff": a name's acronym in brackets.
        if previous_capitalized {
            if let Some(r) = bracketed_acronym(rest) {
                rest = r;
                continue;
            }
        }
        // "the suspect's relatives": a possessive determines the head that follows it.
        if let Ok((r, wd)) = word(rest) {
            if wd.ends_with("'s") || wd.ends_with("’s") {
                rest = r;
                continue;
            }
        }
        if let Some((r, noun)) = lookup(&NOUNS, rest) {
            head = Some(noun);
            head_end = w.pos(r);
            rest = r;
            break;
        }
        if let Some((r, s)) = side_word(rest) {
            // "Four Taliban were killed": the group's name is the noun when no noun follows.
            let group = || lookup(&GROUPS_AS_NOUNS, rest).filter(|&(gr, _)| gr.len() == r.len());
            if let Some((r, s)) =
                group().filter(|_| lookup(&NOUNS, r).is_none() && side_word(r).is_none())
            {
                head = Some(VictimNoun {
                    side: Some(s),
                    ..GROUP_MEMBERS
                });
                head_end = w.pos(r);
                rest = r;
                break;
            }
            side = side.or(Some(s));
            rest = r;
            continue;
        }
        let (r, wd) = word(rest).ok()?;
        previous_initial = wd.len() == 1 && wd.starts_with(|c: char| c.is_ascii_uppercase());
        // "Turkish and Kenyan nationals": two capitalized modifiers joined by "and".
        let joins_capitalized = wd.eq_ignore_ascii_case("and")
            && previous_capitalized
            && word(r).is_ok_and(|(_, n)| n.starts_with(char::is_uppercase));
        if joins_capitalized {
            rest = r;
            continue;
        }
        previous_capitalized = wd.starts_with(char::is_uppercase);
        // "displaced people", "wounded soldiers": a participle before a victim noun.
        let participle = allow_participle
            && participle_outcome.is_none()
            && (lookup(&NOUNS, r).is_some_and(|(_, n)| !n.additive)
                || word(r).is_ok_and(|(_, n)| is_demonym(n)));
        let participle = if participle {
            lookup(&AFTER_VICTIMS, rest)
        } else {
            None
        };
        if let Some((_, o)) = participle {
            participle_outcome = Some(o);
        } else if !is_modifier(wd) {
            return None;
        }
        // "four Somalis", "29 ethnic Oromos": a capitalized plural is a people's name.
        if is_demonym(wd) && !word(r).is_ok_and(|(_, n)| n.starts_with(char::is_uppercase)) {
            head = Some(VictimNoun {
                plural: true,
                class: VictimClass::Unknown,
                side: None,
                implied: None,
                additive: false,
                civilians_as_such: false,
                against_state: false,
            });
            head_end = w.pos(r);
            rest = r;
            break;
        }
        rest = r;
    }
    let mut noun = head?;
    // Compound heads: "civilian casualties", "army officers", "people dead".
    while let Some((r, next)) = lookup(&NOUNS, rest) {
        // "rebels dead", "soldiers wounded": the head stays who they are, the word after
        // tells what befell them.
        if next.implied.is_some() && noun.implied.is_none() && noun.class != VictimClass::Unknown {
            noun.implied = next.implied;
            head_end = w.pos(r);
            rest = r;
            break;
        }
        if noun.class == VictimClass::Civilian || noun.side.is_some() {
            side = side.or(noun.side);
        }
        noun = VictimNoun {
            class: if noun.class == VictimClass::Civilian {
                noun.class
            } else {
                next.class
            },
            ..next
        };
        head_end = w.pos(r);
        rest = r;
    }
    let mut end = head_end;
    // "members of regime forces", "soldiers of the Russian army".
    if let Some((side_of, of_end)) = side_of_phrase(w, rest) {
        if side.is_none() && noun.side.is_none() || noun.class == VictimClass::Unknown {
            side = Some(side_of);
        } else {
            side = side.or(Some(side_of));
        }
        // "two members of the Hezbollah militant group": an armed group's members fight (the
        // state's may be its officials).
        if noun.class == VictimClass::Unknown && side_of != CIVILIANS && side_of != GOVERNMENT {
            noun.class = VictimClass::Combatant;
        }
        end = of_end;
    } else if let Some((r, ())) = lookup(&FAMILY_TAILS, rest) {
        // "seven members of one family": a family's people, no count of families.
        side = side.or(Some(CIVILIANS));
        end = w.pos(r);
    } else if noun.class == VictimClass::Unknown && side.is_none() {
        // "12 members of a volunteer defense militia": members of an armed body fight.
        if let Some(of_end) = armed_body_of(w, rest) {
            noun.class = VictimClass::Combatant;
            end = of_end;
        }
    }
    let side = side.or(noun.side);
    Some((
        end,
        RawVictims {
            start,
            end,
            side,
            class: if side == Some(CIVILIANS) {
                VictimClass::Civilian
            } else {
                noun.class
            },
            plural: noun.plural,
            implied: noun.implied.or(participle_outcome),
            additive: noun.additive,
            generic: noun.class == VictimClass::Unknown && noun.side.is_none(),
            civilians_as_such: noun.civilians_as_such,
            against_state: noun.against_state,
        },
    ))
}

/// A count with its victims alone in brackets at `end`, as a part of the mention before it
/// with its outcome: " (13 civilians)".
fn bracketed_part(w: Window<'_>, end: usize, outcome: Outcome) -> Option<RawCasualty> {
    let open = skip_space(w.at(end));
    let (inside, _) = punct('(')(open).ok()?;
    let c = counted(w, inside)?;
    c.victims?;
    let (close, _) = punct(')')(w.at(c.end)).ok()?;
    let mut part = mention(&c, outcome, w.pos(open), w.pos(close));
    part.subset = true;
    Some(part)
}

/// Most counts given one place after another ("two in Bakhmut, three in Siversk and four in
/// Lyman").
const MAX_ELIDED_COUNTS: usize = 8;

/// Most capitalized words of a place's name after its preposition.
const MAX_PLACE_NAME_WORDS: usize = 4;

/// A count of `first`'s victims at another place, with the victims left out, after the
/// place that ends at `place_end` (the place of `first`, or of the last such count): "killed
/// two civilians in Bakhmut and three in Siversk" reads 3 more civilians killed.
fn elided_count(w: Window<'_>, first: &RawCasualty, place_end: usize) -> Option<RawCasualty> {
    if first.subset || first.negated || first.count.value.is_none() {
        return None;
    }
    first.victims?;
    let after_place = w.at(place_end);
    let comma = punct(',')(after_place).ok().map(|(r, _)| r);
    let at_count = phrase("and", comma.unwrap_or(after_place)).or(comma)?;
    let (after_count, n) = count(at_count).ok()?;
    if n.value.is_none() || n.year_shaped || n.additive {
        return None;
    }
    let count_start = w.pos(skip_space(at_count));
    Some(RawCasualty {
        count: n,
        count_start,
        count_end: w.pos(after_count),
        start: count_start,
        end: w.pos(place_phrase(after_count)?),
        subset: false,
        additive: true,
        negated: false,
        aggregate_cue: false,
        cumulative_cue: false,
        one_incident: false,
        ..*first
    })
}

/// A place after its preposition: " in Bakhmut", " near the Kunar province" (one to four
/// capitalized words, maybe "the" before them and a unit word after). Gives the input after
/// it.
fn place_phrase(i: &str) -> Option<&str> {
    let (r, ()) = lookup(&PLACE_PREPOSITIONS, i)?;
    let mut rest = phrase("the", r).unwrap_or(r);
    let mut names = 0;
    while names < MAX_PLACE_NAME_WORDS {
        match word(rest) {
            Ok((r, wd)) if wd.starts_with(char::is_uppercase) && !is_acronym(wd) => {
                rest = r;
                names += 1;
            }
            _ => break,
        }
    }
    if names == 0 {
        return None;
    }
    let unit = lookup(&ADMIN_WORDS, rest).or_else(|| lookup(&SETTLEMENT_WORDS, rest));
    Some(unit.map_or(rest, |(r, ())| r))
}

/// The input past an acronym in brackets: " (RTA) staff" gives " staff".
fn bracketed_acronym(i: &str) -> Option<&str> {
    let (inside, _) = punct('(')(i).ok()?;
    let (r, acronym) = word(inside).ok()?;
    is_acronym(acronym).then(|| r.strip_prefix(')')).flatten()
}

/// Most words between "of" and the armed body it names ("of a volunteer defense militia").
const MAX_ARMED_BODY_MODIFIERS: usize = 3;

/// Where "of (a|the) ... <armed body>" ends: "of a volunteer defense militia", "of a local
/// vigilante group".
fn armed_body_of(w: Window<'_>, i: &str) -> Option<usize> {
    let mut rest = phrase("of", i)?;
    rest = lookup(&GENERIC_DETERMINERS, rest).map_or(rest, |(r, ())| r);
    for _ in 0..=MAX_ARMED_BODY_MODIFIERS {
        if let Some((r, ())) = lookup(&ARMED_BODIES, rest) {
            return Some(w.pos(r));
        }
        let (r, _) = word(rest).ok()?;
        rest = r;
    }
    None
}

/// "of (the) ... <side word> ..." or "from ...", at most five words, giving a side.
fn side_of_phrase(w: Window<'_>, i: &str) -> Option<(&'static str, usize)> {
    // "fighters from the Islamic State group", "jihadists from Hayat Tahrir al-Sham": after
    // "from", the side right away ("a worker from Kashmir's ruling coalition" is of no side).
    if let Some(r) = phrase("from", i) {
        let r = phrase("the", r).unwrap_or(r);
        let (r, side) = side_word(r)?;
        let r = lookup(&NOUNS, r).map_or(r, |(after, _)| after);
        return Some((side, w.pos(r)));
    }
    let mut rest = phrase("of", i)?;
    let mut side = None;
    for _ in 0..5 {
        if let Some((r, s)) = side_word(rest) {
            side = side.or(Some(s));
            rest = r;
            continue;
        }
        // "of the ELN rebel group", "of the ELN group": the body the side word names.
        let body = || {
            lookup(&ARMED_BODIES, rest)
                .map(|(r, ())| r)
                .or_else(|| phrase("group", rest))
        };
        if let Some(r) = side.and_then(|_| body()) {
            rest = r;
            break;
        }
        match word(rest) {
            Ok((r, wd))
                if side.is_none()
                    && (wd.eq_ignore_ascii_case("the") || is_modifier(wd))
                    && lookup(&NOUNS, rest).is_none() =>
            {
                rest = r
            }
            Ok((r, _)) if side.is_some() && lookup(&NOUNS, rest).is_some() => {
                rest = r;
                break;
            }
            _ => break,
        }
    }
    side.map(|s| (s, w.pos(rest)))
}

/// Victims after a count: "more pro-Assad fighters", "troops and loyalist militiamen",
/// "people, mostly civilians".
fn victims<'t>(w: Window<'t>, i: &'t str) -> Option<(&'t str, RawVictims)> {
    // "13 more fighters", "two other soldiers": the marker adds, the noun follows.
    for marker in ["more", "other", "others"] {
        if let Some(r) = phrase(marker, i) {
            if let Some((end, mut v)) = noun_phrase(w, r) {
                v.additive = true;
                v.start = w.pos(skip_space(i));
                return Some(extend_victims(w, end, v));
            }
        }
    }
    let (end, v) = noun_phrase_with(w, i, true)?;
    Some(extend_victims(w, end, v))
}

/// Coordination without a new count ("troops and loyalist militiamen") and "mostly X".
fn extend_victims<'t>(w: Window<'t>, mut end: usize, mut v: RawVictims) -> (&'t str, RawVictims) {
    loop {
        let rest = w.at(end);
        let after_and = phrase("and", rest).or_else(|| phrase("or", rest));
        let Some(after_and) = after_and else { break };
        if count(after_and).is_ok() {
            break;
        }
        match noun_phrase(w, after_and) {
            Some((e, other)) if other.implied.is_none() => {
                v.side = v.side.or(other.side);
                if v.class != other.class {
                    v.class = VictimClass::Unknown;
                }
                v.plural = true;
                end = e;
                v.end = e;
            }
            // "30 students and lecturers were wounded": a plural noun the lexicon does not
            // hold, right before the outcome, is more of the victims.
            _ => match unlisted_before_outcome(w, after_and) {
                Some(e) => {
                    v.plural = true;
                    end = e;
                    v.end = e;
                }
                None => break,
            },
        }
    }
    // "13 people, mostly civilians": the side of a generic noun.
    let rest = w.at(end);
    let rest_after_comma = punct(',')(rest).map(|(r, _)| r).unwrap_or(rest);
    if let Some(r) = phrase("mostly", rest_after_comma)
        .or_else(|| phrase("mainly", rest_after_comma))
        .or_else(|| phrase("most of them", rest_after_comma))
    {
        if let Some((e, other)) = noun_phrase(w, r) {
            let (_, other) = extend_victims(w, e, other);
            if v.generic && other.side.is_some() {
                v.side = other.side;
                v.class = other.class;
            }
            v.end = other.end;
            end = other.end;
        }
    }
    (w.at(end), v)
}

// ---------------------------------------------------------------------------------------
// Counts with their victims
// ---------------------------------------------------------------------------------------

/// A count and its victims, with coordination ("a general and two other soldiers").
#[derive(Debug, Clone, Copy)]
struct Counted {
    count: RawCount,
    count_start: usize,
    count_end: usize,
    victims: Option<RawVictims>,
    end: usize,
    /// "five of them": the victims are named before the count.
    partitive: bool,
}

/// One conjunct: "at least 35 regime troops", "a policeman", "nine of the passengers".
fn conjunct(w: Window<'_>, i: &str) -> Option<Counted> {
    // "her two children", "his three brothers": a count after a possessive.
    let after_possessive = || {
        word(i)
            .ok()
            .filter(|(_, d)| is_in(&POSSESSIVES, d))
            .and_then(|(r, _)| explicit_count(r).map(|(after, c)| (r, after, c)))
    };
    let (i, after_count, mut c, implicit) = match explicit_count(i) {
        Some((r, c)) => (i, r, c, false),
        None => match after_possessive() {
            Some((counted_from, r, c)) => (counted_from, r, c, false),
            None => {
                let (r, c) = implicit_one(w, i)?;
                (i, r, c, true)
            }
        },
    };
    // "27 year old", "3 km": a measure, not people.
    if !implicit && lookup(&NOT_VICTIMS, after_count).is_some() {
        return None;
    }
    let count_start = w.pos(skip_space(i));
    let count_end = w.pos(after_count);
    // "his wife, son and daughter": one person per singular noun of the list after a
    // possessive ("a businessman and activist" is one person).
    let possessive = word(i).is_ok_and(|(_, d)| is_in(&POSSESSIVES, d));
    if implicit && possessive && c.value == Some(1) {
        if let Some((head_end, head)) = noun_phrase(w, after_count) {
            if let Some((end, more)) = singular_list(w, head_end, &head) {
                return Some(Counted {
                    count: RawCount {
                        value: Some(1 + more),
                        ..c
                    },
                    count_start,
                    count_end,
                    victims: Some(RawVictims {
                        end,
                        plural: true,
                        ..head
                    }),
                    end,
                    partitive: false,
                });
            }
        }
    }
    let mut v = victims(w, after_count).map(|(_, v)| v);
    let mut partitive = false;
    let mut end = v.map_or(count_end, |v| v.end);
    if v.is_none() {
        if implicit {
            return None;
        }
        // "five of them", "nine of the passengers", "one of its senior members".
        if let Some((r, ())) = lookup(&PARTITIVE_PRONOUNS, after_count) {
            partitive = true;
            end = w.pos(r);
            // "four of them soldiers", "four of whom were soldiers": who the part are.
            let named = lookup(&BE_FORMS, r).map_or(r, |(after, ())| after);
            if let Some((_, pv)) = victims(w, named).filter(|(_, pv)| pv.plural) {
                v = Some(pv);
                end = pv.end;
            }
        } else if let Some((r, ())) = lookup(&PARTITIVE_DETERMINERS, after_count) {
            // "Thirteen of the dead were civilians": a part of the dead, and who they were.
            if let Some((after, ())) = lookup(&DEAD_AS_NOUN, r) {
                let dead = unnamed_people(w.pos(skip_space(r)), w.pos(after), true);
                let named = lookup(&BE_FORMS, after)
                    .and_then(|(a, ())| victims(w, a))
                    .map(|(_, pv)| pv)
                    .filter(|pv| pv.plural);
                let v = named.unwrap_or(dead);
                return Some(Counted {
                    count: c,
                    count_start,
                    count_end,
                    victims: Some(RawVictims {
                        implied: Some(Outcome::Killed),
                        ..v
                    }),
                    end: v.end,
                    partitive: true,
                });
            }
            // "two of the wounded later died": more dead, from among the wounded.
            if let Some((after, ())) = lookup(&WOUNDED_AS_NOUN, r) {
                let start = w.pos(skip_space(r));
                let end = w.pos(after);
                return Some(Counted {
                    count: RawCount {
                        additive: true,
                        ..c
                    },
                    count_start,
                    count_end,
                    victims: Some(RawVictims {
                        additive: true,
                        implied: Some(Outcome::Injured),
                        ..unnamed_people(start, end, true)
                    }),
                    end,
                    partitive: false,
                });
            }
            if let Some((_, pv)) = victims(w, r) {
                if pv.plural {
                    // "killed 15 of the attackers": more dead than those they attacked (of
                    // no side of theirs, as "others" would be).
                    c.additive |= lookup(&ATTACKERS_AS_NOUN, r).is_some();
                    v = Some(RawVictims {
                        start: count_end,
                        ..pv
                    });
                    end = pv.end;
                }
            }
        }
    }
    Some(Counted {
        count: c,
        count_start,
        count_end,
        victims: v,
        end,
        partitive,
    })
}

/// Singular nouns listed after a singular head, the list closed by "and": "wife and son",
/// "wife, son and daughter", of victims compatible with the head's. Their end and how many
/// they are.
fn singular_list(w: Window<'_>, head_end: usize, head: &RawVictims) -> Option<(usize, u64)> {
    let mut pos = head_end;
    let mut listed = 0;
    for _ in 0..MAX_LISTED_PEOPLE {
        let rest = w.at(pos);
        let (after_link, closes) = match phrase("and", rest) {
            Some(r) => (r, true),
            None => {
                let (r, _) = punct(',')(rest).ok()?;
                phrase("and", r).map_or((r, false), |r2| (r2, true))
            }
        };
        let (end, v) = noun_phrase(w, after_link)?;
        if v.plural || v.implied.is_some() || !compatible(head, &v) {
            return None;
        }
        listed += 1;
        pos = end;
        if closes {
            return Some((end, listed));
        }
    }
    None
}

/// Civilians and combatants, two named sides, or the state's forces and the armed men who
/// fight it, are never summed into one count.
fn compatible(a: &RawVictims, b: &RawVictims) -> bool {
    let classes =
        a.class == b.class || a.class == VictimClass::Unknown || b.class == VictimClass::Unknown;
    let sides = a.side.is_none() || b.side.is_none() || a.side == b.side;
    let state = |v: &RawVictims| v.side == Some(GOVERNMENT);
    let foes = state(a) && b.against_state || state(b) && a.against_state;
    classes && sides && !foes
}

/// Where the next conjunct starts: after "and", ",", ", and", possibly past a short phrase
/// that modifies the conjunct before ("a judge allied with the Houthis and seven ...").
fn conjunct_link<'t>(w: Window<'t>, pos: usize) -> Option<(&'t str, bool)> {
    let link = |rest: &'t str| -> Option<(&'t str, bool)> {
        if let Some(r) = phrase("and", rest) {
            return Some((r, false));
        }
        let (r, _) = punct(',')(rest).ok()?;
        Some(match phrase("and", r) {
            Some(r2) => (r2, false),
            None => (r, true),
        })
    };
    let rest = w.at(pos);
    if let Some(found) = link(rest) {
        return Some(found);
    }
    let (mut r, first) = word(rest).ok()?;
    if !is_in(&MODIFYING_PHRASE_STARTS, first) {
        return None;
    }
    for _ in 0..MAX_MODIFYING_WORDS {
        if let Some(found) = phrase("and", r).map(|r2| (r2, false)) {
            return Some(found);
        }
        let (r2, wd) = word(r).ok()?;
        if is_in(&CLAUSE_BREAKS, wd) || numeral(r).is_ok() || is_in(&BEFORE_VICTIMS, wd) {
            return None;
        }
        r = r2;
    }
    None
}

/// A count with its coordinated conjuncts merged, when their victims are compatible.
fn counted(w: Window<'_>, i: &str) -> Option<Counted> {
    let mut item = conjunct(w, i)?;
    while let Some(v) = item.victims {
        if v.implied.is_some() || item.count.qualifier == Qualifier::Vague {
            break;
        }
        // "Seven people (police report) or fifteen people (eyewitness)": two figures for the
        // same victims, a range from the lower to the higher.
        if let Some(next) = alternative_link(w, item.end).and_then(|r| conjunct(w, r)) {
            let figures = item.count.value.zip(next.count.value);
            let exact = |c: &RawCount| c.qualifier == Qualifier::Exact;
            if let (Some((a, b)), Some(v2)) = (figures, next.victims) {
                if exact(&item.count)
                    && exact(&next.count)
                    && !next.partitive
                    && compatible(&v, &v2)
                {
                    item.count = RawCount {
                        qualifier: Qualifier::Range,
                        value: Some(a.min(b)),
                        upper: Some(a.max(b)),
                        ..item.count
                    };
                    // The count is read from both figures.
                    item.count_end = next.count_end;
                    merge_victims(&mut item, &next);
                    continue;
                }
            }
        }
        let Some((next_start, comma_only)) = conjunct_link(w, item.end) else {
            break;
        };
        let Some(next) = conjunct(w, next_start) else {
            break;
        };
        let Some(v2) = next.victims else { break };
        if next.count.qualifier == Qualifier::Vague || next.partitive || !compatible(&v, &v2) {
            break;
        }
        // "Six people, two Turkish nationals and four Somalis": an apposition listing the
        // parts of the count before it, not more victims; a list of "a child and a man"
        // parts only people in general ("two women, a child and a man" are four).
        if comma_only {
            let (sum, ends_with_and, all_counted) = list_sum(w, next);
            let parts = sum == item.count.value && (v.generic || all_counted);
            if !ends_with_and || parts {
                break;
            }
        }
        item.count = item.count.plus(next.count);
        merge_victims(&mut item, &next);
    }
    Some(item)
}

/// Takes the victims of a coordinated conjunct into `item`'s.
fn merge_victims(item: &mut Counted, next: &Counted) {
    let Some(v2) = next.victims else { return };
    let merged = item.victims.get_or_insert(v2);
    merged.side = merged.side.or(v2.side);
    if merged.class != v2.class {
        merged.class = VictimClass::Unknown;
    }
    merged.plural = true;
    merged.generic &= v2.generic;
    merged.civilians_as_such &= v2.civilians_as_such;
    merged.against_state |= v2.against_state;
    merged.end = next.end;
    item.end = next.end;
}

/// Most bytes of a source named in brackets after a figure: " (police report)".
const MAX_BRACKETED_SOURCE: usize = 40;

/// Where a conjunct after "or" starts, past a source in brackets: " (police report) or".
fn alternative_link(w: Window<'_>, pos: usize) -> Option<&str> {
    let rest = skip_space(w.at(pos));
    let rest = match punct('(')(rest) {
        Ok((inside, _)) => {
            let close = inside
                .bytes()
                .take(MAX_BRACKETED_SOURCE)
                .position(|b| b == b')')?;
            &inside[close + 1..]
        }
        Err(_) => rest,
    };
    phrase("or", rest)
}

/// The sum of a list of conjuncts starting with `first`, and whether "and" closes it
/// ("5 soldiers, 3 police and 2 civilians").
fn list_sum(w: Window<'_>, first: Counted) -> (Option<u64>, bool, bool) {
    // "a child": one person by an article, not a number.
    let counted = |c: &Counted| {
        let written = w.text[c.count_start..c.count_end].trim();
        !["a", "an"].iter().any(|a| written.eq_ignore_ascii_case(a))
    };
    let mut sum = first.count.value;
    let mut end = first.end;
    let mut ends_with_and = false;
    let mut all_counted = counted(&first);
    for _ in 0..8 {
        let Some((next_start, comma_only)) = conjunct_link(w, end) else {
            break;
        };
        let Some(next) = conjunct(w, next_start) else {
            break;
        };
        sum = sum.zip(next.count.value).map(|(a, b)| a.saturating_add(b));
        ends_with_and = !comma_only;
        all_counted &= counted(&next);
        end = next.end;
    }
    (sum, ends_with_and, all_counted)
}

/// Skips conjuncts that were not merged ("11 civilians and a soldier were killed"), and says
/// whether a comma opened them: then they are an appositive ("Ali Khan, a teacher who ...").
fn skip_conjuncts(w: Window<'_>, mut end: usize) -> (usize, bool) {
    let mut appositive = false;
    for _ in 0..8 {
        let Some((next_start, comma_only)) = conjunct_link(w, end) else {
            break;
        };
        let Some(next) = conjunct(w, next_start) else {
            break;
        };
        if next.victims.is_none() {
            break;
        }
        appositive |= comma_only;
        end = next.end;
    }
    (end, appositive)
}

fn explicit_count(i: &str) -> Option<(&str, RawCount)> {
    count(i).ok()
}

/// "another" standing alone: one more ("a teacher was killed and another wounded").
fn another_one(w: Window<'_>, i: &str) -> Option<Counted> {
    let rest = phrase("another", i)?;
    let count_start = w.pos(skip_space(i));
    let count_end = w.pos(rest);
    Some(Counted {
        count: RawCount {
            additive: true,
            ..RawCount::exact(1)
        },
        count_start,
        count_end,
        victims: None,
        end: count_end,
        partitive: false,
    })
}

/// "a policeman", "the village chief", "one soldier": a count of one.
fn implicit_one<'t>(w: Window<'t>, i: &'t str) -> Option<(&'t str, RawCount)> {
    // "both men", "both soldiers": two people; not "both soldiers and civilians", which
    // joins two nouns.
    if let Some(rest) = phrase("both", i) {
        let (end, v) = noun_phrase(w, rest)?;
        let joins = phrase("and", w.at(end)).is_some();
        return (v.plural && v.implied.is_none() && !joins).then_some((rest, RawCount::exact(2)));
    }
    let (rest, ()) = lookup(&ONE, i)?;
    let (end, v) = noun_phrase(w, rest)?;
    // "a Chinese couple": two people ("a couple of" is a vague few, read elsewhere).
    let couple =
        v.plural && w.text[v.start..v.end].ends_with("couple") && phrase("of", w.at(end)).is_none();
    if (v.plural && !couple) || v.implied.is_some() {
        return None;
    }
    let additive = phrase("another", i).is_some();
    Some((
        rest,
        RawCount {
            additive,
            ..RawCount::exact(if couple { 2 } else { 1 })
        },
    ))
}

/// A bare count with no victims must end its phrase: "killing 5 in Kabul", not "killing 5 km".
fn bare_count_ends(w: Window<'_>, c: &Counted) -> bool {
    if c.victims.is_some() {
        return true;
    }
    if is_year_like(&c.count) {
        return false;
    }
    let rest = w.at(c.count_end);
    match word(rest) {
        // A dash: "a family of six-- husband, wife and four children".
        Ok((_, next)) if next.bytes().all(|b| b == b'-') => true,
        Ok((_, next)) => {
            let between = &rest[..rest.len() - skip_space(rest).len()];
            let punctuated = between.chars().any(|ch| !ch.is_whitespace());
            let ends = is_in(&AFTER_BARE_COUNT, next) || is_in(&TEMPORAL_FILLERS, next);
            punctuated || (ends && !is_in(&NOT_VICTIMS, next))
        }
        Err(_) => true,
    }
}

fn is_year_like(c: &RawCount) -> bool {
    c.year_shaped && c.upper.is_none() && matches!(c.value, Some(1900..=2100))
}

// ---------------------------------------------------------------------------------------
// Outcomes after the victims
// ---------------------------------------------------------------------------------------

/// "by local villagers and a journalist" up to the "to" of "to have been": what follows it.
fn agent_before_infinitive(i: &str) -> Option<&str> {
    let mut rest = phrase("by", i)?;
    for _ in 0..MAX_AGENT_WORDS {
        if lookup(&AUXILIARIES, rest).is_some() && phrase("to", rest).is_some() {
            return Some(rest);
        }
        rest = word(rest).ok()?.0;
    }
    None
}

/// Auxiliaries, adverbs and an outcome: "have reportedly been killed", "were among the dead",
/// "was ambushed and shot dead".
/// The words an outcome after its victims may start with: an auxiliary, an adverb or the
/// outcome itself (see [`aux_outcome`]).
static OUTCOME_STARTS: Lazy<FirstWords> = Lazy::new(|| {
    FirstWords::of(
        AUXILIARIES
            .phrases()
            .chain(ADVERBS.phrases())
            .chain(AFTER_VICTIMS.phrases()),
    )
});

fn aux_outcome(w: Window<'_>, i: &str, bare_ok: bool) -> Option<Found> {
    // Called at every word of a subject's gap: most words start none of its tables.
    if !word(i).is_ok_and(|(_, first)| OUTCOME_STARTS.may_start(first)) {
        return None;
    }
    let mut rest = i;
    let mut aux = 0;
    let mut singular = false;
    let mut perfect_only = true;
    while aux < 3 {
        match lookup(&AUXILIARIES, rest) {
            Some((r, ())) => {
                if aux == 0 {
                    singular = lookup(&SINGULAR_AUXILIARIES, rest).is_some();
                }
                let perfect = lookup(&PERFECT, rest).is_some_and(|(p, ())| p.len() == r.len());
                perfect_only &= perfect;
                rest = r;
                aux += 1;
            }
            None => break,
        }
    }
    if aux > 0 {
        // "were on Monday killed", "were, yesterday, killed".
        for _ in 0..4 {
            if let Some((r, ())) = lookup(&TEMPORAL_FILLERS, rest) {
                rest = r;
            } else if let Ok((r, _)) = punct(',')(rest) {
                rest = r;
            } else {
                break;
            }
        }
    }
    let mut also = false;
    let mut adverbs = 0;
    for _ in 0..MAX_ADVERBS {
        match lookup(&ADVERBS, rest) {
            Some((r, ())) => {
                also |= phrase("also", rest).is_some();
                adverbs += 1;
                // "were, yesterday, killed".
                rest = if aux > 0 {
                    punct(',')(r).map_or(r, |(r, _)| r)
                } else {
                    r
                };
            }
            None => break,
        }
    }
    // "are said to have died", "were said to be in a coma": auxiliaries after the adverb,
    // maybe after the agent of a verb of saying ("were said by villagers and a journalist to
    // have been shot").
    if aux > 0 && adverbs > 0 {
        if let Some(r) = agent_before_infinitive(rest) {
            rest = r;
        }
        if let Some((r, ())) = lookup(&AUXILIARIES, rest) {
            perfect_only &= lookup(&PERFECT, rest).is_some_and(|(p, ())| p.len() == r.len());
            rest = r;
        }
    }
    if aux > 0 {
        if let Some(found) = among_the(w, rest) {
            return Some(Found { singular, ..found });
        }
    }
    let direct = lookup(&AFTER_VICTIMS, rest);
    let (after, outcome) = match direct {
        Some(found) => found,
        None if aux > 0 => participle_then(rest)?,
        None => return None,
    };
    // "100 people had been killed or wounded": no count of either.
    if let Some(r) = phrase("or", after) {
        if lookup(&AFTER_VICTIMS, r).is_some_and(|(_, other)| other != outcome) {
            return None;
        }
    }
    // "kidnapped and killed", "abducted and later beheaded": death is what befell them.
    let (after, outcome) = match killed_after(after) {
        Some(r) if outcome != Outcome::Killed => (r, Outcome::Killed),
        _ => (after, outcome),
    };
    let intransitive = lookup(&INTRANSITIVE, rest).is_some();
    if aux == 0 && !bare_ok && !intransitive {
        return None;
    }
    // "a bomb has killed ..." is active: the victims come after.
    if aux > 0 && perfect_only && !intransitive {
        return None;
    }
    // "Eight displaced people": the participle modifies a noun that follows.
    if aux == 0
        && (lookup(&NOUNS, after).is_some() || word(after).is_ok_and(|(_, n)| is_demonym(n)))
    {
        return None;
    }
    // "5 soldiers killed 3 militants" is active: the outcome belongs to the object.
    if let Some((r, c)) = explicit_count(after) {
        if !is_year_like(&c) && lookup(&NOT_VICTIMS, r).is_none() {
            return None;
        }
    }
    // "A suicide bomber killed himself and ...": a reflexive object makes the verb active.
    let reflexive = lookup(&REFLEXIVE_PRONOUNS, after).is_some();
    if aux == 0 && (named(w, after).is_some() || implicit_one(w, after).is_some() || reflexive) {
        return None;
    }
    Some(Found {
        outcome: Some(outcome),
        subset: false,
        singular,
        any_number: aux == 0 && intransitive,
        also,
        participle: aux == 0 && !intransitive,
        end: w.pos(after),
    })
}

/// "and (then, later) killed" after another outcome, a few words of place or time between
/// ("injured in the attack and later succumbed to his wounds"): the rest after the killing.
fn killed_after(i: &str) -> Option<&str> {
    let mut rest = i;
    for _ in 0..MAX_WORDS_BEFORE_DEATH {
        if phrase("and", rest).is_some() {
            break;
        }
        let (r, wd) = word(rest).ok()?;
        if is_in(&CLAUSE_BREAKS, wd) || numeral(rest).is_ok() {
            return None;
        }
        rest = r;
    }
    let mut rest = phrase("and", rest)?;
    // "and then", "and later" (a few: a text of adverbs stays linear).
    for _ in 0..MAX_ADVERBS {
        match lookup(&ADVERBS, rest) {
            Some((r, ())) => rest = r,
            None => break,
        }
    }
    match lookup(&AFTER_VICTIMS, rest) {
        Some((r, Outcome::Killed)) => Some(r),
        _ => None,
    }
}

/// "ambushed and shot dead", "stabbed and then beheaded": a participle, then the outcome.
fn participle_then(i: &str) -> Option<(&str, Outcome)> {
    let (r, wd) = word(i).ok()?;
    if numeral(i).is_ok() || wd.eq_ignore_ascii_case("and") {
        return None;
    }
    // "shot in the head and killed", "shot in front of his home and died", "shot on
    // Wednesday afternoon [28 September], and later died".
    let r = phrase("and", up_to_and(r, MAX_PARTICIPLE_WORDS, true)?)?;
    let r = phrase("then", r)
        .or_else(|| phrase("later", r))
        .unwrap_or(r);
    lookup(&AFTER_VICTIMS, r)
}

/// The input at the next "and", past at most `max` words none of which is a clause break or a
/// number (and past commas and short bracketed insertions when `past_punctuation`).
fn up_to_and(i: &str, max: usize, past_punctuation: bool) -> Option<&str> {
    let skip = |r| {
        if past_punctuation {
            skip_brackets_and_commas(r)
        } else {
            r
        }
    };
    let mut r = i;
    for _ in 0..max {
        r = skip(r);
        if phrase("and", r).is_some() {
            return Some(r);
        }
        let (next, wd) = word(r).ok()?;
        if is_in(&CLAUSE_BREAKS, wd) || numeral(r).is_ok() {
            return None;
        }
        r = next;
    }
    let r = skip(r);
    phrase("and", r).map(|_| r)
}

/// Past commas and bracketed insertions' brackets: ", [28 September], and".
fn skip_brackets_and_commas(i: &str) -> &str {
    let mut rest = i;
    loop {
        let r = skip_space(rest);
        match r.chars().next() {
            Some(',') => rest = &r[1..],
            // A short bracketed insertion is passed whole: "[3 March]".
            Some(open @ ('[' | '(')) => {
                let close = if open == '[' { ']' } else { ')' };
                let end = r
                    .char_indices()
                    .take_while(|&(at, _)| at < MAX_INSERTION_BYTES)
                    .find(|&(_, ch)| ch == close);
                match end {
                    Some((at, _)) => rest = &r[at + 1..],
                    None => break,
                }
            }
            _ => break,
        }
    }
    rest
}

/// "among the (troops and militiamen) killed", "among the dead".
fn among_the(w: Window<'_>, i: &str) -> Option<Found> {
    // "among the dead", "among those killed".
    let mut rest = phrase("among the", i)
        .or_else(|| phrase("among those", i))
        .or_else(|| phrase("among", i))?;
    for _ in 0..6 {
        if let Some((r, ())) = lookup(&AMONG_THE, rest) {
            let noun = word(rest).ok()?.1;
            let is = |words: &[&str]| words.iter().any(|p| noun.eq_ignore_ascii_case(p));
            let outcome = if is(&["wounded", "injured"]) {
                Some(Outcome::Injured)
            } else if is(&["dead", "killed", "fatalities"]) {
                Some(Outcome::Killed)
            } else {
                None
            };
            return Some(Found {
                outcome,
                subset: true,
                singular: false,
                any_number: false,
                also: false,
                participle: false,
                end: w.pos(r),
            });
        }
        let (r, wd) = word(rest).ok()?;
        if !(is_modifier(wd) || wd.eq_ignore_ascii_case("and")) {
            return None;
        }
        rest = r;
    }
    None
}

/// The outcome after a subject, directly or past an appositive or prepositional phrase.
/// Numbers may only be passed inside an appositive ("29 people, including 10 foreigners,
/// were killed"), where they are read as subsets.
fn outcome_after(w: Window<'_>, i: &str, appositive: bool) -> Option<Found> {
    let found = outcome_in_clause(w, i, appositive)?;
    // "a couple abducted at gunpoint in Quetta have been killed": a participle that a finite
    // outcome follows in the clause modifies the subject; not when a count after it opens
    // the next clause ("Of the 30 people abducted, two were found dead").
    let after = w.at(found.end);
    let after = punct(',')(after).map_or(after, |(r, _)| r);
    let count_next = word(after).is_ok_and(|(_, next)| numeral(next).is_ok());
    let finite = (found.participle && !count_next)
        .then(|| outcome_in_clause(w, w.at(found.end), false))
        .flatten()
        .filter(|later| !later.participle && later.outcome.is_some());
    Some(finite.unwrap_or(found))
}

/// Whether an "and" after the word `previous`, with `rest` after it, joins two names: both
/// words around it are capitalized ("Fulani and Tivs").
fn joins_names(previous: &str, rest: &str) -> bool {
    previous.starts_with(char::is_uppercase)
        && word(rest).is_ok_and(|(_, next)| next.starts_with(char::is_uppercase))
}

/// A determiner or a name next: "and the Soma area", "and Obiarukwu".
fn opens_place(rest: &str) -> bool {
    word(rest).is_ok_and(|(_, next)| {
        next.eq_ignore_ascii_case("the") || next.starts_with(char::is_uppercase)
    })
}

/// The first outcome after a subject, across a short gap (see [`outcome_after`]).
fn outcome_in_clause(w: Window<'_>, i: &str, mut appositive: bool) -> Option<Found> {
    if let Some(found) = aux_outcome(w, i, true) {
        return Some(found);
    }
    let mut rest = i;
    let mut previous = "";
    let mut relative = false;
    // Inside a prepositional phrase "and" joins places, not victims: "civilians in the Tarn
    // sector and the Soma area were killed".
    let mut in_phrase = false;
    let mut words = 0;
    // An appositive right after the subject may hold a relative clause: "Ali Khan, a teacher
    // who worked for two schools in the state, was killed".
    let mut budget = if appositive {
        MAX_APPOSITIVE_WORDS
    } else {
        MAX_GAP_WORDS
    };
    while words < budget {
        words += 1;
        // "Twenty herdsmen and 83 cows were killed": animals counted beside the people are
        // passed over.
        let next = word(rest);
        let animals = next.as_ref().ok().and_then(|&(r, wd)| {
            if !wd.eq_ignore_ascii_case("and") {
                return None;
            }
            let (r2, _) = numeral(r).ok()?;
            lookup(&ANIMALS, r2).map(|(after, ())| after)
        });
        if let Some(after) = animals {
            rest = after;
            if let Some(found) = aux_outcome(w, rest, false) {
                return Some(found);
            }
            continue;
        }
        rest = match next {
            // A dash standing alone opens an appositive: "Six children - three of them from
            // one family - were killed".
            Ok((r, wd)) if wd.bytes().all(|b| b == b'-') => {
                appositive = true;
                r
            }
            Ok((r, wd)) => {
                // "a blogger who wrote critiques of the government and the spread of Islam
                // died": an "and" inside a relative clause joins its objects.
                let and_in_list = wd.eq_ignore_ascii_case("and")
                    && (appositive
                        || relative
                        || joins_names(previous, r)
                        || (in_phrase && opens_place(r)));
                // "Cecilia Coicue, the owner of land where rebels will stay, has been
                // murdered": a relative clause inside an appositive goes on to its comma.
                let relative_in_appositive = appositive && is_in(&RELATIVE_PRONOUNS, wd);
                let breaks = is_in(&CLAUSE_BREAKS, wd) && !and_in_list && !relative_in_appositive;
                if breaks || is_in(&BEFORE_VICTIMS, wd) {
                    return None;
                }
                let counts_subset = appositive || is_in(&SUBSET_LEADS, previous);
                if !counts_subset && !wd.eq_ignore_ascii_case("one") && numeral(rest).is_ok() {
                    return None;
                }
                appositive |= is_in(&SUBSET_LEADS, wd);
                relative |= is_in(&RELATIVE_PRONOUNS, wd);
                in_phrase |= is_in(&PREPOSITIONS, wd);
                previous = wd;
                r
            }
            Err(_) => {
                let r = skip_space(rest);
                let mut chars = r.chars();
                match chars.next() {
                    // "15 died (13 civilians) and 53 were injured": a subject closed in
                    // brackets has no outcome outside them.
                    Some(')' | ']') if words == 1 => return None,
                    Some(',' | '(' | ')' | '-' | '–' | '—' | '[' | ']') => {
                        appositive = true;
                        if words == 1 {
                            budget = MAX_APPOSITIVE_WORDS;
                        }
                        chars.as_str()
                    }
                    _ => return None,
                }
            }
        };
        if let Some(found) = aux_outcome(w, rest, false) {
            // "Two people who were injured in the blast later died": the relative clause
            // tells what happened first, the main verb the outcome.
            let died_later = relative && found.outcome != Some(Outcome::Killed);
            return Some(
                died_later
                    .then(|| later_death(w, found.end))
                    .flatten()
                    .unwrap_or(found),
            );
        }
    }
    None
}

/// A death said after a relative clause that gave another outcome, before any other count
/// or clause: "who were injured in the blast later died in hospital".
fn later_death(w: Window<'_>, from: usize) -> Option<Found> {
    let mut rest = w.at(from);
    for _ in 0..MAX_GAP_WORDS {
        let (r, wd) = word(rest).ok()?;
        if is_in(&CLAUSE_BREAKS, wd) || numeral(rest).is_ok() {
            return None;
        }
        rest = r;
        if let Some(found) = aux_outcome(w, rest, false) {
            return (found.outcome == Some(Outcome::Killed)).then_some(found);
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// The constructions
// ---------------------------------------------------------------------------------------

fn mention(c: &Counted, outcome: Outcome, start: usize, end: usize) -> RawCasualty {
    // "23 of the wounded were in critical condition": some of the wounded, no more of them
    // ("two of the wounded later died" are more dead).
    let among_the_wounded = outcome == Outcome::Injured
        && c.victims
            .is_some_and(|v| v.additive && v.implied == Some(Outcome::Injured));
    RawCasualty {
        outcome,
        count: c.count,
        count_start: c.count_start,
        count_end: c.count_end,
        victims: c.victims,
        start,
        end: end.max(c.end),
        subset: among_the_wounded,
        additive: !among_the_wounded && (c.count.additive || c.victims.is_some_and(|v| v.additive)),
        negated: false,
        aggregate_cue: false,
        cumulative_cue: false,
        one_incident: false,
    }
}

/// "the death toll rose to 17", "the death toll of last Sunday's clashes has risen to 31".
fn toll(w: Window<'_>, pos: usize) -> Option<RawCasualty> {
    let i = w.at(pos);
    let (mut rest, outcome) = lookup(&TOLL, i).or_else(|| number_of_victims(i))?;
    let mut previous = "";
    let mut between_open = false;
    for _ in 0..MAX_TOLL_WORDS {
        if let Some((mut r, ())) = lookup(&TOLL_LINK, rest) {
            while let Some((r2, ())) = lookup(&TOLL_LINK, r) {
                r = r2;
            }
            if let Some(c) = counted(w, r) {
                if bare_count_ends(w, &c) && !is_year_like(&c.count) {
                    return Some(mention(&c, outcome, pos, c.end));
                }
            }
            rest = r;
            continue;
        }
        let (r, wd) = word(rest).ok()?;
        // "the toll of the crisis between Fulani and Tivs", "of violence between the host
        // community and refugees": "and" joining names, or closing "between", goes on.
        let and = wd.eq_ignore_ascii_case("and");
        // "in last week's floods and the ensuing clashes": "and" joining nouns of the subject
        // (a count or a clause word after it ends the subject below).
        let joins_nouns = and
            && word(r).is_ok_and(|(_, next)| {
                next.starts_with(char::is_lowercase) && !is_in(&CLAUSE_BREAKS, next)
            });
        let between_names = and && (joins_names(previous, r) || between_open || joins_nouns);
        between_open = if and {
            false
        } else {
            between_open || wd.eq_ignore_ascii_case("between")
        };
        // A count ends the subject, but "killed in three days of violence" counts days.
        let count_of_other =
            numeral(rest).is_ok_and(|(after, _)| lookup(&SPAN_UNITS, after).is_none());
        let guess = is_in(&TOLL_GUESSES, wd);
        if count_of_other || guess || is_in(&CLAUSE_BREAKS, wd) && !between_names {
            return None;
        }
        previous = wd;
        rest = r;
    }
    None
}

/// Most words naming the victims in "the number of protesters killed".
const MAX_NUMBER_OF_WORDS: usize = 2;

/// "the number of protesters killed", "number of civilians wounded": a toll of victims the
/// rows of `TOLL` do not name ("number of people killed").
fn number_of_victims(i: &str) -> Option<(&str, Outcome)> {
    let mut rest = phrase("number of", i)?;
    for _ in 0..MAX_NUMBER_OF_WORDS {
        let (r, wd) = word(rest).ok()?;
        if !is_in(&NOUNS, wd) {
            return None;
        }
        if let Some((after, outcome)) = lookup(&NUMBER_OF_OUTCOMES, r) {
            return Some((after, outcome));
        }
        rest = r;
    }
    None
}

/// "left over 150 fighters dead", "leaving 5 dead and 10 wounded".
fn leaving(w: Window<'_>, pos: usize) -> Option<RawCasualty> {
    // "forcing more than 6,270 residents to flee".
    if let Some((rest, ())) = lookup(&FORCING_VERBS, w.at(pos)) {
        let c = counted(w, rest)?;
        c.victims?;
        let (end, outcome) = lookup(&FORCED_OUT, w.at(c.end))?;
        return Some(mention(&c, outcome, pos, w.pos(end)));
    }
    let (rest, ()) = lookup(&LEAVING, w.at(pos))?;
    let c = counted(w, rest)?;
    let implied = c.victims.and_then(|v| v.implied);
    // The outcome right after the victims, or past what they are of: "left five members of
    // the same family dead".
    let mut at = c.end;
    for _ in 0..=MAX_MODIFIERS {
        if let Some(Found {
            outcome: Some(o),
            end,
            ..
        }) = aux_outcome(w, w.at(at), true)
        {
            return Some(mention(&c, o, pos, end));
        }
        // "left three soldiers and two rebels dead": past the other side's conjunct to the
        // outcome both share.
        let next = conjunct_link(w, at).and_then(|(r, _)| conjunct(w, r));
        if let Some(next) = next.filter(|n| n.victims.is_some() && implied.is_none()) {
            // "two rebels dead": the outcome ends the other conjunct.
            if let Some(o) = next.victims.and_then(|v| v.implied) {
                return Some(mention(&c, o, pos, c.end));
            }
            at = next.end;
            continue;
        }
        let Ok((r, wd)) = word(w.at(at)) else { break };
        if c.victims.is_none() || is_in(&CLAUSE_BREAKS, wd) || numeral(w.at(at)).is_ok() {
            break;
        }
        at = w.pos(r);
    }
    Some(mention(&c, implied?, pos, c.end))
}

/// "the army lost 10 soldiers", "lost 20 of their own fighters": a side's dead, several and
/// named as people of a class or side.
fn loss(w: Window<'_>, pos: usize) -> Option<RawCasualty> {
    let (rest, outcome) = lookup(&LOSS_VERBS, w.at(pos))?;
    let c = counted(w, rest)?;
    let v = c.victims?;
    let named = v.side.is_some() || v.class != VictimClass::Unknown;
    // Not one person ("I have lost a son", "after losing his mother"): grief as often as war;
    // but the noun of military reports counts one fighter ("with the loss of one soldier").
    let several = c.count.value.is_some_and(|n| n >= 2) && v.plural;
    let fighter = v.class == VictimClass::Combatant && phrase("loss", w.at(pos)).is_some();
    (named && (several || fighter)).then(|| mention(&c, outcome, pos, c.end))
}

/// "killing 13 more fighters", "killed a general and two other soldiers", "injured others",
/// "shot dead Sheikh Ali Othman", "the killing of a local leader".
fn verb_object(w: Window<'_>, pos: usize, before: &[Token]) -> Option<RawCasualty> {
    if ends_with(w, before, &PASSIVE) || ends_with(w, before, &UNREALIZED) {
        return None;
    }
    if let Some(m) = object_then_result(w, pos) {
        return Some(m);
    }
    let (mut rest, outcome) = lookup(&BEFORE_VICTIMS, w.at(pos))?;
    // "blew himself up" is no count: "killed himself and three police officers" counts
    // the officers.
    if let Some((r, ())) = lookup(&REFLEXIVE_PRONOUNS, rest) {
        rest = phrase("and", r)?;
    }
    // "killed all six members", "killing the 12 passengers".
    for skip in ["all", "the"] {
        if let Some(r) = phrase(skip, rest) {
            if count(r).is_ok() {
                rest = r;
            }
        }
    }
    if let Some(c) = counted(w, rest).or_else(|| another_one(w, rest)) {
        // "killed two soldiers, and three peacekeepers were wounded": a conjunct with an
        // outcome of its own opens a clause; the object is the first one alone.
        let c = if aux_outcome(w, w.at(c.end), false).is_some() {
            conjunct(w, rest)
                .filter(|first| first.end < c.end)
                .unwrap_or(c)
        } else {
            c
        };
        // "killed the son of a local official, and a woman who was with him".
        let one = c.count.value == Some(1) && c.victims.is_some_and(|v| !v.plural);
        let c = if one {
            second_person(w, &c).unwrap_or(c)
        } else {
            c
        };
        if bare_count_ends(w, &c) || c.partitive {
            return Some(mention(&c, outcome, pos, c.end));
        }
        let c = unlisted_plural(w, c).filter(|_| people_only(outcome))?;
        return Some(mention(&c, outcome, pos, c.end));
    }
    // One unnamed person as object only befalls people: "capturing the city" is no captive.
    // Remains may be a thing's: "the remains of the building".
    let people_only = people_only(outcome);
    let nominal = w.text[pos..w.pos(rest)].trim_end().ends_with("remains of");
    let unknown_noun = || {
        generic_one(w, rest)
            .or_else(|| bare_object(w, rest))
            .filter(|_| !nominal)
    };
    if let Some(c) = named(w, rest)
        .or_else(|| named_one(w, rest))
        .or_else(|| pronoun(w, rest, &OBJECT_PRONOUNS))
        .or_else(unknown_noun)
        .filter(|_| people_only)
    {
        return Some(mention(&c, outcome, pos, c.end));
    }
    // "injured others": victims with no number.
    let (r, v) = victims(w, rest)?;
    if !v.additive || v.implied.is_some() {
        return None;
    }
    let c = Counted {
        count: RawCount::vague(crate::casualty::Vague::Many),
        count_start: v.start,
        count_end: v.start,
        victims: Some(v),
        end: w.pos(r),
        partitive: false,
    };
    Some(mention(&c, outcome, pos, c.end))
}

/// Marks after a count that open a list of its parts: dashes and a colon.
const PART_MARKS: &[&str] = &["-", "--", "\u{2013}", "\u{2014}", ":"];

/// Most bytes between a risen toll and the count that made it rise.
const MAX_RISE_GAP: usize = 200;

/// Whether `more`, counted after `toll` in its sentence, is what made that toll rise: a verb
/// of rise before the toll's count and "after" between the two ("rose to 11 on Tuesday,
/// officials said, after two of the wounded died").
fn toll_rose_by(w: Window<'_>, toll: &RawCasualty, more: &RawCasualty) -> bool {
    if toll.outcome != more.outcome || more.count_start < toll.end {
        return false;
    }
    let gap_start = floor_boundary(
        w.text,
        toll.end.max(more.count_start.saturating_sub(MAX_RISE_GAP)),
    );
    let toll_from = floor_boundary(
        w.text,
        toll.start
            .max(toll.count_start.saturating_sub(MAX_RISE_GAP)),
    );
    let rose = words_in(w.text, toll_from, toll.count_start).any(|(_, wd)| is_in(&TOLL_RISES, wd));
    rose && words_in(w.text, gap_start, more.count_start)
        .any(|(_, wd)| wd.eq_ignore_ascii_case("after"))
}

/// Outcomes that only befall people: their object needs no victim noun from the lexicon.
fn people_only(outcome: Outcome) -> bool {
    matches!(outcome, Outcome::Killed | Outcome::Injured)
}

/// The end of a lowercase plural noun the lexicon does not hold, when an outcome follows it
/// ("lecturers were wounded").
fn unlisted_before_outcome(w: Window<'_>, i: &str) -> Option<usize> {
    let after = unlisted_plural_noun(i)?;
    aux_outcome(w, after, false).map(|_| w.pos(after))
}

/// The rest after a lowercase plural noun at the start of `i` that may name people though
/// the lexicon does not hold it ("devotees", "lecturers"): no measure, animal or thing.
fn unlisted_plural_noun(i: &str) -> Option<&str> {
    let (after, noun) = word(i).ok()?;
    let plural = noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss");
    let lowercase = noun.starts_with(|ch: char| ch.is_ascii_lowercase());
    let listed_apart = lookup(&NOT_VICTIMS, i).is_some() || is_in(&ANIMALS, noun);
    (plural && lowercase && !listed_apart).then_some(after)
}

/// "killed 20 devotees": a count before a plural noun the lexicon does not hold, which a
/// verb of killing or wounding makes people. Measures, animals and things are listed apart.
fn unlisted_plural(w: Window<'_>, c: Counted) -> Option<Counted> {
    if c.victims.is_some() || c.partitive || is_year_like(&c.count) {
        return None;
    }
    let rest = w.at(c.count_end);
    let after = unlisted_plural_noun(rest)?;
    // The noun must end the phrase: "killed 20 devotees after ...", not "20 devotees' homes".
    let ends = match word(after) {
        Ok((_, next)) => {
            !is_modifier(next) || is_in(&CLAUSE_BREAKS, next) || {
                let between = &after[..after.len() - skip_space(after).len()];
                between.chars().any(|ch| !ch.is_whitespace())
            }
        }
        Err(_) => true,
    };
    if !ends {
        return None;
    }
    let start = w.pos(skip_space(rest));
    let end = w.pos(after);
    Some(Counted {
        victims: Some(unnamed_people(start, end, true)),
        end,
        ..c
    })
}

/// "hacked a village elder to death", "shot him dead", "beat 12 prisoners to death": the
/// result after the object gives the outcome.
fn object_then_result(w: Window<'_>, pos: usize) -> Option<RawCasualty> {
    let (rest, ()) = lookup(&RESULT_VERBS, w.at(pos))?;
    let c = counted(w, rest)
        .filter(|c| c.victims.is_some())
        .or_else(|| generic_one(w, rest))
        .or_else(|| named(w, rest))
        .or_else(|| named_one(w, rest))
        .or_else(|| pronoun(w, rest, &OBJECT_PRONOUNS))?;
    // "took 12 soldiers hostage": the result may have been read as a compound head.
    let mut c = c;
    if let Some(v) = c.victims.filter(|v| v.end == c.end) {
        let last = w.text[v.start..v.end].rfind(' ').map(|k| v.start + k);
        if let Some((after, outcome)) = last.and_then(|k| lookup(&RESULTS, w.at(k))) {
            if w.pos(after) == c.end {
                let head_end = w.text[..last?].trim_end().len();
                c.victims = Some(RawVictims { end: head_end, ..v });
                return Some(mention(&c, outcome, pos, c.end));
            }
        }
    }
    // The object may run on past what was read as its head: "an elderly Hindu priest",
    // "the village chief Ali Khan".
    let mut rest = w.at(c.end);
    for _ in 0..MAX_MODIFIERS {
        if let Some((after, outcome)) = lookup(&RESULTS, rest) {
            if let Some(v) = c.victims.as_mut() {
                v.end = v.end.max(w.pos(rest));
            }
            return Some(mention(&c, outcome, pos, w.pos(after)));
        }
        let (r, wd) = word(rest).ok()?;
        if !is_modifier(wd) || is_in(&CLAUSE_BREAKS, wd) || numeral(rest).is_ok() {
            return None;
        }
        rest = r;
        c.end = w.pos(r);
    }
    None
}

/// "the body of a journalist", "a charred body was found": one person dead. A body of
/// somebody the lexicon or a name vouches for counts by itself; any other body must be found.
fn found_body(w: Window<'_>, pos: usize) -> Option<RawCasualty> {
    let (rest, ()) = lookup(&ONE, w.at(pos))?;
    let (end, body) = noun_phrase(w, rest)?;
    if body.plural || body.implied != Some(Outcome::Killed) {
        return None;
    }
    let count_start = w.pos(skip_space(w.at(pos)));
    let mut c = one(body);
    c.count_start = count_start;
    c.count_end = w.pos(rest);
    c.end = end;
    if let Some(r) = phrase("of", w.at(end)) {
        let known = implicit_one(w, r).and_then(|(r2, _)| noun_phrase(w, r2));
        if let Some((_, v)) = known {
            c.victims = Some(v);
            c.end = v.end;
        } else if let Some(person) = named(w, r).or_else(|| named_one(w, r)) {
            c = Counted {
                count_start,
                count_end: c.count_end,
                ..person
            };
        } else {
            return None;
        }
        return Some(mention(&c, Outcome::Killed, pos, c.end));
    }
    // "a charred body was found", or "a charred body found in ...".
    let after = w.at(end);
    let r = lookup(&AUXILIARIES, after).map_or(after, |(r, ())| r);
    let (r, ()) = lookup(&BODY_FOUND, r)?;
    Some(mention(&c, Outcome::Killed, pos, w.pos(r)))
}

/// "no one was killed", "no casualties were reported", "without casualties".
fn negation(w: Window<'_>, pos: usize) -> Option<RawCasualty> {
    let i = w.at(pos);
    let zero = |outcome: Outcome, end: usize| RawCasualty {
        outcome,
        count: RawCount::exact(0),
        count_start: pos,
        count_end: end,
        victims: None,
        start: pos,
        end,
        subset: false,
        additive: false,
        negated: true,
        aggregate_cue: false,
        cumulative_cue: false,
        one_incident: false,
    };
    if let Some(r) = phrase("no one", i)
        .or_else(|| phrase("nobody", i))
        .or_else(|| phrase("none", i))
    {
        // "None of the soldiers were killed": past whom "none" counts.
        let r = match phrase("of", r) {
            Some(of) => {
                noun_phrase(w, phrase("the", of).unwrap_or(of)).map_or(of, |(end, _)| w.at(end))
            }
            None => r,
        };
        if let Some(found) = aux_outcome(w, r, false) {
            let mut m = zero(found.outcome?, found.end);
            m.count_end = w.pos(r);
            return Some(m);
        }
        // "No one was killed or injured": both outcomes denied, as "no casualties" does.
        let (first, end) = either_outcome(r)?;
        let mut m = zero(first, w.pos(end));
        m.count_end = w.pos(r);
        m.count.upper = Some(0);
        return Some(m);
    }
    let mut rest = phrase("no", i).or_else(|| phrase("without", i))?;
    for _ in 0..4 {
        match lookup(&NEGATION_FILLERS, rest) {
            Some((r, ())) => rest = r,
            None => break,
        }
    }
    let (r, outcomes) = lookup_rows(NEGATED, rest)?;
    // "no casualties" denies deaths and injuries both: the zero says so with `upper`.
    outcomes.first().map(|&o| {
        let mut m = zero(o, w.pos(r));
        if outcomes.len() > 1 {
            m.count.upper = Some(0);
        }
        m
    })
}

/// "was killed or injured": auxiliaries and two outcomes joined by "or"; the first outcome and
/// the rest.
fn either_outcome(i: &str) -> Option<(Outcome, &str)> {
    let mut rest = i;
    for _ in 0..3 {
        match lookup(&AUXILIARIES, rest) {
            Some((r, ())) => rest = r,
            None => break,
        }
    }
    let (after, first) = lookup(&AFTER_VICTIMS, rest)?;
    let (end, second) = lookup(&AFTER_VICTIMS, phrase("or", after)?)?;
    (second != first).then_some((first, end))
}

/// "at least 35 troops were killed", "15 wounded", "a policeman was shot dead",
/// "including two officers", "36 bodies", "Bertha Caceres, an activist, was murdered".
fn subject_outcome(
    w: Window<'_>,
    pos: usize,
    before: &[Token],
    earlier: &[RawCasualty],
) -> Option<RawCasualty> {
    let i = w.at(pos);
    let (c, agreement) = match counted(w, i).or_else(|| another_one(w, i)) {
        Some(c) if c.count.value == Some(1) && c.victims.is_some_and(|v| !v.plural) => {
            match second_person(w, &c) {
                Some(both) => (both, Agreement::Plural),
                None => (c, Agreement::Counted),
            }
        }
        Some(c) => (c, Agreement::Counted),
        None => {
            let (c, named) = named_one(w, i)
                .map(|c| (c, true))
                .or_else(|| generic_one(w, i).map(|c| (c, false)))
                .or_else(|| named_subject(w, i, before).map(|c| (c, true)))
                .or_else(|| pronoun(w, i, &PRONOUNS).map(|c| (c, true)))
                .or_else(|| bare_one(w, i, before).map(|c| (c, false)))?;
            // Two after a preposition are no subject: "critiques of the government and the
            // spread of radical Islam died".
            let after_preposition = before
                .last()
                .is_some_and(|t| is_in(&PREPOSITIONS, token_text(w, t)));
            match second_person(w, &c).filter(|_| !after_preposition) {
                Some(both) => (both, Agreement::Plural),
                None => (c, Agreement::Singular { named }),
            }
        }
    };
    let bare = c.victims.is_none() && !c.partitive;
    if bare && (is_year_like(&c.count) || c.count.digits && c.count.value == Some(0)) {
        return None;
    }
    // "The dead included six civilians": members of a toll, said before or not at all.
    let lead = row_ending(w, before, &OUTCOME_LEADS);
    // "killed 11 people - seven civilians and four soldiers -", "19 people died: 12 in the
    // first blast": counts right after a dash or a colon that ends a count are its parts.
    let after_dash = earlier.last().is_some_and(|p| {
        p.end <= c.count_start && PART_MARKS.contains(&w.text[p.end..c.count_start].trim())
    });
    // "including seven civilians and four soldiers": the next part of a list of parts.
    let next_part = before.last().is_some_and(|t| {
        token_text(w, t).eq_ignore_ascii_case("and")
            && earlier
                .last()
                .is_some_and(|p| p.subset && p.end + MAX_AND_DISTANCE >= t.start)
    });
    let subset_cue = ends_with(w, before, &SUBSET_BEFORE) || lead.is_some() || after_dash;
    let along_cue = ends_with(w, before, &ALONG_WITH);
    // "... killed 15 civilians and eight policemen": the policemen share the outcome.
    // So do "two of his bodyguards" after "the mayor of a small town in the Mexican state of
    // Guerrero and".
    let and_cue = before.last().is_some_and(|t| {
        token_text(w, t).eq_ignore_ascii_case("and")
            && earlier.last().is_some_and(|p| {
                p.start < p.count_start
                    && (p.end + MAX_AND_DISTANCE >= t.start || modifier_between(w, p.end, t.start))
            })
    });
    // "a family of six, including an elderly woman, had been killed": a group counted by
    // its size is a noun phrase, whose outcome may follow an appositive.
    let bare_number = bare && lookup(&GROUP_OF, w.at(c.count_start)).is_none();
    let found = if bare_number {
        // A bare number takes its outcome right away: "Four were killed", "17 injured".
        aux_outcome(w, w.at(c.end), true)
    } else {
        let (end, appositive) = skip_conjuncts(w, c.end);
        outcome_after(w, w.at(end), appositive)
    };
    if !agreement.agrees(found) {
        return None;
    }
    let inherited = earlier.last().map(|m| m.outcome);
    let (outcome, subset, end) = match found {
        Some(Found {
            outcome: Some(o),
            subset,
            end,
            ..
        }) => (o, subset, end),
        Some(Found {
            outcome: None,
            subset,
            end,
            ..
        }) => (inherited?, subset, end),
        None if lead.is_some() => (lead?, true, c.end),
        None => {
            let implied = c.victims.and_then(|v| v.implied);
            if let Some(o) = implied {
                (o, false, c.end)
            } else if (subset_cue || along_cue || and_cue || next_part || c.partitive)
                && (!bare || bare_count_ends(w, &c))
            {
                // Borrow the outcome of the count just before, if it is near.
                let prev = earlier.last()?;
                if c.count_start.saturating_sub(prev.end) > MAX_INHERIT_DISTANCE {
                    return None;
                }
                (prev.outcome, subset_cue || next_part || c.partitive, c.end)
            } else {
                return None;
            }
        }
    };
    let mut m = mention(&c, outcome, pos, end);
    m.subset |= subset || subset_cue || c.partitive;
    m.additive |= along_cue || (and_cue && found.is_none()) || found.is_some_and(|f| f.also);
    Some(m)
}

/// Most words of a phrase that modifies victims before the "and" of the next conjunct.
const MAX_MODIFIER_PHRASE_WORDS: usize = 10;
/// Most bytes of such a phrase.
const MAX_MODIFIER_PHRASE_BYTES: usize = 160;

/// Whether `w.text[from..to]` is a phrase that modifies the victims before it ("of a small
/// town in the Mexican state of Guerrero"): it opens with a word of
/// `MODIFYING_PHRASE_STARTS` and holds no punctuation, count, clause word or outcome.
fn modifier_between(w: Window<'_>, from: usize, to: usize) -> bool {
    // Bounded work per count, however far the last mention is.
    if to.saturating_sub(from) > MAX_MODIFIER_PHRASE_BYTES {
        return false;
    }
    let Some(between) = w.text.get(from..to) else {
        return false;
    };
    if between.contains([',', ';', '.', '(', ')']) {
        return false;
    }
    let mut words = words_in(w.text, from, to).map(|(_, wd)| wd);
    let opens = words
        .next()
        .is_some_and(|first| is_in(&MODIFYING_PHRASE_STARTS, first));
    let mut n = 1;
    opens
        && words.all(|wd| {
            n += 1;
            n <= MAX_MODIFIER_PHRASE_WORDS
                && !is_in(&CLAUSE_BREAKS, wd)
                && !is_in(&BEFORE_VICTIMS, wd)
                && numeral(wd).is_err()
        })
}

/// "A radio producer and an announcer": two people the lexicon does not count, joined by
/// "and", make a count of two.
fn second_person(w: Window<'_>, first: &Counted) -> Option<Counted> {
    // Past what the first one is of: "the head of the development council and a clerk".
    // After a comma: "the son of a local official, and a woman who was with him".
    let mut r = w.at(first.end);
    let mut comma = false;
    if let Some(of) = phrase("of", r) {
        r = up_to_and(of, MAX_MODIFIERS, true)?;
        comma = of[..of.len() - r.len()].trim_end().ends_with(',');
    }
    let r = phrase("and", r)?;
    let second = conjunct(w, r)
        .filter(|c| c.count.value == Some(1) && c.victims.is_some_and(|v| !v.plural))
        .or_else(|| generic_one(w, r))
        .or_else(|| named_one(w, r))
        .or_else(|| named(w, r))?;
    // "..., and a soldier was wounded": after a comma, a second person with a verb of its own
    // opens a new clause.
    if comma && lookup(&AUXILIARIES, w.at(second.end)).is_some() {
        return None;
    }
    let v = first.victims?;
    Some(Counted {
        count: first.count.plus(second.count),
        victims: Some(RawVictims {
            end: second.end,
            plural: true,
            ..v
        }),
        end: second.end,
        ..*first
    })
}

/// "activist Nestor Ivan Martinez": a singular victim noun and a name.
fn named_one<'t>(w: Window<'t>, i: &'t str) -> Option<Counted> {
    let (after_noun, v) = noun_phrase(w, i).map(|(e, v)| (w.at(e), v))?;
    if v.plural || v.implied.is_some() {
        return None;
    }
    let (rest, names) = capitalized_words(after_noun);
    if names == 0 {
        return None;
    }
    let end = w.pos(rest);
    Some(one(RawVictims { end, ..v }))
}

/// "Bertha Caceres": a name of two or more capitalized words starting a clause or an
/// appositive ("the chairman of the party in Jos East, Mr. Sam Dung, was ...").
fn named_subject<'t>(w: Window<'t>, i: &'t str, before: &[Token]) -> Option<Counted> {
    let follows_name = before.last().is_some_and(|t| {
        token_text(w, t).starts_with(char::is_uppercase) && !w.text[t.end..w.pos(i)].contains(',')
    });
    if follows_name {
        return None;
    }
    named(w, i)
}

/// A person's name, optionally after an age or a title: "68-year-old Hossain Ali",
/// "Mr. Godwin Bosua".
fn named<'t>(w: Window<'t>, i: &'t str) -> Option<Counted> {
    let mut rest = i;
    if let Ok((r, wd)) = word(rest) {
        if wd.contains("year-old") {
            rest = r;
        }
    }
    let start = w.pos(skip_space(rest));
    // "Mr. Madaki": after a title, a surname alone is a person.
    let mut fewest_names = 2;
    if let Some((r, ())) = lookup(&HONORIFICS, rest) {
        let r = punct('.')(r).map_or(r, |(r, _)| r);
        if word(r).is_ok_and(|(_, n)| n.starts_with(char::is_uppercase)) {
            rest = r;
            fewest_names = 1;
        }
    }
    let (after, names) = capitalized_words(rest);
    if names < fewest_names {
        return None;
    }
    let end = w.pos(after);
    Some(one_person(start, end))
}

/// Capitalized words that are not side names or function words: a person's name.
fn capitalized_words(i: &str) -> (&str, usize) {
    let mut rest = i;
    let mut names = 0;
    while let Ok((r, wd)) = word(rest) {
        let capitalized = wd.starts_with(char::is_uppercase)
            && wd.chars().skip(1).any(char::is_lowercase)
            && !is_side_word(wd)
            && !is_in(&NOT_MODIFIERS, wd)
            && lookup(&NOUNS, rest).is_none();
        if !capitalized || names == MAX_NAME_WORDS {
            break;
        }
        names += 1;
        rest = r;
    }
    (rest, names)
}

/// "a local administrator", "the secretary": a determiner and a singular noun not in the
/// victim lexicon. Only outcomes that befall people make it a count (checked by callers).
fn generic_one<'t>(w: Window<'t>, i: &'t str) -> Option<Counted> {
    let (rest, ()) = lookup(&GENERIC_DETERMINERS, i)?;
    singular_head(w, rest)
}

/// "Local government official has been shot", "a witness says senior official was killed":
/// a singular noun with no determiner, as headlines and wire copy write it. Only where a
/// clause starts: at the start of the sentence or after a verb of saying.
fn bare_one<'t>(w: Window<'t>, i: &'t str, before: &[Token]) -> Option<Counted> {
    let clause_start = before.is_empty() || after_speech(w, before);
    if !clause_start || has_determiner(i) {
        return None;
    }
    singular_head(w, i)
}

/// Whether the word before is a verb of saying: "a witness says senior official was killed".
fn after_speech(w: Window<'_>, before: &[Token]) -> bool {
    before
        .last()
        .is_some_and(|t| is_in(&SPEECH_VERBS, token_text(w, t)))
}

/// Whether a determiner opens `i` ("a", "the", "his", "several", ...).
fn has_determiner(i: &str) -> bool {
    lookup(&ONE, i).is_some() || lookup(&GENERIC_DETERMINERS, i).is_some()
}

/// "murdered director of the presidential palace": an object with no determiner, which
/// wire copy writes only for a post held in some body.
fn bare_object<'t>(w: Window<'t>, i: &'t str) -> Option<Counted> {
    if has_determiner(i) {
        return None;
    }
    let c = singular_head(w, i)?;
    let holder = phrase("of", w.at(c.end))?;
    let (_, next) = word(holder).ok()?;
    (next.starts_with(char::is_uppercase) || lookup(&ONE, holder).is_some()).then_some(c)
}

/// Modifiers and a singular head noun, the determiner already read.
fn singular_head<'t>(w: Window<'t>, i: &'t str) -> Option<Counted> {
    let mut rest = i;
    let start = w.pos(skip_space(rest));
    for _ in 0..=MAX_MODIFIERS {
        let (r, wd) = word(rest).ok()?;
        if !is_modifier(wd) || wd.starts_with(char::is_uppercase) && lookup(&NOUNS, rest).is_none()
        {
            // A capitalized word may modify ("a Hindu priest") but is no head.
            if !(wd.starts_with(char::is_uppercase) && is_modifier(wd)) {
                return None;
            }
            rest = r;
            continue;
        }
        let next_is_word =
            word(r).is_ok_and(|(_, n)| is_modifier(n) && !n.starts_with(char::is_uppercase));
        // "the children", "their men": plurals of the lexicon need no "s" (not as a modifier
        // of a capitalized word: "an elderly Buddhist monk" is one).
        let before_capital = word(r).is_ok_and(|(_, n)| n.starts_with(char::is_uppercase));
        let plural_looking = (wd.ends_with('s') && !wd.ends_with("ss"))
            || (!next_is_word
                && !before_capital
                && lookup(&NOUNS, rest).is_some_and(|(_, noun)| noun.plural));
        if next_is_word && !is_in(&NOUNS, wd) {
            rest = r;
            continue;
        }
        // "Prosecutors say a man was shot": a verb of saying is no head.
        let speech = is_in(&SPEECH_VERBS, wd);
        if plural_looking
            || speech
            || is_in(&NOT_VICTIMS, wd)
            || is_in(&NOT_PERSONS, wd)
            || wd.chars().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        let end = w.pos(r);
        return Some(one_person(start, end));
    }
    None
}

/// "he was gunned down", "shot him dead": a pronoun standing for one person.
fn pronoun(w: Window<'_>, i: &str, table: &Lexicon<()>) -> Option<Counted> {
    let (r, ()) = lookup(table, i)?;
    Some(one_person(w.pos(skip_space(i)), w.pos(r)))
}

/// One person the text names only by a name, a pronoun or a noun outside the lexicon.
fn one_person(start: usize, end: usize) -> Counted {
    one(unnamed_people(start, end, false))
}

/// Victims the words do not class: people of no side ("a man", "20 devotees").
fn unnamed_people(start: usize, end: usize, plural: bool) -> RawVictims {
    RawVictims {
        start,
        end,
        side: None,
        class: VictimClass::Unknown,
        plural,
        implied: None,
        additive: false,
        generic: true,
        civilians_as_such: false,
        against_state: false,
    }
}

/// A count of one for the given victims.
fn one(v: RawVictims) -> Counted {
    Counted {
        count: RawCount::exact(1),
        count_start: v.start,
        count_end: v.start,
        victims: Some(v),
        end: v.end,
        partitive: false,
    }
}

// ---------------------------------------------------------------------------------------
// Cues around a mention
// ---------------------------------------------------------------------------------------

fn cumulative_before(w: Window<'_>, before: &[Token], m: RawCasualty) -> bool {
    // "the anniversary of the killing of 12 protesters": a past incident, remembered.
    let upto = before.partition_point(|t| t.start < m.start);
    let remembered = before[..upto]
        .iter()
        .rev()
        .take(REMEMBERED_LOOKBACK)
        .any(|t| is_in(&REMEMBERED, token_text(w, t)));
    if remembered {
        return true;
    }
    // Only an active verb has a war as its subject: "the conflict has killed".
    if m.start == m.count_start {
        return false;
    }
    // The war must be the subject of a perfect: "the conflict has killed", "a war that has".
    let from = before.len().saturating_sub(CUMULATIVE_LOOKBACK);
    let near = &before[from..];
    let subject_from = before.len().saturating_sub(CUMULATIVE_SUBJECT_LOOKBACK);
    let subject_near = &before[subject_from..];
    subject_near.iter().enumerate().any(|(k, t)| {
        is_in(&CUMULATIVE_SUBJECTS, token_text(w, t))
            && subject_near[k + 1..]
                .iter()
                .any(|a| is_in(&PERFECT, token_text(w, a)))
    }) || near
        .iter()
        .any(|t| token_text(w, t).eq_ignore_ascii_case("which"))
        && near
            .iter()
            .any(|t| is_in(&CUMULATIVE_SUBJECTS, token_text(w, t)))
}

/// "The conflict in Amhara erupted in August 2023 ... It has killed hundreds of people": a
/// sentence opening with "It" and a perfect, right after a sentence that opens with a war,
/// tells the war's toll.
fn war_named_before(w: Window<'_>, sentence_start: usize, before: &[Token]) -> bool {
    let [it, perfect, ..] = before else {
        return false;
    };
    if token_text(w, it) != "It" || !is_in(&PERFECT, token_text(w, perfect)) {
        return false;
    }
    let earlier = w.text[..sentence_start].trim_end();
    let previous_start = earlier
        .trim_end_matches(['.', '!', '?'])
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |p| p + 1);
    words_in(w.text, previous_start, earlier.len())
        .take(MAX_WAR_SUBJECT_WORD)
        .any(|(_, word)| is_in(&CUMULATIVE_SUBJECTS, word))
}

/// Most words into a sentence its war is named as subject ("The civil war in South Sudan").
const MAX_WAR_SUBJECT_WORD: usize = 3;

/// Most words back to the people "of them" names.
const ANTECEDENT_LOOKBACK: usize = 8;

/// Who "two of them" are, when a preposition names them shortly before: "exchanged fire with
/// the attackers, killing two of them" (combatants), "opened fire on worshippers, killing 12 of
/// them" (civilians). The subject before ("Gunmen attacked the village, killing 12 of them")
/// is not read.
fn antecedent_of_them(w: Window<'_>, before: &[Token], m: &RawCasualty) -> Option<RawVictims> {
    lookup(&PARTITIVE_PRONOUNS, w.at(m.count_end))?;
    let from = before.len().saturating_sub(ANTECEDENT_LOOKBACK);
    before[from..].iter().enumerate().rev().find_map(|(k, t)| {
        // After a preposition, or an object after "the" ("pursued the attackers and killed
        // five of them"), never the sentence's opening subject ("The gunmen ...").
        let after_the = (from + k >= MIN_OBJECT_TOKEN).then(|| phrase("the", w.at(t.start)));
        let r = match lookup(&PREPOSITIONS, w.at(t.start)) {
            Some((r, ())) => phrase("the", r).unwrap_or(r),
            None => after_the.flatten()?,
        };
        let (_, v) = victims(w, r)?;
        (v.plural && v.end <= m.count_start).then_some(v)
    })
}

/// The first token of a sentence that may start an object ("The gunmen" is its subject).
const MIN_OBJECT_TOKEN: usize = 2;

/// "The war ... has killed more than 20,000 people and displaced over 12 million": a verb
/// joined by "and" right after a whole-war toll has the same subject.
fn same_toll_verb(w: Window<'_>, earlier: &[RawCasualty], m: &RawCasualty) -> bool {
    earlier
        .last()
        .is_some_and(|previous| previous.cumulative_cue && joined_by_and(w, Some(previous), m))
}

/// Whether only "and" stands between `previous` and `m`.
fn joined_by_and(w: Window<'_>, previous: Option<&RawCasualty>, m: &RawCasualty) -> bool {
    previous.is_some_and(|previous| {
        previous.end <= m.start
            && phrase("and", w.text.get(previous.end..m.start).unwrap_or_default())
                .is_some_and(|rest| rest.trim().is_empty())
    })
}

fn cue_after<T: Copy>(w: Window<'_>, after: &[Token], table: &Lexicon<T>) -> bool {
    after
        .iter()
        .take(CUE_LOOKAHEAD)
        .take_while(|t| !is_in(&CLAUSE_BREAKS, token_text(w, t)))
        .any(|t| lookup(table, w.at(t.start)).is_some())
}

fn aggregate_before(w: Window<'_>, before: &[Token]) -> bool {
    let near = &before[before.len().saturating_sub(SERIES_LOOKBACK)..];
    ends_with(w, before, &TOTAL_BEFORE)
        || near
            .iter()
            .any(|t| lookup(&SERIES_OF, w.at(t.start)).is_some())
}

/// How many words before a count a subject of several incidents is looked for ("a string of
/// attacks across the country killed").
const SERIES_LOOKBACK: usize = 10;

/// "since 2011", "since March 2011", "in 2019 and early 2020", "between 2014 and 2017" after a
/// count make it a toll over years.
fn years_after(w: Window<'_>, after: &[Token]) -> bool {
    let near = &after[..after.len().min(CUE_LOOKAHEAD)];
    let year = |t: &Token| explicit_count(token_text(w, t)).is_some_and(|(_, c)| is_year_like(&c));
    near.iter().enumerate().any(|(k, t)| {
        let lead = token_text(w, t);
        let next_is_year = || near.get(k + 1).is_some_and(year);
        if since_year(w, &after[k..]).is_some() || since_war(w, &after[k..]) {
            return true;
        }
        let span_lead = ["in", "between", "from"]
            .iter()
            .any(|l| lead.eq_ignore_ascii_case(l));
        // A second year within three words of the first: "in 2019 and early 2020".
        span_lead && next_is_year() && near.iter().skip(k + 2).take(3).any(year)
    })
}

/// Most words from a count to a "since" that dates it in a perfect.
const PERFECT_SINCE_LOOKAHEAD: usize = 24;

/// "More than 250 people have been killed ... in the state since May 2023": a perfect dated
/// from a year, however far in its clause, is a toll over the years. `mention` holds the
/// mention's words and the two before it, `after` those after it.
fn perfect_since_year(w: Window<'_>, mention: &[Token], after: &[Token]) -> bool {
    let perfect = |t: &Token| is_in(&PERFECT, token_text(w, t));
    if !mention.iter().any(perfect) {
        return false;
    }
    let near = &after[..after.len().min(PERFECT_SINCE_LOOKAHEAD)];
    for (k, t) in near.iter().enumerate() {
        // "and" may join another perfect to the same time: "killed and about 60,000
        // displaced in ethnic clashes ... since May 2023".
        let word = token_text(w, t);
        // Not the comma inside "60,000".
        let opens_clause = k > 0 && {
            let gap = &w.text[near[k - 1].end..t.start];
            gap.contains([',', ';', ':']) && gap.contains(char::is_whitespace)
        };
        if opens_clause || is_in(&CLAUSE_BREAKS, word) && !word.eq_ignore_ascii_case("and") {
            return false;
        }
        if since_year(w, &after[k..]).is_some() {
            return true;
        }
    }
    false
}

/// Most words between "since" and the war it counts from: "since the Boko Haram insurgency".
const SINCE_WAR_WORDS: usize = 4;

/// "since the insurgency began", "since the civil war erupted": the tokens start a running
/// toll's time, the whole war.
fn since_war(w: Window<'_>, tokens: &[Token]) -> bool {
    since_beginning(w, tokens) == Some(true)
}

/// "since the fighting began", "since the clashes erupted on Sunday": a count after them sums
/// the incidents since (a war's beginning makes it a running toll, see [`since_war`]).
fn since_fighting_after(w: Window<'_>, after: &[Token]) -> bool {
    (0..after.len().min(CUE_LOOKAHEAD)).any(|k| since_beginning(w, &after[k..]) == Some(false))
}

/// "since <up to four words> began": whether the thing that began is a war.
fn since_beginning(w: Window<'_>, tokens: &[Token]) -> Option<bool> {
    let (lead, rest) = tokens.split_first()?;
    if !token_text(w, lead).eq_ignore_ascii_case("since") {
        return None;
    }
    let verb = rest
        .iter()
        .take(SINCE_WAR_WORDS + 1)
        .position(|t| lookup(&WAR_BEGAN, w.at(t.start)).is_some())?;
    Some(
        rest[..verb]
            .iter()
            .any(|t| is_in(&CUMULATIVE_SUBJECTS, token_text(w, t))),
    )
}

/// Most words between "since" and the count it makes a running toll.
const SINCE_LOOKBACK: usize = 20;

/// "Since 2014, more than 300 people have been killed": a running toll from a year named
/// before the count, in its sentence.
fn since_year_before(w: Window<'_>, before: &[Token]) -> bool {
    let Some(last) = before.last() else {
        return false;
    };
    // Bounded, as every cue is: a sentence of many counts costs linear time.
    let near = &before[before.len().saturating_sub(SINCE_LOOKBACK)..];
    (0..near.len()).any(|k| {
        since_year(w, &near[k..]).is_some_and(|year| {
            // In the count's clause: "Since 2014 ...; on Monday it killed 12" is no running
            // toll.
            !w.text[year.end..last.end].contains([';', ':'])
        })
    })
}

/// "since 2014", "since October 2014": the tokens start a running toll's time; the year's.
fn since_year<'t>(w: Window<'_>, tokens: &'t [Token]) -> Option<&'t Token> {
    let (lead, rest) = tokens.split_first()?;
    if !token_text(w, lead).eq_ignore_ascii_case("since") {
        return None;
    }
    // "since October 7", "since 7 October": a day of a month, which news counts from only
    // when it lies weeks back (a recent day is a weekday: "since Thursday").
    let day_of_month = |t: &Token| {
        let text = token_text(w, t);
        let digits = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        digits.len() <= 2 && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    match rest {
        [month, day, ..] if is_in(&MONTHS, token_text(w, month)) && day_of_month(day) => {
            return Some(day);
        }
        [day, month, ..] if day_of_month(day) && is_in(&MONTHS, token_text(w, month)) => {
            return Some(month);
        }
        _ => {}
    }
    // "Since the start of the year, ...": a period that opens a running toll.
    if let Some((after, ())) = rest
        .first()
        .and_then(|t| lookup(&PERIOD_STARTS, w.at(t.start)))
    {
        let end = w.pos(after);
        return rest.iter().take_while(|t| t.end <= end).last();
    }
    let rest = match rest.split_first() {
        Some((month, after)) if is_in(&MONTHS, token_text(w, month)) => after,
        // "since the 1990s".
        Some((the, after)) if token_text(w, the).eq_ignore_ascii_case("the") => after,
        _ => rest,
    };
    let is_year = |t: &Token| {
        let text = token_text(w, t);
        let decade = text.strip_suffix('s').filter(|d| d.ends_with('0'));
        explicit_count(decade.unwrap_or(text)).is_some_and(|(_, c)| is_year_like(&c))
    };
    let year = rest.first()?;
    if is_year(year) {
        return Some(year);
    }
    // "since the army seized power in February 2021": a clause that dates what began it.
    let mut previous = lead;
    for t in rest.iter().take(MAX_SINCE_CLAUSE_WORDS) {
        if w.text[previous.end..t.start].contains([',', ';', '.', ':']) {
            return None;
        }
        if is_year(t) {
            return Some(t);
        }
        previous = t;
    }
    None
}

/// Most words between "since" and the year that dates its clause ("since the army seized
/// power in February 2021").
const MAX_SINCE_CLAUSE_WORDS: usize = 8;

/// "in 24 hours", "over the past two days", "in two days of attacks".
fn time_span_after(w: Window<'_>, after: &[Token]) -> bool {
    let near = &after[..after.len().min(4)];
    near.iter().any(|t| time_span_at(w, t).is_some())
}

/// Most words a time span may stand before the verb of its count: "over the past 24 hours
/// and killed 1,150".
const TIME_SPAN_BEFORE_WORDS: usize = 3;

/// "repelled 25 attacks over the past 24 hours and killed 1,150 soldiers": a time span
/// right before the verb of a count sums its incidents too.
fn time_span_before(w: Window<'_>, before: &[Token], count_start: usize) -> bool {
    let from = before.len().saturating_sub(TIME_SPAN_BEFORE_WORDS + 6);
    let near = &before[from..];
    near.iter().any(|t| {
        // A measured span, not "Earlier in the day".
        time_span_at(w, t).is_some_and(|(end, measured)| {
            let between = near
                .iter()
                .filter(|b| b.start >= end && b.start < count_start);
            measured && between.count() <= TIME_SPAN_BEFORE_WORDS
        })
    })
}

/// Where a time span starting at `t` ends, and whether it is measured (a number, "past" or
/// "last"): "in the past 24 hours", "over two days"; "in the day" is not measured.
fn time_span_at(w: Window<'_>, t: &Token) -> Option<(usize, bool)> {
    // The table's first-byte index rejects most words before reading them.
    let (mut rest, ()) = lookup(&SPAN_LEADS, w.at(t.start))?;
    let mut measured = false;
    // At most one of each ("the past"): bounded work per word.
    for _ in 0..SPAN_FILLERS.rows().len() {
        let Some((r, measures)) = lookup(&SPAN_FILLERS, rest) else {
            break;
        };
        measured |= measures;
        rest = r;
    }
    if let Ok((r, _)) = numeral(rest) {
        measured = true;
        rest = r;
    }
    lookup(&SPAN_UNITS, rest).map(|(r, ())| (w.pos(r), measured))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Vec<RawCasualty> {
        let mut out = Vec::new();
        scan_sentence(s, 0, s.len(), s.len(), &mut Scratch::default(), &mut out);
        out
    }

    fn values(s: &str) -> Vec<(Outcome, Option<u64>)> {
        scan(s).iter().map(|m| (m.outcome, m.count.value)).collect()
    }

    #[test]
    fn subject_then_outcome() {
        use Outcome::*;
        assert_eq!(
            values("At least 35 regime troops were killed."),
            [(Killed, Some(35))]
        );
        assert_eq!(
            values("Twenty-three others were injured"),
            [(Injured, Some(23))]
        );
        assert_eq!(values("A policeman was shot dead"), [(Killed, Some(1))]);
    }

    #[test]
    fn verb_then_object() {
        use Outcome::*;
        assert_eq!(
            values("gunmen attacked, killing 13 more pro-Assad fighters"),
            [(Killed, Some(13))]
        );
        assert_eq!(
            values("the blast killed 11 people and wounded another 26"),
            [(Killed, Some(11)), (Injured, Some(26))]
        );
    }
}
