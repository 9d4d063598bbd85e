//! Article totals: how many were killed (or injured) in what the article reports.
//!
//! The rule, in order:
//! 1. Only counts of the outcome count. Whole-war tolls (cumulative), parts of another count
//!    (subset) and negations are left out.
//! 2. A count equal to one already taken and not marked as additional ("another", "more",
//!    "others", "along with") is the same count said again (a headline and a lead) and is
//!    taken once.
//! 3. Additional counts are added to the count before them: "killed 4 in Diyarbakir while
//!    another three died in Kiziltepe" gives 7.
//! 4. The total is the largest of these sums and of the aggregates the article gives.
//! 5. With no number but a negation ("no one was hurt"), the total is 0; with only vague
//!    words ("dozens"), there is no total.

use serde::Serialize;

use crate::casualty::{Casualty, Outcome, Qualifier};
use crate::span::Span;

/// An article-level total for one outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Total {
    /// The best estimate.
    pub best: u64,
    /// The counts summed into it.
    pub evidence: Vec<Span>,
}

/// The article total for `outcome`, by the rule in this module's documentation.
pub fn total(casualties: &[Casualty], outcome: Outcome) -> Option<Total> {
    let counted: Vec<&Casualty> = casualties
        .iter()
        .filter(|c| {
            c.outcome == outcome
                && !c.flags.cumulative
                && !c.flags.subset
                && !c.flags.negated
                && c.count.qualifier != Qualifier::Vague
        })
        .collect();
    if counted.is_empty() {
        let denied = casualties
            .iter()
            .any(|c| c.flags.negated && (c.outcome == outcome || c.count.upper == Some(0)));
        return denied.then(|| Total {
            best: 0,
            evidence: Vec::new(),
        });
    }
    let mut best: Option<Total> = None;
    let mut group: Option<Total> = None;
    let mut seen: Vec<u64> = Vec::new();
    for c in counted {
        let Some(v) = c.count.best() else { continue };
        let additional = c.flags.additive;
        if !additional && seen.contains(&v) {
            continue;
        }
        seen.push(v);
        group = match group.take() {
            Some(mut g) if additional && !c.flags.aggregate => {
                g.best = g.best.saturating_add(v);
                g.evidence.push(c.count.span);
                Some(g)
            }
            _ => Some(Total {
                best: v,
                evidence: vec![c.count.span],
            }),
        };
        if let Some(g) = &group {
            if best.as_ref().map_or(true, |b| g.best > b.best) {
                best = Some(g.clone());
            }
        }
    }
    best
}
