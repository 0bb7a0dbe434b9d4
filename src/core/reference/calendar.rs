//! The Chinese working-day calendar: weekends, statutory holidays and the adjusted working days
//! (调休) that the State Council publishes each year, from `data/holidays.csv`.
//!
//! A year's arrangement is known only once published (`data/calendar-years.csv`). The free
//! functions below answer [`CalendarUnknown`] for any other year. A [`Calendar`] adds two
//! sources for the years the build does not know: an arrangement the host publishes
//! (`site.json`, the command line's `--holidays`), and, failing that, an estimate from the
//! statutory holidays that fall on fixed dates, which the evaluation marks as an estimate
//! everywhere and never bases a verdict on.

use std::fmt;

use jiff::civil::{Date, Weekday};

/// One row of `data/holidays.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HolidayDay {
    pub date: Date,
    /// The holiday the day belongs to, `国庆节`.
    pub name: &'static str,
    /// `true`: a statutory day off; `false`: a weekend day that is worked (调休上班).
    pub is_off_day: bool,
}

include!(concat!(env!("OUT_DIR"), "/reference_calendar.rs"));

/// The calendar of this year has not been published (or is not in the table yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarUnknown {
    pub year: i16,
}

impl fmt::Display for CalendarUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "calendar unknown for {}", self.year)
    }
}

impl std::error::Error for CalendarUnknown {}

/// What a day is, with the reason: decisions carry their reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// Monday to Friday, no holiday.
    Weekday,
    /// Saturday or Sunday, not an adjusted working day.
    Weekend,
    /// A statutory holiday day off, e.g. `国庆节`.
    Holiday(&'static str),
    /// A weekend day worked in exchange for a holiday, e.g. `国庆节`.
    AdjustedWorkingDay(&'static str),
}

impl DayKind {
    pub fn is_working_day(self) -> bool {
        matches!(self, DayKind::Weekday | DayKind::AdjustedWorkingDay(_))
    }
}

/// The years whose arrangement is known, ascending.
pub fn known_years() -> &'static [i16] {
    KNOWN_YEARS
}

/// Whether the arrangement of this year is known.
pub fn is_year_known(year: i16) -> bool {
    KNOWN_YEARS.binary_search(&year).is_ok()
}

/// The table's row for a date, if it is a holiday or an adjusted working day.
pub fn holiday_day(date: Date) -> Option<&'static HolidayDay> {
    HOLIDAY_DAYS.binary_search_by(|day| day.date.cmp(&date)).ok().map(|index| &HOLIDAY_DAYS[index])
}

/// What kind of day a date is.
pub fn day_kind(date: Date) -> Result<DayKind, CalendarUnknown> {
    if !is_year_known(date.year()) {
        return Err(CalendarUnknown { year: date.year() });
    }
    Ok(match holiday_day(date) {
        Some(day) if day.is_off_day => DayKind::Holiday(day.name),
        Some(day) => DayKind::AdjustedWorkingDay(day.name),
        None if matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) => DayKind::Weekend,
        None => DayKind::Weekday,
    })
}

/// Whether a date is a working day.
pub fn is_working_day(date: Date) -> Result<bool, CalendarUnknown> {
    day_kind(date).map(DayKind::is_working_day)
}

/// The date `count` working days after `start` (before it when `count` is negative). `start`
/// itself is not counted: 1 is the next working day. `0` returns `start` unchanged.
pub fn add_working_days(start: Date, count: i32) -> Result<Date, CalendarUnknown> {
    count_working_days(start, count, is_working_day)
}

/// The number of working days after `start` up to and including `end`; negative when `end` is
/// before `start`. So `working_days_between(d, add_working_days(d, n)?) == n`.
pub fn working_days_between(start: Date, end: Date) -> Result<i32, CalendarUnknown> {
    require_known(start)?;
    require_known(end)?;
    let (from, to, sign) = if start <= end { (start, end, 1) } else { (end, start, -1) };
    let mut count = 0;
    let mut date = from;
    while date < to {
        date = step(date, true)?;
        if is_working_day(date)? {
            count += 1;
        }
    }
    Ok(sign * count)
}

/// The end points count as touched even when no day between them is: a deadline from a day of
/// an unknown year is not trustworthy.
fn require_known(date: Date) -> Result<(), CalendarUnknown> {
    if is_year_known(date.year()) { Ok(()) } else { Err(CalendarUnknown { year: date.year() }) }
}

/// The next or previous day; running off jiff's range can only happen far outside the known years.
fn step(date: Date, forward: bool) -> Result<Date, CalendarUnknown> {
    let next = if forward { date.tomorrow() } else { date.yesterday() };
    next.map_err(|_| CalendarUnknown { year: date.year() })
}

/// The first year the estimate's rule holds: 《全国年节及纪念日放假办法》 as revised by 国务院令
/// 第795号 (2024-11-10), in force from 2025-01-01, which gave 劳动节 two days (5-1, 5-2).
pub const ESTIMATE_RULE_FROM: i16 = 2025;

/// The statutory holidays of the 2025 rule that fall on fixed Gregorian dates. The others
/// (除夕 and 春节, 清明节, 端午节, 中秋节) move with the lunar calendar or the solar terms, and the
/// State Council's yearly arrangement adds bridge days and worked weekend days (调休) that no
/// rule predicts; they are not guessed.
const FIXED_DATE_HOLIDAYS: &[(i8, i8, &str)] = &[
    (1, 1, "元旦"),
    (5, 1, "劳动节"),
    (5, 2, "劳动节"),
    (10, 1, "国庆节"),
    (10, 2, "国庆节"),
    (10, 3, "国庆节"),
];

/// What a day is by the estimate's rule alone: Monday–Friday are worked, except the fixed-date
/// statutory holidays.
pub fn estimated_day_kind(date: Date) -> DayKind {
    if let Some((_, _, name)) = FIXED_DATE_HOLIDAYS.iter().find(|(m, d, _)| date.month() == *m && date.day() == *d) {
        DayKind::Holiday(name)
    } else if matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
        DayKind::Weekend
    } else {
        DayKind::Weekday
    }
}

/// One day of a year's arrangement that the host supplies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostDay {
    pub date: Date,
    pub is_off_day: bool,
}

/// A year's arrangement from the host (`site.json`) or the command line (`--holidays`), in
/// holiday-cn's shape, checked by `core::site`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostYear {
    pub year: i16,
    /// The State Council notice(s) it transcribes.
    pub papers: Vec<String>,
    /// In the file's order (looked up linearly: a year has about forty).
    pub days: Vec<HostDay>,
}

/// Where a year's working days come from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum YearSource {
    /// Built in: `data/holidays.csv`, from holiday-cn, transcribing the notice(s) named.
    Published,
    /// Supplied by the host of the page (or the `--holidays` file).
    Host,
    /// Not published: Monday–Friday minus the fixed-date statutory holidays.
    Estimated,
}

/// A year and where its working days come from: what the result shows under the dates.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct YearBasis {
    pub year: i16,
    pub source: YearSource,
    /// The State Council notice(s), for a published or host year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub papers: Vec<String>,
}

impl YearSource {
    /// The kebab-case name, as serialised.
    pub fn name(&self) -> &'static str {
        match self {
            YearSource::Published => "published",
            YearSource::Host => "host",
            YearSource::Estimated => "estimated",
        }
    }
}

impl YearBasis {
    /// The source and edition in words, for the result page, the text report and the calendar file.
    pub fn describe(&self) -> crate::core::evaluate::Text {
        let year = self.year;
        let papers = self.papers.join(" ");
        match self.source {
            YearSource::Published => crate::core::evaluate::Text::new(
                format!("{year}年：《国务院办公厅关于{year}年部分节假日安排的通知》（本版内置，经holiday-cn）{papers}"),
                format!("{year}: the State Council's notice on the {year} holidays (built into this version, via holiday-cn) {papers}"),
            ),
            YearSource::Host => crate::core::evaluate::Text::new(
                format!("{year}年：本站提供的节假日安排 {papers}"),
                format!("{year}: the holiday arrangement supplied by this site {papers}"),
            ),
            YearSource::Estimated => crate::core::evaluate::Text::new(
                format!("{year}年：安排尚未公布，日期为估算：周一至周五，除去《全国年节及纪念日放假办法》（2024年修订）固定日期的节日（1月1日、5月1日至2日、10月1日至3日），未计春节等农历节日和调休"),
                format!("{year}: not published yet, so dates are estimates: Monday to Friday less the fixed-date holidays of the national holidays regulation (2024 revision: 1 Jan, 1–2 May, 1–3 Oct), without the lunar holidays and swapped days"),
            ),
        }
    }
}

/// A date counted in working days, with the years the count went through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reckoned {
    pub date: Date,
    /// Every year from the start to the result, ascending.
    pub years: Vec<i16>,
}

/// The working-day calendar an evaluation uses: the built-in years, the host's years, and the
/// estimate for any later year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    host_years: Vec<HostYear>,
}

impl Calendar {
    /// The built-in years only (and the estimate).
    pub fn built_in() -> Calendar {
        Calendar::default()
    }

    /// The built-in years and the host's: `core::site` has already left out years the build
    /// knows and repeated years.
    pub fn with_host_years(host_years: Vec<HostYear>) -> Calendar {
        // The first of a repeated year wins; no sorting (its code would cost the wasm).
        let mut kept: Vec<HostYear> = Vec::new();
        for host in host_years {
            if !is_year_known(host.year) && !kept.iter().any(|seen| seen.year == host.year) {
                kept.push(host);
            }
        }
        Calendar { host_years: kept }
    }

    pub fn host_years(&self) -> &[HostYear] {
        &self.host_years
    }

    fn host_year(&self, year: i16) -> Option<&HostYear> {
        self.host_years.iter().find(|host| host.year == year)
    }

    /// Where this year's working days come from; `None` before the estimate's rule holds.
    pub fn basis(&self, year: i16) -> Option<YearBasis> {
        let (source, papers) = if let Ok(index) = KNOWN_YEARS.binary_search(&year) {
            (YearSource::Published, KNOWN_YEAR_PAPERS[index].split_whitespace().map(String::from).collect())
        } else if let Some(host) = self.host_year(year) {
            (YearSource::Host, host.papers.clone())
        } else if year >= ESTIMATE_RULE_FROM {
            (YearSource::Estimated, Vec::new())
        } else {
            return None;
        };
        Some(YearBasis { year, source, papers })
    }

    /// Whether a date is a working day, from whichever source its year has. A day listed in a
    /// notice of the next year (31 December in the next year's 元旦) counts wherever it is listed.
    pub fn is_working_day(&self, date: Date) -> Result<bool, CalendarUnknown> {
        let basis = self.basis(date.year()).ok_or(CalendarUnknown { year: date.year() })?;
        if let Some(day) = holiday_day(date) {
            return Ok(!day.is_off_day);
        }
        let host_day = self.host_years.iter().flat_map(|host| host.days.iter()).find(|day| day.date == date);
        if let Some(day) = host_day {
            return Ok(!day.is_off_day);
        }
        Ok(match basis.source {
            YearSource::Estimated => estimated_day_kind(date).is_working_day(),
            YearSource::Published | YearSource::Host => !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday),
        })
    }

    /// [`add_working_days`] on this calendar, with the years it went through.
    pub fn add_working_days(&self, start: Date, count: i32) -> Result<Reckoned, CalendarUnknown> {
        let date = count_working_days(start, count, |date| self.is_working_day(date))?;
        let (from, to) = if start <= date { (start.year(), date.year()) } else { (date.year(), start.year()) };
        Ok(Reckoned { date, years: (from..=to).collect() })
    }
}

/// The date `count` working days after `start`, by any rule of what a working day is.
fn count_working_days(
    start: Date,
    count: i32,
    is_working: impl Fn(Date) -> Result<bool, CalendarUnknown>,
) -> Result<Date, CalendarUnknown> {
    is_working(start)?;
    let mut date = start;
    let mut remaining = count.unsigned_abs();
    while remaining > 0 {
        date = step(date, count > 0)?;
        if is_working(date)? {
            remaining -= 1;
        }
    }
    Ok(date)
}

/// How far the estimate is from a published year: for every start day whose `working_days`
/// window (7.4.1's reading: the start counts when it is a working day, the result is the working
/// day after the window) ends inside the year, the estimated and the real result compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EstimateError {
    pub windows: u32,
    /// Windows whose estimated result differs from the real one.
    pub differing: u32,
    /// Of those, the ones where the estimate is later (the real year works a weekend day the
    /// estimate counts as off); in the others it is earlier, which would send an applicant too early.
    pub later: u32,
    /// The largest difference, in calendar days.
    pub max_days: i64,
    /// The sum of the differences, in calendar days.
    pub total_days: i64,
}

/// [`EstimateError`] of a published year, computed as if its arrangement were unknown.
pub fn estimate_error(year: i16, working_days: i32) -> Option<EstimateError> {
    if !is_year_known(year) {
        return None;
    }
    let real = |date: Date| is_working_day(date);
    let estimated = |date: Date| Ok(estimated_day_kind(date).is_working_day());
    let window_end = |start: Date, is_working: &dyn Fn(Date) -> Result<bool, CalendarUnknown>| {
        let extra = if is_working(start).ok()? { 0 } else { 1 };
        count_working_days(start, working_days + extra, is_working).ok()
    };
    let mut error = EstimateError { windows: 0, differing: 0, later: 0, max_days: 0, total_days: 0 };
    let mut start = Date::new(year, 1, 1).ok()?;
    while start.year() == year {
        if let (Some(real_end), Some(estimated_end)) = (window_end(start, &real), window_end(start, &estimated))
            && real_end.year() == year
        {
            let days = (real_end.duration_since(estimated_end).as_hours() / 24).abs();
            error.windows += 1;
            error.differing += u32::from(days != 0);
            error.later += u32::from(estimated_end > real_end);
            error.max_days = error.max_days.max(days);
            error.total_days += days;
        }
        start = start.tomorrow().ok()?;
    }
    Some(error)
}
