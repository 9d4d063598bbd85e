//! The data files of the data-driven tests: TOML with one `[[case]]` table per case.

use serde::de::DeserializeOwned;
use serde::Deserialize;

#[derive(Deserialize)]
struct File<T> {
    case: Vec<T>,
}

/// The cases of a data file; `name` names it in the panic if it does not parse.
pub fn cases<T: DeserializeOwned>(name: &str, text: &str) -> Vec<T> {
    match toml::from_str::<File<T>>(text) {
        Ok(file) => file.case,
        Err(e) => panic!("{name} does not parse: {e}"),
    }
}

/// A case about an article's first event: its name, text and date.
pub trait EventCase {
    fn name(&self) -> &str;
    fn text(&self) -> &str;
    fn date(&self) -> &str;
}

/// Parses every case's article and lets `check` compare its first event, pushing what
/// differs; a case without an event fails. Panics with every failure.
pub fn check_first_events<C: EventCase>(
    cases: &[C],
    check: impl Fn(&C, &conflict_events::Event, &mut Vec<String>),
) {
    let parser = conflict_events::Parser::new();
    let mut failures = Vec::new();
    for case in cases {
        let article = conflict_events::Article::new(case.text())
            .with_date_str(case.date())
            .unwrap();
        let report = parser.parse_article(&article);
        match report.events.first() {
            Some(event) => check(case, event, &mut failures),
            None => failures.push(format!("{}: no event", case.name())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
