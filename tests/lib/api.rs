//! The public API's promises.

use conflict_events::{Article, ErrorKind, Outcome, Parser};

#[test]
fn parser_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Parser>();
}

#[test]
fn a_parser_is_shared_across_threads() {
    let parser = Parser::new();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                let report = parser.parse("Five soldiers were killed.");
                assert_eq!(report.total(Outcome::Killed), Some(5));
            });
        }
    });
}

#[test]
fn a_bad_date_is_a_typed_error() {
    let err = Article::new("text").with_date_str("3 Sept").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidDate);
    assert!(err.to_string().contains("3 Sept"));
}

#[test]
fn reports_serialize_to_json_with_spans() {
    let text = "At least 13 people were killed.";
    let report = Parser::new().parse(text);
    let json = serde_json::to_value(&report).unwrap();
    let mention = &json["casualties"][0];
    assert_eq!(mention["outcome"], "killed");
    assert_eq!(mention["count"]["qualifier"], "at_least");
    let (start, end) = (
        mention["span"]["start"].as_u64().unwrap() as usize,
        mention["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "At least 13 people were killed");
    assert_eq!(json["killed"]["best"], 13);
}

#[test]
fn empty_input_gives_an_empty_report() {
    let report = Parser::new().parse("");
    assert!(report.casualties.is_empty());
    assert_eq!(report.total(Outcome::Killed), None);
}
