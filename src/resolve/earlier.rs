//! Counts of earlier incidents an article recalls ("In 2014, Islamic State militants killed
//! 1,700 cadets"), found once the article's dates are resolved.

use chrono::{Duration, NaiveDate};

use crate::casualty::{Casualty, Outcome};
use crate::grammar::words::lookup;
use crate::lexicon::time::DATE_LEADS;
use crate::text::Sentence;
use crate::time::Timex;

/// How many days before the article's date a date must end for a sentence it opens to recall
/// an earlier incident: "last week" is still the news, "In March" of a report of June is not.
const EARLIER_DAYS: i64 = 30;

/// Flags `earlier` the counts of sentences that open with a date ending a month or more
/// before `reference` ("In 2014, ...", "Back in March, ..."), when another count of their
/// outcome tells of something later; returns whether any flag was set.
pub(crate) fn mark_earlier_incidents(
    text: &str,
    sentences: &[Sentence],
    casualties: &mut [Casualty],
    timexes: &[Timex],
    reference: Option<NaiveDate>,
) -> bool {
    let Some(cutoff) = reference.and_then(|r| r.checked_sub_signed(Duration::days(EARLIER_DAYS)))
    else {
        return false;
    };
    let mut any = false;
    for c in casualties.iter_mut() {
        if c.flags.cumulative || c.flags.negated {
            continue;
        }
        let si = sentences.partition_point(|s| s.end <= c.span.start);
        let Some(s) = sentences.get(si).filter(|s| s.start <= c.span.start) else {
            continue;
        };
        let Some(date) = opening_date(text, s, timexes).filter(|t| t.span.end <= c.span.start)
        else {
            continue;
        };
        if date.interval.is_some_and(|i| i.end.date() <= cutoff) {
            c.flags.earlier = true;
            any = true;
        }
    }
    if !any {
        return false;
    }
    // An article that tells only of an earlier incident reports it: its counts stay. The
    // outcomes told of later are found in one pass, so many counts stay linear.
    let mut later: Vec<Outcome> = Vec::new();
    for c in casualties.iter() {
        let tells_later =
            !c.flags.earlier && !c.flags.cumulative && !c.flags.negated && c.count.best().is_some();
        if tells_later && !later.contains(&c.outcome) {
            later.push(c.outcome);
        }
    }
    let mut kept = false;
    for c in casualties.iter_mut().filter(|c| c.flags.earlier) {
        c.flags.earlier = later.contains(&c.outcome);
        kept |= c.flags.earlier;
    }
    kept
}

/// The date that opens sentence `s`, alone or after a lead ("In 2014,", "Back in March,");
/// `timexes` are in text order.
pub(crate) fn opening_date<'t>(
    text: &str,
    s: &Sentence,
    timexes: &'t [Timex],
) -> Option<&'t Timex> {
    let first = timexes.get(timexes.partition_point(|t| t.span.start < s.start))?;
    let before = text.get(s.start..first.span.start)?.trim();
    let opens =
        before.is_empty() || lookup(&DATE_LEADS, before).is_some_and(|(rest, ())| rest.is_empty());
    (opens && first.span.end <= s.end).then_some(first)
}
