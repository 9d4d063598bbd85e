//! The article's date in its header: "date 2017-09-03 BEIRUT:", "22 September, 2020",
//! "Saturday, 20 April, 2019 - 09:00", "BEIRUT, Sept. 3, 2017 (AFP) -", "03/09/2017".

use super::time::{scan_sentence, Expr, RawTimex};

/// How much of the article is its header.
const HEADER_BYTES: usize = 800;
/// A date further into its line than this is running text or a caption, not a dateline...
const MAX_LINE_OFFSET: usize = 40;
/// ...unless the line is this short.
const SHORT_LINE: usize = 60;

/// A full date in the header: its offsets and its expression (a day, with a time or not).
pub(crate) fn find(text: &str) -> Option<RawTimex> {
    let mut header_end = text.len().min(HEADER_BYTES);
    while !text.is_char_boundary(header_end) {
        header_end -= 1;
    }
    let mut found = Vec::new();
    let mut line_start = 0;
    for line in text[..header_end].split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        found.clear();
        scan_sentence(text, start, start + line.trim_end().len(), &mut found);
        let full_date = found.iter().find(|t| {
            matches!(
                t.expr,
                Expr::Calendar {
                    year: Some(_),
                    month: Some(_),
                    day: Some(_)
                } | Expr::DateTime { .. }
                    | Expr::Slashed { .. }
            )
        });
        if let Some(t) = full_date {
            let near_start = t.start - start <= MAX_LINE_OFFSET;
            if near_start || line.trim().len() <= SHORT_LINE {
                return Some(*t);
            }
        }
    }
    None
}
