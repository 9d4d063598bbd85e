//! Runs every case of `tests/data/timexes.toml` (see the file's header for the fields).

use conflict_events::{Article, Parser, TimePolicy};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    date: Option<String>,
    dateline: Option<String>,
    policy: Option<String>,
    #[serde(default)]
    timex: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    text: String,
    value: String,
    #[serde(rename = "type")]
    kind: Option<String>,
    #[serde(rename = "mod")]
    modifier: Option<String>,
}

fn check(case: &Case) -> Vec<String> {
    let policy = match case.policy.as_deref() {
        Some("always_past") => TimePolicy::AlwaysPast,
        Some("always_future") => TimePolicy::AlwaysFuture,
        _ => TimePolicy::NewsPast,
    };
    let parser = Parser::builder().time_policy(policy).build().unwrap();
    let mut article = Article::new(&case.text);
    if let Some(d) = &case.date {
        article = article.with_date_str(d).unwrap();
    }
    let report = parser.parse_article(&article);
    let mut errors = Vec::new();
    let found_dateline = report.dateline.map(|d| d.date.to_string());
    if case.dateline.is_some() && case.dateline != found_dateline {
        errors.push(format!(
            "{}: dateline: want {:?}, got {found_dateline:?}",
            case.name, case.dateline
        ));
    }
    if case.date.is_none()
        && case.dateline.is_none()
        && found_dateline.is_some()
        && !case.name.contains("caption")
    {
        errors.push(format!(
            "{}: unexpected dateline {found_dateline:?}",
            case.name
        ));
    }
    if case.name.contains("caption") && found_dateline.is_some() {
        errors.push(format!(
            "{}: a caption's date was taken as the dateline",
            case.name
        ));
    }
    if case.timex.is_empty() && !report.timexes.is_empty() {
        errors.push(format!(
            "{}: want no timex, got {:?}",
            case.name, report.timexes
        ));
    }
    let mut from = 0;
    for want in &case.timex {
        let Some(start) = case.text[from..].find(&want.text).map(|s| s + from) else {
            errors.push(format!("{}: {:?} is not in the text", case.name, want.text));
            continue;
        };
        let end = start + want.text.len();
        from = end;
        let Some(t) = report
            .timexes
            .iter()
            .find(|t| t.span.start == start && t.span.end == end)
        else {
            let near: Vec<_> = report
                .timexes
                .iter()
                .map(|t| (&case.text[t.span.range()], t.value.as_str()))
                .collect();
            errors.push(format!(
                "{}: no timex spanning {:?}; found {near:?}",
                case.name, want.text
            ));
            continue;
        };
        if t.value != want.value {
            errors.push(format!(
                "{}: {:?}: want {}, got {}",
                case.name, want.text, want.value, t.value
            ));
        }
        if let Some(k) = &want.kind {
            if t.kind.as_str() != k {
                errors.push(format!(
                    "{}: {:?}: type want {k}, got {}",
                    case.name,
                    want.text,
                    t.kind.as_str()
                ));
            }
        }
        if let Some(m) = &want.modifier {
            let got = t.modifier.map(|m| m.as_str());
            if got != Some(m.as_str()) {
                errors.push(format!(
                    "{}: {:?}: mod want {m}, got {got:?}",
                    case.name, want.text
                ));
            }
        }
    }
    errors
}

#[test]
fn timex_cases() {
    let cases: Vec<Case> = crate::data::cases("timexes.toml", include_str!("../data/timexes.toml"));
    let errors: Vec<String> = cases.iter().flat_map(check).collect();
    assert!(
        errors.is_empty(),
        "{} failures:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn a_century_is_dated_as_a_century() {
    use conflict_events::{Article, Granularity, Parser};
    let article = Article::new("The worst war of the 20th century.")
        .with_date_str("2019-04-20")
        .unwrap();
    let report = Parser::new().parse_article(&article);
    let timex = &report.timexes[0];
    assert_eq!(timex.value, "19");
    assert_eq!(timex.granularity, Some(Granularity::Century));
    let interval = timex.interval.unwrap();
    assert_eq!(interval.start.date().to_string(), "1900-01-01");
    assert_eq!(interval.end.date().to_string(), "2000-01-01");
}
