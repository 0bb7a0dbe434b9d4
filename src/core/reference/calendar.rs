//! The Chinese working-day calendar: weekends, statutory holidays and the adjusted working days
//! (调休) that the State Council publishes each year, from `data/holidays.csv`.
//!
//! A year's arrangement is known only once published (`data/calendar-years.csv`). Any
//! computation that touches another year answers [`CalendarUnknown`] instead of guessing, so
//! that a deadline is never silently wrong by a holiday week.

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
    require_known(start)?;
    let mut date = start;
    let mut remaining = count.unsigned_abs();
    while remaining > 0 {
        date = step(date, count > 0)?;
        if is_working_day(date)? {
            remaining -= 1;
        }
    }
    Ok(date)
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
