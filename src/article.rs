//! The input: an article's text and, where known, its date.

use chrono::NaiveDate;

use crate::error::{Error, ErrorKind};

/// An article to parse: its text and, when the caller knows it, its publication date.
///
/// ```
/// use conflict_events::Article;
///
/// let article = Article::new("Five people were killed on Sunday.").with_date_str("2017-09-03")?;
/// assert_eq!(article.date().map(|d| d.to_string()).as_deref(), Some("2017-09-03"));
/// # Ok::<(), conflict_events::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article<'a> {
    text: &'a str,
    date: Option<NaiveDate>,
}

impl<'a> Article<'a> {
    /// An article with no known date.
    pub fn new(text: &'a str) -> Article<'a> {
        Article { text, date: None }
    }

    /// Sets the article's date, which always wins over a dateline found in the text.
    pub fn with_date(mut self, date: NaiveDate) -> Article<'a> {
        self.date = Some(date);
        self
    }

    /// Sets the article's date from an ISO 8601 calendar date (`YYYY-MM-DD`).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidDate`] when `date` is not such a date.
    pub fn with_date_str(self, date: &str) -> Result<Article<'a>, Error> {
        let parsed = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|e| {
            Error::new(
                ErrorKind::InvalidDate,
                format!("{date:?} is not a YYYY-MM-DD date ({e})"),
            )
        })?;
        Ok(self.with_date(parsed))
    }

    /// The text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The date the caller gave.
    pub fn date(&self) -> Option<NaiveDate> {
        self.date
    }
}
