//! Raw temporal expressions + reference date + policy → TIMEX3 values.
//!
//! Relative expressions are placed against the reference date (the caller's date, else the
//! dateline). Expressions that refer back ("a year earlier", "the quarter", "the previous
//! day") are placed against the last date the text mentioned, as TimeML anchors them. With
//! no reference date, values keep their unknown parts as `X` (`XXXX-WXX-5`).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use crate::casualty::Qualifier;
use crate::grammar::time::{Expr, RawTimex, Tense};
use crate::lexicon::time::{Holiday, Position, Reference, Unit};
use crate::span::Span;
use crate::time::{Granularity, Interval, TimePolicy, Timex, TimexKind, TimexMod};

/// A resolved calendar period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Day(NaiveDate),
    Week { year: i32, week: u32 },
    Weekend { year: i32, week: u32 },
    Month { year: i32, month: u32 },
    Quarter { year: i32, quarter: u32 },
    Half { year: i32, half: u32 },
    Season { year: i32, code: &'static str },
    Year(i32),
    Decade(i32),
    Century(i32),
}

impl Period {
    fn value(self) -> String {
        match self {
            Period::Day(d) => d.format("%Y-%m-%d").to_string(),
            Period::Week { year, week } => format!("{year:04}-W{week:02}"),
            Period::Weekend { year, week } => format!("{year:04}-W{week:02}-WE"),
            Period::Month { year, month } => format!("{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
            Period::Half { year, half } => format!("{year:04}-H{half}"),
            Period::Season { year, code } => format!("{year:04}-{code}"),
            Period::Year(y) => format!("{y:04}"),
            Period::Decade(d) => format!("{d:03}"),
            Period::Century(c) => format!("{c:02}"),
        }
    }

    fn granularity(self) -> Granularity {
        match self {
            Period::Day(_) => Granularity::Day,
            Period::Week { .. } | Period::Weekend { .. } => Granularity::Week,
            Period::Month { .. } => Granularity::Month,
            Period::Quarter { .. } => Granularity::Quarter,
            Period::Half { .. } => Granularity::Half,
            Period::Season { .. } => Granularity::Season,
            Period::Year(_) => Granularity::Year,
            Period::Decade(_) => Granularity::Decade,
            Period::Century(_) => Granularity::Century,
        }
    }

    /// The first day and the first day after.
    fn days(self) -> Option<(NaiveDate, NaiveDate)> {
        let ymd = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1);
        let month_span = |y: i32, m: u32, months: u32| {
            let start = ymd(y, m)?;
            let end_m = m + months;
            let end = ymd(y + ((end_m - 1) / 12) as i32, (end_m - 1) % 12 + 1)?;
            Some((start, end))
        };
        match self {
            Period::Day(d) => Some((d, d.succ_opt()?)),
            Period::Week { year, week } => {
                let start = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
                Some((start, start + Duration::days(7)))
            }
            Period::Weekend { year, week } => {
                let start = NaiveDate::from_isoywd_opt(year, week, Weekday::Sat)?;
                Some((start, start + Duration::days(2)))
            }
            Period::Month { year, month } => month_span(year, month, 1),
            Period::Quarter { year, quarter } => month_span(year, 3 * quarter - 2, 3),
            Period::Half { year, half } => month_span(year, 6 * half - 5, 6),
            Period::Season { year, code } => {
                let start = match code {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                month_span(year, start, 3)
            }
            Period::Year(y) => Some((ymd(y, 1)?, ymd(y + 1, 1)?)),
            Period::Decade(d) => Some((ymd(d * 10, 1)?, ymd(d * 10 + 10, 1)?)),
            Period::Century(c) => Some((ymd(c * 100, 1)?, ymd(c * 100 + 100, 1)?)),
        }
    }

    /// The period `n` units of its own size later (earlier when negative).
    fn shift(self, n: i64) -> Option<Period> {
        let n32 = i32::try_from(n).ok()?;
        Some(match self {
            Period::Day(d) => Period::Day(d.checked_add_signed(Duration::days(n))?),
            Period::Week { year, week } => {
                let d = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?
                    .checked_add_signed(Duration::weeks(n))?;
                let w = d.iso_week();
                Period::Week {
                    year: w.year(),
                    week: w.week(),
                }
            }
            Period::Weekend { year, week } => {
                let d = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?
                    .checked_add_signed(Duration::weeks(n))?;
                let w = d.iso_week();
                Period::Weekend {
                    year: w.year(),
                    week: w.week(),
                }
            }
            Period::Month { year, month } => {
                let total = year * 12 + month as i32 - 1 + n32;
                Period::Month {
                    year: total.div_euclid(12),
                    month: total.rem_euclid(12) as u32 + 1,
                }
            }
            Period::Quarter { year, quarter } => {
                let total = year * 4 + quarter as i32 - 1 + n32;
                Period::Quarter {
                    year: total.div_euclid(4),
                    quarter: total.rem_euclid(4) as u32 + 1,
                }
            }
            Period::Half { year, half } => {
                let total = year * 2 + half as i32 - 1 + n32;
                Period::Half {
                    year: total.div_euclid(2),
                    half: total.rem_euclid(2) as u32 + 1,
                }
            }
            Period::Season { year, code } => Period::Season {
                year: year + n32,
                code,
            },
            Period::Year(y) => Period::Year(y + n32),
            Period::Decade(d) => Period::Decade(d + n32),
            Period::Century(c) => Period::Century(c + n32),
        })
    }
}

/// The period of `unit` that holds `day`.
fn period_of(unit: Unit, day: NaiveDate) -> Period {
    let w = day.iso_week();
    match unit {
        Unit::Minute | Unit::Hour | Unit::Day => Period::Day(day),
        Unit::Week => Period::Week {
            year: w.year(),
            week: w.week(),
        },
        Unit::Weekend => Period::Weekend {
            year: w.year(),
            week: w.week(),
        },
        Unit::Month => Period::Month {
            year: day.year(),
            month: day.month(),
        },
        Unit::Quarter => Period::Quarter {
            year: day.year(),
            quarter: (day.month() - 1) / 3 + 1,
        },
        Unit::Year => Period::Year(day.year()),
        Unit::Decade => Period::Decade(day.year() / 10),
        Unit::Century => Period::Century(day.year() / 100),
    }
}

fn duration_value(unit: Unit, n: Option<u32>) -> String {
    let n = |k: u32| n.map_or("X".to_string(), |n| (n.saturating_mul(k)).to_string());
    match unit {
        Unit::Minute => format!("PT{}M", n(1)),
        Unit::Hour => format!("PT{}H", n(1)),
        Unit::Day => format!("P{}D", n(1)),
        Unit::Week => format!("P{}W", n(1)),
        Unit::Weekend => format!("P{}D", n(2)),
        Unit::Month => format!("P{}M", n(1)),
        Unit::Quarter => format!("P{}Q", n(1)),
        Unit::Year => format!("P{}Y", n(1)),
        Unit::Decade => format!("P{}Y", n(10)),
        Unit::Century => format!("P{}Y", n(100)),
    }
}

/// A day at a clock time: its TIMEX3 value and its minute.
fn at_clock(day: NaiveDate, hour: u32, minute: u32) -> (String, Option<Interval>) {
    let value = format!("{}T{hour:02}:{minute:02}", day.format("%Y-%m-%d"));
    let interval = day.and_hms_opt(hour, minute, 0).map(|start| Interval {
        start,
        end: start + Duration::minutes(1),
    });
    (value, interval)
}

/// The day a holiday falls on in `year`.
fn holiday_in(holiday: Holiday, year: i32) -> Option<NaiveDate> {
    let nth = |month: u32, weekday: u32, n: u32| {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let target = weekday_of(weekday).num_days_from_monday();
        let offset = (7 + target - first.weekday().num_days_from_monday()) % 7;
        first.checked_add_signed(Duration::days(i64::from(offset + 7 * (n - 1))))
    };
    match holiday {
        Holiday::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
        Holiday::Nth { month, weekday, n } => nth(month, weekday, n),
        // The Tuesday after the first Monday.
        Holiday::ElectionDay => nth(11, 1, 1)?.checked_add_signed(Duration::days(1)),
        Holiday::Easter(days) => easter_sunday(year)?.checked_add_signed(Duration::days(days)),
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let y = year;
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(
        y,
        u32::try_from(n / 31).ok()?,
        u32::try_from(n % 31 + 1).ok()?,
    )
}

/// Half a unit in TIMEX3 terms, to follow a whole count: "PT5H" + "30M".
fn half_unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Minute => "30S",
        Unit::Hour => "30M",
        Unit::Day => "T12H",
        Unit::Month => "15D",
        Unit::Year => "6M",
        _ => "",
    }
}

/// Half of one unit as a TIMEX3 duration: "half an hour" is PT30M.
fn half_alone(unit: Unit) -> &'static str {
    match unit {
        Unit::Minute => "PT30S",
        Unit::Hour => "PT30M",
        Unit::Day => "PT12H",
        Unit::Week => "P3DT12H",
        Unit::Month => "P15D",
        Unit::Year | Unit::Quarter | Unit::Weekend => "P6M",
        Unit::Decade => "P5Y",
        Unit::Century => "P50Y",
    }
}

fn weekday_of(n: u32) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Resolution state for one document.
#[derive(Debug, Clone)]
pub(crate) struct TimeResolver {
    reference: Option<NaiveDate>,
    policy: TimePolicy,
    day_first: bool,
    /// The last date the text mentioned: what "a year earlier" and "the quarter" refer to.
    anchor: Option<Period>,
}

/// How far ahead (days from the reference to the month's middle) a bare month of a sentence
/// with no tense cue is the coming one: "results in mid-November" of a report of 27 October.
const SOON_DAYS: i64 = 50;

/// Most days ahead a date with its day and no tense cue may be (see [`Direction::Nearest`]).
const FAR_AHEAD_DAYS: i64 = 120;

/// Which way an expression without a year or week looks from the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Back,
    Forward,
    /// Whichever is closer, up to [`FAR_AHEAD_DAYS`] ahead (dates in sentences with no tense cue).
    Nearest,
    /// Back, or a month soon to come (a bare month in a sentence with no tense cue).
    BackOrSoon,
}

/// News policy: a future cue looks forward, a past-tense verb nearby looks back; with no cue,
/// weekdays and months look back and a month with its day ("Dec. 15", often a coming date in
/// business news) goes to the nearest one.
fn direction(policy: TimePolicy, tense: Tense, dated: bool) -> Direction {
    match (policy, tense) {
        (TimePolicy::AlwaysPast, _) => Direction::Back,
        (TimePolicy::AlwaysFuture, _) => Direction::Forward,
        (_, Tense::Future) => Direction::Forward,
        (_, Tense::Past) => Direction::Back,
        (_, Tense::Unknown) if dated => Direction::Nearest,
        (_, Tense::Unknown) => Direction::BackOrSoon,
    }
}

impl TimeResolver {
    pub(crate) fn new(
        reference: Option<NaiveDate>,
        policy: TimePolicy,
        day_first: bool,
    ) -> TimeResolver {
        TimeResolver {
            reference,
            policy,
            day_first,
            anchor: None,
        }
    }

    /// Resolves one expression; expressions must come in text order.
    pub(crate) fn resolve(&mut self, raw: &RawTimex) -> Timex {
        let modifier = raw
            .position
            .map(|p| match p {
                Position::Start => TimexMod::Start,
                Position::Mid => TimexMod::Mid,
                Position::End => TimexMod::End,
            })
            // "year-end" is the end of a year, as TimeML values "the end of the year".
            .or_else(|| matches!(raw.expr, Expr::YearEnd).then_some(TimexMod::End))
            .or(raw.qualifier.and_then(|q| match q {
                Qualifier::MoreThan => Some(TimexMod::MoreThan),
                Qualifier::FewerThan => Some(TimexMod::LessThan),
                Qualifier::AtLeast => Some(TimexMod::EqualOrMore),
                Qualifier::UpTo => Some(TimexMod::EqualOrLess),
                Qualifier::About | Qualifier::Almost => Some(TimexMod::Approx),
                _ => None,
            }));
        let span = Span::new(raw.start, raw.end);
        let dated = matches!(
            raw.expr,
            Expr::Calendar { day: Some(_), .. } | Expr::YearEnd
        );
        let way = direction(self.policy, raw.tense, dated);
        let timex = |kind, value: String| Timex {
            span,
            kind,
            value,
            modifier,
            granularity: None,
            interval: None,
        };
        let period = match raw.expr {
            Expr::Duration { unit, n, half } => {
                let value = match (n, half) {
                    // "half an hour": the half alone.
                    (Some(0), true) => half_alone(unit).to_string(),
                    _ => {
                        let mut value = duration_value(unit, n);
                        if half {
                            value.push_str(half_unit(unit));
                        }
                        value
                    }
                };
                return timex(TimexKind::Duration, value);
            }
            Expr::Reference(r) => {
                let value = match r {
                    Reference::Present => "PRESENT_REF",
                    Reference::Past => "PAST_REF",
                    Reference::Future => "FUTURE_REF",
                };
                return timex(TimexKind::Date, value.to_string());
            }
            Expr::Set {
                unit,
                weekday,
                month,
                season,
            } => {
                let value = match (unit, weekday, month, season) {
                    (_, Some(d), _, _) => format!("XXXX-WXX-{d}"),
                    (_, _, Some(m), _) => format!("XXXX-{m:02}"),
                    (_, _, _, Some(code)) => format!("XXXX-{code}"),
                    (Some(Unit::Quarter), None, None, None) => "P3M".to_string(),
                    (Some(u), None, None, None) => duration_value(u, Some(1)),
                    (None, None, None, None) => "PX".to_string(),
                };
                return timex(TimexKind::Set, value);
            }
            Expr::Clock { hour, minute } => {
                // "at 10 p.m." is on the day under discussion, the reference date by default.
                let day = match self.anchor {
                    Some(Period::Day(d)) => Some(d),
                    _ => self.reference,
                };
                let (value, interval) = match day {
                    Some(day) => at_clock(day, hour, minute),
                    None => (format!("XXXX-XX-XXT{hour:02}:{minute:02}"), None),
                };
                return Timex {
                    granularity: Some(Granularity::Time),
                    interval,
                    ..timex(TimexKind::Time, value)
                };
            }
            Expr::DateTime {
                year,
                month,
                day,
                hour,
                minute,
            } => {
                let date = NaiveDate::from_ymd_opt(year, month, day);
                let value = format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}");
                if let Some(d) = date {
                    self.anchor = Some(Period::Day(d));
                }
                return Timex {
                    granularity: Some(Granularity::Time),
                    interval: date.and_then(|d| at_clock(d, hour, minute).1),
                    ..timex(TimexKind::Time, value)
                };
            }
            _ => self.period(&raw.expr, way),
        };
        let Some(period) = period else {
            return timex(TimexKind::Date, self.unresolved(&raw.expr));
        };
        // Only dates of their own become the anchor: "a year earlier" twice is not two years.
        let refers_back = matches!(
            raw.expr,
            Expr::Decade(_)
                | Expr::Century(_)
                | Expr::Ago { .. }
                | Expr::YearBefore { .. }
                | Expr::RelativeDay { anchored: true, .. }
                | Expr::Shifted { anchored: true, .. }
        );
        if !refers_back {
            self.anchor = Some(period);
        }
        let mut value = period.value();
        let mut kind = TimexKind::Date;
        let mut granularity = period.granularity();
        let mut interval = period.days().and_then(|(s, e)| {
            Some(Interval {
                start: s.and_hms_opt(0, 0, 0)?,
                end: e.and_hms_opt(0, 0, 0)?,
            })
        });
        if let (Some(part), Period::Day(d)) = (raw.part, period) {
            // A part of a day stays a DATE, as TimeBank annotates "Friday night".
            value.push('T');
            value.push_str(part);
            granularity = Granularity::DayPart;
            interval = day_part_interval(d, part);
        }
        if let (Some((hour, minute)), Period::Day(d)) = (raw.clock, period) {
            // "9 a.m. Tuesday": the day at that time.
            (value, interval) = at_clock(d, hour, minute);
            kind = TimexKind::Time;
            granularity = Granularity::Time;
        }
        Timex {
            kind,
            value,
            granularity: Some(granularity),
            interval,
            ..timex(kind, String::new())
        }
    }

    /// The calendar period of a date-like expression, if the reference date allows it.
    fn period(&self, expr: &Expr, way: Direction) -> Option<Period> {
        let forward = way == Direction::Forward;
        let reference = self.reference;
        match *expr {
            Expr::Calendar { year, month, day } => match (year, month, day) {
                (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(Period::Day),
                (Some(y), Some(m), None) => (1..=12)
                    .contains(&m)
                    .then_some(Period::Month { year: y, month: m }),
                (Some(y), None, _) => Some(Period::Year(y)),
                (None, Some(m), day) => {
                    let r = reference?;
                    // The candidates of last year, this year and next year, by their distance
                    // in days from the reference (a month by its middle).
                    let candidate = |year: i32| match day {
                        Some(d) => NaiveDate::from_ymd_opt(year, m, d),
                        None => NaiveDate::from_ymd_opt(year, m, 15),
                    };
                    let signed = |year: i32| candidate(year).map(|c| (c - r).num_days());
                    let here = |year: i32| match day {
                        // A month holding the reference day is this month.
                        None => year == r.year() && m == r.month(),
                        Some(_) => false,
                    };
                    let mut options: Vec<(i32, i64)> = (r.year() - 1..=r.year() + 1)
                        .filter_map(|y| signed(y).map(|d| (y, if here(y) { 0 } else { d })))
                        .collect();
                    options.retain(|&(_, d)| match way {
                        // A deadline just past is still that one ("by Jan. 14", a day late).
                        Direction::Forward => d >= 0 || (day.is_some() && d >= -7),
                        // A past cue does not push back a date less than a month ahead: news
                        // reports coming dates in past-tense sentences ("ruled that he must
                        // return by Jan. 14").
                        Direction::Back => d <= 0 || (day.is_some() && d <= 31),
                        Direction::BackOrSoon => d <= SOON_DAYS,
                        // Half a year ahead is as near as half a year back: a date
                        // more than a season ahead, with no cue, is rather the past one
                        // ("the Oct. 23 slaying" in a story of May).
                        Direction::Nearest => d <= FAR_AHEAD_DAYS,
                    });
                    let (year, _) = options.into_iter().min_by_key(|&(_, d)| (d.abs(), d > 0))?;
                    match day {
                        Some(d) => NaiveDate::from_ymd_opt(year, m, d).map(Period::Day),
                        None => Some(Period::Month { year, month: m }),
                    }
                }
                (None, None, _) => None,
            },
            Expr::MonthOfYear { month, shift } => Some(Period::Month {
                year: reference?.year() + shift,
                month,
            }),
            Expr::ShiftedMonth { month, shift } => {
                // "last November": the latest November before this month; "this September":
                // this year's; "next March": the first one after this month.
                let r = reference?;
                let year = match shift {
                    s if s < 0 => r.year() - i32::from(month >= r.month()),
                    0 => r.year(),
                    _ => r.year() + i32::from(month <= r.month()),
                };
                Some(Period::Month { year, month })
            }
            Expr::Slashed {
                first,
                second,
                year,
            } => {
                let (d, m) = if self.day_first {
                    (first, second)
                } else {
                    (second, first)
                };
                NaiveDate::from_ymd_opt(year, m, d).map(Period::Day)
            }
            Expr::Decade(d) => Some(Period::Decade(d)),
            Expr::Century(c) => Some(Period::Century(c)),
            // The year of the December 31 the tense points to.
            Expr::YearEnd => {
                let last_day = Expr::Calendar {
                    year: None,
                    month: Some(12),
                    day: Some(31),
                };
                let (day, _) = self.period(&last_day, way)?.days()?;
                Some(Period::Year(day.year()))
            }
            Expr::Weekday { day, shift } => {
                let r = reference?;
                let target = weekday_of(day).num_days_from_monday() as i64;
                let today = r.weekday().num_days_from_monday() as i64;
                let back = (today - target).rem_euclid(7);
                let ahead = (target - today).rem_euclid(7);
                let offset = match shift {
                    Some(s) if s < 0 => -(if back == 0 { 7 } else { back }),
                    Some(s) if s > 0 => {
                        if ahead == 0 {
                            7
                        } else {
                            ahead
                        }
                    }
                    // "this Friday" is the nearest one the tense points to, as a bare
                    // "Friday" ("was shot dead this Friday morning", "will meet this Friday").
                    Some(_) | None if forward => ahead,
                    Some(_) | None => -back,
                };
                r.checked_add_signed(Duration::days(offset))
                    .map(Period::Day)
            }
            Expr::RelativeDay { offset, anchored } => {
                let base = match (anchored, self.anchor) {
                    (true, Some(Period::Day(d))) => d,
                    _ => reference?,
                };
                base.checked_add_signed(Duration::days(offset))
                    .map(Period::Day)
            }
            Expr::Shifted {
                unit: Unit::Weekend,
                shift,
                anchored,
            } => {
                // "The attack came on Saturday. The previous weekend, ...": from the last day
                // given.
                if let Some((d, _)) = self.anchor.filter(|_| anchored).and_then(Period::days) {
                    return period_of(Unit::Weekend, d).shift(i64::from(shift));
                }
                // "the weekend": the last one, or the one under way on a Saturday or Sunday.
                let r = reference?;
                let in_weekend = r.weekday().num_days_from_monday() >= 5;
                // "will ... over the weekend", "this weekend" with a future cue: the coming one.
                let coming = shift > 0 || (shift == 0 && forward);
                let base = if in_weekend || coming { 0 } else { -1 };
                // "last weekend" (-1) is the last one; "the weekend before last" (-2) the one
                // before it.
                let back = if shift < -1 { shift + 1 } else { shift.max(0) };
                period_of(Unit::Weekend, r).shift(i64::from(base + back))
            }
            Expr::Shifted {
                unit,
                shift,
                anchored,
            } => {
                // An anchored shift counts from the last date given when it lies within one
                // such unit ("June 1998 ... later that year"), else from the reference.
                let within_unit = |(start, end): (NaiveDate, NaiveDate)| {
                    period_of(unit, start).days().is_some_and(|(_, e)| end <= e)
                };
                let base = match self.anchor.and_then(Period::days) {
                    Some(days) if anchored && within_unit(days) => days.0,
                    _ => reference?,
                };
                period_of(unit, base).shift(i64::from(shift))
            }
            Expr::Quarter {
                n,
                year,
                shift,
                year_shift,
            } => {
                let r = reference?;
                match (n, year.or(year_shift.map(|s| r.year() + s))) {
                    (Some(q), Some(y)) => Some(Period::Quarter {
                        year: y,
                        quarter: q,
                    }),
                    (Some(q), None) => {
                        // A named quarter not reached yet in the reference year is last year's.
                        let current = (r.month() - 1) / 3 + 1;
                        let y = if q > current && !forward {
                            r.year() - 1
                        } else {
                            r.year()
                        };
                        Some(Period::Quarter {
                            year: y,
                            quarter: q,
                        })
                    }
                    (None, y) => {
                        // "the quarter", "the latest quarter": the one last mentioned, else the
                        // last one completed; "this quarter" and "next quarter" from today.
                        let current = period_of(Unit::Quarter, r);
                        match (shift, self.anchor) {
                            (Some(s), _) if s != 0 => current.shift(i64::from(s)),
                            // "the 1988 period": the quarter under discussion, that year.
                            (_, Some(Period::Quarter { year, quarter })) => Some(Period::Quarter {
                                year: y.unwrap_or(year),
                                quarter,
                            }),
                            _ => match y {
                                Some(y) => Some(Period::Year(y)),
                                None => current.shift(-1),
                            },
                        }
                    }
                }
            }
            Expr::Half { n, year } => {
                let y = year.or_else(|| reference.map(|r| r.year()))?;
                Some(Period::Half { year: y, half: n })
            }
            Expr::Holiday {
                holiday,
                shift,
                week,
            } => {
                // The nearest one in the policy's direction; "last" and "next" skip today's.
                // A holiday's week is under way from its Monday ("as Easter week began").
                let r = reference?;
                let from = |d: NaiveDate| {
                    if week {
                        d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
                    } else {
                        d
                    }
                };
                let days = (r.year() - 1..=r.year() + 1).filter_map(|y| holiday_in(holiday, y));
                let day = match (shift, way) {
                    (Some(s), _) if s < 0 => days.filter(|d| from(*d) < r).max(),
                    (Some(s), _) if s > 0 => days.filter(|d| from(*d) > r).min(),
                    (_, Direction::Forward) => days.filter(|d| *d >= r).min(),
                    (_, Direction::Back | Direction::BackOrSoon) => {
                        days.filter(|d| from(*d) <= r).max()
                    }
                    (_, Direction::Nearest) => days.min_by_key(|d| (*d - r).num_days().abs()),
                };
                if week {
                    day.map(|d| period_of(Unit::Week, d))
                } else {
                    day.map(Period::Day)
                }
            }
            Expr::Season {
                code,
                year,
                shift,
                latest,
            } => {
                let r = reference?;
                let y = match (year, shift) {
                    (Some(y), _) => y,
                    // "this past spring": this year's if it is over, else last year's.
                    (None, _) if latest => {
                        let this_year = Period::Season {
                            year: r.year(),
                            code,
                        };
                        let over = this_year.days().is_some_and(|(_, end)| end <= r);
                        r.year() - i32::from(!over)
                    }
                    (None, Some(s)) => r.year() + s,
                    // "was lifted in the autumn" of a report of March: last year's; "will
                    // finish in the spring" of a report of June: next year's.
                    (None, None) => {
                        let this_year = Period::Season {
                            year: r.year(),
                            code,
                        };
                        match (this_year.days(), way) {
                            (Some((start, _)), Direction::Back) if start > r => r.year() - 1,
                            (Some((_, end)), Direction::Forward) if end <= r => r.year() + 1,
                            _ => r.year(),
                        }
                    }
                };
                Some(Period::Season { year: y, code })
            }
            Expr::YearBefore { quarter } => {
                // The period under report is the last date given, unless that one lies ahead
                // (a forecast: "the third quarter of 1990") or in an earlier year (the
                // comparison itself: "in the 1988 period. The year-ago results").
                let r = reference?;
                let under_report = self.anchor.filter(|p| {
                    p.days()
                        .is_some_and(|(start, _)| start <= r && start.year() == r.year())
                });
                let base = match (under_report, quarter) {
                    (Some(p), false) => p,
                    (Some(p), true) => period_of(Unit::Quarter, p.days()?.0),
                    // No period under report: the last quarter completed, or the year.
                    (None, true) => period_of(Unit::Quarter, r).shift(-1)?,
                    (None, false) => Period::Year(r.year()),
                };
                shifted_by(base, Unit::Year, -1, true)
            }
            Expr::Ago {
                unit,
                n,
                direction,
                anchored,
            } => {
                // Back from the last date mentioned ("a year earlier"), and back from a quarter
                // under discussion even for "a year ago" (results against the year before),
                // but not "a month ago", which counts from the reference.
                let by_quarters = matches!(unit, Unit::Year | Unit::Quarter);
                let base = match (anchored, self.anchor) {
                    (true, Some(p)) => Some(p),
                    (_, Some(p @ Period::Quarter { .. })) if by_quarters => Some(p),
                    _ => reference.map(|r| period_of(unit, r)),
                }?;
                let steps = i64::from(n) * i64::from(direction);
                shifted_by(base, unit, steps, anchored)
            }
            _ => None,
        }
    }

    /// A value with unknown parts, when there is no reference date.
    fn unresolved(&self, expr: &Expr) -> String {
        match *expr {
            Expr::Calendar {
                month: Some(m),
                day: Some(d),
                ..
            } => format!("XXXX-{m:02}-{d:02}"),
            Expr::Calendar { month: Some(m), .. } | Expr::MonthOfYear { month: m, .. } => {
                format!("XXXX-{m:02}")
            }
            Expr::Weekday { day, .. } => format!("XXXX-WXX-{day}"),
            Expr::RelativeDay { .. }
            | Expr::Shifted {
                unit: Unit::Day,
                anchored: true,
                ..
            } => "XXXX-XX-XX".to_string(),
            Expr::Shifted {
                unit: Unit::Week, ..
            } => "XXXX-WXX".to_string(),
            Expr::Shifted {
                unit: Unit::Month, ..
            } => "XXXX-XX".to_string(),
            Expr::Quarter { n: Some(q), .. } => format!("XXXX-Q{q}"),
            Expr::Quarter { .. } => "XXXX-QX".to_string(),
            Expr::Season { code, .. } => format!("XXXX-{code}"),
            _ => "XXXX".to_string(),
        }
    }
}

/// `base` moved `steps` units, at its own precision when it is a quarter ("a year earlier" than
/// the third quarter is the third quarter of the year before) or, counting from a date given
/// (`anchored`), a month or a day ("a year earlier" than a day is that day a year before).
fn shifted_by(base: Period, unit: Unit, steps: i64, anchored: bool) -> Option<Period> {
    match (base, unit) {
        (Period::Quarter { .. }, Unit::Year) => base.shift(steps * 4),
        (Period::Quarter { .. }, Unit::Quarter) => base.shift(steps),
        (Period::Month { .. }, Unit::Year) if anchored => base.shift(steps * 12),
        (Period::Day(d), Unit::Year | Unit::Month) if anchored => {
            let months = if unit == Unit::Year {
                steps * 12
            } else {
                steps
            };
            let months = i32::try_from(months).ok()?;
            let shifted = if months < 0 {
                d.checked_sub_months(chrono::Months::new(months.unsigned_abs()))
            } else {
                d.checked_add_months(chrono::Months::new(months.unsigned_abs()))
            };
            shifted.map(Period::Day)
        }
        // A day moves by whole days of the hours or minutes: "48 hours later" is two days on,
        // not 48.
        (_, Unit::Hour) => period_of(unit, base.days()?.0).shift(steps / 24),
        (_, Unit::Minute) => period_of(unit, base.days()?.0).shift(steps / (24 * 60)),
        _ => period_of(unit, base.days()?.0).shift(steps),
    }
}

/// Morning 06–12, afternoon 12–18, evening 18–24, night 18–06, midday 11–13.
fn day_part_interval(day: NaiveDate, part: &str) -> Option<Interval> {
    let (from, hours) = match part {
        "MO" => (6, 6),
        "AF" => (12, 6),
        "EV" => (18, 6),
        "NI" => (18, 12),
        "MI" => (11, 2),
        _ => return None,
    };
    let start: NaiveDateTime = day.and_time(NaiveTime::from_hms_opt(from, 0, 0)?);
    Some(Interval {
        start,
        end: start + Duration::hours(hours),
    })
}
