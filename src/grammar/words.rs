//! Word-level building blocks shared by the grammars.
//!
//! Input is always a suffix of the text being parsed, so a parser's remaining input gives
//! its byte offset: `offset = end_of_window - rest.len()`.

use nom::error::{Error, ErrorKind};
use nom::IResult;

use crate::lexicon::table::{first_word, is_acronym, Lexicon};

pub(crate) type PResult<'a, O> = IResult<&'a str, O>;

/// Quote marks are transparent: `said 120 fighters "were killed` reads as one phrase.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '«' | '»')
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')
}

/// The length of the whitespace and quote marks `i` starts with.
#[inline]
fn space_len(i: &str) -> usize {
    // Most calls start at a word or a single space.
    match i.as_bytes() {
        [b, ..] if *b < 0x80 && ASCII_CLASSES[usize::from(*b)] & SPACE == 0 => 0,
        [b' ', b, ..] if *b < 0x80 && ASCII_CLASSES[usize::from(*b)] & SPACE == 0 => 1,
        _ => scan(i, |c| c.is_whitespace() || is_quote(c), SPACE),
    }
}

/// `i` past its whitespace and quote marks (quote marks are transparent, see [`is_quote`]).
#[inline]
pub(crate) fn skip_space(i: &str) -> &str {
    &i[space_len(i)..]
}

/// Classes of ASCII bytes, as bits of [`ASCII_CLASSES`]: the word and space scanners, which
/// the grammars call about 30 times a word, decide a byte with one load.
const SPACE: u8 = 1;
const WORD: u8 = 2;

static ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\n' | b'\t' | b'\r' | b'"') {
            classes[b] = SPACE;
        } else if c.is_ascii_alphanumeric() || c == b'\'' || c == b'-' {
            classes[b] = WORD;
        }
        b += 1;
    }
    classes
};

/// The length of the prefix of `i` whose characters pass `keep`; ASCII bytes are decided by
/// their class in [`ASCII_CLASSES`] without decoding, which is most of the text.
#[inline]
fn scan(i: &str, keep: impl Fn(char) -> bool, class: u8) -> usize {
    let bytes = i.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        let b = bytes[k];
        if b < 0x80 {
            if ASCII_CLASSES[usize::from(b)] & class == 0 {
                break;
            }
            k += 1;
        } else {
            match i[k..].chars().next() {
                Some(c) if keep(c) => k += c.len_utf8(),
                _ => break,
            }
        }
    }
    k
}

/// The words of `text[start..end]` as (offset, word), punctuation skipped.
pub(crate) fn words_in(
    text: &str,
    start: usize,
    end: usize,
) -> impl Iterator<Item = (usize, &str)> {
    let window = &text[..end];
    let mut pos = start;
    std::iter::from_fn(move || {
        while pos < end {
            let rest = &window[pos..];
            match word(rest) {
                Ok((after, w)) => {
                    let at = end - after.len() - w.len();
                    pos = end - after.len();
                    return Some((at, w));
                }
                Err(_) => pos += rest.chars().next().map_or(1, char::len_utf8),
            }
        }
        None
    })
}

/// A fail value for hand-written parsers.
pub(crate) fn fail<O>(i: &str) -> PResult<'_, O> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// The next word, after optional space.
#[inline]
pub(crate) fn word(i: &str) -> PResult<'_, &str> {
    // Most text is ASCII: one pass over its bytes, the general scan only past other bytes.
    let bytes = i.as_bytes();
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        if b >= 0x80 || ASCII_CLASSES[usize::from(b)] & SPACE == 0 {
            break;
        }
        k += 1;
    }
    let start = k;
    while let Some(&b) = bytes.get(k) {
        if b >= 0x80 || ASCII_CLASSES[usize::from(b)] & WORD == 0 {
            break;
        }
        k += 1;
    }
    if bytes.get(k).is_some_and(|&b| b >= 0x80) {
        return word_slow(i);
    }
    if k == start {
        return fail(&i[start..]);
    }
    Ok((&i[k..], &i[start..k]))
}

/// [`word`] over text with other than ASCII bytes.
#[cold]
fn word_slow(i: &str) -> PResult<'_, &str> {
    let i = skip_space(i);
    let end = scan(i, is_word_char, WORD);
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// One punctuation character (after optional space).
pub(crate) fn punct(c: char) -> impl Fn(&str) -> PResult<'_, char> {
    move |i: &str| {
        let i = skip_space(i);
        match i.strip_prefix(c) {
            Some(rest) => Ok((rest, c)),
            None => fail(i),
        }
    }
}

fn word_eq(word: &str, part: &str, exact: bool) -> bool {
    if exact {
        return word == part;
    }
    if is_shouted(word) {
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
    // Most calls fail at the first letter: check it before reading any word.
    if let Some(&first) = phrase
        .as_bytes()
        .first()
        .filter(|b| b.is_ascii_alphanumeric())
    {
        let s = skip_space(i);
        if !s
            .as_bytes()
            .first()
            .is_some_and(|b| b.eq_ignore_ascii_case(&first))
        {
            return None;
        }
    }
    let mut rest = i;
    let mut parts = phrase.split(' ').peekable();
    while let Some(part) = parts.next() {
        // An acronym matches exactly, word by word: "US forces", "DR Congo".
        let exact = is_acronym(part);
        let (r, w) = word(rest).ok()?;
        if !word_eq(w, part, exact) {
            // A possessive ends a phrase as its base word does ("the week's"), leaving "'s".
            let base = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
            let last = parts.peek().is_none();
            let base_end = rest.len() - r.len() - (w.len() - base.len());
            return (last && word_eq(base, part, exact)).then(|| &rest[base_end..]);
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
    // Most words start no row: their first byte tells before the word is read.
    let s = skip_space(i);
    if !table.may_start_with(*s.as_bytes().first()?) {
        return None;
    }
    let (after_first, first) = word(s).ok()?;
    if let Some(found) = longest_entry(table, first, after_first, false) {
        return Some(found);
    }
    let base = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"))?;
    let after_base = &i[i.len() - after_first.len() - (first.len() - base.len())..];
    longest_entry(table, base, after_base, true)
}

fn longest_entry<'a, T: Copy>(
    table: &Lexicon<T>,
    first: &str,
    after_first: &'a str,
    one_word_only: bool,
) -> Option<(&'a str, T)> {
    let rows = table.rows();
    let shouting = is_shouted(first);
    let mut best: Option<(&'a str, T)> = None;
    for e in table.starting_with(first) {
        let case_ok = if e.acronym {
            first == first_word(rows[e.row].0)
        } else {
            !shouting
        };
        if !case_ok || (one_word_only && !e.tail.is_empty()) {
            continue;
        }
        let rest = if e.tail.is_empty() {
            Some(after_first)
        } else {
            phrase(e.tail, after_first)
        };
        if let Some(rest) = rest {
            if best.map_or(true, |(b, _)| rest.len() < b.len()) {
                best = Some((rest, rows[e.row].1));
            }
        }
    }
    best
}

/// [`lookup`] over a small list of rows, without an index.
pub(crate) fn lookup_rows<'a, T: Copy>(
    rows: &[(&'static str, T)],
    i: &'a str,
) -> Option<(&'a str, T)> {
    let (after_first, first) = word(i).ok()?;
    let mut best: Option<(&'a str, T)> = None;
    for &(p, value) in rows {
        let (head, tail) = p.split_once(' ').unwrap_or((p, ""));
        if !word_eq(first, head, is_acronym(head)) {
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
    let shouting = is_shouted(w);
    table.starting_with(w).iter().any(|e| {
        let case_ok = if e.acronym {
            w == rows[e.row].0
        } else {
            !shouting
        };
        e.tail.is_empty() && case_ok
    })
}

/// A short word in capitals is an acronym: "IS" is the Islamic State, never the verb.
fn is_shouted(w: &str) -> bool {
    (2..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
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
        assert_eq!(phrase("the week", "the week's end"), Some("'s end"));
        assert_eq!(phrase("the week", "the weekday's"), None);
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
