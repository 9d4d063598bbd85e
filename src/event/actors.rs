//! Who did it, to whom, and who says so.

use serde::Serialize;

use crate::casualty::Side;
use crate::grammar::words::{is_in, lookup, words_in};
use crate::lexicon::actors::{
    ACTOR_ALIASES, ACTOR_NAMES, NOT_NAME_WORDS, PARTY_SOURCES, SOURCE_VERBS,
};
use crate::lexicon::time::{MONTHS, RELATIVE_DAYS, WEEKDAYS};
use crate::span::Span;

/// An actor's part in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActorRole {
    /// The side that did the violence (ACLED's actor 1, UCDP's side A).
    Perpetrator,
    /// The side it was done to (actor 2, side B).
    Target,
    /// A party to a clash, where the text gives no direction.
    Combatant,
}

/// An actor of an event, with the words that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Actor {
    /// The actor's code (`IS`, `GOV`, ...).
    pub code: Side,
    /// Its canonical name ("Islamic State").
    pub name: String,
    /// Its part in the event.
    pub role: ActorRole,
    /// Where the text names it (empty when only the victims' side tells).
    pub spans: Vec<Span>,
}

/// Who reported an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Source {
    /// The source as written ("the Syrian Observatory for Human Rights", "a monitor").
    pub name: String,
    /// Where it is named.
    pub span: Span,
    /// The report is a claim ("claimed") or comes from a party to the fighting (Amaq).
    pub claim: bool,
    /// The party, when the source is one.
    pub party: Option<Side>,
}

/// A caller's actor alias: words, code, canonical name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ActorAlias {
    pub alias: String,
    pub code: String,
    pub name: String,
}

/// The canonical name of a code, from the caller's aliases first, then the built-in table.
pub(crate) fn name_of(code: &str, extra: &[ActorAlias]) -> String {
    extra
        .iter()
        .find(|a| a.code == code)
        .map(|a| a.name.clone())
        .or_else(|| {
            ACTOR_NAMES
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, n)| n.to_string())
        })
        .unwrap_or_else(|| code.to_string())
}

/// Actor mentions in `text[span]`: (code, span), in text order.
pub(crate) fn actor_mentions(text: &str, span: Span, extra: &[ActorAlias]) -> Vec<(String, Span)> {
    let window = &text[..span.end];
    let mut found: Vec<(String, Span)> = Vec::new();
    let mut next_free = span.start;
    for (start, _) in words_in(text, span.start, span.end) {
        if start < next_free {
            continue;
        }
        let caller = extra.iter().find_map(|a| {
            let phrase_end = start + a.alias.len();
            let candidate = window.get(start..phrase_end)?;
            let bounded = window[phrase_end..]
                .chars()
                .next()
                .map_or(true, |c| !c.is_alphanumeric());
            (candidate.eq_ignore_ascii_case(&a.alias) && bounded)
                .then(|| (a.code.clone(), phrase_end))
        });
        let hit = caller.or_else(|| {
            lookup(&ACTOR_ALIASES, &window[start..])
                .map(|(after, code)| (code.to_string(), span.end - after.len()))
        });
        if let Some((code, end)) = hit {
            found.push((code, Span::new(start, end)));
            next_free = end;
        }
    }
    found
}

/// The source of `text[span]`: the first one with a name ("the Syrian Observatory for Human
/// Rights said"), else the first generic one ("a monitor said").
pub(crate) fn source_in(text: &str, span: Span) -> Option<Source> {
    let mut first = None;
    let mut from = span.start;
    while from < span.end {
        let Some(found) = next_source(text, Span::new(from, span.end)) else {
            break;
        };
        if found
            .name
            .split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
        {
            return Some(found);
        }
        from = found.span.end.max(from + 1);
        first = first.or(Some(found));
    }
    first
}

/// The first source named in `text[span]`: "X said", "according to X", "said X".
fn next_source(text: &str, span: Span) -> Option<Source> {
    let window = &text[..span.end];
    let mut clause_start = span.start;
    let mut previous_end = span.start;
    for (start, w) in words_in(text, span.start, span.end) {
        // A clause begins after a comma, a quote or a full stop.
        if window[previous_end..start].contains([',', '"', '“', '”', '.', ';', ':']) {
            clause_start = start;
        }
        previous_end = start + w.len();
        let rest = &window[start..];
        if w.eq_ignore_ascii_case("according") {
            if let Some(r) = crate::grammar::words::phrase("to", &window[previous_end..]) {
                let from = span.end - r.len();
                if let Some((s, e)) = noun_phrase_after(window, from, span.end) {
                    return Some(source(window, s, e, false));
                }
            }
        }
        if let Some((after, claim)) = lookup(&SOURCE_VERBS, rest) {
            let before = cut_at_time(window[clause_start..start].trim());
            let named = if before.split_whitespace().count() > 8 || before.is_empty() {
                // "said Observatory chief Rami Abdel Rahman": the source after the verb.
                noun_phrase_after(window, span.end - after.len(), span.end)
            } else {
                let lead = window[clause_start..start].len()
                    - window[clause_start..start].trim_start().len();
                Some((clause_start + lead, clause_start + lead + before.len()))
            };
            if let Some((s, e)) = named {
                return Some(source(window, s, e, claim));
            }
        }
    }
    None
}

/// Capitalized or plain words after `from` up to punctuation: "Observatory chief Rami".
fn noun_phrase_after(window: &str, from: usize, end: usize) -> Option<(usize, usize)> {
    let rest = &window[from..end];
    let stop = rest
        .find([',', '.', ';', ':', '"', '“', '”', '('])
        .unwrap_or(rest.len());
    let phrase = cut_at_time(rest[..stop].trim());
    if phrase.is_empty() || phrase.split_whitespace().count() > 10 {
        return None;
    }
    let s = from + (rest.len() - rest.trim_start().len());
    Some((s, s + phrase.len()))
}

/// Whether a word starts a time or stands for someone named before: no source begins so.
fn not_a_name(word: &str) -> bool {
    is_in(&WEEKDAYS, word)
        || is_in(&MONTHS, word)
        || is_in(&RELATIVE_DAYS, word)
        || is_in(&NOT_NAME_WORDS, word)
}

/// The phrase up to a time: "the Observatory on Saturday" → "the Observatory".
fn cut_at_time(phrase: &str) -> &str {
    let mut end = 0;
    for (at, w) in words_in(phrase, 0, phrase.len()) {
        if not_a_name(w) {
            break;
        }
        end = at + w.len();
    }
    &phrase[..end]
}

fn source(window: &str, start: usize, end: usize, claim: bool) -> Source {
    let name = window[start..end].trim();
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let party = words_in(name, 0, name.len())
        .find_map(|(at, _)| lookup(&PARTY_SOURCES, &name[at..]))
        .map(|(_, code)| Side::new(code));
    Source {
        name: name.to_string(),
        span: Span::new(start, end),
        claim: claim || party.is_some(),
        party,
    }
}
