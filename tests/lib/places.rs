//! Runs every case of `tests/data/places.toml` (see the file's header for the fields).

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    #[serde(flatten)]
    article: crate::data::Article,
    location: Option<String>,
    country: Option<String>,
    precision: Option<u8>,
    admin1: Option<String>,
    /// Whether the location has the gazetteer's coordinates.
    coordinates: Option<bool>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    not_places: Vec<String>,
}

#[test]
fn place_cases() {
    let cases: Vec<Case> = crate::data::cases("places.toml", include_str!("../data/places.toml"));
    crate::data::check_first_events(
        &cases,
        |c| &c.article,
        |case, event, failures| {
            let location = event.location.as_ref();
            let got_name = location.map(|l| l.name.as_str());
            if case.location.is_some() && case.location.as_deref() != got_name {
                failures.push(format!(
                    "{}: location {:?}, got {got_name:?}",
                    case.article.name, case.location
                ));
            }
            let got_country = location.and_then(|l| l.country.as_deref());
            if case.country.is_some() && case.country.as_deref() != got_country {
                failures.push(format!(
                    "{}: country {:?}, got {got_country:?}",
                    case.article.name, case.country
                ));
            }
            let got_precision = location.map(|l| l.precision);
            if case.precision.is_some() && case.precision != got_precision {
                failures.push(format!(
                    "{}: precision {:?}, got {got_precision:?}",
                    case.article.name, case.precision
                ));
            }
            let got_admin1 = location.and_then(|l| l.admin1.as_deref());
            if case.admin1.is_some() && case.admin1.as_deref() != got_admin1 {
                failures.push(format!(
                    "{}: admin1 {:?}, got {got_admin1:?}",
                    case.article.name, case.admin1
                ));
            }
            let got_coordinates = location.map(|l| l.latitude.is_some());
            if case.coordinates.is_some() && case.coordinates != got_coordinates {
                failures.push(format!(
                    "{}: coordinates {:?}, got {got_coordinates:?}",
                    case.article.name, case.coordinates
                ));
            }
            for name in &case.places {
                if !event.places.iter().any(|p| &p.name == name) {
                    failures.push(format!(
                        "{}: {name:?} not among the places",
                        case.article.name
                    ));
                }
            }
            for name in &case.not_places {
                if event.places.iter().any(|p| &p.name == name) {
                    failures.push(format!("{}: {name:?} taken for a place", case.article.name));
                }
            }
        },
    );
}
