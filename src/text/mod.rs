//! The article as a document: sentences with byte spans, and the headline zone.

/// The nearest character boundary at or before `at` (at most the text's length): where a
/// bounded window of the text may end.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A sentence of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
    /// A headline (or subhead): a short line without a final stop, before a body line.
    pub headline: bool,
}

/// Words before a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm", "st",
    "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "gov", "sen", "rep", "prof", "rev", "fr", "jr", "sr", "inc", "co", "corp", "approx",
    "est", "mt", "ft", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m",
];

/// Lines at least this many words long, ending a sentence, start the body.
const BODY_LINE_WORDS: usize = 12;
/// Headline lines are at most this many words long.
const HEADLINE_WORDS: usize = 20;

/// The index of the sentence holding the byte `pos` (the last one past the end); `sentences`
/// must not be empty.
pub(crate) fn sentence_of(sentences: &[Sentence], pos: usize) -> usize {
    sentences
        .partition_point(|s| s.end <= pos)
        .min(sentences.len().saturating_sub(1))
}

/// Splits `text` into sentences, appending them to `out`.
pub(crate) fn sentences(text: &str, out: &mut Vec<Sentence>) {
    out.clear();
    // Short lines without a final stop before a body line are headlines (or subheads, or a
    // headline after boilerplate that reads like body, such as a cookie notice). Without a
    // body line there are none: a one-line excerpt is all body.
    let mut lines: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let trimmed = line.trim_end();
        if trimmed.trim_start().is_empty() {
            continue;
        }
        // Counted only as far as the two thresholds need.
        let words = trimmed
            .split_whitespace()
            .take(HEADLINE_WORDS.max(BODY_LINE_WORDS) + 1)
            .count();
        lines.push((
            start,
            start + trimmed.len(),
            words,
            ends_a_sentence(trimmed),
        ));
    }
    let last_body = lines
        .iter()
        .rev()
        .find(|&&(_, _, words, stops)| words >= BODY_LINE_WORDS && stops)
        .map(|&(start, ..)| start);
    for (start, end, words, stops) in lines {
        let headline =
            last_body.is_some_and(|body| start < body) && words <= HEADLINE_WORDS && !stops;
        split_line(text, start, end, headline, out);
    }
}

/// The line ends a sentence, or holds one.
fn ends_a_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '”']) || line.contains(". ")
}

fn split_line(text: &str, start: usize, end: usize, headline: bool, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    let mut sentence_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') {
            continue;
        }
        let after = &line[i + 1..];
        let after_trim = after.trim_start_matches(['"', '”', '’', '\'', ')']);
        if !after_trim.starts_with(char::is_whitespace) {
            continue;
        }
        let next = after_trim.trim_start().chars().next();
        let capital_next =
            next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“');
        if !capital_next || (b == b'.' && is_abbreviation(&line[sentence_start..i])) {
            continue;
        }
        let cut = i + 1 + (after.len() - after_trim.len());
        if cut <= sentence_start {
            continue;
        }
        out.push(Sentence {
            start: start + sentence_start,
            end: start + cut,
            headline,
        });
        sentence_start = cut + (line[cut..].len() - line[cut..].trim_start().len());
    }
    if sentence_start < line.len() {
        out.push(Sentence {
            start: start + sentence_start,
            end,
            headline,
        });
    }
}

/// The last word before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let last = last.trim_start_matches(['"', '“']);
    (last.chars().count() == 1 && last.chars().all(char::is_alphabetic))
        || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        sentences(text, &mut out);
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        assert_eq!(
            split("Gen. Ali said 5 died. Then U.S. troops left. Fine"),
            ["Gen. Ali said 5 died.", "Then U.S. troops left.", "Fine"]
        );
    }

    #[test]
    fn marks_the_headline_zone() {
        let text = "Dozens dead in clashes\n\nAt least 28 fighters were killed in clashes in the north of the country on Monday, a monitor said.\nShort line\n";
        let mut out = Vec::new();
        sentences(text, &mut out);
        assert!(out[0].headline);
        assert!(!out[1].headline);
        assert!(!out[2].headline);
    }
}
