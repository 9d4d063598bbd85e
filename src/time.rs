//! Temporal expressions resolved to TimeML TIMEX3 values.

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::span::Span;

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum TimexKind {
    /// A calendar date or period: "Friday", "June 2019", "last year", "now".
    Date,
    /// A time of day: "10:30 a.m.", "Friday night".
    Time,
    /// A length of time: "24 hours", "eight-year".
    Duration,
    /// A recurrence: "daily", "every Friday".
    Set,
}

impl TimexKind {
    /// The TIMEX3 attribute value: `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

/// The TIMEX3 `mod` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum TimexMod {
    /// "early June", "earlier this month".
    Start,
    /// "mid-2019".
    Mid,
    /// "late November".
    End,
    /// "about two years".
    Approx,
    /// "more than two years".
    MoreThan,
    /// "less than a week".
    LessThan,
    /// "at least 72 hours".
    EqualOrMore,
    /// "up to two years".
    EqualOrLess,
}

impl TimexMod {
    /// The TIMEX3 attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Approx => "APPROX",
            TimexMod::MoreThan => "MORE_THAN",
            TimexMod::LessThan => "LESS_THAN",
            TimexMod::EqualOrMore => "EQUAL_OR_MORE",
            TimexMod::EqualOrLess => "EQUAL_OR_LESS",
        }
    }
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Granularity {
    /// A time of day.
    Time,
    /// A part of a day ("Friday night").
    DayPart,
    /// A day.
    Day,
    /// A week or a weekend.
    Week,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// A half-open interval `[start, end)` of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Interval {
    /// The first instant.
    pub start: NaiveDateTime,
    /// The first instant after.
    pub end: NaiveDateTime,
}

/// A temporal expression of the text, resolved against the article's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Timex {
    /// The words.
    pub span: Span,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimexKind,
    /// The TIMEX3 value: `2017-09-01TNI`, `2017-06`, `PT48H`, `2019-W17`, `PAST_REF`,
    /// `XXXX-WXX-5` when there is no reference date to resolve against.
    pub value: String,
    /// The TIMEX3 `mod`, if any.
    pub modifier: Option<TimexMod>,
    /// The precision of a resolved DATE or TIME.
    pub granularity: Option<Granularity>,
    /// The calendar interval a resolved DATE or TIME covers.
    pub interval: Option<Interval>,
}

/// How a bare weekday or month ("said Sunday", "in June") is placed against the reference
/// date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimePolicy {
    /// News usage: the nearest past one, the reference day or month itself included; a future
    /// cue ("will", "next", "scheduled") in the sentence flips it to the nearest future one.
    /// With no tense cue at all, a month whose middle is at most 50 days ahead is the coming
    /// one ("results due in mid-November" in a report of 27 October).
    #[default]
    NewsPast,
    /// Always the nearest one in the past (or the reference itself).
    AlwaysPast,
    /// Always the nearest one in the future (or the reference itself).
    AlwaysFuture,
}

/// The article's date as its header gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Dateline {
    /// The date.
    pub date: chrono::NaiveDate,
    /// The time of day, when the header gives one.
    pub time: Option<chrono::NaiveTime>,
    /// Where the header gives it.
    pub span: Span,
}
