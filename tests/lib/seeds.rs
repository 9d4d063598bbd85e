//! The seed articles against `../shared/data/seeds/expected.json`, when present.
//!
//! Checks, for every expected casualty, the count's value, qualifier, outcome, side and the
//! aggregate / cumulative / subset flags. Places, perpetrators and dates are checked by the
//! event layer's tests.

use std::path::PathBuf;

use conflict_events::{Article, Casualty, Parser};
use serde_json::Value;

fn seeds_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seeds");
    dir.join("expected.json").is_file().then_some(dir)
}

/// One seed article: its file name, text, expectations and report (parsed with its date).
struct Seed {
    file: String,
    text: String,
    expected: Value,
    report: conflict_events::Report,
}

/// The seed articles, or nothing when ../shared is not there.
fn seeds() -> Vec<Seed> {
    let Some(dir) = seeds_dir() else {
        eprintln!("../shared/data/seeds not present: seed check skipped");
        return Vec::new();
    };
    let all: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let parser = Parser::new();
    all["articles"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(file, expected)| {
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            let date = expected["dct"].as_str().unwrap();
            let report = parser.parse_article(&Article::new(&text).with_date_str(date).unwrap());
            Seed {
                file: file.clone(),
                text,
                expected: expected.clone(),
                report,
            }
        })
        .collect()
}

fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Where `quote` stands in `text`, any whitespace matching any other (scraped text has
/// non-breaking spaces where the expectations have plain ones).
fn locate(text: &str, quote: &str) -> Option<(usize, usize)> {
    let same = |a: char, b: char| a == b || (a.is_whitespace() && b.is_whitespace());
    text.char_indices().find_map(|(start, _)| {
        let mut rest = text[start..].char_indices();
        let mut end = start;
        for q in quote.chars() {
            let (i, c) = rest.next()?;
            if !same(c, q) {
                return None;
            }
            end = start + i + c.len_utf8();
        }
        Some((start, end))
    })
}

/// The mention whose count lies inside the quote.
fn find<'r>(found: &'r [Casualty], text: &str, quote: &str) -> Option<&'r Casualty> {
    let (start, end) = locate(text, quote)?;
    found
        .iter()
        .find(|c| c.count.span.start >= start && c.count.span.end <= end)
        .or_else(|| {
            found
                .iter()
                .find(|c| c.span.start < end && c.span.end > start)
        })
}

#[test]
fn seed_casualties_match_expected() {
    let mut errors = Vec::new();
    let mut checked = 0;
    for seed in seeds() {
        let (file, text, article, report) = (&seed.file, &seed.text, &seed.expected, &seed.report);
        for want in article["casualties"].as_array().unwrap() {
            checked += 1;
            let quote = want["quote"].as_str().unwrap();
            let Some(c) = find(&report.casualties, text, quote) else {
                errors.push(format!("{file}: nothing found in {quote:?}"));
                continue;
            };
            let mut expect = |field: &str, want: String, got: String| {
                if want != got {
                    errors.push(format!("{file}: {quote:?} {field}: want {want}, got {got}"));
                }
            };
            expect(
                "outcome",
                want["outcome"].as_str().unwrap().into(),
                json_name(&c.outcome),
            );
            expect(
                "value",
                want["value"].to_string(),
                c.count.value.map_or("null".into(), |v| v.to_string()),
            );
            expect(
                "qualifier",
                want["qualifier"].as_str().unwrap().into(),
                json_name(&c.count.qualifier),
            );
            if let Some(side) = want.get("side") {
                let got = c
                    .victims
                    .side
                    .as_ref()
                    .map_or("null".to_string(), |s| format!("{:?}", s.as_str()));
                expect("side", side.to_string(), got);
            }
            for flag in ["aggregate", "cumulative", "subset"] {
                let want_flag = want[flag].as_bool().unwrap_or(false);
                let flags = serde_json::to_value(c.flags).unwrap();
                expect(flag, want_flag.to_string(), flags[flag].to_string());
            }
        }
    }
    assert!(
        checked > 0 || seeds_dir().is_none(),
        "expected.json lists no casualties"
    );
    assert!(
        errors.is_empty(),
        "{} differences:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

/// Every timex of expected.json resolves to the value written there (the file gives each
/// article's date; `value: null` marks expressions with no value to check). The dateline of
/// an article whose date is in its text is found without the caller's help.
#[test]
fn seed_timexes_match_expected() {
    let parser = Parser::new();
    let mut errors = Vec::new();
    let mut checked = 0;
    for seed in seeds() {
        let (file, text, article, report) = (&seed.file, &seed.text, &seed.expected, &seed.report);
        let date = article["dct"].as_str().unwrap();
        if article["dct_in_text"].as_bool() == Some(true) {
            let alone = parser.parse(text);
            let found = alone.dateline.map(|d| d.date.to_string());
            if found.as_deref() != Some(date) {
                errors.push(format!("{file}: dateline: want {date}, got {found:?}"));
            }
        }
        // Each expected text: its next occurrence after the previous one (the list is mostly in
        // text order), else its first.
        let mut from = 0;
        for want in article["timexes"].as_array().unwrap() {
            let Some(value) = want["value"].as_str() else {
                continue;
            };
            checked += 1;
            let quote = want["text"].as_str().unwrap();
            let at = text[from..]
                .find(quote)
                .map(|s| from + s)
                .or_else(|| text.find(quote));
            let Some((start, end)) = at.map(|s| (s, s + quote.len())) else {
                errors.push(format!(
                    "{file}: {quote:?} not in the text after byte {from}"
                ));
                continue;
            };
            from = end;
            let found = report
                .timexes
                .iter()
                .find(|t| t.span.start < end && t.span.end > start);
            match found {
                None => errors.push(format!("{file}: {quote:?}: no timex")),
                Some(t) => {
                    if t.value != value {
                        errors.push(format!("{file}: {quote:?}: want {value}, got {}", t.value));
                    }
                    if let Some(m) = want["mod"].as_str() {
                        let got = t.modifier.map(|m| m.as_str());
                        if got != Some(m) {
                            errors.push(format!("{file}: {quote:?}: mod want {m}, got {got:?}"));
                        }
                    }
                }
            }
        }
    }
    assert!(
        checked > 0 || seeds_dir().is_none(),
        "expected.json lists no timexes"
    );
    assert!(
        errors.is_empty(),
        "{} differences:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
