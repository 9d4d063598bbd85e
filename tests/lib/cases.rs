//! Runs every case of `tests/data/casualties.toml`.
//!
//! A case gives a text, optional article totals, and mentions that must be found: each
//! mention is located by `quote` (a piece of the text holding its count) and checked on the
//! fields it states. A new construction is a new case in the data file, not new code.

use conflict_events::{Article, Casualty, Outcome, Parser, Scope};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    /// The article's date, for the flags that need one (`earlier`).
    date: Option<String>,
    killed: Option<u64>,
    injured: Option<u64>,
    killed_non_combatants: Option<u64>,
    /// How many mentions in all, when the case pins it.
    mentions: Option<usize>,
    #[serde(default)]
    mention: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    quote: String,
    outcome: Option<String>,
    value: Option<u64>,
    upper: Option<u64>,
    qualifier: Option<String>,
    vague: Option<String>,
    side: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
}

fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The mention whose count lies in the quote (the first, in text order).
fn find<'r>(found: &'r [Casualty], text: &str, quote: &str) -> Option<&'r Casualty> {
    let start = text.find(quote)?;
    let end = start + quote.len();
    found
        .iter()
        .find(|c| c.count.span.start >= start && c.count.span.end <= end && c.span.start < end)
}

fn check(case: &Case, parser: &Parser) -> Vec<String> {
    let report = match &case.date {
        Some(d) => match Article::new(&case.text).with_date_str(d) {
            Ok(article) => parser.parse_article(&article),
            Err(e) => return vec![format!("{}: bad date {d:?}: {e}", case.name)],
        },
        None => parser.parse(&case.text),
    };
    let mut errors = Vec::new();
    let expect = |errors: &mut Vec<String>, what: &str, want: String, got: String| {
        if want != got {
            errors.push(format!("{}: {what}: want {want}, got {got}", case.name));
        }
    };
    if let Some(k) = case.killed {
        expect(
            &mut errors,
            "killed total",
            format!("{k:?}"),
            format!("{:?}", report.total(Outcome::Killed).unwrap_or(0)),
        );
    }
    if let Some(k) = case.injured {
        expect(
            &mut errors,
            "injured total",
            format!("{k:?}"),
            format!("{:?}", report.total(Outcome::Injured).unwrap_or(0)),
        );
    }
    if let Some(k) = case.killed_non_combatants {
        let got = report
            .total_in(Outcome::Killed, Scope::NonCombatants)
            .unwrap_or(0);
        expect(
            &mut errors,
            "non-combatant total",
            format!("{k:?}"),
            format!("{got:?}"),
        );
    }
    if let Some(n) = case.mentions {
        expect(
            &mut errors,
            "mentions",
            n.to_string(),
            report.casualties.len().to_string(),
        );
    }
    for m in &case.mention {
        let Some(c) = find(&report.casualties, &case.text, &m.quote) else {
            errors.push(format!("{}: no mention in {:?}", case.name, m.quote));
            continue;
        };
        let what = |field: &str| format!("{:?} {field}", m.quote);
        if let Some(o) = &m.outcome {
            expect(
                &mut errors,
                &what("outcome"),
                o.clone(),
                json_name(&c.outcome),
            );
        }
        if let Some(v) = m.value {
            expect(
                &mut errors,
                &what("value"),
                format!("{v}"),
                format!("{}", c.count.value.unwrap_or(u64::MAX)),
            );
        }
        if let Some(v) = m.upper {
            expect(
                &mut errors,
                &what("upper"),
                format!("{v}"),
                format!("{}", c.count.upper.unwrap_or(u64::MAX)),
            );
        }
        if let Some(q) = &m.qualifier {
            expect(
                &mut errors,
                &what("qualifier"),
                q.clone(),
                json_name(&c.count.qualifier),
            );
        }
        if let Some(q) = &m.vague {
            expect(
                &mut errors,
                &what("vague"),
                q.clone(),
                c.count.vague.map(|v| json_name(&v)).unwrap_or_default(),
            );
        }
        if let Some(s) = &m.side {
            let got = c.victims.side.as_ref().map_or("none", |s| s.as_str());
            expect(&mut errors, &what("side"), s.clone(), got.to_owned());
        }
        let flags = serde_json::to_value(c.flags).unwrap_or_default();
        for name in [
            "aggregate",
            "cumulative",
            "subset",
            "additive",
            "negated",
            "headline",
            "conflicting",
            "earlier",
        ] {
            let want = m.flags.iter().any(|f| f == name);
            let got = flags[name].as_bool().unwrap_or(false);
            // Only `additive` may be set without being asked about: it is advisory.
            if want != got && (want || name != "additive") {
                expect(&mut errors, &what(name), want.to_string(), got.to_string());
            }
        }
    }
    errors
}

#[test]
fn casualty_cases() {
    let data = include_str!("../data/casualties.toml");
    let cases: Vec<Case> = crate::data::cases("casualties.toml", data);
    let parser = Parser::new();
    let errors: Vec<String> = cases.iter().flat_map(|c| check(c, &parser)).collect();
    assert!(
        errors.is_empty(),
        "{} of {} cases failed:\n{}",
        errors.len(),
        cases.len(),
        errors.join("\n")
    );
}

#[test]
fn reading_casualties_only_finds_what_the_whole_pipeline_finds() {
    let data = include_str!("../data/casualties.toml");
    let cases: Vec<Case> = crate::data::cases("casualties.toml", data);
    let parser = Parser::new();
    for case in &cases {
        let article = conflict_events::Article::new(&case.text);
        let whole = parser.parse_article(&article);
        let only = parser.parse_casualties(&article);
        assert_eq!(only.casualties, whole.casualties, "{}", case.name);
        assert_eq!(
            (only.killed, only.injured),
            (whole.killed, whole.injured),
            "{}",
            case.name
        );
        assert!(only.events.is_empty() && only.timexes.is_empty());
    }
}
