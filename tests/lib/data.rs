//! The data files of the data-driven tests: TOML with one `[[case]]` table per case.

use serde::de::DeserializeOwned;
use serde::Deserialize;

#[derive(Deserialize)]
struct File<T> {
    case: Vec<T>,
}

/// The cases of a data file; `name` names it in the panic if it does not parse.
pub fn cases<T: DeserializeOwned>(name: &str, text: &str) -> Vec<T> {
    match toml::from_str::<File<T>>(text) {
        Ok(file) => file.case,
        Err(e) => panic!("{name} does not parse: {e}"),
    }
}
