//! Reads casualty reports out of news text and prints them as pretty JSON.
//!
//! ```text
//! cargo run --release --example extract                 # the embedded sample article
//! cargo run --release --example extract -- a.txt b.txt  # text files, one report each
//! ```
//!
//! The sample is a wire story written for this crate (not a real report). Its date is given
//! by the caller here, as it will be by a feed's metadata; reading datelines from the text
//! comes with the time layer.

use std::process::ExitCode;

use conflict_events::{Article, Parser};
use serde_json::json;

const SAMPLE: &str = include_str!("data/sample_article.txt");
const SAMPLE_DATE: &str = "2021-03-14";

fn main() -> ExitCode {
    let parser = Parser::new();
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        let article = match Article::new(SAMPLE).with_date_str(SAMPLE_DATE) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("extract: {e}");
                return ExitCode::FAILURE;
            }
        };
        print(&parser, "sample_article.txt", &article);
        return ExitCode::SUCCESS;
    }
    let mut failed = false;
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(text) => print(&parser, path, &Article::new(&text)),
            Err(e) => {
                eprintln!("extract: cannot read {path}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One JSON document per article: the report, with each mention's evidence quoted.
fn print(parser: &Parser, name: &str, article: &Article<'_>) {
    let report = parser.parse_article(article);
    let text = article.text();
    let mentions: Vec<_> = report
        .casualties
        .iter()
        .map(|c| {
            let mut value = serde_json::to_value(c).unwrap_or_default();
            value["evidence"] = json!(&text[c.span.range()]);
            value
        })
        .collect();
    let out = json!({
        "article": name,
        "date": report.date,
        "killed": report.killed,
        "injured": report.injured,
        "casualties": mentions,
    });
    match serde_json::to_string_pretty(&out) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("extract: {e}"),
    }
}
