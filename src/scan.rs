//! The trigger prefilter: only sentences holding an outcome word reach the casualty grammar.
//!
//! Most sentences of an article report no casualties. One aho-corasick pass over the text
//! finds outcome stems ("kill", "wound", "dead", ...); the grammar then runs on the few
//! sentences that contain one, instead of at every word of the article.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Stems of every outcome, toll and negation word the casualty grammar knows.
const TRIGGERS: &[&str] = &[
    "kill",
    "dead",
    "death",
    "died",
    "die ",
    "slain",
    "slew",
    "wound",
    "injur",
    "hurt",
    "lives",
    "life",
    "shot",
    "gunned",
    "gunning",
    "murder",
    "execut",
    "hanged",
    "hanging",
    "massacr",
    "slaughter",
    "lynch",
    "behead",
    "decapitat",
    "assassin",
    "lynch",
    "strangl",
    "drown",
    "perish",
    "succumb",
    "martyr",
    "bodies",
    "body",
    "corpse",
    "remains of",
    "fatal",
    "casualt",
    "victims",
    "toll",
    "captur",
    "kidnap",
    "abduct",
    "seiz",
    "hostage",
    "captive",
    "missing",
    "unaccounted",
    "displac",
    "flee",
    "fled",
    "their homes",
    "uproot",
    "maim",
    "hospital",
    "condition",
    "coma",
    "homeless",
    "burn",
    "hacked",
    "stabbed",
    "beaten",
    "crushed",
    "neutrali",
    "lost ",
    "losing ",
    "loss of ",
];

/// Finds the sentences worth parsing.
#[derive(Debug, Clone)]
pub(crate) struct Prefilter {
    automaton: AhoCorasick,
}

impl Prefilter {
    pub(crate) fn new() -> Prefilter {
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(TRIGGERS)
            // The patterns are fixed and small: building cannot fail.
            .expect("trigger automaton builds");
        Prefilter { automaton }
    }

    /// Byte offsets of trigger words in `text`, in order.
    pub(crate) fn triggers<'a>(&'a self, text: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.automaton.find_iter(text).map(|m| m.start())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::outcomes::{
        AFTER_VICTIMS, BEFORE_VICTIMS, FORCED_OUT, LOSS_VERBS, OUTCOME_LEADS, RESULTS, TOLL,
    };

    /// A phrase of an outcome table that holds no trigger would never reach the grammar.
    #[test]
    fn every_outcome_phrase_holds_a_trigger() {
        let prefilter = Prefilter::new();
        let phrases = AFTER_VICTIMS
            .rows()
            .iter()
            .map(|(p, _)| *p)
            .chain(BEFORE_VICTIMS.rows().iter().map(|(p, _)| *p))
            .chain(LOSS_VERBS.rows().iter().map(|(p, _)| *p))
            .chain(TOLL.rows().iter().map(|(p, _)| *p))
            .chain(RESULTS.rows().iter().map(|(p, _)| *p))
            .chain(OUTCOME_LEADS.rows().iter().map(|(p, _)| *p))
            .chain(FORCED_OUT.rows().iter().map(|(p, _)| *p));
        let unseen: Vec<&str> = phrases
            .filter(|p| prefilter.triggers(&format!("{p} ")).next().is_none())
            .collect();
        assert!(unseen.is_empty(), "no trigger in {unseen:?}");
    }
}
