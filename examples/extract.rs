//! Reads conflict news and writes the events it reports.
//!
//! ```text
//! cargo run --release --example extract                         # the embedded sample article
//! cargo run --release --example extract -- story.txt more/      # text files and folders
//! cargo run --release --example extract -- feed.jsonl           # JSON Lines {"id","dct","text"}
//! cargo run --release --example extract -- --csv ucdp feed.jsonl
//! cargo run --release --example extract -- --merge feed.jsonl   # incidents across articles
//! ```
//!
//! With no input it prints the sample article's whole report as pretty JSON. With inputs it
//! writes one line per event: JSON (the `Event` fields, plus `article` and `evidence`, the
//! words the event was read from), or CSV rows in UCDP GED-like (`--csv ucdp`) or ACLED-like
//! (`--csv acled`) columns, header first. With `--merge` it writes one JSON line per incident
//! instead: the events of all records merged (`Merger`), each incident with its reports (their
//! `article` ids; their spans are in that article's text). Records sorted by date are merged as
//! they come (the incidents no later record can join are written out); otherwise they are
//! merged at the end. Folders are read for `.txt` and `.jsonl` files.
//! Records are parsed on every core in batches, in input order, so memory stays bounded on
//! large feeds; progress goes to stderr every few seconds.
//!
//! The sample is a wire story written for this crate (not a real report).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use conflict_events::{output, Article, Event, Incident, Merger, Parser};
use serde_json::json;

const USAGE: &str = "usage: extract [--csv ucdp|acled | --merge] [FILE.txt|FILE.jsonl|FOLDER ...]
  no input: the embedded sample article's report, as pretty JSON
  inputs: one JSON line per event (or CSV rows, or with --merge one line per incident)";

const SAMPLE: &str = include_str!("data/sample_article.txt");
const SAMPLE_DATE: &str = "2021-03-14";
/// Records parsed together, one share per core.
const BATCH: usize = 4096;
/// How often progress is written.
const PROGRESS_EVERY: Duration = Duration::from_secs(3);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Ucdp,
    Acled,
    /// Incidents across records, as JSON lines.
    Incidents,
}

/// Merging across records: drained while the records come in date order.
struct Merging {
    merger: Merger,
    /// The last record's date while every record so far came in date order.
    sorted_until: Option<NaiveDate>,
    sorted: bool,
}

impl Merging {
    fn push(
        &mut self,
        record: &Record,
        events: Vec<Event>,
        out: &mut impl Write,
    ) -> Result<(), String> {
        let date = record
            .date
            .as_deref()
            .and_then(|d| d.parse::<NaiveDate>().ok());
        match (date, self.sorted_until) {
            (Some(d), Some(last)) if d < last => self.sorted = false,
            (None, _) => self.sorted = false,
            _ => {}
        }
        if let (true, Some(d)) = (self.sorted, date) {
            if self.sorted_until != Some(d) {
                write_incidents(out, &self.merger.drain(d))?;
            }
            self.sorted_until = Some(d);
        }
        self.merger.push(record.id.clone(), &record.text, events);
        Ok(())
    }
}

fn write_incidents(out: &mut impl Write, incidents: &[Incident]) -> Result<(), String> {
    for incident in incidents {
        write_line(
            out,
            &serde_json::to_string(incident).map_err(|e| e.to_string())?,
        )?;
    }
    Ok(())
}

/// One article to parse.
struct Record {
    id: String,
    date: Option<String>,
    text: String,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut format = Format::Json;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--csv" if format != Format::Incidents => {
                format = match args.next().as_deref() {
                    Some("ucdp") => Format::Ucdp,
                    Some("acled") => Format::Acled,
                    other => return Err(format!("--csv takes ucdp or acled, not {other:?}")),
                }
            }
            "--merge" if format == Format::Json => format = Format::Incidents,
            "--csv" | "--merge" => return Err("--merge writes JSON: it takes no --csv".into()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"));
            }
            _ => inputs.push(PathBuf::from(arg)),
        }
    }
    let parser = Parser::new();
    if inputs.is_empty() {
        return sample(&parser);
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format {
        Format::Ucdp => write_line(&mut out, &output::UCDP_COLUMNS.join(","))?,
        Format::Acled => write_line(&mut out, &output::ACLED_COLUMNS.join(","))?,
        Format::Json | Format::Incidents => {}
    }
    let merging = (format == Format::Incidents).then(|| Merging {
        merger: Merger::new(),
        sorted_until: None,
        sorted: true,
    });

    let mut files = Vec::new();
    for input in &inputs {
        collect(input, &mut files)?;
    }
    let mut run = Batches {
        parser: &parser,
        format,
        batch: Vec::with_capacity(BATCH),
        progress: Progress::new(),
        merging,
    };
    for path in &files {
        let is_jsonl = path.extension().is_some_and(|e| e == "jsonl");
        if is_jsonl {
            let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            for (n, line) in BufReader::new(file).lines().enumerate() {
                let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let record = jsonl_record(&line)
                    .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
                run.add(record, &mut out)?;
            }
        } else {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let id = path.display().to_string();
            run.add(
                Record {
                    id,
                    date: None,
                    text,
                },
                &mut out,
            )?;
        }
    }
    run.flush(&mut out)?;
    if let Some(m) = run.merging {
        write_incidents(&mut out, &m.merger.finish())?;
    }
    if let Err(e) = out.flush() {
        return quiet_on_broken_pipe(e);
    }
    run.progress.done();
    Ok(())
}

/// Records parsed together on every core, their output written in input order.
struct Batches<'p> {
    parser: &'p Parser,
    format: Format,
    batch: Vec<Record>,
    progress: Progress,
    merging: Option<Merging>,
}

impl Batches<'_> {
    fn add(&mut self, record: Record, out: &mut impl Write) -> Result<(), String> {
        self.batch.push(record);
        if self.batch.len() == BATCH {
            self.flush(out)?;
        }
        Ok(())
    }

    /// Parses the batch on every core and writes its lines in input order.
    fn flush(&mut self, out: &mut impl Write) -> Result<(), String> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let (parser, format) = (self.parser, self.format);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let share = self.batch.len().div_ceil(cores);
        let results: Vec<Result<Parsed, String>> = std::thread::scope(|s| {
            let handles: Vec<_> = self
                .batch
                .chunks(share)
                .map(|chunk| {
                    s.spawn(move || {
                        chunk
                            .iter()
                            .map(|r| lines_of(parser, r, format))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join()
                        .unwrap_or_else(|_| vec![Err("a worker panicked".to_string())])
                })
                .collect()
        });
        for (record, result) in self.batch.iter().zip(results) {
            match (result?, self.merging.as_mut()) {
                (Parsed::Events(events), Some(m)) => m.push(record, events, out)?,
                (Parsed::Lines(lines), _) => {
                    for line in lines {
                        write_line(out, &line)?;
                    }
                }
                (Parsed::Events(_), None) => {}
            }
        }
        let bytes = self.batch.iter().map(|r| r.text.len()).sum();
        self.progress.add(self.batch.len(), bytes);
        self.batch.clear();
        Ok(())
    }
}

/// Writes a line; a reader that stopped reading (`| head`) ends the run quietly.
fn write_line(out: &mut impl Write, line: &str) -> Result<(), String> {
    match writeln!(out, "{line}") {
        Ok(()) => Ok(()),
        Err(e) => quiet_on_broken_pipe(e),
    }
}

fn quiet_on_broken_pipe(e: std::io::Error) -> Result<(), String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Err(e.to_string())
}

/// Files of a path: itself, or a folder's `.txt` and `.jsonl` files, sorted.
fn collect(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            let wanted = entry.is_dir()
                || entry
                    .extension()
                    .is_some_and(|e| e == "txt" || e == "jsonl");
            if wanted {
                collect(&entry, files)?;
            }
        }
        Ok(())
    } else if path.exists() {
        files.push(path.to_path_buf());
        Ok(())
    } else {
        Err(format!("{}: no such file or folder", path.display()))
    }
}

fn jsonl_record(line: &str) -> Result<Record, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let text = value["text"].as_str().ok_or("no \"text\"")?.to_string();
    let id = match &value["id"] {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    Ok(Record {
        id,
        date: value["dct"].as_str().map(str::to_string),
        text,
    })
}

/// What a worker gives for one record: output lines, or events to merge.
enum Parsed {
    Lines(Vec<String>),
    Events(Vec<Event>),
}

/// The output lines of one record, or its events when merging.
fn lines_of(parser: &Parser, record: &Record, format: Format) -> Result<Parsed, String> {
    let mut article = Article::new(&record.text);
    if let Some(d) = &record.date {
        article = article
            .with_date_str(d)
            .map_err(|e| format!("{}: {e}", record.id))?;
    }
    let report = parser.parse_article(&article);
    if format == Format::Incidents {
        return Ok(Parsed::Events(report.events));
    }
    let lines = report
        .events
        .iter()
        .enumerate()
        .map(|(k, event)| {
            Ok(match format {
                Format::Ucdp => {
                    output::csv_line(&output::ucdp_row(&record.id, k, event, &record.text))
                }
                Format::Acled => {
                    output::csv_line(&output::acled_row(&record.id, k, event, &record.text))
                }
                Format::Json | Format::Incidents => {
                    let mut value = serde_json::to_value(event).map_err(|e| e.to_string())?;
                    value["article"] = json!(record.id);
                    value["evidence"] = json!(&record.text[event.span.range()]);
                    value.to_string()
                }
            })
        })
        .collect::<Result<Vec<String>, String>>()?;
    Ok(Parsed::Lines(lines))
}

/// The sample article's whole report, as pretty JSON.
fn sample(parser: &Parser) -> Result<(), String> {
    let article = Article::new(SAMPLE)
        .with_date_str(SAMPLE_DATE)
        .map_err(|e| e.to_string())?;
    let report = parser.parse_article(&article);
    let mut value = serde_json::to_value(&report).map_err(|e| e.to_string())?;
    value["article"] = json!("sample_article.txt");
    for (k, c) in report.casualties.iter().enumerate() {
        value["casualties"][k]["evidence"] = json!(&SAMPLE[c.span.range()]);
    }
    for (k, e) in report.events.iter().enumerate() {
        value["events"][k]["evidence"] = json!(&SAMPLE[e.span.range()]);
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// Progress on stderr for long runs.
struct Progress {
    start: Instant,
    last: Instant,
    records: usize,
    bytes: usize,
}

impl Progress {
    fn new() -> Progress {
        let now = Instant::now();
        Progress {
            start: now,
            last: now,
            records: 0,
            bytes: 0,
        }
    }

    fn add(&mut self, records: usize, bytes: usize) {
        self.records += records;
        self.bytes += bytes;
        if self.last.elapsed() >= PROGRESS_EVERY {
            self.last = Instant::now();
            self.report();
        }
    }

    fn report(&self) {
        let seconds = self.start.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "extract: {} records, {:.1} MB, {:.1} MB/s",
            self.records,
            self.bytes as f64 / 1e6,
            self.bytes as f64 / 1e6 / seconds
        );
    }

    fn done(&self) {
        if self.start.elapsed() >= PROGRESS_EVERY {
            self.report();
        }
    }
}
