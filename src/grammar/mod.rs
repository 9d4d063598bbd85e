//! The nom grammars. Crate-private: each returns raw values with byte offsets and resolves
//! nothing (no reference date, no article-level reasoning).

pub(crate) mod casualty;
pub(crate) mod dateline;
pub(crate) mod number;
pub(crate) mod time;
pub(crate) mod words;
