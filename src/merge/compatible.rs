//! Whether two reports can be of the same incident: dates that overlap within their
//! precision, places that are the same or near enough for their precision, actors that
//! agree, event types and counts that do not contradict each other.
//!
//! Each test gives `None` for a contradiction and otherwise a score, higher when the
//! agreement is specific (the same village rather than the same country), so that an event
//! joins the incident it agrees with most.

use chrono::Datelike;

use crate::casualty::Outcome;
use crate::event::{Event, EventType, Location, SideCasualties};
use crate::gazetteer::fold;
use crate::lexicon::actors::UNIDENTIFIED;

/// Days before its article's date an event with an inherited date may have happened: news
/// reports yesterday's attacks as often as today's.
const INHERITED_SLACK_DAYS: i32 = 1;
/// The longest date window that can still be matched: a month.
pub(super) const MAX_WINDOW_DAYS: i32 = 31;
/// A count agrees with another up to twice it plus this many: 13 and 26 agree, 2 and 6 do
/// not.
const COUNT_SLACK: u64 = 1;
/// A part may exceed the total that holds it by this share ("almost 50" holds 13 + 27 + 8).
const PART_SLACK: f64 = 1.2;

/// The days an event may have happened on, `[first, last]` as days from the common era.
pub(super) fn window(event: &Event) -> Option<(i32, i32)> {
    let date = event.date.as_ref()?;
    let interval = date.interval?;
    let first = interval.start.date().num_days_from_ce();
    let last = (interval.end - chrono::Duration::seconds(1))
        .date()
        .num_days_from_ce()
        .max(first);
    let slack = if date.inherited {
        INHERITED_SLACK_DAYS
    } else {
        0
    };
    Some((first - slack, last))
}

/// True when the window is narrow enough to be matched.
pub(super) fn matchable((first, last): (i32, i32)) -> bool {
    last - first < MAX_WINDOW_DAYS
}

/// Dates: the windows overlap; a shared exact day scores.
pub(super) fn dates(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> Option<u32> {
    let ((a0, a1), (b0, b1)) = (a?, b?);
    if a0 > b1 || b0 > a1 {
        return None;
    }
    Some(u32::from(a0 == a1 && a == b))
}

/// A place's radius of uncertainty in kilometres, by UCDP `where_prec`.
fn radius_km(precision: u8) -> f64 {
    match precision {
        1 => 10.0,
        2 => 25.0,
        3 => 50.0,
        4 => 80.0,
        _ => 150.0,
    }
}

/// Great-circle distance in kilometres.
fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

fn coordinates(l: &Location) -> Option<(f64, f64)> {
    Some((l.latitude?, l.longitude?))
}

/// Places: the same country, and the same place, one holding the other, or places whose
/// areas of uncertainty touch ("the western edges of Aleppo" and "outside the region of
/// Idlib"). A country-only place holds every place of the country. Events that agree only on
/// a region or country must not name different places inside it ("Bakin Kogi, Kaduna State"
/// and "Atakad District, Kaduna State").
pub(super) fn places(a: &Event, b: &Event) -> Option<u32> {
    let score = locations(a.location.as_ref()?, b.location.as_ref()?)?;
    if score >= 3 {
        return Some(score);
    }
    let (mut pa, pb) = (specific_places(a), specific_places(b));
    let none = pa.clone().next().is_none() || pb.clone().next().is_none();
    (none || pa.any(|x| pb.clone().any(|y| x == y))).then_some(score)
}

/// The names of the places below a region an event names, as the gazetteer or the text
/// gives them.
fn specific_places(event: &Event) -> impl Iterator<Item = &str> + Clone {
    event
        .places
        .iter()
        .filter(|l| l.precision < 4 || l.precision == 7)
        .map(|l| l.canonical.as_deref().unwrap_or(&l.name))
}

fn locations(a: &Location, b: &Location) -> Option<u32> {
    if a.country.is_none() || a.country != b.country {
        return None;
    }
    // Names the gazetteer does not know agree by their spelling.
    if a.precision == 7 && b.precision == 7 {
        return Some(if fold(&a.name) == fold(&b.name) { 3 } else { 0 });
    }
    if a.precision >= 6 || b.precision >= 6 {
        return Some(0);
    }
    if a.canonical.is_some() && a.canonical == b.canonical {
        return Some(if a.precision < 4 && b.precision < 4 {
            3
        } else {
            1
        });
    }
    if a.admin1.is_some() && a.admin1 == b.admin1 && (a.precision == 4 || b.precision == 4) {
        return Some(1);
    }
    match (coordinates(a), coordinates(b)) {
        (Some(p), Some(q)) => {
            (distance_km(p, q) <= radius_km(a.precision) + radius_km(b.precision)).then_some(1)
        }
        // A first-order unit the gazetteer holds no point for cannot be told apart.
        _ if a.precision >= 4 || b.precision >= 4 => Some(0),
        _ => None,
    }
}

/// The armed actors an event names: every actor but the civilians and the unidentified
/// attackers ("gunmen" in one report may be "al-Shabaab" in another).
fn armed(event: &Event) -> impl Iterator<Item = &str> {
    event
        .actors
        .iter()
        .map(|a| a.code.as_str())
        .filter(|&c| c != "civilians" && c != UNIDENTIFIED)
}

/// Actors: events that both name armed actors share one of them.
pub(super) fn actors(a: &Event, b: &Event) -> Option<u32> {
    if armed(a).next().is_none() || armed(b).next().is_none() {
        return Some(0);
    }
    armed(a).any(|x| armed(b).any(|y| x == y)).then_some(1)
}

/// Event types: the same, or kinds one outlet may report for another's: a raid as a clash
/// or an attack, a car bomb as a suicide bombing, shelling as an air strike. An event whose
/// type no word gave (`event_type_span` is `None`) may also be a bombing, but not an air
/// strike or shelling, which reports name.
pub(super) fn event_types(a: &Event, b: &Event) -> Option<u32> {
    use EventType::*;
    let group = |t: EventType| match t {
        ArmedClash | GovernmentRegainsTerritory | NonStateActorOvertakesTerritory | Attack => 0,
        AirOrDroneStrike | ShellingArtilleryMissileAttack => 1,
        SuicideBomb | RemoteExplosiveLandmineIed | Grenade => 2,
        AbductionForcedDisappearance => 3,
        StrategicDevelopment => 4,
    };
    let unnamed = |e: &Event| e.event_type_span.is_none() && group(e.event_type) == 0;
    if a.event_type == b.event_type {
        Some(1)
    } else if group(a.event_type) == group(b.event_type)
        || (unnamed(a) && group(b.event_type) == 2)
        || (unnamed(b) && group(a.event_type) == 2)
    {
        Some(0)
    } else {
        None
    }
}

/// The figures of one outcome: every side's, aggregates only when there are no parts.
fn figures(event: &Event, outcome: Outcome) -> impl Iterator<Item = &SideCasualties> + Clone {
    let of_outcome =
        move |c: &&SideCasualties| c.outcome == outcome && c.counted && c.best.is_some();
    let parts = event
        .casualties
        .iter()
        .filter(of_outcome)
        .any(|c| !c.aggregate);
    event
        .casualties
        .iter()
        .filter(of_outcome)
        .filter(move |c| !(parts && c.aggregate))
}

/// Two figures agree when the larger is at most twice the smaller and a little. "At least"
/// allows any larger figure, but two outlets rarely differ more than that on one incident, and
/// a looser test merges neighbouring incidents.
fn agree(x: Option<u64>, y: Option<u64>) -> bool {
    let (Some(x), Some(y)) = (x, y) else {
        return true;
    };
    x.max(y) <= x.min(y).saturating_mul(2).saturating_add(COUNT_SLACK)
}

/// Counts: per outcome, the figures of every side both give agree, and so do the totals
/// when they share no side. Equal death tolls score.
pub(super) fn counts(a: &Event, b: &Event) -> Option<u32> {
    let mut score = 0;
    for outcome in [Outcome::Killed, Outcome::Injured] {
        let (fa, fb) = (figures(a, outcome), figures(b, outcome));
        if fa.clone().next().is_none() || fb.clone().next().is_none() {
            continue;
        }
        let mut shared_side = false;
        for x in fa {
            for y in fb.clone().filter(|y| y.side.is_some() && y.side == x.side) {
                if !agree(x.best, y.best) {
                    return None;
                }
                shared_side = true;
            }
        }
        let (ta, tb) = (a.total(outcome), b.total(outcome));
        // Sides compared, the totals may differ by a side one report leaves out.
        if !shared_side && !agree(Some(ta), Some(tb)) {
            return None;
        }
        if outcome == Outcome::Killed && ta == tb {
            score += 2;
        }
    }
    Some(score)
}

/// A total holds a part: the part's killed, side by side, do not exceed the total's highest
/// figure by more than a little.
pub(super) fn holds(total: &Event, part: &Event) -> bool {
    let (t, p) = (
        figures(total, Outcome::Killed),
        figures(part, Outcome::Killed),
    );
    let top = |c: &SideCasualties| c.high.or(c.best).unwrap_or(u64::MAX);
    let sum_top = t.clone().map(top).fold(0u64, u64::saturating_add);
    let part_total = part.total(Outcome::Killed);
    if t.clone().next().is_some() && part_total as f64 > sum_top as f64 * PART_SLACK {
        return false;
    }
    // A total of one side holds only parts where that side lost people.
    let mut t = t;
    t.all(|tc| {
        tc.side.is_none()
            || p.clone().next().is_none()
            || p.clone().any(|pc| pc.side.is_none() || pc.side == tc.side)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_great_circle() {
        let aleppo = (36.20, 37.16);
        let idlib = (35.93, 36.63);
        let d = distance_km(aleppo, idlib);
        assert!((50.0..62.0).contains(&d), "{d}");
        assert_eq!(distance_km(aleppo, aleppo), 0.0);
    }

    #[test]
    fn windows_overlap_within_their_precision() {
        let day = Some((100, 100));
        let month = Some((90, 120));
        assert_eq!(dates(day, month), Some(0));
        assert_eq!(dates(day, day), Some(1));
        assert_eq!(dates(day, Some((101, 101))), None);
        assert_eq!(dates(day, None), None);
        assert!(matchable((90, 120)));
        assert!(!matchable((0, 364)));
    }
}
