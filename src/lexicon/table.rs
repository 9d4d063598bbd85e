//! A lexicon table with an index on the first word of its phrases.

use std::collections::HashMap;

use once_cell::sync::OnceCell;

/// Longest first word the index holds; longer words are in no table.
const MAX_KEY: usize = 32;

/// Rows of `(phrase, value)`, looked up by the phrase's first word in O(1).
pub(crate) struct Lexicon<T: 'static> {
    rows: &'static [(&'static str, T)],
    index: OnceCell<HashMap<Box<str>, Vec<usize>>>,
}

impl<T> Lexicon<T> {
    pub(crate) const fn new(rows: &'static [(&'static str, T)]) -> Lexicon<T> {
        Lexicon {
            rows,
            index: OnceCell::new(),
        }
    }

    /// Every row.
    pub(crate) fn rows(&self) -> &'static [(&'static str, T)] {
        self.rows
    }

    /// The rows whose phrase starts with `first` (ignoring ASCII case; callers check
    /// acronyms exactly).
    pub(crate) fn starting_with(&self, first: &str) -> &[usize] {
        let index = self.index.get_or_init(|| {
            let mut map: HashMap<Box<str>, Vec<usize>> = HashMap::new();
            for (i, (phrase, _)) in self.rows.iter().enumerate() {
                let head = phrase.split(' ').next().unwrap_or(phrase);
                map.entry(head.to_ascii_lowercase().into_boxed_str())
                    .or_default()
                    .push(i);
            }
            map
        });
        let mut buf = [0u8; MAX_KEY];
        let bytes = first.as_bytes();
        if bytes.len() > MAX_KEY {
            return &[];
        }
        for (b, c) in buf.iter_mut().zip(bytes) {
            *b = c.to_ascii_lowercase();
        }
        // Typographic apostrophes are indexed as ASCII ones.
        let key = match std::str::from_utf8(&buf[..bytes.len()]) {
            Ok(k) if !k.contains('’') => index.get(k),
            _ => index.get(first.replace('’', "'").to_ascii_lowercase().as_str()),
        };
        key.map_or(&[], Vec::as_slice)
    }
}
