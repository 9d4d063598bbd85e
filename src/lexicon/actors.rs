//! Actor codes and their canonical names; words that name a source of a report.

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::lexicon::table::Lexicon;

/// The code of government forces, which carry out no suicide bombing.
pub(crate) const GOVERNMENT: &str = "GOV";

/// The code of attackers a report does not name ("unknown gunmen"): ACLED's "Unidentified
/// Armed Group".
pub(crate) const UNIDENTIFIED: &str = "UNIDENTIFIED";

/// One actor code: its canonical name, the country it fights in when it fights in one (where
/// an article that names no country most likely happened: "Boko Haram fighters attacked
/// Zango village"), and whether its word is a claim (an armed group's: a source named by one
/// of its aliases is a party to the fighting; governments and their forces are left out, as
/// "police said" is the usual report of an incident).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ActorCode {
    pub code: &'static str,
    pub name: &'static str,
    pub home: Option<&'static str>,
    pub claims: bool,
}

const fn actor(
    code: &'static str,
    name: &'static str,
    home: Option<&'static str>,
    claims: bool,
) -> ActorCode {
    ActorCode {
        code,
        name,
        home,
        claims,
    }
}

/// The actor codes the lexicons use (see [`ACTOR_ALIASES`] for the names they go by).
pub(crate) const ACTORS: &[ActorCode] = &[
    actor("IS", "Islamic State", None, true),
    actor("GOV", "Government forces", None, false),
    actor("HTS", "Hayat Tahrir al-Sham", Some("SYR"), true),
    actor("RUS", "Russian forces", None, false),
    actor("ISR", "Israeli forces", None, false),
    actor("TUR", "Turkish forces", None, false),
    actor("UKR", "Ukrainian forces", None, false),
    actor("SDF", "Syrian Democratic Forces", Some("SYR"), true),
    actor("COALITION", "US-led coalition", None, false),
    actor("US", "United States forces", None, false),
    actor("SAUDI_COALITION", "Saudi-led coalition", Some("YEM"), false),
    actor("TALIBAN", "Taliban", Some("AFG"), true),
    actor("BOKO_HARAM", "Boko Haram", Some("NGA"), true),
    actor("AL_SHABAAB", "al-Shabaab", Some("SOM"), true),
    actor("AL_QAEDA", "al-Qaeda", None, true),
    actor("HOUTHI", "Houthis (Ansar Allah)", Some("YEM"), true),
    actor("PMF", "Popular Mobilization Forces", Some("IRQ"), false),
    actor("PKK", "Kurdistan Workers' Party (PKK)", Some("TUR"), true),
    actor("NLF", "National Liberation Front", Some("SYR"), true),
    actor("ADF", "Allied Democratic Forces", Some("COD"), true),
    actor("FULANI", "Fulani militia", Some("NGA"), false),
    actor("TTP", "Tehreek-e-Taliban Pakistan", Some("PAK"), true),
    actor("JUA", "Jamaat-ul-Ahrar", Some("PAK"), true),
    actor("BALOCH", "Baloch separatists", Some("PAK"), true),
    actor("LET", "Lashkar-e-Taiba", Some("IND"), true),
    actor("JEM", "Jaish-e-Mohammed", Some("IND"), true),
    actor("HIZBUL", "Hizbul Mujahideen", Some("IND"), true),
    actor("MAOISTS", "Maoist rebels (Naxalites)", Some("IND"), true),
    actor("NPA", "New People's Army", Some("PHL"), true),
    actor("ABU_SAYYAF", "Abu Sayyaf", Some("PHL"), true),
    actor("MAUTE", "Maute group", Some("PHL"), true),
    actor(
        "BIFF",
        "Bangsamoro Islamic Freedom Fighters",
        Some("PHL"),
        true,
    ),
    actor("ARSA", "Arakan Rohingya Salvation Army", Some("MMR"), true),
    actor("ARAKAN_ARMY", "Arakan Army", Some("MMR"), true),
    actor("SELEKA", "ex-Seleka", Some("CAF"), true),
    actor("ANTI_BALAKA", "anti-Balaka", Some("CAF"), false),
    actor(
        "FDLR",
        "Democratic Forces for the Liberation of Rwanda",
        Some("COD"),
        true,
    ),
    actor("MAI_MAI", "Mai-Mai militia", Some("COD"), false),
    actor("M23", "M23", Some("COD"), true),
    actor("SPLA_IO", "SPLA-IO", Some("SSD"), true),
    actor("JNIM", "JNIM", Some("MLI"), true),
    actor("ANSAR_DINE", "Ansar Dine", Some("MLI"), true),
    actor("ANSARUL_ISLAM", "Ansarul Islam", Some("BFA"), true),
    actor("AMBAZONIA", "Ambazonian separatists", Some("CMR"), true),
    actor("ELN", "National Liberation Army (ELN)", Some("COL"), true),
    actor("FARC", "FARC", Some("COL"), true),
    actor("CJNG", "Jalisco New Generation Cartel", Some("MEX"), false),
    actor("SINALOA_CARTEL", "Sinaloa Cartel", Some("MEX"), false),
    actor("GULF_CARTEL", "Gulf Cartel", Some("MEX"), false),
    actor("ZETAS", "Los Zetas", Some("MEX"), false),
    actor(
        "SANTA_ROSA_CARTEL",
        "Santa Rosa de Lima Cartel",
        Some("MEX"),
        false,
    ),
    actor("MS13", "MS-13 (Mara Salvatrucha)", None, false),
    actor("BARRIO_18", "Barrio 18", None, false),
    actor("HAMAS", "Hamas", Some("PSE"), true),
    actor("HEZBOLLAH", "Hezbollah", Some("LBN"), true),
    actor("YPG", "People's Protection Units (YPG)", Some("SYR"), true),
    actor("RSF", "Rapid Support Forces", Some("SDN"), false),
    actor(
        "PDF",
        "People's Defense Force (Myanmar)",
        Some("MMR"),
        false,
    ),
    actor(
        "VIV_ANSANM",
        "Viv Ansanm (Haitian gang coalition)",
        Some("HTI"),
        false,
    ),
    actor("GRAN_GRIF", "Gran Grif gang", Some("HTI"), false),
    actor("CODECO", "CODECO", Some("COD"), true),
    actor("KAMUINA_NSAPU", "Kamuina Nsapu militia", Some("COD"), true),
    actor("LRA", "Lord's Resistance Army", None, true),
    actor("SPLM_N", "SPLM-N", Some("SDN"), true),
    actor("SLA", "Sudan Liberation Army", Some("SDN"), true),
    actor("FANO", "Fano militia", Some("ETH"), true),
    actor("OLA", "Oromo Liberation Army", Some("ETH"), true),
    actor("TPLF", "Tigray forces (TPLF)", Some("ETH"), true),
    actor("KIA", "Kachin Independence Army", Some("MMR"), true),
    actor("TNLA", "Ta'ang National Liberation Army", Some("MMR"), true),
    actor(
        "MNDAA",
        "Myanmar National Democratic Alliance Army",
        Some("MMR"),
        true,
    ),
    actor("KNU", "Karen National Union", Some("MMR"), true),
    actor("LEJ", "Lashkar-e-Jhangvi", Some("PAK"), true),
    actor("FSA", "Free Syrian Army", Some("SYR"), true),
    actor("SNA_SYRIA", "Syrian National Army", Some("SYR"), true),
    actor("AHRAR_AL_SHAM", "Ahrar al-Sham", Some("SYR"), true),
    actor("HURRAS_AL_DIN", "Hurras al-Din", Some("SYR"), true),
    actor("WAGNER", "Wagner Group", None, false),
    actor("ULFA", "United Liberation Front of Asom", Some("IND"), true),
    actor("UNIDENTIFIED", "Unidentified armed group", None, false),
    actor("civilians", "Civilians", None, false),
];

/// The entry of `code` in [`ACTORS`].
pub(crate) fn actor_code(code: &str) -> Option<&'static ActorCode> {
    static BY_CODE: Lazy<HashMap<&str, &ActorCode>> =
        Lazy::new(|| ACTORS.iter().map(|a| (a.code, a)).collect());
    BY_CODE.get(code).copied()
}

/// Whether `code` is a non-state armed group: one that claims, or fights in one country,
/// other than the government's forces.
pub(crate) fn is_armed_group(code: &str) -> bool {
    code != GOVERNMENT && actor_code(code).is_some_and(|a| a.claims || a.home.is_some())
}

/// Whether the word of the actor `code` is a claim (see [`ActorCode::claims`]).
pub(crate) fn claims(code: &str) -> bool {
    actor_code(code).is_some_and(|a| a.claims)
}

/// Actor aliases beyond the side words of the casualty grammar: the names perpetrators go by.
pub(crate) static ACTOR_ALIASES: Lexicon<&str> = Lexicon::new(&[
    ("Islamic State", "IS"),
    ("Islamic State group", "IS"),
    // Full names that hold a place: the place is no place of the event.
    ("Islamic State of Iraq and the Levant", "IS"),
    ("Islamic State of Iraq and Syria", "IS"),
    ("Islamic State in Iraq and Syria", "IS"),
    ("Islamic State West Africa Province", "IS"),
    ("Islamic State in West Africa", "IS"),
    ("Islamic State Khorasan Province", "IS"),
    ("Islamic State in the Greater Sahara", "IS"),
    ("Islamic State Central Africa Province", "IS"),
    ("ISWAP", "IS"),
    ("ISGS", "IS"),
    ("ISKP", "IS"),
    ("ISIS-K", "IS"),
    ("IS", "IS"),
    ("ISIS", "IS"),
    ("ISIL", "IS"),
    ("Daesh", "IS"),
    ("jihadists", "IS"),
    ("regime", "GOV"),
    ("regime forces", "GOV"),
    ("pro-regime", "GOV"),
    ("pro-government", "GOV"),
    ("government forces", "GOV"),
    ("government troops", "GOV"),
    ("government airstrikes", "GOV"),
    ("government air strikes", "GOV"),
    ("government airstrike", "GOV"),
    ("government air strike", "GOV"),
    ("government warplanes", "GOV"),
    ("government aircraft", "GOV"),
    ("government shelling", "GOV"),
    ("government bombardment", "GOV"),
    ("government bombardments", "GOV"),
    ("government bombing", "GOV"),
    ("government drone", "GOV"),
    ("government drones", "GOV"),
    ("government drone strike", "GOV"),
    ("government drone strikes", "GOV"),
    ("government artillery", "GOV"),
    ("government jets", "GOV"),
    ("security forces", "GOV"),
    ("army", "GOV"),
    ("military", "GOV"),
    ("police", "GOV"),
    ("troops", "GOV"),
    ("soldiers", "GOV"),
    ("loyalists", "GOV"),
    ("HTS", "HTS"),
    ("Hayat Tahrir al-Sham", "HTS"),
    ("former Al-Qaeda affiliate", "HTS"),
    ("al-Nusra", "HTS"),
    ("Israeli", "ISR"),
    ("Israeli military", "ISR"),
    ("Israeli army", "ISR"),
    ("Israeli forces", "ISR"),
    ("Israeli troops", "ISR"),
    ("Israel Defense Forces", "ISR"),
    ("IDF", "ISR"),
    // Turkey's strikes abroad ("Turkish drone strikes killed 12 people in Qamishli"); its
    // soldiers at home are the government's, so only weapons name it.
    ("Turkish drone", "TUR"),
    ("Turkish drones", "TUR"),
    ("Turkish drone strike", "TUR"),
    ("Turkish drone strikes", "TUR"),
    ("Turkish air strike", "TUR"),
    ("Turkish air strikes", "TUR"),
    ("Turkish airstrike", "TUR"),
    ("Turkish airstrikes", "TUR"),
    ("Turkish warplanes", "TUR"),
    ("Turkish jets", "TUR"),
    ("Turkish artillery", "TUR"),
    ("Turkish shelling", "TUR"),
    // Ukraine's strikes into Russia ("a Ukrainian drone attack on Belgorod"); its soldiers at
    // home are the government's, so only weapons name it, as Turkey's.
    ("Ukrainian drone", "UKR"),
    ("Ukrainian drones", "UKR"),
    ("Ukrainian drone attack", "UKR"),
    ("Ukrainian drone attacks", "UKR"),
    ("Ukrainian drone strike", "UKR"),
    ("Ukrainian drone strikes", "UKR"),
    ("Ukrainian missile", "UKR"),
    ("Ukrainian missiles", "UKR"),
    ("Ukrainian missile strike", "UKR"),
    ("Ukrainian shelling", "UKR"),
    ("Ukrainian artillery", "UKR"),
    ("Russian", "RUS"),
    ("Russian army", "RUS"),
    ("Russian forces", "RUS"),
    ("Russian troops", "RUS"),
    ("Russian army forces", "RUS"),
    ("Russia", "RUS"),
    ("SDF", "SDF"),
    ("Syrian Democratic Forces", "SDF"),
    ("US-led coalition", "COALITION"),
    // "US" alone is too often the government speaking ("US officials said").
    ("US forces", "US"),
    ("US troops", "US"),
    ("US military", "US"),
    ("US special forces", "US"),
    ("US drone", "US"),
    ("US drones", "US"),
    ("US air strike", "US"),
    ("US air strikes", "US"),
    ("US airstrike", "US"),
    ("US airstrikes", "US"),
    ("US strike", "US"),
    ("US strikes", "US"),
    ("US warplanes", "US"),
    ("US aircraft", "US"),
    ("US Africa Command", "US"),
    ("AFRICOM", "US"),
    ("American forces", "US"),
    ("American troops", "US"),
    ("American drone", "US"),
    ("American warplanes", "US"),
    ("Saudi-led coalition", "SAUDI_COALITION"),
    ("Taliban", "TALIBAN"),
    ("Boko Haram", "BOKO_HARAM"),
    ("al-Shabaab", "AL_SHABAAB"),
    ("al Shabaab", "AL_SHABAAB"),
    ("al-Qaeda in the Islamic Maghreb", "AL_QAEDA"),
    ("al-Qaida in the Islamic Maghreb", "AL_QAEDA"),
    ("al-Qaeda in the Arabian Peninsula", "AL_QAEDA"),
    ("al-Qaida in the Arabian Peninsula", "AL_QAEDA"),
    ("al-Qaeda in the Indian Subcontinent", "AL_QAEDA"),
    ("al-Shabab", "AL_SHABAAB"),
    ("Al-Shabaab", "AL_SHABAAB"),
    ("Shabaab", "AL_SHABAAB"),
    ("al-Qaeda", "AL_QAEDA"),
    ("al-Qaida", "AL_QAEDA"),
    ("Al-Qaeda", "AL_QAEDA"),
    ("AQAP", "AL_QAEDA"),
    ("AQIM", "AL_QAEDA"),
    ("Houthi", "HOUTHI"),
    ("Houthis", "HOUTHI"),
    ("Huthi", "HOUTHI"),
    ("Huthis", "HOUTHI"),
    ("Ansar Allah", "HOUTHI"),
    ("Popular Mobilization Forces", "PMF"),
    ("Popular Mobilisation Forces", "PMF"),
    ("Popular Mobilization Units", "PMF"),
    ("Popular Mobilisation Units", "PMF"),
    ("Hashed al-Shaabi", "PMF"),
    ("Hashd al-Shaabi", "PMF"),
    ("PMF", "PMF"),
    ("PKK", "PKK"),
    ("National Liberation Front", "NLF"),
    ("NLF", "NLF"),
    ("ADF", "ADF"),
    ("Allied Democratic Forces", "ADF"),
    ("Fulani herdsmen", "FULANI"),
    ("herdsmen", "FULANI"),
    ("Fulani herders", "FULANI"),
    ("Fulani militia", "FULANI"),
    ("Fulani militiamen", "FULANI"),
    ("Jamaat-ul-Ahrar", "JUA"),
    ("Jamaat ul Ahrar", "JUA"),
    ("Jamaatul Ahrar", "JUA"),
    ("Pakistani Taliban", "TTP"),
    ("Tehreek-e-Taliban Pakistan", "TTP"),
    ("Tehrik-e-Taliban Pakistan", "TTP"),
    ("Tehrik-i-Taliban Pakistan", "TTP"),
    ("TTP", "TTP"),
    ("Jamaat-ul-Ahrar", "TTP"),
    ("Jamaatul Ahrar", "TTP"),
    ("Baloch Liberation Army", "BALOCH"),
    ("Balochistan Liberation Army", "BALOCH"),
    ("BLA", "BALOCH"),
    ("Baloch Liberation Front", "BALOCH"),
    ("BLF", "BALOCH"),
    ("Baloch Raaji Aajoi Sangar", "BALOCH"),
    ("BRAS", "BALOCH"),
    ("Baloch separatists", "BALOCH"),
    ("Baloch separatist groups", "BALOCH"),
    ("Baloch separatist group", "BALOCH"),
    ("ethnic Baloch separatist groups", "BALOCH"),
    ("Baloch insurgents", "BALOCH"),
    ("Baloch militants", "BALOCH"),
    ("Baluch separatists", "BALOCH"),
    ("Baluch militants", "BALOCH"),
    ("Lashkar-e-Taiba", "LET"),
    ("Lashkar-e-Toiba", "LET"),
    ("Jaish-e-Mohammed", "JEM"),
    ("Jaish-e-Mohammad", "JEM"),
    ("Hizbul Mujahideen", "HIZBUL"),
    ("Maoists", "MAOISTS"),
    ("Maoist rebels", "MAOISTS"),
    ("Maoist insurgents", "MAOISTS"),
    ("Naxals", "MAOISTS"),
    ("Naxalites", "MAOISTS"),
    ("New People's Army", "NPA"),
    ("NPA", "NPA"),
    ("communist rebels", "NPA"),
    ("communist guerrillas", "NPA"),
    ("communist insurgents", "NPA"),
    ("Abu Sayyaf", "ABU_SAYYAF"),
    ("Maute group", "MAUTE"),
    ("Bangsamoro Islamic Freedom Fighters", "BIFF"),
    ("BIFF", "BIFF"),
    ("Arakan Rohingya Salvation Army", "ARSA"),
    ("ARSA", "ARSA"),
    ("Arakan Army", "ARAKAN_ARMY"),
    ("Seleka", "SELEKA"),
    ("ex-Seleka", "SELEKA"),
    ("former Seleka", "SELEKA"),
    ("FPRC", "SELEKA"),
    ("Union for Peace in the Central African Republic", "SELEKA"),
    ("anti-Balaka", "ANTI_BALAKA"),
    ("FDLR", "FDLR"),
    ("Democratic Forces for the Liberation of Rwanda", "FDLR"),
    ("Mai-Mai", "MAI_MAI"),
    ("Mai Mai", "MAI_MAI"),
    ("Mayi-Mayi", "MAI_MAI"),
    ("M23", "M23"),
    ("SPLA-IO", "SPLA_IO"),
    ("SPLM-IO", "SPLA_IO"),
    ("SPLA in Opposition", "SPLA_IO"),
    ("JNIM", "JNIM"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
    ("Katiba Macina", "JNIM"),
    ("Macina Liberation Front", "JNIM"),
    ("Jamaat Nusrat al-Islam wal-Muslimin", "JNIM"),
    ("Group for the Support of Islam and Muslims", "JNIM"),
    ("Ansar Dine", "ANSAR_DINE"),
    ("Ansarul Islam", "ANSARUL_ISLAM"),
    ("Ambazonian separatists", "AMBAZONIA"),
    ("Ambazonia Defence Forces", "AMBAZONIA"),
    ("ELN", "ELN"),
    ("FARC", "FARC"),
    ("FARC dissidents", "FARC"),
    ("Revolutionary Armed Forces of Colombia", "FARC"),
    ("CJNG", "CJNG"),
    ("Jalisco New Generation Cartel", "CJNG"),
    ("Jalisco New Generation", "CJNG"),
    ("Jalisco cartel", "CJNG"),
    ("Sinaloa Cartel", "SINALOA_CARTEL"),
    ("Sinaloa cartel", "SINALOA_CARTEL"),
    ("Gulf Cartel", "GULF_CARTEL"),
    ("Gulf cartel", "GULF_CARTEL"),
    ("Los Zetas", "ZETAS"),
    ("Zetas", "ZETAS"),
    ("Santa Rosa de Lima Cartel", "SANTA_ROSA_CARTEL"),
    ("Santa Rosa de Lima cartel", "SANTA_ROSA_CARTEL"),
    ("MS-13", "MS13"),
    ("Mara Salvatrucha", "MS13"),
    ("Barrio 18", "BARRIO_18"),
    ("Hamas", "HAMAS"),
    ("Hamas-led", "HAMAS"),
    ("Hezbollah", "HEZBOLLAH"),
    ("Hizbollah", "HEZBOLLAH"),
    ("YPG", "YPG"),
    ("People's Protection Units", "YPG"),
    ("Rapid Support Forces", "RSF"),
    ("RSF", "RSF"),
    ("Janjaweed", "RSF"),
    ("People's Defense Force", "PDF"),
    ("People's Defence Force", "PDF"),
    ("People's Defense Forces", "PDF"),
    ("People's Defence Forces", "PDF"),
    ("Viv Ansanm", "VIV_ANSANM"),
    ("G9 an Fanmi", "VIV_ANSANM"),
    ("Gran Grif", "GRAN_GRIF"),
    ("CODECO", "CODECO"),
    ("Cooperative for the Development of Congo", "CODECO"),
    ("Kamuina Nsapu", "KAMUINA_NSAPU"),
    ("Kamwina Nsapu", "KAMUINA_NSAPU"),
    ("Lord's Resistance Army", "LRA"),
    ("LRA", "LRA"),
    ("SPLM-N", "SPLM_N"),
    ("SPLA-N", "SPLM_N"),
    ("Sudan People's Liberation Movement-North", "SPLM_N"),
    ("Sudan Liberation Army", "SLA"),
    ("Sudan Liberation Movement", "SLA"),
    ("Fano", "FANO"),
    ("Oromo Liberation Army", "OLA"),
    ("OLA", "OLA"),
    ("Tigray People's Liberation Front", "TPLF"),
    ("TPLF", "TPLF"),
    ("Tigray Defence Forces", "TPLF"),
    ("Tigray Defense Forces", "TPLF"),
    ("Tigrayan forces", "TPLF"),
    ("Kachin Independence Army", "KIA"),
    ("Ta'ang National Liberation Army", "TNLA"),
    ("TNLA", "TNLA"),
    ("Myanmar National Democratic Alliance Army", "MNDAA"),
    ("MNDAA", "MNDAA"),
    ("Karen National Union", "KNU"),
    ("Karen National Liberation Army", "KNU"),
    ("KNU", "KNU"),
    ("KNLA", "KNU"),
    ("Lashkar-e-Jhangvi", "LEJ"),
    ("Lashkar-e-Jhangvi al-Alami", "LEJ"),
    ("Free Syrian Army", "FSA"),
    ("FSA", "FSA"),
    ("Syrian National Army", "SNA_SYRIA"),
    ("Turkish-backed Syrian National Army", "SNA_SYRIA"),
    ("Ahrar al-Sham", "AHRAR_AL_SHAM"),
    ("Hurras al-Din", "HURRAS_AL_DIN"),
    ("Wagner Group", "WAGNER"),
    ("Wagner mercenaries", "WAGNER"),
    ("Wagner fighters", "WAGNER"),
    ("United Liberation Front of Asom", "ULFA"),
    ("United Liberation Front of Assam", "ULFA"),
    ("ULFA", "ULFA"),
    ("Anglophone separatists", "AMBAZONIA"),
    ("Amba fighters", "AMBAZONIA"),
    // Attackers the report cannot name: ACLED's "Unidentified Armed Group".
    ("gunmen", "UNIDENTIFIED"),
    ("unknown gunmen", "UNIDENTIFIED"),
    ("unidentified gunmen", "UNIDENTIFIED"),
    ("armed men", "UNIDENTIFIED"),
    ("unknown armed men", "UNIDENTIFIED"),
    ("unidentified armed men", "UNIDENTIFIED"),
    ("assailants", "UNIDENTIFIED"),
    ("unknown assailants", "UNIDENTIFIED"),
    ("unidentified assailants", "UNIDENTIFIED"),
    ("unidentified attackers", "UNIDENTIFIED"),
    ("unknown attackers", "UNIDENTIFIED"),
    ("attackers", "UNIDENTIFIED"),
    ("suicide bomber", "UNIDENTIFIED"),
    ("suicide bombers", "UNIDENTIFIED"),
    ("suicide car bomber", "UNIDENTIFIED"),
    ("suicide truck bomber", "UNIDENTIFIED"),
    ("suicide attacker", "UNIDENTIFIED"),
    ("suicide attackers", "UNIDENTIFIED"),
    ("militants", "UNIDENTIFIED"),
    ("insurgents", "UNIDENTIFIED"),
    ("extremists", "UNIDENTIFIED"),
    ("Islamic extremists", "UNIDENTIFIED"),
    ("Islamist extremists", "UNIDENTIFIED"),
    ("Islamist militants", "UNIDENTIFIED"),
    ("Islamist insurgents", "UNIDENTIFIED"),
    ("bandits", "UNIDENTIFIED"),
    ("armed bandits", "UNIDENTIFIED"),
    ("gang members", "UNIDENTIFIED"),
    ("armed gangs", "UNIDENTIFIED"),
    ("gangs", "UNIDENTIFIED"),
    ("gunmen from a gang", "UNIDENTIFIED"),
]);

/// Aliases written with full stops, compared as written (longest first where one begins
/// another; each has a full stop second): "U.S.-led coalition", "U.S. troops".
pub(crate) const DOTTED_ALIASES: &[(&str, &str)] = &[
    ("U.S.-led coalition", "COALITION"),
    ("U.S. forces", "US"),
    ("U.S. troops", "US"),
    ("U.S. military", "US"),
    ("U.S. special forces", "US"),
    ("U.S. drones", "US"),
    ("U.S. drone", "US"),
    ("U.S. air strikes", "US"),
    ("U.S. air strike", "US"),
    ("U.S. airstrikes", "US"),
    ("U.S. airstrike", "US"),
    ("U.S. strikes", "US"),
    ("U.S. strike", "US"),
    ("U.S. warplanes", "US"),
    ("U.S. aircraft", "US"),
];

/// Words after an actor's name that make it describe a thing, not name the actor: "a
/// legitimate military target", "a military court", "police uniforms".
pub(crate) static NOT_ACTOR_AFTER: Lexicon<()> = Lexicon::new(&[
    ("target", ()),
    ("targets", ()),
    ("court", ()),
    ("courts", ()),
    ("analyst", ()),
    ("analysts", ()),
    ("expert", ()),
    ("experts", ()),
    ("uniform", ()),
    ("uniforms", ()),
    ("rule", ()),
    ("academy", ()),
    ("hospital", ()),
    // "a Somali pro-government website", "pro-Kremlin media": an outlet, not a party.
    ("website", ()),
    ("websites", ()),
    ("newspaper", ()),
    ("newspapers", ()),
    ("daily", ()),
    ("media", ()),
    ("outlet", ()),
    ("outlets", ()),
    ("television", ()),
    ("TV", ()),
    ("radio", ()),
    ("broadcaster", ()),
    ("news agency", ()),
]);

/// How a verb of reporting names its source.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SourceVerb {
    /// What the source says is a claim ("claimed").
    pub claim: bool,
    /// The source may follow the verb: "..., said Observatory chief Rami Abdel Rahman".
    pub inverts: bool,
}

const SAYS: SourceVerb = SourceVerb {
    claim: false,
    inverts: true,
};
const REPORTS: SourceVerb = SourceVerb {
    claim: false,
    inverts: false,
};
const CLAIMS: SourceVerb = SourceVerb {
    claim: true,
    inverts: false,
};

/// Verbs after which the words before them name the source of a report.
pub(crate) static SOURCE_VERBS: Lexicon<SourceVerb> = Lexicon::new(&[
    ("said", SAYS),
    ("says", SAYS),
    ("told", REPORTS),
    ("reported", REPORTS),
    ("announced", REPORTS),
    ("confirmed", REPORTS),
    ("claimed", CLAIMS),
    ("claims", CLAIMS),
]);

/// Nouns after an actor's name that make it the name of who speaks: "army officials said",
/// "police sources told".
pub(crate) static SPEAKERS: Lexicon<()> = Lexicon::new(&[
    ("official", ()),
    ("officials", ()),
    ("source", ()),
    ("sources", ()),
    ("spokesman", ()),
    ("spokeswoman", ()),
    ("spokesperson", ()),
    // "The state police command confirmed the attack".
    ("command", ()),
]);

/// Offices of a party that report for it, after its name and a possessive ("the Houthi
/// rebels' health ministry said", "the Houthi-run health ministry said"): they report, they do
/// not claim.
pub(crate) static PARTY_OFFICES: Lexicon<()> = Lexicon::new(&[
    ("health ministry", ()),
    ("interior ministry", ()),
    ("ministry", ()),
    ("health officials", ()),
    ("health authorities", ()),
    ("media office", ()),
    ("news agency", ()),
    ("television", ()),
    ("TV", ()),
]);

/// What joins a party's name to an office of its (see [`PARTY_OFFICES`]): "the Houthis'
/// ...", "the Houthi-run ...".
pub(crate) const PARTY_OFFICE_LINKS: &[&str] = &["'s", "’s", "'", "’", "-run", "-controlled"];

/// Words between a source and its verb that are no part of its name: "the Islamic State group
/// has belatedly claimed", "the local newspaper has reported".
pub(crate) static SOURCE_VERB_HELPERS: Lexicon<()> = Lexicon::new(&[
    ("has", ()),
    ("have", ()),
    ("had", ()),
    ("also", ()),
    ("yet", ()),
    ("belatedly", ()),
    ("reportedly", ()),
    ("already", ()),
    ("previously", ()),
    ("later", ()),
    ("earlier", ()),
]);

/// Words right before a verb of reporting that make it no report by a source, besides a form
/// of "be" (a passive, "were reported missing"): an infinitive ("to have claimed"), or a
/// noun ("with claims that").
pub(crate) static NO_SOURCE_BEFORE: Lexicon<()> = Lexicon::new(&[
    ("to", ()),
    ("with", ()),
    ("the", ()),
    ("a", ()),
    ("an", ()),
    ("their", ()),
    ("his", ()),
    ("her", ()),
    ("its", ()),
    ("these", ()),
    ("those", ()),
]);

/// Words that open a clause inside a sentence: the source is named after the last of them
/// ("in what officials said"), or before it for [`RELATIVE_SUBJECTS`].
pub(crate) static CLAUSE_OPENERS: Lexicon<()> = Lexicon::new(&[
    ("what", ()),
    ("who", ()),
    ("whom", ()),
    ("which", ()),
    ("that", ()),
    ("while", ()),
    ("when", ()),
    ("where", ()),
    ("as", ()),
    ("after", ()),
    ("because", ()),
]);

/// Relative pronouns that stand for the words before them: "residents who fled their homes
/// told AFP" is the residents' report.
pub(crate) static RELATIVE_SUBJECTS: Lexicon<()> = Lexicon::new(&[("who", ())]);

/// Conjunctions that may begin a clause but no source: ", and officials said".
pub(crate) static CONJUNCTIONS: Lexicon<()> = Lexicon::new(&[("and", ()), ("but", ())]);

/// First words after a verb of reporting that make it a report of victims, not by a source:
/// "confirmed dead", "reported missing", "said to have".
pub(crate) static VICTIMS_REPORTED: Lexicon<()> = Lexicon::new(&[
    ("to", ()),
    ("dead", ()),
    ("killed", ()),
    ("missing", ()),
    ("injured", ()),
    ("wounded", ()),
    ("alive", ()),
]);

/// Words a few words after "claimed" that make it a toll: "has claimed over 40 lives",
/// "claimed the lives of six".
pub(crate) static LIVES: Lexicon<()> = Lexicon::new(&[("lives", ()), ("life", ())]);

/// Words that cannot begin a source: a negated subject is no one's report ("No group has
/// claimed"), and "both" stands for names said before it.
pub(crate) static NOT_SOURCE_STARTS: Lexicon<()> = Lexicon::new(&[
    ("no", ()),
    ("none", ()),
    ("both", ()),
    // "with 40 deaths reported": a circumstance, not who reports.
    ("with", ()),
    ("without", ()),
]);

/// Words that make a phrase a clause, not a source's name, besides the forms of "be": "Nine
/// people were killed", "found dead".
pub(crate) static CLAUSE_WORDS: Lexicon<()> = Lexicon::new(&[
    ("killed", ()),
    ("died", ()),
    ("dead", ()),
    // "heavy casualties reported": a toll, not who reports it.
    ("deaths", ()),
    ("casualties", ()),
]);

/// Words that deny a claim between a group and "claimed": "The Taliban denied responsibility
/// and no group has claimed it".
pub(crate) static DENIALS: Lexicon<()> = Lexicon::new(&[
    ("no", ()),
    ("not", ()),
    ("never", ()),
    ("denied", ()),
    ("denies", ()),
]);

/// Words after which the group named before them claims an attack: "Al-Shabaab has claimed
/// responsibility for the attack".
pub(crate) static CLAIMS_OF_ATTACKS: Lexicon<()> = Lexicon::new(&[
    ("claimed responsibility", ()),
    ("claimed credit", ()),
    ("claims responsibility", ()),
    ("claimed the attack", ()),
    ("claimed the attacks", ()),
    ("claimed the bombing", ()),
    ("claimed the bombings", ()),
    ("claimed the blast", ()),
    ("claimed the killing", ()),
    ("claimed the killings", ()),
    ("claimed the assault", ()),
    ("said it carried out", ()),
    ("says it carried out", ()),
    ("said they carried out", ()),
    ("said it was behind", ()),
    ("says it was behind", ()),
    ("took responsibility", ()),
    ("has taken responsibility", ()),
    ("accepted responsibility", ()),
    ("admitted responsibility", ()),
]);

/// What forces hold that an attack hits: "a police vehicle", "a military convoy" name the
/// forces as its target.
pub(crate) static FORCES_FACILITIES: Lexicon<()> = Lexicon::new(&[
    ("vehicle", ()),
    ("vehicles", ()),
    ("convoy", ()),
    ("convoys", ()),
    ("checkpoint", ()),
    ("checkpoints", ()),
    ("check point", ()),
    ("base", ()),
    ("bases", ()),
    ("post", ()),
    ("posts", ()),
    ("outpost", ()),
    ("station", ()),
    ("stations", ()),
    ("patrol", ()),
    ("patrols", ()),
    ("headquarters", ()),
    ("camp", ()),
    ("barracks", ()),
    ("truck", ()),
    ("trucks", ()),
    ("bus", ()),
    ("academy", ()),
    ("compound", ()),
    ("command center", ()),
    ("command centre", ()),
    ("command post", ()),
    ("position", ()),
    ("positions", ()),
    ("hideout", ()),
    ("hideouts", ()),
]);

/// Words right before an actor that tie another (or a place) to it, not make it a party:
/// "Al-Shabab, which is linked to al-Qaida" (last words, matched backwards).
pub(crate) const TIES_BEFORE: &[&str] = &[
    "linked to",
    "affiliated with",
    "affiliated to",
    "allied with",
    "allied to",
    "aligned with",
    "loyal to",
    "allegiance to",
    "an affiliate of",
    "a branch of",
    "an offshoot of",
    "a splinter group of",
    "a faction of",
    "breakaway faction of",
    // A place's holder: "a fuel port controlled by the Houthi rebels".
    "controlled by",
    "held by",
    "run by",
    "under the control of",
];

/// Words after a group that tell of its other attacks, not this one: "the Islamic State group
/// has carried out similar attacks in the past".
pub(crate) static OTHER_ATTACKS_AFTER: Lexicon<()> = Lexicon::new(&[
    ("has carried out similar", ()),
    ("have carried out similar", ()),
    ("has carried out such", ()),
    ("have carried out such", ()),
    ("has claimed similar", ()),
    ("have claimed similar", ()),
    ("has claimed such", ()),
    ("have claimed such", ()),
    ("has staged similar", ()),
    ("has conducted similar", ()),
    ("often carries out", ()),
    ("frequently carries out", ()),
]);

/// Words right before forces that make them what an attack hit: "struck police escorting a
/// rally", "an attack on soldiers" (last words, matched backwards).
pub(crate) const HIT_BEFORE: &[&str] = &[
    "struck",
    "attacked",
    "targeted",
    "targeting",
    "ambushed",
    "stormed",
    "raided",
    "attack on",
    "attacks on",
    "assault on",
];

/// Words before a name that make it the agent of a passive: "were killed by police" names
/// the perpetrator even when policemen are among the victims of the same event.
pub(crate) const AGENT_BEFORE: &[&str] = &[
    "killed by",
    "shot by",
    "shot dead by",
    "gunned down by",
    "fired on by",
    "attacked by",
    "ambushed by",
    "abducted by",
    "kidnapped by",
    "wounded by",
    "injured by",
    "beaten by",
];

/// Party sources known by names that are not actor aliases: a group's news agency.
pub(crate) static PARTY_SOURCES: Lexicon<&str> = Lexicon::new(&[("Amaq", "IS")]);

/// Words that end a source's name before a time: "the Observatory on Saturday", "he said".
pub(crate) static NOT_NAME_WORDS: Lexicon<()> = Lexicon::new(&[
    ("on", ()),
    ("in", ()),
    ("at", ()),
    ("last", ()),
    ("late", ()),
    ("early", ()),
    ("this", ()),
    ("it", ()),
    ("he", ()),
    ("she", ()),
    ("they", ()),
    ("we", ()),
    ("its", ()),
    ("also", ()),
    ("later", ()),
    ("earlier", ()),
    ("again", ()),
    ("further", ()),
]);

/// Words that name an armed group named before: "The group claimed it killed 41 soldiers".
pub(crate) static GROUP_ANAPHORS: Lexicon<()> = Lexicon::new(&[
    ("the group", ()),
    ("the militant group", ()),
    ("the armed group", ()),
    ("the rebel group", ()),
    ("the jihadist group", ()),
    ("the Islamist group", ()),
    ("the extremist group", ()),
    ("the militants", ()),
    ("the insurgents", ()),
    ("the rebels", ()),
    ("the jihadists", ()),
]);

/// Words after "claimed" that make it a claim of a figure, not of an attack: "claimed it
/// killed 41 soldiers", "claimed to have killed", not "claimed responsibility".
pub(crate) static CLAIMED_FIGURE_NEXT: Lexicon<()> = Lexicon::new(&[
    ("it", ()),
    ("its", ()),
    ("they", ()),
    ("that", ()),
    ("to have", ()),
]);

/// Groups that "jihadists" in an article may be: the one named nearest them.
pub(crate) const JIHADIST_GROUPS: &[&str] = &[
    "IS",
    "HTS",
    "AL_QAEDA",
    "AL_SHABAAB",
    "BOKO_HARAM",
    "JNIM",
    "ANSAR_DINE",
    "ANSARUL_ISLAM",
    "TTP",
    "JUA",
    "ABU_SAYYAF",
    "MAUTE",
    "LET",
    "JEM",
    "ADF",
    "LEJ",
    "AHRAR_AL_SHAM",
    "HURRAS_AL_DIN",
];

/// Words after a group's name that make the phrase another group's tie to it: "an al-Qaida
/// affiliate".
pub(crate) static AFFILIATE_AFTER: Lexicon<()> = Lexicon::new(&[
    ("affiliate", ()),
    ("affiliates", ()),
    ("offshoot", ()),
    ("branch", ()),
    ("franchise", ()),
]);

/// Verbs that blame an attack on a group, with the word before the group: "attributed them
/// to the Katiba Macina", "blamed the attack on al-Shabaab".
pub(crate) static BLAME_VERBS: Lexicon<&str> = Lexicon::new(&[
    ("attributed", "to"),
    ("attributing", "to"),
    ("blamed", "on"),
    ("blaming", "on"),
    ("blames", "on"),
]);

/// Armed groups that took power in their country, and the day they did: the Taliban took
/// Kabul on 15 August 2021; Hayat Tahrir al-Sham took Damascus on 8 December 2024.
pub(crate) const IN_POWER_SINCE: &[(&str, (i32, u32, u32))] =
    &[("TALIBAN", (2021, 8, 15)), ("HTS", (2024, 12, 8))];
