fn main() {
    let data = std::fs::read_to_string("../shared/data/wad/dev.jsonl").unwrap();
    let texts: Vec<(String, Option<chrono::NaiveDate>)> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            v["text"].as_str().map(|t| {
                (
                    t.to_string(),
                    v["dct"]
                        .as_str()
                        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                )
            })
        })
        .collect();
    let p = conflict_events::Parser::new();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(30);
    let mut n = 0;
    let t0 = std::time::Instant::now();
    for _ in 0..reps {
        for (t, d) in &texts {
            let mut a = conflict_events::Article::new(t);
            if let Some(d) = d {
                a = a.with_date(*d);
            }
            n += p.parse_article(&a).events.len();
        }
    }
    let bytes: usize = texts.iter().map(|t| t.0.len()).sum::<usize>() * reps;
    eprintln!(
        "{n} {:.2} MB/s",
        bytes as f64 / t0.elapsed().as_secs_f64() / 1e6
    );
}
