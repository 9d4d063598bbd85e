//! Word-level building blocks shared by the grammars.
//!
//! Input is always a suffix of the text being parsed, so a parser's remaining input gives
//! its byte offset: `offset = end_of_window - rest.len()`.

use nom::bytes::complete::{take_while, take_while1};
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

use crate::lexicon::table::Lexicon;

pub(crate) type PResult<'a, O> = IResult<&'a str, O>;

/// Quote marks are transparent: `said 120 fighters "were killed` reads as one phrase.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '«' | '»')
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')
}

/// Whitespace and quote marks.
pub(crate) fn space(i: &str) -> PResult<'_, &str> {
    take_while(|c: char| c.is_whitespace() || is_quote(c)).parse(i)
}

/// A fail value for hand-written parsers.
pub(crate) fn fail<O>(i: &str) -> PResult<'_, O> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// The next word, after optional space.
pub(crate) fn word(i: &str) -> PResult<'_, &str> {
    let (i, _) = space(i)?;
    take_while1(is_word_char).parse(i)
}

/// One punctuation character (after optional space).
pub(crate) fn punct(c: char) -> impl Fn(&str) -> PResult<'_, char> {
    move |i: &str| {
        let (i, _) = space(i)?;
        match i.strip_prefix(c) {
            Some(rest) => Ok((rest, c)),
            None => fail(i),
        }
    }
}

/// An acronym row (`IS`, `HTS`) must match case-sensitively.
fn is_acronym(p: &str) -> bool {
    p.len() >= 2 && p.bytes().all(|b| b.is_ascii_uppercase())
}

fn word_eq(word: &str, part: &str, exact: bool) -> bool {
    if exact {
        return word == part;
    }
    // A short word in capitals is an acronym: "IS" is the Islamic State, never the verb.
    if (2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if word.len() == part.len() {
        return word.eq_ignore_ascii_case(part);
    }
    // Typographic apostrophes read as ASCII ones ("Hay’at" = "hay'at").
    let mut w = word.chars().map(|c| if c == '’' { '\'' } else { c });
    let mut p = part.chars();
    loop {
        match (w.next(), p.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
            _ => return false,
        }
    }
}

/// Matches the words of `phrase` (single-space separated) at the start of `i`.
pub(crate) fn phrase<'a>(phrase: &str, i: &'a str) -> Option<&'a str> {
    let exact = is_acronym(phrase);
    let mut rest = i;
    for part in phrase.split(' ') {
        let (r, w) = word(rest).ok()?;
        if !word_eq(w, part, exact) {
            return None;
        }
        rest = r;
    }
    Some(rest)
}

/// The longest row of `table` whose phrase starts `i`.
///
/// A possessive matches its base word, and the rest then starts at the apostrophe:
/// "Friday's" matches "friday", leaving "'s".
pub(crate) fn lookup<'a, T: Copy>(table: &Lexicon<T>, i: &'a str) -> Option<(&'a str, T)> {
    let (after_first, first) = word(i).ok()?;
    let rows = table.rows();
    let found = longest(
        table.starting_with(first).iter().map(|&k| rows[k]),
        first,
        after_first,
    );
    if found.is_some() {
        return found;
    }
    let base = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"))?;
    let after_base = &i[i.len() - after_first.len() - (first.len() - base.len())..];
    let (_, only) = longest(
        table
            .starting_with(base)
            .iter()
            .map(|&k| rows[k])
            .filter(|(p, _)| !p.contains(' ')),
        base,
        after_base,
    )?;
    Some((after_base, only))
}

/// [`lookup`] over a small list of rows, without an index.
pub(crate) fn lookup_rows<'a, T: Copy>(
    rows: &[(&'static str, T)],
    i: &'a str,
) -> Option<(&'a str, T)> {
    let (after_first, first) = word(i).ok()?;
    longest(rows.iter().copied(), first, after_first)
}

fn longest<'a, T: Copy>(
    rows: impl Iterator<Item = (&'static str, T)>,
    first: &str,
    after_first: &'a str,
) -> Option<(&'a str, T)> {
    let mut best: Option<(&'a str, T)> = None;
    for (p, value) in rows {
        let (head, tail) = p.split_once(' ').unwrap_or((p, ""));
        if !word_eq(first, head, is_acronym(p)) {
            continue;
        }
        let rest = if tail.is_empty() {
            Some(after_first)
        } else {
            phrase(tail, after_first)
        };
        if let Some(rest) = rest {
            if best.map_or(true, |(b, _)| rest.len() < b.len()) {
                best = Some((rest, value));
            }
        }
    }
    best
}

/// True when the word `w` is a one-word row of `table`.
pub(crate) fn is_in<T>(table: &Lexicon<T>, w: &str) -> bool {
    let rows = table.rows();
    table.starting_with(w).iter().any(|&k| {
        let p = rows[k].0;
        !p.contains(' ') && word_eq(w, p, is_acronym(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_words_ignoring_case_but_not_acronyms() {
        assert_eq!(phrase("at least", "At  least 5"), Some(" 5"));
        assert_eq!(phrase("IS", "is"), None);
        assert_eq!(phrase("is", "IS"), None);
        assert_eq!(phrase("IS", "IS fighters"), Some(" fighters"));
        assert_eq!(phrase("at least", "at leastwise"), None);
    }

    #[test]
    fn lookup_prefers_the_longest_row() {
        static TABLE: Lexicon<i32> = Lexicon::new(&[("shot", 1), ("shot dead", 2)]);
        assert_eq!(lookup(&TABLE, "shot dead by"), Some((" by", 2)));
        assert_eq!(lookup(&TABLE, "Shot at"), Some((" at", 1)));
        assert!(is_in(&TABLE, "SHOT"));
        assert_eq!(lookup(&TABLE, "shot's x"), Some(("'s x", 1)));
        assert!(!is_in(&TABLE, "dead"));
    }

    #[test]
    fn typographic_apostrophes_match() {
        assert!(word_eq("Hay’at", "hay'at", false));
    }
}
