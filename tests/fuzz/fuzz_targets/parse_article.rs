//! Arbitrary bytes as UTF-8 text, with an arbitrary dateline string or date, through every
//! entry point (parsing, merging, TimeML): no panic, every span inside the text.
#![no_main]

use conflict_events::{timeml::Document, Article, Merger, Parser};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte chooses how the date is given; up to 16 more bytes are a date string.
    let (mode, rest) = data.split_first().unwrap_or((&0, &[]));
    let split = rest.len().min(usize::from(mode >> 3));
    let (date_bytes, text_bytes) = rest.split_at(split);
    let date = String::from_utf8_lossy(date_bytes);
    let text = String::from_utf8_lossy(text_bytes);
    let parser = Parser::new();

    let mut article = Article::new(&text);
    match mode & 3 {
        1 => {
            if let Ok(a) = Article::new(&text).with_date_str(&date) {
                article = a;
            }
        }
        2 => {
            let days = i32::from(u16::from_le_bytes([*mode, split as u8]));
            if let Some(d) = chrono::NaiveDate::from_num_days_from_ce_opt(days * 4) {
                article = article.with_date(d);
            }
        }
        _ => {}
    }
    let report = parser.parse_article(&article);
    for c in &report.casualties {
        assert!(text.get(c.span.range()).is_some());
        assert!(text.get(c.count.span.range()).is_some());
        assert!(text.get(c.victims.span.range()).is_some());
    }
    for t in &report.timexes {
        assert!(text.get(t.span.range()).is_some());
    }
    // Merging: the article's events as two outlets' reports, drained at its date.
    let mut merger = Merger::new();
    merger.push("a", &text, report.events.clone());
    merger.push("b", &text, report.events.clone());
    if let Some(d) = report.reference_date {
        for incident in merger.drain(d) {
            assert!(!incident.reports.is_empty());
        }
    }
    for incident in merger.finish() {
        for r in &incident.reports {
            assert!(text.get(r.event.span.range()).is_some());
        }
    }
    if let Ok(doc) = Document::parse(&text) {
        let _ = doc.tag(&parser);
    }
});
