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
//! The parser never reads the clock and does no I/O. Bad input gives an empty report, never
//! a panic; parsing time is linear in the input.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod article;
mod casualty;
mod error;
mod event;
pub mod gazetteer;
mod grammar;
mod lexicon;
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
pub use parser::{Parser, ParserBuilder};
pub use report::Report;
pub use resolve::{Scope, Total};
pub use span::Span;
pub use time::{Dateline, Granularity, Interval, TimePolicy, Timex, TimexKind, TimexMod};

/// The README's examples run as doc tests, so the quick start stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
