//! Numerals, number words, ranges, qualifiers and vague quantities.

use nom::bytes::complete::take_while1;
use nom::Parser;

use super::words::{fail, lookup, lookup_rows, phrase, skip_space, word, PResult};
use crate::casualty::{Qualifier, Vague};
use crate::lexicon::numbers::{SCALES, SMALL};
use crate::lexicon::qualifiers::{ADDITIVE, BEFORE_NUMBER, GROUP_OF, VAGUE};

/// A count as written, before any article-level reasoning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawCount {
    pub qualifier: Qualifier,
    pub value: Option<u64>,
    pub upper: Option<u64>,
    pub vague: Option<Vague>,
    /// "another", "a further": adds to a count given before.
    pub additive: bool,
    /// Written with digits (not "one"/"a").
    pub digits: bool,
    /// Four digits and nothing else ("2016", not "2,000"): maybe a year.
    pub year_shaped: bool,
}

impl RawCount {
    pub(crate) fn exact(value: u64) -> RawCount {
        RawCount {
            qualifier: Qualifier::Exact,
            value: Some(value),
            upper: None,
            vague: None,
            additive: false,
            digits: false,
            year_shaped: false,
        }
    }

    pub(crate) fn vague(vague: Vague) -> RawCount {
        RawCount {
            qualifier: Qualifier::Vague,
            value: None,
            upper: None,
            vague: Some(vague),
            additive: false,
            digits: false,
            year_shaped: false,
        }
    }

    /// Adds another count, as in "a general and two other soldiers".
    pub(crate) fn plus(self, other: RawCount) -> RawCount {
        match (self.value, other.value) {
            (Some(a), Some(b)) => RawCount {
                value: Some(a.saturating_add(b)),
                upper: match (self.upper, other.upper) {
                    (None, None) => None,
                    (x, y) => Some(x.unwrap_or(a).saturating_add(y.unwrap_or(b))),
                },
                qualifier: if self.qualifier == Qualifier::Exact {
                    other.qualifier
                } else {
                    self.qualifier
                },
                ..self
            },
            _ => self,
        }
    }
}

/// A numeral written with digits: "35", "320,000", "1.5 million". Values too large for `u64`
/// saturate; a number glued to letters ("45-year-old", "30km", "3rd") is not a count.
pub(crate) fn digits(i: &str) -> PResult<'_, u64> {
    let i = skip_space(i);
    let (mut rest, first) = take_while1(|c: char| c.is_ascii_digit()).parse(i)?;
    let mut value = accumulate(0, first);
    let mut fraction: Option<&str> = None;
    if first.len() <= 3 {
        // Thousands groups: exactly three digits after each comma.
        while let Some(after) = rest.strip_prefix(',') {
            let group_len = after.bytes().take_while(u8::is_ascii_digit).count();
            if group_len != 3 || after[3..].starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            value = accumulate(value, &after[..3]);
            rest = &after[3..];
        }
    }
    if let Some(after) = rest.strip_prefix('.') {
        let n = after.bytes().take_while(u8::is_ascii_digit).count();
        if n > 0 {
            fraction = Some(&after[..n]);
            rest = &after[n..];
        }
    }
    if !ends_cleanly(rest) {
        return fail(i);
    }
    // "1.5 million": a scale word takes the fraction with it.
    if let Some((after, scale)) = lookup_rows(SCALES, rest) {
        let scaled = value
            .saturating_mul(scale)
            .saturating_add(scaled_fraction(fraction, scale));
        return Ok((after, scaled));
    }
    if fraction.is_some() {
        return fail(i);
    }
    Ok((rest, value))
}

fn accumulate(mut value: u64, digits: &str) -> u64 {
    for b in digits.bytes() {
        value = value.saturating_mul(10).saturating_add(u64::from(b - b'0'));
    }
    value
}

fn scaled_fraction(fraction: Option<&str>, scale: u64) -> u64 {
    let Some(f) = fraction else { return 0 };
    let mut value = 0u64;
    let mut unit = scale;
    for b in f.bytes() {
        unit /= 10;
        value = value.saturating_add(u64::from(b - b'0').saturating_mul(unit));
    }
    value
}

/// A numeral ends at a word boundary; a hyphen may only lead to another digit ("20-30"), a
/// space, or another hyphen (a dash typed as two: "a family of six-- husband, wife").
fn ends_cleanly(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('-') | Some('–') => chars
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == ' ' || c == '-'),
        Some(c) => !(c.is_alphanumeric() || c == '%' || c == '/' || c == ':'),
    }
}

/// Whether a word of `table` may start with the byte `b` (any case): most words are no
/// number, and their first letter tells.
fn may_start(table: &[(&str, u64)], b: u8) -> bool {
    let b = b.to_ascii_lowercase();
    table.iter().any(|(w, _)| w.as_bytes().first() == Some(&b))
}

fn small(w: &str) -> Option<u64> {
    if !may_start(SMALL, *w.as_bytes().first()?) {
        return None;
    }
    SMALL
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

fn scale(w: &str) -> Option<u64> {
    SCALES
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Number words: "twenty-three", "a hundred and five", "two dozen", "a million".
pub(crate) fn number_words(i: &str) -> PResult<'_, u64> {
    // A number word, or "a" / "an" before a scale: rejected at its first letter otherwise.
    let s = skip_space(i);
    let starts = s.as_bytes().first().is_some_and(|&b| {
        may_start(SMALL, b) || may_start(SCALES, b) || b.eq_ignore_ascii_case(&b'a')
    });
    if !starts {
        return fail(i);
    }
    let mut total = 0u64;
    let mut group = 0u64;
    let mut any = false;
    let mut rest = i;
    let mut halve = false;
    // "a"/"an" count as one only before a scale or "dozen" ("a half-dozen" too).
    if let Ok((mut r, mut w)) = word(rest) {
        // "half a dozen", "half a million": half the count after "half".
        if w.eq_ignore_ascii_case("half") {
            if let Ok((r2, article)) = word(r) {
                if article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an") {
                    (halve, rest, r, w) = (true, r, r2, article);
                }
            }
        }
        if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
            match word(r) {
                Ok((_, next))
                    if scale(next).is_some()
                        || next.eq_ignore_ascii_case("dozen")
                        || next.eq_ignore_ascii_case("half-dozen") =>
                {
                    group = 1;
                    rest = r;
                }
                _ => return fail(i),
            }
        }
    }
    while let Ok((r, w)) = word(rest) {
        if w.eq_ignore_ascii_case("and") && any {
            // "a hundred and five": "and" only joins a scale to what follows it.
            match word(r) {
                Ok((_, next)) if next.split('-').all(|p| small(p).is_some()) => {
                    rest = r;
                    continue;
                }
                _ => break,
            }
        }
        // A dash typed as hyphens ends the number: "six-- husband".
        let number = w.trim_end_matches('-');
        let r = &i[i.len() - r.len() - (w.len() - number.len())..];
        let mut parts_ok = !number.is_empty();
        let (mut t, mut g) = (total, group);
        // "half-dozen": six.
        if number.eq_ignore_ascii_case("half-dozen") {
            t = t.saturating_add(6);
            g = 0;
            total = t;
            group = g;
            any = true;
            rest = r;
            continue;
        }
        for part in number.split('-') {
            if part.eq_ignore_ascii_case("dozen") {
                g = g.max(1).saturating_mul(12);
            } else if let Some(v) = small(part) {
                g = g.saturating_add(v);
            } else if let Some(s) = scale(part) {
                if s == 100 {
                    g = g.max(1).saturating_mul(100);
                } else {
                    t = t.saturating_add(g.max(1).saturating_mul(s));
                    g = 0;
                }
            } else {
                parts_ok = false;
                break;
            }
        }
        if !parts_ok {
            break;
        }
        total = t;
        group = g;
        any = true;
        rest = r;
    }
    if !any {
        return fail(i);
    }
    let value = total.saturating_add(group);
    Ok((rest, if halve { value / 2 } else { value }))
}

/// Any numeral, with digits or words. The flag says whether it was written with digits.
pub(crate) fn numeral(i: &str) -> PResult<'_, (u64, bool)> {
    if let Ok((rest, v)) = digits(i) {
        return Ok((rest, (v, true)));
    }
    let (rest, v) = number_words(i)?;
    Ok((rest, (v, false)))
}

/// "between 20 and 30", "20 to 30", "20-30", "two or three".
fn range(i: &str) -> PResult<'_, (u64, u64, bool)> {
    if let Some(r) = phrase("between", i) {
        let (r, (a, d)) = numeral(r)?;
        let r = phrase("and", r).ok_or_else(|| {
            nom::Err::Error(nom::error::Error::new(r, nom::error::ErrorKind::Tag))
        })?;
        let (r, (b, _)) = numeral(r)?;
        return Ok((r, (a, b, d)));
    }
    let (r, (a, d)) = numeral(i)?;
    let r = if let Some(r) = r.strip_prefix(['-', '–']) {
        r
    } else if let Some(r) = phrase("to", r).or_else(|| phrase("or", r)) {
        r
    } else {
        return fail(i);
    };
    let (r, (b, _)) = numeral(r)?;
    if b <= a {
        return fail(i);
    }
    Ok((r, (a, b, d)))
}

/// A count: an optional "another", an optional qualifier, then a range, a numeral or a vague
/// quantity word.
pub(crate) fn count(i: &str) -> PResult<'_, RawCount> {
    let (i, additive) = match lookup(&ADDITIVE, i) {
        Some((rest, ())) => (rest, true),
        None => (i, false),
    };
    // "a family of six" counts six people.
    let i = match lookup(&GROUP_OF, i) {
        Some((rest, ())) if numeral(rest).is_ok() => rest,
        _ => i,
    };
    // A qualifier only counts when a number follows it ("over 150", not "over the town"),
    // maybe after "another" ("at least another 15").
    let (after_qualifier, qualifier, additive) = match lookup(&BEFORE_NUMBER, i) {
        Some((rest, q)) if numeral(rest).is_ok() => (rest, Some(q), additive),
        Some((rest, q)) => match lookup(&ADDITIVE, rest) {
            Some((r, ())) if numeral(r).is_ok() => (r, Some(q), true),
            _ => (i, None, additive),
        },
        None => (i, None, additive),
    };
    if let Ok((rest, (a, b, d))) = range(after_qualifier) {
        return Ok((
            rest,
            RawCount {
                qualifier: qualifier.unwrap_or(Qualifier::Range),
                value: Some(a),
                upper: Some(b),
                vague: None,
                additive,
                digits: d,
                year_shaped: false,
            },
        ));
    }
    if let Ok((rest, (v, d))) = numeral(after_qualifier) {
        let written = after_qualifier[..after_qualifier.len() - rest.len()].trim_start();
        // "10 or so": about ten.
        let (rest, qualifier) = match phrase("or so", rest) {
            Some(r) if qualifier.is_none() => (r, Some(Qualifier::About)),
            _ => (rest, qualifier),
        };
        return Ok((
            rest,
            RawCount {
                qualifier: qualifier.unwrap_or(Qualifier::Exact),
                value: Some(v),
                additive,
                digits: d,
                year_shaped: written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit()),
                ..RawCount::exact(v)
            },
        ));
    }
    if let Some((rest, v)) = lookup(&VAGUE, i) {
        return Ok((
            rest,
            RawCount {
                additive,
                ..RawCount::vague(v)
            },
        ));
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<u64> {
        count(s).ok().and_then(|(_, c)| c.value)
    }

    #[test]
    fn digits_with_separators_and_scales() {
        assert_eq!(value("320,000 people"), Some(320_000));
        assert_eq!(value("1.5 million"), Some(1_500_000));
        assert_eq!(value("35"), Some(35));
        assert_eq!(value("45-year-old"), None);
        assert_eq!(value("30km"), None);
        assert_eq!(value("1.5"), None);
    }

    #[test]
    fn number_words_to_the_millions() {
        assert_eq!(value("twenty-three others"), Some(23));
        assert_eq!(value("Twenty three"), Some(23));
        assert_eq!(value("a hundred and five"), Some(105));
        assert_eq!(value("a dozen"), Some(12));
        assert_eq!(value("half a dozen"), Some(6));
        assert_eq!(value("a half-dozen"), Some(6));
        assert_eq!(value("half a million"), Some(500_000));
        assert_eq!(value("two dozen"), Some(24));
        assert_eq!(value("a million people"), Some(1_000_000));
        assert_eq!(value("three thousand two hundred"), Some(3_200));
        assert_eq!(value("a man"), None);
    }

    #[test]
    fn qualifiers_and_ranges() {
        let (_, c) = count("at least 35").unwrap();
        assert_eq!((c.qualifier, c.value), (Qualifier::AtLeast, Some(35)));
        let (_, c) = count("between 20 and 30").unwrap();
        assert_eq!(
            (c.qualifier, c.value, c.upper),
            (Qualifier::Range, Some(20), Some(30))
        );
        let (_, c) = count("20-30").unwrap();
        assert_eq!((c.value, c.upper), (Some(20), Some(30)));
        let (_, c) = count("two or three").unwrap();
        assert_eq!((c.value, c.upper), (Some(2), Some(3)));
        let (_, c) = count("Almost 50").unwrap();
        assert_eq!(c.qualifier, Qualifier::Almost);
        let (_, c) = count("a family of six").unwrap();
        assert_eq!(c.value, Some(6));
        let (_, c) = count("another eight").unwrap();
        assert!(c.additive);
        assert!(count("over the town").is_err());
    }

    #[test]
    fn vague_words() {
        let (_, c) = count("dozens of civilians").unwrap();
        assert_eq!(c.vague, Some(Vague::Dozens));
        let (_, c) = count("several").unwrap();
        assert_eq!(c.qualifier, Qualifier::Vague);
    }

    #[test]
    fn huge_numbers_saturate() {
        let big = "9".repeat(10_000);
        assert_eq!(value(&big), Some(u64::MAX));
    }
}
