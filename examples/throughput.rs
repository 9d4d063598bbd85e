//! Times time tagging alone, casualties alone and the whole pipeline over the `"text"` of
//! every JSON Lines record of a file, and prints MB/s (10^6 bytes per second). Used by
//! `benches/peers/run.sh` to compare with other tools in one run; `cargo bench` gives the
//! careful figures.
//!
//! ```text
//! cargo run --release --example throughput -- ../shared/data/wad/dev.jsonl [--once]
//! ```
//!
//! `--once` parses every text once with the whole pipeline and exits, for timing a whole
//! process from the outside.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use conflict_events::{Article, Parser};

/// Each measurement repeats the corpus until it has run at least this long.
const MIN_TIME: Duration = Duration::from_secs(2);

/// The article of a record: its text and, when known, its date.
fn article((text, date): &(String, Option<chrono::NaiveDate>)) -> Article<'_> {
    let a = Article::new(text);
    match date {
        Some(d) => a.with_date(*d),
        None => a,
    }
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput CORPUS.jsonl [--once]");
        return ExitCode::FAILURE;
    };
    if path == "-h" || path == "--help" {
        println!("usage: throughput CORPUS.jsonl [--once]");
        return ExitCode::SUCCESS;
    }
    let once = std::env::args().nth(2).as_deref() == Some("--once");
    let data = match std::fs::read_to_string(&path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("throughput: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut records = Vec::new();
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("throughput: {path}:{}: {e}", n + 1);
                return ExitCode::FAILURE;
            }
        };
        let date = value["dct"]
            .as_str()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if let Some(text) = value["text"].as_str() {
            records.push((text.to_string(), date));
        }
    }
    let bytes: usize = records.iter().map(|(t, _)| t.len()).sum();
    let parser = Parser::new();
    if once {
        let found: usize = records
            .iter()
            .map(|r| parser.parse_article(&article(r)).casualties.len())
            .sum();
        println!("conflict-events-once bytes={bytes} found={found}");
        return ExitCode::SUCCESS;
    }

    let measure = |name: &str, run: &dyn Fn() -> usize| {
        let found = run(); // warm-up, and the count to print
        let start = Instant::now();
        let mut rounds = 0u32;
        while start.elapsed() < MIN_TIME {
            std::hint::black_box(run());
            rounds += 1;
        }
        let seconds = start.elapsed().as_secs_f64() / f64::from(rounds);
        println!(
            "{name} bytes={bytes} seconds={seconds:.4} found={found} mb_per_s={:.2}",
            bytes as f64 / seconds / 1e6
        );
    };
    measure("conflict-events-times", &|| {
        records
            .iter()
            .map(|r| parser.parse_times(&article(r)).2.len())
            .sum()
    });
    measure("conflict-events-casualties", &|| {
        records
            .iter()
            .map(|r| parser.parse_casualties(&article(r)).casualties.len())
            .sum()
    });
    measure("conflict-events-pipeline", &|| {
        records
            .iter()
            .map(|r| {
                let report = parser.parse_article(&article(r));
                report.timexes.len() + report.casualties.len()
            })
            .sum()
    });
    ExitCode::SUCCESS
}
