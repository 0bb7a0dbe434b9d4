//! The host's `site.json`: settings a host keeps beside `index.html` without rebuilding the site
//! (its JSON Schema is `schema/site.schema.json`, an example `examples/site.json`).
//!
//! It carries the host's name, its notice and its offices' contacts (`host`, `notice`,
//! `offices`, by the routes' office keys), and `holidays`: the years' arrangements the build does not know, each in the
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
    /// The hosting office, its offices' contacts and its notice (issue 14, item 5).
    pub contacts: SiteContacts,
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
    #[serde(default)]
    host: Option<serde_json::Value>,
    #[serde(default)]
    notice: Option<serde_json::Value>,
    #[serde(default)]
    offices: Option<serde_json::Value>,
}

/// One office's contact details as the host publishes them; the guide gives none, so nothing
/// here is ever filled in by the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficeContact {
    pub name: String,
    pub address: String,
    pub phone: String,
    pub hours: String,
    /// How applications are handed in (窗口, 网上办理 …).
    pub channel: String,
}

/// The host's own details: its name, a notice for every page, and its offices by the route's
/// key (`place-hrss@4107`, `province-evaluation-center`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteContacts {
    pub host_name: String,
    pub notice: String,
    pub offices: Vec<(String, OfficeContact)>,
}

impl SiteContacts {
    /// The contact of the office a route names, when the host gives one.
    pub fn for_office(&self, office: &crate::core::evaluate::AuthorityOut) -> Option<&OfficeContact> {
        let key = office_key(office);
        self.offices.iter().find(|(id, _)| *id == key).map(|(_, contact)| contact)
    }
}

/// The key of an office in `site.json`: its id, and `@` its place code for a place's office,
/// as the routes write it (`place-hrss@4107`).
pub fn office_key(office: &crate::core::evaluate::AuthorityOut) -> String {
    match office.place {
        Some(place) => format!("{}@{place}", office.id),
        None => office.id.to_string(),
    }
}

/// Text fields are kept short: a notice or an address, not a page.
const MAX_TEXT: usize = 300;

/// A text field as read: `Err` names why it is left out (not text, too long).
pub type RawText = Result<Option<String>, &'static str>;

/// Checks the host's name, notice and offices (each office a list of its fields as read, by
/// name); every bad part is left out and named.
pub fn read_contacts(host_name: RawText, notice: RawText, offices: Vec<(String, Vec<(&'static str, RawText)>)>) -> (SiteContacts, Vec<String>) {
    let mut problems = Vec::new();
    let text = |problems: &mut Vec<String>, what: String, value: RawText| -> String {
        match value {
            Ok(Some(text)) if text.chars().count() > MAX_TEXT => {
                problems.push(format!("{what}: longer than {MAX_TEXT} characters; ignored"));
                String::new()
            }
            Ok(text) => text.unwrap_or_default().trim().to_string(),
            Err(why) => {
                problems.push(format!("{what}: {why}; ignored"));
                String::new()
            }
        }
    };
    let host_name = text(&mut problems, "host.name".into(), host_name);
    let notice = text(&mut problems, "notice".into(), notice);
    let mut read = Vec::new();
    for (key, fields) in offices {
        let mut contact = OfficeContact::default();
        for (field, value) in fields {
            let value = text(&mut problems, format!("offices.{key}.{field}"), value);
            match field {
                "name" => contact.name = value,
                "address" => contact.address = value,
                "phone" => contact.phone = value,
                "hours" => contact.hours = value,
                _ => contact.channel = value,
            }
        }
        if !is_office_key(&key) {
            problems.push(format!("offices.{key}: not an office of the routes (an office id, and @place code for a place's office); ignored"));
        } else if [&contact.address, &contact.phone, &contact.hours, &contact.channel].iter().all(|field| field.is_empty()) {
            problems.push(format!("offices.{key}: no address, phone, hours or channel; ignored"));
        } else {
            read.push((key, contact));
        }
    }
    (SiteContacts { host_name, notice, offices: read }, problems)
}

/// The fields of an office in `site.json`, in the order they are shown.
pub const OFFICE_FIELDS: [&str; 5] = ["name", "address", "phone", "hours", "channel"];

fn is_office_key(key: &str) -> bool {
    use crate::core::rules::{AUTHORITIES, AuthorityLevel};
    let (id, place) = match key.split_once('@') {
        Some((id, place)) => (id, Some(place)),
        None => (key, None),
    };
    AUTHORITIES.iter().any(|authority| {
        authority.id == id
            && match (authority.level, place) {
                (AuthorityLevel::Province, None) => true,
                (AuthorityLevel::Place, Some(place)) => crate::core::reference::place::RECEIVING_PLACES.iter().any(|p| p.code == place),
                _ => false,
            }
    })
}

/// Natively: the same checks over serde's values.
fn contacts_of(site: &SiteFile) -> (SiteContacts, Vec<String>) {
    fn raw(value: Option<&serde_json::Value>) -> RawText {
        match value {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => Err("not text"),
        }
    }
    let offices = match &site.offices {
        Some(serde_json::Value::Object(map)) => {
            map.iter().map(|(key, office)| (key.clone(), OFFICE_FIELDS.iter().map(|field| (*field, raw(office.get(field)))).collect())).collect()
        }
        _ => Vec::new(),
    };
    read_contacts(raw(site.host.as_ref().and_then(|host| host.get("name"))), raw(site.notice.as_ref()), offices)
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
        Ok(site) => {
            let (contacts, contact_problems) = contacts_of(&site);
            let mut settings = read_year_files(site.holidays);
            settings.problems.extend(contact_problems);
            SiteSettings { contacts, ..settings }
        }
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
    SiteSettings { calendar: Calendar::with_host_years(years), problems, contacts: SiteContacts::default() }
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
fn schema_office_fields(schema: &serde_json::Value) -> Vec<String> {
    let mut fields: Vec<String> = schema["$defs"]["office"]["properties"].as_object().map(|fields| fields.keys().cloned().collect()).unwrap_or_default();
    fields.sort();
    fields
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
    fn the_offices_contacts_are_read_by_the_routes_keys_and_bad_ones_named() {
        let json = r#"{"host": {"name": "示例人社局"}, "notice": "示例通知",
            "offices": {"place-hrss@4107": {"name": "示例窗口", "address": "示例路1号", "phone": "0373-0000000", "hours": "工作日", "channel": "窗口"},
                        "place-hrss@9999": {"address": "x"}, "province-hrss": {"name": "only a name"}, "province-evaluation-center": {"phone": 5}}}"#;
        let settings = read_site_json(json);
        assert_eq!(settings.contacts.host_name, "示例人社局");
        assert_eq!(settings.contacts.notice, "示例通知");
        assert_eq!(settings.contacts.offices.iter().map(|(key, _)| key.as_str()).collect::<Vec<_>>(), ["place-hrss@4107"]);
        assert_eq!(
            settings.problems,
            [
                "offices.place-hrss@9999: not an office of the routes (an office id, and @place code for a place's office); ignored",
                "offices.province-evaluation-center.phone: not text; ignored",
                "offices.province-evaluation-center: no address, phone, hours or channel; ignored",
                "offices.province-hrss: no address, phone, hours or channel; ignored",
            ]
        );
        let xinxiang = crate::core::reference::place::RECEIVING_PLACES.iter().find(|p| p.code == "4107");
        let office = crate::core::evaluate::route::resolve("place-hrss", xinxiang).unwrap();
        assert_eq!(settings.contacts.for_office(&office).map(|c| c.address.as_str()), Some("示例路1号"));
    }

    #[test]
    fn the_published_example_and_schema_agree_on_the_shape() {
        let example = include_str!("../../examples/site.json");
        let settings = read_site_json(example);
        assert_eq!(settings.problems, Vec::<String>::new());
        // The example's contacts are marked as examples, never passed off as real (issue 14).
        assert!(settings.contacts.host_name.contains("示例") && settings.contacts.notice.contains("示例"));
        assert!(!settings.contacts.offices.is_empty());
        for (key, office) in &settings.contacts.offices {
            for field in [&office.name, &office.address, &office.phone, &office.hours, &office.channel] {
                assert!(field.is_empty() || field.contains("示例"), "{key}: {field:?} does not say it is an example");
            }
        }
        let schema_fields: Vec<String> =
            schema_office_fields(&serde_json::from_str(include_str!("../../schema/site.schema.json")).unwrap());
        let mut ours = OFFICE_FIELDS.map(str::to_string).to_vec();
        ours.sort();
        assert_eq!(schema_fields, ours);
        let schema: serde_json::Value = serde_json::from_str(include_str!("../../schema/site.schema.json")).unwrap();
        let day = &schema["$defs"]["day"]["required"];
        assert_eq!(day, &serde_json::json!(["date", "name", "isOffDay"]));
    }
}
