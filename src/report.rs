//! What the parser found in one article.

use chrono::NaiveDate;
use serde::Serialize;

use crate::casualty::{Casualty, Outcome};
use crate::event::Event;
use crate::resolve::{Scope, Total};
use crate::time::{Dateline, Timex};

/// Everything found in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The article's date, as the caller gave it.
    pub date: Option<NaiveDate>,
    /// The date in the article's header, if it has one.
    pub dateline: Option<Dateline>,
    /// The date relative expressions were resolved against: the caller's, else the dateline's.
    pub reference_date: Option<NaiveDate>,
    /// Every temporal expression, in text order, resolved against `reference_date`.
    pub timexes: Vec<Timex>,
    /// The incidents the article reports, in text order (see [`Event`]).
    pub events: Vec<Event>,
    /// Every casualty mention, in text order.
    pub casualties: Vec<Casualty>,
    /// How many were killed in what the article reports (see [`Report::total`]).
    pub killed: Option<Total>,
    /// How many were injured in what the article reports.
    pub injured: Option<Total>,
}

impl Report {
    /// The article total for any outcome, without double counting.
    ///
    /// Whole-war tolls, subsets ("including four officers") and repeats of the same figure
    /// (a headline and a lead) are left out; counts marked as additional ("another eight",
    /// "14 others") are added to the count before them; the total is the largest such sum or
    /// aggregate. `Some(0)` when the article denies casualties ("no one was hurt"); `None`
    /// when it gives no number.
    pub fn total(&self, outcome: Outcome) -> Option<u64> {
        self.total_in(outcome, Scope::AllVictims)
    }

    /// The article total for an outcome, counting only the victims `scope` names.
    ///
    /// ```
    /// use conflict_events::{Outcome, Parser, Scope};
    ///
    /// let report = Parser::new().parse("The blast killed seven people, including two soldiers.");
    /// assert_eq!(report.total(Outcome::Killed), Some(7));
    /// assert_eq!(report.total_in(Outcome::Killed, Scope::NonCombatants), Some(5));
    /// ```
    pub fn total_in(&self, outcome: Outcome, scope: Scope) -> Option<u64> {
        crate::resolve::total(&self.casualties, outcome, scope).map(|t| t.best)
    }

    /// The article's main event: the one with the most killed, the first on a tie; a toll
    /// over several incidents ([`Event::is_aggregate`]) only when there is nothing else.
    pub fn main_event(&self) -> Option<&Event> {
        self.events
            .iter()
            .rev()
            .max_by_key(|e| (!e.is_aggregate(), e.killed()))
    }

    /// Casualty mentions of one outcome.
    pub fn of(&self, outcome: Outcome) -> impl Iterator<Item = &Casualty> {
        self.casualties.iter().filter(move |c| c.outcome == outcome)
    }
}
