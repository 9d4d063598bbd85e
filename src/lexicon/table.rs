//! A lexicon table with an index on the first word of its phrases.

use std::collections::HashMap;
use std::hash::Hasher;

use once_cell::sync::OnceCell;

/// Longest first word the index holds; longer words are in no table.
const MAX_KEY: usize = 32;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a: the keys are short words from fixed tables, so a simple hash beats SipHash's
/// protection against chosen keys, which these tables do not need.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let start = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        self.0 = fnv_from(start, bytes);
    }
}

/// FNV-1a over `bytes`, from the hash `h` of what came before.
fn fnv_from(h: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(h, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// The FNV-1a hash of a key, as the index stores it.
fn key_hash(key: &[u8]) -> u64 {
    fnv_from(FNV_OFFSET, key)
}

/// A row found by a word: its index, the rest of its phrase (after the first word, or before
/// the last), and whether that word is an acronym that must match exactly.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub row: usize,
    pub tail: &'static str,
    pub acronym: bool,
}

/// One word of the index and the rows it starts (or ends).
struct Key {
    hash: u64,
    word: Box<[u8]>,
    entries: Vec<Entry>,
}

/// Rows by one word of their phrase (the first, or the last), lower case, and the first bytes
/// and the lengths of those words: a word starting otherwise, or of another length, is
/// rejected before it is hashed.
///
/// The words are found by open addressing on the hash the lookup computes while it lowers the
/// word's case: the grammars look up about 16 words per word of text, and a `HashMap` hashed
/// each key a second time.
#[derive(Default)]
struct Index {
    keys: Vec<Key>,
    /// A power-of-two number of slots, at most half full: a position in `keys`, or `EMPTY`.
    slots: Vec<u32>,
    first_bytes: [u64; 4],
    /// Bit n set: some first word has n bytes (n ≤ `MAX_KEY`).
    lengths: u64,
    /// A bit per first two bytes and length of each first word (see [`shape_bit`]): most
    /// words are rejected by it before they are hashed, a table holding few words.
    shapes: [u64; SHAPE_WORDS],
    /// Two bits of each first word's hash (see [`bloom_bits`]): most words that pass the
    /// first-byte and length checks are still in no table, and two bits reject most of them
    /// before the slots are probed.
    bloom: [u64; BLOOM_WORDS],
}

const EMPTY: u32 = u32::MAX;

/// 1,024 bits for the shapes of first words.
const SHAPE_WORDS: usize = 16;

/// The bit of a word's shape: its first two bytes, lower case, and its length.
fn shape_bit(bytes: &[u8]) -> usize {
    let first = usize::from(bytes.first().map_or(0, u8::to_ascii_lowercase));
    let second = usize::from(bytes.get(1).map_or(0, u8::to_ascii_lowercase));
    (first.wrapping_mul(31) ^ second.wrapping_mul(131) ^ bytes.len().wrapping_mul(7))
        % (SHAPE_WORDS * 64)
}

/// 2,048 bits: tables have at most a few hundred first words.
const BLOOM_WORDS: usize = 32;

/// The two bits of the bloom filter of a key's hash.
fn bloom_bits(h: u64) -> [usize; 2] {
    let bits = (BLOOM_WORDS * 64) as u64;
    [(h % bits) as usize, ((h >> 32) % bits) as usize]
}

impl Index {
    fn may_start(&self, b: u8) -> bool {
        self.first_bytes[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }

    fn may_hold(&self, hash: u64) -> bool {
        bloom_bits(hash)
            .iter()
            .all(|&bit| self.bloom[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The slot where `hash` is first looked for.
    fn home(&self, hash: u64) -> usize {
        // The high bits: the bloom filter already used the low ones.
        (hash >> 40) as usize & (self.slots.len() - 1)
    }

    fn get(&self, hash: u64, key: &[u8]) -> Option<&[Entry]> {
        if self.slots.is_empty() {
            return None;
        }
        let mut slot = self.home(hash);
        loop {
            let k = *self.slots.get(slot)?;
            let found = self.keys.get(usize::try_from(k).ok()?)?;
            if found.hash == hash && *found.word == *key {
                return Some(&found.entries);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }

    fn build_slots(&mut self) {
        self.slots = vec![EMPTY; (self.keys.len() * 2).next_power_of_two().max(2)];
        for (k, key) in self.keys.iter().enumerate() {
            let mut slot = self.home(key.hash);
            while self.slots[slot] != EMPTY {
                slot = (slot + 1) & (self.slots.len() - 1);
            }
            self.slots[slot] = k as u32;
        }
    }
}

/// Rows of `(phrase, value)`, looked up by the phrase's first word in O(1), or by its last
/// word (for the words before a position: "along with", "including").
pub(crate) struct Lexicon<T: 'static> {
    rows: &'static [(&'static str, T)],
    index: OnceCell<Index>,
    last_index: OnceCell<Index>,
}

/// An acronym (`IS`, `HTS`, the "US" of "US forces") must match case-sensitively.
pub(crate) fn is_acronym(p: &str) -> bool {
    p.len() >= 2 && p.bytes().all(|b| b.is_ascii_uppercase())
}

impl<T> Lexicon<T> {
    pub(crate) const fn new(rows: &'static [(&'static str, T)]) -> Lexicon<T> {
        Lexicon {
            rows,
            index: OnceCell::new(),
            last_index: OnceCell::new(),
        }
    }

    /// Every row.
    pub(crate) fn rows(&self) -> &'static [(&'static str, T)] {
        self.rows
    }

    /// Every row's phrase.
    pub(crate) fn phrases(&self) -> impl Iterator<Item = &'static str> {
        self.rows.iter().map(|(p, _)| *p)
    }

    /// Whether some row may start with the byte `b` (any case): a cheap reject before reading
    /// a word.
    pub(crate) fn may_start_with(&self, b: u8) -> bool {
        self.index().may_start(b.to_ascii_lowercase())
    }

    /// The rows whose phrase starts with `first`, ignoring ASCII case (callers check
    /// acronyms exactly).
    pub(crate) fn starting_with(&self, first: &str) -> &[Entry] {
        entries_of(self.index(), first)
    }

    /// The rows whose phrase ends with `last`, ignoring ASCII case; an entry's `tail` is the
    /// phrase before that word.
    pub(crate) fn ending_with(&self, last: &str) -> &[Entry] {
        let index = self.last_index.get_or_init(|| {
            Index::build(self.phrases(), |phrase| {
                let (before, last) = phrase.rsplit_once(' ').unwrap_or(("", phrase));
                (last, before)
            })
        });
        entries_of(index, last)
    }

    fn index(&self) -> &Index {
        self.index
            .get_or_init(|| Index::build(self.phrases(), by_first_word))
    }
}

/// A phrase's first word and the rest: the key of the index most lookups use.
fn by_first_word(phrase: &'static str) -> (&'static str, &'static str) {
    phrase.split_once(' ').unwrap_or((phrase, ""))
}

/// A phrase's first word.
pub(crate) fn first_word(phrase: &str) -> &str {
    phrase.split_once(' ').map_or(phrase, |(first, _)| first)
}

/// The first words of the phrases of several tables, for one cheap test of whether any of
/// them may start at a word.
pub(crate) struct FirstWords(Index);

impl FirstWords {
    /// The set of the first words of `phrases`.
    pub(crate) fn of(phrases: impl IntoIterator<Item = &'static str>) -> FirstWords {
        FirstWords(Index::build(phrases, by_first_word))
    }

    /// Whether `w`, or the base of the possessive `w`, is one of the words, ignoring ASCII
    /// case (as [`crate::grammar::words::lookup`] reads a first word).
    pub(crate) fn may_start(&self, w: &str) -> bool {
        let base = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        !entries_of(&self.0, w).is_empty()
            || base.is_some_and(|b| !entries_of(&self.0, b).is_empty())
    }
}

/// The entries of `index` under `word`, ignoring ASCII case.
fn entries_of<'i>(index: &'i Index, word: &str) -> &'i [Entry] {
    let bytes = word.as_bytes();
    let starts = bytes
        .first()
        .is_some_and(|b| index.may_start(b.to_ascii_lowercase()));
    // A typographic apostrophe changes the length: only plain words are rejected by it.
    let length_known = index.lengths & (1 << bytes.len().min(63)) != 0;
    if bytes.len() > MAX_KEY || !starts || !(length_known || bytes.contains(&0xE2)) {
        return &[];
    }
    // A typographic apostrophe changes the shape too: such words skip this test.
    let shape = shape_bit(bytes);
    if index.shapes[shape / 64] & (1 << (shape % 64)) == 0 && !bytes.contains(&0xE2) {
        return &[];
    }
    // Lower case and hash in one pass over the word.
    let mut buf = [0u8; MAX_KEY];
    let mut hash = FNV_OFFSET;
    let mut non_ascii = false;
    for (b, &c) in buf.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
        hash = (hash ^ u64::from(*b)).wrapping_mul(FNV_PRIME);
        non_ascii |= c >= 0x80;
    }
    let key = &buf[..bytes.len()];
    // Typographic apostrophes (E2 80 99) are indexed as ASCII ones.
    let found = if non_ascii && key.windows(3).any(|w| w == [0xE2, 0x80, 0x99]) {
        let ascii = word.replace('’', "'").to_ascii_lowercase();
        index.get(key_hash(ascii.as_bytes()), ascii.as_bytes())
    } else if !index.may_hold(hash) {
        None
    } else {
        index.get(hash, key)
    };
    found.unwrap_or(&[])
}

impl Index {
    /// The index of `phrases` (rows in order) by the word `key_of` splits off each phrase,
    /// with the rest.
    fn build(
        phrases: impl IntoIterator<Item = &'static str>,
        key_of: impl Fn(&'static str) -> (&'static str, &'static str),
    ) -> Index {
        let mut map = Index::default();
        let mut position: HashMap<Box<[u8]>, usize> = HashMap::new();
        for (row, phrase) in phrases.into_iter().enumerate() {
            let (head, tail) = key_of(phrase);
            let entry = Entry {
                row,
                tail,
                acronym: is_acronym(head),
            };
            let key = head.to_ascii_lowercase().into_bytes().into_boxed_slice();
            if let Some(&b) = key.first() {
                // A typographic apostrophe (E2 80 99) reads as an ASCII one.
                let also = if b == b'\'' { 0xE2 } else { b };
                for b in [b, also] {
                    map.first_bytes[usize::from(b / 64)] |= 1 << (b % 64);
                }
            }
            if key.len() <= MAX_KEY {
                map.lengths |= 1 << key.len();
            }
            let shape = shape_bit(&key);
            map.shapes[shape / 64] |= 1 << (shape % 64);
            let hash = key_hash(&key);
            for bit in bloom_bits(hash) {
                map.bloom[bit / 64] |= 1 << (bit % 64);
            }
            match position.get(&key) {
                Some(&k) => map.keys[k].entries.push(entry),
                None => {
                    position.insert(key.clone(), map.keys.len());
                    map.keys.push(Key {
                        hash,
                        word: key,
                        entries: vec![entry],
                    });
                }
            }
        }
        map.build_slots();
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_filter_passes_every_first_word_in_any_case() {
        static TABLE: Lexicon<u8> = Lexicon::new(&[
            ("a", 1),
            ("killed", 2),
            ("hay'at tahrir", 3),
            ("x", 4),
            ("al-sham", 5),
        ]);
        for (word, row) in [
            ("A", 0),
            ("KILLED", 1),
            ("Killed", 1),
            ("x", 3),
            ("Al-Sham", 4),
        ] {
            let found: Vec<usize> = TABLE.starting_with(word).iter().map(|e| e.row).collect();
            assert_eq!(found, [row], "{word}");
        }
        // A typographic apostrophe reads as an ASCII one, past the filter.
        assert_eq!(TABLE.starting_with("Hay’at")[0].row, 2);
        assert!(TABLE.starting_with("kills").is_empty());
    }

    #[test]
    fn rows_are_found_by_their_last_word_in_table_order() {
        static TABLE: Lexicon<u8> =
            Lexicon::new(&[("along with", 1), ("with", 2), ("among them", 3)]);
        let rows: Vec<usize> = TABLE.ending_with("WITH").iter().map(|e| e.row).collect();
        assert_eq!(rows, [0, 1]);
        assert_eq!(TABLE.ending_with("with")[0].tail, "along");
        assert!(TABLE.ending_with("among").is_empty());
    }
}
