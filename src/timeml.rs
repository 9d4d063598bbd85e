//! TimeML documents (as in TempEval-3): read the DCT and the TEXT, tag the TEXT with TIMEX3,
//! write the document back with every other character as it was.
//!
//! ```
//! use conflict_events::{timeml::Document, Parser};
//!
//! let source = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2019-04-20">20190420</TIMEX3></DCT>
//! <TEXT>Talks are due next week; <EVENT eid="e1">clashes</EVENT> broke out on Thursday night.</TEXT></TimeML>"#;
//! let doc = Document::parse(source)?;
//! let tagged = doc.tag(&Parser::new());
//! assert!(tagged.contains(r#"<TIMEX3 tid="t1" type="DATE" value="2019-W17">next week</TIMEX3>"#));
//! assert!(tagged.contains(r#"value="2019-04-18TNI">Thursday night</TIMEX3>"#));
//! assert!(tagged.contains(r#"<EVENT eid="e1">clashes</EVENT>"#));
//! # Ok::<(), conflict_events::Error>(())
//! ```

use std::ops::Range;

use chrono::NaiveDate;

use crate::error::{Error, ErrorKind};
use crate::{Article, Parser};

/// A TIMEX3 element of a document's TEXT, with offsets into [`Document::plain_text`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimexElement {
    /// First byte in the plain text.
    pub start: usize,
    /// One past the last byte in the plain text.
    pub end: usize,
    /// The `type` attribute.
    pub kind: String,
    /// The `value` attribute.
    pub value: String,
    /// The `mod` attribute.
    pub modifier: Option<String>,
}

/// A TimeML document.
#[derive(Debug, Clone)]
pub struct Document {
    source: String,
    text: Range<usize>,
    dct: Option<NaiveDate>,
    plain: String,
    timexes: Vec<TimexElement>,
}

/// The text of TEXT without tags, and where each of its bytes stands in the source.
struct Stripped {
    plain: String,
    /// `to_source[i]` is the source offset of plain byte `i`; one more entry for the end.
    to_source: Vec<usize>,
    timexes: Vec<TimexElement>,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].to_string())
}

/// Strips the tags of `content` (which starts at `offset` in the source).
fn strip(content: &str, offset: usize) -> Stripped {
    let mut plain = String::with_capacity(content.len());
    let mut to_source = Vec::with_capacity(content.len() + 1);
    let mut timexes = Vec::new();
    let mut open: Option<TimexElement> = None;
    let mut pos = 0;
    while pos < content.len() {
        let rest = &content[pos..];
        if rest.starts_with('<') {
            let Some(close) = rest.find('>') else { break };
            let tag = &rest[1..close];
            if tag.starts_with("TIMEX3") {
                open = Some(TimexElement {
                    start: plain.len(),
                    end: plain.len(),
                    kind: attribute(tag, "type").unwrap_or_default(),
                    value: attribute(tag, "value").unwrap_or_default(),
                    modifier: attribute(tag, "mod"),
                });
            } else if tag.starts_with("/TIMEX3") {
                if let Some(mut t) = open.take() {
                    t.end = plain.len();
                    timexes.push(t);
                }
            }
            pos += close + 1;
            continue;
        }
        let next_tag = rest.find('<').unwrap_or(rest.len());
        for (i, _) in rest[..next_tag].bytes().enumerate() {
            to_source.push(offset + pos + i);
        }
        plain.push_str(&rest[..next_tag]);
        pos += next_tag;
    }
    to_source.push(offset + content.len());
    Stripped {
        plain,
        to_source,
        timexes,
    }
}

impl Document {
    /// Reads a TimeML document: its DCT (the `value` of the TIMEX3 in `<DCT>`, if any) and
    /// its `<TEXT>`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] when there is no `<TEXT>…</TEXT>`; [`ErrorKind::InvalidDate`]
    /// when the DCT's value does not start with a `YYYY-MM-DD` date.
    pub fn parse(source: &str) -> Result<Document, Error> {
        let open = source
            .find("<TEXT>")
            .ok_or_else(|| Error::new(ErrorKind::InvalidInput, "no <TEXT> element"))?;
        let start = open + "<TEXT>".len();
        let len = source[start..]
            .find("</TEXT>")
            .ok_or_else(|| Error::new(ErrorKind::InvalidInput, "<TEXT> is not closed"))?;
        let text = start..start + len;
        let dct = match source.find("<DCT>") {
            Some(d) => {
                let end = source[d..].find("</DCT>").map_or(source.len(), |e| d + e);
                match attribute(&source[d..end], "value") {
                    Some(v) => {
                        let day = v.get(..10).unwrap_or(&v);
                        Some(NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|e| {
                            Error::new(ErrorKind::InvalidDate, format!("DCT value {v:?}: {e}"))
                        })?)
                    }
                    None => None,
                }
            }
            None => None,
        };
        let stripped = strip(&source[text.clone()], text.start);
        Ok(Document {
            source: source.to_string(),
            text,
            dct,
            plain: stripped.plain,
            timexes: stripped.timexes,
        })
    }

    /// The document creation time.
    pub fn dct(&self) -> Option<NaiveDate> {
        self.dct
    }

    /// The TEXT without any tags.
    pub fn plain_text(&self) -> &str {
        &self.plain
    }

    /// The TIMEX3 elements of TEXT, in order.
    pub fn timexes(&self) -> &[TimexElement] {
        &self.timexes
    }

    /// The document with TEXT's own TIMEX3 elements replaced by the parser's, resolved
    /// against the DCT. Every other character, other tags included, is kept.
    pub fn tag(&self, parser: &Parser) -> String {
        // TEXT without its TIMEX3 tags, other tags kept.
        let content = &self.source[self.text.clone()];
        let mut bare = String::with_capacity(content.len());
        let mut pos = 0;
        while let Some(lt) = content[pos..].find('<') {
            let at = pos + lt;
            let Some(gt) = content[at..].find('>') else {
                break;
            };
            let tag = &content[at + 1..at + gt];
            bare.push_str(&content[pos..at]);
            if !(tag.starts_with("TIMEX3") || tag.starts_with("/TIMEX3")) {
                bare.push_str(&content[at..=at + gt]);
            }
            pos = at + gt + 1;
        }
        bare.push_str(&content[pos..]);

        let stripped = strip(&bare, 0);
        let mut article = Article::new(&stripped.plain);
        if let Some(d) = self.dct {
            article = article.with_date(d);
        }
        let (_, _, timexes) = parser.parse_times(&article);

        let mut out = String::with_capacity(self.source.len() + timexes.len() * 64);
        out.push_str(&self.source[..self.text.start]);
        let mut copied = 0;
        let mut tid = 0;
        for t in &timexes {
            if t.span.is_empty() || t.span.end > stripped.plain.len() {
                continue;
            }
            let from = stripped.to_source[t.span.start];
            let to = stripped.to_source[t.span.end - 1] + 1;
            // An expression crossing another element cannot be wrapped without breaking XML.
            if from < copied || bare[from..to].contains('<') {
                continue;
            }
            tid += 1;
            out.push_str(&bare[copied..from]);
            out.push_str(&format!(
                "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"{}\"",
                t.kind.as_str(),
                t.value
            ));
            if let Some(m) = t.modifier {
                out.push_str(&format!(" mod=\"{}\"", m.as_str()));
            }
            out.push('>');
            out.push_str(&bare[from..to]);
            out.push_str("</TIMEX3>");
            copied = to;
        }
        out.push_str(&bare[copied..]);
        out.push_str(&self.source[self.text.end..]);
        out
    }
}
