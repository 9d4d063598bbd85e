//! Throughput of the parser, in bytes per second.
//!
//! Corpora, each parsed one article at a time: the WAD dev excerpts
//! (`../shared/data/wad/dev.jsonl`, when present); a larger news corpus of the TBAQ documents
//! (`../shared/data/timeml/tbaq`, their TEXT and DCT) followed by the WAD excerpts; and one
//! long article made of the embedded sample repeated. Each corpus is read three ways: the
//! whole pipeline (`parse_article`), casualties only (`parse_casualties`) and time only
//! (`parse_times`). Each bench checks its result before timing it, so a parser that finds
//! nothing cannot look fast.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use conflict_events::{timeml, Article, Outcome, Parser, Report};
use criterion::{
    black_box, criterion_group, criterion_main, measurement::WallTime, BenchmarkGroup, Criterion,
    Throughput,
};

const SAMPLE: &str = include_str!("../examples/data/sample_article.txt");

/// An article's text and, when known, its date.
type Corpus = Vec<(String, Option<NaiveDate>)>;

fn shared(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(path)
}

fn wad_texts() -> Option<Corpus> {
    let data = std::fs::read_to_string(shared("wad/dev.jsonl")).ok()?;
    let texts = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| {
            let date = record["dct"]
                .as_str()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            Some((record["text"].as_str()?.to_owned(), date))
        })
        .collect();
    Some(texts)
}

/// The TEXT and DCT of every TimeML document under `tbaq`, in path order.
fn tbaq_texts() -> Option<Corpus> {
    let mut paths = Vec::new();
    for dir in std::fs::read_dir(shared("timeml/tbaq")).ok()?.flatten() {
        for file in std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            paths.push(file.path());
        }
    }
    paths.sort();
    let texts: Corpus = paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|source| timeml::Document::parse(&source).ok())
        .map(|doc| (doc.plain_text().to_owned(), doc.dct()))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

fn article((text, date): &(String, Option<NaiveDate>)) -> Article<'_> {
    let a = Article::new(text);
    match date {
        Some(d) => a.with_date(*d),
        None => a,
    }
}

/// Articles with a death toll found by `parse`: the figure the benches assert.
fn with_deaths(texts: &Corpus, parse: impl Fn(&Article<'_>) -> Report) -> usize {
    texts
        .iter()
        .filter(|t| {
            parse(&article(t))
                .total(Outcome::Killed)
                .is_some_and(|n| n > 0)
        })
        .count()
}

/// The whole pipeline, casualties only and time only over one corpus, after checking that
/// each finds at least `min_deaths` death tolls and `min_timexes` timexes.
fn read_three_ways(
    group: &mut BenchmarkGroup<'_, WallTime>,
    parser: &Parser,
    name: &str,
    texts: &Corpus,
    (min_deaths, min_timexes): (usize, usize),
) {
    let found = with_deaths(texts, |a| parser.parse_article(a));
    assert!(
        found >= min_deaths,
        "{name}: only {found} of {} texts gave a death toll",
        texts.len()
    );
    let only = with_deaths(texts, |a| parser.parse_casualties(a));
    assert_eq!(only, found, "{name}: casualties only gave other tolls");
    let tagged: usize = texts
        .iter()
        .map(|t| parser.parse_times(&article(t)).2.len())
        .sum();
    assert!(tagged >= min_timexes, "{name}: only {tagged} timexes");

    let bytes: usize = texts.iter().map(|(t, _)| t.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            for t in texts {
                black_box(parser.parse_article(black_box(&article(t))));
            }
        })
    });
    group.bench_function(format!("{name}_casualties_only"), |b| {
        b.iter(|| {
            for t in texts {
                black_box(parser.parse_casualties(black_box(&article(t))));
            }
        })
    });
    group.bench_function(format!("{name}_times_only"), |b| {
        b.iter(|| {
            for t in texts {
                black_box(parser.parse_times(black_box(&article(t))));
            }
        })
    });
}

fn pipeline(c: &mut Criterion) {
    let parser = Parser::new();
    let mut group = c.benchmark_group("parse");

    match wad_texts() {
        Some(wad) => {
            // Nine in ten WAD excerpts report deaths; most name a time.
            let expected = (wad.len() * 9 / 10, wad.len() / 2);
            read_three_ways(&mut group, &parser, "wad_dev", &wad, expected);
            match tbaq_texts() {
                Some(mut news) => {
                    let tbaq = news.len();
                    news.extend(wad.iter().cloned());
                    // TBAQ adds about 1,800 timexes and few tolls.
                    let expected = (wad.len() * 9 / 10, 1_500 + wad.len() / 2);
                    group.sample_size(10);
                    read_three_ways(&mut group, &parser, "tbaq_and_wad", &news, expected);
                    eprintln!(
                        "tbaq_and_wad: {tbaq} TBAQ documents and {} WAD excerpts",
                        wad.len()
                    );
                }
                None => eprintln!("../shared/data/timeml/tbaq not present: news bench skipped"),
            }
        }
        None => eprintln!("../shared/data/wad/dev.jsonl not present: WAD benches skipped"),
    }

    let long: String = SAMPLE.repeat(1_000);
    let report = parser.parse(&long);
    assert!(
        report.casualties.len() >= 9_000,
        "the long article lost mentions"
    );
    group.sample_size(100);
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
