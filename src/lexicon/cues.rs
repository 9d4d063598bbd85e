//! Words around a count that mark it as a subset, an aggregate or a whole-war toll.

use crate::lexicon::table::Lexicon;

/// Before a count: it is part of a count given just before ("including four officers").
pub(crate) static SUBSET_BEFORE: Lexicon<()> = Lexicon::new(&[
    ("including", ()),
    ("among them", ()),
    ("among whom", ()),
    ("amongst them", ()),
    ("among those", ()),
    ("of whom", ()),
    ("of which", ()),
]);

/// Before a count: it shares the outcome of the count given just before ("along with 35 troops").
pub(crate) static ALONG_WITH: Lexicon<()> = Lexicon::new(&[
    ("along with", ()),
    ("as well as", ()),
    ("together with", ()),
    ("alongside", ()),
    ("plus", ()),
    ("with", ()),
]);

/// Before a count: it totals parts ("a total of 40").
pub(crate) static TOTAL_BEFORE: Lexicon<()> =
    Lexicon::new(&[("a total of", ()), ("total of", ()), ("in total", ())]);

/// Subjects that are several incidents: "A string of attacks across Iraq killed at least 31
/// people" sums them.
pub(crate) static SERIES_OF: Lexicon<()> = Lexicon::new(&[
    ("a string of", ()),
    ("a series of", ()),
    ("a wave of", ()),
    ("a spate of", ()),
    ("a spree of", ()),
    ("separate attacks", ()),
    ("separate incidents", ()),
    ("separate bombings", ()),
]);

/// After "among the": nouns that make "were among the dead" a subset of a toll.
pub(crate) static AMONG_THE: Lexicon<()> = Lexicon::new(&[
    ("dead", ()),
    ("killed", ()),
    ("victims", ()),
    ("casualties", ()),
    ("wounded", ()),
    ("injured", ()),
    ("fatalities", ()),
]);

/// Nouns right before a killing that make it a past incident remembered, not the article's:
/// "a ceremony marking the anniversary of the killing of Qassem Soleimani".
pub(crate) static REMEMBERED: Lexicon<()> = Lexicon::new(&[
    ("anniversary", ()),
    ("anniversaries", ()),
    ("commemoration", ()),
]);

/// Subjects whose killings are a whole-war toll ("the conflict has killed 320,000 people").
pub(crate) static CUMULATIVE_SUBJECTS: Lexicon<()> = Lexicon::new(&[
    ("war", ()),
    ("wars", ()),
    ("conflict", ()),
    ("insurgency", ()),
    ("uprising", ()),
    ("revolt", ()),
    ("rebellion", ()),
    ("revolution", ()),
    ("invasion", ()),
    ("occupation", ()),
    ("crackdown", ()),
]);

/// Verbs of a war's beginning: "since the insurgency began" counts from it ("the largest such
/// discovery since the country's civil war" does not).
pub(crate) static WAR_BEGAN: Lexicon<()> = Lexicon::new(&[
    ("began", ()),
    ("begun", ()),
    ("started", ()),
    ("erupted", ()),
    ("broke out", ()),
    ("flared", ()),
]);

/// Periods after "since" that open a running toll: "Since the start of the year, air strikes
/// have killed more than 700 people".
pub(crate) static PERIOD_STARTS: Lexicon<()> = Lexicon::new(&[
    ("the start of the year", ()),
    ("the beginning of the year", ()),
    ("the start of this year", ()),
    ("the beginning of this year", ()),
    ("the start of the month", ()),
    ("the beginning of the month", ()),
    ("the start of the war", ()),
    ("the beginning of the war", ()),
    ("the start of the conflict", ()),
    ("the beginning of the conflict", ()),
    ("the start of the fighting", ()),
    ("the beginning of the fighting", ()),
    ("the start of the offensive", ()),
    ("the start of the siege", ()),
    ("the start of the uprising", ()),
]);

/// Phrases after a count that make it a whole-period toll ("so far this year").
pub(crate) static CUMULATIVE_AFTER: Lexicon<()> = Lexicon::new(&[
    ("so far this year", ()),
    ("this year", ()),
    ("since the start", ()),
    ("since the beginning", ()),
    ("since the war", ()),
    ("since the conflict", ()),
    ("since it began", ()),
    // "more than 54,000 Palestinians have been killed in the war".
    ("in the war", ()),
    ("in the conflict", ()),
    ("in the civil war", ()),
    ("during the war", ()),
    ("during the conflict", ()),
    // "since the takeover": a seizure of power, an invasion or a rising opens a toll.
    ("since the takeover", ()),
    ("since the military takeover", ()),
    ("since the coup", ()),
    ("since the military coup", ()),
    ("since the invasion", ()),
    ("since the full-scale invasion", ()),
    ("since the uprising", ()),
    ("since the revolution", ()),
    ("since the insurgency", ()),
    ("since it started", ()),
    ("since starting", ()),
    ("in recent years", ()),
    // Months of incidents: "clashes ... which have killed dozens of people in recent months".
    ("in recent months", ()),
    ("over recent months", ()),
    ("in the past few months", ()),
    ("over the past few months", ()),
    ("over the years", ()),
    ("over recent years", ()),
    ("in the past few years", ()),
    ("over the past few years", ()),
    ("in the past decade", ()),
    ("over the past decade", ()),
    ("in the last decade", ()),
    ("over the last decade", ()),
]);

/// Phrases around a count that make it a sum over several incidents.
pub(crate) static AGGREGATE: Lexicon<()> = Lexicon::new(&[
    ("a total of", ()),
    ("in total", ()),
    ("in all", ()),
    ("altogether", ()),
    ("combined", ()),
    ("across", ()),
    // "wounded in the two attacks", "killed in two separate bomb attacks" (not "in both
    // communities": one raid on two villages).
    ("in the two", ()),
    ("in the three", ()),
    ("in two separate", ()),
    ("in three separate", ()),
    ("in separate", ()),
]);

/// Prepositions before the place something befell: "two in Bakhmut and three in Siversk".
pub(crate) static PLACE_PREPOSITIONS: Lexicon<()> = Lexicon::new(&[
    ("in", ()),
    ("near", ()),
    ("at", ()),
    ("around", ()),
    ("outside", ()),
]);

/// Words that open a span of time: "in 24 hours", "over the past two days", "within a week".
pub(crate) static SPAN_LEADS: Lexicon<()> =
    Lexicon::new(&[("in", ()), ("over", ()), ("within", ())]);

/// Words between a span's lead and its number or unit; `true` for those that measure it
/// ("the past 24 hours", not "the day").
pub(crate) static SPAN_FILLERS: Lexicon<bool> =
    Lexicon::new(&[("the", false), ("past", true), ("last", true)]);

/// Units of a span of time: "in 24 hours", "over the past two days" make a count an aggregate.
pub(crate) static SPAN_UNITS: Lexicon<()> = Lexicon::new(&[
    ("hours", ()),
    ("days", ()),
    ("weeks", ()),
    ("months", ()),
    ("hour", ()),
    ("day", ()),
    ("week", ()),
]);
