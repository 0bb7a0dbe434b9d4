//! The host's `site.json`: settings a host keeps beside `index.html` without rebuilding the site
//! (its JSON Schema is `schema/site.schema.json`, an example `examples/site.json`).
//!
//! Today it carries `holidays`: the years' arrangements the build does not know, each in the
//! shape of holiday-cn's year files (`year`, `papers`, `days` with `date`, `name`, `isOffDay`).
//! Reading never fails: a broken file or a bad entry is left out and named in `problems` (the
//! page logs them to the console, the command line prints them), and the rest is used. Keys it
//! does not know are ignored, so a `site.json` written for a later version still works here.

use serde_json::Value;

use crate::core::iso_date;
use crate::core::reference::calendar::{Calendar, HostDay, HostYear, is_year_known};

/// What was read, and what was left out with the reason.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteSettings {
    pub calendar: Calendar,
    /// One message per entry left out (or for the whole file), lower-case, naming where.
    pub problems: Vec<String>,
}

/// Reads a `site.json`.
pub fn read_site_json(json: &str) -> SiteSettings {
    match serde_json::from_str::<Value>(json) {
        Err(error) => SiteSettings { problems: vec![format!("not a JSON document: {error}")], ..SiteSettings::default() },
        Ok(Value::Object(site)) => match site.get("holidays") {
            None => SiteSettings::default(),
            Some(Value::Array(years)) => read_years(years),
            Some(_) => SiteSettings { problems: vec!["holidays: not a list of years".into()], ..SiteSettings::default() },
        },
        Ok(_) => SiteSettings { problems: vec!["not a JSON object".into()], ..SiteSettings::default() },
    }
}

/// Reads the command line's `--holidays` file: a holiday-cn year file, a list of them, or a
/// `site.json`.
pub fn read_holidays_file(json: &str) -> SiteSettings {
    match serde_json::from_str::<Value>(json) {
        Ok(Value::Array(years)) => read_years(&years),
        Ok(Value::Object(file)) if file.contains_key("year") => read_years(&[Value::Object(file)]),
        _ => read_site_json(json),
    }
}

fn read_years(entries: &[Value]) -> SiteSettings {
    let mut years: Vec<HostYear> = Vec::new();
    let mut problems = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
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
fn read_year(entry: &Value) -> Result<HostYear, String> {
    let year = entry
        .get("year")
        .and_then(Value::as_i64)
        .and_then(|year| i16::try_from(year).ok())
        .filter(|year| (2000..=2200).contains(year))
        .ok_or("year: not a year between 2000 and 2200")?;
    let papers: Vec<String> = match entry.get("papers") {
        Some(Value::Array(papers)) => papers.iter().map(|paper| paper.as_str().map(str::to_owned)).collect::<Option<_>>().unwrap_or_default(),
        _ => Vec::new(),
    };
    if papers.is_empty() || !papers.iter().all(|paper| paper.starts_with("https://") || paper.starts_with("http://")) {
        return Err(format!("{year}: papers: the notice's address (https://…) is needed"));
    }
    let Some(Value::Array(entries)) = entry.get("days") else { return Err(format!("{year}: days: not a list")) };
    if entries.is_empty() {
        return Err(format!("{year}: days: empty (the arrangement is not published)"));
    }
    let mut days = Vec::with_capacity(entries.len());
    for (index, day) in entries.iter().enumerate() {
        let date = day.get("date").and_then(Value::as_str).and_then(iso_date::parse_strict);
        let Some(date) = date.filter(|date| date.year() == year || date.year() == year - 1) else {
            return Err(format!("{year}: days[{index}].date: not a date YYYY-MM-DD of {year} (or late {})", year - 1));
        };
        let Some(is_off_day) = day.get("isOffDay").and_then(Value::as_bool) else {
            return Err(format!("{year}: days[{index}].isOffDay: not true or false"));
        };
        if !day.get("name").and_then(Value::as_str).is_some_and(|name| !name.trim().is_empty()) {
            return Err(format!("{year}: days[{index}].name: missing"));
        }
        days.push(HostDay { date, is_off_day });
    }
    days.sort_by_key(|day| day.date);
    if let Some(pair) = days.windows(2).find(|pair| pair[0].date == pair[1].date) {
        return Err(format!("{year}: days: {} is listed twice", iso_date::format(pair[0].date)));
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
            r#"{{"holidays": [{GOOD_2027}, {bad_date}, {{"year": 2029, "papers": [], "days": []}}, {{"year": 2026, "papers": ["https://x"], "days": [{{"name": "元旦", "date": "2026-01-01", "isOffDay": true}}]}}, {GOOD_2027}, 7]}}"#
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
        for (json, problem) in [("{", "not a JSON document"), ("[]", "not a JSON object"), (r#"{"holidays": {}}"#, "holidays: not a list of years")] {
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
        let schema: Value = serde_json::from_str(include_str!("../../schema/site.schema.json")).unwrap();
        let day = &schema["$defs"]["day"]["required"];
        assert_eq!(day, &serde_json::json!(["date", "name", "isOffDay"]));
    }
}
