//! Rows for the tables analysts already use: UCDP GED-like and ACLED-like CSV.
//!
//! Events also serialize with serde (JSON Lines: one [`Event`] per line, see the crate docs
//! for the schema); these functions give flat rows instead. Every row starts with the
//! article's id and the event's index in it. Countries are ISO 3166-1 alpha-3 codes; place
//! columns are empty when the event has no location.
//!
//! ```
//! use conflict_events::{output, Article, Parser};
//!
//! let text = "A roadside bomb killed three civilians in the north on Sunday, police said.";
//! let report = Parser::new().parse_article(&Article::new(text).with_date_str("2019-04-21")?);
//! let row = output::ucdp_row("story-1", 0, &report.events[0], text);
//! let line = output::csv_line(&row);
//! assert!(line.starts_with("story-1-0,story-1,2019,3,"));
//! assert_eq!(row.len(), output::UCDP_COLUMNS.len());
//! # Ok::<(), conflict_events::Error>(())
//! ```

use crate::casualty::{Outcome, VictimClass};
use crate::event::{ActorRole, DatePrecision, Event, Location};

/// Column names of [`ucdp_row`], after UCDP GED.
pub const UCDP_COLUMNS: &[&str] = &[
    "id",
    "relid",
    "year",
    "type_of_violence",
    "side_a",
    "side_b",
    "source_article",
    "source_office",
    "where_prec",
    "adm_1",
    "country",
    "date_start",
    "date_end",
    "date_prec",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "event_type",
    "evidence",
];

/// Column names of [`acled_row`], after ACLED.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "article",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
];

/// Side A (the perpetrator, or the first party to a clash) and side B.
fn sides(event: &Event) -> (Option<&crate::event::Actor>, Option<&crate::event::Actor>) {
    let by_role = |role: ActorRole| event.actors.iter().find(|a| a.role == role);
    match (by_role(ActorRole::Perpetrator), by_role(ActorRole::Target)) {
        (None, None) => {
            let mut combatants = event
                .actors
                .iter()
                .filter(|a| a.role == ActorRole::Combatant);
            (combatants.next(), combatants.next())
        }
        pair => pair,
    }
}

fn killed_of(event: &Event, keep: impl Fn(&crate::event::SideCasualties) -> bool) -> u64 {
    event
        .rows_in_total(Outcome::Killed)
        .filter(|c| keep(c))
        .filter_map(|c| c.best)
        .fold(0, u64::saturating_add)
}

fn sum_killed(
    event: &Event,
    pick: fn(&crate::event::SideCasualties) -> Option<u64>,
) -> Option<u64> {
    event
        .rows_in_total(Outcome::Killed)
        .map(pick)
        .try_fold(0u64, |acc, v| v.map(|v| acc.saturating_add(v)))
}

/// The date columns: start day, last day, year.
fn days(event: &Event) -> (String, String, String) {
    let Some(interval) = event.date.as_ref().and_then(|d| d.interval) else {
        return (String::new(), String::new(), String::new());
    };
    let start = interval.start.date();
    let last = (interval.end - chrono::Duration::nanoseconds(1)).date();
    (
        start.to_string(),
        last.to_string(),
        start.format("%Y").to_string(),
    )
}

/// A column of the event's location, empty without one.
fn place(event: &Event, column: impl Fn(&Location) -> Option<String>) -> String {
    event.location.as_ref().and_then(column).unwrap_or_default()
}

fn evidence(event: &Event, text: &str) -> String {
    text.get(event.span.range())
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// One event as a UCDP GED-like row (see [`UCDP_COLUMNS`]).
///
/// `type_of_violence` is 3 (one-sided) when everyone killed outside a battle is a civilian, 1
/// (state-based) when government forces take part, else 2 (non-state). Deaths per side are the best estimates of
/// killed; civilians are counted apart, and victims on no side as unknown.
pub fn ucdp_row(article: &str, index: usize, event: &Event, text: &str) -> Vec<String> {
    let (a, b) = sides(event);
    let code = |x: Option<&crate::event::Actor>| x.map(|x| x.code.as_str().to_string());
    let (code_a, code_b) = (code(a), code(b));
    let killed_civilians_only = event
        .casualties
        .iter()
        .filter(|c| c.outcome == Outcome::Killed)
        .all(|c| c.class == VictimClass::Civilian);
    let battle = event.event_type.acled_event_type() == "Battles";
    let type_of_violence = if !battle && killed_civilians_only && event.killed() > 0 {
        3
    } else if event.actors.iter().any(|x| x.code.as_str() == "GOV") {
        1
    } else {
        2
    };
    // A side's own dead; civilians are counted apart (deaths_civilians), as UCDP does when
    // they are side B of one-sided violence.
    let on = |side: &Option<String>| {
        let side = side.clone();
        killed_of(event, move |c| {
            side.is_some()
                && c.class != VictimClass::Civilian
                && c.side.as_ref().map(|s| s.as_str().to_string()) == side
        })
    };
    let civilians = killed_of(event, |c| c.class == VictimClass::Civilian);
    let unknown = killed_of(event, |c| {
        c.side.is_none() && c.class != VictimClass::Civilian
    });
    let (start, end, year) = days(event);
    let opt = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
    vec![
        format!("{article}-{index}"),
        article.to_string(),
        year,
        type_of_violence.to_string(),
        a.map(|x| x.name.clone()).unwrap_or_default(),
        b.map(|x| x.name.clone()).unwrap_or_default(),
        article.to_string(),
        event
            .source
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default(),
        place(event, |l| Some(l.precision.to_string())),
        place(event, |l| l.admin1.clone()),
        place(event, |l| l.country.clone()),
        start,
        end,
        event
            .date
            .as_ref()
            .map_or(String::new(), |d| d.precision.ucdp_code().to_string()),
        on(&code_a).to_string(),
        on(&code_b).to_string(),
        civilians.to_string(),
        unknown.to_string(),
        event.killed().to_string(),
        opt(sum_killed(event, |c| c.high)),
        opt(sum_killed(event, |c| c.low)),
        event.event_type.acled_sub_event_type().to_string(),
        evidence(event, text),
    ]
}

/// One event as an ACLED-like row (see [`ACLED_COLUMNS`]).
///
/// `time_precision` is 1 for a day, 2 for a week, 3 for anything coarser, as ACLED codes it.
pub fn acled_row(article: &str, index: usize, event: &Event, text: &str) -> Vec<String> {
    let (a, b) = sides(event);
    let (start, _, year) = days(event);
    let time_precision = match event.date.as_ref().map(|d| d.precision) {
        Some(DatePrecision::Day) => "1",
        Some(DatePrecision::Days | DatePrecision::Week) => "2",
        Some(_) => "3",
        None => "",
    };
    vec![
        format!("{article}-{index}"),
        article.to_string(),
        start,
        year,
        time_precision.to_string(),
        event.event_type.acled_event_type().to_string(),
        event.event_type.acled_sub_event_type().to_string(),
        a.map(|x| x.name.clone()).unwrap_or_default(),
        b.map(|x| x.name.clone()).unwrap_or_default(),
        place(event, |l| l.country.clone()),
        place(event, |l| l.admin1.clone()),
        place(event, |l| {
            Some(l.canonical.clone().unwrap_or_else(|| l.name.clone()))
        }),
        place(event, |l| l.latitude.map(|v| v.to_string())),
        place(event, |l| l.longitude.map(|v| v.to_string())),
        place(event, |l| {
            // ACLED: 1 the place itself, 2 near it or part of a region, 3 a whole region.
            let code = match l.precision {
                1 => "1",
                2 | 3 => "2",
                _ => "3",
            };
            Some(code.to_string())
        }),
        event
            .source
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default(),
        evidence(event, text),
        event.killed().to_string(),
    ]
}

/// Fields as one CSV line (RFC 4180: fields with a comma, a quote or a line break are quoted,
/// quotes doubled), without the line break.
pub fn csv_line(fields: &[String]) -> String {
    let mut line = String::new();
    for (k, f) in fields.iter().enumerate() {
        if k > 0 {
            line.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&f.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(f);
        }
    }
    line
}
