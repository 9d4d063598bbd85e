//! Adjectives and other names of countries: "Afghan", "Iraqi", "the DRC".

use crate::lexicon::table::Lexicon;

/// Adjectives and peoples that point to a country (ISO 3166-1 alpha-3).
pub(crate) static COUNTRY_WORDS: Lexicon<&str> = Lexicon::new(&[
    ("Afghan", "AFG"),
    ("Iraqi", "IRQ"),
    ("Syrian", "SYR"),
    ("Yemeni", "YEM"),
    ("Somali", "SOM"),
    ("Nigerian", "NGA"),
    ("Pakistani", "PAK"),
    ("Mexican", "MEX"),
    ("Libyan", "LBY"),
    ("Malian", "MLI"),
    ("Sudanese", "SDN"),
    ("South Sudanese", "SSD"),
    ("Ethiopian", "ETH"),
    ("Kenyan", "KEN"),
    ("Cameroonian", "CMR"),
    ("Congolese", "COD"),
    ("Central African", "CAF"),
    ("Turkish", "TUR"),
    ("Egyptian", "EGY"),
    ("Filipino", "PHL"),
    ("Philippine", "PHL"),
    ("Indian", "IND"),
    ("Bangladeshi", "BGD"),
    ("Burmese", "MMR"),
    ("Burundian", "BDI"),
    ("Honduran", "HND"),
    ("Guatemalan", "GTM"),
    ("Salvadoran", "SLV"),
    ("Venezuelan", "VEN"),
    ("Colombian", "COL"),
    ("Brazilian", "BRA"),
    ("Ugandan", "UGA"),
    ("Mozambican", "MOZ"),
    ("Nigerien", "NER"),
    ("Chadian", "TCD"),
    ("Burkinabe", "BFA"),
    ("Lebanese", "LBN"),
    ("Palestinian", "PSE"),
    ("Israeli", "ISR"),
    ("Saudi", "SAU"),
    ("Iranian", "IRN"),
    ("Ukrainian", "UKR"),
    ("Russian", "RUS"),
    ("Tunisian", "TUN"),
    ("Algerian", "DZA"),
    ("Thai", "THA"),
    ("South African", "ZAF"),
    ("Ivorian", "CIV"),
    ("Guinean", "GIN"),
    ("Rwandan", "RWA"),
    ("Tanzanian", "TZA"),
    ("Zimbabwean", "ZWE"),
    ("Bahraini", "BHR"),
    ("Jordanian", "JOR"),
    ("Kurdish", "IRQ"),
    ("Ghanaian", "GHA"),
    ("Chinese", "CHN"),
    ("Indonesian", "IDN"),
    ("Malaysian", "MYS"),
    ("Sri Lankan", "LKA"),
    ("Nepalese", "NPL"),
    ("Nepali", "NPL"),
    ("Peruvian", "PER"),
    ("Bolivian", "BOL"),
    ("Paraguayan", "PRY"),
    ("Nicaraguan", "NIC"),
    ("Ecuadorian", "ECU"),
    ("Haitian", "HTI"),
    ("Jamaican", "JAM"),
    ("Senegalese", "SEN"),
    ("Liberian", "LBR"),
    ("Sierra Leonean", "SLE"),
    ("Togolese", "TGO"),
    ("Beninese", "BEN"),
    ("Zambian", "ZMB"),
    ("Malawian", "MWI"),
    ("Angolan", "AGO"),
    ("Eritrean", "ERI"),
    ("Mauritanian", "MRT"),
    ("Moroccan", "MAR"),
    ("Tajik", "TJK"),
    ("Uzbek", "UZB"),
    ("Kyrgyz", "KGZ"),
    ("Kazakh", "KAZ"),
    ("Azerbaijani", "AZE"),
    ("Armenian", "ARM"),
    // Peoples of one country.
    ("Rohingya", "MMR"),
    ("Abkhaz", "GEO"),
    ("Oromo", "ETH"),
    ("Oromos", "ETH"),
    // Peoples named as victims: "killed 12 Libyans".
    ("Afghans", "AFG"),
    ("Iraqis", "IRQ"),
    ("Syrians", "SYR"),
    ("Yemenis", "YEM"),
    ("Somalis", "SOM"),
    ("Nigerians", "NGA"),
    ("Pakistanis", "PAK"),
    ("Mexicans", "MEX"),
    ("Libyans", "LBY"),
    ("Malians", "MLI"),
    ("Kenyans", "KEN"),
    ("Egyptians", "EGY"),
    ("Filipinos", "PHL"),
    ("Bangladeshis", "BGD"),
    ("Ethiopians", "ETH"),
    ("Palestinians", "PSE"),
    ("Ghanaians", "GHA"),
]);

/// Other names of countries than the gazetteer's, which weigh as much as its names:
/// "the DRC", "Myanmar".
pub(crate) static COUNTRY_NAMES: Lexicon<&str> = Lexicon::new(&[
    ("DRC", "COD"),
    ("DR Congo", "COD"),
    ("DRCongo", "COD"),
    ("Democratic Republic of Congo", "COD"),
    ("Democratic Republic of the Congo", "COD"),
    // Since the 1990s a bare "Congo" in conflict news is the DRC; the other Congo is named
    // as such.
    ("Congo-Brazzaville", "COG"),
    ("Republic of Congo", "COG"),
    ("Republic of the Congo", "COG"),
    ("Congo Republic", "COG"),
    ("Congo", "COD"),
    ("Central African Republic", "CAF"),
    ("CAR", "CAF"),
    ("Myanmar", "MMR"),
    ("Burma", "MMR"),
    ("Britain", "GBR"),
    ("Great Britain", "GBR"),
    ("Czech Republic", "CZE"),
    ("Palestine", "PSE"),
    ("West Bank", "PSE"),
    ("Gaza Strip", "PSE"),
    ("Ivory Coast", "CIV"),
    ("Cote d'Ivoire", "CIV"),
    ("Côte d'Ivoire", "CIV"),
    // Regions that speak for themselves and whose events are coded to the state that claims
    // them (as UCDP and ACLED do).
    ("Somaliland", "SOM"),
    ("Puntland", "SOM"),
    ("Abkhazia", "GEO"),
]);

/// Regions of one country that are no first-order unit, so that the gazetteer does not know
/// them ("in western Jebel Marra", "the central Sinai Peninsula", "North Waziristan"), and
/// units it knows only by a name too far from the English one ("Nineveh" is Nīnawá).
pub(crate) static REGIONS: Lexicon<&str> = Lexicon::new(&[
    ("Nineveh", "IRQ"),
    ("Ninevah", "IRQ"),
    ("Jebel Marra", "SDN"),
    ("Jabal Marra", "SDN"),
    ("Darfur", "SDN"),
    ("Sinai", "EGY"),
    ("Sinai Peninsula", "EGY"),
    ("Waziristan", "PAK"),
    ("North Waziristan", "PAK"),
    ("South Waziristan", "PAK"),
    ("Gaza Strip", "PSE"),
    ("West Bank", "PSE"),
    ("Donbas", "UKR"),
    ("Donbass", "UKR"),
    ("Crimea", "UKR"),
    ("Ogaden", "ETH"),
    ("Rakhine", "MMR"),
    ("Mindanao", "PHL"),
    ("Kurdistan Region", "IRQ"),
    ("Iraqi Kurdistan", "IRQ"),
    ("Chechnya", "RUS"),
    ("Kasai", "COD"),
    // Divided between India and Pakistan: a bare "Kashmir" in the news is India's part.
    ("Kashmir", "IND"),
    ("Pakistani Kashmir", "PAK"),
    ("Pakistan-administered Kashmir", "PAK"),
    ("Pakistan-controlled Kashmir", "PAK"),
    ("Azad Kashmir", "PAK"),
]);

/// National armies, peacekeeping missions and armed groups that fight in one country: "two
/// FARDC soldiers", "an AMISOM convoy", "members of the former Seleka". They point to that
/// country as an adjective does.
pub(crate) static FORCES_OF_ONE_COUNTRY: Lexicon<&str> = Lexicon::new(&[
    ("FARDC", "COD"),
    ("MONUSCO", "COD"),
    ("SPLA", "SSD"),
    ("UNMISS", "SSD"),
    ("AMISOM", "SOM"),
    ("MINUSCA", "CAF"),
    ("MINUSMA", "MLI"),
    ("UNAMID", "SDN"),
    ("Tatmadaw", "MMR"),
    ("ANSF", "AFG"),
    ("Seleka", "CAF"),
    ("ex-Seleka", "CAF"),
    ("anti-Balaka", "CAF"),
    ("Mai-Mai", "COD"),
    ("Mai Mai", "COD"),
    ("Nyatura", "COD"),
    ("FDLR", "COD"),
    ("Janjaweed", "SDN"),
    ("Abu Sayyaf", "PHL"),
    ("Tehreek-i-Taliban Pakistan", "PAK"),
    ("Tehrik-i-Taliban Pakistan", "PAK"),
    ("TTP", "PAK"),
    ("Jamaat-ul-Ahrar", "PAK"),
    ("Jamaatul Ahrar", "PAK"),
    ("Lashkar-e-Jhangvi", "PAK"),
    ("Baloch Liberation Army", "PAK"),
    ("FARC", "COL"),
    ("ELN", "COL"),
    ("ARSA", "MMR"),
    ("Arakan Rohingya Salvation Army", "MMR"),
    ("Oromo Liberation Front", "ETH"),
    ("ONLF", "ETH"),
    ("Ansaru", "NGA"),
    ("IPOB", "NGA"),
    ("Niger Delta Avengers", "NGA"),
    ("Sinaloa Cartel", "MEX"),
    ("Zetas", "MEX"),
    ("Jalisco New Generation Cartel", "MEX"),
]);

/// Words before "with" that make the country after it a neighbour: "the border with Syria".
pub(crate) static BORDER_WORDS: Lexicon<()> =
    Lexicon::new(&[("border", ()), ("borders", ()), ("frontier", ())]);

/// Kinds of administrative unit that only one country has, which name that country as its
/// name would: "Gulani LGA", "Ukum local government area" (Nigeria's second-order units),
/// "Mathbaria upazila" (Bangladesh's), "Mariveles barangay" (the Philippines').
pub(crate) static UNIT_KINDS_OF_ONE_COUNTRY: Lexicon<&str> = Lexicon::new(&[
    ("LGA", "NGA"),
    ("LGAs", "NGA"),
    ("local government area", "NGA"),
    ("local government areas", "NGA"),
    ("local government council", "NGA"),
    ("upazila", "BGD"),
    ("barangay", "PHL"),
    ("woreda", "ETH"),
    ("kebele", "ETH"),
    ("autonomous okrug", "RUS"),
]);

/// Words after a name that make it a first-order administrative unit: "Borno state".
pub(crate) static ADMIN_WORDS: Lexicon<()> = Lexicon::new(&[
    ("province", ()),
    ("Province", ()),
    ("state", ()),
    ("State", ()),
    ("governorate", ()),
    ("region", ()),
    ("Region", ()),
    ("countryside", ()),
    ("department", ()),
    ("county", ()),
    ("County", ()),
]);

/// The countries (ISO alpha-3) whose first-order units go by a word: "Plateau state" is
/// Nigeria's, not Benin's Plateau department, when the text names no country.
pub(crate) static UNIT_WORD_COUNTRIES: Lexicon<&[&str]> = Lexicon::new(&[
    (
        "state",
        &[
            "NGA", "SDN", "SSD", "IND", "MEX", "USA", "BRA", "MMR", "VEN", "MYS", "AUS", "DEU",
            "AUT",
        ],
    ),
    (
        "department",
        &[
            "BEN", "COL", "FRA", "HND", "GTM", "SLV", "NIC", "URY", "PRY", "BOL", "HTI", "PER",
        ],
    ),
    (
        "governorate",
        &[
            "SYR", "IRQ", "YEM", "EGY", "JOR", "LBN", "TUN", "OMN", "KWT", "BHR", "PSE",
        ],
    ),
]);

/// Words before a name that make it a place: "in Kabul", "near the town of Balad".
pub(crate) static PLACE_LEADS: Lexicon<()> = Lexicon::new(&[
    ("in", ()),
    ("near", ()),
    ("at", ()),
    ("outside", ()),
    ("around", ()),
    ("into", ()),
    ("across", ()),
    ("from", ()),
    ("to", ()),
    ("of", ()),
    // The places attackers struck: "stormed Dori and Mesuma".
    ("stormed", ()),
    ("raided", ()),
    ("overran", ()),
    ("north of", ()),
    ("south of", ()),
    ("east of", ()),
    ("west of", ()),
]);

/// Words that describe a place after its name, and may be left out to find it in the
/// gazetteer: "Khalis Town", "Udeni Ruwa District", "Toto Local Government Area".
pub(crate) static DESCRIPTIVE: Lexicon<()> = Lexicon::new(&[
    ("town", ()),
    ("city", ()),
    ("village", ()),
    ("villages", ()),
    ("district", ()),
    ("province", ()),
    ("state", ()),
    ("region", ()),
    ("regional", ()),
    ("county", ()),
    ("area", ()),
    ("local", ()),
    ("government", ()),
    ("governorate", ()),
    ("municipality", ()),
    ("camp", ()),
    ("kingdom", ()),
    ("territory", ()),
    ("lga", ()),
    ("LGA", ()),
    ("countryside", ()),
    ("airport", ()),
    ("stadium", ()),
    ("prison", ()),
    ("station", ()),
    ("market", ()),
    ("port", ()),
]);

/// Words that may stand between a place and the unit that holds it, beside descriptive,
/// settlement, administrative and direction words: "Tejeras in central Comayagua province",
/// "Ancha, a village in Maingo, Bassa Local Government Area of Plateau State", "Huta, the
/// capital of southern Lahij province". Others
/// ("neighbouring", a verb) mean the unit is not the place's.
pub(crate) static CONTAINER_LINKS: Lexicon<()> = Lexicon::new(&[
    ("in", ()),
    ("of", ()),
    ("the", ()),
    ("a", ()),
    ("an", ()),
    ("capital", ()),
    ("provincial", ()),
    ("central", ()),
    ("small", ()),
    ("remote", ()),
    ("rural", ()),
    ("restive", ()),
    // "the Durak military outpost in Hakkari province": a facility named for its place.
    ("military", ()),
    ("army", ()),
    ("police", ()),
    ("outpost", ()),
    ("base", ()),
    ("checkpoint", ()),
    ("post", ()),
]);

/// Last words of the name of a second-order unit (UCDP `where_prec` 3): "Mangajek District",
/// "Damboa LGA", "Toto Local Government Area", "Rutshuru Territory".
pub(crate) const SECOND_ORDER_UNITS: &[&str] = &[
    " district",
    " subdistrict",
    " lga",
    " local government",
    " local government area",
    " territory",
    " tehsil",
    " zone",
    " commune",
];

/// Words after a name that make it a populated place: "Bodo town", "Goniambari village".
pub(crate) static SETTLEMENT_WORDS: Lexicon<()> = Lexicon::new(&[
    ("village", ()),
    ("villages", ()),
    ("communities", ()),
    ("towns", ()),
    ("area", ()),
    ("areas", ()),
    ("locality", ()),
    ("township", ()),
    ("town", ()),
    ("city", ()),
    ("district", ()),
    ("community", ()),
    ("camp", ()),
    ("neighbourhood", ()),
    ("neighborhood", ()),
    ("suburb", ()),
    ("market", ()),
]);

/// Kinds of settlement between a name and its settlement word: "the Zaki Biyam farming
/// community", "Gidan Bature fishing village".
pub(crate) static SETTLEMENT_KINDS: Lexicon<()> = Lexicon::new(&[
    ("farming", ()),
    ("fishing", ()),
    ("mining", ()),
    ("trading", ()),
    ("border", ()),
    ("coastal", ()),
    ("market", ()),
    // "the Jenin refugee camp", "the Zamzam displacement camp".
    ("refugee", ()),
    ("displacement", ()),
    ("IDP", ()),
]);

/// Words before "capital" that mean the article's own country: "the country's capital".
pub(crate) static OWN_COUNTRY: Lexicon<()> =
    Lexicon::new(&[("the", ()), ("country's", ()), ("nation's", ())]);

/// Words after "capital" that make it no city: "capital punishment".
pub(crate) static NOT_CAPITAL_CITY: Lexicon<()> = Lexicon::new(&[
    ("punishment", ()),
    ("gains", ()),
    ("letters", ()),
    ("flight", ()),
    ("markets", ()),
    ("spending", ()),
    ("investment", ()),
]);

/// Words before "of" that make the country after it part of an armed group's name: "the
/// Words before a country's name that make it a feature's name: "the shores of Lake Chad",
/// "Mount Kenya".
pub(crate) static FEATURE_WORDS: Lexicon<()> =
    Lexicon::new(&[("Lake", ()), ("Lac", ()), ("Mount", ()), ("Mt", ())]);

/// Democratic Forces for the Liberation of Rwanda".
pub(crate) static GROUP_NAME_WORDS: Lexicon<()> = Lexicon::new(&[("Liberation", ())]);

/// Words after a name that make it a street's or a building's, not the place's: "a blast on
/// Kashmir Road in Lakki Marwat".
pub(crate) static STREET_WORDS: Lexicon<()> = Lexicon::new(&[
    ("road", ()),
    ("street", ()),
    ("avenue", ()),
    ("highway", ()),
    ("bridge", ()),
    ("square", ()),
    ("boulevard", ()),
]);

/// Words before a place that, with a verb of speech right after it, make it where a source
/// speaks from: "the Resistance Committees in Madani said".
pub(crate) const SPEAKING_FROM: &[&str] = &["in", "from"];

/// Words right before "in" or "at" that make the place after it where someone spoke, not
/// where the event is: "told a regular U.N. briefing in Geneva".
pub(crate) static SPEECH_VENUES: Lexicon<()> =
    Lexicon::new(&[("briefing", ()), ("briefings", ()), ("interview", ())]);

/// Words between "to" and "in" or "at" that make the place after them where the victims were
/// taken, not where the event is: "were taken to hospital in Maiduguri" (but "a shooting in a
/// hospital in Guatemala City" is there).
pub(crate) static CARE_PLACES: Lexicon<()> = Lexicon::new(&[
    ("hospital", ()),
    ("hospitals", ()),
    ("clinic", ()),
    ("morgue", ()),
    ("mortuary", ()),
]);

/// Place leads that name where someone goes: after a word of [`JOURNEYS`], no place of the
/// event.
pub(crate) static DESTINATION_LEADS: Lexicon<()> =
    Lexicon::new(&[("to", ()), ("for", ()), ("towards", ())]);

/// Words right before "to" or "for" that make the place after it where someone travels or is
/// taken, not where the event is: "after returning from a trip to Indonesia", "on their way
/// to Europe", "the wounded were rushed to Peshawar".
pub(crate) static JOURNEYS: Lexicon<()> = Lexicon::new(&[
    ("trip", ()),
    ("way", ()),
    ("journey", ()),
    ("route", ()),
    ("travelling", ()),
    ("traveling", ()),
    ("travelled", ()),
    ("traveled", ()),
    ("headed", ()),
    ("heading", ()),
    ("bound", ()),
    ("fled", ()),
    ("fleeing", ()),
    ("deported", ()),
    ("migrating", ()),
    // Where the wounded and the dead were taken: "rushed to Peshawar".
    ("taken", ()),
    ("rushed", ()),
    ("evacuated", ()),
    ("airlifted", ()),
    ("transferred", ()),
    ("flown", ()),
]);

/// Words before "of" that make the name after it a person's: "the killing of Jacob Juma",
/// "the body of Miroslava Breach".
pub(crate) static PERSON_OF: Lexicon<()> = Lexicon::new(&[
    ("killing", ()),
    ("murder", ()),
    ("assassination", ()),
    ("death", ()),
    ("abduction", ()),
    ("kidnapping", ()),
    ("funeral", ()),
    ("body", ()),
    ("wife", ()),
    ("husband", ()),
    ("son", ()),
    ("daughter", ()),
    ("brother", ()),
    ("widow", ()),
]);

/// Offices and departments before "of" and a department's name with no article, then maybe
/// the person who holds it: "Secretary of State Madeleine Albright", "Ministry of Education"
/// (not "the Secretary of the Ukanafun Local Government Area", a place).
pub(crate) static OFFICE_OF: Lexicon<()> = Lexicon::new(&[
    ("Secretary", ()),
    ("Minister", ()),
    ("Ministry", ()),
    ("Department", ()),
    // A body of a profession: "the Central Committee of Sudan Doctors".
    ("Committee", ()),
    ("Association", ()),
]);

/// Words that make a capitalized name a person or an office: "German Chancellor Angela
/// Merkel", "Prime Minister".
pub(crate) static TITLES: Lexicon<()> = Lexicon::new(&[
    ("President", ()),
    ("Chancellor", ()),
    ("Minister", ()),
    ("Governor", ()),
    ("Commissioner", ()),
    ("Mayor", ()),
    ("Senator", ()),
    ("Secretary", ()),
    ("Spokesman", ()),
    ("Spokeswoman", ()),
    ("Pope", ()),
]);

/// Military ranks: a name opening with one is a person's ("the killing of General Qassem
/// Soleimani", "forces of Colonel Gaddafi"), unless the gazetteer knows the whole name as a
/// place ("General Santos").
pub(crate) static RANKS: Lexicon<()> = Lexicon::new(&[
    ("General", ()),
    ("Gen", ()),
    ("Colonel", ()),
    ("Col", ()),
    ("Lieutenant", ()),
    ("Major", ()),
    ("Captain", ()),
    ("Brigadier", ()),
    ("Commander", ()),
    ("Admiral", ()),
    ("Marshal", ()),
    ("Field Marshal", ()),
    ("Sergeant", ()),
]);

/// Courtesy titles: the capitalized word after one is a person's name ("Two men shot Mr.
/// García to death", not García, Nuevo León).
pub(crate) static HONORIFICS: Lexicon<()> = Lexicon::new(&[
    ("Mr", ()),
    ("Mrs", ()),
    ("Ms", ()),
    ("Dr", ()),
    ("Sheikh", ()),
]);

/// Nouns for a person: the name right after one is the person's ("a colleague of the
/// environmentalist leader Berta Cáceres").
pub(crate) static PERSON_NOUNS: Lexicon<()> = Lexicon::new(&[
    ("leader", ()),
    ("activist", ()),
    ("journalist", ()),
    ("lawyer", ()),
    ("priest", ()),
    ("imam", ()),
    ("cleric", ()),
    ("colleague", ()),
    ("candidate", ()),
    ("politician", ()),
    ("businessman", ()),
    ("singer", ()),
    ("judge", ()),
    ("reporter", ()),
]);

/// Faiths and peoples: never places, before a noun ("the Muslim call to prayer", "a Shiite
/// mosque") or ending a name ("Roman Catholic", "Iranian Kurdish").
pub(crate) static FAITHS_AND_PEOPLES: Lexicon<()> = Lexicon::new(&[
    ("Muslim", ()),
    ("Muslims", ()),
    ("Islamic", ()),
    ("Islamist", ()),
    ("Shiite", ()),
    ("Shi'ite", ()),
    ("Shia", ()),
    ("Sunni", ()),
    ("Christian", ()),
    ("Christians", ()),
    ("Catholic", ()),
    ("Adventist", ()),
    ("Jewish", ()),
    ("Hindu", ()),
    ("Buddhist", ()),
    ("Arab", ()),
    ("Kurdish", ()),
    ("Fulani", ()),
    ("Hausa", ()),
    ("Yoruba", ()),
    ("Hutu", ()),
    ("Tutsi", ()),
    ("Rohingya", ()),
    ("Tiv", ()),
    ("Igbo", ()),
    ("Ijaw", ()),
    ("Berom", ()),
    ("Jukun", ()),
    ("Dinka", ()),
    ("Nuer", ()),
    ("Tuareg", ()),
    ("Dogon", ()),
    ("Peul", ()),
    ("Hazara", ()),
    ("Pashtun", ()),
    ("Yazidi", ()),
    ("Alawite", ()),
    ("Druze", ()),
]);

/// Capitalized words that start no place name: institutions and news agencies ("Police
/// sources", "AFP reported"), and institutions named like places ("to stay in the European
/// Union").
pub(crate) static NOT_PLACES: Lexicon<()> = Lexicon::new(&[
    ("European Union", ()),
    ("African Union", ()),
    ("United Nations", ()),
    ("Arab League", ()),
    ("Security Council", ()),
    ("European Commission", ()),
    ("European Parliament", ()),
    ("World Bank", ()),
    ("Red Cross", ()),
    ("International Committee", ()),
    ("Red Crescent", ()),
    ("Police", ()),
    ("Army", ()),
    ("Government", ()),
    ("Supreme", ()),
    ("University", ()),
    ("News", ()),
    ("UN", ()),
    ("AU", ()),
    ("AMISOM", ()),
    ("NATO", ()),
    ("New Year", ()),
    ("AFP", ()),
    ("Reuters", ()),
    ("Xinhua", ()),
    ("Amaq", ()),
    ("Islam", ()),
    ("Ramadan", ()),
    ("Dozens", ()),
]);

/// Last words of a name that make it an institution's, not a place's: "the All Progressives
/// Congress", "Deutsche Welle", "Afghan Supreme Court".
pub(crate) static INSTITUTION_HEADS: Lexicon<()> = Lexicon::new(&[
    ("Party", ()),
    ("Congress", ()),
    ("Court", ()),
    ("Movement", ()),
    ("Union", ()),
    ("News", ()),
    ("TV", ()),
    ("Radio", ()),
    ("Commission", ()),
    ("Committee", ()),
    ("Welle", ()),
    // "the Local Education Authority school", "Fortify Rights", "Human Rights Watch".
    ("Authority", ()),
    ("Ministry", ()),
    ("Office", ()),
    ("Organization", ()),
    ("Organisation", ()),
    ("Association", ()),
    ("Foundation", ()),
    ("Institute", ()),
    ("Affairs", ()),
    ("Rights", ()),
    ("Watch", ()),
    ("International", ()),
    // Armed groups' and forces' names: "the Popular Mobilisation Forces".
    ("Forces", ()),
    ("Units", ()),
    ("Brigade", ()),
    ("Brigades", ()),
    ("Front", ()),
    ("Army", ()),
]);

/// Adjectives of lands wider than one unit: "the tense Himalayan region", "the Amazonian state
/// of Roraima" describe the unit, they do not name it.
pub(crate) static LAND_ADJECTIVES: Lexicon<()> = Lexicon::new(&[
    ("Himalayan", ()),
    ("Amazonian", ()),
    ("Andean", ()),
    ("Sahelian", ()),
    ("Saharan", ()),
    ("Caucasian", ()),
    ("Balkan", ()),
    ("Mediterranean", ()),
    ("Caribbean", ()),
    ("Arabian", ()),
    ("Asian", ()),
    ("African", ()),
    ("European", ()),
    ("American", ()),
    ("Eastern", ()),
    ("Western", ()),
    ("Northern", ()),
    ("Southern", ()),
    ("Central", ()),
]);

/// Adjectives of the language a region speaks: "the Anglophone Northwest region".
pub(crate) static LANGUAGE_ADJECTIVES: Lexicon<()> = Lexicon::new(&[
    ("Anglophone", ()),
    ("Francophone", ()),
    ("Lusophone", ()),
    ("Hispanophone", ()),
]);

/// Word endings of a compound that describes, not names: "Saudi-led", "Houthi-controlled".
pub(crate) const DESCRIBING_SUFFIXES: &[&str] = &[
    "-speaking",
    "-led",
    "-controlled",
    "-held",
    "-majority",
    "-dominated",
    "-backed",
    "-based",
];

/// Directions written before a name ("northern Sinai", "the north of Darfur"), and the word
/// that starts a unit named for that part ("North Sinai", "North Darfur").
pub(crate) static DIRECTIONS: Lexicon<&str> = Lexicon::new(&[
    ("northern", "north"),
    ("north", "north"),
    ("southern", "south"),
    ("south", "south"),
    ("eastern", "east"),
    ("east", "east"),
    ("western", "west"),
    ("west", "west"),
]);

/// Land forms after a name that a direction before it divides into units: "northern Sinai
/// Peninsula" is North Sinai.
pub(crate) static LAND_FORMS: Lexicon<()> = Lexicon::new(&[("Peninsula", ()), ("peninsula", ())]);

/// Points of the compass, as nouns and adjectives: before "of" they make the name after it a
/// point others are placed from ("a bombing south of Baghdad", "30 kilometers west of the
/// capital"); after a comma they describe the part of a land named next ("Birstall, northern
/// England", "Dikwa, north-eastern Nigeria").
pub(crate) static COMPASS_POINTS: Lexicon<()> = Lexicon::new(&[
    ("north", ()),
    ("south", ()),
    ("east", ()),
    ("west", ()),
    ("northeast", ()),
    ("north-east", ()),
    ("northwest", ()),
    ("north-west", ()),
    ("southeast", ()),
    ("south-east", ()),
    ("southwest", ()),
    ("south-west", ()),
    ("northern", ()),
    ("southern", ()),
    ("eastern", ()),
    ("western", ()),
    ("central", ()),
    ("northeastern", ()),
    ("north-eastern", ()),
    ("northwestern", ()),
    ("north-western", ()),
    ("southeastern", ()),
    ("south-eastern", ()),
    ("southwestern", ()),
    ("south-western", ()),
]);

/// Articles elided onto the name after them: "Pau d'Arco", "Côte d'Ivoire".
pub(crate) const ELIDED_ARTICLES: &[&str] = &["d'", "d’", "l'", "l’"];

/// Transliteration particles inside place names ("Deir ez-Zor", "Dar es Salaam", "Guadalupe y
/// Calvo"); `true` for
/// an Arabic article that may join a capitalized name with a hyphen ("al-Sukhna").
pub(crate) static NAME_PARTICLES: Lexicon<bool> = Lexicon::new(&[
    ("al", true),
    ("el", true),
    ("ad", true),
    ("as", true),
    ("ash", true),
    ("ar", true),
    ("an", true),
    ("az", true),
    ("ez", false),
    ("es", false),
    ("de", false),
    ("del", false),
    ("la", false),
    // Portuguese: "Mocimboa da Praia", "Ilha do Ibo", "Sao Jose dos Campos".
    ("da", false),
    ("do", false),
    ("dos", false),
    ("das", false),
    ("bin", false),
    ("y", false),
]);
