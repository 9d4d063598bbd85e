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

/// The article of a case about its first event: the case's name, the article's text and
/// its date. Case structs take it with `#[serde(flatten)]`.
#[derive(Deserialize)]
pub struct Article {
    pub name: String,
    pub date: String,
    pub text: String,
}

/// Parses every case's article and lets `check` compare its first event, pushing what
/// differs; a case without an event fails. Panics with every failure.
pub fn check_first_events<C>(
    cases: &[C],
    article: impl Fn(&C) -> &Article,
    check: impl Fn(&C, &conflict_events::Event, &mut Vec<String>),
) {
    let parser = conflict_events::Parser::new();
    let mut failures = Vec::new();
    for case in cases {
        let a = article(case);
        let dated = conflict_events::Article::new(&a.text)
            .with_date_str(&a.date)
            .unwrap();
        match parser.parse_article(&dated).events.first() {
            Some(event) => check(case, event, &mut failures),
            None => failures.push(format!("{}: no event", a.name)),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
