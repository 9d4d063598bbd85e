//! Runs every case of `tests/data/sources.toml` (see the file's header for the fields).

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    #[serde(flatten)]
    article: crate::data::Article,
    source: Option<String>,
    #[serde(default)]
    claim: bool,
}

#[test]
fn source_cases() {
    let cases: Vec<Case> = crate::data::cases("sources.toml", include_str!("../data/sources.toml"));
    crate::data::check_first_events(
        &cases,
        |c| &c.article,
        |case, event, failures| {
            let got = event.source.as_ref().map(|s| (s.name.as_str(), s.claim));
            let want = case.source.as_deref().map(|s| (s, case.claim));
            if got != want {
                failures.push(format!(
                    "{}: source {want:?}, got {got:?}",
                    case.article.name
                ));
            }
        },
    );
}
