//! Same-story detection: two articles whose text is mostly the same (a wire story published
//! by several outlets) share most of their word shingles. Each article keeps a bottom-k
//! sketch of its shingle hashes, a fixed-size estimate of the set (Broder's MinHash with one
//! hash function), so that comparing two articles costs O(k) whatever their length.

use std::hash::Hasher;

use crate::grammar::words::words_in;
use crate::lexicon::table::Fnv;

/// Words per shingle: long enough that common phrases ("the Syrian Observatory for Human
/// Rights said") rarely make two different stories look alike.
const SHINGLE_WORDS: usize = 5;
/// Hashes kept per article.
const SKETCH_SIZE: usize = 48;
/// Estimated resemblance from which two articles are the same story.
const SAME_STORY: f64 = 0.5;

/// The bottom-k sketch of an article's word shingles, sorted ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Sketch(Vec<u64>);

impl Sketch {
    /// The sketch of `text`; empty when it has fewer than [`SHINGLE_WORDS`] words.
    pub(crate) fn of(text: &str) -> Sketch {
        let words: Vec<u64> = words_in(text, 0, text.len())
            .map(|(_, w)| word_hash(w))
            .collect();
        let mut hashes: Vec<u64> = words
            .windows(SHINGLE_WORDS)
            .map(|shingle| {
                shingle
                    .iter()
                    .fold(0xcbf2_9ce4_8422_2325_u64, |h, &w| mix(h ^ w))
            })
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        hashes.truncate(SKETCH_SIZE);
        Sketch(hashes)
    }

    /// True when the two sketches estimate a resemblance of at least [`SAME_STORY`]: of the
    /// k smallest hashes of the union, the share found in both.
    pub(crate) fn same_story(&self, other: &Sketch) -> bool {
        let (a, b) = (&self.0, &other.0);
        if a.is_empty() || b.is_empty() {
            return false;
        }
        let k = a.len().min(b.len());
        let (mut i, mut j, mut taken, mut shared) = (0, 0, 0, 0);
        while taken < k && i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
            taken += 1;
        }
        shared as f64 >= SAME_STORY * k as f64
    }
}

/// A word's hash, ignoring ASCII case.
fn word_hash(word: &str) -> u64 {
    let mut hasher = Fnv::default();
    for b in word.bytes() {
        hasher.write(&[b.to_ascii_lowercase()]);
    }
    hasher.finish()
}

/// A 64-bit finalizer (splitmix64), so that shingle hashes spread over the whole range.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Gunmen stormed a market in the north of the country on Tuesday, \
        killing at least twelve traders and wounding many more, officials said. The attackers \
        fled on motorbikes before soldiers arrived, a witness told reporters by telephone.";

    #[test]
    fn a_republished_story_is_the_same_story() {
        let edited = STORY.replace("officials said", "local officials said on Wednesday");
        assert!(Sketch::of(STORY).same_story(&Sketch::of(&edited)));
    }

    #[test]
    fn different_stories_are_not() {
        let other = "Flooding washed away two bridges in the south after a week of heavy \
            rain, leaving hundreds of families without shelter, the relief agency said.";
        assert!(!Sketch::of(STORY).same_story(&Sketch::of(other)));
        assert!(!Sketch::of("").same_story(&Sketch::of("")));
    }
}
