//! Raw mentions → meaning: public casualties with article-level flags, and article totals.

mod earlier;
pub(crate) mod time;
mod totals;

pub(crate) use earlier::{mark_earlier_incidents, opening_date};

pub use totals::{total, Scope, Total};

use crate::casualty::{
    Casualty, CasualtyFlags, Count, Outcome, Qualifier, Side, VictimClass, Victims,
};
use crate::grammar::casualty::RawCasualty;
use crate::span::Span;

/// Most counts an aggregate is tested against.
const MAX_PARTS_POOL: usize = 12;
/// How many mentions on each side of a count may be its parts.
const PARTS_WINDOW: usize = 12;
/// Most counts one aggregate may sum.
const MAX_PARTS: usize = 4;

/// Turns one article's raw mentions (in text order) into casualties.
pub(crate) fn casualties(raw: &[RawCasualty], headline: impl Fn(usize) -> bool) -> Vec<Casualty> {
    let mut out: Vec<Casualty> = raw.iter().map(|m| casualty(m, headline(m.start))).collect();
    inherit_subset_sides(&mut out);
    mark_sums(&mut out);
    out
}

fn casualty(m: &RawCasualty, headline: bool) -> Casualty {
    let count_span = Span::new(m.count_start, m.count_end);
    Casualty {
        outcome: m.outcome,
        count: Count {
            value: m.count.value,
            upper: m.count.upper,
            qualifier: m.count.qualifier,
            vague: m.count.vague,
            span: count_span,
        },
        victims: match m.victims {
            Some(v) => Victims {
                side: v.side.map(Side::new),
                class: v.class,
                span: Span::new(v.start, v.end),
            },
            None => Victims {
                side: None,
                class: VictimClass::Unknown,
                span: Span::new(m.count_end, m.count_end),
            },
        },
        flags: CasualtyFlags {
            aggregate: m.aggregate_cue,
            cumulative: m.cumulative_cue,
            subset: m.subset,
            additive: m.additive,
            negated: m.negated,
            headline,
            claimed: false,
            conflicting: false,
            earlier: false,
        },
        span: Span::new(m.start, m.end),
        civilians_as_such: m.victims.is_some_and(|v| v.civilians_as_such),
        estimate: 0,
        one_incident: m.one_incident,
    }
}

/// "Another eight soldiers, including two officers": the officers are soldiers too.
fn inherit_subset_sides(out: &mut [Casualty]) {
    let mut parent_side = None;
    for c in out.iter_mut() {
        if !c.flags.subset {
            parent_side = c.victims.side.clone();
        } else if c.victims.side.is_none() {
            c.victims.side = parent_side.clone();
        }
    }
}

/// Whether a sum of parts fits a stated count: "at least 28" fits 13 + 15.
fn fits(count: &Count, sum: u64) -> bool {
    let Some(v) = count.value else { return false };
    match count.qualifier {
        Qualifier::Exact => sum == v,
        Qualifier::AtLeast | Qualifier::MoreThan => sum >= v && sum <= v + v / 4 + 2,
        Qualifier::Almost | Qualifier::UpTo | Qualifier::FewerThan => {
            sum <= v && sum + v / 5 + 1 >= v
        }
        Qualifier::About => sum + v / 7 + 1 >= v && sum <= v + v / 7 + 1,
        Qualifier::Range => count.upper.is_some_and(|u| sum >= v && sum <= u),
        Qualifier::Vague => false,
    }
}

/// A count that equals the sum of two to four other counts of the same outcome is an
/// aggregate ("35 killed since Thursday" = 27 + 8). Parts are looked for among the nearest
/// counts, so the work stays linear in the article. Vague headline counts are aggregates
/// when the body gives two or more counts of their outcome.
fn mark_sums(out: &mut [Casualty]) {
    let eligible = |c: &Casualty| {
        !c.flags.subset && !c.flags.cumulative && !c.flags.negated && c.count.best().is_some()
    };
    // Largest first, so that a total of totals is found before its parts are used.
    let mut order: Vec<usize> = (0..out.len()).filter(|&i| eligible(&out[i])).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(out[i].count.value), i));
    let mut parts: Vec<Part> = Vec::with_capacity(PARTS_WINDOW * 2);
    for &i in &order {
        // More of the victims before ("another three", "three in Siversk") sum no others.
        let Some(v) = out[i]
            .count
            .value
            .filter(|_| !out[i].flags.additive && !out[i].one_incident)
        else {
            continue;
        };
        let from = i.saturating_sub(PARTS_WINDOW);
        let to = (i + PARTS_WINDOW + 1).min(out.len());
        parts.clear();
        parts.extend(
            (from..to)
                .filter(|&j| {
                    j != i
                        && eligible(&out[j])
                        && out[j].outcome == out[i].outcome
                        && same_side_or_unknown(&out[i], &out[j])
                        && !out[j].flags.aggregate
                        && out[j].count.value.is_some_and(|p| p < v)
                })
                .filter_map(|j| {
                    let named = out[j].victims.side.is_some()
                        || out[j].victims.class != VictimClass::Unknown;
                    // Far from the count only parts named apart ("13 members of regime
                    // forces", "15 jihadists") sum it.
                    (named || near(&out[i], &out[j]))
                        .then_some(out[j].count.value)
                        .flatten()
                        .map(|value| Part { value, named })
                })
                .take(MAX_PARTS_POOL),
        );
        if some_sum_fits(&out[i].count, &parts) {
            out[i].flags.aggregate = true;
        }
    }
    for outcome in [
        Outcome::Killed,
        Outcome::Injured,
        Outcome::Captured,
        Outcome::Missing,
        Outcome::Displaced,
    ] {
        let body_counts = out
            .iter()
            .filter(|o| !o.flags.headline && o.outcome == outcome && eligible(o))
            .count();
        if body_counts < 2 {
            continue;
        }
        for c in out.iter_mut() {
            if c.outcome == outcome && c.flags.headline && c.count.qualifier == Qualifier::Vague {
                c.flags.aggregate = true;
            }
        }
    }
}

/// Most bytes between a sum and a part of it that names no victims apart: such counts
/// further off are other incidents' (a car bomb's 15 dead is no sum of "nine people" and "a
/// local councilman" told two sentences on).
const MAX_PART_DISTANCE: usize = 200;

/// Whether `part` is told near enough to `total` to be an unnamed part of it.
fn near(total: &Casualty, part: &Casualty) -> bool {
    let gap = if part.span.start >= total.span.end {
        part.span.start - total.span.end
    } else {
        total.span.start.saturating_sub(part.span.end)
    };
    gap <= MAX_PART_DISTANCE
}

/// A part of a sided total is on that side: "26 pro-regime fighters" is no sum of 20 regime
/// forces and 6 IS fighters.
fn same_side_or_unknown(total: &Casualty, part: &Casualty) -> bool {
    match (&total.victims.side, &part.victims.side) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Tries every choice of 2..=MAX_PARTS parts (the pool is small and bounded).
fn some_sum_fits(count: &Count, parts: &[Part]) -> bool {
    fn go(
        count: &Count,
        parts: &[Part],
        from: usize,
        chosen: usize,
        sum: u64,
        named: bool,
    ) -> bool {
        // A sum only near the count ("at least 18" of 12 and 9) must be of parts named
        // apart ("soldiers", "civilians"), not of more "people", which are mostly other
        // estimates or other incidents.
        let near_is_enough = named || count.value == Some(sum);
        if chosen >= 2 && fits(count, sum) && near_is_enough {
            return true;
        }
        if chosen == MAX_PARTS {
            return false;
        }
        (from..parts.len()).any(|j| {
            go(
                count,
                parts,
                j + 1,
                chosen + 1,
                sum.saturating_add(parts[j].value),
                named || parts[j].named,
            )
        })
    }
    go(count, parts, 0, 0, 0, false)
}

/// A count that may be a part of a sum: its value, and whether it names its victims apart
/// (by side or class).
#[derive(Debug, Clone, Copy)]
struct Part {
    value: u64,
    named: bool,
}

/// Totals for the outcomes the report carries.
pub(crate) fn totals(casualties: &[Casualty]) -> (Option<Total>, Option<Total>) {
    (
        total(casualties, Outcome::Killed, Scope::AllVictims),
        total(casualties, Outcome::Injured, Scope::AllVictims),
    )
}
