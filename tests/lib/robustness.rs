//! Arbitrary and adversarial input: no panic, no hang, work linear in the input.

use std::time::{Duration, Instant};

use conflict_events::{Outcome, Parser};
use proptest::prelude::*;

/// Words that reach deep into the grammar when strung together at random.
const VOCABULARY: &[&str] = &[
    "at",
    "least",
    "more",
    "than",
    "killed",
    "killing",
    "were",
    "was",
    "dead",
    "wounded",
    "and",
    "including",
    "of",
    "them",
    "35",
    "1,000",
    "twenty-three",
    "a",
    "dozen",
    "dozens",
    "people",
    "troops",
    "IS",
    "regime",
    "pro-Assad",
    "left",
    "the",
    "death",
    "toll",
    "rose",
    "to",
    "no",
    "one",
    "among",
    "others",
    ",",
    ".",
    "\n",
    "(",
    ")",
    "\"",
    "’",
    "-",
    "between",
    "2011",
    "since",
    "war",
    "has",
    "another",
    "in",
    "24",
    "hours",
    "shot",
    "him",
    "Maria",
    "Lopes",
    "Mr.",
    "villages",
    "communities",
    "couple",
    "body",
    "remains",
    "capital",
    "sustained",
    "injuries",
    "hacked",
    "death",
    "who",
    "--",
    "[",
    "]",
    "or",
    "so",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let report = Parser::new().parse(&text);
        for c in &report.casualties {
            prop_assert!(text.get(c.span.range()).is_some());
            prop_assert!(text.get(c.count.span.range()).is_some());
            prop_assert!(text.get(c.victims.span.range()).is_some());
        }
    }

    #[test]
    fn grammar_words_in_any_order_never_panic(
        words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 0..80)
    ) {
        let text = words.join(" ");
        let report = Parser::new().parse(&text);
        for c in &report.casualties {
            prop_assert!(text.get(c.span.range()).is_some());
            prop_assert!(c.span.start <= c.count.span.start);
        }
    }
}

/// Parses `text` and checks it took less than `limit` (debug builds are slow: the limit is
/// generous; the work bound is what matters, and a quadratic path would blow it by far).
fn parse_within(text: &str, limit: Duration) -> conflict_events::Report {
    let start = Instant::now();
    let report = Parser::new().parse(text);
    let took = start.elapsed();
    assert!(took < limit, "{} bytes took {took:?}", text.len());
    report
}

const LIMIT: Duration = Duration::from_secs(3);

/// [`parse_within`] for an article of a date: the flags and events that need one.
fn parse_article_within(text: &str, date: &str, limit: Duration) -> conflict_events::Report {
    let article = conflict_events::Article::new(text)
        .with_date_str(date)
        .expect("a valid date");
    let start = Instant::now();
    let report = Parser::new().parse_article(&article);
    let took = start.elapsed();
    assert!(took < limit, "{} bytes took {took:?}", text.len());
    report
}

#[test]
fn repeated_qualifiers() {
    parse_within(&"at least ".repeat(120_000), LIMIT);
}

#[test]
fn repeated_outcome_words() {
    parse_within(&"killed ".repeat(100_000), LIMIT);
}

#[test]
fn a_ten_thousand_digit_number_saturates() {
    let text = format!("{} people were killed.", "9".repeat(10_000));
    let report = parse_within(&text, LIMIT);
    assert_eq!(report.total(Outcome::Killed), Some(u64::MAX));
}

#[test]
fn a_hundred_thousand_digit_number() {
    let text = format!("killing {} soldiers", "7".repeat(100_000));
    parse_within(&text, LIMIT);
}

#[test]
fn capitalized_names_before_settlement_words() {
    // Each capitalized settlement word could read back over every name before it.
    let names = "Korum Villages ".repeat(50_000);
    let text = format!("Gunmen killed five people. {names}villages and Bature.");
    parse_within(&text, LIMIT);
}

#[test]
fn known_and_unknown_names_in_one_list() {
    // Each unknown name looks for the nearest known one.
    let names = "Kabul village, Zzyxq village, ".repeat(30_000);
    let text = format!("Gunmen killed five people. Raids hit {names}and Bature.");
    parse_within(&text, LIMIT);
}

#[test]
fn long_coordination() {
    let text = format!("killing {} and 3 civilians.", "5 soldiers, ".repeat(50_000));
    parse_within(&text, LIMIT);
}

#[test]
fn many_counts_in_one_sentence() {
    // Every count looks back for its cues: the look is bounded, or one sentence of counts
    // costs quadratic time.
    parse_within(
        &"since 2014 gunmen killed 5 villagers, ".repeat(30_000),
        LIMIT,
    );
}

#[test]
fn many_counts_of_forces_in_one_claim() {
    // Each count of forces is an actor the speaker test reads back from, and each claimed
    // count looks for a neutral one: both are bounded, or a long sentence costs quadratic time.
    let text = format!(
        "The Taliban said its fighters killed 5 soldiers and {}more.",
        "killed 5 soldiers and ".repeat(40_000)
    );
    parse_within(&text, LIMIT);
}

#[test]
fn text_without_spaces_or_with_only_punctuation() {
    parse_within(&"killed".repeat(150_000), LIMIT);
    parse_within(&".,;:!?()\"'-".repeat(100_000), LIMIT);
}

#[test]
fn mixed_scripts_controls_and_markup() {
    let chunk = "قتل ١٢ شخصا \u{200f}12 people were killed\u{200e}\0\r\n<p>5 dead</p>&amp; 殺害 ";
    let report = parse_within(&chunk.repeat(10_000), LIMIT);
    assert!(report.total(Outcome::Killed).is_some());
}

#[test]
fn counts_that_overflow_when_summed_are_clamped() {
    let big = "18,000,000,000,000,000,000";
    let text = format!("The war killed {big} soldiers and {big} civilians.");
    let report = Parser::new().parse(&text);
    assert!(report.casualties.iter().all(|c| c.count.value.is_some()));
}

/// Every input kept from fuzzing parses without a panic, read as the fuzz target reads it.
#[test]
fn fuzz_regressions_replay() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz_regressions");
    let parser = Parser::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        let (mode, rest) = data.split_first().unwrap_or((&0, &[]));
        let split = rest.len().min(usize::from(mode >> 3));
        let (date, text) = rest.split_at(split);
        let text = String::from_utf8_lossy(text);
        let mut article = conflict_events::Article::new(&text);
        if let Ok(a) =
            conflict_events::Article::new(&text).with_date_str(&String::from_utf8_lossy(date))
        {
            article = a;
        }
        let report = parser.parse_article(&article);
        assert!(
            report
                .casualties
                .iter()
                .all(|c| text.get(c.span.range()).is_some()),
            "{}",
            path.display()
        );
        if let Ok(doc) = conflict_events::timeml::Document::parse(&text) {
            let _ = doc.tag(&parser);
        }
    }
}

/// A long article of many incidents: the event layer stays linear (a sentence's dates are found
/// by binary search, place candidates are checked against their neighbours only).
#[test]
fn a_long_article_with_thousands_of_events() {
    let story = "Gunmen killed 12 villagers in Gwoza, Borno state, on Sunday, police said. \
                 In a separate attack, a roadside bomb killed three soldiers near Maiduguri.\n\n";
    // A megabyte: 6,600 stories, so that the bound holds on a slow machine.
    let text = story.repeat(1_000_000 / story.len());
    let report = parse_within(&text, LIMIT);
    assert!(
        report.events.len() >= 2_000,
        "{} events",
        report.events.len()
    );
}

#[test]
fn a_letter_of_two_bytes_across_the_dateline_bound() {
    // The capital reader starts past the dateline, 40 bytes in: "é" spans bytes 39 and 40.
    let text = format!(
        "{}é Gunmen killed five people in Kabul on Monday.",
        "x".repeat(39)
    );
    let report = parse_within(&text, LIMIT);
    assert!(!report.casualties.is_empty());
}

#[test]
fn jihadists_among_many_named_groups() {
    // Each "jihadists" looks for the group named nearest: by binary search, not a scan.
    let text = "Islamic State jihadists and Boko Haram jihadists killed 5 people. ".repeat(15_000);
    let report = parse_within(&text, LIMIT);
    assert!(!report.events.is_empty());
}

#[test]
fn many_conflicting_figures_in_long_sentences() {
    // Each figure reads its cues and sources in a bounded window of its sentence, or a long
    // sentence of many figures costs quadratic time.
    let one_sentence = "police said 5 people were killed, although residents said 7 people were \
                        killed, "
        .repeat(6_000);
    let report = parse_within(&one_sentence, LIMIT);
    assert!(report.casualties.iter().any(|c| c.flags.conflicting));
    let sentences = "Police said 5 people were killed in the raid. Residents said 7 people were \
                     killed in the raid, disputing the toll. "
        .repeat(4_000);
    parse_within(&sentences, LIMIT);
}

#[test]
fn many_time_spans_and_counts_in_one_sentence() {
    // A time span before a count is read among the words just before it, and a count of the
    // group's own sentence joins it untested: neither reads the whole sentence again.
    let text =
        "forces repelled attacks over the past 24 hours and killed 5 soldiers, ".repeat(8_000);
    let report = parse_within(&text, LIMIT);
    assert!(report.casualties.iter().any(|c| c.flags.aggregate));
}

#[test]
fn many_incident_clauses_in_one_sentence() {
    // Each break between incidents reads its clauses within reach of it, and each event the
    // words just before its count for "a day after": a long sentence of many incidents stays
    // linear.
    let text = format!(
        "Officials said on Monday that {}",
        "a day after gunmen killed 2 people in Kano, while a bomb killed 3 people in Jos, "
            .repeat(5_000)
    );
    let report = parse_within(&text, LIMIT);
    assert!(report.events.len() > 1_000);
}

#[test]
fn many_claims_of_the_group_and_long_modifiers() {
    // "The group" is looked up among the groups named shortly before it, and a phrase that
    // modifies victims is read only when short.
    let text = format!(
        "Al-Shabaab fighters attacked a base. {}",
        "The group said it killed 5 soldiers. ".repeat(6_000)
    );
    parse_within(&text, LIMIT);
    let text = format!(
        "Gunmen killed the mayor of the town {}",
        "and two and three of ".repeat(8_000)
    );
    parse_within(&text, LIMIT);
}

/// Many counts of earlier incidents an article recalls: which outcomes are told of later is
/// found once, not once per count.
#[test]
fn many_counts_of_earlier_incidents() {
    let text = format!(
        "{}Gunmen killed 3 people on Friday.",
        "In 2014, gunmen killed 5 people. ".repeat(50_000)
    );
    let report = parse_article_within(&text, "2023-03-10", LIMIT);
    assert_eq!(report.total(conflict_events::Outcome::Killed), Some(3));
}

/// One event of many counts and many forces named among its victims: whether a force is named
/// inside a victims' phrase is a binary search, not a scan of every count.
#[test]
fn one_event_of_many_counts_of_forces() {
    let text = "Gunmen killed five soldiers, and four policemen were wounded. ".repeat(60_000);
    let report = parse_article_within(&text, "2023-03-10", LIMIT);
    assert!(!report.events.is_empty());
}

/// Many sources in one article: the bracket after a source's name is looked for before the
/// look back for its opening one, which is bounded.
#[test]
fn many_sources_described_by_relative_clauses() {
    let sentence = "A resident, who asked not to be named, told Reuters that 5 were killed. ";
    parse_within(&sentence.repeat(400_000 / sentence.len()), LIMIT);
}

/// Many counts that add to the one before, in one sentence: the total's sum grows in place,
/// never copied once per count.
#[test]
fn many_additional_counts_in_one_sentence() {
    let text = format!(
        "Gunmen killed 5 villagers, {}and fled.",
        "and troops killed 15 of the attackers, ".repeat(100_000)
    );
    let report = parse_within(&text, LIMIT);
    assert_eq!(report.total(Outcome::Killed), Some(5 + 15 * 100_000));
}
