//! Events: what happened, when, to whom, by whose account, assembled from one article's
//! casualty mentions and temporal expressions. Informed by the UCDP GED and ACLED schemas.

mod actors;
mod assemble;
mod estimates;
mod places;
mod types;

pub(crate) use actors::{mark_claimed_counts, sides_of_jihadists, sides_of_speakers, ActorAlias};
pub use actors::{Actor, ActorRole, Source};
pub(crate) use assemble::{assemble, Inputs};
pub(crate) use estimates::mark_conflicting_counts;
pub use places::Location;
pub use types::EventType;

use serde::Serialize;

use crate::casualty::{Outcome, Qualifier, Side, VictimClass};
use crate::span::Span;
use crate::time::{Granularity, Interval};

/// How precisely an event's date is known, in UCDP GED's `date_prec` terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DatePrecision {
    /// 1: the exact day.
    Day = 1,
    /// 2: within two to six days.
    Days = 2,
    /// 3: within a week (7 to 29 days).
    Week = 3,
    /// 4: within a month.
    Month = 4,
    /// 5: within a year.
    Year = 5,
}

impl DatePrecision {
    /// UCDP's numeric code, 1 (exact day) to 5 (within a year).
    pub fn ucdp_code(self) -> u8 {
        self as u8
    }

    /// The precision of a period of `days` days.
    pub(crate) fn of_days(days: i64) -> DatePrecision {
        match days {
            ..=1 => DatePrecision::Day,
            2..=6 => DatePrecision::Days,
            7..=29 => DatePrecision::Week,
            30..=31 => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    fn of(granularity: Granularity) -> DatePrecision {
        match granularity {
            Granularity::Time | Granularity::DayPart | Granularity::Day => DatePrecision::Day,
            Granularity::Week => DatePrecision::Week,
            Granularity::Month => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct EventDate {
    /// The TIMEX3 value of the date (`2017-09-01TNI`, `2019-04`).
    pub value: String,
    /// The calendar interval it covers.
    pub interval: Option<Interval>,
    /// UCDP's date precision.
    pub precision: DatePrecision,
    /// The event names no date of its own and takes the article's reference date.
    pub inherited: bool,
    /// The words that give the date (none when inherited).
    pub span: Option<Span>,
}

/// Casualties of one side and one outcome in one event, in UCDP's low / best / high terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SideCasualties {
    /// The side (`GOV`, `IS`, `civilians`, ...), `None` when the text does not say.
    pub side: Option<Side>,
    /// Civilians, combatants or unknown.
    pub class: VictimClass,
    /// Killed, injured, captured, missing or displaced.
    pub outcome: Outcome,
    /// The most conservative figure ("at least 35" gives 35); with conflicting figures of
    /// sources ("police said 12 ... Residents said 18"), the lowest.
    pub low: Option<u64>,
    /// The best estimate.
    pub best: Option<u64>,
    /// The highest figure the text supports, of all sources' figures.
    pub high: Option<u64>,
    /// The qualifier of the count the figures come from.
    pub qualifier: Qualifier,
    /// The figure totals parts reported apart ("150 dead" over "120 IS fighters" and "35
    /// troops", or a toll over several incidents); it is not added to them.
    pub aggregate: bool,
    /// Whether the event's total counts the figure: `false` for another estimate of victims
    /// another row counts ("25 civilians were killed", where "the civil defence put the toll
    /// at 31"), which [`Event::total`] and the UCDP and ACLED rows do not add.
    pub counted: bool,
    /// The counts they were read from.
    pub evidence: Vec<Span>,
}

/// One incident reported by an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Event {
    /// What kind of event, after ACLED.
    pub event_type: EventType,
    /// The words that gave the event type, if any did.
    pub event_type_span: Option<Span>,
    /// When: the event's own date, else the article's reference date (marked inherited);
    /// `None` with neither.
    pub date: Option<EventDate>,
    /// Where: the most precise place the event's sentences name, else the article's country.
    pub location: Option<Location>,
    /// Every place the event's sentences name.
    pub places: Vec<Location>,
    /// Who took part: perpetrators, targets or, in a clash, combatants.
    pub actors: Vec<Actor>,
    /// Casualties, per side and outcome.
    pub casualties: Vec<SideCasualties>,
    /// Who reported it: the source named in the event's sentences, else the article's first.
    pub source: Option<Source>,
    /// The casualty mentions of the report this event holds (indices into
    /// `Report::casualties`).
    pub mentions: Vec<usize>,
    /// The sentences the event was read from.
    pub span: Span,
}

impl Event {
    /// Killed of all sides, by the best estimates.
    pub fn killed(&self) -> u64 {
        self.total(Outcome::Killed)
    }

    /// The sum of the best estimates for one outcome; an aggregate figure counts only when
    /// the event holds no parts.
    pub fn total(&self, outcome: Outcome) -> u64 {
        self.rows_in_total(outcome)
            .filter_map(|c| c.best)
            .fold(0, u64::saturating_add)
    }

    /// The rows of one outcome that [`Event::total`] adds: counted ones, aggregates only when
    /// the event holds no parts.
    pub(crate) fn rows_in_total(&self, outcome: Outcome) -> impl Iterator<Item = &SideCasualties> {
        in_total(self.casualties.iter().filter(|c| c.counted), outcome, |c| {
            (c.outcome, c.best, c.aggregate)
        })
    }

    /// True when every figure of the event is an aggregate: a toll over several incidents
    /// ("almost 50 fighters killed in 48 hours") rather than one incident's count.
    pub fn is_aggregate(&self) -> bool {
        let mut figures = self
            .casualties
            .iter()
            .filter(|c| c.counted && c.best.is_some())
            .peekable();
        figures.peek().is_some() && figures.all(|c| c.aggregate)
    }
}

/// The sum of the best figures `(outcome, best, aggregate)` of one outcome; aggregates count
/// only when there are no parts, which they would repeat.
pub(crate) fn sum_best(
    rows: impl Iterator<Item = (Outcome, Option<u64>, bool)> + Clone,
    outcome: Outcome,
) -> u64 {
    in_total(rows, outcome, |&r| r)
        .filter_map(|(_, best, _)| best)
        .fold(0, u64::saturating_add)
}

/// The rows of one outcome a total adds, each seen as `(outcome, best, aggregate)` by
/// `figures`: aggregates only when there are no parts, which they would repeat.
fn in_total<R>(
    rows: impl Iterator<Item = R> + Clone,
    outcome: Outcome,
    figures: impl Fn(&R) -> (Outcome, Option<u64>, bool) + Copy,
) -> impl Iterator<Item = R> {
    let of_outcome = rows.filter(move |r| figures(r).0 == outcome);
    let has_parts = of_outcome.clone().any(|r| {
        let (_, best, aggregate) = figures(&r);
        !aggregate && best.is_some()
    });
    of_outcome.filter(move |r| !(has_parts && figures(r).2))
}
