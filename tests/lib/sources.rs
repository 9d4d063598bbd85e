//! Runs every case of `tests/data/sources.toml` (see the file's header for the fields).

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

impl crate::data::EventCase for Case {
    fn name(&self) -> &str {
        &self.name
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn date(&self) -> &str {
        &self.date
    }
}

#[test]
fn source_cases() {
    let cases: Vec<Case> = crate::data::cases("sources.toml", include_str!("../data/sources.toml"));
    crate::data::check_first_events(&cases, |case, event, failures| {
        let got = event.source.as_ref().map(|s| (s.name.as_str(), s.claim));
        let want = case.source.as_deref().map(|s| (s, case.claim));
        if got != want {
            failures.push(format!("{}: source {want:?}, got {got:?}", case.name));
        }
    });
}
