//! # conflict-events
//!
//! Turns conflict news reports into typed casualty counts, every figure with the byte span
//! of the words it came from.
//!
//! ```
//! use conflict_events::{Outcome, Parser, Qualifier};
//!
//! let parser = Parser::new();
//! let text = "Clashes in the east have left over 150 fighters dead in 24 hours. \
//!             At least 35 regime troops and loyalist militiamen were killed, along with \
//!             120 IS fighters.";
//! let report = parser.parse(text);
//!
//! let troops = &report.casualties[1];
//! assert_eq!(troops.outcome, Outcome::Killed);
//! assert_eq!(troops.count.value, Some(35));
//! assert_eq!(troops.count.qualifier, Qualifier::AtLeast);
//! assert_eq!(troops.victims.side.as_ref().map(|s| s.as_str()), Some("GOV"));
//! assert_eq!(&text[troops.span.range()], "At least 35 regime troops and loyalist militiamen were killed");
//!
//! // "over 150 dead in 24 hours" is the total of the parts: it is flagged as an aggregate.
//! assert!(report.casualties[0].flags.aggregate);
//! assert_eq!(report.total(Outcome::Killed), Some(155));
//! ```
//!
//! ## How it works
//!
//! The data flows one way: text → grammars → resolve → report.
//! 1. The article is split into sentences; a short line before the body is its headline.
//! 2. A prefilter (one aho-corasick pass) finds the sentences holding an outcome word.
//! 3. The casualty grammar (nom) reads counts ("at least 35", "twenty-three", "dozens"),
//!    victims ("regime troops and loyalist militiamen") and outcomes ("were killed",
//!    "killing", "left ... dead") in those sentences.
//! 4. The resolve step flags aggregates, subsets and whole-war tolls across the article and
//!    computes the article totals ([`Report::total`]).
//!
//! 5. Events: an article's casualty mentions are grouped into incidents ([`Event`]) with an
//!    ACLED-aligned [`EventType`], a date with UCDP precision ([`EventDate`]), actors
//!    ([`Actor`]), places resolved against the [`gazetteer`] ([`Location`]), casualties per
//!    side with UCDP low / best / high ([`SideCasualties`]) and the report's [`Source`].
//!
//! 6. Merging: a [`Merger`] takes the events of many articles and returns [`Incident`]s,
//!    one per incident however many outlets reported it, each keeping every report with
//!    its own counts and spans and reconciling their figures the way UCDP does (low, best,
//!    high); a toll over several incidents is linked to them, not added.
//!
//! [`Parser::parse_article`] does all of this; [`Parser::parse_casualties`] stops after step
//! 4 (counts and totals, about three times faster on casualty reports) and
//! [`Parser::parse_times`] reads only the dateline and the temporal expressions.
//!
//! The parser never reads the clock and does no I/O. Bad input gives an empty report, never
//! a panic; parsing time is linear in the input.
//!
//! ## Events as JSON Lines
//!
//! Every public type serializes with serde. One [`Event`] per line is the documented,
//! stable output (changes are noted in the CHANGELOG); its fields:
//!
//! | field | content |
//! |---|---|
//! | `event_type` | `armed_clash`, `air_or_drone_strike`, `suicide_bomb`, `attack`, ... ([`EventType::acled_event_type`] and [`EventType::acled_sub_event_type`] give ACLED's strings) |
//! | `event_type_span` | the words that gave the type, `{start, end}` byte offsets, or null |
//! | `date` | `{value, interval: {start, end}, precision, inherited, span}`: TIMEX3 value, calendar interval, UCDP precision (`day` ... `year`), whether taken from the article's date |
//! | `location` | `{name, canonical, admin1, country, latitude, longitude, precision, span}`: as written, as the gazetteer names it (a first-order unit by its `admin1` name), its first-order unit (GeoNames' name, or the English one news gives it where GeoNames' is another language's: "North Kivu", "Lower Shabelle"), ISO 3166-1 alpha-3 country, UCDP `where_prec` |
//! | `places` | every place the event's sentences name, same shape |
//! | `actors` | `[{code, name, role, spans}]`, role `perpetrator`, `target` or `combatant` |
//! | `casualties` | `[{side, class, outcome, low, best, high, qualifier, aggregate, counted, evidence}]`; `aggregate`: the figure totals parts reported apart; `counted`: the event's total adds it (`false`: another estimate of victims another row counts, as "25 civilians" where "the toll at 31"); when sources give conflicting figures ("police said 12 ... Residents said 18"), `low` and `high` span them and `evidence` holds each |
//! | `source` | `{name, span, claim, party}`: who reported it, and whether it is a party's claim |
//! | `mentions` | indices of the casualty mentions the event holds |
//! | `span` | the sentences the event was read from |
//!
//! The `extract` example adds `article` (the record's id) and `evidence` (the text of `span`).
//! [`output`] gives the same events as UCDP GED-like and ACLED-like CSV rows.
//!
//! ## Incidents as JSON Lines
//!
//! [`Merger`] returns [`Incident`]s; `extract --merge` writes one per line:
//!
//! | field | content |
//! |---|---|
//! | `event_type`, `date`, `location` | the most specific type, most precise date and most precise place of the incident's own reports, shaped as in an event |
//! | `actors` | `[{code, name, role, reports}]`: every actor the reports name, with the indices of the reports naming it |
//! | `casualties` | `[{side, class, outcome, low, best, high, qualifier, aggregate, reports}]`: per side and outcome, low the most conservative figure of the reports, high the highest, best the median (the lower middle one of an even number) |
//! | `reports` | `[{article, event, role}]`: each report's article id, its whole event (spans in that article's text) and its role, `incident` (a report of this incident) or `total` (a toll over this incident and others, kept and not added) |

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod article;
mod casualty;
mod error;
mod event;
pub mod gazetteer;
mod grammar;
mod lexicon;
mod merge;
pub mod output;
mod parser;
mod report;
mod resolve;
mod scan;
mod span;
mod text;
mod time;
pub mod timeml;

pub use article::Article;
pub use casualty::{
    Casualty, CasualtyFlags, Count, Outcome, Qualifier, Side, Vague, VictimClass, Victims,
};
pub use error::{Error, ErrorKind};
pub use event::{
    Actor, ActorRole, DatePrecision, Event, EventDate, EventType, Location, SideCasualties, Source,
};
pub use merge::{
    Incident, IncidentActor, IncidentReport, Merger, ReconciledCasualties, ReportRole,
};
pub use parser::{Parser, ParserBuilder};
pub use report::Report;
pub use resolve::{Scope, Total};
pub use span::Span;
pub use time::{Dateline, Granularity, Interval, TimePolicy, Timex, TimexKind, TimexMod};

/// The README's examples run as doc tests, so the quick start stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
