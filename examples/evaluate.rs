//! Scores the parser against gold data.
//!
//! ```text
//! cargo run --release --example evaluate -- wad ../shared/data/wad/dev.jsonl [--misses FILE]
//! ```
//!
//! `wad` mode reads JSON Lines records `{"id", "dct", "text", "gold": {"deaths", "injured", ...}}`
//! and prints exact-match accuracy of the article totals: deaths over all rows, injuries over
//! rows whose gold is not null; and the main event's day against the gold start (rows with a
//! date and a day-precise start). The last line reads
//! `deaths_exact=… injured_exact=… date_exact=… rows=…`.
//! A record whose text gives no number counts as 0. Totals use `Scope::NonCombatants`, as the
//! dataset counts the victims of atrocities, not combatants killed in battle. `--misses FILE` writes every row where a
//! figure differs, with what was found, for study.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;

use conflict_events::{Article, Outcome, Parser, Scope};
use serde_json::{json, Value};

/// The World Atrocities Dataset codes deaths and injuries of non-combatants (PITF's
/// definition of an atrocity), so its totals are compared with the non-combatant scope.
const SCOPE: Scope = Scope::NonCombatants;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("evaluate: {e}");
            eprintln!("usage: evaluate wad PATH [--misses FILE]");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (mode, rest) = args.split_first().ok_or("no mode given")?;
    match mode.as_str() {
        "wad" => {
            let path = rest.first().ok_or("no PATH given")?;
            let misses = match rest.get(1).map(String::as_str) {
                Some("--misses") => Some(rest.get(2).ok_or("--misses needs a FILE")?.as_str()),
                Some(other) => return Err(format!("unknown argument {other:?}")),
                None => None,
            };
            wad(path, misses)
        }
        other => Err(format!("unknown mode {other:?}")),
    }
}

/// Exact-match counter for one field.
#[derive(Default)]
struct Score {
    right: usize,
    total: usize,
}

impl Score {
    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }

    fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

fn wad(path: &str, misses_path: Option<&str>) -> Result<(), String> {
    let file = File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
    let mut misses = match misses_path {
        Some(p) => Some(BufWriter::new(
            File::create(p).map_err(|e| format!("cannot create {p}: {e}"))?,
        )),
        None => None,
    };
    let parser = Parser::new();
    let (mut deaths, mut injured) = (Score::default(), Score::default());
    let mut date = Score::default();
    let mut rows = 0;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(&line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = record["text"]
            .as_str()
            .ok_or_else(|| format!("{path}:{}: no \"text\"", n + 1))?;
        let mut article = Article::new(text);
        if let Some(dct) = record["dct"].as_str() {
            article = article
                .with_date_str(dct)
                .map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        }
        let report = parser.parse_article(&article);
        rows += 1;
        let found_deaths = report.total_in(Outcome::Killed, SCOPE).unwrap_or(0);
        let found_injured = report.total_in(Outcome::Injured, SCOPE).unwrap_or(0);
        let gold = &record["gold"];
        let gold_deaths = gold["deaths"].as_u64();
        let deaths_ok = gold_deaths == Some(found_deaths);
        deaths.add(deaths_ok);
        let gold_injured = gold["injured"].as_u64();
        let injured_ok = gold_injured.map_or(true, |g| g == found_injured);
        if gold_injured.is_some() {
            injured.add(injured_ok);
        }
        // The main event's day against a day-precise gold start, for rows with a date.
        let gold_start = gold["start"].as_str().filter(|s| s.len() == 10);
        let found_day = report
            .main_event()
            .and_then(|e| e.date.as_ref())
            .and_then(|d| d.interval)
            .map(|i| i.start.date().to_string());
        let date_ok = match (record["dct"].as_str(), gold_start) {
            (Some(_), Some(g)) => {
                let ok = found_day.as_deref() == Some(g);
                date.add(ok);
                ok
            }
            _ => true,
        };
        if let (Some(out), false) = (misses.as_mut(), deaths_ok && injured_ok && date_ok) {
            let found: Vec<Value> = report
                .casualties
                .iter()
                .map(|c| {
                    json!({
                        "quote": &text[c.span.range()],
                        "outcome": c.outcome,
                        "value": c.count.value,
                        "qualifier": c.count.qualifier,
                        "flags": c.flags,
                    })
                })
                .collect();
            let miss = json!({
                "id": record["id"],
                "gold_deaths": gold_deaths,
                "found_deaths": found_deaths,
                "gold_injured": gold_injured,
                "found_injured": found_injured,
                "gold_start": gold_start,
                "found_day": found_day,
                "text": text,
                "found": found,
            });
            writeln!(out, "{miss}").map_err(|e| e.to_string())?;
        }
    }
    println!("deaths:  {}/{} exact", deaths.right, deaths.total);
    println!(
        "injured: {}/{} exact (rows with gold)",
        injured.right, injured.total
    );
    println!(
        "date:    {}/{} exact (rows with a date and a day-precise gold start)",
        date.right, date.total
    );
    println!(
        "deaths_exact={:.3} injured_exact={:.3} date_exact={:.3} rows={rows}",
        deaths.rate(),
        injured.rate(),
        date.rate()
    );
    Ok(())
}
