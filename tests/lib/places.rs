//! Runs every case of `tests/data/places.toml` (see the file's header for the fields).

use conflict_events::{Article, Parser};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    date: String,
    text: String,
    location: Option<String>,
    country: Option<String>,
    precision: Option<u8>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    not_places: Vec<String>,
}

#[test]
fn place_cases() {
    let cases: Vec<Case> = crate::data::cases("places.toml", include_str!("../data/places.toml"));
    let parser = Parser::new();
    let mut failures = Vec::new();
    for case in &cases {
        let article = Article::new(&case.text).with_date_str(&case.date).unwrap();
        let report = parser.parse_article(&article);
        let Some(event) = report.events.first() else {
            failures.push(format!("{}: no event", case.name));
            continue;
        };
        let location = event.location.as_ref();
        let got_name = location.map(|l| l.name.as_str());
        if case.location.is_some() && case.location.as_deref() != got_name {
            failures.push(format!(
                "{}: location {:?}, got {got_name:?}",
                case.name, case.location
            ));
        }
        let got_country = location.and_then(|l| l.country.as_deref());
        if case.country.is_some() && case.country.as_deref() != got_country {
            failures.push(format!(
                "{}: country {:?}, got {got_country:?}",
                case.name, case.country
            ));
        }
        let got_precision = location.map(|l| l.precision);
        if case.precision.is_some() && case.precision != got_precision {
            failures.push(format!(
                "{}: precision {:?}, got {got_precision:?}",
                case.name, case.precision
            ));
        }
        for name in &case.places {
            if !event.places.iter().any(|p| &p.name == name) {
                failures.push(format!("{}: {name:?} not among the places", case.name));
            }
        }
        for name in &case.not_places {
            if event.places.iter().any(|p| &p.name == name) {
                failures.push(format!("{}: {name:?} taken for a place", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
