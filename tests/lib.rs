//! The crate's one integration test binary.
//!
//! - `cases`: data-driven casualty cases from `tests/data/casualties.toml`;
//! - `seeds`: the seed articles of `../shared/data/seeds` against their `expected.json`,
//!   when that folder is present;
//! - `robustness`: arbitrary and adversarial input never panics and parses in linear time;
//! - `times`: data-driven temporal expression cases from `tests/data/timexes.toml`;
//! - `output`: CSV and JSON outputs read back field for field;
//! - `places`: data-driven event place cases from `tests/data/places.toml`;
//! - `sources`: data-driven event source cases from `tests/data/sources.toml`;
//! - `merge`: data-driven merging cases from `tests/data/merges.toml`, order independence;
//! - `api`: the public API's promises (thread safety, errors, serialization);
//! - `data`: reading the data files of the data-driven tests.

#[path = "lib/api.rs"]
mod api;
#[path = "lib/cases.rs"]
mod cases;
#[path = "lib/data.rs"]
mod data;
#[path = "lib/merge.rs"]
mod merge;
#[path = "lib/output.rs"]
mod output;
#[path = "lib/places.rs"]
mod places;
#[path = "lib/robustness.rs"]
mod robustness;
#[path = "lib/seeds.rs"]
mod seeds;
#[path = "lib/sources.rs"]
mod sources;
#[path = "lib/times.rs"]
mod times;
