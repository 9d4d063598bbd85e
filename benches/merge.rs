//! Merged events per second on a synthetic stream of one million events.
//!
//! A year of incidents, each reported by three outlets with slightly different counts, in
//! 100 countries and ten places per country a day apart by 50 km and more. The events are
//! made from one parsed template (so that they are real `Event`s) with the date, place and
//! counts changed, pushed in date order with `Merger::drain` called for each new day. The
//! bench checks that every incident comes out with its three reports before timing.

use conflict_events::{Article, Event, Merger, Parser};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const DAYS: u32 = 365;
const COUNTRIES: u32 = 100;
const PLACES: u32 = 10;
const OUTLETS: u32 = 3;
/// Incidents a day: with three reports each, about a million events in a year.
const INCIDENTS_PER_DAY: u32 = 913;

fn template() -> Event {
    let text = "Gunmen killed 12 villagers in Kapsa, Borno state, on Monday, police said.";
    let article = Article::new(text)
        .with_date_str("2021-03-16")
        .expect("a valid date");
    let report = Parser::new().parse_article(&article);
    let event = report
        .events
        .into_iter()
        .next()
        .expect("the template's event");
    assert!(event.date.is_some() && event.location.is_some());
    event
}

/// The report of `outlet` on incident `k` of `day`.
fn report(template: &Event, day: u32, k: u32, outlet: u32) -> Event {
    let mut event = template.clone();
    let date = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).expect("a valid date")
        + chrono::Duration::days(i64::from(day));
    let start = date.and_hms_opt(0, 0, 0).expect("midnight");
    if let Some(d) = event.date.as_mut() {
        d.value = date.to_string();
        if let Some(i) = d.interval.as_mut() {
            i.start = start;
            i.end = start + chrono::Duration::days(1);
        }
    }
    let (country, place) = (k % COUNTRIES, k / COUNTRIES % PLACES);
    if let Some(l) = event.location.as_mut() {
        l.name = format!("Place {place}");
        l.canonical = Some(l.name.clone());
        l.country = Some(format!("C{country:02}"));
        l.latitude = Some(f64::from(country) + f64::from(place) * 0.5);
        l.longitude = Some(10.0);
        l.precision = 1;
        l.admin1 = None;
    }
    event.places = event.location.iter().cloned().collect();
    let killed = u64::from(1 + (day + k) % 40) + u64::from(outlet);
    for c in &mut event.casualties {
        (c.low, c.best, c.high) = (Some(killed), Some(killed), Some(killed));
    }
    event
}

/// Merges the stream and returns the number of incidents and of reports they hold.
fn merge_stream(template: &Event) -> (usize, usize) {
    let mut merger = Merger::new();
    let (mut incidents, mut reports) = (0, 0);
    let mut take = |out: Vec<conflict_events::Incident>| {
        incidents += out.len();
        reports += out.iter().map(|i| i.reports.len()).sum::<usize>();
    };
    let first = chrono::NaiveDate::from_ymd_opt(2021, 1, 1).expect("a valid date");
    for day in 0..DAYS {
        take(merger.drain(first + chrono::Duration::days(i64::from(day))));
        for k in 0..INCIDENTS_PER_DAY {
            for outlet in 0..OUTLETS {
                let id = format!("{day}-{k}-{outlet}");
                merger.push(id, "", [report(template, day, k, outlet)]);
            }
        }
    }
    take(merger.finish());
    (incidents, reports)
}

fn merge(c: &mut Criterion) {
    let template = template();
    let events = u64::from(DAYS * INCIDENTS_PER_DAY * OUTLETS);
    let (incidents, reports) = merge_stream(&template);
    assert_eq!(incidents as u32, DAYS * INCIDENTS_PER_DAY, "incidents");
    assert_eq!(reports as u64, events, "reports");
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    group.throughput(Throughput::Elements(events));
    group.bench_function("synthetic_stream_1m_events", |b| {
        b.iter(|| black_box(merge_stream(black_box(&template))))
    });
    group.finish();
}

criterion_group!(benches, merge);
criterion_main!(benches);
