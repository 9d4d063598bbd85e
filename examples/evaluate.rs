//! Scores the parser against gold data.
//!
//! ```text
//! cargo run --release --example evaluate -- wad ../shared/data/wad/dev.jsonl [--misses FILE]
//! cargo run --release --example evaluate -- seeds ../shared/data/seeds
//! cargo run --release --example evaluate -- merge ../shared/data/wad/dev.jsonl
//! ```
//!
//! `merge` mode merges the events of every record with a [`Merger`]. The records of the
//! World Atrocities Dataset are distinct incidents coded by people, so a record whose event
//! joins another record's incident is a false merge (a link of a total to an incident is
//! not a merge). The last line reads `false_merge_rate=… merged_rows=… incidents=… rows=…`,
//! and each false merge is printed above it.
//!
//! `seeds` mode checks the events of the seed articles against `expected.json`: for each
//! expected casualty, the event holding it must have the expected date, perpetrator and place,
//! and the counts and sides. Then the articles of each `same_event_across_articles` group
//! are merged, and the incidents the group's description names must hold reports of both
//! articles (with the reconciled low and high it gives). It prints every difference and a
//! last line `seeds_checked=… seeds_differences=…`.
//!
//! `wad` mode reads JSON Lines records `{"id", "dct", "text", "gold": {"deaths", "injured", ...}}`
//! and prints exact-match accuracy of the article totals: deaths over all rows, injuries over
//! rows whose gold is not null; the main event's day against the gold start (rows with a
//! date and a day-precise start); its country (ISO 3166-1 alpha-3) against the gold country;
//! whether the gold locality is among its place names (ignoring case, accents and
//! "village"/"town"/"city"); and whether its first-order unit (`admin1`) is the gold region,
//! compared by the consonants of the name without unit words and articles, as the gold writes
//! one unit many ways ("Nangarhar", "Ninawa" and "Nineveh", "Baghdad Governate", "Parwan" and
//! "Parvan"; a region the gold names two of counts if either matches); and whether its event
//! type fits the gold weapon (see [`fits_weapon`]; rows of a weapon "Unclear/Other" are left
//! out). Under the date line it prints how many rows give the gold day at all, as the article's
//! date or inside the interval of a time expression found in the text: no choice of the main
//! event's date among them can score more. The last line reads `deaths_exact=… injured_exact=… date_exact=… country_exact=…
//! locality_match=… admin1_match=… weapon_match=… rows=…`.
//! A record whose text gives no number counts as 0. Totals use `Scope::NonCombatants`, as the
//! dataset counts the victims of atrocities, not combatants killed in battle. `--misses FILE` writes every row where a
//! figure differs, with what was found, for study.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use conflict_events::{Article, EventType, Incident, Merger, Outcome, Parser, Scope};
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
            eprintln!(
                "usage: evaluate wad PATH [--misses FILE] | evaluate seeds DIR | evaluate merge PATH"
            );
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
        "seeds" => {
            let dir = rest.first().ok_or("no DIR given")?;
            seeds(Path::new(dir))
        }
        "merge" => {
            let path = rest.first().ok_or("no PATH given")?;
            merge(path)
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

/// Whether the gold day `gold` (YYYY-MM-DD) is the article's date or lies inside the interval
/// of a time expression of the report: the days a reader of the text could pick from.
fn names_day(report: &conflict_events::Report, article: &Article<'_>, gold: &str) -> bool {
    let Ok(day) = chrono::NaiveDate::parse_from_str(gold, "%Y-%m-%d") else {
        return false;
    };
    article.date() == Some(day)
        || report.timexes.iter().any(|t| {
            t.interval.as_ref().is_some_and(|i| {
                i.start.date() <= day && (day < i.end.date() || day == i.start.date())
            })
        })
}

/// Calls `f` with each JSON Lines record of `path`, its text and its article (dated by its
/// `dct` when it has one); errors name the line.
fn for_each_record(
    path: &str,
    mut f: impl FnMut(&Value, &str, &Article<'_>) -> Result<(), String>,
) -> Result<(), String> {
    let file = File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let at = |e: &dyn std::fmt::Display| format!("{path}:{}: {e}", n + 1);
        let line = line.map_err(|e| at(&e))?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line).map_err(|e| at(&e))?;
        let text = record["text"].as_str().ok_or_else(|| at(&"no \"text\""))?;
        let mut article = Article::new(text);
        if let Some(dct) = record["dct"].as_str() {
            article = article.with_date_str(dct).map_err(|e| at(&e))?;
        }
        f(&record, text, &article).map_err(|e| at(&e))?;
    }
    Ok(())
}

fn wad(path: &str, misses_path: Option<&str>) -> Result<(), String> {
    let mut misses = match misses_path {
        Some(p) => Some(BufWriter::new(
            File::create(p).map_err(|e| format!("cannot create {p}: {e}"))?,
        )),
        None => None,
    };
    let parser = Parser::new();
    let (mut deaths, mut injured) = (Score::default(), Score::default());
    let mut date = Score::default();
    let mut date_named = Score::default();
    let (mut country, mut locality) = (Score::default(), Score::default());
    let mut admin1 = Score::default();
    let mut weapon = Score::default();
    let mut rows = 0;
    for_each_record(path, |record, text, article| {
        let report = parser.parse_article(article);
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
                date_named.add(names_day(&report, article, g));
                ok
            }
            _ => true,
        };
        // The main event's country and places against the gold country and locality.
        let main = report.main_event();
        let found_country = main
            .and_then(|e| e.location.as_ref())
            .and_then(|l| l.country.clone());
        if let Some(g) = gold["country"].as_str() {
            country.add(found_country.as_deref() == Some(g));
        }
        let names: Vec<String> = main
            .map(|e| {
                e.places
                    .iter()
                    .chain(e.location.iter())
                    .flat_map(|l| [Some(l.name.clone()), l.canonical.clone()])
                    .flatten()
                    .map(|n| place_key(&n))
                    .collect()
            })
            .unwrap_or_default();
        let locality_found = gold["locality"].as_str().map(|g| {
            let g = place_key(g);
            let within = |a: &str, b: &str| format!(" {a} ").contains(&format!(" {b} "));
            !g.is_empty()
                && names
                    .iter()
                    .any(|n| !n.is_empty() && (within(n, &g) || within(&g, n)))
        });
        if let Some(found) = locality_found {
            locality.add(found);
        }
        // The main location's first-order unit, or the unit it is, against the gold region.
        let found_admin1 = main.and_then(|e| e.location.as_ref()).and_then(|l| {
            let unit = (l.precision == 4).then(|| l.canonical.clone().unwrap_or(l.name.clone()));
            l.admin1.clone().or(unit)
        });
        let mut admin1_ok = true;
        if let Some(g) = gold["region"].as_str().filter(|g| !g.is_empty()) {
            let found = found_admin1.as_deref().map(unit_key);
            admin1_ok = g
                .split(" and ")
                .flat_map(|part| part.split('/'))
                .any(|part| found.as_deref() == Some(unit_key(part).as_str()));
            admin1.add(admin1_ok);
        }
        // The main event's type against the gold weapon.
        if let Some(fits) = gold["weapons"]
            .as_str()
            .and_then(|w| fits_weapon(w, main.map(|e| e.event_type)))
        {
            weapon.add(fits);
        }
        let country_ok = gold["country"]
            .as_str()
            .map_or(true, |g| found_country.as_deref() == Some(g));
        let place_ok = locality_found.unwrap_or(true);
        let all_ok = deaths_ok && injured_ok && date_ok && country_ok && place_ok && admin1_ok;
        if let (Some(out), false) = (misses.as_mut(), all_ok) {
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
                "gold_country": gold["country"],
                "found_country": found_country,
                "gold_locality": gold["locality"],
                "found_places": names,
                "gold_admin1": gold["region"],
                "found_admin1": found_admin1,
                "admin1_ok": admin1_ok,
                "text": text,
                "found": found,
            });
            writeln!(out, "{miss}").map_err(|e| e.to_string())?;
        }
        Ok(())
    })?;
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
        "         {}/{} ({:.3}) give the gold day as the article's date or inside a time expression found: \
         the most any choice among them could reach",
        date_named.right,
        date_named.total,
        date_named.rate()
    );
    println!(
        "country: {}/{} exact; locality: {}/{} found; admin1: {}/{} match; weapon: {}/{} fit",
        country.right,
        country.total,
        locality.right,
        locality.total,
        admin1.right,
        admin1.total,
        weapon.right,
        weapon.total
    );
    println!(
        "deaths_exact={:.3} injured_exact={:.3} date_exact={:.3} country_exact={:.3} locality_match={:.3} admin1_match={:.3} weapon_match={:.3} rows={rows}",
        deaths.rate(),
        injured.rate(),
        date.rate(),
        country.rate(),
        locality.rate(),
        admin1.rate(),
        weapon.rate()
    );
    Ok(())
}

/// A place name for comparison: folded, without "village", "town" or "city".
fn place_key(name: &str) -> String {
    conflict_events::gazetteer::fold(name)
        .split(' ')
        .filter(|w| !["village", "town", "city", "the"].contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether an event type fits a WAD weapon: a suicide bombing is a suicide bomb; explosives
/// a remote explosive or a grenade; heavy weapons shelling or an air strike; firearms and
/// primitive weapons violence without explosions (an attack, a clash, an abduction, territory
/// taken). `None` for a weapon the gold leaves unclear; no event fits no weapon.
fn fits_weapon(weapon: &str, found: Option<EventType>) -> Option<bool> {
    use EventType::*;
    let fits: &[EventType] = match weapon {
        "Suicide Bombing" => &[SuicideBomb],
        "Explosives" => &[RemoteExplosiveLandmineIed, Grenade],
        "Heavy Weapons" => &[ShellingArtilleryMissileAttack, AirOrDroneStrike],
        "Firearms" | "Primitive Weapons" => &[
            Attack,
            ArmedClash,
            AbductionForcedDisappearance,
            GovernmentRegainsTerritory,
            NonStateActorOvertakesTerritory,
        ],
        _ => return None,
    };
    Some(found.is_some_and(|t| fits.contains(&t)))
}

/// Words of a unit's name that say what kind of unit it is, and Arabic articles: the gold
/// writes them or leaves them out at will.
const UNIT_KEY_DROPPED: &[&str] = &[
    "province",
    "state",
    "region",
    "regional",
    "governorate",
    "governate",
    "mayorality",
    "of",
    "district",
    "department",
    "county",
    "division",
    "the",
    "al",
    "ar",
    "as",
    "an",
    "ad",
    "az",
    "el",
    "ez",
];

/// A unit's name as the gold and the gazetteer both spell it: folded, without kind words and
/// articles, its first letter then its consonants once each ("ninawa" and "nineveh" give
/// "nnw" and "nnv": "v" and "w" read alike).
fn unit_key(name: &str) -> String {
    let folded = conflict_events::gazetteer::fold(name);
    let letters: Vec<char> = folded
        .split(' ')
        .filter(|w| !UNIT_KEY_DROPPED.contains(w))
        .flat_map(str::chars)
        .filter(char::is_ascii_lowercase)
        .map(|c| if c == 'v' { 'w' } else { c })
        .collect();
    let mut key = String::new();
    for (k, &c) in letters.iter().enumerate() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w');
        if (k == 0 || !vowel) && !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// The seeds' events against expected.json.
fn seeds(dir: &Path) -> Result<(), String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let expected: Value =
        serde_json::from_str(&read(&dir.join("expected.json"))?).map_err(|e| e.to_string())?;
    let articles = expected["articles"]
        .as_object()
        .ok_or("expected.json: no articles")?;
    let parser = Parser::new();
    let (mut checked, mut differences) = (0, 0);
    for (file, want) in articles {
        let text = read(&dir.join(file))?;
        let date = want["dct"].as_str().ok_or("no dct")?;
        let report = parser.parse_article(
            &Article::new(&text)
                .with_date_str(date)
                .map_err(|e| e.to_string())?,
        );
        for c in want["casualties"].as_array().into_iter().flatten() {
            let quote = c["quote"].as_str().unwrap_or("");
            let Some(at) = text.find(quote) else { continue };
            let event = report.events.iter().find(|e| {
                e.mentions.iter().any(|&m| {
                    report.casualties[m].span.start < at + quote.len()
                        && report.casualties[m].span.end > at
                })
            });
            let mut differ = |what: &str, want: &str, got: &str| {
                checked += 1;
                if want != got {
                    differences += 1;
                    println!("{file}: {quote:?}: {what}: want {want}, got {got}");
                }
            };
            if c["cumulative"].as_bool() == Some(true) {
                differ(
                    "cumulative toll makes no event",
                    "none",
                    if event.is_some() { "an event" } else { "none" },
                );
                continue;
            }
            if c["headline"].as_bool() == Some(true) {
                continue;
            }
            let Some(event) = event else {
                differ("event", "an event", "none");
                continue;
            };
            if let Some(when) = c["when"].as_str() {
                let got = event
                    .date
                    .as_ref()
                    .map_or("none".to_string(), |d| d.value.clone());
                // "2017-09-02/2017-09-03" is a span the date must fall in.
                let ok = match when.split_once('/') {
                    Some((from, to)) => event
                        .date
                        .as_ref()
                        .and_then(|d| d.interval)
                        .map(|i| i.start.date().to_string())
                        .is_some_and(|d| d.as_str() >= from && d.as_str() <= to),
                    None => got == when,
                };
                differ("date", when, if ok { when } else { &got });
            }
            if let Some(p) = c["perpetrator"].as_str() {
                let got: Vec<&str> = event
                    .actors
                    .iter()
                    .filter(|a| a.role != conflict_events::ActorRole::Target)
                    .map(|a| a.code.as_str())
                    .collect();
                let joined = got.join("+");
                differ("perpetrator", p, if got.contains(&p) { p } else { &joined });
            }
            if let Some(side) = c["side"].as_str() {
                let got = event
                    .casualties
                    .iter()
                    .any(|s| s.side.as_ref().map(|x| x.as_str()) == Some(side));
                differ(
                    "side among the event's casualties",
                    side,
                    if got { side } else { "absent" },
                );
            }
            let names: Vec<String> = event
                .places
                .iter()
                .chain(event.location.iter())
                .flat_map(|l| [Some(l.name.clone()), l.canonical.clone(), l.admin1.clone()])
                .flatten()
                .map(|n| place_key(&n).replace(' ', ""))
                .collect();
            for key in ["place", "admin1"] {
                if let Some(p) = c[key].as_str() {
                    let want = place_key(p).replace(' ', "");
                    let found = names
                        .iter()
                        .any(|n| n.contains(&want) || want.contains(n.as_str()) && !n.is_empty());
                    let got = if found {
                        p.to_string()
                    } else {
                        names.join("+")
                    };
                    differ(key, p, &got);
                }
            }
        }
    }
    let groups = expected["same_event_across_articles"].as_array();
    for group in groups.into_iter().flatten() {
        let files: Vec<&str> = group["articles"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut merger = Merger::new();
        for file in &files {
            let text = read(&dir.join(file))?;
            let date = articles[*file]["dct"].as_str().ok_or("no dct")?;
            let article = Article::new(&text)
                .with_date_str(date)
                .map_err(|e| e.to_string())?;
            merger.push(*file, &text, parser.parse_article(&article).events);
        }
        let incidents = merger.finish();
        let first = files.first().copied().unwrap_or_default();
        for &(seed, place, killed) in SAME_EVENTS.iter().filter(|e| first.starts_with(e.0)) {
            checked += 1;
            let Some(incident) = incidents
                .iter()
                .find(|i| reported_by_all(i, &files) && names_place(i, place))
            else {
                differences += 1;
                println!("{seed}: one incident at {place} from {files:?}: none");
                continue;
            };
            if let Some((side, low, high)) = killed {
                checked += 1;
                let got = incident.casualties.iter().find(|c| {
                    c.outcome == Outcome::Killed
                        && c.side.as_ref().map(|s| s.as_str()) == Some(side)
                });
                let got = got.map(|c| (c.low, c.high));
                if got != Some((Some(low), Some(high))) {
                    differences += 1;
                    println!(
                        "{seed}: {place}: {side} killed low/high: want {low}/{high}, got {got:?}"
                    );
                }
            }
        }
    }
    println!("seeds_checked={checked} seeds_differences={differences}");
    Ok(())
}

/// The reconciled killed of one side: side, low, high.
type Killed = (&'static str, u64, u64);

/// The incidents `same_event_across_articles` describes, by the group's first article: a
/// place one of its reports names and, where given, the reconciled killed of one side.
const SAME_EVENTS: &[(&str, &str, Option<Killed>)] = &[
    ("000", "Uqayribat", None),
    ("002", "Homs", None),
    ("002", "Deir Ezzor", None),
    ("002", "Aleppo", Some(("GOV", 13, 26))),
];

/// Every article of `files` reports the incident (as itself or as a total).
fn reported_by_all(incident: &Incident, files: &[&str]) -> bool {
    files
        .iter()
        .all(|f| incident.reports.iter().any(|r| r.article == *f))
}

/// A report of the incident places it at `place`.
fn names_place(incident: &Incident, place: &str) -> bool {
    incident
        .reports
        .iter()
        .filter(|r| r.role == conflict_events::ReportRole::Incident)
        .filter_map(|r| r.event.location.as_ref())
        // "Deir Ezzor" is the province ("Deir ez-Zor") of an incident placed at a town in it
        // (Mayadeen).
        .any(|l| {
            let squashed = |name: &str| place_key(name).replace([' ', '-'], "");
            [Some(&l.name), l.admin1.as_ref()]
                .into_iter()
                .flatten()
                .any(|name| squashed(name) == squashed(place))
        })
}

/// Merges the events of every record and counts records merged into another's incident.
fn merge(path: &str) -> Result<(), String> {
    let parser = Parser::new();
    let mut merger = Merger::new();
    let mut rows = 0usize;
    for_each_record(path, |record, text, article| {
        let id = record["id"]
            .as_str()
            .map_or_else(|| format!("record {}", rows + 1), str::to_string);
        merger.push(id, text, parser.parse_article(article).events);
        rows += 1;
        Ok(())
    })?;
    let incidents = merger.finish();
    let mut merged: Vec<&str> = Vec::new();
    for incident in &incidents {
        let ids = incident.articles();
        if ids.len() > 1 {
            println!("merged: {}", ids.join(" + "));
            merged.extend(ids);
        }
    }
    merged.sort_unstable();
    merged.dedup();
    let rate = if rows == 0 {
        0.0
    } else {
        merged.len() as f64 / rows as f64
    };
    println!(
        "false_merge_rate={rate:.3} merged_rows={} incidents={} rows={rows}",
        merged.len(),
        incidents.len()
    );
    Ok(())
}
