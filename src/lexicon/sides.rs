//! Words that put victims on a side ("regime troops", "IS fighters", "members of the Taliban").
//!
//! Codes: `GOV` the government forces of the country and their allies, `IS` the Islamic State,
//! `HTS` Hayat Tahrir al-Sham and linked groups, `RUS` Russian forces, `COALITION` the US-led
//! coalition, `civilians`; the other codes name the armed group.

use crate::grammar::words::{lookup, skip_space};
use crate::lexicon::actors::{ACTOR_ALIASES, UNIDENTIFIED};
use crate::lexicon::table::Lexicon;

/// The side code of civilians.
pub(crate) const CIVILIANS: &str = "civilians";

/// Side words and their codes. All-capital rows match case-sensitively.
pub(crate) static SIDE_WORDS: Lexicon<&str> = Lexicon::new(&[
    // the Islamic State
    ("IS", "IS"),
    ("ISIS", "IS"),
    ("ISIL", "IS"),
    ("Daesh", "IS"),
    ("Daish", "IS"),
    ("Islamic State", "IS"),
    ("Islamic State group", "IS"),
    ("jihadist", "IS"),
    // government forces and allies
    ("regime", "GOV"),
    ("pro-regime", "GOV"),
    ("pro-government", "GOV"),
    ("pro-Assad", "GOV"),
    ("pro-Damascus", "GOV"),
    ("loyalist", "GOV"),
    ("government", "GOV"),
    ("govt", "GOV"),
    ("army", "GOV"),
    ("Syrian army", "GOV"),
    ("military", "GOV"),
    ("security", "GOV"),
    ("police", "GOV"),
    ("allied", "GOV"),
    // Nigeria's vigilantes who fight beside the army ("members of the Civilian Joint Task
    // Force" are no civilians).
    ("Civilian Joint Task Force", "GOV"),
    ("CJTF", "GOV"),
    // others
    ("Russian", "RUS"),
    ("Russian army", "RUS"),
    ("HTS", "HTS"),
    ("Hayat Tahrir al-Sham", "HTS"),
    ("al-Nusra", "HTS"),
    ("Nusra", "HTS"),
    ("SDF", "SDF"),
    ("Kurdish", "SDF"),
    ("YPG", "SDF"),
    ("coalition", "COALITION"),
    ("Taliban", "TALIBAN"),
    ("Boko Haram", "BOKO_HARAM"),
    ("al-Shabaab", "AL_SHABAAB"),
    ("al Shabaab", "AL_SHABAAB"),
    ("Shabaab", "AL_SHABAAB"),
    ("al-Shabab", "AL_SHABAAB"),
    ("Houthi", "HOUTHI"),
    ("Houthis", "HOUTHI"),
    ("PKK", "PKK"),
    ("civilian", "civilians"),
]);

/// Armed groups whose name also counts their members ("Four Taliban were killed", "killing
/// 20 Boko Haram"), with their side codes.
pub(crate) static GROUPS_AS_NOUNS: Lexicon<&str> = Lexicon::new(&[
    ("Taliban", "TALIBAN"),
    ("Houthis", "HOUTHI"),
    ("Boko Haram", "BOKO_HARAM"),
    ("al-Shabaab", "AL_SHABAAB"),
    ("al Shabaab", "AL_SHABAAB"),
    ("al-Shabab", "AL_SHABAAB"),
    ("Shabaab", "AL_SHABAAB"),
    ("ISIS", "IS"),
    ("Daesh", "IS"),
    ("Maoists", "MAOISTS"),
    ("Naxals", "MAOISTS"),
    ("Naxalites", "MAOISTS"),
]);

/// A side word at the start of `i` and its code: a row of [`SIDE_WORDS`], else an armed
/// group's proper name among the actor aliases ("two Hezbollah fighters", "members of the
/// M23"): one table of names serves both.
pub(crate) fn side_word(i: &str) -> Option<(&str, &'static str)> {
    lookup(&SIDE_WORDS, i).or_else(|| {
        // Most words are not capitalized: the actor table is not read for them.
        if !skip_space(i).starts_with(char::is_uppercase) {
            return None;
        }
        lookup(&ACTOR_ALIASES, i).filter(|&(_, code)| !GENERIC_CODES.contains(&code))
    })
}

/// Whether the word `w` is a side word (see [`side_word`]).
pub(crate) fn is_side_word(w: &str) -> bool {
    side_word(w).is_some_and(|(rest, _)| rest.is_empty())
}

/// Actor codes whose names put no victims on a side: anyone armed, the state (whose side
/// words are all in [`SIDE_WORDS`]), and a militia named by its community ("eight Fulani
/// herders" are herders, no militia).
const GENERIC_CODES: &[&str] = &[UNIDENTIFIED, "GOV", "FULANI"];
