//! Tags TimeML documents with TIMEX3 and scores taggings the TempEval-3 way.
//!
//! ```text
//! cargo run --release --example timeml -- tag IN_DIR OUT_DIR
//! cargo run --release --example timeml -- score GOLD_DIR SYSTEM_DIR
//! ```
//!
//! `tag` reads every `.tml` / `.TE3input` file of IN_DIR (their own TIMEX3 in TEXT are
//! dropped first), tags the TEXT against the DCT and writes the document to OUT_DIR with
//! TIMEX3 elements inserted, every other character as it was.
//!
//! `score` compares the TIMEX3 of TEXT in SYSTEM_DIR with those of GOLD_DIR (same file
//! names), as the official TempEval-3 scorer does: the TEXT is split into tokens; a system
//! TIMEX3 matches a gold one relaxedly when they share a token and strictly when they cover
//! the same tokens; value F1 and type F1 are (attribute matches / relaxed matches) × relaxed
//! F1. The last line reads `strict_f1=… relaxed_f1=… value_f1=… type_f1=…`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use conflict_events::timeml::{Document, TimexElement};
use conflict_events::Parser;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["tag", input, output] => tag(Path::new(input), Path::new(output)),
        ["score", gold, system] => score(Path::new(gold), Path::new(system)),
        _ => Err("usage: timeml tag IN_DIR OUT_DIR | timeml score GOLD_DIR SYSTEM_DIR".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("timeml: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The `.tml` and `.TE3input` files of a folder and its subfolders, by file name.
fn documents(dir: &Path) -> Result<BTreeMap<String, PathBuf>, String> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                if name.ends_with(".tml") || name.ends_with(".TE3input") {
                    found.insert(name.trim_end_matches(".TE3input").to_string(), path);
                }
            }
        }
    }
    Ok(found)
}

fn read(path: &Path) -> Result<Document, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Document::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn tag(input: &Path, output: &Path) -> Result<(), String> {
    let parser = Parser::new();
    std::fs::create_dir_all(output).map_err(|e| format!("{}: {e}", output.display()))?;
    let docs = documents(input)?;
    for (name, path) in &docs {
        let doc = read(path)?;
        let tagged = doc.tag(&parser);
        let out = output.join(name);
        std::fs::write(&out, tagged).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    eprintln!("tagged {} documents into {}", docs.len(), output.display());
    Ok(())
}

/// The tokens of a text, as byte ranges: runs of letters and digits, and single marks.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, i));
        }
        if !c.is_whitespace() {
            out.push((i, i + c.len_utf8()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The tokens a TIMEX3 covers, as indices into `tokens`.
fn covered(tokens: &[(usize, usize)], t: &TimexElement) -> (usize, usize) {
    let first = tokens.partition_point(|&(_, e)| e <= t.start);
    let last = tokens.partition_point(|&(s, _)| s < t.end);
    (first, last.max(first))
}

#[derive(Default)]
struct Counts {
    gold: usize,
    system: usize,
    system_strict: usize,
    system_relaxed: usize,
    gold_strict: usize,
    gold_relaxed: usize,
    value: usize,
    kind: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn score(gold_dir: &Path, system_dir: &Path) -> Result<(), String> {
    let gold_docs = documents(gold_dir)?;
    let system_docs = documents(system_dir)?;
    let mut c = Counts::default();
    for (name, gold_path) in &gold_docs {
        let gold = read(gold_path)?;
        let gold_timexes = gold.timexes();
        c.gold += gold_timexes.len();
        let Some(system_path) = system_docs.get(name) else {
            eprintln!(
                "{name}: no system file, its {} TIMEX3 count as missed",
                gold_timexes.len()
            );
            continue;
        };
        let system = read(system_path)?;
        if system.plain_text() != gold.plain_text() {
            return Err(format!(
                "{name}: the system TEXT differs from the gold TEXT"
            ));
        }
        let toks = tokens(gold.plain_text());
        let g: Vec<(usize, usize)> = gold_timexes.iter().map(|t| covered(&toks, t)).collect();
        let system_timexes = system.timexes();
        c.system += system_timexes.len();
        for t in system_timexes {
            let s = covered(&toks, t);
            let overlapping: Vec<usize> = (0..g.len())
                .filter(|&k| g[k].0 < s.1 && s.0 < g[k].1)
                .collect();
            if let Some(&k) = overlapping.first() {
                c.system_relaxed += 1;
                if overlapping.iter().any(|&k| g[k] == s) {
                    c.system_strict += 1;
                }
                let gold_t = &gold_timexes[k];
                c.value += usize::from(gold_t.value == t.value);
                c.kind += usize::from(gold_t.kind == t.kind);
            }
        }
        for gk in &g {
            let mut relaxed = false;
            let mut strict = false;
            for t in system_timexes {
                let s = covered(&toks, t);
                if gk.0 < s.1 && s.0 < gk.1 {
                    relaxed = true;
                    strict |= *gk == s;
                }
            }
            c.gold_relaxed += usize::from(relaxed);
            c.gold_strict += usize::from(strict);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (sp, sr) = (
        ratio(c.system_strict, c.system),
        ratio(c.gold_strict, c.gold),
    );
    let (rp, rr) = (
        ratio(c.system_relaxed, c.system),
        ratio(c.gold_relaxed, c.gold),
    );
    let strict = f1(sp, sr);
    let relaxed = f1(rp, rr);
    let value = ratio(c.value, c.system_relaxed) * relaxed;
    let kind = ratio(c.kind, c.system_relaxed) * relaxed;
    println!("gold TIMEX3: {}, system TIMEX3: {}", c.gold, c.system);
    println!(
        "strict:  P={:.2} R={:.2} F1={:.2}",
        sp * 100.0,
        sr * 100.0,
        strict * 100.0
    );
    println!(
        "relaxed: P={:.2} R={:.2} F1={:.2}",
        rp * 100.0,
        rr * 100.0,
        relaxed * 100.0
    );
    println!(
        "strict_f1={:.2} relaxed_f1={:.2} value_f1={:.2} type_f1={:.2}",
        strict * 100.0,
        relaxed * 100.0,
        value * 100.0,
        kind * 100.0
    );
    Ok(())
}
