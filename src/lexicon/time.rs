//! Words of time: months, weekdays, units, parts of the day, seasons, references, modifiers.

use crate::lexicon::table::Lexicon;

/// Month names and abbreviations, with their number.
pub(crate) static MONTHS: Lexicon<u32> = Lexicon::new(&[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
]);

/// Weekday names, numbered from Monday = 1 as ISO 8601 does.
pub(crate) static WEEKDAYS: Lexicon<u32> = Lexicon::new(&[
    ("monday", 1),
    ("tuesday", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("thurs", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
]);

/// Units of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Unit nouns, singular and plural (the bool says plural).
pub(crate) static UNITS: Lexicon<(Unit, bool)> = Lexicon::new(&[
    ("minute", (Unit::Minute, false)),
    ("minutes", (Unit::Minute, true)),
    ("min", (Unit::Minute, false)),
    ("mins", (Unit::Minute, true)),
    ("hour", (Unit::Hour, false)),
    ("hours", (Unit::Hour, true)),
    ("day", (Unit::Day, false)),
    ("days", (Unit::Day, true)),
    ("week", (Unit::Week, false)),
    ("weeks", (Unit::Week, true)),
    ("weekend", (Unit::Weekend, false)),
    ("weekends", (Unit::Weekend, true)),
    ("month", (Unit::Month, false)),
    ("months", (Unit::Month, true)),
    ("quarter", (Unit::Quarter, false)),
    ("quarters", (Unit::Quarter, true)),
    ("year", (Unit::Year, false)),
    ("years", (Unit::Year, true)),
    ("decade", (Unit::Decade, false)),
    ("decades", (Unit::Decade, true)),
    ("century", (Unit::Century, false)),
    ("centuries", (Unit::Century, true)),
]);

/// Parts of the day and their TIMEX3 codes.
pub(crate) static DAY_PARTS: Lexicon<&str> = Lexicon::new(&[
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
    ("midday", "MI"),
    ("noon", "MI"),
]);

/// Seasons and their TIMEX3 codes.
pub(crate) static SEASONS: Lexicon<&str> = Lexicon::new(&[
    ("spring", "SP"),
    ("summer", "SU"),
    ("fall", "FA"),
    ("autumn", "FA"),
    ("winter", "WI"),
]);

/// Ordinals, for quarters and halves ("the third quarter").
pub(crate) static ORDINALS: Lexicon<u32> = Lexicon::new(&[
    ("first", 1),
    ("1st", 1),
    ("second", 2),
    ("2nd", 2),
    ("third", 3),
    ("3rd", 3),
    ("fourth", 4),
    ("4th", 4),
    ("final", 4),
    ("last", 4),
]);

/// Names of the last day of a year: "by year-end", "since year-end", "by year's end".
pub(crate) static YEAR_ENDS: Lexicon<()> = Lexicon::new(&[
    ("year-end", ()),
    ("yearend", ()),
    ("year end", ()),
    ("year's end", ()),
    ("end-of-year", ()),
]);

/// Words between a count and its unit that leave the length as it is: "eight trading days",
/// "three consecutive days", "two full weeks".
pub(crate) static SPAN_ADJECTIVES: Lexicon<()> = Lexicon::new(&[
    ("consecutive", ()),
    ("successive", ()),
    ("straight", ()),
    ("trading", ()),
    ("business", ()),
    ("working", ()),
    ("calendar", ()),
    ("full", ()),
    ("whole", ()),
    ("long", ()),
]);

/// Ordinals in words that number centuries ("the nineteenth century").
pub(crate) const CENTURY_ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("twenty-second", 22),
];

/// The vague references of TimeML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reference {
    Present,
    Past,
    Future,
}

/// Words that stand for the present, the past or the future.
pub(crate) static REFERENCES: Lexicon<Reference> = Lexicon::new(&[
    ("now", Reference::Present),
    ("right now", Reference::Present),
    ("currently", Reference::Present),
    ("current", Reference::Present),
    ("nowadays", Reference::Present),
    ("at present", Reference::Present),
    ("at the moment", Reference::Present),
    ("these days", Reference::Present),
    ("recently", Reference::Past),
    ("the past", Reference::Past),
    ("the future", Reference::Future),
    ("the near future", Reference::Future),
    ("the near term", Reference::Future),
    ("the short term", Reference::Future),
    ("a later date", Reference::Future),
]);

/// Days named relative to the reference date.
pub(crate) static RELATIVE_DAYS: Lexicon<i64> = Lexicon::new(&[
    ("today", 0),
    ("tonight", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
]);

/// Words after an article that may go on into a temporal expression beyond those that start
/// one themselves: "the same day", "the latest fiscal year", "the end of", "a couple of".
pub(crate) static AFTER_ARTICLE: Lexicon<()> = Lexicon::new(&[
    ("same", ()),
    ("full", ()),
    ("latest", ()),
    ("beginning", ()),
    ("start", ()),
    ("middle", ()),
    ("end", ()),
    ("future", ()),
    ("couple", ()),
    ("near", ()),
    ("short", ()),
    ("later", ()),
    ("small", ()),
    ("wee", ()),
]);

/// How a holiday falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed day of a month: Christmas is (12, 25).
    Fixed(u32, u32),
    /// The `n`th weekday (1 = Monday) of a month: Thanksgiving is the fourth Thursday of
    /// November.
    Nth { month: u32, weekday: u32, n: u32 },
    /// US Election Day: the Tuesday after the first Monday of November.
    ElectionDay,
    /// Days from Easter Sunday (Gregorian): Good Friday is -2, Easter Monday 1.
    Easter(i64),
}

/// Holidays that fall on the same day everywhere they are named (Easter by the Gregorian
/// reckoning of the Western churches). Holidays of lunar calendars and national days, which
/// differ by year or country, are left out.
pub(crate) static HOLIDAYS: Lexicon<Holiday> = Lexicon::new(&[
    ("Christmas", Holiday::Fixed(12, 25)),
    ("Christmas Day", Holiday::Fixed(12, 25)),
    ("Christmas Eve", Holiday::Fixed(12, 24)),
    ("New Year's Day", Holiday::Fixed(1, 1)),
    ("New Year's Eve", Holiday::Fixed(12, 31)),
    ("Valentine's Day", Holiday::Fixed(2, 14)),
    ("Halloween", Holiday::Fixed(10, 31)),
    (
        "Thanksgiving",
        Holiday::Nth {
            month: 11,
            weekday: 4,
            n: 4,
        },
    ),
    (
        "Thanksgiving Day",
        Holiday::Nth {
            month: 11,
            weekday: 4,
            n: 4,
        },
    ),
    ("Election Day", Holiday::ElectionDay),
    ("Easter", Holiday::Easter(0)),
    ("Easter Sunday", Holiday::Easter(0)),
    ("Easter Day", Holiday::Easter(0)),
    ("Easter Monday", Holiday::Easter(1)),
    ("Good Friday", Holiday::Easter(-2)),
    ("Palm Sunday", Holiday::Easter(-7)),
]);

/// Vague amounts before plural units that make a span: "recent months", "several years",
/// "the coming weeks".
pub(crate) static VAGUE_SPANS: Lexicon<()> = Lexicon::new(&[
    ("recent", ()),
    ("several", ()),
    ("many", ()),
    ("few", ()),
    ("a few", ()),
    ("coming", ()),
    ("the coming", ()),
]);

/// Vague amounts before plural units and "ago" that make some past time: "several years
/// ago".
pub(crate) static VAGUE_AMOUNTS: Lexicon<()> = Lexicon::new(&[
    ("several", ()),
    ("a few", ()),
    ("few", ()),
    ("many", ()),
    ("some", ()),
]);

/// Time zones after a clock time: "4 a.m. EDT Thursday".
pub(crate) static TIME_ZONES: Lexicon<()> = Lexicon::new(&[
    ("GMT", ()),
    ("UTC", ()),
    ("EST", ()),
    ("EDT", ()),
    ("CST", ()),
    ("CDT", ()),
    ("MST", ()),
    ("MDT", ()),
    ("PST", ()),
    ("PDT", ()),
    ("ET", ()),
    ("BST", ()),
    ("CET", ()),
    ("local time", ()),
]);

/// Words after four digits that make them a 24-hour clock: "2200 hrs", "1930 hours" (time
/// zones do too, see [`TIME_ZONES`]).
pub(crate) static CLOCK_HOURS: Lexicon<()> = Lexicon::new(&[("hrs", ()), ("hours", ())]);

/// Words before a date that opens a sentence: "In 2014, ...", "Back in March, ...".
pub(crate) static DATE_LEADS: Lexicon<()> = Lexicon::new(&[
    ("in", ()),
    ("on", ()),
    ("back in", ()),
    ("early in", ()),
    ("late in", ()),
    ("during", ()),
]);

/// Words before a lone "May" that make it the month ("in May", "between May and June"); after
/// any other word a "May" before a lower-case word is a name or the modal ("Theresa May said").
pub(crate) static BEFORE_MONTH: Lexicon<()> = Lexicon::new(&[
    ("in", ()),
    ("since", ()),
    ("until", ()),
    ("till", ()),
    ("by", ()),
    ("from", ()),
    ("to", ()),
    ("between", ()),
    ("and", ()),
    ("or", ()),
    ("of", ()),
    ("early", ()),
    ("late", ()),
    ("during", ()),
    ("before", ()),
    ("after", ()),
    ("through", ()),
    ("throughout", ()),
    ("around", ()),
    ("last", ()),
    ("next", ()),
    ("this", ()),
]);

/// Words after a frequency word that leave it without a noun, a newspaper's name: "the editor
/// of a weekly and ...".
pub(crate) static AFTER_PERIODICAL: Lexicon<()> =
    Lexicon::new(&[("and", ()), ("or", ()), ("of", ()), ("in", ()), ("on", ())]);

/// Words after a count, besides units, months, weekdays, parts of day, seasons, holidays
/// and zones, that make it a time: "12 noon", "1400 hrs", "the first half", the "thousand"
/// of a year in words.
pub(crate) static TIME_AFTER_COUNT: Lexicon<()> = Lexicon::new(&[
    ("noon", ()),
    ("midnight", ()),
    ("o'clock", ()),
    ("hrs", ()),
    ("thousand", ()),
    ("half", ()),
    ("halves", ()),
]);

/// Which half of the day a clock hour is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayHalf {
    /// "in the morning".
    Am,
    /// "in the afternoon", "in the evening".
    Pm,
    /// "at night": evening hours until midnight, then early ones ("2 at night").
    Night,
}

/// Words after a clock hour that say its half of the day: "4 in the morning", "10 at night".
pub(crate) static CLOCK_DAY_HALVES: Lexicon<DayHalf> = Lexicon::new(&[
    ("in the morning", DayHalf::Am),
    ("in the afternoon", DayHalf::Pm),
    ("in the evening", DayHalf::Pm),
    ("at night", DayHalf::Night),
]);

/// The first word of a meridiem right after a count: "10 a.m.", "3 pm".
pub(crate) static MERIDIEMS: Lexicon<()> =
    Lexicon::new(&[("a", ()), ("p", ()), ("am", ()), ("pm", ())]);

/// Words that shift a unit or weekday: "last week", "next Monday", "this year".
pub(crate) static SHIFTS: Lexicon<i32> = Lexicon::new(&[
    ("last", -1),
    ("past", -1),
    ("this past", -1),
    ("previous", -1),
    ("prior", -1),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
    ("this", 0),
    ("current", 0),
    ("the current", 0),
    ("the coming", 1),
    ("the next", 1),
    ("the following", 1),
    ("the previous", -1),
    ("the past", -1),
    ("the last", -1),
    ("the same", 0),
]);

/// Words that shift a unit from the last date the text gave, not from the reference date:
/// "In 1995 ... the following year" is 1996; "June 1998 ... later that year" is 1998.
pub(crate) static ANCHORED_SHIFTS: Lexicon<i32> = Lexicon::new(&[
    ("the following", 1),
    ("the previous", -1),
    ("the same", 0),
    ("that same", 0),
    ("that", 0),
]);

/// Position words: "early June" is its start, "late 2019" its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Start,
    Mid,
    End,
}

pub(crate) static POSITIONS: Lexicon<Position> = Lexicon::new(&[
    ("early", Position::Start),
    ("earlier", Position::Start),
    // "in the early hours of Sunday": the start of that day.
    ("the early hours of", Position::Start),
    ("the small hours of", Position::Start),
    ("the wee hours of", Position::Start),
    ("the beginning of", Position::Start),
    ("the start of", Position::Start),
    ("beginning of", Position::Start),
    ("start of", Position::Start),
    ("mid", Position::Mid),
    ("mid-", Position::Mid),
    ("the middle of", Position::Mid),
    ("middle of", Position::Mid),
    ("the early", Position::Start),
    ("late", Position::End),
    ("the late", Position::End),
    ("later", Position::End),
    ("the end of", Position::End),
    ("end of", Position::End),
]);

/// Adverbs of frequency: sets.
pub(crate) static FREQUENCIES: Lexicon<Unit> = Lexicon::new(&[
    ("daily", Unit::Day),
    ("nightly", Unit::Day),
    ("weekly", Unit::Week),
    ("monthly", Unit::Month),
    ("yearly", Unit::Year),
    ("hourly", Unit::Hour),
]);

/// Words that make a bare weekday or month refer to the future: "will meet on Friday".
pub(crate) static FUTURE_CUES: Lexicon<()> = Lexicon::new(&[
    ("will", ()),
    ("'ll", ()),
    ("shall", ()),
    ("next", ()),
    ("upcoming", ()),
    ("scheduled", ()),
    ("planned", ()),
    ("plans to", ()),
    ("planning", ()),
    ("plan to", ()),
    ("expected", ()),
    ("due", ()),
    ("until", ()),
    ("till", ()),
    ("going", ()),
    ("payable", ()),
    ("slated", ()),
    ("set to", ()),
    ("to be", ()),
    ("is to", ()),
    ("are to", ()),
    ("set for", ()),
]);

/// Irregular past-tense verbs: a sentence holding one speaks of the past ("began in May").
/// Regular ones are found by their "-ed".
pub(crate) static PAST_VERBS: Lexicon<()> = Lexicon::new(&[
    ("was", ()),
    ("were", ()),
    ("had", ()),
    ("began", ()),
    ("came", ()),
    ("went", ()),
    ("took", ()),
    ("made", ()),
    ("fell", ()),
    ("rose", ()),
    ("won", ()),
    ("lost", ()),
    ("saw", ()),
    ("held", ()),
    ("left", ()),
    ("met", ()),
    ("led", ()),
    ("struck", ()),
    ("broke", ()),
    ("sold", ()),
    ("bought", ()),
    ("paid", ()),
    ("spent", ()),
    ("became", ()),
    ("gave", ()),
    ("got", ()),
    ("ran", ()),
    ("fought", ()),
    ("shot", ()),
    ("swept", ()),
    ("seized", ()),
    ("did", ()),
    ("ago", ()),
    ("last", ()),
]);

/// "-ed" words that speak of the future or of nothing past: not past-tense cues.
pub(crate) static NOT_PAST: Lexicon<()> = Lexicon::new(&[
    ("said", ()),
    ("scheduled", ()),
    ("expected", ()),
    ("planned", ()),
    ("proposed", ()),
    ("slated", ()),
    ("intended", ()),
    ("needed", ()),
    ("based", ()),
    ("related", ()),
    ("limited", ()),
    ("united", ()),
    ("red", ()),
    ("need", ()),
    ("seed", ()),
    ("speed", ()),
    ("indeed", ()),
    ("succeed", ()),
    ("proceed", ()),
    ("exceed", ()),
    ("reported", ()),
    ("added", ()),
    ("quoted", ()),
]);

/// Words, besides the time words of the tables above and numerals, that may start a temporal
/// expression. The grammar is tried only at these, so that most words cost one lookup.
pub(crate) static STARTERS: Lexicon<()> = Lexicon::new(&[
    ("the", ()),
    ("a", ()),
    ("an", ()),
    ("every", ()),
    ("each", ()),
    ("overnight", ()),
    ("fiscal", ()),
    ("another", ()),
    ("recent", ()),
    ("several", ()),
    ("many", ()),
    ("few", ()),
    ("year-earlier", ()),
    ("year-ago", ()),
    ("prior-year", ()),
    ("noon", ()),
    ("midday", ()),
    ("midnight", ()),
]);

/// Adjectives of a period a year before the one under discussion: "the year-earlier quarter".
pub(crate) static YEAR_BEFORE_WORDS: Lexicon<()> =
    Lexicon::new(&[("year-earlier", ()), ("year-ago", ()), ("prior-year", ())]);

/// Decades named in words, as decade values (the year divided by ten): news means the
/// twentieth century's.
pub(crate) const DECADE_WORDS: &[(&str, i32)] = &[
    ("sixties", 196),
    ("seventies", 197),
    ("eighties", 198),
    ("nineties", 199),
];
