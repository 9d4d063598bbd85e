//! Casualty mentions: who was killed, injured, captured, missing or displaced, and how many.

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use crate::span::Span;

/// What happened to the victims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// Killed, dead, died, slain, lost their lives.
    Killed,
    /// Wounded, injured, hurt.
    Injured,
    /// Captured, kidnapped, abducted, taken hostage.
    Captured,
    /// Missing, unaccounted for.
    Missing,
    /// Displaced, forced to flee.
    Displaced,
}

/// How the number of a count was qualified in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Qualifier {
    /// A plain number: "35 troops".
    Exact,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over".
    MoreThan,
    /// "almost", "nearly".
    Almost,
    /// "about", "around", "some", "roughly".
    About,
    /// "up to", "as many as".
    UpTo,
    /// "fewer than", "less than".
    FewerThan,
    /// "between 20 and 30", "20 to 30", "20-30".
    Range,
    /// A vague word with no number: "dozens", "several".
    Vague,
}

/// Vague quantity words, each standing for an honest range (see [`Vague::range`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Vague {
    /// "a couple of": 2.
    Couple,
    /// "a few": 2 to 5.
    Few,
    /// "a handful": 2 to 9.
    Handful,
    /// "several": 3 to 9.
    Several,
    /// "dozens": 24 to 99.
    Dozens,
    /// "tens of" (a translation of Arabic and French news): 20 to 99.
    Tens,
    /// "scores": 40 to 99.
    Scores,
    /// "hundreds": 200 to 999.
    Hundreds,
    /// "thousands": 2,000 to 9,999.
    Thousands,
    /// "tens of thousands": 20,000 to 99,999.
    TensOfThousands,
    /// "hundreds of thousands": 200,000 to 999,999.
    HundredsOfThousands,
    /// "millions": at least 2,000,000.
    Millions,
    /// "many", "numerous", "others", or a number that is not given: at least 1.
    Many,
}

impl Vague {
    /// The range `(low, high)` the word stands for; `high` is `None` when unbounded.
    pub fn range(self) -> (u64, Option<u64>) {
        match self {
            Vague::Couple => (2, Some(2)),
            Vague::Few => (2, Some(5)),
            Vague::Handful => (2, Some(9)),
            Vague::Several => (3, Some(9)),
            Vague::Dozens => (24, Some(99)),
            Vague::Tens => (20, Some(99)),
            Vague::Scores => (40, Some(99)),
            Vague::Hundreds => (200, Some(999)),
            Vague::Thousands => (2_000, Some(9_999)),
            Vague::TensOfThousands => (20_000, Some(99_999)),
            Vague::HundredsOfThousands => (200_000, Some(999_999)),
            Vague::Millions => (2_000_000, None),
            Vague::Many => (1, None),
        }
    }
}

/// A count as stated, with the range it supports in UCDP's low / best / high terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Count {
    /// The number written in the text ("35" in "at least 35"); `None` for vague words.
    /// For ranges, the lower bound. Numbers too large for `u64` are clamped to `u64::MAX`.
    pub value: Option<u64>,
    /// The upper bound of a range ("30" in "between 20 and 30").
    pub upper: Option<u64>,
    /// How the number was qualified.
    pub qualifier: Qualifier,
    /// The vague word, when there is no number.
    pub vague: Option<Vague>,
    /// Where the count was written.
    pub span: Span,
}

impl Count {
    /// The most conservative figure the text supports.
    ///
    /// "at least 35" and "more than 35" give 35 (UCDP codes the stated figure, not 36).
    /// "almost 50", "about 50" and "up to 50" state no lower bound, so they give `None`;
    /// a vague word gives the low end of its range.
    pub fn low(&self) -> Option<u64> {
        match self.qualifier {
            Qualifier::Exact | Qualifier::AtLeast | Qualifier::MoreThan | Qualifier::Range => {
                self.value
            }
            Qualifier::Almost | Qualifier::About | Qualifier::UpTo | Qualifier::FewerThan => None,
            Qualifier::Vague => self.vague.map(|v| v.range().0),
        }
    }

    /// The best single estimate: the stated figure, or for a range its lower bound.
    /// Vague words have no best estimate.
    pub fn best(&self) -> Option<u64> {
        match self.qualifier {
            Qualifier::Vague => None,
            _ => self.value,
        }
    }

    /// The highest figure the text supports, when it states one.
    pub fn high(&self) -> Option<u64> {
        match self.qualifier {
            Qualifier::Exact | Qualifier::Almost | Qualifier::UpTo | Qualifier::FewerThan => {
                self.value
            }
            Qualifier::Range => self.upper,
            Qualifier::About | Qualifier::AtLeast | Qualifier::MoreThan => None,
            Qualifier::Vague => self.vague.and_then(|v| v.range().1),
        }
    }
}

/// A side in a conflict, as a short canonical code (`"GOV"`, `"IS"`, `"HTS"`, `"RUS"`,
/// `"civilians"`, ...). See the lexicon documentation for the list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Side(Cow<'static, str>);

impl Side {
    /// A side from its code.
    pub fn new(code: impl Into<Cow<'static, str>>) -> Side {
        Side(code.into())
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Serialize for Side {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Who the victims are, broadly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VictimClass {
    /// Civilians, or people named by a civilian role (farmers, journalists, children).
    Civilian,
    /// Soldiers, police, fighters, militants.
    Combatant,
    /// People, persons, victims: the text does not say.
    Unknown,
}

/// The victims of a count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Victims {
    /// The side the words put them on, if any.
    pub side: Option<Side>,
    /// Civilians, combatants or unknown.
    pub class: VictimClass,
    /// The words naming them ("regime troops and loyalist militiamen"); empty span when the
    /// count stands alone ("15 wounded").
    pub span: Span,
}

/// Flags that tell how a count relates to the others of its article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct CasualtyFlags {
    /// A total over several incidents or counts of the article ("over 150 dead in 24 hours").
    pub aggregate: bool,
    /// A whole-war or whole-period toll: background, not an event.
    pub cumulative: bool,
    /// Part of another count ("including four officers", "were among the dead").
    pub subset: bool,
    /// Adds to a count given before ("another eight soldiers", "14 others").
    pub additive: bool,
    /// The count denies casualties ("no one was killed").
    pub negated: bool,
    /// Said in the article's headline zone.
    pub headline: bool,
    /// A party to the fighting says it, of its enemies ("The Taliban said in a statement that
    /// its fighters had killed 54 soldiers"); totals and events leave it out when another
    /// count of its outcome is not a claim (UCDP and ACLED code the neutral source's figure).
    pub claimed: bool,
    /// Another source gives another figure for the same victims ("police said seven were
    /// killed, although villagers said more than 10"): the event's row spans both, low to
    /// high.
    pub conflicting: bool,
    /// Of an earlier incident the article recalls, in a sentence that opens with a date a
    /// month or more before the article's ("In 2014, Islamic State militants killed 1,700
    /// cadets"): the article's totals leave it out when another count of its outcome tells of
    /// something later; its own event keeps it, with its date. Set only when the article has
    /// a date ([`crate::Parser::parse_article`]).
    pub earlier: bool,
}

/// One casualty mention: a count, its victims and what happened to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Casualty {
    /// What happened.
    pub outcome: Outcome,
    /// How many.
    pub count: Count,
    /// Who.
    pub victims: Victims,
    /// How the count relates to the others.
    pub flags: CasualtyFlags,
    /// The whole phrase the mention was read from.
    pub span: Span,
    /// The victims are named "civilians" as such, which contrasts them with the rest of a
    /// count they are part of ("10 people, including five civilians"), unlike a civilian
    /// role ("including five children").
    #[serde(skip)]
    pub(crate) civilians_as_such: bool,
    /// With [`CasualtyFlags::conflicting`], which estimate the count is (part of): the index
    /// of the estimate's first count, the same for the parts of one estimate.
    #[serde(skip)]
    pub(crate) estimate: usize,
    /// Told as one incident among others ("The deadliest attack ..."): no sum of parts.
    #[serde(skip)]
    pub(crate) one_incident: bool,
}
