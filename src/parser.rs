//! The parser: built once, shared freely, run on many articles.

use crate::article::Article;
use crate::error::Error;
use crate::grammar::casualty::{scan_sentence, RawCasualty, Scratch};
use crate::report::Report;
use crate::resolve;
use crate::scan::Prefilter;
use crate::text::{sentences, Sentence};

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
}

/// Policy choices, set through [`ParserBuilder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Options {
    headline_counts: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            headline_counts: true,
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

    /// Builds the parser.
    ///
    /// # Errors
    /// None today; the signature leaves room for options that can be invalid.
    pub fn build(self) -> Result<Parser, Error> {
        Ok(Parser {
            prefilter: Prefilter::new(),
            options: self.options,
        })
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
        let text = article.text();
        let mut sentence_list: Vec<Sentence> = Vec::new();
        sentences(text, &mut sentence_list);
        let raw = self.casualty_mentions(text, &sentence_list);
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
        let (killed, injured) = resolve::totals(&casualties);
        Report {
            date: article.date(),
            casualties,
            killed,
            injured,
        }
    }

    /// Runs the casualty grammar on the sentences that hold a trigger word.
    fn casualty_mentions(&self, text: &str, sentence_list: &[Sentence]) -> Vec<RawCasualty> {
        let mut raw = Vec::new();
        let mut scratch = Scratch::default();
        let mut next_sentence = 0;
        for trigger in self.prefilter.triggers(text) {
            if next_sentence >= sentence_list.len() {
                break;
            }
            // The sentence holding this trigger, if it is not parsed yet.
            let i = next_sentence
                + sentence_list[next_sentence..].partition_point(|s| s.end <= trigger);
            match sentence_list.get(i) {
                Some(s) if s.start <= trigger => {
                    scan_sentence(text, s.start, s.end, &mut scratch, &mut raw);
                    next_sentence = i + 1;
                }
                _ => next_sentence = i,
            }
        }
        raw
    }
}
