//! The CSV and JSON outputs read back: a tool that loads them (pandas, a spreadsheet) gets
//! every field as written.

use conflict_events::{output, Article, Parser};

/// Sentences written for this test, with commas and quotes in the evidence.
const STORIES: &[(&str, &str)] = &[
    (
        "a",
        "Gunmen killed 12 villagers, \"most of them women\", in an attack on Tuesday, police said.",
    ),
    (
        "b",
        "Clashes between IS fighters and regime troops killed at least 35 soldiers and 120 jihadists on Friday night, a monitor said.",
    ),
    (
        "c",
        "An air strike hit a market, killing nine civilians and wounding 20 others, officials said.",
    ),
];

/// RFC 4180 fields of one CSV line.
fn parse_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[test]
fn csv_rows_read_back_with_every_field() {
    let parser = Parser::new();
    for (id, text) in STORIES {
        let report = parser.parse_article(&Article::new(text).with_date_str("2019-04-20").unwrap());
        assert!(!report.events.is_empty(), "{id}: no event");
        for (k, event) in report.events.iter().enumerate() {
            for (columns, row) in [
                (output::UCDP_COLUMNS, output::ucdp_row(id, k, event, text)),
                (output::ACLED_COLUMNS, output::acled_row(id, k, event, text)),
            ] {
                let read = parse_csv_line(&output::csv_line(&row));
                assert_eq!(read.len(), columns.len(), "{id}: {read:?}");
                assert_eq!(read, row, "{id}: a field changed on the way");
            }
        }
    }
}

#[test]
fn json_events_read_back() {
    let parser = Parser::new();
    for (id, text) in STORIES {
        let report = parser.parse_article(&Article::new(text).with_date_str("2019-04-20").unwrap());
        for event in &report.events {
            let line = serde_json::to_string(event).unwrap();
            assert!(!line.contains('\n'), "{id}: one event per line");
            let value: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert!(value["event_type"].is_string());
            assert!(value["casualties"].is_array());
            let span = &value["span"];
            let (s, e) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            assert!(text.get(s..e).is_some());
        }
    }
}

#[test]
fn clash_events_name_both_sides() {
    let (_, text) = STORIES[1];
    let report =
        Parser::new().parse_article(&Article::new(text).with_date_str("2019-04-20").unwrap());
    let event = &report.events[0];
    let codes: Vec<&str> = event.actors.iter().map(|a| a.code.as_str()).collect();
    assert!(codes.contains(&"IS") && codes.contains(&"GOV"), "{codes:?}");
    assert_eq!(
        event.date.as_ref().map(|d| d.value.as_str()),
        Some("2019-04-19TNI")
    );
    assert_eq!(
        event.source.as_ref().map(|s| s.name.as_str()),
        Some("a monitor")
    );
}

#[test]
fn ucdp_rows_count_civilians_apart_from_the_sides() {
    let text = "Six civilians were killed during fighting between soldiers and militiamen.";
    let report =
        Parser::new().parse_article(&Article::new(text).with_date_str("2019-04-20").unwrap());
    let row = output::ucdp_row("a", 0, &report.events[0], text);
    let column = |name: &str| ucdp_column(&row, name).to_string();
    assert_eq!(column("side_b"), "Civilians");
    assert_eq!(column("deaths_b"), "0");
    assert_eq!(column("deaths_civilians"), "6");
    assert_eq!(column("best"), "6");
}

#[test]
fn ucdp_death_columns_add_up_to_best_when_a_total_has_parts() {
    let text = "Around 100 civilians were killed when gunmen attacked two villages in western \
                Niger on Saturday. About 70 people were killed in Tchoma Bangou and 30 in \
                Zaroumadareye, the prime minister said.";
    let report =
        Parser::new().parse_article(&Article::new(text).with_date_str("2021-01-03").unwrap());
    let row = output::ucdp_row("a", 0, &report.events[0], text);
    assert_eq!(ucdp_deaths(&row), (100, 100));
}

/// The field of the UCDP row `row` under the column `name`.
pub(crate) fn ucdp_column<'r>(row: &'r [String], name: &str) -> &'r str {
    let k = output::UCDP_COLUMNS
        .iter()
        .position(|c| *c == name)
        .expect("a UCDP column");
    &row[k]
}

/// The UCDP row's deaths per side summed, and its best.
pub(crate) fn ucdp_deaths(row: &[String]) -> (u64, u64) {
    let number = |name: &str| ucdp_column(row, name).parse::<u64>().unwrap_or(0);
    let sides = ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"]
        .iter()
        .map(|c| number(c))
        .sum();
    (sides, number("best"))
}
