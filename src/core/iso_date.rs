//! `YYYY-MM-DD` for civil dates, by hand: parsing and printing through jiff's `FromStr`,
//! `Display` and serde pulls jiff's whole temporal parser, printer and error messages (time
//! zones, spans, RFC 9557) into the wasm. The browser's date input gives and takes exactly this
//! form, and the drafts the app saves hold it.
//!
//! One parser for every date the app reads: the browser's date fields, the package files (the
//! browser's import and the CLI alike, every date field deserialises through [`deserialize`] or
//! [`option`]) and the office worker's requests. It accepts exactly `YYYY-MM-DD` with a year from
//! [`FIRST_YEAR`] to [`LAST_YEAR`]: not jiff's other forms (`20261201`, `2026-12-01T10:00:00`,
//! whose time was dropped), not years such as 0, 9999 or −9999. Printing is identical to jiff's
//! `Display`.

use jiff::civil::Date;

/// The first year a date may have: the founding of the People's Republic, before any filing,
/// licence or birth date the forms ask for (the oldest staff members were born after it).
pub const FIRST_YEAR: i16 = 1949;
/// The last year a date may have: far beyond any filing period (five years, 6.1) or calendar.
pub const LAST_YEAR: i16 = 2100;

/// `2027-05-01`, exactly as `Date::to_string()` prints it.
pub fn format(date: Date) -> String {
    let year = date.year();
    if (0..=9999).contains(&year) {
        format!("{:04}-{:02}-{:02}", year, date.month(), date.day())
    } else {
        let sign = if year < 0 { '-' } else { '+' };
        format!("{sign}{:06}-{:02}-{:02}", year.unsigned_abs(), date.month(), date.day())
    }
}

/// Days from `from` to `to` (negative when `to` is earlier), by the civil-day count of
/// H. Hinnant's `days_from_civil`: jiff's span arithmetic would bring its error messages into
/// the wasm.
pub fn days_between(from: Date, to: Date) -> i64 {
    fn day_number(date: Date) -> i64 {
        let (month, day) = (i64::from(date.month()), i64::from(date.day()));
        let year = i64::from(date.year()) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era
    }
    day_number(to) - day_number(from)
}

/// Why a text is not a date the app reads, for messages (lower case, no final period).
pub const EXPECTED: &str = "expected a date written YYYY-MM-DD with a year from 1949 to 2100";

/// A date written `YYYY-MM-DD` with a year from [`FIRST_YEAR`] to [`LAST_YEAR`]; `None` for
/// anything else or a day that does not exist.
pub fn parse_strict(text: &str) -> Option<Date> {
    parse_in_years(text, FIRST_YEAR..=LAST_YEAR)
}

fn parse_in_years(text: &str, years: std::ops::RangeInclusive<i16>) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |part: &[u8]| -> Option<i16> { part.iter().try_fold(0i16, |n, b| b.is_ascii_digit().then(|| n * 10 + i16::from(b - b'0'))) };
    let year = number(&bytes[..4])?;
    if !years.contains(&year) {
        return None;
    }
    let month = number(&bytes[5..7])?;
    let day = number(&bytes[8..])?;
    Date::new(year, month as i8, day as i8).ok()
}

/// The same parser as [`parse_strict`], under the name the callers use.
pub fn parse(text: &str) -> Option<Date> {
    parse_strict(text)
}

/// `#[serde(with = "crate::core::iso_date")]` for `Date` fields: a string `YYYY-MM-DD`, read by
/// [`parse_strict`].
pub fn serialize<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&format(*date))
}

pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    <IsoDate as serde::Deserialize>::deserialize(deserializer).map(|date| date.0)
}

/// `#[serde(with = "crate::core::iso_date::option")]` for `Option<Date>` fields: a string or
/// null, read by [`parse_strict`].
pub mod option {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&super::format(*date)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
        Ok(Option::<super::IsoDate>::deserialize(deserializer)?.map(|date| date.0))
    }
}

/// `#[serde(with = "crate::core::iso_date::option_list")]` for `Option<Vec<Date>>` fields.
pub mod option_list {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(dates: &Option<Vec<Date>>, serializer: S) -> Result<S::Ok, S::Error> {
        match dates {
            Some(dates) => serializer.collect_seq(dates.iter().map(|date| super::format(*date))),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<Date>>, D::Error> {
        Ok(Option::<Vec<super::IsoDate>>::deserialize(deserializer)?.map(|dates| dates.into_iter().map(|date| date.0).collect()))
    }
}

/// A moment as the packages hold it (`created`, `updated`): RFC 3339, `2026-11-28T02:30:00.5Z`
/// or with an offset, `2026-11-28T10:30:00+08:00`, in years 1970 to 9999 (the app writes them;
/// no date limit of the forms applies). By
/// hand for the same reason as the dates: jiff's own parser reads RFC 9557 with time zone
/// annotations (POSIX and TZif parsers) and formats its errors with every message it has,
/// about 25 KB of each wasm that reads a package. A leap second (`:60`) is read as `:59`.
pub fn parse_timestamp(text: &str) -> Option<jiff::Timestamp> {
    let bytes = text.as_bytes();
    if bytes.len() < 20 || !matches!(bytes[10], b'T' | b't' | b' ') || bytes[13] != b':' || bytes[16] != b':' {
        return None;
    }
    let date = parse_in_years(text.get(..10)?, 1970..=9999)?;
    let two = |at: usize| -> Option<i64> {
        let (tens, ones) = (bytes[at], bytes[at + 1]);
        (tens.is_ascii_digit() && ones.is_ascii_digit()).then(|| i64::from(tens - b'0') * 10 + i64::from(ones - b'0'))
    };
    let (hour, minute, second) = (two(11)?, two(14)?, two(17)?);
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &bytes[19..];
    let mut nanoseconds = 0i32;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        for position in 0..9 {
            let digit = fraction.get(position).filter(|_| position < digits).map_or(0, |b| i32::from(b - b'0'));
            nanoseconds = nanoseconds * 10 + digit;
        }
        rest = &fraction[digits..];
    }
    let offset = match *rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let (hours, minutes) = (two(bytes.len() - 5)?, two(bytes.len() - 2)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            (hours * 3600 + minutes * 60) * if sign == b'-' { -1 } else { 1 }
        }
        _ => return None,
    };
    let days = days_between(jiff::civil::date(1970, 1, 1), date);
    jiff::Timestamp::new(days * 86_400 + hour * 3600 + minute * 60 + second.min(59) - offset, nanoseconds).ok()
}

/// Why a text is not a moment the app reads, for messages.
pub const EXPECTED_TIMESTAMP: &str = "expected a time written like 2026-11-28T02:30:00Z (RFC 3339)";

/// `#[serde(with = "crate::core::iso_date::timestamp_option")]` for `Option<Timestamp>` fields:
/// a string or null, read by [`parse_timestamp`] and written as jiff prints it.
pub mod timestamp_option {
    use jiff::Timestamp;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(time: &Option<Timestamp>, serializer: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.collect_str(time),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Timestamp>, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Option<Timestamp>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a time string or null")
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
                deserializer.deserialize_str(self)
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
                super::parse_timestamp(value)
                    .map(Some)
                    .ok_or_else(|| E::custom(format_args!("invalid time {value:?}: {}", super::EXPECTED_TIMESTAMP)))
            }
        }
        deserializer.deserialize_option(Visitor)
    }
}

/// One date as serde reads it.
struct IsoDate(Date);

impl<'de> serde::Deserialize<'de> for IsoDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<IsoDate, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = IsoDate;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date string")
            }
            fn visit_bytes<E: serde::de::Error>(self, value: &[u8]) -> Result<IsoDate, E> {
                let text = std::str::from_utf8(value).map_err(|_| E::custom("invalid date: not UTF-8"))?;
                self.visit_str(text)
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<IsoDate, E> {
                parse_strict(value).map(IsoDate).ok_or_else(|| E::custom(format_args!("invalid date {value:?}: {EXPECTED}")))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn days_between_counts_as_jiff_does() {
        let pairs = [((2026, 11, 30), (2027, 5, 1)), ((2024, 2, 28), (2024, 3, 1)), ((2027, 1, 1), (2026, 12, 31)), ((1949, 1, 1), (2100, 12, 31))];
        for ((y1, m1, d1), (y2, m2, d2)) in pairs {
            let (from, to) = (jiff::civil::date(y1, m1, d1), jiff::civil::date(y2, m2, d2));
            let expected = i64::from(from.until((jiff::Unit::Day, to)).unwrap().get_days());
            assert_eq!(days_between(from, to), expected, "{from} → {to}");
        }
        assert_eq!(days_between(jiff::civil::date(2026, 11, 30), jiff::civil::date(2026, 12, 7)), 7);
    }

    #[test]
    fn reads_times_as_jiff_prints_them_and_with_offsets() {
        for text in ["2026-11-28T02:30:00Z", "2026-11-28T02:30:00.5Z", "2026-11-28T02:30:00.123456789Z", "1970-01-01T00:00:00Z"] {
            let time = parse_timestamp(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(time.to_string(), text);
            assert_eq!(time, text.parse::<jiff::Timestamp>().unwrap());
        }
        let utc = parse_timestamp("2026-11-28T02:30:00Z").unwrap();
        assert_eq!(parse_timestamp("2026-11-28T10:30:00+08:00"), Some(utc));
        assert_eq!(parse_timestamp("2026-11-27t21:00:00-05:30"), Some(utc));
        assert_eq!(parse_timestamp("2026-12-31T23:59:60Z"), parse_timestamp("2026-12-31T23:59:59Z"));
        for bad in ["", "2026-11-28", "2026-11-28T02:30Z", "2026-11-28T24:00:00Z", "2026-02-30T00:00:00Z", "2026-11-28T02:30:00",
            "2026-11-28T02:30:00.Z", "2026-11-28T02:30:00.1234567890Z", "2026-11-28T02:30:00+8:00", "2026-11-28T02:30:00Z[UTC]", "1969-12-31T23:59:59Z"]
        {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn prints_like_jiff() {
        for (y, m, d) in [(2027, 5, 1), (1, 1, 1), (0, 12, 31), (9999, 12, 31), (-1, 1, 1), (-9999, 1, 1), (2024, 2, 29)] {
            let date = jiff::civil::date(y, m, d);
            assert_eq!(format(date), date.to_string());
        }
    }

    #[test]
    fn reads_only_the_browsers_form_in_the_years_of_the_app() {
        assert_eq!(parse_strict("2027-05-01"), Some(jiff::civil::date(2027, 5, 1)));
        assert_eq!(parse("1949-01-01"), Some(jiff::civil::date(1949, 1, 1)));
        assert_eq!(parse("2100-12-31"), Some(jiff::civil::date(2100, 12, 31)));
        for bad in [
            "", "2027-5-1", "2027-02-30", "2027-13-01", "20270501x", "2027/05/01", "２０２７-05-01", "-000000-01-01", "+2027-05-01",
            // What jiff's parser reads and the CLI read before: one parser now refuses them.
            "20261201", "2026-12-01T10:00:00", "-000001-01-01", "+009999-01-01",
            // Years outside 1949–2100.
            "1948-12-31", "2101-01-01", "0000-01-01", "9999-12-31",
        ] {
            assert_eq!(parse_strict(bad), None, "{bad}");
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn serde_reads_with_the_same_parser_and_says_what_it_expects() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Ours(#[serde(with = "option")] Option<Date>);
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct One(#[serde(with = "super")] Date);
        for date in [None, Some(jiff::civil::date(2027, 5, 1)), Some(jiff::civil::date(1950, 3, 9))] {
            let json = serde_json::to_string(&Ours(date)).unwrap();
            assert_eq!(json, serde_json::to_string(&date).unwrap());
            assert_eq!(serde_json::from_str::<Ours>(&json).unwrap(), Ours(date));
        }
        assert_eq!(serde_json::from_str::<One>("\"2026-12-01\"").unwrap(), One(jiff::civil::date(2026, 12, 1)));
        for bad in ["\"2027-02-30\"", "\"soon\"", "\"20261201\"", "\"9999-12-31\""] {
            let error = serde_json::from_str::<One>(bad).unwrap_err().to_string();
            assert!(error.contains(EXPECTED), "{bad}: {error}");
            assert!(serde_json::from_str::<Ours>(bad).unwrap_err().to_string().contains(EXPECTED), "{bad}");
        }
        for bad in ["20270501", "[]"] {
            assert!(serde_json::from_str::<Ours>(bad).unwrap_err().to_string().contains("a date string"), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn round_trips_every_date_of_the_range(days in 0i32..=55_516) {
            let date = jiff::civil::date(1949, 1, 1).checked_add(jiff::Span::new().days(days)).unwrap();
            let text = format(date);
            prop_assert_eq!(&text, &date.to_string());
            prop_assert_eq!(parse_strict(&text), Some(date));
        }
    }
}
