//! Byte spans: every value the crate reports points back at the words it came from.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the text that was parsed.
///
/// Spans always fall on `char` boundaries, so `&text[span.range()]` never panics
/// for the text the span came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Span {
    /// First byte of the evidence.
    pub start: usize,
    /// One past the last byte of the evidence.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// The span as a range, for slicing the original text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span points at, or `""` when it does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }
}
