//! Merging: the same incident reported by several articles becomes one [`Incident`] that
//! keeps every report with its own counts and spans, and reconciles their counts.
//!
//! Two events are reports of one incident when their dates overlap within their precision,
//! their places are the same, one holds the other or they lie within each other's radius of
//! uncertainty, their actors agree (IS = Daesh = ISIS: actors are compared by code), their
//! event types and counts do not contradict each other, and they come from different
//! articles. Two articles that are mostly the same text (a wire story published twice) are
//! the same story, which stands in for the place, actor, type and count tests.
//!
//! An event whose figures are all aggregates ([`Event::is_aggregate`], "almost 50 killed in 48
//! hours" over several attacks) is a total, not an incident: it is linked, as a
//! [`ReportRole::Total`] report, to every incident it can hold, and not added to them. A
//! total that holds no incident stands as an incident of its own.
//!
//! See [`Merger`] for an example.
//!
//! Cost: each event is compared only with the open incidents of its country on the days its
//! date allows (a hash lookup per day), at most 256 of them (the latest), so merging is
//! n·log n in the number of events (the sort), whatever the stream. The output depends only
//! on the set of events pushed, not on their order.

mod compatible;
mod reconcile;
mod story;

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

pub use reconcile::ReconciledCasualties;

use crate::casualty::{Outcome, Side};
use crate::event::{ActorRole, Event, EventDate, EventType, Location};
use story::Sketch;

/// Days an incident stays open after its last day by default: reports of an incident come
/// within weeks, and month-precise ones ("in March") are matched up to a month later.
const DEFAULT_HORIZON_DAYS: u32 = 62;
/// The most open incidents an event is compared with: the latest ones of its country and
/// days. A flood of distinct incidents on one day in one country then costs linear time.
const MAX_CANDIDATES: usize = 256;
/// A coarse report is the total of the incidents it holds when its toll is their sum, up to
/// this factor either way.
const TOTAL_SLACK: f64 = 1.25;

/// How a report relates to the incident it is kept with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReportRole {
    /// A report of this incident: its figures count it.
    Incident,
    /// A total over this incident and others ("almost 50 killed in 48 hours"): kept as
    /// evidence, not added to the incident's figures.
    Total,
}

/// One article's event, as kept by an incident.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IncidentReport {
    /// The article's id, as given to [`Merger::push`]; the event's spans are in its text.
    pub article: String,
    /// The event, with its own counts, source and spans.
    pub event: Event,
    /// A report of the incident, or a total that holds it.
    pub role: ReportRole,
}

/// An actor of an incident, with the reports that name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IncidentActor {
    /// The actor's code (`IS`, `GOV`, ...).
    pub code: Side,
    /// Its canonical name.
    pub name: String,
    /// Its part, as the first report naming it gives it.
    pub role: ActorRole,
    /// The reports naming it (indices into [`Incident::reports`]); their events hold the
    /// spans.
    pub reports: Vec<usize>,
}

/// One incident, from one or more reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Incident {
    /// The most specific event type the reports give.
    pub event_type: EventType,
    /// The most precise date of the reports (an article's own date only when none has
    /// another).
    pub date: Option<EventDate>,
    /// The most precise place of the reports.
    pub location: Option<Location>,
    /// Every actor the reports name.
    pub actors: Vec<IncidentActor>,
    /// Per side and outcome, the reports' figures reconciled (see [`ReconciledCasualties`]).
    pub casualties: Vec<ReconciledCasualties>,
    /// Every report, incident reports first, each with its article's id.
    pub reports: Vec<IncidentReport>,
}

impl Incident {
    /// Killed of all sides, by the reconciled best estimates.
    pub fn killed(&self) -> u64 {
        self.total(Outcome::Killed)
    }

    /// The sum of the reconciled best estimates for one outcome; an aggregate figure counts
    /// only when the incident holds no parts.
    pub fn total(&self, outcome: Outcome) -> u64 {
        crate::event::sum_best(
            self.casualties
                .iter()
                .map(|c| (c.outcome, c.best, c.aggregate)),
            outcome,
        )
    }

    /// The distinct articles reporting the incident itself (totals left out).
    pub fn articles(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .reports
            .iter()
            .filter(|r| r.role == ReportRole::Incident)
            .map(|r| r.article.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// An event waiting to be merged.
struct Pending {
    article: usize,
    ordinal: usize,
    event: Event,
    window: Option<(i32, i32)>,
    /// All its figures are aggregates ([`Event::is_aggregate`]).
    total: bool,
    /// Placed no finer than a region, with a death toll: it may be the total of incidents
    /// other articles report apart.
    coarse: bool,
}

/// What opened an incident, which decides which events may join it. Events are placed in
/// three passes (precise reports, coarse reports, totals) and join incidents of their own
/// pass or an earlier one only, as if every earlier pass were complete: a stream drained in
/// date order then gives what merging everything at once gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    Precise,
    Coarse,
    Totals,
}

/// An incident being built.
struct Cluster {
    tier: Tier,
    members: Vec<Pending>,
    /// The last day of any member, for settling.
    last_day: i32,
    /// Its entries in the index.
    keys: Vec<(u32, i32)>,
}

/// Merges the events of many articles into incidents.
///
/// Push every article's events, then [`finish`](Merger::finish); or, over a stream sorted
/// by date, call [`drain`](Merger::drain) now and then to take the incidents no later event
/// can join, which keeps memory bounded. Two reports of one attack, with different counts:
///
/// ```
/// use conflict_events::{Article, Merger, Parser};
///
/// let parser = Parser::new();
/// let first = "Gunmen killed 12 villagers in Kapsa, Borno state, on Monday, police said.";
/// let second = "At least 14 people were killed when gunmen attacked Kapsa village in \
///               Borno state on Monday, residents said.";
/// let mut merger = Merger::new();
/// for (id, text) in [("first", first), ("second", second)] {
///     let article = Article::new(text).with_date_str("2021-03-16")?;
///     merger.push(id, text, parser.parse_article(&article).events);
/// }
/// let incidents = merger.finish();
/// assert_eq!(incidents.len(), 1);
/// let killed = &incidents[0].casualties[0];
/// assert_eq!((killed.low, killed.best, killed.high), (Some(12), Some(12), Some(14)));
/// assert_eq!(incidents[0].reports.len(), 2);
/// # Ok::<(), conflict_events::Error>(())
/// ```
///
/// Two events are one incident when their dates overlap within their precision, their places
/// agree, their actors, event types and counts do not contradict each other, and they come
/// from different articles; a toll over several incidents is linked to them as a
/// [`ReportRole::Total`] report. The result depends only on the events pushed, not on their
/// order.
pub struct Merger {
    articles: Vec<(String, Sketch)>,
    countries: HashMap<String, u32>,
    /// Events waiting to be placed, by the day they become ready: their first day for
    /// precise reports, their last day for coarse reports and totals.
    pending: BTreeMap<i32, Vec<Pending>>,
    /// The first days of the coarse reports and totals waiting, each with its count.
    waiting: BTreeMap<i32, usize>,
    open: BTreeMap<usize, Cluster>,
    /// Open incidents by country and day.
    index: HashMap<(u32, i32), Vec<(usize, Tier)>>,
    next_id: usize,
    horizon: i32,
}

impl Default for Merger {
    fn default() -> Merger {
        Merger {
            articles: Vec::new(),
            countries: HashMap::new(),
            pending: BTreeMap::new(),
            waiting: BTreeMap::new(),
            open: BTreeMap::new(),
            index: HashMap::new(),
            next_id: 0,
            horizon: DEFAULT_HORIZON_DAYS as i32,
        }
    }
}

impl std::fmt::Debug for Merger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Merger")
            .field("articles", &self.articles.len())
            .field(
                "pending",
                &self.pending.values().map(Vec::len).sum::<usize>(),
            )
            .field("open", &self.open.len())
            .field("horizon", &self.horizon)
            .finish()
    }
}

impl Merger {
    /// An empty merger.
    pub fn new() -> Merger {
        Merger::default()
    }

    /// How many days before the date given to [`drain`](Merger::drain) an event may start
    /// and still join the incidents of the events pushed before it. Default: 62. A longer
    /// horizon merges reports that come later, at the cost of more open incidents.
    pub fn with_horizon_days(mut self, days: u32) -> Merger {
        self.horizon = i32::try_from(days).unwrap_or(i32::MAX);
        self
    }

    /// Adds an article's events. `article` names it in the output (give each article its
    /// own id); `text` is the article's text, read once to recognise the same story
    /// published twice, and not kept.
    pub fn push(
        &mut self,
        article: impl Into<String>,
        text: &str,
        events: impl IntoIterator<Item = Event>,
    ) {
        let index = self.articles.len();
        self.articles.push((article.into(), Sketch::of(text)));
        for (ordinal, event) in events.into_iter().enumerate() {
            let total = event.is_aggregate();
            let coarse = !total
                && event.location.as_ref().map_or(true, |l| l.precision >= 4)
                && event.killed() > 0;
            let window = compatible::window(&event);
            let ready = match window {
                None => i32::MIN,
                Some((first, last)) if total || coarse => {
                    *self.waiting.entry(first).or_default() += 1;
                    last
                }
                Some((first, _)) => first,
            };
            self.pending.entry(ready).or_default().push(Pending {
                article: index,
                ordinal,
                window,
                total,
                coarse,
                event,
            });
        }
    }

    /// Merges what can be merged and returns the incidents no event starting within the
    /// horizon before `before` can join any more. Over a stream of articles sorted by date,
    /// call it with the date of the articles about to be pushed: as long as their events
    /// start no earlier than `before` minus the horizon
    /// ([`with_horizon_days`](Merger::with_horizon_days)), the incidents are those of merging
    /// everything at once; an event dated further back joins the incidents still open only.
    pub fn drain(&mut self, before: NaiveDate) -> Vec<Incident> {
        self.settle(before.num_days_from_ce().saturating_sub(self.horizon))
    }

    /// Merges everything pushed and returns every incident, in the order of their dates.
    pub fn finish(mut self) -> Vec<Incident> {
        self.settle(i32::MAX)
    }

    /// Places the pending events no later event can come before (precise reports starting
    /// before `cutoff`; coarse reports and totals ending before it, as they wait for every
    /// part they could hold), then returns the incidents no later event can join.
    fn settle(&mut self, cutoff: i32) -> Vec<Incident> {
        let later = self.pending.split_off(&cutoff);
        let now: Vec<Pending> = std::mem::replace(&mut self.pending, later)
            .into_values()
            .flatten()
            .collect();
        for p in now.iter().filter(|p| p.total || p.coarse) {
            if let Some((first, _)) = p.window {
                if let Some(n) = self.waiting.get_mut(&first) {
                    *n -= 1;
                    if *n == 0 {
                        self.waiting.remove(&first);
                    }
                }
            }
        }
        // Precise reports first, so that coarse reports and totals find their parts.
        let (mut totals, reports): (Vec<Pending>, Vec<Pending>) =
            now.into_iter().partition(|p| p.total);
        let (mut coarse, mut precise): (Vec<Pending>, Vec<Pending>) =
            reports.into_iter().partition(|p| p.coarse);
        precise.sort_by(|a, b| self.canonical(a, b, false));
        coarse.sort_by(|a, b| self.canonical(a, b, true));
        totals.sort_by(|a, b| self.canonical(a, b, true));
        for p in precise {
            self.place_report(p, &[Tier::Precise]);
        }
        for p in coarse {
            self.place_coarse(p);
        }
        for p in totals {
            self.place_total(p);
        }
        // An incident stays open while a waiting total could still hold it.
        let waiting = self.waiting.keys().next().copied().unwrap_or(i32::MAX);
        let settled: Vec<usize> = self
            .open
            .iter()
            .filter(|(_, c)| c.last_day < cutoff.min(waiting))
            .map(|(&id, _)| id)
            .collect();
        let mut out: Vec<(usize, Incident)> = Vec::with_capacity(settled.len());
        for id in settled {
            if let Some(cluster) = self.open.remove(&id) {
                for key in &cluster.keys {
                    if let Some(ids) = self.index.get_mut(key) {
                        ids.retain(|&(x, _)| x != id);
                        if ids.is_empty() {
                            self.index.remove(key);
                        }
                    }
                }
                out.push((id, self.incident_of(cluster)));
            }
        }
        out.sort_by_key(|(id, incident)| {
            let start = incident
                .date
                .as_ref()
                .and_then(|d| d.interval)
                .map(|i| i.start);
            (start.is_none(), start, *id)
        });
        out.into_iter().map(|(_, incident)| incident).collect()
    }

    /// The order events are merged in, which makes the result independent of the order they
    /// were pushed in: by first day (by last day for those that wait for their last day),
    /// then article id, then position in the article.
    fn canonical(&self, a: &Pending, b: &Pending, by_last: bool) -> std::cmp::Ordering {
        let key = |p: &Pending| {
            let (first, last) = p.window.unwrap_or((i32::MIN, i32::MIN));
            if by_last {
                (last, first)
            } else {
                (first, last)
            }
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| self.articles[a.article].0.cmp(&self.articles[b.article].0))
            .then(a.ordinal.cmp(&b.ordinal))
    }

    fn country_key(&mut self, event: &Event) -> u32 {
        let country = event
            .location
            .as_ref()
            .and_then(|l| l.country.as_deref())
            .unwrap_or_default();
        if let Some(&key) = self.countries.get(country) {
            return key;
        }
        let key = self.countries.len() as u32;
        self.countries.insert(country.to_string(), key);
        key
    }

    /// Open incidents of the given tiers in the event's country on the days of its window,
    /// in id order.
    fn candidates(&mut self, p: &Pending, tiers: &[Tier]) -> Vec<usize> {
        let Some((first, last)) = p.window.filter(|&w| compatible::matchable(w)) else {
            return Vec::new();
        };
        let country = self.country_key(&p.event);
        let mut ids: Vec<usize> = (first..=last)
            .filter_map(|day| self.index.get(&(country, day)))
            .flatten()
            .filter(|(_, tier)| tiers.contains(tier))
            .map(|&(id, _)| id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        // The latest ones, as the ids grow in the canonical order.
        let skip = ids.len().saturating_sub(MAX_CANDIDATES);
        ids.drain(..skip);
        ids
    }

    /// How well an event agrees with a member of an incident, `None` on a contradiction.
    fn agreement(&self, p: &Pending, m: &Pending) -> Option<u32> {
        let dates = compatible::dates(p.window, m.window)?;
        let (a, b) = (&p.event, &m.event);
        if self.articles[p.article]
            .1
            .same_story(&self.articles[m.article].1)
        {
            return Some(10 + dates);
        }
        let place = compatible::places(a, b)?;
        // A country in common is not evidence enough.
        if place == 0 {
            return None;
        }
        Some(
            dates
                + place
                + compatible::actors(a, b)?
                + compatible::event_types(a, b)?
                + compatible::counts(a, b)?,
        )
    }

    /// The open incident of the given tiers an event agrees with best: agreeing with every
    /// member of its kind (reports, or totals for totals), holding none of the same article.
    fn best_match(&mut self, p: &Pending, tiers: &[Tier]) -> Option<usize> {
        let mut best: Option<(u32, usize)> = None;
        for id in self.candidates(p, tiers) {
            let members = &self.open[&id].members;
            if members.iter().any(|m| m.article == p.article) {
                continue;
            }
            let score = members
                .iter()
                .filter(|m| m.total == p.total)
                .map(|m| self.agreement(p, m))
                .try_fold(0u32, |acc, s| s.map(|s| acc + s));
            if let Some(score) = score {
                if best.map_or(true, |(b, _)| score > b) {
                    best = Some((score, id));
                }
            }
        }
        best.map(|(_, id)| id)
    }

    /// An event joins the incident of the given tiers it agrees with best, or opens one of
    /// the last tier.
    fn place_report(&mut self, p: Pending, tiers: &[Tier]) {
        match self.best_match(&p, tiers) {
            Some(id) => self.join(id, p),
            None => self.open_cluster(p, tiers[tiers.len() - 1]),
        }
    }

    /// A coarse report whose toll is the sum of two or more incidents it holds ("35 killed
    /// since Thursday" over "27 killed in the Homs desert" and "8 killed in Deir Ezzor") is
    /// their total; otherwise it is placed as any report.
    fn place_coarse(&mut self, mut p: Pending) {
        let held = self.held_by(&p);
        let parts: u64 = held
            .iter()
            .map(|id| {
                let members = self.open[id].members.iter().filter(|m| !m.total);
                members.map(|m| m.event.killed()).min().unwrap_or(0)
            })
            .sum();
        let toll = p.event.killed() as f64;
        let sums_up = (toll / TOTAL_SLACK..=toll * TOTAL_SLACK).contains(&(parts as f64));
        if held.len() >= 2 && sums_up {
            p.total = true;
            self.link(&held, p);
        } else {
            self.place_report(p, &[Tier::Precise, Tier::Coarse]);
        }
    }

    /// The open incidents a total can hold; those of its own article only when it is an
    /// aggregate of that article.
    fn held_by(&mut self, p: &Pending) -> Vec<usize> {
        self.candidates(p, &[Tier::Precise, Tier::Coarse])
            .into_iter()
            .filter(|id| {
                let members = &self.open[id].members;
                (p.total || members.iter().all(|m| m.article != p.article))
                    && members
                        .iter()
                        .filter(|m| !m.total)
                        .all(|m| self.holds(p, m))
            })
            .collect()
    }

    /// A total is linked to every incident it can hold; with none, it joins a total it
    /// agrees with, or stands alone.
    fn place_total(&mut self, p: Pending) {
        let held = self.held_by(&p);
        if held.is_empty() {
            self.place_report(p, &[Tier::Totals]);
        } else {
            self.link(&held, p);
        }
    }

    /// Attaches a total to every incident of `held`.
    fn link(&mut self, held: &[usize], p: Pending) {
        if let Some((&last, rest)) = held.split_last() {
            for &id in rest {
                let copy = Pending {
                    event: p.event.clone(),
                    ..p
                };
                self.attach(id, copy);
            }
            self.attach(last, p);
        }
    }

    /// Whether a total can hold a report: dates overlap, the report's place lies within the
    /// total's, actors agree, and the report's killed fit in the total.
    fn holds(&self, total: &Pending, part: &Pending) -> bool {
        compatible::dates(total.window, part.window).is_some()
            && compatible::places(&total.event, &part.event).is_some()
            && compatible::actors(&total.event, &part.event).is_some()
            && compatible::holds(&total.event, &part.event)
    }

    fn open_cluster(&mut self, p: Pending, tier: Tier) {
        let id = self.next_id;
        self.next_id += 1;
        self.open.insert(
            id,
            Cluster {
                tier,
                members: Vec::new(),
                last_day: i32::MIN,
                keys: Vec::new(),
            },
        );
        self.join(id, p);
    }

    /// Adds a member and indexes the incident under the member's days.
    fn join(&mut self, id: usize, p: Pending) {
        let country = self.country_key(&p.event);
        let window = p.window.filter(|&w| compatible::matchable(w));
        let Some(cluster) = self.open.get_mut(&id) else {
            return;
        };
        if let Some((first, last)) = window {
            for day in first..=last {
                let ids = self.index.entry((country, day)).or_default();
                if !ids.iter().any(|&(x, _)| x == id) {
                    ids.push((id, cluster.tier));
                    cluster.keys.push((country, day));
                }
            }
        }
        cluster.last_day = cluster.last_day.max(p.window.map_or(i32::MIN, |w| w.1));
        cluster.members.push(p);
    }

    /// Adds a total to an incident without indexing it.
    fn attach(&mut self, id: usize, p: Pending) {
        if let Some(cluster) = self.open.get_mut(&id) {
            cluster.last_day = cluster.last_day.max(p.window.map_or(i32::MIN, |w| w.1));
            cluster.members.push(p);
        }
    }

    fn incident_of(&self, cluster: Cluster) -> Incident {
        let mut members = cluster.members;
        members.sort_by(|a, b| {
            a.total
                .cmp(&b.total)
                .then_with(|| self.canonical(a, b, false))
        });
        let reports: Vec<IncidentReport> = members
            .into_iter()
            .map(|m| IncidentReport {
                article: self.articles[m.article].0.clone(),
                role: if m.total {
                    ReportRole::Total
                } else {
                    ReportRole::Incident
                },
                event: m.event,
            })
            .collect();
        let own: Vec<&Event> = {
            let direct: Vec<&Event> = reports
                .iter()
                .filter(|r| r.role == ReportRole::Incident)
                .map(|r| &r.event)
                .collect();
            if direct.is_empty() {
                reports.iter().map(|r| &r.event).collect()
            } else {
                direct
            }
        };
        let generic = |t: EventType| matches!(t, EventType::Attack | EventType::ArmedClash);
        let event_type = own
            .iter()
            .map(|e| e.event_type)
            .find(|&t| !generic(t))
            .unwrap_or(own[0].event_type);
        let date = own
            .iter()
            .filter_map(|e| e.date.as_ref())
            .min_by_key(|d| {
                let length = d
                    .interval
                    .map_or(i64::MAX, |i| (i.end - i.start).num_seconds());
                (d.inherited, d.precision, length)
            })
            .cloned();
        let location = own
            .iter()
            .filter_map(|e| e.location.as_ref())
            .min_by_key(|l| l.precision)
            .cloned();
        let mut actors: Vec<IncidentActor> = Vec::new();
        for (k, r) in reports.iter().enumerate() {
            for a in &r.event.actors {
                match actors.iter_mut().find(|x| x.code == a.code) {
                    Some(x) => {
                        if x.reports.last() != Some(&k) {
                            x.reports.push(k);
                        }
                    }
                    None => actors.push(IncidentActor {
                        code: a.code.clone(),
                        name: a.name.clone(),
                        role: a.role,
                        reports: vec![k],
                    }),
                }
            }
        }
        Incident {
            event_type,
            date,
            location,
            actors,
            casualties: reconcile::reconcile(&reports),
            reports,
        }
    }
}
