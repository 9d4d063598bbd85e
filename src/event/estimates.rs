//! Conflicting estimates: two sources' figures for the same victims ("police said seven were
//! killed, although villagers said more than 10"). UCDP codes them as one event whose low is
//! the lowest figure and whose high the highest; the casualties say so with
//! [`CasualtyFlags::conflicting`](crate::CasualtyFlags::conflicting).

use crate::casualty::{Casualty, Qualifier, VictimClass};
use crate::event::SideCasualties;
use crate::grammar::words::{is_in, lookup, words_in};
use crate::lexicon::events::{
    CONTRASTS, ESTIMATE_VERBS, OTHER_ESTIMATES, OTHER_INCIDENT_WORDS, PART_OPENERS, TOLL_RISES,
};
use crate::span::Span;
use crate::text::{floor_boundary, sentence_of, Sentence};

use super::actors::source_in;
use super::assemble::names_new_place;

/// How many earlier counts a count is set against.
const MAX_EARLIER: usize = 4;
/// How many sentences apart two estimates may be.
const MAX_SENTENCES_APART: usize = 3;
/// Most bytes between two estimates in one sentence.
const MAX_GAP: usize = 400;
/// Most bytes of a sentence read on either side of a count for its cues and source.
const MAX_CLAUSE_BYTES: usize = 400;

/// Marks the counts that give another source's figure for victims an earlier count gives,
/// and that count: a contrast with a verb of report between them ("..., although villagers
/// said more than 10 people were killed"), words of another estimate ("Other sources put the
/// toll at 35"), or, in a later sentence, another named source ("..., police said. Residents
/// said 18 people were killed"). Updates ("the toll rose to 18") and other incidents ("in a
/// separate attack") are no conflict.
pub(crate) fn mark_conflicting_counts(
    text: &str,
    sentences: &[Sentence],
    casualties: &mut [Casualty],
) {
    let estimate = |c: &Casualty| {
        c.count.best().is_some()
            && c.count.qualifier != Qualifier::Vague
            && !(c.flags.cumulative
                || c.flags.subset
                || c.flags.negated
                || c.flags.additive
                || c.flags.claimed)
    };
    let mut earlier: Vec<usize> = Vec::with_capacity(MAX_EARLIER);
    for j in 0..casualties.len() {
        if !estimate(&casualties[j]) {
            continue;
        }
        let later = &casualties[j];
        let later_sentence = sentence_of(sentences, later.span.start);
        let conflicting_with = earlier.iter().rev().copied().find(|&i| {
            let first = &casualties[i];
            let first_sentence = sentence_of(sentences, first.span.start);
            first.outcome == later.outcome
                && first.count.best() != later.count.best()
                && within_reach(first, later)
                && first.count.span.end <= later.count.span.start
                && later_sentence - first_sentence <= MAX_SENTENCES_APART
                && same_victims(first, later)
                && (!(first.flags.aggregate || later.flags.aggregate)
                    || bare_toll(first)
                    || bare_toll(later))
                && told_apart(
                    text,
                    sentences,
                    first,
                    later,
                    first_sentence,
                    later_sentence,
                )
        });
        if let Some(i) = conflicting_with {
            // The earlier figure may be told in parts ("at least seven people and at least
            // one policeman"): all of its sentence's counts of these victims are that figure.
            let first_sentence = sentence_of(sentences, casualties[i].span.start);
            let parts: Vec<usize> = earlier
                .iter()
                .copied()
                .filter(|&k| {
                    let part = &casualties[k];
                    part.outcome == casualties[j].outcome
                        && sentence_of(sentences, part.span.start) == first_sentence
                        && (!casualties[i].flags.conflicting
                            || part.estimate == casualties[i].estimate)
                        && same_victims(part, &casualties[j])
                })
                .collect();
            let id = parts.first().copied().unwrap_or(i);
            for k in parts {
                casualties[k].flags.conflicting = true;
                casualties[k].estimate = id;
            }
            casualties[j].flags.conflicting = true;
            casualties[j].estimate = j;
        }
        if earlier.len() == MAX_EARLIER {
            earlier.remove(0);
        }
        earlier.push(j);
    }
}

/// How many times the lower of two figures for the same victims the higher may be: "four
/// people" and "1,150 Russian soldiers" count other victims.
const MAX_ESTIMATE_RATIO: u64 = 4;

/// Whether two figures are near enough to be estimates of the same victims.
fn within_reach(a: &Casualty, b: &Casualty) -> bool {
    match (a.count.best(), b.count.best()) {
        (Some(x), Some(y)) => x.max(y) <= x.min(y).saturating_mul(MAX_ESTIMATE_RATIO),
        _ => false,
    }
}

/// A toll that names no victims ("put the death toll at 70"): another figure for a sum over
/// days or places, where a count of people after a sum ("One strike hit a school, killing 15
/// people") is one of its parts.
fn bare_toll(c: &Casualty) -> bool {
    c.victims.span.start == c.victims.span.end
}

/// Whether two counts may count the same victims: the same side, or "people" of no side.
pub(crate) fn same_victims(a: &Casualty, b: &Casualty) -> bool {
    let anyone = |c: &Casualty| c.victims.side.is_none() && c.victims.class == VictimClass::Unknown;
    anyone(a)
        || anyone(b)
        || (a.victims.side == b.victims.side && a.victims.class == b.victims.class)
}

/// Whether the words around `later` give it as another source's figure than `first`'s.
fn told_apart(
    text: &str,
    sentences: &[Sentence],
    first: &Casualty,
    later: &Casualty,
    first_sentence: usize,
    later_sentence: usize,
) -> bool {
    let Some(sentence) = sentences.get(later_sentence) else {
        return false;
    };
    // The later count's clause: from its sentence (or the first count) to its end, within
    // the bytes around it (bounded work per count, however long the sentence).
    let around_later = around(text, sentence, later.count.span.start, later.span.end);
    let from = around_later.start.max(first.span.end);
    let clause = Span::new(from, later.span.end.min(sentence.end).max(from));
    let after_end = around_later.end.max(clause.end);
    // "in a separate attack" (after the count too), "the toll had risen to 9"; not "Another
    // resident said".
    let words: Vec<&str> = words_in(text, clause.start, after_end)
        .map(|(_, w)| w)
        .collect();
    let clause_words = words_in(text, clause.start, clause.end).count();
    let other_incident = words.iter().enumerate().any(|(k, w)| {
        is_in(&OTHER_INCIDENT_WORDS, w)
            && !words
                .get(k + 2)
                .is_some_and(|verb| is_in(&ESTIMATE_VERBS, verb))
    });
    if other_incident || words[..clause_words].iter().any(|w| is_in(&TOLL_RISES, w)) {
        return false;
    }
    let opens_with_part = words_in(text, sentence.start, sentence.end)
        .next()
        .is_some_and(|(at, _)| lookup(&PART_OPENERS, &text[at..after_end.max(at)]).is_some());
    if opens_with_part && first_sentence != later_sentence {
        return false;
    }
    // "..., disputing the U.N. death toll of 56": the words may follow the count.
    let other_estimate = words_in(text, clause.start, after_end)
        .any(|(at, _)| lookup(&OTHER_ESTIMATES, &text[at..after_end]).is_some());
    if other_estimate {
        return true;
    }
    // Else, a place the first count's words do not name is another incident's.
    let Some(first_words) = sentences.get(first_sentence) else {
        return false;
    };
    let before_end = if first_sentence == later_sentence {
        from
    } else {
        first_words.end
    };
    let before = Sentence {
        start: around(text, first_words, first.span.start, first.span.end)
            .start
            .min(before_end),
        end: before_end,
        ..*first_words
    };
    let after = Sentence {
        start: from,
        end: after_end,
        ..*sentence
    };
    if names_new_place(text, &before, &after) {
        return false;
    }
    if first_sentence == later_sentence {
        return later.count.span.start - first.span.end <= MAX_GAP
            && contrast_then_report(text, first.span.end, later.count.span.start);
    }
    // "However, officials said 32 civilians were killed": a sentence set against the one
    // before.
    let opens_with_contrast = words_in(text, sentence.start, sentence.end)
        .next()
        .is_some_and(|(_, w)| is_in(&CONTRASTS, w));
    if opens_with_contrast && contrast_then_report(text, clause.start, later.count.span.start) {
        return true;
    }
    // Another sentence: each names its source, and not the same one; the later one maybe
    // only as the subject of its estimate ("Local officials put the death toll at 70"). Its
    // fighters' dead are never another figure for people ("killed all six attackers" after
    // "21 people dead").
    let fighters = |c: &Casualty| c.victims.class == VictimClass::Combatant;
    if fighters(first) != fighters(later) {
        return false;
    }
    // "The state police command confirmed the attack but said only 9 bodies had been
    // recovered": a contrast and a verb of report before the count in its own sentence.
    let own_clause_start = clause.start.max(sentence.start);
    if contrast_then_report(text, own_clause_start, later.count.span.start) {
        return true;
    }
    let source_of =
        |s: &Sentence, c: &Casualty| source_in(text, around(text, s, c.span.start, c.span.end));
    let Some(first_source) = source_of(first_words, first) else {
        return false;
    };
    let later_source = match source_of(sentence, later) {
        Some(b) if b.claim => return false,
        Some(b) => b.name,
        None => match estimate_subject(text, sentence, later.count.span.start) {
            Some(subject) => subject.to_owned(),
            None => return false,
        },
    };
    !first_source.claim && !same_source(&first_source.name, &later_source)
}

/// The bytes of `sentence` within [`MAX_CLAUSE_BYTES`] of `text[start..end]`.
fn around(text: &str, sentence: &Sentence, start: usize, end: usize) -> Span {
    let from = sentence
        .start
        .max(floor_boundary(text, start.saturating_sub(MAX_CLAUSE_BYTES)));
    let to = sentence
        .end
        .min(floor_boundary(text, end.saturating_add(MAX_CLAUSE_BYTES)))
        .max(from);
    Span::new(from, to)
}

/// Most words of the subject of an estimate's verb.
const MAX_SUBJECT_WORDS: usize = 5;

/// The words before the first verb of estimate in `sentence`, before `to`, when they are a
/// short subject: "Local officials" in "Local officials put the death toll at 70".
fn estimate_subject<'t>(text: &'t str, sentence: &Sentence, to: usize) -> Option<&'t str> {
    let (at, _) = words_in(text, sentence.start, to)
        .take(MAX_SUBJECT_WORDS + 1)
        .find(|(_, w)| is_in(&ESTIMATE_VERBS, w))?;
    let subject = text[sentence.start..at].trim();
    (!subject.is_empty()).then_some(subject)
}

/// A contrast, then a verb of report, in `text[from..to]`: "although villagers said".
fn contrast_then_report(text: &str, from: usize, to: usize) -> bool {
    let mut contrast = false;
    for (_, w) in words_in(text, from, to) {
        if is_in(&CONTRASTS, w) {
            contrast = true;
        } else if contrast && is_in(&ESTIMATE_VERBS, w) {
            return true;
        }
    }
    false
}

/// Two names of one source, but for case and a leading article: "Police", "the police".
fn same_source(a: &str, b: &str) -> bool {
    bare_name(a).eq_ignore_ascii_case(bare_name(b))
}

fn bare_name(name: &str) -> &str {
    let name = name.trim();
    ["the ", "The ", "a ", "A "]
        .iter()
        .find_map(|d| name.strip_prefix(d))
        .unwrap_or(name)
}

/// Widens each counted row read from one conflicting count to the other estimates of its
/// victims in the event: low to the lowest figure, high to the highest (UCDP's low and high
/// of disputed tolls), with their counts as evidence. An estimate told in parts in one
/// sentence is their sum.
pub(crate) fn span_conflicting_estimates(
    rows: &mut [SideCasualties],
    mentions: &[usize],
    casualties: &[Casualty],
) {
    for row in rows.iter_mut().filter(|r| r.counted) {
        let [span] = row.evidence[..] else { continue };
        let Some(own) = mentions
            .iter()
            .map(|&k| &casualties[k])
            .find(|c| c.count.span == span && c.flags.conflicting)
        else {
            continue;
        };
        // Each other estimate, in text order, its parts summed.
        let mut estimates: Vec<Figures> = Vec::new();
        for peer in mentions.iter().map(|&k| &casualties[k]) {
            if !peer.flags.conflicting
                || peer.outcome != own.outcome
                || peer.estimate == own.estimate
                || !same_victims(own, peer)
            {
                continue;
            }
            let figures = Figures::of(peer);
            match estimates.last_mut() {
                Some(e) if e.estimate == peer.estimate => e.add(figures),
                _ => estimates.push(figures),
            }
            row.evidence.push(peer.count.span);
        }
        for e in estimates {
            row.low = match (row.low, e.low) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            // A row of no upper bound keeps none; "at least 115" states 115 at most.
            if let (Some(a), Some(b)) = (row.high, e.stated_high) {
                row.high = Some(a.max(b));
            }
            // The best is the highest best figure, as in the article's total.
            if let (Some(a), Some(b)) = (row.best, e.best) {
                row.best = Some(a.max(b));
            }
        }
        row.evidence.sort_unstable();
    }
}

/// One estimate's figures: low, best, and the highest figure it states.
struct Figures {
    estimate: usize,
    low: Option<u64>,
    best: Option<u64>,
    stated_high: Option<u64>,
}

impl Figures {
    fn of(c: &Casualty) -> Figures {
        Figures {
            estimate: c.estimate,
            low: c.count.low(),
            best: c.count.best(),
            stated_high: c.count.high().or(c.count.best()),
        }
    }

    /// Adds a part of the same estimate.
    fn add(&mut self, part: Figures) {
        let sum = |a: Option<u64>, b: Option<u64>| a.zip(b).map(|(a, b)| a.saturating_add(b));
        self.low = sum(self.low, part.low);
        self.best = sum(self.best, part.best);
        self.stated_high = sum(self.stated_high, part.stated_high);
    }
}
