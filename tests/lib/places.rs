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
            // A field the case gives must be what the main location has.
            let mut expect = |field: &str, want: Option<String>, got: Option<String>| {
                if want.is_some() && want != got {
                    failures.push(format!(
                        "{}: {field} {want:?}, got {got:?}",
                        case.article.name
                    ));
                }
            };
            expect(
                "location",
                case.location.clone(),
                location.map(|l| l.name.clone()),
            );
            expect(
                "country",
                case.country.clone(),
                location.and_then(|l| l.country.clone()),
            );
            expect(
                "precision",
                case.precision.map(|p| p.to_string()),
                location.map(|l| l.precision.to_string()),
            );
            expect(
                "admin1",
                case.admin1.clone(),
                location.and_then(|l| l.admin1.clone()),
            );
            expect(
                "coordinates",
                case.coordinates.map(|c| c.to_string()),
                location.map(|l| l.latitude.is_some().to_string()),
            );
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
