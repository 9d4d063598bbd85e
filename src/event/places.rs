//! Where: place names in an event's sentences, resolved against the gazetteer.

use serde::Serialize;

use crate::event::actors::actor_mentions;
use crate::gazetteer::{fold, Gazetteer, Place, Subdivision, Unit};
use crate::grammar::number::numeral;
use crate::grammar::words::{is_in, lookup, phrase, skip_space, word, words_in};
use crate::lexicon::actors::{actor_code, ACTOR_ALIASES};
use crate::lexicon::countries::{
    ADMIN_WORDS, BORDER_WORDS, CARE_PLACES, COMPASS_POINTS, CONTAINER_LINKS, COUNTRY_NAMES,
    COUNTRY_WORDS, DESCRIBING_SUFFIXES, DESCRIPTIVE, DESTINATION_LEADS, DIRECTIONS,
    ELIDED_ARTICLES, FAITHS_AND_PEOPLES, FEATURE_WORDS, FORCES_OF_ONE_COUNTRY, GROUP_NAME_WORDS,
    HONORIFICS, INSTITUTION_HEADS, JOURNEYS, LAND_ADJECTIVES, LAND_FORMS, LANGUAGE_ADJECTIVES,
    NAME_PARTICLES, NOT_CAPITAL_CITY, NOT_PLACES, OFFICE_OF, OWN_COUNTRY, PERSON_NOUNS, PERSON_OF,
    PLACE_LEADS, RANKS, REGIONS, SECOND_ORDER_UNITS, SETTLEMENT_KINDS, SETTLEMENT_WORDS,
    SPEECH_VENUES, STREET_WORDS, TITLES, UNIT_KINDS_OF_ONE_COUNTRY, UNIT_WORD_COUNTRIES,
};
use crate::lexicon::time::{HOLIDAYS, MONTHS, WEEKDAYS};
use crate::lexicon::victims::{NOT_MODIFIERS, NOT_VICTIMS};
use crate::span::Span;

/// Most capitalized words read back from a settlement word ("Ogba Egbema Ndoni Local
/// Government Area").
const MAX_RUN_WORDS: usize = 8;

/// Most names read from a list before a plural settlement word ("X, Y and Z villages").
const MAX_LISTED_NAMES: usize = 8;

/// A city this big, named by its own name, is what the name means even without context.
const MAJOR_CITY: u64 = 100_000;
/// Once the article names a country by its name, a city abroad must be this big to be what
/// its name means ("Tama area" in an article about Congo is not Tama, Japan).
const MAJOR_CITY_ABROAD: u64 = 300_000;
/// The weight of a country's name among the countries an article names; an adjective weighs
/// one.
const NAME_WEIGHT: usize = 2;
/// Most words of a place name.
const MAX_NAME_WORDS: usize = 4;
/// Most words of a country's name: "Central African Republic", "Bosnia and Herzegovina".
const MAX_COUNTRY_WORDS: usize = 4;
/// Most lowercase words between a lead and the name: "in the eastern Afghan city of".
const MAX_DESCRIPTION_WORDS: usize = 6;
/// Marks that end a sentence, which no place name runs across (a colon or a semicolon may
/// open a list of places: "two villages; Okita Dimba and Lotelama").
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '\n'];
/// A dateline's city starts within this many bytes of the article: "KABUL (Reuters) -".
pub(crate) const MAX_DATELINE_CITY_START: usize = 40;
/// Words of an armed group's name before a place lead inside it ("Islamic State of").
const MAX_NAME_WORDS_BEFORE_LEAD: usize = 2;

/// A place an event happened at.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Location {
    /// The name as written ("Deir Ezzor").
    pub name: String,
    /// The gazetteer's name, when the place resolved ("Deir ez-Zor").
    pub canonical: Option<String>,
    /// The first-order administrative unit: the one the gazetteer puts the place in, named as
    /// GeoNames names it ("Nangarhar" for Jalalabad), or else the one the text names it in
    /// ("Homs province"); GeoNames' name of a unit the text names where the gazetteer knows it.
    pub admin1: Option<String>,
    /// The country, ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// Latitude, when the place resolved.
    pub latitude: Option<f64>,
    /// Longitude, when the place resolved.
    pub longitude: Option<f64>,
    /// UCDP's `where_prec`: 1 the place itself, 2 near it ("near Beni", the point "south of
    /// Baghdad" is placed from), 3 a second-order unit ("Mangajek District",
    /// at its namesake's coordinates), 4 a first-order unit, 6 only the country, 7 a name the
    /// gazetteer does not know.
    pub precision: u8,
    /// Where the text names it.
    pub span: Span,
}

impl Location {
    /// A location known only by its country.
    pub(crate) fn country(iso3: &str, gazetteer: &Gazetteer) -> Location {
        Location {
            name: gazetteer.country_name(iso3).unwrap_or(iso3).to_string(),
            canonical: None,
            admin1: None,
            country: Some(iso3.to_string()),
            latitude: None,
            longitude: None,
            precision: 6,
            span: Span::new(0, 0),
        }
    }

    /// A name the gazetteer resolved to one of its first-order units (UCDP precision 4).
    fn of_unit(name: &str, span: Span, unit: &Subdivision, gazetteer: &Gazetteer) -> Location {
        let admin1 = gazetteer.unit_of_subdivision(unit).name;
        // A first-order unit goes by one name, its admin1 name, wherever it is found; a
        // second-order one by its ISO 3166-2 name.
        let canonical = if unit.parent.is_none() {
            admin1.clone()
        } else {
            unit.name.clone()
        };
        Location {
            name: name.to_string(),
            canonical: Some(canonical),
            admin1: Some(admin1),
            country: gazetteer.iso3(unit.country()).map(str::to_string),
            latitude: None,
            longitude: None,
            precision: 4,
            span,
        }
    }

    /// A place's name read as the first-order unit called so (UCDP precision 4).
    fn of_unit_named(place: Location, unit: Unit) -> Location {
        Location {
            canonical: Some(unit.name.clone()),
            admin1: Some(unit.name),
            latitude: None,
            longitude: None,
            precision: 4,
            ..place
        }
    }

    /// A name the gazetteer resolved to one of its places.
    fn of_place(name: &str, span: Span, place: &Place, gazetteer: &Gazetteer) -> Location {
        Location {
            name: name.to_string(),
            canonical: Some(place.name.to_string()),
            admin1: gazetteer.unit_of_place(place).map(|u| u.name),
            country: gazetteer.iso3(&place.country).map(str::to_string),
            latitude: Some(place.latitude),
            longitude: Some(place.longitude),
            precision: 1,
            span,
        }
    }
}

/// What an article says of places, read once for all its events: the countries it is about
/// and its place-name candidates.
pub(crate) struct ArticlePlaces {
    /// The countries the article is about (see [`ArticlePlaces::of`]).
    pub countries: Vec<String>,
    /// Place-name candidates of the whole text, in text order (see [`candidates`]).
    candidates: Vec<(usize, usize, bool)>,
}

impl ArticlePlaces {
    /// The countries an article is about: those it names (by name or adjective), most named
    /// first, then those of places it names by their own name.
    pub(crate) fn of(text: &str, gazetteer: &Gazetteer) -> ArticlePlaces {
        let candidates = candidates(text, Span::new(0, text.len()));
        let countries = context_countries(text, &candidates, gazetteer);
        ArticlePlaces {
            countries,
            candidates,
        }
    }

    /// The candidates inside `span`.
    fn within(&self, span: Span) -> &[(usize, usize, bool)] {
        let from = self.candidates.partition_point(|&(s, _, _)| s < span.start);
        let to = self.candidates.partition_point(|&(s, _, _)| s < span.end);
        let found = &self.candidates[from..to.max(from)];
        let inside = found.partition_point(|&(_, e, _)| e <= span.end);
        &found[..inside.min(found.len())]
    }
}

fn context_countries(
    text: &str,
    candidates: &[(usize, usize, bool)],
    gazetteer: &Gazetteer,
) -> Vec<String> {
    let named_countries = countries_named(text, gazetteer);
    // A country named by its name, not only by an adjective that may describe an actor
    // ("Kurdish origins").
    let mut by_name = named_countries
        .iter()
        .any(|&(_, weight)| weight >= NAME_WEIGHT);
    let mut countries: Vec<String> = named_countries.into_iter().map(|(c, _)| c).collect();
    let named_by_words = countries.len();
    // Only adjectives, which often describe an actor ("Russian air strikes"): the countries
    // of places named by their own name come first.
    let adjectives_only = !by_name && named_by_words > 0;
    // The countries of places named by their own name, in the order they are named.
    let mut own_named: Vec<String> = Vec::new();
    let mut add_named = |countries: &mut Vec<String>, iso3: &str| {
        if !countries.iter().any(|c| c == iso3) {
            countries.push(iso3.to_string());
        }
        if !own_named.iter().any(|c| c == iso3) {
            own_named.push(iso3.to_string());
        }
    };
    // "Borno state": a first-order unit only one country has names that country, before any
    // town does.
    for &(s, e, admin) in candidates {
        // "in Guerrero", "in northern Kutum, North Darfur": in an article that names no
        // country, a name that is exactly one unit's, and no place's abroad, names its country
        // even without a unit word.
        if !admin {
            if countries.is_empty() {
                let folded = fold(&text[s..e]);
                // "Birstall, northern England": the name after a direction.
                let after_comma = text[e..]
                    .strip_prefix(", ")
                    .map(|rest| lookup(&COMPASS_POINTS, rest).map_or(rest, |(r, ())| r))
                    .and_then(|rest| name_at(text, text.len() - skip_space(rest).len(), text.len()))
                    .map(|(s, e)| fold(&text[s..e]));
                for name in std::iter::once(&folded).chain(after_comma.as_ref()) {
                    if let Some(iso3) =
                        unit_country(name, gazetteer).filter(|_| countries.is_empty())
                    {
                        countries.push(iso3.to_string());
                    }
                }
            }
            continue;
        }
        let folded = fold(&text[s..e]);
        let base = without_unit_words(&folded);
        // A unit only spelled like the name ("Moyu County" like Uganda's Moyo) names its
        // country only in an article that names none.
        let spelled_as_written = gazetteer.has_unit(base) || countries.is_empty();
        let units = gazetteer.units_called(base);
        let units = units.get(..).filter(|_| spelled_as_written).unwrap_or(&[]);
        // "Plateau state" of Nigeria and Benin's Plateau department: the one of the word.
        let unit = match units {
            [unit] => Some(unit),
            _ => {
                let word = unit_word(text, s, e, text.len());
                let mut of_kind = units.iter().filter(|u| of_unit_word(word, u, gazetteer));
                of_kind.next().filter(|_| of_kind.next().is_none())
            }
        };
        if let Some(iso3) = unit.and_then(|u| gazetteer.iso3(u.country())) {
            add_named(&mut countries, iso3);
        }
    }
    // A first-order unit names its country as surely as the country's name does.
    by_name |= countries.len() > named_by_words;
    let named = countries.len();
    // No country named: the country of the first actor that fights in one ("Boko Haram"),
    // before the countries of places named by their own name, which still count.
    if countries.is_empty() {
        let home = actor_mentions(text, Span::new(0, text.len()), &[])
            .into_iter()
            .find_map(|(code, _)| actor_code(&code)?.home);
        if let Some(iso3) = home {
            countries.push(iso3.to_string());
        }
    }
    let mut guesses: Vec<(String, u64)> = Vec::new();
    for (k, &(s, e, _)) in candidates.iter().enumerate() {
        let folded = fold(&text[s..e]);
        // Only a name the gazetteer holds as written says anything here: skip the spelling
        // search for the others. A place inside the next one ("Jani Khel area of Lakki
        // Marwat district") is where its container is: the container speaks for both.
        let contained = candidates
            .get(k + 1)
            .is_some_and(|&(next, _, _)| inside_next(text, e, next));
        if !gazetteer.has_name(&folded) || contained {
            continue;
        }
        let places = gazetteer.places(&folded);
        // A place named by its own name adds its country; once the article names a country,
        // only a city big enough to be what the name means does ("Bodo town in northern
        // Cameroon" is not Bodø, Norway).
        // The most populous place of that name or spelling must be it ("Basra" is Basrah,
        // Iraq, not Basra, Pakistan).
        let official = places.first().filter(|p| {
            let big_enough = match (named, by_name) {
                (0, _) => true,
                (_, false) => p.population >= MAJOR_CITY,
                (_, true) => p.population >= MAJOR_CITY_ABROAD,
            };
            Gazetteer::is_official(p, &folded) && big_enough
        });
        if let Some(iso3) = official.and_then(|p| gazetteer.iso3(&p.country)) {
            add_named(&mut countries, iso3);
        }
        // A spelling that only looks like a place's ("Adamawa") guesses nothing.
        let guess = places.first().filter(|_| gazetteer.has_name(&folded));
        if let Some(iso3) = guess.and_then(|p| gazetteer.iso3(&p.country)) {
            guesses.push((iso3.to_string(), places[0].population));
        }
    }
    // With nothing else, the country most of the article's place names point to, a big
    // city named anywhere included ("the Karrada neighborhood central Baghdad").
    if countries.is_empty() {
        // The candidates are in text order, as the words: one pass over both tells whether a
        // word is inside one (the furthest end of those started so far).
        let (mut next, mut covered_to) = (0, 0);
        for (at, w) in words_in(text, 0, text.len()) {
            while let Some(&(_, e, _)) = candidates.get(next).filter(|c| c.0 <= at) {
                covered_to = covered_to.max(e);
                next += 1;
            }
            let inside = at < covered_to;
            if inside || !w.starts_with(char::is_uppercase) || is_in(&NOT_MODIFIERS, w) {
                continue;
            }
            let folded = fold(w.strip_suffix("'s").unwrap_or(w));
            if let Some((iso3, population)) = major_city(&folded, gazetteer) {
                guesses.push((iso3, population));
            }
        }
        // "the Jalalabad-Torkham highway": cities joined by a hyphen.
        for &(s, e, _) in candidates {
            let written = &text[s..e];
            if written.contains(' ') || !written.contains('-') {
                continue;
            }
            for part in written.split('-') {
                if let Some(found) = major_city(&fold(part), gazetteer) {
                    guesses.push(found);
                }
            }
        }
        let mut tally: Vec<(String, usize, u64)> = Vec::new();
        for (c, population) in guesses {
            match tally.iter_mut().find(|(t, _, _)| *t == c) {
                Some((_, n, p)) => {
                    *n += 1;
                    *p += population;
                }
                None => tally.push((c, 1, population)),
            }
        }
        tally.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)));
        if let Some((c, n, _)) = tally.first() {
            if *n >= 2 || tally.len() == 1 {
                countries.push(c.clone());
            }
        }
    }
    if adjectives_only {
        // Stable: the adjectives' countries keep their order after the named places'.
        countries.sort_by_key(|c| own_named.iter().position(|o| o == c).unwrap_or(usize::MAX));
    }
    countries
}

/// The country of the one first-order unit named exactly `folded`, when no place abroad has
/// that name.
fn unit_country<'g>(folded: &str, gazetteer: &'g Gazetteer) -> Option<&'g str> {
    let [unit] = gazetteer.subdivisions(folded) else {
        return None;
    };
    let home = gazetteer.iso3(unit.country())?;
    // A place abroad of that very name makes it ambiguous; one only spelled like it does
    // not, nor one that name is only another name of ("Borno" is Nigeria's state, not
    // Borna, Saxony).
    let abroad = gazetteer.has_name(folded)
        && gazetteer
            .places(folded)
            .iter()
            .any(|p| Gazetteer::is_official(p, folded) && gazetteer.iso3(&p.country) != Some(home));
    (gazetteer.has_unit(folded) && !abroad).then_some(home)
}

/// Adds `weight` to the count of `iso3`, first counted at the end.
fn add_weight(counts: &mut Vec<(String, usize)>, iso3: &str, weight: usize) {
    match counts.iter_mut().find(|(c, _)| c == iso3) {
        Some((_, n)) => *n += weight,
        None => counts.push((iso3.to_string(), weight)),
    }
}

/// Countries the article names (by name or adjective, or by a capital when it names none),
/// most named first, with their weights (a name weighs [`NAME_WEIGHT`], an adjective one).
pub(crate) fn countries_named(text: &str, gazetteer: &Gazetteer) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    // A country's name weighs more than an adjective, which often describes an actor
    // ("Rwandan rebels ... in eastern Democratic Republic of Congo").
    let mut add = |iso3: &str, weight: usize| add_weight(&mut counts, iso3, weight);
    // The two words before the current one: "the Liberation of Rwanda" names an armed group.
    let mut before = ["", ""];
    // Countries across a border are neighbours, not where it happened: "near the borders
    // with Cameroon and Chad".
    let mut neighbours = false;
    for (at, w) in words_in(text, 0, text.len()) {
        let group_name = before[1] == "of" && names_a_group(before[0]);
        // "the shores of Lake Chad": a lake, not the country.
        let feature = is_in(&FEATURE_WORDS, before[1]);
        neighbours =
            across_border(before[0], before[1]) || neighbours && (w == "and" || before[1] == "and");
        before = [before[1], w];
        if let Some((_, iso3)) = lookup(&UNIT_KINDS_OF_ONE_COUNTRY, &text[at..]) {
            add(iso3, NAME_WEIGHT);
            continue;
        }
        // Regions, forces and countries are capitalized.
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        if group_name || neighbours || feature {
            continue;
        }
        // A region weighs as a country's name, a force as an adjective.
        let cue = [(&REGIONS, NAME_WEIGHT), (&FORCES_OF_ONE_COUNTRY, 1)]
            .into_iter()
            .find_map(|(table, weight)| {
                lookup(table, &text[at..]).map(|(rest, c)| (rest, c, weight))
            })
            .filter(|&(rest, _, _)| lookup(&STREET_WORDS, rest).is_none())
            .map(|(_, c, weight)| (c, weight));
        if let Some((iso3, weight)) = cue {
            add(iso3, weight);
            continue;
        }
        let named = countries_at(text, at, w, gazetteer);
        // "the Sudan People's Liberation Army": a country before a group's name word.
        let names_a_group_after = || {
            words_in(text, at, text.len())
                .skip(1)
                .take(MAX_GROUP_NAME_GAP)
                .any(|(_, next)| names_a_group(next))
        };
        let border_side = || !w.contains('-') && names_a_border_side(text, at + w.len());
        if !named.is_empty() && !names_a_group_after() && !border_side() {
            named
                .into_iter()
                .for_each(|(iso3, weight)| add(&iso3, weight));
        }
    }
    // "120 miles north of Tegucigalpa": in a text that names no country, a capital points to
    // its country as an adjective does; not the city a wire report was filed from ("BEIRUT
    // (AFP)").
    if counts.is_empty() {
        let from = (MAX_DATELINE_CITY_START..text.len())
            .find(|&at| text.is_char_boundary(at))
            .unwrap_or(text.len());
        for (_, w) in words_in(text, from, text.len()) {
            if w.starts_with(char::is_uppercase) {
                let folded = fold(w.strip_suffix("'s").unwrap_or(w));
                if let Some(country) = gazetteer.country_with_capital(&folded) {
                    add_weight(&mut counts, &country.iso3, 1);
                }
            }
        }
    }
    let mut ranked: Vec<(usize, (String, usize))> = counts.into_iter().enumerate().collect();
    ranked.sort_by(|(ia, (_, a)), (ib, (_, b))| b.cmp(a).then(ia.cmp(ib)));
    ranked.into_iter().map(|(_, named)| named).collect()
}

/// The countries the capitalized word `w` at `at` names, with their weights: by name
/// ("Pakistan", "the DRC"), by adjective ("Afghan"), or two joined by a hyphen
/// ("Pakistan-Iran").
fn countries_at(text: &str, at: usize, w: &str, gazetteer: &Gazetteer) -> Vec<(String, usize)> {
    if w.contains('-') {
        let named: Option<Vec<(String, usize)>> = w
            .split('-')
            .map(|p| gazetteer.country_named(&fold(p)))
            .map(|c| c.map(|c| (c.iso3.clone(), NAME_WEIGHT)))
            .collect();
        if let Some(named) = named {
            return named;
        }
    }
    let by_word = || {
        country_word(&text[at..]).map(|(_, iso3, name)| {
            let weight = if name { NAME_WEIGHT } else { 1 };
            (iso3.to_string(), weight)
        })
    };
    let found = if gazetteer.may_start_country(w) {
        country_named_at(text, at, gazetteer)
            .map(|iso3| (iso3, NAME_WEIGHT))
            .or_else(by_word)
    } else {
        by_word()
    };
    found.into_iter().collect()
}

/// Whether the country word ending at `end` names a side of a border and no place on it:
/// "near the Afghan border" is as often on the other side; but "the Ethiopian border town
/// of Moyale" is in Ethiopia, "near the Somali border with Kenya" on the Somali side, and
/// "the Pakistan-Iran border" names both sides.
fn names_a_border_side(text: &str, end: usize) -> bool {
    let mut next = words_in(text, end, text.len()).map(|(_, w)| w);
    next.next().is_some_and(|w| is_in(&BORDER_WORDS, w))
        && !next
            .next()
            .is_some_and(|w| w == "with" || is_in(&SETTLEMENT_WORDS, w) || is_in(&ADMIN_WORDS, w))
}

/// Whether `word` after `before` puts what follows across a border: "the border with Syria".
fn across_border(before: &str, word: &str) -> bool {
    word == "with" && is_in(&BORDER_WORDS, before)
}

/// Most words between a country and a word of an armed group's name after it: "Sudan
/// People's Liberation".
const MAX_GROUP_NAME_GAP: usize = 2;

/// The country and population of the big city of this very name, if there is one.
fn major_city(folded: &str, gazetteer: &Gazetteer) -> Option<(String, u64)> {
    if !gazetteer.has_name(folded) {
        return None;
    }
    let city = gazetteer
        .places(folded)
        .into_iter()
        .find(|p| Gazetteer::is_official(p, folded) && p.population >= MAJOR_CITY)?;
    let iso3 = gazetteer.iso3(&city.country)?;
    Some((iso3.to_string(), city.population))
}

/// Whether the words between a name ending at `end` and the name at `next` place the first
/// inside the second: "area of", "village in", "of".
fn inside_next(text: &str, end: usize, next: usize) -> bool {
    let mut words = words_in(text, end, next).map(|(_, w)| w).peekable();
    let mut linked = false;
    while let Some(w) = words.next() {
        let last = words.peek().is_none();
        let describes =
            is_in(&DESCRIPTIVE, w) || is_in(&SETTLEMENT_WORDS, w) || is_in(&ADMIN_WORDS, w);
        linked = last && (w == "of" || w == "in");
        if !(describes || linked) {
            return false;
        }
    }
    linked
        && text[end..next]
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ')
}

/// A capitalized name starting at `at`: words starting with a capital, joined by
/// transliteration particles ("Deir ez-Zor", "Dar es Salaam"), at most four words.
fn name_at(text: &str, at: usize, end: usize) -> Option<(usize, usize)> {
    let limit = end;
    // "the Democratic Republic of Congo", "the DRC": a country by another name, as a whole.
    if let Some((rest, _)) = lookup(&COUNTRY_NAMES, &text[at..end]) {
        return Some((at, end - rest.len()));
    }
    let mut stop = None;
    let mut last_capital = None;
    let mut count = 0;
    for (s, w) in words_in(text, at, end) {
        // "ez", "al-": a transliteration particle alone or joined by a hyphen.
        let head = w.split('-').next().unwrap_or(w);
        let particle = is_in(&NAME_PARTICLES, head);
        let capital = w.starts_with(char::is_uppercase) || article_joined_name(w);
        let gap = stop.map_or("", |e| &text[e..s]);
        if count >= MAX_NAME_WORDS || (count > 0 && !gap.chars().all(|c| c == ' ' || c == '-')) {
            break;
        }
        // "Ciudad Victoria Thursday", "a Berlin Christmas market": a date ends the name.
        if count > 0 && names_a_date(text, s, w) {
            break;
        }
        if capital || (particle && count > 0) {
            stop = Some(s + w.len());
            if capital {
                last_capital = stop;
            }
            count += 1;
            // "Mogadishu's Yaqshid district": a possessive ends the name.
            if w.ends_with("'s") || w.ends_with("’s") {
                break;
            }
        } else {
            break;
        }
    }
    // A particle ends no name: "by ISIS as punishment" names no "ISIS as".
    let mut end = last_capital?;
    // "Mile 12": a number after a name is part of it, unless a measure follows ("Hilla 100
    // km south of Baghdad").
    let number = text[end..]
        .strip_prefix(' ')
        .map(|rest| rest.bytes().take_while(u8::is_ascii_digit).count())
        .filter(|&n| {
            let after = &text[end + 1 + n..];
            let measure = word(after).is_ok_and(|(_, next)| is_in(&NOT_VICTIMS, next));
            let inside = end + 1 + n <= limit;
            n > 0 && inside && !after.starts_with(|c: char| c.is_alphanumeric()) && !measure
        });
    if let Some(n) = number.filter(|_| !text[at..end].ends_with("'s")) {
        end += 1 + n;
    }
    // "Burkina Faso's capital": the possessive is not part of the name.
    for suffix in ["'s", "’s"] {
        if text[at..end].ends_with(suffix) {
            end -= suffix.len();
        }
    }
    let name = &text[at..end];
    // Weekdays, months and actors are not places.
    let first_word = name.split([' ', '-']).next().unwrap_or(name);
    let not_place = starts_no_place(text, at, first_word)
        // "German Chancellor Angela Merkel": a person or an office.
        || name.split(' ').any(|w| is_in(&TITLES, w))
        // A country's adjective, or the start of a longer one ("Central African").
        || country_word(&text[at..])
            .is_some_and(|(rest, _, _)| text.len() - rest.len() >= end)
        || lookup(&ACTOR_ALIASES, name).is_some_and(|(rest, _)| rest.trim().is_empty());
    (!not_place).then_some((at, end))
}

/// A country named at the start of `i` by another name than the gazetteer's ("the DRC") or by
/// an adjective or a people ("Iraqi", "Somalis"): the rest, the country, and whether it is a
/// name.
fn country_word(i: &str) -> Option<(&str, &'static str, bool)> {
    lookup(&COUNTRY_NAMES, i)
        .map(|(rest, c)| (rest, c, true))
        .or_else(|| lookup(&COUNTRY_WORDS, i).map(|(rest, c)| (rest, c, false)))
}

/// The word before "of" makes the country after it part of an armed group's name: "the
/// Democratic Forces for the Liberation of Rwanda" fight in Congo.
fn names_a_group(word_before_of: &str) -> bool {
    is_in(&GROUP_NAME_WORDS, word_before_of)
}

/// The word `w` at `at` is a weekday, a month or the start of a holiday's name.
fn names_a_date(text: &str, at: usize, w: &str) -> bool {
    is_in(&WEEKDAYS, w) || is_in(&MONTHS, w) || lookup(&HOLIDAYS, &text[at..]).is_some()
}

/// A name starting with the word `w` at `at` is no place: a function word, a faith or an
/// institution, a date, or a count ("Ten villages were burnt").
fn starts_no_place(text: &str, at: usize, w: &str) -> bool {
    is_in(&NOT_MODIFIERS, w)
        || is_in(&FAITHS_AND_PEOPLES, w)
        || lookup(&NOT_PLACES, &text[at..]).is_some()
        || names_a_date(text, at, w)
        || numeral(w).is_ok_and(|(rest, _)| rest.is_empty())
}

/// A word that starts no place name: a faith, a people, an institution.
fn is_no_place_word(w: &str) -> bool {
    is_in(&FAITHS_AND_PEOPLES, w) || is_in(&NOT_PLACES, w)
}

/// A name the gazetteer does not know that by its words is no place: an institution's ("All
/// Progressives Congress"), a people's or faith's ("Roman Catholic"), a description
/// ("Saudi-led"), an initial ("U" of "U.N."), an armed group's.
fn names_no_place(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    name.chars().count() < 2
        || is_in(&INSTITUTION_HEADS, last)
        || is_in(&FAITHS_AND_PEOPLES, last)
        // "the North Indian state of Haryana", "the Himalayan region": an adjective.
        || is_in(&COUNTRY_WORDS, last)
        || is_in(&LAND_ADJECTIVES, last)
        || DESCRIBING_SUFFIXES.iter().any(|s| last.ends_with(s))
        || lookup(&ACTOR_ALIASES, name).is_some_and(|(rest, _)| rest.is_empty())
}

/// "al-Qaeda in the Islamic Maghreb", "Islamic State of Iraq and the Levant": a lead word at
/// `at` inside an armed group's name, which starts at one of the few words before it.
fn inside_actor_name(text: &str, before: &[(usize, &str)], at: usize, end: usize) -> bool {
    before
        .iter()
        .rev()
        .take(MAX_NAME_WORDS_BEFORE_LEAD)
        .any(|&(s, _)| {
            lookup(&ACTOR_ALIASES, &text[s..end]).is_some_and(|(rest, _)| end - rest.len() > at)
        })
}

/// Whether the words before a place name (`back`: its lead first, then back from it) make it
/// where someone went or was taken, not where the event is: "on their way to Europe", "the
/// wounded were rushed to Peshawar", "were taken to (a) hospital in Maiduguri" (but "a
/// shooting in a hospital in Guatemala City" is there).
fn elsewhere<'w>(mut back: impl Iterator<Item = &'w str>) -> bool {
    let (Some(lead), Some(before)) = (back.next(), back.next()) else {
        return false;
    };
    let article = |w: &&str| ["a", "the"].iter().any(|a| w.eq_ignore_ascii_case(a));
    (is_in(&DESTINATION_LEADS, lead) && is_in(&JOURNEYS, before))
        || (matches!(lead, "in" | "at")
            && is_in(&CARE_PLACES, before)
            && back
                .take(2)
                .find(|w| !article(w))
                .is_some_and(|w| w.eq_ignore_ascii_case("to")))
}

/// Place-name candidates in `text[span]`: after a lead word ("in", "near the town of") or
/// before an administrative word ("Borno state"); the bool says administrative.
fn candidates(text: &str, span: Span) -> Vec<(usize, usize, bool)> {
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    let words: Vec<(usize, &str)> = words_in(text, span.start, span.end).collect();
    for (k, &(at, lead)) in words.iter().enumerate() {
        let Some((after, ())) = lookup(&PLACE_LEADS, &text[at..span.end]) else {
            continue;
        };
        let before_of = (lead == "of" && k > 0).then(|| words[k - 1].1);
        let journey = elsewhere(words[..=k].iter().map(|(_, w)| *w).rev());
        let venue = k > 0 && matches!(lead, "in" | "at") && is_in(&SPEECH_VENUES, words[k - 1].1);
        // "according to Doctors Without Borders": a source, not a place.
        let source = lead == "to" && k > 0 && words[k - 1].1.eq_ignore_ascii_case("according");
        let department = || {
            before_of.is_some_and(|w| is_in(&OFFICE_OF, w))
                && words
                    .get(k + 1)
                    .is_some_and(|(_, next)| !next.eq_ignore_ascii_case("the"))
        };
        if journey
            || venue
            || source
            || before_of.is_some_and(|w| names_a_group(w) || is_in(&PERSON_OF, w))
            || department()
            || inside_actor_name(text, &words[..k], at, span.end)
        {
            continue;
        }
        let mut from = span.end - after.len();
        // "the northwestern region of Idlib": an administrative word before "of".
        let mut admin_before = false;
        let mut previous = "";
        // "at the border with Syria": the country across it is no place of the event; nor is
        // a name past the end of the lead's sentence.
        let mut neighbour = false;
        let mut actor_named = false;
        // "in the eastern Afghan city of Jalalabad": descriptions before the name.
        for _ in 0..MAX_DESCRIPTION_WORDS {
            let rest = &text[from..span.end];
            let next = words_in(text, from, span.end).next();
            let Some((s, w)) = next else { break };
            // "from a public park. More than 100": the name is in the lead's sentence; "about
            // to begin, said Sani Abdullahi": in its phrase, but for the names of what it
            // describes ("in two villages, Al-Hudd and Al-Lazzaga").
            let named_after_comma =
                is_in(&DESCRIPTIVE, previous) && w.starts_with(char::is_uppercase);
            if text[from..s].contains(SENTENCE_ENDS)
                || text[from..s].contains(',') && !named_after_comma
            {
                neighbour = true;
                break;
            }
            if across_border(previous, w) {
                neighbour = true;
                break;
            }
            let starts_name = (!w.starts_with(char::is_lowercase) || w.contains('-'))
                && name_at(text, s, span.end).is_some();
            // "in clashes with the Islamic State group", "a member of the local People's
            // Defense Force": an actor's name, no place.
            if w.starts_with(char::is_uppercase)
                && lookup(&ACTOR_ALIASES, &text[s..span.end]).is_some()
            {
                actor_named = true;
                break;
            }
            // "the eastern Afghan city of", "the predominantly Shia town of".
            // "Cameroon's English-speaking Southwest region", "the Anglophone Northwest".
            let describing = DESCRIBING_SUFFIXES.iter().any(|x| w.ends_with(x))
                || is_in(&LANGUAGE_ADJECTIVES, w);
            let describes = describing
                || !starts_name
                    && (w.starts_with(char::is_lowercase)
                        || country_word(&text[s..span.end]).is_some()
                        || is_no_place_word(w));
            if !describes || is_in(&PLACE_LEADS, w) && w != "of" {
                break;
            }
            from = s + w.len();
            if phrase("of", rest).is_some() {
                admin_before = is_in(&ADMIN_WORDS, previous);
                break;
            }
            previous = w;
        }
        // "the environmentalist leader Berta Cáceres": a person's name.
        if neighbour || actor_named || is_in(&PERSON_NOUNS, previous) {
            continue;
        }
        let start = words_in(text, from, span.end)
            .next()
            .map_or(span.end, |(s, _)| s);
        if let Some((s, e)) = name_at(text, start, span.end) {
            // "Benue State", "the region of Idlib", "Homs province".
            let admin = admin_before || !unit_word(text, s, e, span.end).is_empty();
            // Candidates come in text order: only the last one can overlap.
            if !found.last().is_some_and(|&(fs, fe, _)| fs < e && s < fe) {
                found.push((s, e, admin));
                // "stormed Dori and Mesuma", "in Kabul, Herat and Kandahar": the names
                // listed after it.
                found.extend(listed_after(text, e, span.end));
            }
        }
    }
    // "Borno state", "Homs province", "Bodo town" without a lead word.
    let mut admins = Vec::new();
    for (k, &(at, w)) in words.iter().enumerate() {
        let admin = is_in(&ADMIN_WORDS, w);
        if !admin && !is_in(&SETTLEMENT_WORDS, w) {
            continue;
        }
        // "a Yemeni town, Mahfid,": the name in apposition after the word.
        let after = &text[at + w.len()..span.end];
        if let Some(rest) = after.strip_prefix(", ") {
            let from = span.end - rest.len();
            if let Some((s, e)) = name_at(text, from, span.end) {
                let appositive = text[e..span.end].starts_with([',', '.']);
                let j = found.partition_point(|&(_, fe, _)| fe <= s);
                let overlaps = found.get(j).is_some_and(|&(fs, _, _)| fs < e);
                if appositive && !overlaps {
                    admins.push((s, e, admin));
                    continue;
                }
            }
        }
        // "the Zaki Biyam farming community": a kind of settlement between name and word.
        let (k, boundary) = match k.checked_sub(1).map(|j| words[j]) {
            Some((kind_at, kind)) if is_in(&SETTLEMENT_KINDS, kind) => (k - 1, kind_at),
            _ => (k, at),
        };
        // Capitalized words joined by spaces: "Kapsa, Borno state" names Borno alone.
        let Some(s) = capitalized_run_before(text, &words[..k], boundary) else {
            continue;
        };
        // "(Suspected) Islamic State" names an actor, not a state.
        let mut run = words[..k].iter().rev().take_while(|&&(ws, _)| ws >= s);
        let actor = run.any(|&(ws, _)| {
            lookup(&ACTOR_ALIASES, &text[ws..])
                .is_some_and(|(rest, _)| text.len() - rest.len() >= at + w.len())
        });
        if actor {
            continue;
        }
        let e = text[..boundary].trim_end().len();
        // The lead candidate ending after s, if any, is the one that could overlap.
        let j = found.partition_point(|&(_, fe, _)| fe <= s);
        let overlaps = found.get(j).is_some_and(|&(fs, _, _)| fs < e);
        // "the southern Somali region of Lower Shabelle": an adjective describes the unit
        // named after "of".
        let describes = phrase("of", after).is_some()
            && country_word(&text[s..]).is_some_and(|(rest, _, _)| text.len() - rest.len() >= e);
        // "a Nigerian town": the country's adjective names no town (a people may name a
        // unit: Ethiopia's "Somali region").
        let country_adjective = !admin
            && country_word(&text[s..]).is_some_and(|(rest, _, _)| text.len() - rest.len() >= e);
        let not_place = describes
            || country_adjective
            || text[s..e]
                .split(' ')
                .next()
                .is_some_and(|first| starts_no_place(text, s, first));
        if s < e && !overlaps && !not_place {
            admins.push((s, e, admin));
            // "Korum, Orawua and Gidan Bature villages": every name of the list.
            if w.ends_with('s') {
                admins.extend(listed_before(text, &words[..k], s));
            }
        }
    }
    found.extend(admins);
    found.sort();
    found
}

/// The start of the capitalized words joined by spaces that end `words` right before `end`:
/// "Borno" in "Kapsa, Borno state".
fn capitalized_run_before(text: &str, words: &[(usize, &str)], end: usize) -> Option<usize> {
    let mut start = None;
    let mut next = end;
    // Bounded, so that a text of capitalized words costs linear time.
    for &(s, w) in words.iter().rev().take(MAX_RUN_WORDS) {
        let joined = text[s + w.len()..next].chars().all(|c| c == ' ');
        // "East Darfur's Adila locality": a possessive is the place's container.
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        let capital = w.starts_with(char::is_uppercase) || article_joined_name(w);
        // "Cameroon's English-speaking Southwest region": a description ends the name.
        let describing =
            DESCRIBING_SUFFIXES.iter().any(|x| w.ends_with(x)) || is_in(&LANGUAGE_ADJECTIVES, w);
        if !capital || !joined || describing || (possessive && start.is_some()) {
            break;
        }
        start = Some(s);
        next = s;
    }
    start
}

/// A lowercase article joined to a capitalized name: by a hyphen ("al-Sukhna", "al-Atera
/// village") or by elision ("Pau d'Arco", "Côte d'Ivoire").
fn article_joined_name(w: &str) -> bool {
    let hyphenated = w.split_once('-').is_some_and(|(p, rest)| {
        lookup(&NAME_PARTICLES, p).is_some_and(|(_, article)| article)
            && rest.starts_with(char::is_uppercase)
    });
    hyphenated
        || ELIDED_ARTICLES.iter().any(|a| {
            w.strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
}

/// The names listed before the one starting at `s`, joined by commas and "and": "Korum" and
/// "Orawua" in "Korum, Orawua and Gidan Bature villages".
fn listed_before(text: &str, words: &[(usize, &str)], s: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut k = words.partition_point(|&(at, _)| at < s);
    for _ in 0..MAX_LISTED_NAMES {
        // The link before the name: ", " or " and ".
        let Some(&(at, w)) = k.checked_sub(1).map(|j| &words[j]) else {
            break;
        };
        let (end, before) = if w == "and" {
            (at, k - 1)
        } else if text[at + w.len()..words[k].0].trim() == "," {
            (at + w.len(), k)
        } else {
            break;
        };
        let end = text[..end].trim_end().trim_end_matches(',').len();
        let Some(name_start) = capitalized_run_before(text, &words[..before], end) else {
            break;
        };
        out.push((name_start, end, false));
        k = words.partition_point(|&(at, _)| at < name_start);
    }
    out
}

/// The country a text names right after a place ("the village of Bangui in Niger", "Pajut in
/// South Sudan").
fn country_written_after(text: &str, end: usize, gazetteer: &Gazetteer) -> Option<String> {
    let rest = text[end..].strip_prefix(" in ")?;
    country_named_at(text, text.len() - rest.len(), gazetteer)
}

/// The country whose gazetteer name the words at `at` spell, the longest first ("Central
/// African Republic"), a possessive dropped ("Syria's"); a name before a unit word is the
/// unit's when a unit has it ("Niger state").
fn country_named_at(text: &str, at: usize, gazetteer: &Gazetteer) -> Option<String> {
    let spans: Vec<(usize, &str)> = words_in(text, at, text.len())
        .take(MAX_COUNTRY_WORDS)
        .collect();
    (1..=spans.len()).rev().find_map(|n| {
        let (last_at, last) = spans[n - 1];
        let name = spans[..n]
            .iter()
            .map(|&(_, w)| w)
            .collect::<Vec<_>>()
            .join(" ");
        let unit = lookup(&ADMIN_WORDS, &text[last_at + last.len()..]).is_some();
        if unit && gazetteer.has_unit(&fold(&name)) {
            return None;
        }
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(&name);
        gazetteer.country_named(&fold(name)).map(|c| c.iso3.clone())
    })
}

/// A place resolved abroad that the text puts in another country is that country's namesake,
/// or a name the gazetteer does not know there.
fn located_as_written(text: &str, location: Location, gazetteer: &Gazetteer) -> Location {
    if location.canonical.is_none() || location.precision == 6 {
        return location;
    }
    let Some(iso3) = country_written_after(text, location.span.end, gazetteer) else {
        return location;
    };
    if location.country.as_deref() == Some(iso3.as_str()) {
        return location;
    }
    let namesake = gazetteer
        .places(&fold(&location.name))
        .into_iter()
        .find(|p| gazetteer.iso3(&p.country) == Some(iso3.as_str()));
    match namesake {
        Some(p) => Location::of_place(&location.name, location.span, p, gazetteer),
        None => Location {
            canonical: None,
            admin1: None,
            country: Some(iso3),
            latitude: None,
            longitude: None,
            precision: 7,
            ..location
        },
    }
}

/// Whether the name at `start` follows "near" or a bearing and "of" ("near Beni", "south of
/// Baghdad", "30 kilometers west of the capital"): a point others are placed from.
fn after_bearing(text: &str, start: usize) -> bool {
    let mut before = text[..start].split(' ').rev().filter(|w| !w.is_empty());
    let first = before.next();
    first == Some("near")
        || first == Some("of") && before.next().is_some_and(|b| is_in(&COMPASS_POINTS, b))
}

/// Where a name ends before a country's possessive run into it: "Kolofata" of "in Kolofata
/// Cameroon's restive Far North".
fn before_country_possessive(
    text: &str,
    s: usize,
    e: usize,
    gazetteer: &Gazetteer,
) -> Option<usize> {
    let possessive = text[e..].starts_with("'s") || text[e..].starts_with("’s");
    let written = &text[s..e];
    let country = |name: &str| gazetteer.country_named(&fold(name)).is_some();
    if !possessive || country(written) {
        return None;
    }
    // The longest country's name that ends the name ("South Sudan's").
    written
        .match_indices(' ')
        .find(|&(at, _)| country(&written[at + 1..]))
        .map(|(at, _)| s + at)
}

/// The names listed after a name ending at `end`, joined by commas and closed by "and":
/// "Mesuma" in "stormed Dori and Mesuma", "Herat" and "Kandahar" in "in Kabul, Herat and
/// Kandahar".
fn listed_after(text: &str, mut end: usize, limit: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    for _ in 0..MAX_LISTED_NAMES {
        let rest = &text[end..limit];
        // (link, whether it closes the list)
        let link = [(", and ", true), (" and ", true), (", ", false)]
            .iter()
            .find_map(|&(l, closes)| rest.strip_prefix(l).map(|after| (after, closes)));
        let Some((after, closes)) = link else { break };
        let Some((s, e)) = name_at(text, limit - after.len(), limit) else {
            break;
        };
        out.push((s, e, false));
        if closes {
            return out;
        }
        end = e;
    }
    // Names after commas only make a list that "and" closes: "in Aleppo, Reuters reported".
    Vec::new()
}

/// "the Iraqi capital", "Libya's capital", "South Sudan's capital", "the capital of Yemen": the
/// country's capital; "the capital" alone, or "the country's capital", is the capital of the
/// article's main country.
fn capitals(text: &str, span: Span, gazetteer: &Gazetteer, countries: &[String]) -> Vec<Location> {
    let words: Vec<(usize, &str)> = words_in(text, span.start, span.end).collect();
    // The place of that name in the country (ISO alpha-3).
    let place_in = |name: &str, iso3: &str| {
        gazetteer
            .places(&fold(name))
            .into_iter()
            .find(|p| gazetteer.iso3(&p.country) == Some(iso3))
    };
    let mut out = Vec::new();
    for (k, &(at, w)) in words.iter().enumerate() {
        if !w.eq_ignore_ascii_case("capital") {
            continue;
        }
        // "capital punishment", "capital gains": no city.
        if words
            .get(k + 1)
            .is_some_and(|&(_, next)| is_in(&NOT_CAPITAL_CITY, next))
        {
            continue;
        }
        let strip = |word: &str| -> String {
            let word = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .unwrap_or(word);
            fold(word)
        };
        // "the capital of Konar province" is a province's: "the capital" means the article's
        // own country only when no unit follows it.
        let of_something = words
            .get(k + 1)
            .is_some_and(|&(_, next)| next.eq_ignore_ascii_case("of"))
            && words
                .iter()
                .skip(k + 2)
                .take(MAX_DESCRIPTION_WORDS)
                .any(|&(_, w)| is_in(&ADMIN_WORDS, w));
        // The country word before ("Iraqi", "Libya's", "South Sudan's") or after ("of Yemen").
        let country_before = || {
            let one = k.checked_sub(1).map(|j| words[j])?;
            let two = k
                .checked_sub(2)
                .map(|j| words[j])
                .filter(|&(s, first)| &text[s + first.len()..one.0] == " ");
            // An adjective ending right before "capital": "South Sudanese", not "Sudanese".
            let adjective_from = |s: usize| {
                country_word(&text[s..])
                    .filter(|(rest, _, _)| text.len() - rest.len() == one.0 + one.1.len())
                    .map(|(_, c, _)| (c.to_string(), s))
            };
            let named = two
                .and_then(|(s, first)| {
                    let name = format!("{} {}", fold(first), strip(one.1));
                    gazetteer
                        .country_named(&name)
                        .map(|c| (c.iso3.clone(), s))
                        .or_else(|| adjective_from(s))
                })
                .or_else(|| {
                    gazetteer
                        .country_named(&strip(one.1))
                        .map(|c| (c.iso3.clone(), one.0))
                })
                .or_else(|| country_word(&text[one.0..]).map(|(_, c, _)| (c.to_string(), one.0)));
            // "the capital", "the country's capital": the article's own country.
            named.or_else(|| {
                let own = lookup(&OWN_COUNTRY, &text[one.0..])
                    .is_some_and(|(rest, ())| text.len() - rest.len() == one.0 + one.1.len());
                (own && !of_something)
                    .then(|| countries.first().map(|c| (c.clone(), one.0)))
                    .flatten()
            })
        };
        let country_after = || {
            let of = words.get(k + 1..k + 3)?;
            if !of[0].1.eq_ignore_ascii_case("of") {
                return None;
            }
            let (s, word) = of[1];
            gazetteer
                .country_named(&strip(word))
                .map(|c| c.iso3.clone())
                .or_else(|| country_word(&text[s..]).map(|(_, c, _)| c.to_string()))
                .map(|c| (c, at))
        };
        let found = country_after().or_else(country_before);
        let Some((mut iso3, start)) = found else {
            continue;
        };
        // "the Congo capital Brazzaville": the city named after the word is the capital of
        // the country meant, whichever Congo a bare "Congo" names.
        if let Some(country) = words
            .get(k + 1)
            .and_then(|&(_, next)| gazetteer.country_with_capital(&fold(next)))
        {
            iso3.clone_from(&country.iso3);
        }
        // "the capital Bujumbura", "Congo's capital, Kinshasa": the city named after the
        // word, when it is in that country (the gazetteer's capital of Burundi is Gitega
        // since 2019).
        let named = words.get(k + 1).and_then(|&(s, next)| {
            let next = next.strip_suffix("'s").unwrap_or(next);
            if !next.starts_with(char::is_uppercase) {
                return None;
            }
            let place = place_in(next, &iso3)?;
            Some(Location::of_place(
                next,
                Span::new(s, s + next.len()),
                place,
                gazetteer,
            ))
        });
        if let Some(city) = named {
            out.push(city);
            continue;
        }
        let Some(capital) = gazetteer.capital(&iso3) else {
            continue;
        };
        let place = place_in(capital, &iso3);
        out.push(Location {
            name: text[start..at + w.len()].to_string(),
            canonical: Some(capital.to_string()),
            admin1: place
                .and_then(|p| gazetteer.unit_of_place(p))
                .map(|u| u.name),
            country: Some(iso3.clone()),
            latitude: place.map(|p| p.latitude),
            longitude: place.map(|p| p.longitude),
            precision: 1,
            span: Span::new(start, at + w.len()),
        });
    }
    out
}

/// The places of an event's sentences: names after a lead word or before an administrative
/// word, capitals named by their country, and names the gazetteer knows by their own name in
/// the article's countries ("a popular Mogadishu hotel").
pub(crate) fn places_in(
    text: &str,
    span: Span,
    gazetteer: &Gazetteer,
    article: &ArticlePlaces,
) -> Vec<Location> {
    let countries = &article.countries[..];
    let mut out = places_named(text, article.within(span), gazetteer, countries);
    out.extend(capitals(text, span, gazetteer, countries));
    // The spans read so far, by start, with the furthest end up to each: whether a word lies
    // inside one is a binary search, not a scan (a text of many names stays linear). Places
    // added below are single words before the next word, so they cover none of the later ones.
    let mut read: Vec<(usize, usize)> = out.iter().map(|l| (l.span.start, l.span.end)).collect();
    read.sort_unstable();
    let mut furthest = 0;
    for span in &mut read {
        furthest = furthest.max(span.1);
        span.1 = furthest;
    }
    // "mayor-elect Alba Mier Castellanos", "Stalin Sanchez Gonzalez": a word of a longer
    // capitalized name is part of that name (a lead, a date or a unit word beside it is not:
    // "In Mogadishu", "Baghdad Thursday", "Kano State").
    let name_word = |(at, w): (usize, &str)| {
        let w = w.strip_suffix("'s").unwrap_or(w);
        w.starts_with(char::is_uppercase)
            && !is_in(&PLACE_LEADS, w)
            && !is_in(&NOT_MODIFIERS, w)
            && !is_in(&DESCRIPTIVE, w)
            && !is_in(&DIRECTIONS, w)
            && !names_a_date(text, at, w)
    };
    // Two words side by side, one space apart.
    let adjacent = |a: (usize, &str), b: (usize, &str)| &text[a.0 + a.1.len()..b.0] == " ";
    let mut previous: Option<(usize, &str)> = None;
    // The last words read, newest first: enough for [`elsewhere`].
    let mut recent: [&str; 4] = [""; 4];
    for (at, w) in words_in(text, span.start, span.end) {
        let before_this = previous.replace((at, w));
        let back = recent;
        recent.rotate_right(1);
        recent[0] = w;
        if !w.starts_with(char::is_uppercase) || elsewhere(back.into_iter()) {
            continue;
        }
        let before = read.partition_point(|&(start, _)| start <= at);
        let covered = before > 0 && read[before - 1].1 > at;
        let not_place = is_in(&NOT_MODIFIERS, w) || is_in(&MONTHS, w) || is_in(&WEEKDAYS, w);
        if covered || not_place {
            continue;
        }
        // "Mr. García": a person.
        let after_honorific = before_this.is_some_and(|(b_at, b)| {
            is_in(&HONORIFICS, b) && text[b_at + b.len()..at].trim_start_matches('.') == " "
        });
        let inside_name = after_honorific
            || before_this.is_some_and(|b| name_word(b) && adjacent(b, (at, w)))
            || words_in(text, at + w.len(), span.end)
                .next()
                .is_some_and(|n| name_word(n) && adjacent((at, w), n));
        if inside_name {
            continue;
        }
        let folded = fold(w.strip_suffix("'s").unwrap_or(w));
        // Only a place's own name counts here, which the gazetteer holds as written; a
        // country's name is the country ("BOGOTA, Colombia (AP)" is no town of Huila).
        if !gazetteer.has_name(&folded) || gazetteer.country_named(&folded).is_some() {
            continue;
        }
        // In the article's countries; or, with none, a city of its own name big enough to be
        // what the name means ("hit Baghdad on Monday").
        let place = gazetteer.places(&folded).into_iter().find(|p| {
            let in_context = among(gazetteer, &p.country, countries);
            let major = countries.is_empty() && p.population >= MAJOR_CITY;
            Gazetteer::is_official(p, &folded) && (in_context || major)
        });
        if let Some(p) = place {
            let location = Location::of_place(w, Span::new(at, at + w.len()), p, gazetteer);
            out.push(match unit_rather_than(w, p, gazetteer, countries) {
                Some(unit) => Location::of_unit_named(location, unit),
                None => location,
            });
        }
    }
    out.sort_by_key(|l| l.span.start);
    out
}

/// Whether a name ends with a word of a second-order unit: "Nad Ali District", "Gwer East
/// LGA".
fn names_second_order_unit(written: &str) -> bool {
    SECOND_ORDER_UNITS.iter().any(|unit| {
        written.len() > unit.len()
            && written.is_char_boundary(written.len() - unit.len())
            && written[written.len() - unit.len()..].eq_ignore_ascii_case(unit)
    })
}

/// "Nad Ali district of Helmand": a second-order unit the gazetteer does not know is in the
/// first-order unit of the nearest place of its country that has one, among an event's places.
pub(crate) fn place_unknown_units(places: &mut [Location]) {
    let mut known: Vec<(usize, Option<String>, String)> = places
        .iter()
        .filter_map(|l| Some((l.span.start, l.country.clone(), l.admin1.clone()?)))
        .collect();
    known.sort_by_key(|(s, _, _)| *s);
    for l in places.iter_mut() {
        if l.canonical.is_some() || l.admin1.is_some() || l.precision != 3 {
            continue;
        }
        let at = l.span.start;
        let after = known.partition_point(|(s, _, _)| *s < at);
        // The nearest on each side of its country, the one after first on a tie; a few
        // names on each side are looked at, so many names stay linear.
        let of_country = |(_, c, _): &&(usize, Option<String>, String)| *c == l.country;
        let before_it = known[..after]
            .iter()
            .rev()
            .take(NEAR_NAMES)
            .find(of_country);
        let after_it = known[after..].iter().take(NEAR_NAMES).find(of_country);
        l.admin1 = [before_it, after_it]
            .into_iter()
            .flatten()
            .min_by_key(|(s, _, _)| (s.abs_diff(at), *s < at))
            .map(|(_, _, a)| a.clone());
    }
}

/// How many known names on each side of an unknown unit may give its first-order unit.
const NEAR_NAMES: usize = 8;

/// Whether a second-order unit's word follows `text[..end]`: "Nad Ali district", "Agatu local
/// government area".
fn second_order_after(text: &str, end: usize) -> bool {
    let after = &text[end..];
    SECOND_ORDER_UNITS.iter().any(|unit| {
        after
            .get(..unit.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(unit))
            && !after[unit.len()..].starts_with(char::is_alphanumeric)
    })
}

/// "northern Sinai", "the north of Darfur": the first-order unit named for that part of the
/// name ("North Sinai", "North Darfur"), when exactly one in the article's countries is.
fn directional_unit(
    text: &str,
    s: usize,
    e: usize,
    gazetteer: &Gazetteer,
    countries: &[String],
) -> Option<Location> {
    // The direction word and where it starts: "northern Sinai", or "the north of Sinai".
    let before = text[..s].trim_end();
    let (rest, last) = before.rsplit_once(' ').unwrap_or(("", before));
    let (start, word) = if last == "of" {
        let (rest_before, noun) = rest.rsplit_once(' ').unwrap_or(("", rest));
        let the = rest_before.rsplit(' ').next().unwrap_or("");
        if !the.eq_ignore_ascii_case("the") {
            return None;
        }
        (rest.len() - noun.len(), noun)
    } else {
        (before.len() - last.len(), last)
    };
    // A capitalized direction is part of the name already ("North Sinai").
    if !word.starts_with(char::is_lowercase) {
        return None;
    }
    if !is_in(&DIRECTIONS, word) {
        return None;
    }
    // The gazetteer reads "northern Sinai" as "North Sinai"; "northern Sinai Peninsula" too.
    let written = &text[s..e];
    let name = written
        .rsplit_once(' ')
        .filter(|(_, last)| is_in(&LAND_FORMS, last))
        .map_or(written, |(name, _)| name);
    let units: Vec<&Subdivision> = gazetteer
        .subdivisions(&fold(&format!("{word} {name}")))
        .iter()
        .filter(|u| countries.is_empty() || among(gazetteer, u.country(), countries))
        .collect();
    let [unit] = units[..] else {
        return None;
    };
    Some(Location::of_unit(
        &text[start..e],
        Span::new(start, e),
        unit,
        gazetteer,
    ))
}

/// A folded name before its descriptive words: "borno" of "borno state", "somali" of "somali
/// regional state".
fn without_unit_words(folded: &str) -> &str {
    let mut base = folded;
    while let Some((rest, last)) = base.rsplit_once(' ') {
        if !is_in(&ADMIN_WORDS, last) && !is_in(&DESCRIPTIVE, last) {
            break;
        }
        base = rest;
    }
    base
}

/// The first-order unit written `written` ("Aleppo province", "Jowzjan Province") in one of
/// `countries`, where the gazetteer knows it.
fn unit_named(
    written: &str,
    unit_word: &str,
    gazetteer: &Gazetteer,
    countries: &[String],
    spelling: Spelling,
) -> Option<Unit> {
    let folded = fold(written);
    let base = without_unit_words(&folded);
    let by_geonames = || {
        countries
            .iter()
            .filter_map(|c| gazetteer.country(c))
            .find_map(|c| gazetteer.unit_named(base, &c.iso2))
    };
    let by_iso = || {
        let units = match spelling {
            Spelling::Tolerant => gazetteer.units_called(base),
            Spelling::Exact => gazetteer
                .has_unit(base)
                .then(|| gazetteer.subdivisions(base))?,
        };
        let fits =
            |u: &&Subdivision| countries.is_empty() || among(gazetteer, u.country(), countries);
        // "Plateau state": of a country whose units are states, when several fit.
        units
            .iter()
            .filter(fits)
            .find(|u| of_unit_word(unit_word, u, gazetteer))
            .or_else(|| units.iter().find(fits))
            .map(|u| gazetteer.unit_of_subdivision(u))
    };
    by_geonames().or_else(by_iso)
}

/// The word of the kind of unit `text[s..e]` names, in it or right after it (before `end`):
/// "State" in "Plateau State", "state" in "in Plateau state" and "Borno State's"; empty
/// when there is none.
fn unit_word(text: &str, s: usize, e: usize, end: usize) -> &str {
    let last = text[s..e].rsplit_once(' ').map_or("", |(_, w)| w);
    if is_in(&ADMIN_WORDS, last) {
        return last;
    }
    let after = &text[e..end];
    lookup(&ADMIN_WORDS, after).map_or("", |(rest, ())| {
        let from = after.len() - skip_space(after).len();
        &after[from..after.len() - rest.len()]
    })
}

/// Whether `unit` is of a country whose first-order units go by `unit_word` ("Plateau
/// state" and Nigeria's states; see `UNIT_WORD_COUNTRIES`).
fn of_unit_word(unit_word: &str, unit: &Subdivision, gazetteer: &Gazetteer) -> bool {
    lookup(&UNIT_WORD_COUNTRIES, unit_word).is_some_and(|(_, isos)| {
        gazetteer
            .iso3(unit.country())
            .is_some_and(|c| isos.contains(&c))
    })
}

/// How a name must be written to be a unit's: as the gazetteer writes it, or also spelled
/// like it ("Saada province" is Sa'dah's).
#[derive(Clone, Copy)]
enum Spelling {
    Exact,
    Tolerant,
}

/// Whether a country (ISO alpha-2) is one of `countries` (ISO alpha-3).
fn among(gazetteer: &Gazetteer, iso2: &str, countries: &[String]) -> bool {
    gazetteer
        .iso3(iso2)
        .is_some_and(|c| countries.iter().any(|x| x == c))
}

/// "killed in Guerrero": a bare name of a first-order unit of the place's country is that
/// unit, not a small town of another unit called so (Ciudad Guerrero, Chihuahua); a town in
/// the unit of its name may be meant, and a big city is what its name means ("Sanaa",
/// "Mexico City"). The unit meant, if so.
fn unit_rather_than(
    written: &str,
    place: &Place,
    gazetteer: &Gazetteer,
    countries: &[String],
) -> Option<Unit> {
    if place.population >= MAJOR_CITY {
        return None;
    }
    // Units of exactly that name only (no spelling search): most names are none.
    let unit = unit_named(written, "", gazetteer, countries, Spelling::Exact)?;
    let of_place = gazetteer.unit_of_place(place)?;
    (fold(&unit.name) == fold(written)
        && of_place.is(&unit) == Some(false)
        && of_place.country() == unit.country())
    .then_some(unit)
}

/// Most bytes between a place's name, or a smaller unit after it, and the next unit of the
/// chain to its container ("Kaure village in Shiroro local government area of Niger state").
const MAX_CONTAINER_GAP: usize = 60;
/// Most bytes between a place's name and its container's.
const MAX_CONTAINER_CHAIN: usize = 120;

/// The first-order unit named right after the place at `k` of `found`, in its sentence, as
/// the place's container ("Kaure village in Shiroro local government area of Niger state"):
/// smaller units and places may come between, linked by [`CONTAINER_LINKS`] and the like.
/// `units` holds the unit each candidate names, if any.
fn container_unit<'u>(
    text: &str,
    found: &[(usize, usize, bool)],
    units: &'u [Option<Unit>],
    k: usize,
) -> Option<&'u Unit> {
    let place_end = found.get(k)?.1;
    let mut end = place_end;
    for (&(s, e, _), unit) in found.get(k + 1..)?.iter().zip(units.get(k + 1..)?) {
        // The whole chain is short: a list of names is no chain of containers.
        if s.saturating_sub(place_end) > MAX_CONTAINER_CHAIN {
            return None;
        }
        let gap = text.get(end..s)?;
        let links = gap.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            [
                &CONTAINER_LINKS,
                &DESCRIPTIVE,
                &SETTLEMENT_WORDS,
                &ADMIN_WORDS,
            ]
            .iter()
            .any(|table| is_in(table, w))
                || is_in(&DIRECTIONS, w)
        });
        if !links || gap.len() > MAX_CONTAINER_GAP {
            return None;
        }
        if unit.is_some() {
            return unit.as_ref();
        }
        end = e;
    }
    None
}

/// Places named after a lead word or before an administrative word, resolved where the
/// gazetteer knows them; the country of an unresolved one is the article's first country.
fn places_named(
    text: &str,
    found: &[(usize, usize, bool)],
    gazetteer: &Gazetteer,
    countries: &[String],
) -> Vec<Location> {
    // The first-order units the text names: "Tejeras in central Comayagua province" is the
    // Tejeras there, not Lempira's.
    // The unit each candidate names, where it is a known one called so.
    let units_named: Vec<Option<Unit>> = found
        .iter()
        .map(|&(s, e, admin)| {
            admin
                .then(|| {
                    let kind = unit_word(text, s, e, text.len());
                    unit_named(&text[s..e], kind, gazetteer, countries, Spelling::Tolerant)
                })
                .flatten()
        })
        .collect();
    let admin1 = found
        .iter()
        .zip(&units_named)
        .find(|(&(s, e, admin), unit)| admin && (unit.is_some() || !names_no_place(&text[s..e])))
        .map(|(&(s, e, _), unit)| unit.as_ref().map_or(&text[s..e], |u| &u.name).to_string());
    let any_unit_named = units_named.iter().any(Option::is_some);
    let in_units_named = |p: &&&Place| {
        any_unit_named
            && gazetteer.unit_of_place(p).is_some_and(|unit| {
                units_named
                    .iter()
                    .flatten()
                    .any(|named| named.is(&unit) == Some(true))
            })
    };
    let mut out = Vec::new();
    for (k, &(s, e, admin)) in found.iter().enumerate() {
        let e = before_country_possessive(text, s, e, gazetteer).unwrap_or(e);
        // Read only where it may change the place: most names have no unit after them.
        let container = || {
            (any_unit_named && !admin)
                .then(|| container_unit(text, found, &units_named, k))
                .flatten()
        };
        if let Some(unit) = directional_unit(text, s, e, gazetteer, countries) {
            out.push(unit);
            continue;
        }
        let written = text[s..e].to_string();
        // "Yala Local Government Area" is in Nigeria, whatever Yala is abroad: a kind of unit
        // only one country has keeps the name in that country.
        let kind_country = words_in(&written, 0, written.len())
            .find_map(|(at, _)| lookup(&UNIT_KINDS_OF_ONE_COUNTRY, &written[at..]))
            .map(|(_, iso3)| [iso3.to_string()]);
        let countries = kind_country.as_ref().map_or(countries, |only| &only[..]);
        let may_be_abroad = kind_country.is_none();
        // The name, or a prefix of it before descriptive words: "Khalis" in "Khalis Town".
        let words: Vec<&str> = written.split(' ').collect();
        let descriptive_from = (1..=words.len())
            .rev()
            .take_while(|&n| n == words.len() || words[n..].iter().all(|w| is_in(&DESCRIPTIVE, w)))
            .last()
            .unwrap_or(words.len());
        // "General Qassem Soleimani" is a person; "General Santos City" a place.
        let known = |n: usize| gazetteer.has_name(&fold(&words[..n].join(" ")));
        if lookup(&RANKS, &written).is_some() && !(descriptive_from..=words.len()).any(known) {
            continue;
        }
        let resolved = (descriptive_from..=words.len()).rev().find_map(|n| {
            let folded = fold(&words[..n].join(" "));
            let places = gazetteer.places(&folded);
            // In the article's countries, the first named first: "La Paz" of an article about
            // Mexico is Mexico's, though Bolivia's is bigger.
            // A name only spelled like places' means none in another unit than the ones the
            // text names ("Ancha village in Bassa ... Plateau state" is no Anchau of Kaduna).
            let spelled_only = !gazetteer.has_name(&folded);
            let in_country = countries.iter().find_map(|c| {
                let mut of_country = places
                    .iter()
                    .filter(|p| gazetteer.iso3(&p.country) == Some(c.as_str()));
                let first = of_country
                    .clone()
                    .next()
                    .filter(|_| !(spelled_only && any_unit_named));
                of_country.find(in_units_named).or(first)
            });
            // An article about known countries names no place abroad by a bare name ("Kaga
            // Local Government Area" of a Nigerian story is not Kaga, Japan); without a known
            // country only a place's own name counts, or a variant of a city big enough to be
            // what the name means ("Fallujah"), not a small town's ("Palmyra" is a former name
            // of a Brazilian town; "Ngaoundaye" is Ngaoundaye).
            // A name only spelled like places' means the closest of them or none ("province of
            // Saada" is Sa'dah's, not Sidon's "Saida").
            let abroad = || {
                let known =
                    |p: &&&Place| Gazetteer::is_official(p, &folded) || p.population >= MAJOR_CITY;
                let mut candidates = places
                    .iter()
                    .filter(|_| countries.is_empty() && may_be_abroad);
                if gazetteer.has_name(&folded) {
                    candidates.find(known)
                } else {
                    candidates.next().filter(known)
                }
            };
            in_country.or_else(abroad).copied()
        });
        let country_itself = gazetteer.country_named(&fold(&written)).or_else(|| {
            lookup(&COUNTRY_NAMES, &written)
                .filter(|(rest, _)| rest.is_empty())
                .and_then(|(_, iso3)| gazetteer.country(iso3))
        });
        // A first-order unit of a named country ("Borno State", "Jowzjan Province").
        let subdivision = (descriptive_from..=words.len()).rev().find_map(|n| {
            let folded = fold(&words[..n].join(" "));
            let units = if admin {
                gazetteer.units_called(&folded)
            } else {
                gazetteer.subdivisions(&folded)
            };
            // A unit abroad must be called one, or be in an article of no known country, or
            // share its name with a town of its country ("Amran"): the "Red Sea port city of
            // Hodeidah" in Yemen is not Sudan's Red Sea state.
            // Abroad, only a unit's own name counts once the article's countries are known
            // ("Moyu County" in Xinjiang is not Uganda's Moyo).
            let spelled_as_written = countries.is_empty() || gazetteer.has_unit(&folded);
            let abroad = |u: &&Subdivision| {
                may_be_abroad && admin && spelled_as_written
                    || may_be_abroad
                        && resolved.is_none()
                        && (countries.is_empty()
                            || gazetteer.has_name(&folded)
                                && gazetteer
                                    .places(&folded)
                                    .iter()
                                    .any(|p| p.country == u.country()))
            };
            units
                .iter()
                .find(|u| among(gazetteer, u.country(), countries))
                .or_else(|| units.first().filter(abroad))
                .cloned()
        });
        // "Niger state": the unit, not the country.
        let country_itself =
            country_itself.filter(|_| !(admin && gazetteer.has_unit(&fold(&written))));
        let location = match (resolved, country_itself) {
            (_, Some(c)) => Location {
                name: written,
                canonical: Some(c.name.clone()),
                admin1: None,
                country: Some(c.iso3.clone()),
                latitude: None,
                longitude: None,
                precision: 6,
                span: Span::new(s, e),
            },
            (Some(p), None) => {
                let place = Location::of_place(&written, Span::new(s, e), p, gazetteer);
                // "Durak ... in Hakkari province": the gazetteer's Durak is in Balikesir, so
                // the Durak meant is one it does not know.
                let elsewhere = container().filter(|unit| {
                    gazetteer
                        .unit_of_place(p)
                        .is_some_and(|of_place| of_place.is(unit) == Some(false))
                });
                let unit_elsewhere = (!admin)
                    .then(|| unit_rather_than(&written, p, gazetteer, countries))
                    .flatten();
                // "Guerrero state" is the unit, not the Ciudad Guerrero of another one.
                let unit_written = subdivision.as_ref().filter(|unit| {
                    admin
                        && gazetteer.unit_of_place(p).is_some_and(|of_place| {
                            of_place.is(&gazetteer.unit_of_subdivision(unit)) == Some(false)
                        })
                });
                if let Some(unit) = unit_written {
                    Location::of_unit(&written, Span::new(s, e), unit, gazetteer)
                } else if let Some(unit) = elsewhere {
                    Location {
                        canonical: None,
                        admin1: Some(unit.name.clone()),
                        latitude: None,
                        longitude: None,
                        precision: 7,
                        ..place
                    }
                } else if let Some(unit) = unit_elsewhere {
                    Location::of_unit_named(place, unit)
                } else {
                    // "Nad Ali District", or "Pulwama district" with the word after the name.
                    let second_order =
                        names_second_order_unit(&written) || second_order_after(text, e);
                    // "Koro area, Mopti Region": a unit word ends the name of a listed place.
                    let first_order = admin
                        || written
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| last != written && is_in(&ADMIN_WORDS, last));
                    Location {
                        admin1: place.admin1.clone().or_else(|| admin1.clone()),
                        precision: match (first_order, second_order) {
                            (true, _) => 4,
                            (false, true) => 3,
                            (false, false) => 1,
                        },
                        ..place
                    }
                }
            }
            (None, None) => match subdivision {
                Some(unit) => Location::of_unit(&written, Span::new(s, e), &unit, gazetteer),
                None if names_no_place(&written) => continue,
                None => Location {
                    // "Nad Ali district of Helmand", "Gwer East LGA": a second-order unit the
                    // gazetteer does not know is still one (UCDP precision 3).
                    precision: if admin {
                        4
                    } else if names_second_order_unit(&written) || second_order_after(text, e) {
                        3
                    } else {
                        7
                    },
                    name: written,
                    canonical: None,
                    admin1: container()
                        .map(|u| u.name.clone())
                        .or_else(|| admin1.clone()),
                    // Set below, from the places resolved beside it.
                    country: None,
                    latitude: None,
                    longitude: None,
                    span: Span::new(s, e),
                },
            },
        };
        let location = located_as_written(text, location, gazetteer);
        // "a bombing south of Baghdad", "near Beni": near the place, not in it (UCDP
        // precision 2).
        let precision = match location.precision {
            1 if after_bearing(text, location.span.start) => 2,
            p => p,
        };
        out.push(Location {
            precision,
            ..location
        });
    }
    // A name the gazetteer does not know lies where the names beside it that it knows do
    // ("the Amazonian state of Roraima on the frontier with Venezuela" is in Brazil, "Gouderi
    // town in Cameroon's Far North Region" in Cameroon), or else in the article's first
    // country.
    // The nearest known name counts, the one after first on a tie ("Jakawa, in Ethiopia's
    // Gambella region").
    // Sorted by start, so that the nearest is a binary search (linear in many names).
    // A name after "from" is where something came from ("shelling from India"), not where it
    // landed.
    let origin = |l: &Location| {
        let before = text[..l.span.start].trim_end();
        before.len() >= 5
            && before.is_char_boundary(before.len() - 5)
            && before[before.len() - 5..].eq_ignore_ascii_case(" from")
    };
    let mut known: Vec<(usize, Option<String>)> = out
        .iter()
        .filter(|l| l.canonical.is_some() && !origin(l))
        .map(|l| (l.span.start, l.country.clone()))
        .collect();
    known.sort_by_key(|&(s, _)| s);
    for l in out.iter_mut().filter(|l| l.country.is_none()) {
        let at = l.span.start;
        let after = known.partition_point(|&(s, _)| s < at);
        let nearest = [after.checked_sub(1), Some(after)]
            .into_iter()
            .flatten()
            .filter_map(|k| known.get(k))
            .min_by_key(|(s, _)| (s.abs_diff(at), *s < at))
            .and_then(|(_, c)| c.clone());
        l.country = nearest.or_else(|| countries.first().cloned());
    }
    out
}
