//! What happened to the victims, as said after them ("were killed") or before them ("killing").

use crate::lexicon::table::Lexicon;

use crate::casualty::Outcome;
use Outcome::{Captured as Cap, Displaced as Dis, Injured as Inj, Killed as K, Missing as Mis};

/// Forms of "be": between a part and who they are ("four of whom were soldiers"), before a
/// passive report ("were reported missing"), inside a clause that names no source ("Nine
/// people were killed").
pub(crate) static BE_FORMS: Lexicon<()> = Lexicon::new(&[
    ("be", ()),
    ("been", ()),
    ("being", ()),
    ("is", ()),
    ("are", ()),
    ("was", ()),
    ("were", ()),
]);

/// Auxiliaries between the victims and a passive outcome ("have been killed").
pub(crate) static AUXILIARIES: Lexicon<()> = Lexicon::new(&[
    ("were left", ()),
    ("was left", ()),
    ("were", ()),
    ("was", ()),
    ("have been", ()),
    ("has been", ()),
    ("had been", ()),
    ("have", ()),
    ("has", ()),
    ("had", ()),
    ("are", ()),
    ("is", ()),
    ("were being", ()),
    ("are being", ()),
    ("being", ()),
    ("be", ()),
    ("been", ()),
    ("got", ()),
    ("remain", ()),
    ("remained", ()),
    ("went", ()),
    ("lay", ()),
    ("will be", ()),
    ("to have been", ()),
    ("to be", ()),
    ("to have", ()),
    ("would be", ()),
]);

/// Adverbs that may stand between an auxiliary and the outcome ("were reportedly killed").
pub(crate) static ADVERBS: Lexicon<()> = Lexicon::new(&[
    ("reportedly", ()),
    ("also", ()),
    ("all", ()),
    ("allegedly", ()),
    ("later", ()),
    ("subsequently", ()),
    ("both", ()),
    ("apparently", ()),
    ("brutally", ()),
    ("seriously", ()),
    ("critically", ()),
    ("severely", ()),
    ("badly", ()),
    ("slightly", ()),
    ("heavily", ()),
    ("lightly", ()),
    ("mortally", ()),
    ("initially", ()),
    ("reported", ()),
    ("believed", ()),
    ("said", ()),
    ("feared", ()),
    ("confirmed", ()),
    ("found", ()),
    ("either", ()),
    ("instantly", ()),
    ("immediately", ()),
    ("now", ()),
    ("so far", ()),
    ("already", ()),
    ("in total", ()),
    ("in all", ()),
    ("yesterday", ()),
    ("today", ()),
    ("last night", ()),
    ("overnight", ()),
    ("this morning", ()),
    ("earlier", ()),
    ("then", ()),
    ("eventually", ()),
    ("summarily", ()),
]);

/// Outcomes said after the victims: "were killed", "died", "lost their lives", "15 wounded".
pub(crate) static AFTER_VICTIMS: Lexicon<Outcome> = Lexicon::new(&[
    ("sustained injuries", Inj),
    ("sustained injury", Inj),
    ("sustained minor injuries", Inj),
    ("sustained severe injuries", Inj),
    ("sustained critical injuries", Inj),
    ("sustained light injuries", Inj),
    ("suffered minor injuries", Inj),
    ("suffered severe injuries", Inj),
    ("suffered critical injuries", Inj),
    ("suffered light injuries", Inj),
    ("sustained gunshot injuries", Inj),
    ("sustained gunshot injury", Inj),
    ("sustained gunshot wounds", Inj),
    ("sustained serious injuries", Inj),
    ("sustained various injuries", Inj),
    ("sustained various degrees of injuries", Inj),
    ("sustained various degrees of injury", Inj),
    ("escaped with injuries", Inj),
    ("suffered injuries", Inj),
    ("suffered serious injuries", Inj),
    ("suffered gunshot wounds", Inj),
    ("killed", K),
    ("dead", K),
    ("slain", K),
    ("died", K),
    ("die", K),
    ("perished", K),
    ("shot dead", K),
    ("shot and killed", K),
    // A shot to the head is reported as a killing ("was shot in the head on Friday as she sat
    // in her family's karaoke bar"); a wounding says so ("shot in the head and wounded").
    ("shot in the head", K),
    ("shot in the head and wounded", Inj),
    ("shot in the head and injured", Inj),
    ("gunned down", K),
    ("fatally shot", K),
    ("fatally wounded", K),
    ("fatally injured", K),
    ("murdered", K),
    // South Asian and Middle Eastern press: "Two jawans were martyred".
    ("martyred", K),
    ("embraced martyrdom", K),
    ("executed", K),
    ("hanged", K),
    ("massacred", K),
    ("slaughtered", K),
    ("lynched", K),
    ("beheaded", K),
    ("decapitated", K),
    ("assassinated", K),
    ("lynched", K),
    ("burned to death", K),
    ("burnt to death", K),
    ("burned alive", K),
    ("burnt alive", K),
    ("hacked to death", K),
    ("stabbed to death", K),
    ("beaten to death", K),
    ("shot to death", K),
    ("crushed to death", K),
    ("tortured to death", K),
    ("put to death", K),
    ("stoned to death", K),
    ("strangled", K),
    ("drowned", K),
    ("lost their lives", K),
    ("succumbed to his wounds", K),
    ("succumbed to her wounds", K),
    ("succumbed to their wounds", K),
    ("succumbed to his injuries", K),
    ("succumbed to her injuries", K),
    ("succumbed to their injuries", K),
    ("lost his life", K),
    ("lost her life", K),
    ("lost their life", K),
    // Military communiqués: "Some 30 attackers were neutralized".
    ("neutralized", K),
    ("neutralised", K),
    ("wounded", Inj),
    ("injured", Inj),
    ("hurt", Inj),
    ("maimed", Inj),
    // "Another hostage was seriously beaten"; "beaten to death" is longer.
    ("beaten", Inj),
    ("stabbed", Inj),
    ("hospitalised", Inj),
    ("hospitalized", Inj),
    // "20 are in critical condition", "12 others were in hospital".
    ("in critical condition", Inj),
    ("in a critical condition", Inj),
    ("in serious condition", Inj),
    ("in a serious condition", Inj),
    ("in hospital", Inj),
    ("in a coma", Inj),
    // "About 60 people were treated for injuries".
    ("treated for injuries", Inj),
    ("treated for wounds", Inj),
    ("treated for gunshot wounds", Inj),
    ("treated for burns", Inj),
    ("captured", Cap),
    ("kidnapped", Cap),
    ("abducted", Cap),
    ("taken hostage", Cap),
    ("taken captive", Cap),
    ("held hostage", Cap),
    ("missing", Mis),
    ("unaccounted for", Mis),
    ("displaced", Dis),
    ("forced to flee", Dis),
    ("fled their homes", Dis),
    ("fled the fighting", Dis),
    ("fled the violence", Dis),
    ("forced from their homes", Dis),
    ("forced out of their homes", Dis),
    ("driven from their homes", Dis),
    ("uprooted", Dis),
    ("made homeless", Dis),
]);

/// Words right before a verb of harm that make it a threat, a plan or a possibility, not
/// something that happened: "threatened to kill 20 hostages", "a plot to kill 50 people",
/// "could kill thousands" ("may have killed 50" is a hedged count and stays one).
pub(crate) static UNREALIZED: Lexicon<()> = Lexicon::new(&[
    ("threatened to", ()),
    ("threatening to", ()),
    ("threatens to", ()),
    ("threaten to", ()),
    ("plot to", ()),
    ("plotted to", ()),
    ("plotting to", ()),
    ("plan to", ()),
    ("planned to", ()),
    ("planning to", ()),
    ("plans to", ()),
    ("vowed to", ()),
    ("vows to", ()),
    ("vowing to", ()),
    ("tried to", ()),
    ("trying to", ()),
    ("attempt to", ()),
    ("attempted to", ()),
    ("attempting to", ()),
    ("sought to", ()),
    ("seeking to", ()),
    ("intended to", ()),
    ("wanted to", ()),
    ("conspiring to", ()),
    ("conspiracy to", ()),
    ("could", ()),
    ("would", ()),
    ("might", ()),
    ("may", ()),
    ("can", ()),
]);

/// Outcomes said before the victims, as verbs taking them as object: "killing 13 fighters".
pub(crate) static BEFORE_VICTIMS: Lexicon<Outcome> = Lexicon::new(&[
    ("killed", K),
    ("killing", K),
    ("kills", K),
    ("kill", K),
    ("slew", K),
    ("shot dead", K),
    ("shooting dead", K),
    ("shot and killed", K),
    ("shooting and killing", K),
    ("gunned down", K),
    ("gunning down", K),
    ("fatally shot", K),
    ("fatally shooting", K),
    ("murdered", K),
    ("murdering", K),
    ("executed", K),
    ("executing", K),
    ("hanged", K),
    ("hanging", K),
    ("massacred", K),
    ("massacring", K),
    ("stabbed to death", K),
    ("stabbing to death", K),
    ("hacked to death", K),
    ("hacking to death", K),
    ("beat to death", K),
    ("beaten to death", K),
    ("beating to death", K),
    ("burned to death", K),
    ("burnt to death", K),
    ("shot to death", K),
    ("shooting to death", K),
    ("tortured to death", K),
    ("slaughtered", K),
    ("slaughtering", K),
    ("lynched", K),
    ("lynching", K),
    ("beheaded", K),
    ("beheading", K),
    ("beheads", K),
    ("behead", K),
    ("killing themselves and", K),
    ("killed themselves and", K),
    ("slashing to death", K),
    ("slashed to death", K),
    ("decapitated", K),
    ("decapitating", K),
    ("assassinated", K),
    ("claimed the lives of", K),
    ("claiming the lives of", K),
    ("claims the lives of", K),
    ("took the lives of", K),
    ("taking the lives of", K),
    ("the bodies of", K),
    ("the remains of", K),
    ("death of", K),
    ("deaths of", K),
    ("killing of", K),
    ("killings of", K),
    ("murder of", K),
    ("murders of", K),
    ("assassination of", K),
    ("execution of", K),
    ("executions of", K),
    ("massacre of", K),
    ("lynching of", K),
    // "the suspected killers of five women": the victims of the ones named.
    ("killers of", K),
    ("killer of", K),
    ("murderers of", K),
    ("murderer of", K),
    ("kidnappers of", Cap),
    ("abductors of", Cap),
    ("beheading of", K),
    ("hacking to death of", K),
    ("abduction of", Cap),
    ("kidnapping of", Cap),
    ("kidnap of", Cap),
    ("bodies of", K),
    ("wounded", Inj),
    ("wounding", Inj),
    ("wounds", Inj),
    ("wound", Inj),
    ("injured", Inj),
    ("injuring", Inj),
    ("injures", Inj),
    ("injure", Inj),
    ("hurt", Inj),
    ("hurting", Inj),
    ("maimed", Inj),
    ("captured", Cap),
    ("capturing", Cap),
    ("kidnapped", Cap),
    ("kidnapping", Cap),
    ("abducted", Cap),
    ("abducting", Cap),
    // "Gunmen seized 80 students from a boarding school" (people only: the object must be
    // victims).
    ("seized", Cap),
    ("seizing", Cap),
    ("displaced", Dis),
    ("displacing", Dis),
    ("uprooted", Dis),
]);

/// Verbs whose object is followed by the outcome: "left 150 fighters dead".
pub(crate) static LEAVING: Lexicon<()> = Lexicon::new(&[
    ("shot", ()),
    ("shooting", ()),
    ("shoot", ()),
    ("left", ()),
    ("leaving", ()),
    ("leaves", ()),
    ("leave", ()),
]);

/// Verbs that force their object out: "forcing more than 6,000 residents to flee".
pub(crate) static FORCING_VERBS: Lexicon<()> =
    Lexicon::new(&[("forcing", ()), ("forced", ()), ("forces", ())]);

/// What a forcing verb's object is forced to: "to flee", "from their homes".
pub(crate) static FORCED_OUT: Lexicon<Outcome> = Lexicon::new(&[
    ("to flee", Dis),
    ("to flee their homes", Dis),
    ("to leave their homes", Dis),
    ("from their homes", Dis),
    ("out of their homes", Dis),
]);

/// Nouns after which a count is the death toll: "the death toll rose to 17".
pub(crate) static TOLL: Lexicon<Outcome> = Lexicon::new(&[
    ("death toll", K),
    ("death-toll", K),
    ("toll", K),
    ("number of dead", K),
    ("number of deaths", K),
    ("number of people killed", K),
    ("number of those killed", K),
    ("number of people dead", K),
    ("number of fatalities", K),
    ("fatalities", K),
    ("fatality toll", K),
    ("death count", K),
    ("body count", K),
    ("number of injured", Inj),
    ("number of wounded", Inj),
    ("number of people injured", Inj),
    ("number of people wounded", Inj),
]);

/// Outcomes after "the number of" and the victims: "the number of protesters killed".
pub(crate) static NUMBER_OF_OUTCOMES: Lexicon<Outcome> = Lexicon::new(&[
    ("killed", K),
    ("dead", K),
    ("injured", Inj),
    ("wounded", Inj),
    ("displaced", Dis),
    ("missing", Mis),
]);

/// Words that make what a toll will reach a guess, no count: "the death toll could rise to
/// 50", "is expected to climb".
pub(crate) static TOLL_GUESSES: Lexicon<()> = Lexicon::new(&[
    ("could", ()),
    ("may", ()),
    ("might", ()),
    ("would", ()),
    ("likely", ()),
    ("expected", ()),
]);

/// Words allowed between a toll noun and its count: "the death toll has risen to".
pub(crate) static TOLL_LINK: Lexicon<()> = Lexicon::new(&[
    ("has", ()),
    ("had", ()),
    ("have", ()),
    ("rose", ()),
    ("risen", ()),
    ("rises", ()),
    ("climbed", ()),
    ("climbs", ()),
    ("jumped", ()),
    ("increased", ()),
    ("reached", ()),
    ("reaches", ()),
    ("hit", ()),
    ("stood", ()),
    ("stands", ()),
    ("now", ()),
    ("is", ()),
    ("was", ()),
    ("at", ()),
    ("to", ()),
    ("of", ()),
    ("from", ()),
    ("further", ()),
    ("since", ()),
]);

/// Head words of "no X" negations and the outcomes they deny.
pub(crate) const NEGATED: &[(&str, &[Outcome])] = &[
    ("casualties", &[K, Inj]),
    ("deaths or injuries", &[K, Inj]),
    ("injuries or deaths", &[Inj, K]),
    ("dead or wounded", &[K, Inj]),
    ("deaths", &[K]),
    ("fatalities", &[K]),
    ("injuries", &[Inj]),
    ("one", &[]),
    ("lives", &[K]),
];

/// Outcomes that need no auxiliary even far from their subject: "three civilians lost their lives".
pub(crate) static INTRANSITIVE: Lexicon<()> = Lexicon::new(&[
    ("sustained", ()),
    ("escaped with injuries", ()),
    ("suffered injuries", ()),
    ("suffered serious injuries", ()),
    ("suffered minor injuries", ()),
    ("suffered severe injuries", ()),
    ("suffered critical injuries", ()),
    ("suffered light injuries", ()),
    ("suffered gunshot wounds", ()),
    ("died", ()),
    ("perished", ()),
    // "have fled their homes".
    ("fled", ()),
    ("drowned", ()),
    ("succumbed", ()),
    ("lost their lives", ()),
    ("lost his life", ()),
    ("lost her life", ()),
    ("are dead", ()),
]);

/// Auxiliaries that make the next verb passive: "were killed" is no active "killed".
pub(crate) static PASSIVE: Lexicon<()> = Lexicon::new(&[
    ("was", ()),
    ("were", ()),
    ("been", ()),
    ("being", ()),
    ("be", ()),
    ("is", ()),
    ("are", ()),
    ("got", ()),
]);

/// Words between "no" and a negated noun: "no immediate reports of casualties".
pub(crate) static NEGATION_FILLERS: Lexicon<()> = Lexicon::new(&[
    ("immediate", ()),
    ("reports", ()),
    ("report", ()),
    ("reported", ()),
    ("word", ()),
    ("of", ()),
    ("any", ()),
    ("known", ()),
    ("further", ()),
    ("human", ()),
    ("civilian", ()),
    ("serious", ()),
]);

/// Auxiliaries that take a singular subject: a name or an unknown noun needs one of them.
pub(crate) static SINGULAR_AUXILIARIES: Lexicon<()> =
    Lexicon::new(&[("was", ()), ("has", ()), ("is", ())]);

/// Temporal words that may stand inside a verb group: "were on Monday killed".
pub(crate) static TEMPORAL_FILLERS: Lexicon<()> = Lexicon::new(&[
    ("on", ()),
    ("last", ()),
    ("this", ()),
    ("early", ()),
    ("late", ()),
    ("night", ()),
    ("morning", ()),
    ("evening", ()),
    ("afternoon", ()),
    ("monday", ()),
    ("tuesday", ()),
    ("wednesday", ()),
    ("thursday", ()),
    ("friday", ()),
    ("saturday", ()),
    ("sunday", ()),
    ("weekend", ()),
    ("the", ()),
]);

/// Auxiliaries of the active perfect: "has killed" is no passive.
pub(crate) static PERFECT: Lexicon<()> =
    Lexicon::new(&[("have", ()), ("has", ()), ("had", ()), ("to have", ())]);

/// Verbs whose object dies when a result follows it: "hacked a village elder to death",
/// "shot him dead". Without the result they say nothing of the outcome.
pub(crate) static RESULT_VERBS: Lexicon<()> = Lexicon::new(&[
    ("hacked", ()),
    ("hacking", ()),
    ("stabbed", ()),
    ("stabbing", ()),
    ("beat", ()),
    ("beating", ()),
    ("shot", ()),
    ("shooting", ()),
    ("burned", ()),
    ("burnt", ()),
    ("burning", ()),
    ("stoned", ()),
    ("stoning", ()),
    ("tortured", ()),
    ("torturing", ()),
    ("clubbed", ()),
    ("clubbing", ()),
    ("bludgeoned", ()),
    ("bludgeoning", ()),
    ("crushed", ()),
    ("crushing", ()),
    ("starved", ()),
    ("kicked", ()),
    ("strangled", ()),
    // "took 12 soldiers hostage".
    ("took", ()),
    ("taking", ()),
    ("held", ()),
    ("holding", ()),
]);

/// What makes a [`RESULT_VERBS`] verb an outcome: a killing, or a capture ("took them hostage").
pub(crate) static RESULTS: Lexicon<Outcome> = Lexicon::new(&[
    ("to death", K),
    ("dead", K),
    ("hostage", Cap),
    ("captive", Cap),
]);

/// What is done to a body that proves a death: "a charred body was found".
pub(crate) static BODY_FOUND: Lexicon<()> = Lexicon::new(&[
    ("found", ()),
    ("discovered", ()),
    ("recovered", ()),
    ("retrieved", ()),
    ("dumped", ()),
    ("pulled", ()),
    ("fished", ()),
    ("exhumed", ()),
    ("identified", ()),
]);

/// Object pronouns after a verb of killing: "shot him dead".
pub(crate) static OBJECT_PRONOUNS: Lexicon<()> = Lexicon::new(&[("him", ()), ("her", ())]);

/// Words that introduce the victims of a toll given before: "The dead included six civilians".
pub(crate) static OUTCOME_LEADS: Lexicon<Outcome> = Lexicon::new(&[
    ("the dead included", K),
    ("the dead include", K),
    ("the dead were", K),
    ("the dead are", K),
    ("the victims included", K),
    ("the victims include", K),
    ("the victims were", K),
    ("among the dead were", K),
    ("among the dead are", K),
    ("among those killed were", K),
    ("the injured included", Inj),
    ("the wounded included", Inj),
    ("among the injured were", Inj),
    ("among the wounded were", Inj),
]);

/// Words that open a negation: "no one was hurt", "without casualties".
pub(crate) static NEGATIONS: Lexicon<()> =
    Lexicon::new(&[("no", ()), ("nobody", ()), ("none", ()), ("without", ())]);

/// Verbs of a side's loss: "the army lost 10 soldiers", "lost 20 of their own fighters".
/// Only people named as such are read after them ("lost 12 seats", "lost control" are none).
/// The noun of military reports too: "with the loss of one soldier".
pub(crate) static LOSS_VERBS: Lexicon<Outcome> =
    Lexicon::new(&[("lost", K), ("losing", K), ("loss of", K)]);
