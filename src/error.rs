//! The crate's one error type.

use std::fmt;

/// An error from building a parser or reading caller input.
///
/// Opaque on purpose: match on [`Error::kind`] to react, print it to explain.
#[derive(Debug, thiserror::Error)]
#[error("{kind}: {detail}")]
pub struct Error {
    kind: ErrorKind,
    detail: String,
}

/// What went wrong, for callers that react to the kind of error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A date given by the caller (e.g. an article's dateline) is not a date.
    InvalidDate,
    /// Caller-supplied input (a JSON record, a lexicon row) is malformed.
    InvalidInput,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::InvalidDate => "invalid date",
            ErrorKind::InvalidInput => "invalid input",
        })
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, detail: impl Into<String>) -> Error {
        Error {
            kind,
            detail: detail.into(),
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}
