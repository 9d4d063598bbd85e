//! Runs every case of `tests/data/merges.toml` (see the file's header for the fields), and
//! checks that merging depends only on the set of events, not on the order they come in.

use conflict_events::{Article, Event, Incident, Merger, Outcome, Parser, ReportRole};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    incidents: usize,
    article: Vec<Input>,
    #[serde(default)]
    incident: Vec<Expected>,
}

#[derive(Deserialize, Clone)]
struct Input {
    id: String,
    date: String,
    text: String,
}

#[derive(Deserialize)]
struct Expected {
    articles: Vec<String>,
    #[serde(default)]
    totals: Vec<String>,
    killed: Option<[u64; 3]>,
    date: Option<String>,
}

fn cases() -> Vec<Case> {
    let text = include_str!("../data/merges.toml");
    crate::data::cases("merges.toml", text)
}

/// An article's id, date and events.
struct Parsed {
    id: String,
    date: chrono::NaiveDate,
    text: String,
    events: Vec<Event>,
}

fn parse(inputs: &[Input]) -> Vec<Parsed> {
    let parser = Parser::new();
    inputs
        .iter()
        .map(|a| {
            let article = Article::new(&a.text).with_date_str(&a.date).unwrap();
            Parsed {
                id: a.id.clone(),
                date: a.date.parse().unwrap(),
                text: a.text.clone(),
                events: parser.parse_article(&article).events,
            }
        })
        .collect()
}

fn merge<'a>(articles: impl IntoIterator<Item = &'a Parsed>) -> Vec<Incident> {
    let mut merger = Merger::new();
    for a in articles {
        merger.push(a.id.clone(), &a.text, a.events.clone());
    }
    merger.finish()
}

/// The articles of an incident's reports of one role, sorted and without repeats.
fn of_role(incident: &Incident, role: ReportRole) -> Vec<String> {
    let mut ids: Vec<String> = incident
        .reports
        .iter()
        .filter(|r| r.role == role)
        .map(|r| r.article.clone())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

fn matches(incident: &Incident, want: &Expected) -> bool {
    let killed = incident
        .casualties
        .iter()
        .find(|c| c.outcome == Outcome::Killed)
        .map(|c| [c.low, c.best, c.high]);
    let date = incident.date.as_ref().map(|d| d.value.clone());
    of_role(incident, ReportRole::Incident) == want.articles
        && of_role(incident, ReportRole::Total) == want.totals
        && want.killed.map_or(true, |k| killed == Some(k.map(Some)))
        && (want.date.is_none() || date == want.date)
}

fn describe(incident: &Incident) -> String {
    let killed = incident
        .casualties
        .iter()
        .find(|c| c.outcome == Outcome::Killed)
        .map(|c| (c.low, c.best, c.high));
    format!(
        "incident of {:?}, totals {:?}, killed {killed:?}, date {:?}",
        of_role(incident, ReportRole::Incident),
        of_role(incident, ReportRole::Total),
        incident.date.as_ref().map(|d| &d.value)
    )
}

#[test]
fn merge_cases() {
    let mut failures = Vec::new();
    for case in cases() {
        let incidents = merge(&parse(&case.article));
        let found: Vec<String> = incidents.iter().map(describe).collect();
        if incidents.len() != case.incidents {
            failures.push(format!(
                "{}: want {} incidents, got {found:#?}",
                case.name, case.incidents
            ));
            continue;
        }
        let mut unused: Vec<&Incident> = incidents.iter().collect();
        for want in &case.incident {
            match unused.iter().position(|i| matches(i, want)) {
                Some(k) => {
                    unused.remove(k);
                }
                None => failures.push(format!(
                    "{}: no incident of {:?} (totals {:?}, killed {:?}, date {:?}) in {found:#?}",
                    case.name, want.articles, want.totals, want.killed, want.date
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every article of every case, each with an id of its own.
fn all_articles() -> Vec<Parsed> {
    let mut all = Vec::new();
    for (k, case) in cases().into_iter().enumerate() {
        let inputs: Vec<Input> = case
            .article
            .iter()
            .map(|a| Input {
                id: format!("{k}-{}", a.id),
                ..a.clone()
            })
            .collect();
        all.extend(parse(&inputs));
    }
    all
}

/// The incidents as JSON, and a summary to show when two differ.
fn json(incidents: &[Incident]) -> Vec<String> {
    incidents
        .iter()
        .map(|i| {
            let digest = serde_json::to_string(i).unwrap().len();
            format!("{} ({digest} bytes of JSON)", describe(i))
        })
        .collect()
}

#[test]
fn the_result_does_not_depend_on_the_order_of_articles() {
    let all = all_articles();
    let forward = json(&merge(&all));
    assert!(forward.len() > 5);
    assert_eq!(json(&merge(all.iter().rev())), forward);
    for shift in 1..all.len() {
        let rotated = all[shift..].iter().chain(&all[..shift]);
        assert_eq!(json(&merge(rotated)), forward, "rotated by {shift}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_order_gives_the_same_incidents(order in Just((0..all_articles().len()).collect::<Vec<usize>>()).prop_shuffle()) {
        let all = all_articles();
        let forward = json(&merge(&all));
        let shuffled = json(&merge(order.iter().map(|&k| &all[k])));
        prop_assert_eq!(shuffled, forward);
    }
}

#[test]
fn draining_a_stream_sorted_by_date_gives_the_batch_result() {
    let mut all = all_articles();
    all.sort_by_key(|a| a.date);
    let mut batch = json(&merge(&all));
    let mut merger = Merger::new();
    let mut streamed = Vec::new();
    for a in &all {
        streamed.extend(merger.drain(a.date));
        merger.push(a.id.clone(), &a.text, a.events.clone());
    }
    streamed.extend(merger.finish());
    let mut streamed = json(&streamed);
    batch.sort();
    streamed.sort();
    let differ: Vec<&String> = streamed.iter().filter(|s| !batch.contains(s)).collect();
    let missing: Vec<&String> = batch.iter().filter(|s| !streamed.contains(s)).collect();
    assert!(
        differ.is_empty() && missing.is_empty(),
        "streamed only: {differ:#?}\nbatch only: {missing:#?}"
    );
}

#[test]
fn an_empty_merger_gives_nothing() {
    assert!(Merger::new().finish().is_empty());
    let mut merger = Merger::new();
    merger.push("empty", "", Vec::new());
    assert!(merger.drain(chrono::NaiveDate::MIN).is_empty());
    assert!(merger.finish().is_empty());
}

/// Twenty thousand distinct incidents on one day in one country: each is compared with a
/// bounded number of open incidents, so this stays fast, and none merges.
#[test]
fn a_flood_of_incidents_on_one_day_stays_apart() {
    let text = "Gunmen killed 12 villagers in Kapsa, Borno state, on Monday, police said.";
    let article = Article::new(text).with_date_str("2021-03-16").unwrap();
    let template = Parser::new().parse_article(&article).events.remove(0);
    let mut merger = Merger::new();
    let n = 20_000;
    for k in 0..n {
        let mut event = template.clone();
        if let Some(l) = event.location.as_mut() {
            l.name = format!("Place {k}");
            l.canonical = Some(l.name.clone());
            l.latitude = Some(f64::from(k) * 0.01);
            l.longitude = Some(f64::from(k % 100));
            l.precision = 1;
        }
        event.places = event.location.iter().cloned().collect();
        merger.push(format!("a{k}"), "", [event]);
    }
    let incidents = merger.finish();
    assert_eq!(incidents.len(), n as usize);
}
