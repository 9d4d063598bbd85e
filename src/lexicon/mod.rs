//! Word lists as data: victim nouns, side aliases, outcome phrases, qualifiers, numerals, cues.
//!
//! Every table is a slice of `(phrase, value)` rows. A phrase is one or more words separated
//! by single spaces and is matched word by word, ignoring ASCII case, except phrases written
//! entirely in capitals (acronyms such as `IS`), which must match exactly so that the verb
//! "is" never reads as the Islamic State.

pub(crate) mod actors;
pub(crate) mod countries;
pub(crate) mod cues;
pub(crate) mod events;
pub(crate) mod numbers;
pub(crate) mod outcomes;
pub(crate) mod qualifiers;
pub(crate) mod sides;
pub(crate) mod table;
pub(crate) mod time;
pub(crate) mod victims;
