//! Runs every case of `tests/data/sources.toml` (see the file's header for the fields).

use conflict_events::{Article, Parser};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    date: String,
    text: String,
    source: Option<String>,
    #[serde(default)]
    claim: bool,
}

#[test]
fn source_cases() {
    let cases: Vec<Case> = crate::data::cases("sources.toml", include_str!("../data/sources.toml"));
    let parser = Parser::new();
    let mut failures = Vec::new();
    for case in &cases {
        let article = Article::new(&case.text).with_date_str(&case.date).unwrap();
        let report = parser.parse_article(&article);
        let Some(event) = report.events.first() else {
            failures.push(format!("{}: no event", case.name));
            continue;
        };
        let got = event.source.as_ref().map(|s| (s.name.as_str(), s.claim));
        let want = case.source.as_deref().map(|s| (s, case.claim));
        if got != want {
            failures.push(format!("{}: source {want:?}, got {got:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
