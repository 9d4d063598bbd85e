//! Throughput of the parser, in bytes per second.
//!
//! Corpora: the WAD dev excerpts (`../shared/data/wad/dev.jsonl`, when present) parsed one
//! record at a time, and one long article made of the embedded sample repeated. Each bench
//! checks its result before timing it, so a parser that finds nothing cannot look fast.

use std::path::PathBuf;

use conflict_events::{Article, Outcome, Parser};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const SAMPLE: &str = include_str!("../examples/data/sample_article.txt");

fn wad_texts() -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/wad/dev.jsonl");
    let data = std::fs::read_to_string(path).ok()?;
    let texts = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record["text"].as_str().map(str::to_owned))
        .collect();
    Some(texts)
}

/// Articles with a death toll found: the figure the benches assert.
fn with_deaths(parser: &Parser, texts: &[String]) -> usize {
    texts
        .iter()
        .filter(|t| {
            parser
                .parse(t)
                .total(Outcome::Killed)
                .is_some_and(|n| n > 0)
        })
        .count()
}

fn pipeline(c: &mut Criterion) {
    let parser = Parser::new();
    let mut group = c.benchmark_group("parse");

    if let Some(texts) = wad_texts() {
        let found = with_deaths(&parser, &texts);
        assert!(
            found * 10 >= texts.len() * 9,
            "only {found} of {} WAD texts gave a death toll",
            texts.len()
        );
        let bytes: usize = texts.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("wad_dev", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(parser.parse(black_box(t)));
                }
            })
        });

        // Time tagging alone, against a fixed reference date.
        let date = chrono::NaiveDate::from_ymd_opt(2016, 6, 1).expect("a valid date");
        let tagged: usize = texts
            .iter()
            .map(|t| parser.parse_times(&Article::new(t).with_date(date)).2.len())
            .sum();
        assert!(
            tagged >= texts.len() / 2,
            "only {tagged} timexes in the WAD texts"
        );
        group.bench_function("wad_dev_times_only", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(parser.parse_times(&Article::new(black_box(t)).with_date(date)));
                }
            })
        });
    } else {
        eprintln!("../shared/data/wad/dev.jsonl not present: wad_dev bench skipped");
    }

    let long: String = SAMPLE.repeat(1_000);
    let report = parser.parse(&long);
    assert!(
        report.casualties.len() >= 9_000,
        "the long article lost mentions"
    );
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("sample_x1000", |b| {
        b.iter(|| black_box(parser.parse(black_box(&long))))
    });
    group.finish();
}

/// Cost is linear in input size: the same article repeated to 1 KB, 100 KB and 10 MB parses at
/// the same bytes per second.
fn scaling(c: &mut Criterion) {
    let parser = Parser::new();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for size in [1_000usize, 100_000, 10_000_000] {
        let text: String = SAMPLE.repeat(size / SAMPLE.len() + 1)[..size]
            .char_indices()
            .map(|(_, c)| c)
            .collect();
        let mentions = parser.parse(&text).casualties.len();
        assert!(
            mentions * SAMPLE.len() >= size,
            "{size} bytes: {mentions} mentions"
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{size}_bytes"), |b| {
            b.iter(|| black_box(parser.parse(black_box(&text))))
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline, scaling);
criterion_main!(benches);
