//! The article's date in its header: "date 2017-09-03 BEIRUT:", "22 September, 2020",
//! "Saturday, 20 April, 2019 - 09:00", "BEIRUT, Sept. 3, 2017 (AFP) -", "03/09/2017".
//!
//! The dateline is picked among the expressions the time grammar found; it is not read twice.

use super::time::{Expr, RawTimex};

/// How much of the article is its header.
const HEADER_BYTES: usize = 800;
/// A date further into its line than this is running text or a caption, not a dateline...
const MAX_LINE_OFFSET: usize = 40;
/// ...unless the line is this short.
const SHORT_LINE: usize = 60;

/// The first full date in the header that stands at the start of its line, on a short line
/// of its own, or at the end of the first line. `found` are the text's temporal expressions in text order.
pub(crate) fn pick(text: &str, found: &[RawTimex]) -> Option<RawTimex> {
    found
        .iter()
        .take_while(|t| t.start < HEADER_BYTES)
        .filter(|t| {
            matches!(
                t.expr,
                Expr::Calendar {
                    year: Some(_),
                    month: Some(_),
                    day: Some(_)
                } | Expr::DateTime { .. }
                    | Expr::Slashed { .. }
            )
        })
        .find(|t| {
            let line_start = text[..t.start].rfind('\n').map_or(0, |n| n + 1);
            let line_end = text[t.start..]
                .find('\n')
                .map_or(text.len(), |n| t.start + n);
            // "Text of report by Radio Shabelle website on 14 March 2017": a full date that
            // ends the first line, which is no sentence ("..., Syria, Aug. 31, 2016." is a
            // caption).
            let ends_first_line = line_start == text.len() - text.trim_start().len()
                && text[t.end..line_end].trim().is_empty();
            t.start - line_start <= MAX_LINE_OFFSET
                || text[line_start..line_end].trim().len() <= SHORT_LINE
                || ends_first_line
        })
        .copied()
}
