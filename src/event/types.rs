//! The event taxonomy, aligned with ACLED's event types and sub-event types.

use serde::Serialize;

/// What kind of event happened, after ACLED's taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventType {
    /// Battles: armed clash.
    ArmedClash,
    /// Battles: government regains territory.
    GovernmentRegainsTerritory,
    /// Battles: non-state actor overtakes territory.
    NonStateActorOvertakesTerritory,
    /// Explosions/remote violence: air or drone strike.
    AirOrDroneStrike,
    /// Explosions/remote violence: shelling, artillery or missile attack.
    ShellingArtilleryMissileAttack,
    /// Explosions/remote violence: suicide bomb.
    SuicideBomb,
    /// Explosions/remote violence: remote explosive, landmine or IED.
    RemoteExplosiveLandmineIed,
    /// Explosions/remote violence: grenade.
    Grenade,
    /// Violence against civilians: attack.
    Attack,
    /// Violence against civilians: abduction or forced disappearance (without deaths: people
    /// abducted and killed were attacked).
    AbductionForcedDisappearance,
    /// Strategic developments: no violence reported.
    StrategicDevelopment,
}

impl EventType {
    /// ACLED's `event_type` string.
    pub fn acled_event_type(self) -> &'static str {
        use EventType::*;
        match self {
            ArmedClash | GovernmentRegainsTerritory | NonStateActorOvertakesTerritory => "Battles",
            AirOrDroneStrike
            | ShellingArtilleryMissileAttack
            | SuicideBomb
            | RemoteExplosiveLandmineIed
            | Grenade => "Explosions/Remote violence",
            Attack | AbductionForcedDisappearance => "Violence against civilians",
            StrategicDevelopment => "Strategic developments",
        }
    }

    /// ACLED's `sub_event_type` string.
    pub fn acled_sub_event_type(self) -> &'static str {
        use EventType::*;
        match self {
            ArmedClash => "Armed clash",
            GovernmentRegainsTerritory => "Government regains territory",
            NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
            AirOrDroneStrike => "Air/drone strike",
            ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
            SuicideBomb => "Suicide bomb",
            RemoteExplosiveLandmineIed => "Remote explosive/landmine/IED",
            Grenade => "Grenade",
            Attack => "Attack",
            AbductionForcedDisappearance => "Abduction/forced disappearance",
            StrategicDevelopment => "Other",
        }
    }
}
