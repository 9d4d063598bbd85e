//! The parser: built once, shared freely, run on many articles.

use crate::article::Article;
use crate::casualty::Casualty;
use crate::error::Error;
use std::sync::Arc;

use crate::event::{self, ActorAlias};
use crate::gazetteer::Gazetteer;
use crate::grammar::casualty::{scan_sentence, RawCasualty, Scratch};
use crate::grammar::{dateline, time as time_grammar};
use crate::report::Report;
use crate::resolve;
use crate::resolve::time::TimeResolver;
use crate::scan::Prefilter;
use crate::text::{sentences, Sentence};
use crate::time::{Dateline, TimePolicy, Timex};

/// Reads casualty reports out of news text.
///
/// Build it once and share it: it is `Send + Sync`, holds no mutable state, never reads the
/// clock and does no I/O.
///
/// ```
/// use conflict_events::{Outcome, Parser};
///
/// let parser = Parser::new();
/// let report = parser.parse("At least 13 people were killed and 14 others wounded.");
/// assert_eq!(report.total(Outcome::Killed), Some(13));
/// assert_eq!(report.total(Outcome::Injured), Some(14));
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    prefilter: Prefilter,
    options: Options,
    gazetteer: Arc<Gazetteer>,
}

/// Policy choices, set through [`ParserBuilder`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options {
    headline_counts: bool,
    actors: Vec<ActorAlias>,
    time_policy: TimePolicy,
    day_first: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            headline_counts: true,
            actors: Vec::new(),
            time_policy: TimePolicy::NewsPast,
            day_first: true,
        }
    }
}

/// Builds a [`Parser`] with non-default policy.
///
/// ```
/// use conflict_events::Parser;
///
/// let parser = Parser::builder().headline_counts(false).build()?;
/// # Ok::<(), conflict_events::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ParserBuilder {
    options: Options,
    gazetteer: Option<Arc<Gazetteer>>,
}

impl ParserBuilder {
    /// A builder with the default policy.
    pub fn new() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// Whether counts in the headline zone (short lines before the body) are reported.
    /// Default: `true`; headline counts carry the `headline` flag either way.
    pub fn headline_counts(mut self, yes: bool) -> ParserBuilder {
        self.options.headline_counts = yes;
        self
    }

    /// How bare weekdays and months ("said Sunday", "in June") are placed against the
    /// reference date. Default: [`TimePolicy::NewsPast`].
    pub fn time_policy(mut self, policy: TimePolicy) -> ParserBuilder {
        self.options.time_policy = policy;
        self
    }

    /// Whether "03/09/2017" is the 3rd of September (day first, the default) or March 9th.
    pub fn day_first(mut self, yes: bool) -> ParserBuilder {
        self.options.day_first = yes;
        self
    }

    /// Adds an actor alias: the words (`"Jaish al-Fatah"`), a code (`"JAF"`) and a canonical
    /// name (`"Army of Conquest"`). Aliases extend the built-in table and win over it.
    ///
    /// ```
    /// use conflict_events::Parser;
    ///
    /// let parser = Parser::builder().actor("Jaish al-Fatah", "JAF", "Army of Conquest").build()?;
    /// let report = parser.parse("Jaish al-Fatah fighters attacked a checkpoint, killing five soldiers.");
    /// let actor = &report.events[0].actors[0];
    /// assert_eq!((actor.code.as_str(), actor.name.as_str()), ("JAF", "Army of Conquest"));
    /// # Ok::<(), conflict_events::Error>(())
    /// ```
    pub fn actor(mut self, alias: &str, code: &str, name: &str) -> ParserBuilder {
        self.options.actors.push(ActorAlias {
            alias: alias.to_string(),
            code: code.to_string(),
            name: name.to_string(),
        });
        self
    }

    /// Builds the parser.
    ///
    /// # Errors
    /// None today; the signature leaves room for options that can be invalid.
    pub fn build(self) -> Result<Parser, Error> {
        Ok(Parser {
            prefilter: Prefilter::new(),
            options: self.options,
            gazetteer: self.gazetteer.unwrap_or_else(Gazetteer::embedded),
        })
    }

    /// The gazetteer events' places are resolved against. Default: the embedded one
    /// ([`Gazetteer::embedded`]).
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> ParserBuilder {
        self.gazetteer = Some(Arc::new(gazetteer));
        self
    }
}

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

impl Parser {
    /// A parser with the default policy.
    pub fn new() -> Parser {
        Parser {
            prefilter: Prefilter::new(),
            options: Options::default(),
            gazetteer: Gazetteer::embedded(),
        }
    }

    /// A builder for non-default policy.
    pub fn builder() -> ParserBuilder {
        ParserBuilder::new()
    }

    /// Parses text with no known date.
    pub fn parse(&self, text: &str) -> Report {
        self.parse_article(&Article::new(text))
    }

    /// Parses an article.
    pub fn parse_article(&self, article: &Article<'_>) -> Report {
        let (sentence_list, mut report) = self.casualties_of(article);
        let (dateline, reference_date, timexes) = self.time_of(article, &sentence_list);
        let recalled = resolve::mark_earlier_incidents(
            article.text(),
            &sentence_list,
            &mut report.casualties,
            &timexes,
            reference_date,
        );
        if recalled {
            (report.killed, report.injured) = resolve::totals(&report.casualties);
        }
        report.events = event::assemble(&event::Inputs {
            text: article.text(),
            sentences: &sentence_list,
            casualties: &report.casualties,
            timexes: &timexes,
            reference: reference_date,
            actors: &self.options.actors,
            gazetteer: &self.gazetteer,
        });
        report.dateline = dateline;
        report.reference_date = reference_date;
        report.timexes = timexes;
        report
    }

    /// Only the casualty mentions of an article and its totals: the fastest reading, for
    /// counts without events or dates.
    ///
    /// The report's `casualties`, `killed` and `injured` are those [`Parser::parse_article`]
    /// gives, but for counts of earlier incidents the article recalls, which need its dates
    /// (see [`crate::CasualtyFlags::earlier`]); it reads no dates and assembles no events, so
    /// `timexes` and `events` are empty and `dateline` is `None` (`date` and
    /// `reference_date` are the caller's).
    ///
    /// ```
    /// use conflict_events::{Article, Outcome, Parser};
    ///
    /// let article = Article::new("Gunmen killed 12 villagers on Sunday, police said.");
    /// let report = Parser::new().parse_casualties(&article);
    /// assert_eq!(report.total(Outcome::Killed), Some(12));
    /// assert!(report.events.is_empty() && report.timexes.is_empty());
    /// ```
    pub fn parse_casualties(&self, article: &Article<'_>) -> Report {
        self.casualties_of(article).1
    }

    /// The sentences of an article, and its report of casualties only (no dates, no events).
    fn casualties_of(&self, article: &Article<'_>) -> (Vec<Sentence>, Report) {
        let text = article.text();
        let mut sentence_list: Vec<Sentence> = Vec::new();
        sentences(text, &mut sentence_list);
        let mut casualties = self.resolved_casualties(text, &sentence_list);
        event::sides_of_speakers(text, &sentence_list, &mut casualties, &self.options.actors);
        event::sides_of_jihadists(text, &mut casualties, &self.options.actors);
        event::mark_claimed_counts(text, &sentence_list, &mut casualties, &self.options.actors);
        event::mark_conflicting_counts(text, &sentence_list, &mut casualties);
        let (killed, injured) = resolve::totals(&casualties);
        let report = Report {
            date: article.date(),
            dateline: None,
            reference_date: article.date(),
            timexes: Vec::new(),
            events: Vec::new(),
            casualties,
            killed,
            injured,
        };
        (sentence_list, report)
    }

    /// Only the temporal expressions of an article (and its dateline), resolved against the
    /// caller's date or else the dateline.
    ///
    /// ```
    /// use conflict_events::{Article, Parser};
    ///
    /// let article = Article::new("Clashes broke out on Friday night.").with_date_str("2017-09-03")?;
    /// let (_, _, timexes) = Parser::new().parse_times(&article);
    /// assert_eq!(timexes[0].value, "2017-09-01TNI");
    /// # Ok::<(), conflict_events::Error>(())
    /// ```
    pub fn parse_times(
        &self,
        article: &Article<'_>,
    ) -> (Option<Dateline>, Option<chrono::NaiveDate>, Vec<Timex>) {
        let mut sentence_list: Vec<Sentence> = Vec::new();
        sentences(article.text(), &mut sentence_list);
        self.time_of(article, &sentence_list)
    }

    fn time_of(
        &self,
        article: &Article<'_>,
        sentence_list: &[Sentence],
    ) -> (Option<Dateline>, Option<chrono::NaiveDate>, Vec<Timex>) {
        let text = article.text();
        let mut raw = Vec::new();
        time_grammar::scan_sentences(
            text,
            sentence_list.iter().map(|s| (s.start, s.end)),
            &mut raw,
        );
        // The dateline resolves alone: a full date needs no reference.
        let mut alone = TimeResolver::new(None, self.options.time_policy, self.options.day_first);
        let dateline = dateline::pick(text, &raw).and_then(|raw| {
            let t = alone.resolve(&raw);
            let interval = t.interval?;
            let has_time = t.kind == crate::time::TimexKind::Time;
            Some(Dateline {
                date: interval.start.date(),
                time: has_time.then(|| interval.start.time()),
                span: t.span,
            })
        });
        let reference = article.date().or(dateline.map(|d| d.date));
        let mut resolver =
            TimeResolver::new(reference, self.options.time_policy, self.options.day_first);
        let timexes = raw.iter().map(|r| resolver.resolve(r)).collect();
        (dateline, reference, timexes)
    }

    /// The casualty mentions of a text, resolved and flagged, headline ones kept or not by
    /// policy.
    fn resolved_casualties(&self, text: &str, sentence_list: &[Sentence]) -> Vec<Casualty> {
        let raw = self.casualty_mentions(text, sentence_list);
        let headline = |pos: usize| {
            let i = sentence_list.partition_point(|s| s.end <= pos);
            sentence_list
                .get(i)
                .is_some_and(|s| s.headline && s.start <= pos)
        };
        let mut casualties = resolve::casualties(&raw, headline);
        if !self.options.headline_counts {
            casualties.retain(|c| !c.flags.headline);
        }
        casualties
    }

    /// Runs the casualty grammar on the sentences that hold a trigger word.
    fn casualty_mentions(&self, text: &str, sentence_list: &[Sentence]) -> Vec<RawCasualty> {
        let mut raw = Vec::new();
        let mut scratch = Scratch::default();
        // Each sentence holding a trigger, with its last trigger.
        let mut current: Option<(usize, usize)> = None;
        for trigger in self.prefilter.triggers(text) {
            let i = sentence_list.partition_point(|s| s.end <= trigger);
            if !sentence_list.get(i).is_some_and(|s| s.start <= trigger) {
                continue;
            }
            match current {
                Some((j, _)) if j == i => current = Some((i, trigger)),
                _ => {
                    if let Some((j, last)) = current {
                        let p = &sentence_list[j];
                        scan_sentence(text, p.start, p.end, last, &mut scratch, &mut raw);
                    }
                    current = Some((i, trigger));
                }
            }
        }
        if let Some((j, last)) = current {
            let p = &sentence_list[j];
            scan_sentence(text, p.start, p.end, last, &mut scratch, &mut raw);
        }
        raw
    }
}
