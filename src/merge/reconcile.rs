//! Reconciling the counts of several reports of one incident, the way UCDP codes its
//! low / best / high estimates:
//! - low: the most conservative figure any report gives (its low: "at least 35" gives 35);
//! - high: the highest figure any report gives (its high, else its best);
//! - best: the median of the reports' best figures, the lower of the two middle ones when
//!   their number is even, so that the best never rests on the single highest claim and is
//!   always a figure some report gave.
//!
//! Figures are reconciled per side and outcome. Reports whose figure totals several
//! incidents ([`ReportRole::Total`](super::ReportRole)) are kept with the incident but enter
//! the reconciliation only when no report of the incident itself gives a figure.

use serde::Serialize;

use super::IncidentReport;
use crate::casualty::{Outcome, Qualifier, Side, VictimClass};
use crate::event::SideCasualties;

/// Casualties of one side and one outcome, reconciled over an incident's reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ReconciledCasualties {
    /// The side (`GOV`, `IS`, `civilians`, ...), `None` when the reports do not say.
    pub side: Option<Side>,
    /// Civilians, combatants or unknown.
    pub class: VictimClass,
    /// Killed, injured, captured, missing or displaced.
    pub outcome: Outcome,
    /// The most conservative figure of the reports.
    pub low: Option<u64>,
    /// The median of the reports' best figures (the lower middle one of an even number).
    pub best: Option<u64>,
    /// The highest figure of the reports.
    pub high: Option<u64>,
    /// The qualifier of the report the best figure comes from.
    pub qualifier: Qualifier,
    /// Every figure is an aggregate of parts.
    pub aggregate: bool,
    /// The reports that gave a figure (indices into `Incident::reports`).
    pub reports: Vec<usize>,
}

/// Per side and outcome, the reconciled figures of `reports`.
pub(super) fn reconcile(reports: &[IncidentReport]) -> Vec<ReconciledCasualties> {
    let direct: Vec<usize> = (0..reports.len())
        .filter(|&k| reports[k].role == super::ReportRole::Incident)
        .collect();
    let has_figure = |k: &usize| {
        reports[*k]
            .event
            .casualties
            .iter()
            .any(|c| c.best.is_some())
    };
    let used: Vec<usize> = if direct.iter().any(has_figure) {
        direct
    } else {
        (0..reports.len()).collect()
    };
    // A figure without a side ("14 people") is of the one side the other reports give for
    // that outcome ("12 villagers"), when they give one.
    let sides_of = |outcome: Outcome| {
        let mut sides: Vec<&Side> = used
            .iter()
            .flat_map(|&k| &reports[k].event.casualties)
            .filter(|c| c.outcome == outcome)
            .filter_map(|c| c.side.as_ref())
            .collect();
        sides.sort_unstable();
        sides.dedup();
        sides
    };
    let rows: Vec<(usize, Option<Side>, &SideCasualties)> = used
        .iter()
        .flat_map(|&k| {
            // A figure the report's own total does not count is no figure of the incident.
            reports[k]
                .event
                .casualties
                .iter()
                .filter(|c| c.counted)
                .map(move |c| (k, c))
        })
        .map(|(k, c)| {
            let side = c.side.clone().or_else(|| match sides_of(c.outcome)[..] {
                [only] => Some(only.clone()),
                _ => None,
            });
            (k, side, c)
        })
        .collect();
    let mut keys: Vec<(Option<Side>, Outcome)> = Vec::new();
    for (_, side, c) in &rows {
        let key = (side.clone(), c.outcome);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys.into_iter()
        .filter_map(|(side, outcome)| {
            // Per report, its row of the key, one with the side written first.
            let mut of_key: Vec<(usize, &SideCasualties)> = Vec::new();
            for &k in &used {
                let mut matching = rows
                    .iter()
                    .filter(|(r, s, c)| *r == k && *s == side && c.outcome == outcome);
                let first = matching.next();
                let written = std::iter::once(first)
                    .flatten()
                    .chain(matching)
                    .find(|(_, _, c)| c.side.is_some());
                if let Some((_, _, c)) = written.or(first) {
                    of_key.push((k, c));
                }
            }
            let (_, first) = of_key.first()?;
            let mut bests: Vec<(u64, usize)> = of_key
                .iter()
                .enumerate()
                .filter_map(|(i, (_, c))| Some((c.best?, i)))
                .collect();
            bests.sort_unstable();
            let median = bests.get(bests.len().saturating_sub(1) / 2).copied();
            let class = of_key
                .iter()
                .find(|(_, c)| c.side.is_some())
                .map_or(first.class, |(_, c)| c.class);
            Some(ReconciledCasualties {
                side,
                class,
                outcome,
                low: of_key.iter().filter_map(|(_, c)| c.low.or(c.best)).min(),
                best: median.map(|(b, _)| b),
                high: of_key.iter().filter_map(|(_, c)| c.high.or(c.best)).max(),
                qualifier: median.map_or(first.qualifier, |(_, i)| of_key[i].1.qualifier),
                aggregate: of_key.iter().all(|(_, c)| c.aggregate),
                reports: of_key.iter().map(|(k, _)| *k).collect(),
            })
        })
        .collect()
}
