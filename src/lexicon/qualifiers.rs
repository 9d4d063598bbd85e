//! Words that qualify a count ("at least 35"), and vague quantity words ("dozens").

use crate::lexicon::table::Lexicon;

use crate::casualty::{Qualifier, Vague};

/// Qualifiers written before a number. Longest phrases win at match time.
pub(crate) static BEFORE_NUMBER: Lexicon<Qualifier> = Lexicon::new(&[
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("more than", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("almost", Qualifier::Almost),
    ("nearly", Qualifier::Almost),
    ("close to", Qualifier::Almost),
    ("just under", Qualifier::Almost),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("estimated", Qualifier::About),
    ("an approximate", Qualifier::About),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    // Wire copy drops the first "as": "killed many as 50 people".
    ("many as", Qualifier::UpTo),
    ("at most", Qualifier::UpTo),
    // "residents said as high as 45 were killed": the highest estimate.
    ("as high as", Qualifier::UpTo),
    ("fewer than", Qualifier::FewerThan),
    ("less than", Qualifier::FewerThan),
    ("under", Qualifier::FewerThan),
]);

/// Vague quantities and the honest range each stands for (low, high).
pub(crate) static VAGUE: Lexicon<Vague> = Lexicon::new(&[
    ("a handful of", Vague::Handful),
    ("a handful", Vague::Handful),
    ("a few", Vague::Few),
    ("few", Vague::Few),
    ("a couple of", Vague::Couple),
    ("several", Vague::Several),
    ("dozens of", Vague::Dozens),
    ("dozens", Vague::Dozens),
    ("scores of", Vague::Scores),
    ("scores", Vague::Scores),
    ("hundreds of", Vague::Hundreds),
    ("hundreds", Vague::Hundreds),
    ("thousands of", Vague::Thousands),
    ("thousands", Vague::Thousands),
    ("tens of thousands of", Vague::TensOfThousands),
    ("tens of thousands", Vague::TensOfThousands),
    ("tens of", Vague::Tens),
    ("hundreds of thousands of", Vague::HundredsOfThousands),
    ("hundreds of thousands", Vague::HundredsOfThousands),
    ("millions of", Vague::Millions),
    ("millions", Vague::Millions),
    ("many", Vague::Many),
    ("numerous", Vague::Many),
    ("a number of", Vague::Many),
    ("a large number of", Vague::Many),
    // A number the source does not give is still a count of at least one.
    ("an unspecified number of", Vague::Many),
    ("an unknown number of", Vague::Many),
    ("an undisclosed number of", Vague::Many),
    ("an undetermined number of", Vague::Many),
    ("an unconfirmed number of", Vague::Many),
]);

/// Words before a number that make it a count of people: "a family of six".
pub(crate) static GROUP_OF: Lexicon<()> =
    Lexicon::new(&[("a family of", ()), ("family of", ()), ("a group of", ())]);

/// Words before a count saying it adds to one already given ("another eight", "a further 3").
pub(crate) static ADDITIVE: Lexicon<()> = Lexicon::new(&[
    ("another", ()),
    ("a further", ()),
    ("an additional", ()),
    ("additional", ()),
]);
