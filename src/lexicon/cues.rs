//! Words around a count that mark it as a subset, an aggregate or a whole-war toll.

/// Before a count: it is part of a count given just before ("including four officers").
pub(crate) const SUBSET_BEFORE: &[(&str, ())] = &[
    ("including", ()),
    ("among them", ()),
    ("among whom", ()),
    ("amongst them", ()),
    ("among those", ()),
    ("of whom", ()),
    ("of which", ()),
];

/// Before a count: it shares the outcome of the count given just before ("along with 35 troops").
pub(crate) const ALONG_WITH: &[(&str, ())] = &[
    ("along with", ()),
    ("as well as", ()),
    ("together with", ()),
    ("alongside", ()),
    ("plus", ()),
    ("with", ()),
];

/// After "among the": nouns that make "were among the dead" a subset of a toll.
pub(crate) const AMONG_THE: &[(&str, ())] = &[
    ("dead", ()),
    ("killed", ()),
    ("victims", ()),
    ("casualties", ()),
    ("wounded", ()),
    ("injured", ()),
    ("fatalities", ()),
];

/// Subjects whose killings are a whole-war toll ("the conflict has killed 320,000 people").
pub(crate) const CUMULATIVE_SUBJECTS: &[(&str, ())] = &[
    ("war", ()),
    ("wars", ()),
    ("conflict", ()),
    ("insurgency", ()),
    ("uprising", ()),
    ("revolt", ()),
    ("rebellion", ()),
    ("revolution", ()),
];

/// Phrases after a count that make it a whole-period toll ("so far this year").
pub(crate) const CUMULATIVE_AFTER: &[(&str, ())] = &[
    ("so far this year", ()),
    ("this year", ()),
    ("since the start", ()),
    ("since the beginning", ()),
    ("since the war", ()),
    ("since the conflict", ()),
    ("since it began", ()),
    ("since it started", ()),
    ("since starting", ()),
];

/// Phrases around a count that make it a sum over several incidents.
pub(crate) const AGGREGATE: &[(&str, ())] = &[
    ("a total of", ()),
    ("in total", ()),
    ("in all", ()),
    ("altogether", ()),
    ("combined", ()),
    ("across", ()),
];

/// Units of a span of time: "in 24 hours", "over the past two days" make a count an aggregate.
pub(crate) const SPAN_UNITS: &[(&str, ())] = &[
    ("hours", ()),
    ("days", ()),
    ("weeks", ()),
    ("months", ()),
    ("hour", ()),
    ("day", ()),
    ("week", ()),
];
