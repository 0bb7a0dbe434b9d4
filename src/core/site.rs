//! The host's `site.json`: settings a host keeps beside `index.html` without rebuilding the site
//! (its JSON Schema is `schema/site.schema.json`, an example `examples/site.json`).
//!
//! Today it carries `holidays`: the years' arrangements the build does not know, each in the
//! shape of holiday-cn's year files (`year`, `papers`, `days` with `date`, `name`, `isOffDay`).
//! Reading never fails: a broken file or a bad entry is left out and named in `problems` (the
//! page logs them to the console, the command line prints them), and the rest is used. Keys it
//! does not know are ignored, so a `site.json` written for a later version still works here.

use serde::Deserialize;

use crate::core::iso_date;
use crate::core::reference::calendar::{Calendar, HostDay, HostYear, is_year_known};

/// What was read, and what was left out with the reason.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteSettings {
    pub calendar: Calendar,
    /// One message per entry left out (or for the whole file), lower-case, naming where.
    pub problems: Vec<String>,
}

// Natively the file is read with serde into these shapes; a value of the wrong JSON type (a year
// in quotes) makes the whole file unreadable, reported as such. The browser does not use serde
// for it (its JSON code costs the first load about 3 KB brotli): `ui::site` reads the file with
// the browser's own JSON.parse into the same shapes and calls `read_year_files`.
#[derive(Deserialize)]
struct SiteFile {
    #[serde(default)]
    holidays: Vec<YearFile>,
}

/// One holiday-cn year file (`$schema`, `$id` and any other key are ignored), as read, before
/// it is checked; a missing or mistyped field is its empty value here.
#[derive(Default, Deserialize)]
pub struct YearFile {
    #[serde(default)]
    pub year: i64,
    #[serde(default)]
    pub papers: Vec<String>,
    #[serde(default)]
    pub days: Vec<DayFile>,
}

#[derive(Default, Deserialize)]
pub struct DayFile {
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, rename = "isOffDay")]
    pub is_off_day: Option<bool>,
}

fn unreadable(error: serde_json::Error) -> SiteSettings {
    // Not the error's own text: its messages would add their table to the wasm.
    let problem = format!("not a site.json of the expected shape (line {}, column {})", error.line(), error.column());
    SiteSettings { problems: vec![problem], ..SiteSettings::default() }
}

/// Reads a `site.json`.
pub fn read_site_json(json: &str) -> SiteSettings {
    match serde_json::from_str::<SiteFile>(json) {
        Ok(site) => read_year_files(site.holidays),
        Err(error) => unreadable(error),
    }
}

/// Reads the command line's `--holidays` file: a holiday-cn year file, a list of them, or a
/// `site.json`.
pub fn read_holidays_file(json: &str) -> SiteSettings {
    let value: serde_json::Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => return unreadable(error),
    };
    let years = if value.is_array() {
        serde_json::from_value::<Vec<YearFile>>(value)
    } else if value.get("year").is_some() {
        serde_json::from_value::<YearFile>(value).map(|year| vec![year])
    } else {
        serde_json::from_value::<SiteFile>(value).map(|site| site.holidays)
    };
    match years {
        Ok(years) => read_year_files(years),
        Err(error) => SiteSettings { problems: vec![format!("not a holidays file of the expected shape: {error}")], ..SiteSettings::default() },
    }
}

/// Checks the years read from a file: each is used whole or left out with the reason.
pub fn read_year_files(entries: Vec<YearFile>) -> SiteSettings {
    let mut years: Vec<HostYear> = Vec::new();
    let mut problems = Vec::new();
    for (index, entry) in entries.into_iter().enumerate() {
        match read_year(entry) {
            Ok(year) if is_year_known(year.year) => {
                problems.push(format!("holidays[{index}]: {} is built into this version; the entry is ignored", year.year));
            }
            Ok(year) if years.iter().any(|seen| seen.year == year.year) => {
                problems.push(format!("holidays[{index}]: {} is given twice; the second is ignored", year.year));
            }
            Ok(year) => years.push(year),
            Err(problem) => problems.push(format!("holidays[{index}]: {problem}; the entry is ignored")),
        }
    }
    SiteSettings { calendar: Calendar::with_host_years(years), problems }
}

/// One year's arrangement, whole or not at all: a year with one bad day is not trusted.
fn read_year(entry: YearFile) -> Result<HostYear, String> {
    let year = i16::try_from(entry.year)
        .ok()
        .filter(|year| (2000..=2200).contains(year))
        .ok_or("year: not a year between 2000 and 2200")?;
    let papers = entry.papers;
    if papers.is_empty() || !papers.iter().all(|paper| paper.starts_with("https://") || paper.starts_with("http://")) {
        return Err(format!("{year}: papers: the notice's address (https://…) is needed"));
    }
    if entry.days.is_empty() {
        return Err(format!("{year}: days: empty (the arrangement is not published)"));
    }
    let mut days: Vec<HostDay> = Vec::with_capacity(entry.days.len());
    for (index, day) in entry.days.iter().enumerate() {
        let Some(date) = iso_date::parse_strict(&day.date).filter(|date| date.year() == year || date.year() == year - 1) else {
            return Err(format!("{year}: days[{index}].date: not a date YYYY-MM-DD of {year} (or late {})", year - 1));
        };
        let Some(is_off_day) = day.is_off_day else {
            return Err(format!("{year}: days[{index}].isOffDay: not true or false"));
        };
        if day.name.trim().is_empty() {
            return Err(format!("{year}: days[{index}].name: missing"));
        }
        // A linear check, not a sort: a year has about forty days, and sorting code costs the wasm.
        if days.iter().any(|seen| seen.date == date) {
            return Err(format!("{year}: days: {} is listed twice", day.date));
        }
        days.push(HostDay { date, is_off_day });
    }
    Ok(HostYear { year, papers, days })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reference::calendar::YearSource;

    const GOOD_2027: &str = r#"{"year": 2027, "papers": ["https://example.org/2027"], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
        {"name": "春节", "date": "2027-02-20", "isOffDay": false}]}"#;

    #[test]
    fn a_good_year_is_used_and_its_source_is_the_host() {
        let settings = read_site_json(&format!(r#"{{"holidays": [{GOOD_2027}], "contacts": "a later version's key"}}"#));
        assert_eq!(settings.problems, Vec::<String>::new());
        let basis = settings.calendar.basis(2027).unwrap();
        assert_eq!(basis.source, YearSource::Host);
        assert_eq!(basis.papers, ["https://example.org/2027"]);
        let saturday = jiff::civil::date(2027, 2, 20);
        assert_eq!(settings.calendar.is_working_day(saturday), Ok(true));
    }

    #[test]
    fn bad_entries_are_left_out_and_named_the_good_ones_kept() {
        let bad_date = GOOD_2027.replace("2027-02-20", "2027-02-30").replace("2027,", "2028,").replace("2027-01-01", "2028-01-01");
        let json = format!(
            r#"{{"holidays": [{GOOD_2027}, {bad_date}, {{"year": 2029, "papers": [], "days": []}}, {{"year": 2026, "papers": ["https://x"], "days": [{{"name": "元旦", "date": "2026-01-01", "isOffDay": true}}]}}, {GOOD_2027}, {{"year": 1999}}]}}"#
        );
        let settings = read_site_json(&json);
        assert_eq!(settings.calendar.host_years().iter().map(|y| y.year).collect::<Vec<_>>(), [2027]);
        assert_eq!(
            settings.problems,
            [
                "holidays[1]: 2028: days[1].date: not a date YYYY-MM-DD of 2028 (or late 2027); the entry is ignored",
                "holidays[2]: 2029: papers: the notice's address (https://…) is needed; the entry is ignored",
                "holidays[3]: 2026 is built into this version; the entry is ignored",
                "holidays[4]: 2027 is given twice; the second is ignored",
                "holidays[5]: year: not a year between 2000 and 2200; the entry is ignored",
            ]
        );
        assert_eq!(settings.calendar.basis(2028).unwrap().source, YearSource::Estimated);
    }

    #[test]
    fn a_broken_file_gives_the_built_in_calendar_and_says_why() {
        let wrong_type = GOOD_2027.replace("\"isOffDay\": true", "\"isOffDay\": \"yes\"");
        for (json, problem) in [
            ("{", "not a site.json of the expected shape (line 1, column 1)"),
            ("7", "not a site.json of the expected shape"),
            (r#"{"holidays": {}}"#, "not a site.json of the expected shape"),
            (&format!(r#"{{"holidays": [{wrong_type}]}}"#), "not a site.json of the expected shape"),
        ] {
            let settings = read_site_json(json);
            assert_eq!(settings.calendar, Calendar::built_in(), "{json}");
            assert!(settings.problems.len() == 1 && settings.problems[0].starts_with(problem), "{json}: {:?}", settings.problems);
        }
        assert_eq!(read_site_json("{}"), SiteSettings::default());
    }

    #[test]
    fn the_holidays_file_may_be_one_year_a_list_or_a_site_json() {
        for json in [GOOD_2027.to_string(), format!("[{GOOD_2027}]"), format!(r#"{{"holidays": [{GOOD_2027}]}}"#)] {
            let settings = read_holidays_file(&json);
            assert_eq!(settings.calendar.host_years().len(), 1, "{json}");
            assert!(settings.problems.is_empty(), "{json}");
        }
    }

    #[test]
    fn the_published_example_and_schema_agree_on_the_shape() {
        let example = include_str!("../../examples/site.json");
        let settings = read_site_json(example);
        assert_eq!(settings.problems, Vec::<String>::new());
        let schema: serde_json::Value = serde_json::from_str(include_str!("../../schema/site.schema.json")).unwrap();
        let day = &schema["$defs"]["day"]["required"];
        assert_eq!(day, &serde_json::json!(["date", "name", "isOffDay"]));
    }
}
