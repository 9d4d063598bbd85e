//! Article totals: how many were killed (or injured) in what the article reports.
//!
//! The rule, in order:
//! 1. Only counts of the outcome count. Whole-war tolls (cumulative), earlier incidents the
//!    article recalls (earlier), parts of another count (subset) and negations are left
//!    out, and so are a party's claims when a count no party gives is there.
//! 2. A count equal to one already taken and not marked as additional ("another", "more",
//!    "others", "along with") is the same count said again (a headline and a lead) and is
//!    taken once.
//! 3. Additional counts are added to the count before them: "killed 4 in Diyarbakir while
//!    another three died in Kiziltepe" gives 7; not to an aggregate, which holds them already.
//!    So are the fighters of a side the counts so far (all of fighters) have none of: "killed
//!    at least 10 federal soldiers ... it killed 50 Fano fighters" gives 60.
//! 4. The total is the largest of these sums and of the aggregates the article gives.
//! 5. With no number but a negation ("no one was hurt"), the total is 0; with only vague
//!    words ("dozens"), there is no total.

use std::collections::HashSet;

use serde::Serialize;

use crate::casualty::{Casualty, Outcome, Qualifier, VictimClass};
use crate::span::Span;

/// Which victims a total counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// Everyone the article reports (UCDP's "best" deaths of all sides). The default.
    #[default]
    AllVictims,
    /// Victims not named as combatants, as in atrocity and violence-against-civilians data
    /// (PITF's World Atrocities Dataset, ACLED's "violence against civilians"): counts of
    /// soldiers, police or fighters are left out, "seven people, including two soldiers"
    /// counts 5, and "ten people, including four civilians" counts 4. When every count of the
    /// outcome names combatants, they are all the article gives and they are counted.
    NonCombatants,
}

/// An article-level total for one outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Total {
    /// The best estimate.
    pub best: u64,
    /// The counts summed into it.
    pub evidence: Vec<Span>,
}

/// A count that may enter a total, with the value the scope gives it.
struct Candidate<'a> {
    casualty: &'a Casualty,
    value: u64,
}

/// Most bytes between a subset and the count it belongs to.
const MAX_SUBSET_DISTANCE: usize = 300;

/// The article total for `outcome`, by the rule in this module's documentation.
pub fn total(casualties: &[Casualty], outcome: Outcome, scope: Scope) -> Option<Total> {
    let of_outcome: Vec<&Casualty> = casualties.iter().filter(|c| c.outcome == outcome).collect();
    let mut counted: Vec<Candidate<'_>> = of_outcome
        .iter()
        .filter(|c| {
            !c.flags.cumulative
                && !c.flags.earlier
                && !c.flags.subset
                && !c.flags.negated
                && c.count.qualifier != Qualifier::Vague
        })
        .filter_map(|c| c.count.best().map(|value| Candidate { casualty: c, value }))
        .collect();
    // A party's claim gives way to a count no party gives.
    if counted.iter().any(|c| !c.casualty.flags.claimed) {
        counted.retain(|c| !c.casualty.flags.claimed);
    }
    if counted.is_empty() {
        // Only parts were given ("The dead included six civilians"): they are the total.
        counted = of_outcome
            .iter()
            .filter(|c| !c.flags.cumulative && !c.flags.negated)
            .filter_map(|c| c.count.best().map(|value| Candidate { casualty: c, value }))
            .collect();
    }
    if counted.is_empty() {
        let denied = casualties
            .iter()
            .any(|c| c.flags.negated && (c.outcome == outcome || c.count.upper == Some(0)));
        return denied.then(|| Total {
            best: 0,
            evidence: Vec::new(),
        });
    }
    if scope == Scope::NonCombatants {
        apply_non_combatant_scope(&of_outcome, &mut counted);
    }
    // The groups of counts, in order; a group's sum only grows, so the total is the first
    // group of the largest sum (no group is copied as it grows: many additional counts
    // cost linear time).
    let mut groups: Vec<Total> = Vec::new();
    let mut group: Option<Total> = None;
    let mut seen: HashSet<u64> = HashSet::new();
    let mut group_is_aggregate = false;
    // The sides of the group's counts while every one names the fighters of a side.
    let mut group_sides: Option<Vec<&str>> = None;
    for candidate in counted {
        let c = candidate.casualty;
        let v = candidate.value;
        // "killed at least 10 soldiers ... it killed 50 Fano fighters": the dead of the
        // other side of a fight add to the group's (civilians named apart may be of another
        // incident: "an apparent revenge attack for the murder of a soldier").
        let other_side = match (&group_sides, fighters_of(c)) {
            (Some(sides), Some(side)) => !sides.contains(&side),
            _ => false,
        };
        let additional = c.flags.additive || other_side;
        if !seen.insert(v) && !additional {
            continue;
        }
        group = match group.take() {
            // An aggregate already holds the counts said after it.
            Some(mut g) if additional && !c.flags.aggregate && !group_is_aggregate => {
                g.best = g.best.saturating_add(v);
                g.evidence.push(c.count.span);
                if let (Some(sides), Some(side)) = (group_sides.as_mut(), fighters_of(c)) {
                    // Each side once: the test above reads them all.
                    if !sides.contains(&side) {
                        sides.push(side);
                    }
                } else {
                    group_sides = None;
                }
                Some(g)
            }
            previous => {
                groups.extend(previous);
                group_sides = fighters_of(c).map(|side| vec![side]);
                group_is_aggregate = c.flags.aggregate;
                Some(Total {
                    best: v,
                    evidence: vec![c.count.span],
                })
            }
        };
    }
    groups.extend(group);
    let largest = groups.iter().map(|g| g.best).max()?;
    groups.into_iter().find(|g| g.best == largest)
}

/// The side whose fighters a count counts (the empty code for fighters of no side named:
/// "30 militants"), if it counts fighters.
fn fighters_of(c: &Casualty) -> Option<&str> {
    (c.victims.class == VictimClass::Combatant)
        .then(|| c.victims.side.as_ref().map_or("", |side| side.as_str()))
}

/// Narrows the candidates to non-combatants (see [`Scope::NonCombatants`]).
fn apply_non_combatant_scope(of_outcome: &[&Casualty], counted: &mut Vec<Candidate<'_>>) {
    for candidate in counted.iter_mut() {
        let parent = candidate.casualty;
        if parent.victims.class != VictimClass::Unknown {
            continue;
        }
        // The subsets that follow this count closely (`of_outcome` is in text order).
        let first = of_outcome.partition_point(|s| s.span.start < parent.span.start);
        let subsets = of_outcome[first..]
            .iter()
            .take_while(|s| s.span.start <= parent.span.end + MAX_SUBSET_DISTANCE)
            .filter(|s| s.flags.subset);
        // Civilians named among "people" by a role are not a contrast ("29 people,
        // including 10 foreigners"), civilians named as such are ("10 people dead,
        // including five civilians" counts 5); soldiers named among them are left out.
        let sum = |class: VictimClass, as_such: bool| -> u64 {
            subsets
                .clone()
                .filter(|s| s.victims.class == class && (!as_such || s.civilians_as_such))
                .filter_map(|s| s.count.best())
                .fold(0, u64::saturating_add)
        };
        let civilians = sum(VictimClass::Civilian, true);
        candidate.value = candidate
            .value
            .saturating_sub(sum(VictimClass::Combatant, false));
        if civilians > 0 {
            candidate.value = candidate.value.min(civilians);
        }
    }
    let any_non_combatant = counted
        .iter()
        .any(|c| c.casualty.victims.class != VictimClass::Combatant);
    if any_non_combatant {
        counted.retain(|c| c.casualty.victims.class != VictimClass::Combatant);
    }
}
