//! Words that tell what kind of event a report describes, strongest first.

use crate::event::EventType;
use crate::lexicon::table::Lexicon;
use EventType::*;

/// Cue words used to say what a group is, not what happened: "armed groups fighting for
/// control of drug routes" tells of no clash ("killed in fighting for the town" does).
pub(crate) static NOT_EVENT_CUES: Lexicon<()> = Lexicon::new(&[
    ("groups fighting for", ()),
    ("groups fighting to", ()),
    ("gangs fighting for", ()),
    ("gangs fighting to", ()),
    ("cartels fighting for", ()),
    ("cartels fighting to", ()),
    ("factions fighting for", ()),
    ("factions fighting to", ()),
    // "A member of a civilian militia fighting the insurgents said".
    ("militia fighting", ()),
    ("militias fighting", ()),
]);

/// Cue words and the event type they point to. When several are present, the one with the
/// lowest rank (first in `RANK`) wins: a suicide car bomb is a suicide bomb before a car bomb.
pub(crate) static EVENT_CUES: Lexicon<EventType> = Lexicon::new(&[
    ("suicide bomb", SuicideBomb),
    ("suicide bombs", SuicideBomb),
    ("suicide bomber", SuicideBomb),
    ("suicide bombers", SuicideBomb),
    ("suicide bombing", SuicideBomb),
    ("suicide bombings", SuicideBomb),
    ("suicide attack", SuicideBomb),
    ("suicide attacks", SuicideBomb),
    ("suicide attacker", SuicideBomb),
    ("suicide attackers", SuicideBomb),
    ("suicide blast", SuicideBomb),
    ("suicide blasts", SuicideBomb),
    ("suicide explosion", SuicideBomb),
    ("suicide explosions", SuicideBomb),
    ("suicide car bomb", SuicideBomb),
    ("suicide car bombs", SuicideBomb),
    ("suicide car bomber", SuicideBomb),
    ("suicide car bombing", SuicideBomb),
    ("suicide truck bomb", SuicideBomb),
    ("suicide truck bombs", SuicideBomb),
    ("suicide truck bomber", SuicideBomb),
    ("suicide truck bombing", SuicideBomb),
    ("suicide belt", SuicideBomb),
    ("suicide vest", SuicideBomb),
    ("explosive vest", SuicideBomb),
    ("explosives vest", SuicideBomb),
    ("blew himself up", SuicideBomb),
    ("blew herself up", SuicideBomb),
    ("blew themselves up", SuicideBomb),
    ("air strike", AirOrDroneStrike),
    ("air strikes", AirOrDroneStrike),
    ("airstrike", AirOrDroneStrike),
    ("airstrikes", AirOrDroneStrike),
    ("air raid", AirOrDroneStrike),
    ("air raids", AirOrDroneStrike),
    ("drone strike", AirOrDroneStrike),
    ("drone", AirOrDroneStrike),
    ("warplanes", AirOrDroneStrike),
    ("warplane", AirOrDroneStrike),
    ("fighter jets", AirOrDroneStrike),
    ("jets", AirOrDroneStrike),
    ("air force", AirOrDroneStrike),
    ("aircraft", AirOrDroneStrike),
    ("helicopter", AirOrDroneStrike),
    ("helicopters", AirOrDroneStrike),
    ("coalition strike", AirOrDroneStrike),
    ("coalition strikes", AirOrDroneStrike),
    // A state with an air force striking abroad: "Israeli strikes on the outskirts of
    // Damascus".
    ("Israeli strike", AirOrDroneStrike),
    ("Israeli strikes", AirOrDroneStrike),
    ("Russian strike", AirOrDroneStrike),
    ("Russian strikes", AirOrDroneStrike),
    ("US strike", AirOrDroneStrike),
    ("US strikes", AirOrDroneStrike),
    ("American strike", AirOrDroneStrike),
    ("American strikes", AirOrDroneStrike),
    ("Turkish strike", AirOrDroneStrike),
    ("Turkish strikes", AirOrDroneStrike),
    ("bombing raid", AirOrDroneStrike),
    ("helicopter gunship", AirOrDroneStrike),
    ("barrel bombs", AirOrDroneStrike),
    // Dropped by aircraft: "a guided bomb killed two people in Kupiansk".
    ("guided bomb", AirOrDroneStrike),
    ("guided bombs", AirOrDroneStrike),
    ("glide bomb", AirOrDroneStrike),
    ("glide bombs", AirOrDroneStrike),
    ("aerial bomb", AirOrDroneStrike),
    ("aerial bombs", AirOrDroneStrike),
    ("barrel bomb", AirOrDroneStrike),
    ("shelling", ShellingArtilleryMissileAttack),
    ("shelled", ShellingArtilleryMissileAttack),
    ("shells", ShellingArtilleryMissileAttack),
    ("shell", ShellingArtilleryMissileAttack),
    ("artillery", ShellingArtilleryMissileAttack),
    ("mortar", ShellingArtilleryMissileAttack),
    ("mortars", ShellingArtilleryMissileAttack),
    ("rocket", ShellingArtilleryMissileAttack),
    ("rockets", ShellingArtilleryMissileAttack),
    ("missile", ShellingArtilleryMissileAttack),
    ("missiles", ShellingArtilleryMissileAttack),
    ("bombardment", ShellingArtilleryMissileAttack),
    ("roadside bomb", RemoteExplosiveLandmineIed),
    ("car bomb", RemoteExplosiveLandmineIed),
    ("car bombs", RemoteExplosiveLandmineIed),
    ("ied", RemoteExplosiveLandmineIed),
    ("IED", RemoteExplosiveLandmineIed),
    ("landmine", RemoteExplosiveLandmineIed),
    ("land mine", RemoteExplosiveLandmineIed),
    ("landmines", RemoteExplosiveLandmineIed),
    ("mine explosion", RemoteExplosiveLandmineIed),
    // "struck a roadside mine", "an anti-tank mine" (a "mine" alone may be one of coal).
    ("roadside mine", RemoteExplosiveLandmineIed),
    ("anti-tank mine", RemoteExplosiveLandmineIed),
    ("anti-personnel mine", RemoteExplosiveLandmineIed),
    // "their vehicle hit a mine": a mine set off is an explosive one.
    ("hit a mine", RemoteExplosiveLandmineIed),
    ("struck a mine", RemoteExplosiveLandmineIed),
    ("stepped on a mine", RemoteExplosiveLandmineIed),
    ("ran over a mine", RemoteExplosiveLandmineIed),
    ("drove over a mine", RemoteExplosiveLandmineIed),
    ("explosive device", RemoteExplosiveLandmineIed),
    ("explosive devices", RemoteExplosiveLandmineIed),
    ("explosives", RemoteExplosiveLandmineIed),
    ("explosions", RemoteExplosiveLandmineIed),
    ("blasts", RemoteExplosiveLandmineIed),
    ("exploded", RemoteExplosiveLandmineIed),
    ("bomb", RemoteExplosiveLandmineIed),
    ("bombs", RemoteExplosiveLandmineIed),
    ("bombing", RemoteExplosiveLandmineIed),
    ("bombings", RemoteExplosiveLandmineIed),
    ("blast", RemoteExplosiveLandmineIed),
    ("explosion", RemoteExplosiveLandmineIed),
    ("grenade", Grenade),
    ("grenades", Grenade),
    ("kidnapped", AbductionForcedDisappearance),
    ("abducted", AbductionForcedDisappearance),
    ("kidnapping", AbductionForcedDisappearance),
    ("abduction", AbductionForcedDisappearance),
    ("recaptured", GovernmentRegainsTerritory),
    ("retook", GovernmentRegainsTerritory),
    ("regained control", GovernmentRegainsTerritory),
    ("overran", NonStateActorOvertakesTerritory),
    ("seized control", NonStateActorOvertakesTerritory),
    ("clashes", ArmedClash),
    ("clash", ArmedClash),
    ("clashed", ArmedClash),
    ("fighting", ArmedClash),
    ("battle", ArmedClash),
    ("gun battle", ArmedClash),
    ("firefight", ArmedClash),
    ("shootout", ArmedClash),
    ("ambush", ArmedClash),
    ("ambushed", ArmedClash),
]);

/// Event types by strength: an earlier type wins over a later one in the same report.
/// Clash cues that name an attack when only civilians fall: an ambush of a car of villagers
/// is violence against civilians, an ambush of a patrol a battle.
pub(crate) static AMBUSHES: Lexicon<()> = Lexicon::new(&[("ambush", ()), ("ambushed", ())]);

pub(crate) const RANK: &[EventType] = &[
    SuicideBomb,
    AirOrDroneStrike,
    Grenade,
    RemoteExplosiveLandmineIed,
    ShellingArtilleryMissileAttack,
    AbductionForcedDisappearance,
    GovernmentRegainsTerritory,
    NonStateActorOvertakesTerritory,
    ArmedClash,
    Attack,
    StrategicDevelopment,
];

/// Words that begin a new incident in the same article: "in a separate attack".
pub(crate) static NEW_INCIDENT: Lexicon<()> = Lexicon::new(&[
    ("separate", ()),
    ("separately", ()),
    ("meanwhile", ()),
    ("elsewhere", ()),
    ("another attack", ()),
    ("also said", ()),
    ("also reported", ()),
    ("in another", ()),
    ("earlier this month", ()),
    ("last month", ()),
    ("last week", ()),
    ("earlier this week", ()),
    ("earlier in the week", ()),
    ("the previous week", ()),
    ("a week earlier", ()),
    ("days earlier", ()),
]);

/// Verbs that set an incident beside another in time: "The attack came two days after two
/// suicide bombers killed four people" tells of another incident after them.
pub(crate) static CAME_AFTER: Lexicon<()> = Lexicon::new(&[
    ("came", ()),
    ("comes", ()),
    ("followed", ()),
    ("follows", ()),
]);

/// Words by which a claiming party goes on to speak: "claimed responsibility, saying its
/// fighters had killed 25".
pub(crate) static CLAIM_SPEECH: Lexicon<()> = Lexicon::new(&[
    ("saying", ()),
    ("said", ()),
    ("says", ()),
    ("adding", ()),
    ("statement", ()),
]);

/// Words between a sentence's opening "In" and the place it moves to, besides the points of
/// the compass (`countries::COMPASS_POINTS`): "In neighbouring Hama province, ...", "In the
/// northern city of Kano, ...".
pub(crate) static FRONTED_PLACE_LEADS: Lexicon<()> = Lexicon::new(&[
    ("the", ()),
    ("neighbouring", ()),
    ("neighboring", ()),
    ("nearby", ()),
    ("city of", ()),
    ("town of", ()),
    ("village of", ()),
    ("province of", ()),
    ("state of", ()),
    ("region of", ()),
]);

/// Nouns by which a sentence after an incident's own goes on about it, after a determiner and
/// at most two other words: "The assailants hacked the victims to death late on Saturday",
/// "the weekend attacks were carried out by ...".
pub(crate) static SAME_INCIDENT: Lexicon<()> = Lexicon::new(&[
    ("village", ()),
    ("attack", ()),
    ("attacks", ()),
    ("attackers", ()),
    ("assailants", ()),
    ("gunmen", ()),
    ("victims", ()),
    ("victim", ()),
    ("dead", ()),
    ("bodies", ()),
    ("killing", ()),
    ("massacre", ()),
    ("raid", ()),
    ("ambush", ()),
    ("explosion", ()),
    ("blast", ()),
    ("bombing", ()),
    ("incident", ()),
    ("killings", ()),
    ("clashes", ()),
    ("bomber", ()),
    ("bombers", ()),
    ("shooting", ()),
    ("shelling", ()),
    ("airstrike", ()),
    ("strike", ()),
    ("fighting", ()),
    // Each noun's other number: "The clash ... broke out on Saturday".
    ("clash", ()),
    ("raids", ()),
    ("ambushes", ()),
    ("explosions", ()),
    ("blasts", ()),
    ("bombings", ()),
    ("shootings", ()),
    ("massacres", ()),
    ("airstrikes", ()),
    ("strikes", ()),
    ("assailant", ()),
    ("attacker", ()),
    ("gunman", ()),
    ("battle", ()),
    ("gunfight", ()),
    ("firefight", ()),
    // The weapon: "The jets bombed the village at around 3 p.m. on Saturday", "the missile".
    ("jets", ()),
    ("warplanes", ()),
    ("warplane", ()),
    ("drone", ()),
    ("drones", ()),
    ("missile", ()),
    ("missiles", ()),
    ("rocket", ()),
    ("rockets", ()),
    ("bomb", ()),
    ("shell", ()),
    ("shells", ()),
    // "17 bodies at the scene", "Two of the wounded died ..., bringing the toll to 19".
    ("scene", ()),
    ("toll", ()),
    ("wounded", ()),
    ("injured", ()),
    // The victim's: "His body was found on Sunday", "her killers".
    ("body", ()),
    ("killers", ()),
    ("killer", ()),
    ("murder", ()),
    // The perpetrators named again: "The militants stormed Dalori on Friday evening".
    ("militants", ()),
    ("insurgents", ()),
    ("jihadists", ()),
]);

/// Phrases that tell of several incidents: "a string of attacks", "in overnight attacks on two
/// villages", "a wave of bombings" ("one of the deadliest attacks this year" does not).
pub(crate) static INCIDENTS: Lexicon<()> = Lexicon::new(&[
    ("string of", ()),
    ("series of", ()),
    ("wave of", ()),
    ("spate of", ()),
    ("attacks on", ()),
    ("raids on", ()),
    ("in attacks", ()),
    ("in separate attacks", ()),
    ("overnight attacks", ()),
    ("coordinated attacks", ()),
    ("twin attacks", ()),
    ("twin bombings", ()),
    ("two attacks", ()),
    ("several attacks", ()),
    ("multiple attacks", ()),
]);

/// Determiners before a noun of [`SAME_INCIDENT`] that make it the incident told before.
pub(crate) static SAME_INCIDENT_DETERMINERS: Lexicon<()> = Lexicon::new(&[
    ("the", ()),
    ("these", ()),
    ("this", ()),
    // The victim's, named before: "His body was found on Sunday".
    ("his", ()),
    ("her", ()),
    ("their", ()),
]);

/// Verbs of reporting: a date right after one dates the report ("said on Monday").
/// Nouns of a report: a date right after one dates the report, not the incident ("according to
/// a government statement on June 28").
pub(crate) static REPORT_NOUNS: Lexicon<()> = Lexicon::new(&[
    ("statement", ()),
    ("statements", ()),
    ("report", ()),
    ("announcement", ()),
    ("communique", ()),
    ("briefing", ()),
    ("interview", ()),
    ("conference", ()),
    ("tweet", ()),
]);

/// Verbs of those who come upon the dead, not of who killed them: "police found the bodies of
/// six men".
pub(crate) static FINDING_VERBS: Lexicon<()> = Lexicon::new(&[
    ("found", ()),
    ("discovered", ()),
    ("recovered", ()),
    ("retrieved", ()),
    ("exhumed", ()),
    ("uncovered", ()),
    ("pulled", ()),
]);

/// What forces that respond to an attack do: "a joint team of police and soldiers had been
/// deployed to the area" names no party to it.
pub(crate) static RESPONDING: Lexicon<()> = Lexicon::new(&[
    ("had been deployed", ()),
    ("have been deployed", ()),
    ("has been deployed", ()),
    ("were deployed", ()),
    ("was deployed", ()),
    ("were dispatched", ()),
    ("have been dispatched", ()),
    ("had been dispatched", ()),
    ("were rushed", ()),
    ("rushed to the scene", ()),
    ("arrived at the scene", ()),
    ("cordoned off", ()),
    ("sealed off", ()),
    ("launched a manhunt", ()),
    // "Security forces freed 137 schoolchildren kidnapped ...": who frees the captives did
    // not take them.
    ("freed", ()),
    ("rescued", ()),
    ("secured the release", ()),
    ("launched an investigation", ()),
    ("are investigating", ()),
    ("were investigating", ()),
    // After a helper the caller skipped ("had").
    ("been deployed", ()),
    ("been dispatched", ()),
    ("deployed to", ()),
]);

/// Verbs of a toll that grows: "the death toll rose to 12 on Tuesday" dates the toll.
pub(crate) static TOLL_RISES: Lexicon<()> = Lexicon::new(&[
    ("rose", ()),
    ("risen", ()),
    ("climbed", ()),
    ("increased", ()),
    ("jumped", ()),
    ("reached", ()),
]);

/// Verbs before their speaker: "..., said a member of the local militia".
pub(crate) static INVERTED_SPEECH: Lexicon<()> =
    Lexicon::new(&[("said", ()), ("says", ()), ("added", ())]);

pub(crate) static REPORTING_VERBS: Lexicon<()> = Lexicon::new(&[
    ("said", ()),
    ("says", ()),
    ("told", ()),
    ("reported", ()),
    ("announced", ()),
    ("confirmed", ()),
    ("stated", ()),
    ("added", ()),
    ("claimed", ()),
    ("tweeted", ()),
    ("acknowledged", ()),
    ("admitted", ()),
    ("accused", ()),
    ("alleged", ()),
    ("revealed", ()),
    ("disclosed", ()),
    ("declared", ()),
    ("denied", ()),
    ("insisted", ()),
    ("explained", ()),
    ("noted", ()),
]);

/// Words that set one clause against another: "police said seven, although villagers said
/// more than 10".
pub(crate) static CONTRASTS: Lexicon<()> = Lexicon::new(&[
    ("although", ()),
    ("though", ()),
    ("but", ()),
    ("while", ()),
    ("whereas", ()),
    ("however", ()),
    ("yet", ()),
]);

/// Verbs by which a source gives its figure, after a contrast: "while hospital officials said
/// 14 died", "but residents put the toll at 18".
pub(crate) static ESTIMATE_VERBS: Lexicon<()> = Lexicon::new(&[
    ("said", ()),
    ("say", ()),
    ("says", ()),
    ("told", ()),
    ("put", ()),
    ("puts", ()),
    ("gave", ()),
    ("give", ()),
    ("reported", ()),
    ("report", ()),
    ("estimated", ()),
    ("estimate", ()),
    ("counted", ()),
    ("insisted", ()),
    ("claimed", ()),
    ("recorded", ()),
]);

/// Words that tell a figure is another source's: "Other sources put the death toll at 35",
/// "residents gave a higher toll".
pub(crate) static OTHER_ESTIMATES: Lexicon<()> = Lexicon::new(&[
    ("other sources", ()),
    ("another source", ()),
    ("some sources", ()),
    ("other reports", ()),
    ("some reports", ()),
    ("other estimates", ()),
    ("higher toll", ()),
    ("lower toll", ()),
    ("higher death toll", ()),
    ("lower death toll", ()),
    ("higher figure", ()),
    ("lower figure", ()),
    ("higher number", ()),
    ("lower number", ()),
    ("different figure", ()),
    ("different toll", ()),
    ("conflicting", ()),
    ("differing", ()),
    ("disputing", ()),
    ("disputed", ()),
    ("contradicting", ()),
]);

/// Words that tell of another incident, not another figure for one: "while officials in
/// Baidoa said 14 died in a separate attack".
pub(crate) static OTHER_INCIDENT_WORDS: Lexicon<()> = Lexicon::new(&[
    ("separate", ()),
    ("another", ()),
    ("second", ()),
    ("later", ()),
    ("also", ()),
]);

/// Openings of a sentence that tell of one incident among those a toll before sums: "One
/// strike hit a school, killing 15 people" is a part of "strikes across the Gaza Strip killed
/// at least 42", not another figure for them.
pub(crate) static PART_OPENERS: Lexicon<()> = Lexicon::new(&[
    ("one strike", ()),
    ("one air strike", ()),
    ("one airstrike", ()),
    ("one attack", ()),
    ("one bomb", ()),
    ("one blast", ()),
    ("one raid", ()),
    ("one of the", ()),
    ("in one", ()),
    ("the deadliest", ()),
    ("in the deadliest", ()),
    ("a strike", ()),
    ("an air strike", ()),
    ("an airstrike", ()),
    ("a drone strike", ()),
    ("a missile", ()),
    ("a shell", ()),
    ("a bomb", ()),
    ("a blast", ()),
    ("an attack", ()),
    ("a raid", ()),
]);

/// Phrases that put what follows them so many days before the clause they close: "..., a day
/// after a missile attack on Odesa killed two" (the attack was the day before).
pub(crate) static DAYS_AFTER: Lexicon<i64> = Lexicon::new(&[
    ("a day after", 1),
    ("one day after", 1),
    ("the day after", 1),
    ("two days after", 2),
    ("three days after", 3),
    ("hours after", 0),
    ("a week after", 7),
]);

/// Verbs by which an incident brings a running toll up: "..., bringing the number of
/// protesters killed since the coup to 98".
pub(crate) static TOLL_BRINGERS: Lexicon<()> = Lexicon::new(&[
    ("bringing", ()),
    ("brings", ()),
    ("brought", ()),
    ("raising", ()),
    ("raises", ()),
    ("pushing", ()),
    ("taking", ()),
]);
