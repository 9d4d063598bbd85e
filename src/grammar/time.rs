//! Temporal expressions in running text → raw, dateline-free expressions with byte offsets.
//!
//! Nothing here knows the article's date: "last Friday" comes out as a weekday shifted by
//! one week back, to be resolved later against whatever reference the caller has.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;

use super::number::numeral;
use super::words::{is_in, lookup, lookup_rows, phrase, punct, skip_space, word};
use crate::casualty::Qualifier;
use crate::lexicon::numbers::{SCALES, SMALL};
use crate::lexicon::qualifiers::BEFORE_NUMBER;
use crate::lexicon::table::{first_word, Fnv, Lexicon};
use crate::lexicon::time::{
    DayHalf, Holiday, Position, Reference, Unit, AFTER_ARTICLE, AFTER_PERIODICAL, ANCHORED_SHIFTS,
    BEFORE_MONTH, CENTURY_ORDINALS, CLOCK_DAY_HALVES, CLOCK_HOURS, DAY_PARTS, DECADE_WORDS,
    FREQUENCIES, FUTURE_CUES, HOLIDAYS, MERIDIEMS, MONTHS, NOT_PAST, ORDINALS, PAST_VERBS,
    POSITIONS, REFERENCES, RELATIVE_DAYS, SEASONS, SHIFTS, SPAN_ADJECTIVES, STARTERS,
    TIME_AFTER_COUNT, TIME_ZONES, UNITS, VAGUE_AMOUNTS, VAGUE_SPANS, WEEKDAYS, YEAR_BEFORE_WORDS,
    YEAR_ENDS,
};
use crate::lexicon::victims::NOUNS;

/// Years a bare four-digit number may be in news ("in 1988", "the 1988 period").
const NEWS_YEARS: std::ops::RangeInclusive<i32> = 1800..=2199;
/// How far back a future cue ("will") is looked for.
const FUTURE_LOOKBACK: usize = 8;
/// How far before and after an expression a past-tense verb is looked for.
const PAST_LOOKBACK: usize = 4;
const PAST_LOOKAHEAD: usize = 2;
/// How far after an expression a future cue is looked for.
const FUTURE_LOOKAHEAD: usize = 4;

/// A temporal expression as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    /// Any of year, month, day: "April 9, 2019", "9 April", "June", "March 2019", "2014".
    Calendar {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// "Saturday, 20 April, 2019 - 09:00": a full date with a time of day.
    DateTime {
        year: i32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
    },
    /// "last November", "this September".
    ShiftedMonth { month: u32, shift: i32 },
    /// "June last year", "January this year": a month of the year before, this one or the
    /// next.
    MonthOfYear { month: u32, shift: i32 },
    /// "03/09/2017": day and month order is a policy.
    Slashed { first: u32, second: u32, year: i32 },
    /// "the 1990s": the first three digits.
    Decade(i32),
    /// "the 20th century": the first two digits of its years (19).
    Century(i32),
    /// "by year-end", "since year-end": the end of the year the tense points to.
    YearEnd,
    /// "Friday", "last Friday", "next Monday".
    Weekday { day: u32, shift: Option<i32> },
    /// "today" (0), "yesterday" (-1), "tomorrow" (1), "the previous day".
    RelativeDay { offset: i64, anchored: bool },
    /// "last week", "this year", "next month"; "the following year", "that month", "the same
    /// week" are `anchored`: shifted from the last date the text gave.
    Shifted {
        unit: Unit,
        shift: i32,
        anchored: bool,
    },
    /// "the third quarter", "third-quarter", "the quarter", "fourth quarter of 1989", "the
    /// 1988 second quarter", "next year's first quarter" (`year_shift`).
    Quarter {
        n: Option<u32>,
        year: Option<i32>,
        shift: Option<i32>,
        year_shift: Option<i32>,
    },
    /// "the first half".
    Half { n: u32, year: Option<i32> },
    /// "last summer", "spring 2019", "this past spring" (`latest`: the last one over).
    Season {
        code: &'static str,
        year: Option<i32>,
        shift: Option<i32>,
        latest: bool,
    },
    /// "year-earlier", "the year-ago quarter" (`quarter`): a year before the period under
    /// report.
    YearBefore { quarter: bool },
    /// "two days ago", "a year earlier", "three years later".
    Ago {
        unit: Unit,
        n: u32,
        direction: i32,
        anchored: bool,
    },
    /// "24 hours", "two days", "eight-year", "recent months" (no number); `half` adds half a
    /// unit ("5 1/2 hours", "a minute and a half").
    Duration {
        unit: Unit,
        n: Option<u32>,
        half: bool,
    },
    /// "now", "recently", "the future".
    Reference(Reference),
    /// "daily", "every Friday", "each July", "each year".
    Set {
        unit: Option<Unit>,
        weekday: Option<u32>,
        month: Option<u32>,
        /// The TIMEX3 code of a season: "every summer".
        season: Option<&'static str>,
    },
    /// "10:30 a.m.", "3 p.m.".
    Clock { hour: u32, minute: u32 },
    /// "Thanksgiving Day", "last Christmas", "Easter week" (`week`: the week it falls in).
    Holiday {
        holiday: Holiday,
        shift: Option<i32>,
        week: bool,
    },
}

/// One temporal expression with its offsets and the words around it that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawTimex {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    /// "Friday night": NI.
    pub part: Option<&'static str>,
    /// "early June", "late 2019".
    pub position: Option<Position>,
    /// The clock time given with a day: "9 a.m. Tuesday", "noon Thursday".
    pub clock: Option<(u32, u32)>,
    /// "more than four decades ago", "at least 72 hours".
    pub qualifier: Option<Qualifier>,
    /// The tense the sentence speaks in, as far as cue words tell.
    pub tense: Tense,
}

/// What the words around an expression say of its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// "will", "next", "scheduled" before it.
    Future,
    /// A past-tense verb in the sentence ("began in May", "a deal inked in September").
    Past,
    /// No cue.
    Unknown,
}

/// Parses at `i`, a suffix of the text ending at the text's end; returns the expression and
/// the rest of the input.
/// An expression with what surrounds it in the grammar's view.
struct Parsed<'a> {
    rest: &'a str,
    expr: Expr,
    part: Option<&'static str>,
    position: Option<Position>,
    qualifier: Option<Qualifier>,
    clock: Option<(u32, u32)>,
}

/// A lone "May" before a lower-case word is the month only after a word that leads to one
/// ("in May and June", "since May this year" is read whole): "Theresa May said", "May God".
fn is_name_or_modal_may(p: &Parsed<'_>, first: &str, before: Option<&str>) -> bool {
    let lone = matches!(
        p.expr,
        Expr::Calendar {
            year: None,
            month: Some(5),
            day: None,
        }
    );
    let verb_after = word(p.rest).is_ok_and(|(_, n)| n.chars().all(char::is_lowercase));
    lone && first == "May"
        && p.part.is_none()
        && verb_after
        && !before.is_some_and(|w| is_in(&BEFORE_MONTH, w))
}

/// "the editor of a weekly and", "a daily, the Nation": a frequency word after an article with
/// no noun after it names a newspaper.
fn names_a_periodical(p: &Parsed<'_>, before: Option<&str>) -> bool {
    let Expr::Set {
        unit: Some(_),
        weekday: None,
        month: None,
        season: None,
    } = p.expr
    else {
        return false;
    };
    let after_article =
        before.is_some_and(|w| ["a", "the"].iter().any(|a| w.eq_ignore_ascii_case(a)));
    let no_noun_after = match word(p.rest) {
        Ok((_, next)) => is_in(&AFTER_PERIODICAL, next),
        Err(_) => true,
    };
    after_article && no_noun_after
}

/// "52 years old" is an age and "$2 million a year" a rate, not spans of time.
fn is_age_or_rate(p: &Parsed<'_>, before: Option<&str>) -> bool {
    let Expr::Duration { n: Some(n), .. } = p.expr else {
        return false;
    };
    let age = phrase("old", p.rest).is_some();
    // "a year" right after an amount or a plural noun: "$1.76 a year", "700 seats a week".
    let rate = n == 1
        && before.is_some_and(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                || SCALES.iter().any(|(s, _)| w.eq_ignore_ascii_case(s))
                || (w.len() > 3 && w.ends_with('s') && w.starts_with(char::is_lowercase))
        });
    age || rate
}

/// A clock time followed by its day is one expression: "9 a.m. Tuesday", "4 a.m. EDT
/// Thursday", "5 p.m. EST, Nov. 9", "noon Saturday", "midnight Friday".
fn with_day_after_clock(p: Parsed<'_>) -> Parsed<'_> {
    let Expr::Clock { hour, minute } = p.expr else {
        return p;
    };
    if p.qualifier.is_some() {
        return p;
    }
    let r = lookup(&TIME_ZONES, p.rest).map_or(p.rest, |(r, ())| r);
    let r = punct(',')(r).map_or(r, |(r, _)| r);
    let r = phrase("on", r).unwrap_or(r);
    let day = weekday(r)
        .filter(|(_, e, part)| matches!(e, Expr::Weekday { .. }) && part.is_none())
        .or_else(|| {
            calendar(r).filter(|(_, e, _)| matches!(e, Expr::Calendar { day: Some(_), .. }))
        })
        .or_else(|| {
            relative_day(r).filter(|(_, e, part)| {
                matches!(
                    e,
                    Expr::RelativeDay {
                        anchored: false,
                        ..
                    }
                ) && part.is_none()
            })
        });
    match day {
        Some((rest, expr, None)) => Parsed {
            rest,
            expr,
            clock: Some((hour, minute)),
            ..p
        },
        _ => p,
    }
}

/// An expression, with a count qualifier on durations and "ago" expressions ("more than four
/// decades ago", "at least 72 hours"). The qualifier counts only before a number.
fn expression(i: &str) -> Option<Parsed<'_>> {
    if let Some((rest, q)) = lookup(&BEFORE_NUMBER, i) {
        let number_follows =
            numeral(rest).is_ok() || phrase("a", rest).is_some() || phrase("an", rest).is_some();
        if number_follows {
            // The core parser, not this one: one qualifier, no recursion.
            if let Some((rest, expr, part, None)) = expression_core(rest) {
                // TimeBank leaves "about" and "almost" out of a duration ("about five hours"),
                // but keeps "nearly" ("nearly forty years") and every qualifier of a distance
                // ("almost four years ago").
                let approximate = matches!(q, Qualifier::About | Qualifier::Almost);
                let nearly = phrase("nearly", i).is_some();
                let kept = match expr {
                    Expr::Ago { .. } => true,
                    Expr::Duration { .. } => !approximate || nearly,
                    _ => false,
                };
                if kept {
                    return Some(Parsed {
                        rest,
                        expr,
                        part,
                        position: None,
                        qualifier: Some(q),
                        clock: None,
                    });
                }
            }
        }
    }
    let (rest, expr, part, position) = expression_core(i)?;
    Some(Parsed {
        rest,
        expr,
        part,
        position,
        qualifier: None,
        clock: None,
    })
}

fn expression_core(i: &str) -> Option<(&str, Expr, Option<&'static str>, Option<Position>)> {
    // "early June", "late November", "mid-2019", "the end of 2018".
    let (i, position) = match lookup(&POSITIONS, i) {
        Some((rest, p)) => (rest.strip_prefix('-').unwrap_or(rest), Some(p)),
        // "mid-November", "late-2019": one word.
        None => match hyphenated_position(i) {
            Some((rest, p)) => (rest, Some(p)),
            None => (i, None),
        },
    };
    let (rest, expr, part) = iso_date(i)
        .or_else(|| slashed(i))
        .or_else(|| calendar(i))
        .or_else(|| decade(i))
        .or_else(|| century(i))
        .or_else(|| year_end(i))
        .or_else(|| weekday(i))
        .or_else(|| holiday(i))
        .or_else(|| relative_day(i))
        .or_else(|| quarter(i))
        .or_else(|| season(i, position.is_some()))
        .or_else(|| ago(i))
        .or_else(|| shifted(i))
        .or_else(|| duration(i))
        .or_else(|| clock(i))
        .or_else(|| set(i))
        .or_else(|| reference(i))?;
    // A position word must modify a calendar period, not a duration or a reference.
    if position.is_some()
        && matches!(
            expr,
            Expr::Duration { .. } | Expr::Reference(_) | Expr::Set { .. }
        )
    {
        return None;
    }
    Some((rest, expr, part, position))
}

/// A position word joined by a hyphen to what it modifies: "mid-November", "late-2019".
fn hyphenated_position(i: &str) -> Option<(&str, Position)> {
    let s = skip_space(i);
    let (_, w) = word(s).ok()?;
    let (head, _) = w.split_once('-')?;
    match lookup(&POSITIONS, head)? {
        ("", p) => Some((&s[head.len() + 1..], p)),
        _ => None,
    }
}

/// A year in words: "nineteen ninety-six", "two thousand", "two thousand and one" (not
/// "twenty eight", which is a count).
fn year_in_words(i: &str) -> Option<(&str, i32)> {
    let (r, first) = word(i).ok()?;
    let century = match first.to_ascii_lowercase().as_str() {
        "nineteen" => 1900,
        "eighteen" => 1800,
        "two" => {
            let r2 = phrase("thousand", r)?;
            let r3 = phrase("and", r2).unwrap_or(r2);
            return match numeral(r3) {
                Ok((r4, (n, _))) if n < 100 => Some((r4, 2000 + n as i32)),
                _ => Some((r2, 2000)),
            };
        }
        _ => return None,
    };
    // "nineteen ninety-six": the second part is at least ten ("nineteen people" is no year).
    let (r2, (n, digits)) = numeral(r).ok()?;
    (!digits && (10..100).contains(&n)).then_some((r2, century + n as i32))
}

/// A day of the month: "9", "21st".
fn day_number(i: &str) -> Option<(&str, u32)> {
    let (r, w) = word(i).ok()?;
    small_number(w, 31).map(|d| (r, d))
}

/// A day, or the first day of a range of days: "3", "3-4", "3–4" (a date of two days,
/// "on the night of 3-4 September", starts on the first).
fn first_day(i: &str) -> Option<(&str, u32)> {
    let (r, w) = word(i).ok()?;
    if let Some((first, last)) = w.split_once('-') {
        let (first, last) = (small_number(first, 31)?, small_number(last, 31)?);
        return (first < last).then_some((r, first));
    }
    let first = small_number(w, 31)?;
    let Some(after_dash) = r.strip_prefix('–') else {
        return Some((r, first));
    };
    match day_number(after_dash) {
        Some((r2, last)) if first < last => Some((r2, first)),
        _ => Some((r, first)),
    }
}

/// The month and optional year after a day: " April", " of September", " September, 2020".
fn month_after_day(i: &str) -> Option<(&str, u32, Option<i32>)> {
    let (r, m) = month(phrase("of", i).unwrap_or(i))?;
    Some(match comma_year(r) {
        Some((r2, y)) => (r2, m, Some(y)),
        None => (r, m, None),
    })
}

/// A year after an optional comma: ", 2019".
fn comma_year(i: &str) -> Option<(&str, i32)> {
    let after_comma = punct(',')(i).map_or(i, |x| x.0);
    let (r, w) = word(after_comma).ok()?;
    year_of(w).map(|y| (r, y))
}

fn year_of(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = w.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    } else {
        None
    }
}

fn small_number(w: &str, max: u32) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "9th", "21st": an ordinal suffix only.
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty()
        || ["st", "nd", "rd", "th"].contains(&suffix.to_ascii_lowercase().as_str()))
    {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=max).contains(&n).then_some(n)
}

/// A month name: capitalized (so "may" and "march" as verbs are not months), with an
/// optional full stop after an abbreviation.
fn month(i: &str) -> Option<(&str, u32)> {
    let (rest, w) = word(i).ok()?;
    if !w.starts_with(char::is_uppercase) {
        return None;
    }
    let (_, m) = lookup(&MONTHS, i)?;
    let abbreviated = w.len() <= 4
        && !w.eq_ignore_ascii_case("june")
        && !w.eq_ignore_ascii_case("july")
        && w.len() < 5;
    let dotted = rest.starts_with('.');
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    // "Jan" alone is a name; "Jan.", "Jan 14" and "3 Sep 2017" are months.
    let number_after = word(rest).is_ok_and(|(_, n)| {
        small_number(n, 31).is_some() || year_of(n).is_some_and(|y| NEWS_YEARS.contains(&y))
    });
    if abbreviated && !dotted && !w.eq_ignore_ascii_case("may") && !number_after {
        return None;
    }
    Some((rest, m))
}

/// "2017-09-03", "2017-09-03T10:12:00Z".
fn iso_date(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let s = skip_space(i);
    let b = s.as_bytes();
    // Every byte checked before slicing: a multi-byte character may stand anywhere.
    let digit_at = |k: usize| b[k].is_ascii_digit();
    if b.len() < 10
        || b[4] != b'-'
        || b[7] != b'-'
        || ![0, 1, 2, 3, 5, 6, 8, 9].into_iter().all(digit_at)
    {
        return None;
    }
    let year = year_of(&s[..4])?;
    let month: u32 = s[5..7].parse().ok()?;
    let day: u32 = s[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut rest = &s[10..];
    if rest.starts_with('T') {
        rest = rest.trim_start_matches(|c: char| {
            c.is_ascii_alphanumeric() || matches!(c, ':' | '.' | '+' | 'T')
        });
    }
    Some((
        rest,
        Expr::Calendar {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        },
        None,
    ))
}

/// "03/09/2017", "05.03.2018" (day and month in the policy's order), "2018/03/05".
fn slashed(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let s = skip_space(i);
    // Only the current token: a search through the rest of the text would make the scan
    // quadratic.
    let token_len = s
        .find(|c: char| !(c.is_ascii_digit() || c == '/' || c == '.'))
        .unwrap_or(s.len());
    let token = &s[..token_len];
    // One separator throughout: "03/09/2017", "05.03.2018", "2018/03/05".
    let separator = ['/', '.'].into_iter().find(|&c| token.contains(c))?;
    let parts: Vec<&str> = token.splitn(3, separator).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    // A full stop may end the sentence after the year: "on 05.03.2018."
    let c = c.strip_suffix('.').unwrap_or(c);
    let digits = |x: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
    };
    let rest = &s[token_len - (token.len() - (a.len() + b.len() + c.len() + 2))..];
    if digits(a, 4..=4) && digits(b, 1..=2) && digits(c, 1..=2) {
        // Year first is always year, month, day.
        let expr = Expr::Calendar {
            year: Some(year_of(a)?),
            month: Some(b.parse().ok().filter(|m| (1..=12).contains(m))?),
            day: Some(c.parse().ok().filter(|d| (1..=31).contains(d))?),
        };
        return Some((rest, expr, None));
    }
    if !(digits(a, 1..=2) && digits(b, 1..=2) && digits(c, 4..=4)) {
        return None;
    }
    let (first, second): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    // A day and a month in some order: "10.0.1234" is a version, not a date.
    let day_and_month =
        (1..=31).contains(&first) && (1..=31).contains(&second) && (first <= 12 || second <= 12);
    if !day_and_month {
        return None;
    }
    let expr = Expr::Slashed {
        first,
        second,
        year: year_of(c)?,
    };
    Some((rest, expr, None))
}

/// "April 9, 2019", "Sept. 30", "9 April", "22 September, 2020", "March 2019", "June",
/// "2014", "Friday, April 9".
fn calendar(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // An optional weekday before: "Saturday, 20 April, 2019".
    let i = match lookup(&WEEKDAYS, i) {
        Some((r, _)) if calendar_core(punct(',')(r).map_or(r, |x| x.0)).is_some() => {
            punct(',')(r).map_or(r, |x| x.0)
        }
        _ => i,
    };
    calendar_core(i)
}

fn calendar_core(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let (rest, expr, part) = calendar_date(i)?;
    // "June last year", "January this year".
    if let Expr::Calendar {
        year: None,
        month: Some(month),
        day: None,
    } = expr
    {
        let shifted_year = lookup(&SHIFTS, rest)
            .filter(|(_, shift)| shift.abs() <= 1)
            .and_then(|(r, shift)| Some((phrase("year", r)?, shift)));
        if let Some((r, shift)) = shifted_year {
            return Some((r, Expr::MonthOfYear { month, shift }, None));
        }
    }
    // "20 April, 2019 - 09:00", "Sept. 3, 2017 at 10:30".
    if let Expr::Calendar {
        year: Some(year),
        month: Some(month),
        day: Some(day),
    } = expr
    {
        let r = punct('-')(rest)
            .or_else(|_| punct(',')(rest))
            .map(|x| x.0)
            .ok()
            .or_else(|| phrase("at", rest))
            .unwrap_or(rest);
        if let Some((r2, Expr::Clock { hour, minute }, _)) = clock(r) {
            return Some((
                r2,
                Expr::DateTime {
                    year,
                    month,
                    day,
                    hour,
                    minute,
                },
                None,
            ));
        }
    }
    Some((rest, expr, part))
}

fn calendar_date(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let cal = |year, month, day| Expr::Calendar { year, month, day };
    // "last November", "this September", "next March".
    if let Some((r, shift)) = lookup(&SHIFTS, i) {
        if let Some((r2, m)) = month(r) {
            if word(r2).map_or(true, |(_, n)| {
                small_number(n, 31).is_none() && year_of(n).is_none()
            }) {
                return Some((r2, Expr::ShiftedMonth { month: m, shift }, None));
            }
        }
    }
    // "fiscal 1989".
    if let Some(r) = phrase("fiscal", i) {
        if let Some((r2, y)) = word(r).ok().and_then(|(r2, w)| year_of(w).map(|y| (r2, y))) {
            return Some((r2, cal(Some(y), None, None), None));
        }
    }
    // Month first.
    if let Some((r, m)) = month(i) {
        // "April 9, 2019" / "April 9" / "April 9-10".
        if let Some((r2, d)) = first_day(r) {
            return Some(match comma_year(r2) {
                Some((r3, y)) => (r3, cal(Some(y), Some(m), Some(d)), None),
                None => (r2, cal(None, Some(m), Some(d)), None),
            });
        }
        // "March 2019", "June, 1989", "January nineteen ninety-seven".
        if let Some((r2, y)) = comma_year(r).or_else(|| year_in_words(r)) {
            return Some((r2, cal(Some(y), Some(m), None), None));
        }
        // "June" alone; a lone "May" is checked against the word before it by the scanner
        // (see [`is_name_or_modal_may`]).
        return Some((r, cal(None, Some(m), None), None));
    }
    // Day first: "9 April", "22 September, 2020", "3-4 September".
    if let Some((r, d)) = first_day(i) {
        if let Some((r2, month, year)) = month_after_day(r) {
            return Some((r2, cal(year, Some(month), Some(d)), None));
        }
        // "on 9 and 13 August", "the 25th and 29th of September": the first day takes the
        // month and year of the date after it, which is read on its own next.
        let linked = ["and", "or", "to"]
            .iter()
            .find_map(|link| phrase(link, r))
            .map(|l| phrase("the", l).unwrap_or(l));
        let next_date = linked
            .and_then(day_number)
            .and_then(|(l, _)| month_after_day(l));
        if let Some((_, month, year)) = next_date {
            return Some((r, cal(year, Some(month), Some(d)), None));
        }
    }
    // "the year two thousand", "nineteen ninety-six"; not "two thousand years", a count.
    let spelled = phrase("the year", i).unwrap_or(i);
    if let Some((r, y)) = year_in_words(spelled) {
        if lookup(&UNITS, r).is_none() {
            return Some((r, cal(Some(y), None, None), None));
        }
    }
    // A year alone, not a count ("2000 people") nor a clock ("1200 local time").
    let (r, w) = word(i).ok()?;
    let y = year_of(w).filter(|y| NEWS_YEARS.contains(y))?;
    if lookup(&NOUNS, r).is_some() || r.starts_with('%') || military_clock(skip_space(i)).is_some()
    {
        return None;
    }
    Some((r, cal(Some(y), None, None), None))
}

/// "the 1990s", "1980s", "the nineties".
fn decade(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // "the sixties" ... "the nineties".
    if let Some(r) = phrase("the", i) {
        if let Some((r2, d)) = lookup_rows(DECADE_WORDS, r) {
            return Some((r2, Expr::Decade(d), None));
        }
    }
    let i = phrase("the", i).unwrap_or(i);
    let (r, w) = word(i).ok()?;
    let digits = w.strip_suffix('s').or_else(|| w.strip_suffix("'s"))?;
    let y = year_of(digits)?;
    (y % 10 == 0).then_some((r, Expr::Decade(y / 10), None))
}

/// "the 20th century", "the nineteenth century", "20th-century", "the twenty-first
/// century": TimeML values a century by the first two digits of its years (the 20th is 19).
fn century(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let s = skip_space(phrase("the", i).unwrap_or(i));
    let (after, w) = word(s).ok()?;
    // "20th-century" is one word; "twenty-first" holds a hyphen of its own.
    let lower_tail = w
        .len()
        .checked_sub("-century".len())
        .filter(|&at| w.is_char_boundary(at) && w[at..].eq_ignore_ascii_case("-century"));
    let (ordinal, rest) = match lower_tail {
        Some(at) => (&w[..at], after),
        None => (w, phrase("century", after)?),
    };
    let n = small_number(ordinal, 30).filter(|_| ordinal.ends_with(char::is_alphabetic));
    let n = n.or_else(|| {
        CENTURY_ORDINALS
            .iter()
            .find(|(o, _)| o.eq_ignore_ascii_case(ordinal))
            .map(|&(_, n)| n)
    })?;
    Some((rest, Expr::Century(n as i32 - 1), None))
}

/// "by year-end", "since year-end": the end of the year the tense points to (the one before,
/// seen from November, after "since").
fn year_end(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let (rest, ()) = lookup(&YEAR_ENDS, i)?;
    Some((rest, Expr::YearEnd, None))
}

fn day_part(i: &str) -> Option<(&str, &'static str)> {
    lookup(&DAY_PARTS, i)
}

/// A capitalized name of `table`, after an optional shift word: "last Friday", "next
/// Christmas". Returns the rest, the shift and the row's value.
fn shifted_name<'a, T: Copy>(table: &Lexicon<T>, i: &'a str) -> Option<(&'a str, Option<i32>, T)> {
    let (i, shift) = match lookup(&SHIFTS, i) {
        Some((r, s)) if lookup(table, r).is_some() => (r, Some(s)),
        _ => (i, None),
    };
    let (_, w) = word(i).ok()?;
    if !w.starts_with(char::is_uppercase) {
        return None;
    }
    let (r, value) = lookup(table, i)?;
    Some((r, shift, value))
}

/// "Friday", "Friday night", "last Friday", "next Monday morning".
fn weekday(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let (r, shift, day) = shifted_name(&WEEKDAYS, i)?;
    let r = r.strip_prefix('.').unwrap_or(r);
    let (r, part) = match day_part(r) {
        Some((r2, p)) => (r2, Some(p)),
        None => (r, None),
    };
    Some((r, Expr::Weekday { day, shift }, part))
}

/// "Thanksgiving Day", "last Christmas", "Election Day": capitalized, as holidays are.
fn holiday(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let (r, shift, holiday) = shifted_name(&HOLIDAYS, i)?;
    let (r, week) = phrase("week", r).map_or((r, false), |r| (r, true));
    let expr = Expr::Holiday {
        holiday,
        shift,
        week,
    };
    Some((r, expr, None))
}

/// "today", "yesterday morning", "tonight", "overnight", "last evening", "the previous day".
fn relative_day(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    if let Some(r) = phrase("overnight", i) {
        // "overnight Saturday", "overnight on Friday": that weekday's night.
        let night_of = weekday(phrase("on", r).unwrap_or(r))
            .filter(|&(_, _, part)| part.is_none())
            .map(|(r2, expr, _)| (r2, expr, Some("NI")));
        return night_of.or(Some((
            r,
            Expr::RelativeDay {
                offset: -1,
                anchored: false,
            },
            Some("NI"),
        )));
    }
    if let Some((r, offset)) = lookup(&RELATIVE_DAYS, i) {
        let tonight = phrase("tonight", i).is_some();
        let (r, part) = match day_part(r) {
            Some((r2, p)) => (r2, Some(p)),
            None => (r, tonight.then_some("NI")),
        };
        return Some((
            r,
            Expr::RelativeDay {
                offset,
                anchored: false,
            },
            part,
        ));
    }
    // "this morning", "last night".
    if let Some(r) = phrase("this", i) {
        if let Some((r2, part)) = day_part(r) {
            return Some((
                r2,
                Expr::RelativeDay {
                    offset: 0,
                    anchored: false,
                },
                Some(part),
            ));
        }
    }
    // "last night", "last evening": the part of the day before.
    for (p, part) in [("last night", "NI"), ("last evening", "EV")] {
        if let Some(r) = phrase(p, i) {
            return Some((
                r,
                Expr::RelativeDay {
                    offset: -1,
                    anchored: false,
                },
                Some(part),
            ));
        }
    }
    // "the next morning", "that night": a part of a day counted from the last date given, as
    // a unit is after the same words ("the following year"); "the next" too, here.
    let lead = lookup(&ANCHORED_SHIFTS, i).or_else(|| phrase("the next", i).map(|r| (r, 1)));
    let day_after_lead = lead.and_then(|(r, offset)| {
        let (r, part) = day_part(r)?;
        Some((r, i64::from(offset), part))
    });
    if let Some((r, offset, part)) = day_after_lead {
        return Some((
            r,
            Expr::RelativeDay {
                offset,
                anchored: true,
            },
            Some(part),
        ));
    }
    for (p, offset) in [
        ("the previous day", -1),
        ("the day before", -1),
        ("the next day", 1),
        ("the following day", 1),
        ("the day after", 1),
        ("the same day", 0),
    ] {
        if let Some(r) = phrase(p, i) {
            return Some((
                r,
                Expr::RelativeDay {
                    offset,
                    anchored: true,
                },
                None,
            ));
        }
    }
    None
}

/// "the third quarter", "third-quarter", "the fourth quarter of 1989", "the quarter",
/// "last quarter", "the first half".
fn quarter(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // "this year's third quarter", "next year's first quarter".
    let year_shift = lookup(&SHIFTS, i).and_then(|(r, s)| {
        let (r, w) = word(r).ok()?;
        let possessive = ["year's", "year’s"]
            .iter()
            .any(|y| w.eq_ignore_ascii_case(y));
        (possessive && s.abs() <= 1).then_some((r, s))
    });
    let i = year_shift.map_or(i, |(r, _)| r);
    let year_shift = year_shift.map(|(_, s)| s);
    let i0 = phrase("the", i).unwrap_or(i);
    // "the 1988 second quarter": the year before the ordinal.
    let year_before = word(i0)
        .ok()
        .filter(|(_, w)| w.len() == 4)
        .and_then(|(r, w)| Some((r, year_of(w)?)))
        .filter(|(r, _)| lookup(&ORDINALS, r).is_some());
    let i0 = year_before.map_or(i0, |(r, _)| r);
    let year_before = year_before.map(|(_, y)| y);
    if (year_shift.is_some() || year_before.is_some()) && lookup(&ORDINALS, i0).is_none() {
        return None;
    }
    let i0 = phrase("fiscal", i0).unwrap_or(i0);
    // "the last half of 1989": an ordinal half before any shift word.
    if let Some((r, n)) = lookup(&ORDINALS, i0) {
        if let Some(r2) = phrase("half", r) {
            let (r3, year) = of_year(r2);
            return Some((r3, Expr::Half { n: n.min(2), year }, None));
        }
    }
    let (i1, shift) = match lookup(&SHIFTS, i0) {
        Some((r, s)) => (r, Some(s)),
        None => (i0, None),
    };
    // "third-quarter" is one word.
    let (r, w) = word(i1).ok()?;
    let hyphen_ordinal = w.split_once('-').and_then(|(ord, unit)| {
        ORDINALS
            .rows()
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(ord))
            .map(|row| (row.1, unit))
    });
    let (n, r) = if let Some((n, unit)) = hyphen_ordinal {
        if unit.eq_ignore_ascii_case("quarter") {
            (Some(n), r)
        } else if unit.eq_ignore_ascii_case("half") {
            return Some((
                r,
                Expr::Half {
                    n: n.min(2),
                    year: None,
                },
                None,
            ));
        } else {
            return None;
        }
    } else if let Some((r2, n)) = lookup(&ORDINALS, i1) {
        let r2 = phrase("fiscal", r2).unwrap_or(r2);
        if let Some(r3) = phrase("half", r2) {
            let (r3, year) = of_year(r3);
            return Some((r3, Expr::Half { n: n.min(2), year }, None));
        }
        (Some(n), phrase("quarter", r2)?)
    } else {
        // "the latest quarter", "the same period", "the year-earlier quarter".
        let mut r2 = i1;
        let mut qualified = false;
        for lead in ["latest", "most recent", "just-ended", "same", "fiscal"] {
            if let Some(r) = phrase(lead, r2) {
                r2 = r;
                qualified = true;
            }
        }
        if let Some((r, ())) = lookup(&YEAR_BEFORE_WORDS, r2) {
            let (r, quarter) = match phrase("quarter", r) {
                Some(r) => (r, true),
                None => (phrase("period", r)?, false),
            };
            return Some((r, Expr::YearBefore { quarter }, None));
        }
        // "the 1988 period": the period under discussion, in that year.
        let year_period = word(r2).ok().and_then(|(r, w)| {
            let year = year_of(w).filter(|y| NEWS_YEARS.contains(y))?;
            let r = phrase("period", r).or_else(|| phrase("quarter", r))?;
            Some((r, year))
        });
        if let Some((r, year)) = year_period.filter(|_| phrase("the", i).is_some()) {
            let (n, shift, year_shift, year) = (None, None, None, Some(year));
            return Some((
                r,
                Expr::Quarter {
                    n,
                    year,
                    shift,
                    year_shift,
                },
                None,
            ));
        }
        let r2 = match phrase("quarter", r2) {
            Some(r) => r,
            None if qualified => phrase("period", r2)?,
            None => return None,
        };
        // "the quarter" needs "the" or a shift word.
        if shift.is_none() && phrase("the", i).is_none() {
            return None;
        }
        (None, r2)
    };
    let (r, year) = of_year(r);
    let shift = if n.is_some() { None } else { shift };
    Some((
        r,
        Expr::Quarter {
            n,
            year: year.or(year_before),
            shift,
            year_shift,
        },
        None,
    ))
}

/// "of 1989", "1989" after a quarter or season.
fn of_year(i: &str) -> (&str, Option<i32>) {
    let r = phrase("of", i).unwrap_or(i);
    match word(r) {
        Ok((r2, w)) => match year_of(w) {
            Some(y) => (r2, Some(y)),
            None => (i, None),
        },
        Err(_) => (i, None),
    }
}

/// "last summer", "spring 2019", "the winter", "early summer" (`after_position`).
fn season(i: &str, after_position: bool) -> Option<(&str, Expr, Option<&'static str>)> {
    let (i1, shift) = match lookup(&SHIFTS, i) {
        Some((r, s)) => (r, Some(s)),
        None => (phrase("the", i).unwrap_or(i), None),
    };
    let (r, code) = lookup(&SEASONS, i1)?;
    // "fall" is also a verb: a bare lowercase "fall" needs a shift or a year.
    let (r, year) = of_year(r);
    if shift.is_none() && year.is_none() && phrase("the", i).is_none() && !after_position {
        return None;
    }
    let latest = phrase("this past", i).is_some();
    let expr = Expr::Season {
        code,
        year,
        shift,
        latest,
    };
    Some((r, expr, None))
}

/// A count of units: "two", "24", "a", "an", "one".
fn unit_count(i: &str) -> Option<(&str, u32)> {
    if let Some(r) = phrase("a couple of", i) {
        return Some((r, 2));
    }
    if let Some(r) = phrase("a", i).or_else(|| phrase("an", i)) {
        return Some((r, 1));
    }
    let (r, (n, _)) = numeral(i).ok()?;
    u32::try_from(n).ok().map(|n| (r, n))
}

/// "two days ago", "a year earlier", "three years later", "a week before".
fn ago(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // "year-earlier", "year-ago": a year before the date under discussion.
    if let Some((r, ())) = lookup(&YEAR_BEFORE_WORDS, i) {
        return Some((r, Expr::YearBefore { quarter: false }, None));
    }
    // "several years ago", "a few weeks ago": some time in the past.
    let units = lookup(&VAGUE_AMOUNTS, i).and_then(|(r, ())| lookup(&UNITS, r));
    if let Some((r, (_, true))) = units {
        if let Some(r2) = phrase("ago", r) {
            return Some((r2, Expr::Reference(Reference::Past), None));
        }
    }
    let (r, n) = unit_count(i)?;
    let (r, (unit, _)) = lookup(&UNITS, r)?;
    for (p, direction, anchored) in [
        ("ago", -1, false),
        ("earlier", -1, true),
        ("before", -1, true),
        ("previously", -1, true),
        ("later", 1, true),
        ("after", 1, true),
        ("from now", 1, false),
        ("hence", 1, false),
    ] {
        if let Some(r2) = phrase(p, r) {
            // "two days after the attack" is anchored on an event, not a date we know: only
            // a phrase ending there ("two days before.") refers to the date under discussion.
            if (p == "after" || p == "before") && word(r2).is_ok() {
                return None;
            }
            return Some((
                r2,
                Expr::Ago {
                    unit,
                    n,
                    direction,
                    anchored,
                },
                None,
            ));
        }
    }
    None
}

/// "last week", "this year", "next month", "the coming weeks", "earlier this month".
fn shifted(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // "the week before last", "the weekend before last": two back.
    for (p, unit) in [
        ("the weekend", Unit::Weekend),
        ("the week", Unit::Week),
        ("the month", Unit::Month),
        ("the year", Unit::Year),
    ] {
        if let Some(r) = phrase(p, i).and_then(|r| phrase("before last", r)) {
            let expr = Expr::Shifted {
                unit,
                shift: -2,
                anchored: false,
            };
            return Some((r, expr, None));
        }
    }
    // "the weekend" (the last one), "the year" (this one).
    if let Some(r) = phrase("the weekend", i) {
        return Some((
            r,
            Expr::Shifted {
                unit: Unit::Weekend,
                shift: 0,
                anchored: false,
            },
            None,
        ));
    }
    for p in [
        "the fiscal year",
        "the full year",
        "the latest fiscal year",
        "the year",
    ] {
        if let Some(r) = phrase(p, i) {
            // "income for the year ended Sept. 30": a span of a year.
            if phrase("ended", r).or_else(|| phrase("ending", r)).is_some() {
                let one_year = Expr::Duration {
                    unit: Unit::Year,
                    n: Some(1),
                    half: false,
                };
                return Some((r, one_year, None));
            }
            return Some((
                r,
                Expr::Shifted {
                    unit: Unit::Year,
                    shift: 0,
                    anchored: false,
                },
                None,
            ));
        }
    }
    // "the week", "by the end of the month": the current one ("the month of June" is June).
    for (p, unit) in [("the week", Unit::Week), ("the month", Unit::Month)] {
        if let Some(r) = phrase(p, i).filter(|r| phrase("of", r).is_none()) {
            let expr = Expr::Shifted {
                unit,
                shift: 0,
                anchored: false,
            };
            return Some((r, expr, None));
        }
    }
    if let Some((r, shift)) = lookup(&ANCHORED_SHIFTS, i) {
        if let Some((r2, (unit, false))) = lookup(&UNITS, r) {
            let expr = Expr::Shifted {
                unit,
                shift,
                anchored: true,
            };
            return Some((r2, expr, None));
        }
    }
    let (r, shift) = lookup(&SHIFTS, i)?;
    let (r2, (unit, plural)) = lookup(&UNITS, r)?;
    if plural {
        return None;
    }
    // "the past week" is a duration (TimeML), "last week" a date.
    if phrase("the past", i).is_some() || phrase("the last", i).is_some() {
        return Some((
            r2,
            Expr::Duration {
                unit,
                n: Some(1),
                half: false,
            },
            None,
        ));
    }
    let expr = Expr::Shifted {
        unit,
        shift,
        anchored: false,
    };
    Some((r2, expr, None))
}

/// "24 hours", "two days", "eight-year", "the past 48 hours", "recent months", "several
/// years", "the first nine months".
fn duration(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // "the past 48 hours", "the last two months", "the first nine months", "the nine months".
    let mut rest = i;
    let mut lead_the = false;
    for lead in [
        "the past",
        "the last",
        "the next",
        "the first",
        "the",
        "another",
    ] {
        if let Some(r) = phrase(lead, rest) {
            rest = r;
            lead_the = lead == "the";
            break;
        }
    }
    // "recent months", "several years", "many weeks": no number.
    if let Some((r, ())) = lookup(&VAGUE_SPANS, rest) {
        if let Some((r2, (unit, true))) = lookup(&UNITS, r) {
            return Some((
                r2,
                Expr::Duration {
                    unit,
                    n: None,
                    half: false,
                },
                None,
            ));
        }
    }
    // "weeks", "years": a span of unknown length.
    if let Some((r, (unit, true))) = lookup(&UNITS, rest) {
        if rest.len() == i.len() && !matches!(unit, Unit::Weekend | Unit::Quarter) {
            return Some((
                r,
                Expr::Duration {
                    unit,
                    n: None,
                    half: false,
                },
                None,
            ));
        }
    }
    // "eight-year", "24-hour": one hyphenated word, an adjective ("the eight-year war" is
    // tagged without its article).
    if let Some((r, w)) = word(rest).ok().filter(|_| !lead_the) {
        if let Some((num, unit_word)) = w.rsplit_once('-') {
            let number = numeral(num).ok().filter(|(left, _)| left.is_empty());
            let unit = lookup(&UNITS, unit_word).filter(|(left, _)| left.is_empty());
            if let (Some((_, (n, _))), Some((_, (unit, false)))) = (number, unit) {
                return u32::try_from(n).ok().map(|n| {
                    let half = false;
                    let n = Some(n);
                    (r, Expr::Duration { unit, n, half }, None)
                });
            }
            // "week-long", "decades-long": one unit, or some.
            if unit_word.eq_ignore_ascii_case("long") {
                let unit = lookup(&UNITS, num).filter(|(left, _)| left.is_empty());
                if let Some((_, (unit, plural))) = unit.filter(|(_, (u, _))| *u != Unit::Weekend) {
                    let n = (!plural).then_some(1);
                    return Some((
                        r,
                        Expr::Duration {
                            unit,
                            n,
                            half: false,
                        },
                        None,
                    ));
                }
            }
        }
    }
    // "half an hour", "half a day": no whole unit and a half.
    if let Some(r) = phrase("half", rest) {
        let r = phrase("a", r).or_else(|| phrase("an", r))?;
        let (r, (unit, plural)) = lookup(&UNITS, r)?;
        if plural || matches!(unit, Unit::Weekend | Unit::Quarter) {
            return None;
        }
        let (n, half) = (Some(0), true);
        return Some((r, Expr::Duration { unit, n, half }, None));
    }
    let (r, n) = match numeral(rest) {
        Ok((r, (n, _))) => (r, u32::try_from(n).ok()?),
        // "a year", "an hour", "a couple of years".
        Err(_) => unit_count(rest)?,
    };
    // "two more weeks", "eight trading days".
    let r = phrase("more", r)
        .or_else(|| lookup(&SPAN_ADJECTIVES, r).map(|(r2, ())| r2))
        .filter(|r2| lookup(&UNITS, r2).is_some())
        .unwrap_or(r);
    // "5 1/2 hours", "two and a half years".
    let fraction = skip_space(r)
        .strip_prefix("1/2")
        .or_else(|| phrase("and a half", r));
    let (r, half_before) = fraction.map_or((r, false), |r2| (r2, true));
    let (r, (unit, plural)) = lookup(&UNITS, r)?;
    if n == 1 && plural && !half_before || unit == Unit::Weekend {
        return None;
    }
    // "the 1988 quarter" is a year's quarter, not 1,988 of them.
    if !plural && i32::try_from(n).is_ok_and(|n| NEWS_YEARS.contains(&n)) {
        return None;
    }
    // "a minute and a half", "an hour and a half".
    let (r, half_after) = match phrase("and a half", r) {
        Some(r2) if !half_before => (r2, true),
        _ => (r, false),
    };
    let half = half_before || half_after;
    Some((
        r,
        Expr::Duration {
            unit,
            n: Some(n),
            half,
        },
        None,
    ))
}

/// "10:30 a.m.", "3 p.m.", "9am", "noon", "midday", "midnight".
fn clock(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    for (name, hour) in [("noon", 12), ("midday", 12), ("midnight", 0)] {
        if let Some(r) = phrase(name, i) {
            return Some((r, Expr::Clock { hour, minute: 0 }, None));
        }
    }
    let s = skip_space(i);
    let hour_len = s.bytes().take_while(u8::is_ascii_digit).count();
    if hour_len == 4 {
        return military_clock(s);
    }
    if hour_len == 0 || hour_len > 2 {
        return None;
    }
    let mut hour: u32 = s[..hour_len].parse().ok()?;
    let mut rest = &s[hour_len..];
    let mut minute = 0;
    let colon = rest.starts_with(':');
    if let Some(r) = rest.strip_prefix(':') {
        let m_len = r.bytes().take_while(u8::is_ascii_digit).count();
        if m_len != 2 {
            return None;
        }
        minute = r[..2].parse().ok()?;
        rest = &r[2..];
    }
    let trimmed = rest.trim_start();
    let lower = trimmed.get(..4).unwrap_or(trimmed).to_ascii_lowercase();
    let (pm, len) = if lower.starts_with("p.m.") {
        (true, 4)
    } else if lower.starts_with("a.m.") {
        (false, 4)
    } else if lower.starts_with("pm") {
        (true, 2)
    } else if lower.starts_with("am") && !trimmed[2..].starts_with(char::is_alphabetic) {
        (false, 2)
    } else if colon {
        (false, 0)
    } else {
        return clock_in_words(hour, rest);
    };
    if hour > 12 && len > 0 || hour > 23 || minute > 59 {
        return None;
    }
    if pm && hour < 12 {
        hour += 12;
    } else if !pm && len > 0 && hour == 12 {
        hour = 0;
    }
    Some((&trimmed[len..], Expr::Clock { hour, minute }, None))
}

/// An hour with "o'clock" or a part of the day after it: "4 in the morning", "10 o'clock at
/// night", "3 o'clock".
fn clock_in_words(hour: u32, rest: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let oclock = phrase("o'clock", rest).or_else(|| phrase("o’clock", rest));
    let after = oclock.unwrap_or(rest);
    let half = lookup(&CLOCK_DAY_HALVES, after);
    if !(1..=12).contains(&hour) || (oclock.is_none() && half.is_none()) {
        return None;
    }
    // "killed 4 in the morning raid": a count before a day part that modifies a noun.
    let modifies_noun = |r: &str| word(r).is_ok_and(|(_, w)| w.starts_with(char::is_lowercase));
    if oclock.is_none() && half.is_some_and(|(r, _)| modifies_noun(r)) {
        return None;
    }
    let (rest, hour) = match half {
        Some((r, DayHalf::Am)) => (r, hour % 12),
        Some((r, DayHalf::Pm)) => (r, hour % 12 + 12),
        Some((r, DayHalf::Night)) if hour >= 6 => (r, hour % 12 + 12),
        Some((r, DayHalf::Night)) => (r, hour),
        None => (after, hour),
    };
    Some((rest, Expr::Clock { hour, minute: 0 }, None))
}

/// "1930 GMT", "0500 local time", "2200 hrs": four digits are a clock only before a time
/// zone or "hours" (else "1930" is a year).
fn military_clock(s: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let hour: u32 = s.get(..2)?.parse().ok()?;
    let minute: u32 = s.get(2..4)?.parse().ok()?;
    let after = s.get(4..)?;
    if hour > 23 || minute > 59 || after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let zoned = lookup(&TIME_ZONES, after).is_some() || lookup(&CLOCK_HOURS, after).is_some();
    zoned.then_some((after, Expr::Clock { hour, minute }, None))
}

/// "daily", "every Friday", "each year", "a year" after "times".
fn set(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    // A set of one kind: a unit, a weekday, a month or a season.
    let set = |rest, unit, weekday, month, season| {
        let expr = Expr::Set {
            unit,
            weekday,
            month,
            season,
        };
        Some((rest, expr, None))
    };
    if let Some((r, unit)) = lookup(&FREQUENCIES, i) {
        return set(r, Some(unit), None, None, None);
    }
    let r = phrase("every", i).or_else(|| phrase("each", i))?;
    if let Some((r2, day)) = lookup(&WEEKDAYS, r) {
        return set(r2, None, Some(day), None, None);
    }
    if let Some((r2, month)) = lookup(&MONTHS, r) {
        return set(r2, None, None, Some(month), None);
    }
    // "every summer", "each spring".
    if let Some((r2, code)) = lookup(&SEASONS, r) {
        return set(r2, None, None, None, Some(code));
    }
    let (r2, (unit, false)) = lookup(&UNITS, r)? else {
        return None;
    };
    set(r2, Some(unit), None, None, None)
}

/// "now", "currently", "recently", "the future".
fn reference(i: &str) -> Option<(&str, Expr, Option<&'static str>)> {
    let (r, reference) = lookup(&REFERENCES, i)?;
    // "recent" and "current" only as adjectives of something that is not a unit
    // ("recent months" is a duration, read before).
    Some((r, Expr::Reference(reference), None))
}

type FnvBuild = BuildHasherDefault<Fnv>;
type StartKey = Box<[u8]>;

/// The words a temporal expression may start with, lower case (typographic apostrophes as
/// ASCII ones).
#[derive(Default)]
struct StartWords {
    /// Words that start an expression whatever follows them: one-word rows of the time
    /// lexicons, the first words of rows that go on with a number or name, number words.
    alone: HashSet<StartKey, FnvBuild>,
    /// Words that start one only before one of these second words: "in" only in "in excess
    /// of", "as" in "as many as". Common words, they were most of the grammar's vain tries.
    before: HashMap<StartKey, Vec<StartKey>, FnvBuild>,
}

fn start_key(w: &str) -> StartKey {
    w.replace('’', "'")
        .to_ascii_lowercase()
        .into_bytes()
        .into_boxed_slice()
}

/// The phrases of a table's rows.
fn phrases_of<T>(rows: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    rows.iter().map(|(p, _)| *p)
}

/// The first words of a table's phrases, as start-word keys.
fn first_keys<T>(rows: &'static [(&'static str, T)]) -> impl Iterator<Item = StartKey> {
    phrases_of(rows).map(|p| start_key(first_word(p)))
}

/// The phrases of the lexicons of time itself: months, weekdays, units, shifts, positions,
/// references, relative days, frequencies, seasons, holidays and decades in words.
fn time_phrases() -> impl Iterator<Item = &'static str> {
    phrases_of(MONTHS.rows())
        .chain(phrases_of(WEEKDAYS.rows()))
        .chain(phrases_of(UNITS.rows()))
        .chain(phrases_of(SHIFTS.rows()))
        .chain(phrases_of(POSITIONS.rows()))
        .chain(phrases_of(REFERENCES.rows()))
        .chain(phrases_of(RELATIVE_DAYS.rows()))
        .chain(phrases_of(FREQUENCIES.rows()))
        .chain(phrases_of(SEASONS.rows()))
        .chain(phrases_of(HOLIDAYS.rows()))
        .chain(phrases_of(DECADE_WORDS))
}

static START_WORDS: Lazy<StartWords> = Lazy::new(|| {
    let phrases = time_phrases()
        .chain(phrases_of(ORDINALS.rows()))
        .chain(phrases_of(STARTERS.rows()))
        .chain(phrases_of(BEFORE_NUMBER.rows()))
        .chain(phrases_of(SMALL))
        .chain(phrases_of(SCALES))
        .chain(["mid", "half a", "half an"])
        // "that" alone starts too many clauses: see below.
        .chain(phrases_of(ANCHORED_SHIFTS.rows()).filter(|p| p.contains(' ')));
    let mut words = StartWords::default();
    for phrase in phrases {
        let mut parts = phrase.split(' ');
        let first = start_key(parts.next().unwrap_or(phrase));
        match parts.next() {
            None => {
                words.alone.insert(first);
            }
            Some(second) => words
                .before
                .entry(first)
                .or_default()
                .push(start_key(second)),
        }
    }
    // "that" alone starts too many clauses: it starts an expression only before a unit
    // ("later that year") or a part of the day ("that night").
    let singular_units = UNITS.rows().iter().filter(|(_, (_, plural))| !plural);
    let day_parts = DAY_PARTS.rows().iter().map(|(part, _)| part);
    for word in singular_units.map(|(unit, _)| unit).chain(day_parts) {
        let seconds = words.before.entry(start_key("that")).or_default();
        seconds.push(start_key(word));
    }
    // "the nineteenth century": an ordinal in words starts one before "century".
    for (ordinal, _) in CENTURY_ORDINALS {
        let seconds = words.before.entry(start_key(ordinal)).or_default();
        seconds.push(start_key("century"));
    }
    words
});

/// Counts, qualifiers and ordinals: they start an expression only when a time word follows
/// within [`TIME_WORD_WINDOW`] words ("about two years ago", not "about 200 people"). They were
/// most of the grammar's vain tries: numbers in news are mostly amounts.
static LEADS_TO_TIME: Lazy<HashSet<StartKey, FnvBuild>> = Lazy::new(|| {
    // Words of the time lexicons themselves stay free ("second", "may"), and so do the heads
    // of years in words ("nineteen ninety-six").
    let time_words: HashSet<StartKey> = time_phrases()
        .map(|p| start_key(first_word(p)))
        .chain(
            [
                "nineteen",
                "eighteen",
                "noon",
                "midday",
                "midnight",
                "overnight",
            ]
            .map(start_key),
        )
        .collect();
    first_keys(SMALL)
        .chain(first_keys(SCALES))
        .chain(first_keys(BEFORE_NUMBER.rows()))
        .chain(first_keys(VAGUE_AMOUNTS.rows()))
        .chain(first_keys(ORDINALS.rows()))
        .chain(["every", "each", "another", "recent"].map(start_key))
        .filter(|w| !time_words.contains(w))
        // "this" is mostly a determiner of other things ("this country").
        .chain(std::iter::once(start_key("this")))
        .collect()
});

/// How many words after a count may bring its time word: "at least 72 hours", "as many as
/// five years ago", "two to three weeks".
const TIME_WORD_WINDOW: usize = 4;

/// Whether `w` names time: a unit, month, weekday, part of day, season, holiday, zone or
/// clock word, alone, as the tail of a compound ("24-hour") or possessive ("year's").
fn is_time_word(w: &str) -> bool {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    let tail = w.rsplit('-').next().unwrap_or(w);
    let mut buf = [0u8; 32];
    [w, tail].iter().any(|w| {
        lower_into(w, &mut buf).is_some_and(|key| TIME_WORDS.contains(key))
            || (w.contains('’') && TIME_WORDS.contains(&start_key(w)))
    })
}

/// The words of [`is_time_word`], lower case, in one set: it is asked of up to four words
/// after every count.
static TIME_WORDS: Lazy<HashSet<StartKey, FnvBuild>> = Lazy::new(|| {
    phrases_of(UNITS.rows())
        .chain(phrases_of(MONTHS.rows()))
        .chain(phrases_of(WEEKDAYS.rows()))
        .chain(phrases_of(DAY_PARTS.rows()))
        .chain(phrases_of(SEASONS.rows()))
        .chain(phrases_of(HOLIDAYS.rows()))
        .chain(phrases_of(TIME_ZONES.rows()))
        .chain(phrases_of(TIME_AFTER_COUNT.rows()))
        .filter(|p| !p.contains(' '))
        .map(start_key)
        .collect()
});

/// Whether word `k` of `words` (words of `text`) may start an expression as far as counts go:
/// a count or qualifier needs a time word soon after it (see [`LEADS_TO_TIME`]); a number
/// that is a year, a clock time ("10:30") or more than digits ("1990s", "21st") needs none.
fn count_may_start(text: &str, words: &[(usize, &str)], k: usize) -> bool {
    let Some(&(at, w)) = words.get(k) else {
        return false;
    };
    let digits = w.bytes().all(|b| b.is_ascii_digit());
    let gated = if digits {
        // "10:30", "03/09/2017", "05.03.2018": a clock time or a date in figures.
        let after = &text.as_bytes()[(at + w.len()).min(text.len())..];
        let joined = matches!(after, [b':' | b'/' | b'.', d, ..] if d.is_ascii_digit());
        w.len() != 4 && !joined
    } else {
        let mut buf = [0u8; 32];
        lower_into(w, &mut buf).is_some_and(|key| LEADS_TO_TIME.contains(key))
    };
    let after = &words[k + 1..];
    // Any case: "3 PM" is no acronym.
    let meridiem = after.first().is_some_and(|&(_, next)| {
        MERIDIEMS
            .rows()
            .iter()
            .any(|(m, ())| next.eq_ignore_ascii_case(m))
    });
    !gated
        || meridiem
        || after
            .iter()
            .take(TIME_WORD_WINDOW)
            .any(|&(_, next)| is_time_word(next))
}

/// `x` in lower case, in `buf`; `None` when longer than any start word.
fn lower_into<'b>(x: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let key = buf.get_mut(..x.len())?;
    for (b, c) in key.iter_mut().zip(x.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    Some(key)
}

/// Whether a temporal expression may start with `w`, followed by the word `next`: a set
/// lookup or two, without allocating.
fn could_start(w: &str, next: Option<&str>) -> bool {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    let (mut buf, mut next_buf) = ([0u8; 32], [0u8; 32]);
    let Some(key) = lower_into(w, &mut buf) else {
        return false;
    };
    let starts = &*START_WORDS;
    if w.starts_with(|c: char| c.is_ascii_digit()) || starts.alone.contains(key) {
        return true;
    }
    let before_next = starts.before.get(key).is_some_and(|seconds| {
        let Some(n) = next else { return false };
        match lower_into(n, &mut next_buf) {
            Some(n) if !n.contains(&0xE2) => seconds.iter().any(|s| **s == *n),
            // A typographic apostrophe: compared as an ASCII one.
            _ => seconds.contains(&start_key(n)),
        }
    });
    if before_next {
        return true;
    }
    // The head of a hyphenated word: "mid-2019", "third-quarter".
    let head = w.bytes().position(|b| b == b'-').map_or(w, |at| &w[..at]);
    head.len() < w.len()
        && lower_into(head, &mut buf)
            .is_some_and(|h| starts.alone.contains(h) || starts.before.contains_key(h))
}

/// The tense around word `k`: the nearest cue wins, a future cue ("will", "next") in the words
/// before it or a past-tense verb close by ("began in May", "a deal inked in September").
fn tense_at(words: &[(usize, &str)], k: usize, next: usize) -> Tense {
    // "had been due to expire Friday", "had filed reports by Wednesday": a plan or deadline
    // seen from the past is past.
    let after = next..(next + FUTURE_LOOKAHEAD).min(words.len());
    let perfect = (k.saturating_sub(FUTURE_LOOKBACK)..k)
        .chain(after.clone())
        .any(|j| words[j].1 == "had");
    if perfect {
        return Tense::Past;
    }
    // "by Jan. 14": a deadline ahead; "as early as Tuesday", "as soon as Monday".
    let before = |n: usize, w: &str| k >= n && words[k - n].1.eq_ignore_ascii_case(w);
    if before(1, "by") || (before(1, "as") && before(3, "as")) {
        return Tense::Future;
    }
    // "since year-end", "since June": a time since which something holds is over.
    if before(1, "since") {
        return Tense::Past;
    }
    // One-word cues ("will") and two-word ones ("set to", "is to").
    let cue_at = |j: usize| {
        let w = words[j].1;
        let pair = words
            .get(j + 1)
            .filter(|_| j + 1 < k || j > k)
            .map(|(_, next)| (w, *next));
        is_in(&FUTURE_CUES, w)
            || w.ends_with("'ll")
            || pair.is_some_and(|(a, b)| {
                FUTURE_CUES
                    .starting_with(a)
                    .iter()
                    .any(|e| e.tail.eq_ignore_ascii_case(b))
            })
    };
    let future = (k.saturating_sub(FUTURE_LOOKBACK)..k)
        .rev()
        .find(|&j| cue_at(j))
        .map(|j| k - j)
        // "On Tuesday, the group plans to hold a news conference": a cue right after, but
        // not a participle ("On Friday, the government planned to pay"), nor "next", which
        // after the expression dates something else ("on Monday; the next morning").
        .or_else(|| {
            after
                .clone()
                .find(|&j| {
                    let w = words[j].1;
                    cue_at(j) && !w.ends_with("ed") && !w.eq_ignore_ascii_case("next")
                })
                .map(|j| j + 1 - next)
        });
    let is_past = |j: usize| {
        let w = words[j].1;
        // "will be held" is no past: a participle after "be" is passive.
        let after_be = j > 0
            && ["be", "been", "being"]
                .iter()
                .any(|b| words[j - 1].1.eq_ignore_ascii_case(b));
        !after_be
            && (is_in(&PAST_VERBS, w)
                || (w.len() >= 5
                    && w.ends_with("ed")
                    && w.starts_with(char::is_lowercase)
                    && !is_in(&NOT_PAST, w)))
    };
    let from = k.saturating_sub(PAST_LOOKBACK);
    let to = (k + PAST_LOOKAHEAD + 1).min(words.len());
    let past = (from..to)
        .filter(|&j| j != k && is_past(j))
        .map(|j| j.abs_diff(k))
        .min();
    match (future, past) {
        (Some(f), Some(p)) if p < f => Tense::Past,
        (Some(_), _) => Tense::Future,
        (None, Some(_)) => Tense::Past,
        (None, None) => Tense::Unknown,
    }
}

/// Finds the temporal expressions of the sentences `text[start..end]`, appending to `out`.
pub(crate) fn scan_sentences(
    text: &str,
    sentences: impl IntoIterator<Item = (usize, usize)>,
    out: &mut Vec<RawTimex>,
) {
    // One buffer of words for all sentences: no allocation per sentence.
    let mut words: Vec<(usize, &str)> = Vec::new();
    for (start, end) in sentences {
        words.clear();
        scan_sentence(text, start, end, &mut words, out);
    }
}

/// Finds the temporal expressions of `text[start..end]` (one sentence), appending to `out`;
/// `words` is an empty buffer for its words.
fn scan_sentence<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    words: &mut Vec<(usize, &'a str)>,
    out: &mut Vec<RawTimex>,
) {
    let window = &text[..end];
    let mut pos = start;
    while pos < end {
        let rest = &window[pos..];
        match word(rest) {
            Ok((after, w)) => {
                words.push((end - after.len() - w.len(), w));
                pos = end - after.len();
            }
            // Punctuation: step over one character.
            Err(_) => pos += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    let mut k = 0;
    while k < words.len() {
        let (at, first) = words[k];
        // An article ("the", "a") is the commonest word that can start an expression: try
        // the grammar there only when the next word can go on into one.
        let article = ["the", "a", "an"]
            .iter()
            .any(|a| first.eq_ignore_ascii_case(a));
        let worth_trying = if article {
            words.get(k + 1).is_some_and(|&(_, next)| {
                (could_start(next, words.get(k + 2).map(|&(_, w)| w))
                    && count_may_start(window, words, k + 1))
                    || is_in(&AFTER_ARTICLE, next)
            })
        } else {
            could_start(first, words.get(k + 1).map(|&(_, w)| w))
                && count_may_start(window, words, k)
        };
        if !worth_trying {
            k += 1;
            continue;
        }
        let found = expression(&window[at..]).map(with_day_after_clock);
        if let Some(p) = found.as_ref() {
            let before = words[..k].last().map(|(_, w)| *w);
            if is_name_or_modal_may(p, first, before) {
                k += 1;
                continue;
            }
            if is_age_or_rate(p, before) || names_a_periodical(p, before) {
                // Skip its words too: "years" of "52 years old" is no span either.
                let stop = end - p.rest.len();
                k = words.partition_point(|(s, _)| *s < stop).max(k + 1);
                continue;
            }
        }
        match found {
            Some(Parsed {
                rest,
                expr,
                part,
                position,
                qualifier,
                clock,
            }) => {
                let stop = end - rest.len();
                // TimeML leaves "earlier" and "later" out of a weekday ("earlier Friday"),
                // keeping what they say as a modifier; "earlier this year" is one expression.
                let at = match words.get(k) {
                    Some((_, w))
                        if position.is_some()
                            && matches!(expr, Expr::Weekday { .. })
                            && ["earlier", "later"]
                                .iter()
                                .any(|p| w.eq_ignore_ascii_case(p)) =>
                    {
                        words.get(k + 1).map_or(at, |(s, _)| *s)
                    }
                    _ => at,
                };
                // "the third-quarter", "the 20th-century": the adjective alone.
                let at = match (words.get(k), words.get(k + 1)) {
                    (Some((_, the)), Some((s, q)))
                        if the.eq_ignore_ascii_case("the")
                            && (q.contains("-quarter")
                                || q.to_ascii_lowercase().ends_with("-century")) =>
                    {
                        *s
                    }
                    _ => at,
                };
                let trimmed = window[at..stop].trim_end_matches([',', ' ', '.']);
                let stop = at + trimmed.len().max(1);
                // A full stop that ends an abbreviation belongs to it ("Sept.").
                let last_word = trimmed
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let abbreviation = last_word.len() <= 4
                    && (is_in(&MONTHS, last_word) || is_in(&WEEKDAYS, last_word))
                    && !["june", "july", "may"]
                        .iter()
                        .any(|m| last_word.eq_ignore_ascii_case(m));
                let meridiem = ["a.m", "p.m"]
                    .iter()
                    .any(|m| trimmed.to_ascii_lowercase().ends_with(m));
                let stop = if (abbreviation || meridiem) && window[stop..].starts_with('.') {
                    stop + 1
                } else {
                    stop
                };
                out.push(RawTimex {
                    start: at,
                    end: stop,
                    expr,
                    part,
                    position,
                    clock,
                    qualifier,
                    tense: tense_at(words, k, words.partition_point(|(s, _)| *s < stop)),
                });
                k = words.partition_point(|(s, _)| *s < stop).max(k + 1);
            }
            None => k += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Vec<(String, Expr)> {
        let mut out = Vec::new();
        scan_sentences(s, [(0, s.len())], &mut out);
        out.iter()
            .map(|t| (s[t.start..t.end].to_string(), t.expr))
            .collect()
    }

    #[test]
    fn finds_the_common_forms() {
        let found =
            scan("On Friday night, 24 hours after talks in June 2019, troops left last week.");
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["Friday night", "24 hours", "June 2019", "last week"]
        );
    }

    #[test]
    fn dates_in_both_orders() {
        assert_eq!(
            scan("on April 9, 2019")[0].1,
            Expr::Calendar {
                year: Some(2019),
                month: Some(4),
                day: Some(9)
            }
        );
        assert_eq!(
            scan("on 22 September, 2020")[0].1,
            Expr::Calendar {
                year: Some(2020),
                month: Some(9),
                day: Some(22)
            }
        );
        assert_eq!(scan("Sept. 30")[0].0, "Sept. 30");
    }

    #[test]
    fn counts_start_expressions_only_before_time_words() {
        let texts: Vec<String> = scan(
            "About 200 people fled at 10:30 and 3 PM, some two to three weeks after the \
             winter of nineteen ninety-six, for 1 1/2 hours and a 24-hour curfew; 1,384 \
             shares rose 2.5% in this year's first half.",
        )
        .into_iter()
        .map(|(t, _)| t)
        .collect();
        assert_eq!(
            texts,
            [
                "10:30",
                "3 PM",
                "three weeks",
                "the winter",
                "nineteen ninety-six",
                "1 1/2 hours",
                "24-hour",
                "this year's first half"
            ]
        );
    }

    #[test]
    fn modal_may_is_no_month() {
        assert!(scan("He may leave.").is_empty());
    }
}
