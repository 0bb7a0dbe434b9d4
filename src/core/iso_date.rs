//! `YYYY-MM-DD` for civil dates, by hand: parsing and printing through jiff's `FromStr`,
//! `Display` and serde pulls jiff's whole temporal parser, printer and error messages (time
//! zones, spans, RFC 9557) into the wasm. The browser's date input gives and takes exactly this
//! form, and the drafts the app saves hold it.
//!
//! Printing is identical to jiff's `Display` (years 0–9999 as four digits, other years signed
//! with six). Parsing accepts `YYYY-MM-DD` and `±YYYYYY-MM-DD`; natively, anything else falls
//! back to jiff's parser, so package files and the CLI read exactly what they read before.

use jiff::civil::Date;

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

/// A date written `YYYY-MM-DD` (or `±YYYYYY-MM-DD`); `None` for anything else or a day that
/// does not exist.
pub fn parse_strict(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let (sign, digits, rest) = match bytes.first()? {
        b'+' => (1, 6, &bytes[1..]),
        b'-' => (-1, 6, &bytes[1..]),
        _ => (1, 4, bytes),
    };
    if rest.len() != digits + 6 || rest[digits] != b'-' || rest[digits + 3] != b'-' {
        return None;
    }
    let number = |part: &[u8]| -> Option<i32> {
        part.iter().try_fold(0i32, |n, b| b.is_ascii_digit().then(|| n * 10 + i32::from(b - b'0')))
    };
    let year = sign * number(&rest[..digits])?;
    if sign == -1 && year == 0 {
        // jiff refuses "-000000" (negative zero).
        return None;
    }
    let month = number(&rest[digits + 1..digits + 3])?;
    let day = number(&rest[digits + 4..])?;
    Date::new(i16::try_from(year).ok()?, month as i8, day as i8).ok()
}

/// What `text.parse::<Date>().ok()` gives for the forms the browser and the app write; natively
/// also for every other form jiff reads.
pub fn parse(text: &str) -> Option<Date> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        parse_strict(text).or_else(|| text.parse::<Date>().ok())
    }
    #[cfg(target_arch = "wasm32")]
    {
        parse_strict(text)
    }
}

/// `#[serde(with = "crate::core::iso_date::option")]` for `Option<Date>` fields: the same JSON as
/// jiff's serde (a string or null), with the same "a date string" expectation.
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

/// One date as serde reads it, like jiff's own `Deserialize` for `Date`.
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
                if let Some(date) = parse_strict(value) {
                    return Ok(IsoDate(date));
                }
                #[cfg(not(target_arch = "wasm32"))]
                {
                    value.parse::<Date>().map(IsoDate).map_err(E::custom)
                }
                #[cfg(target_arch = "wasm32")]
                {
                    Err(E::custom("invalid date: expected YYYY-MM-DD"))
                }
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
    fn prints_like_jiff() {
        for (y, m, d) in [(2027, 5, 1), (1, 1, 1), (0, 12, 31), (9999, 12, 31), (-1, 1, 1), (-9999, 1, 1), (2024, 2, 29)] {
            let date = jiff::civil::date(y, m, d);
            assert_eq!(format(date), date.to_string());
        }
    }

    #[test]
    fn parses_the_browsers_form() {
        assert_eq!(parse_strict("2027-05-01"), Some(jiff::civil::date(2027, 5, 1)));
        assert_eq!(parse_strict("-000001-01-01"), Some(jiff::civil::date(-1, 1, 1)));
        for bad in ["", "2027-5-1", "2027-02-30", "2027-13-01", "20270501x", "2027/05/01", "２０２７-05-01", "-000000-01-01", "+2027-05-01"] {
            assert_eq!(parse_strict(bad), None, "{bad}");
            assert_eq!(parse(bad), bad.parse::<Date>().ok(), "{bad}");
        }
        // Other forms jiff reads are still read natively.
        assert_eq!(parse("20270501"), Some(jiff::civil::date(2027, 5, 1)));
    }

    #[test]
    fn serde_matches_jiff() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Ours(#[serde(with = "option")] Option<Date>);
        for date in [None, Some(jiff::civil::date(2027, 5, 1)), Some(jiff::civil::date(-42, 3, 9))] {
            let json = serde_json::to_string(&Ours(date)).unwrap();
            assert_eq!(json, serde_json::to_string(&date).unwrap());
            assert_eq!(serde_json::from_str::<Ours>(&json).unwrap(), Ours(date));
        }
        for bad in ["\"2027-02-30\"", "\"soon\"", "20270501", "[]"] {
            assert_eq!(
                serde_json::from_str::<Ours>(bad).unwrap_err().to_string(),
                serde_json::from_str::<Option<Date>>(bad).unwrap_err().to_string()
            );
        }
    }

    proptest! {
        #[test]
        fn round_trips_every_date(days in -4_371_587i32..=2_932_896) {
            let date = jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().days(days)).unwrap();
            let text = format(date);
            prop_assert_eq!(&text, &date.to_string());
            prop_assert_eq!(parse_strict(&text), Some(date));
            prop_assert_eq!(parse(&text), text.parse::<Date>().ok());
        }
    }
}
