//! The package file: one JSON document per application, read at the edge and checked once.
//!
//! A package holds the facts, the forms (附件1–附件8), the material ids the user ticked on the
//! checklist, when it was created and last changed, and which app and rule tables wrote it.
//! Derived results are never stored in it as truth: the evaluation, 附件1's material boxes and
//! the forms' problems are recomputed from the facts and forms. Reading reports the first problem
//! with the field's path (`facts.applicant.legal_form`) and a reason, and never panics.
//!
//! Versions: 1 held only the facts; 2 adds the forms, the ticked checklist, the timestamps, the
//! rule edition and the personal-data flag. A version-1 file is migrated on reading
//! ([`migrate_v1_to_v2`]), so every older package still opens. The published JSON Schema of the
//! current version is `schema/package.schema.json` (a test regenerates it and fails when stale).

use crate::core::sorted::SortedSet;
use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::core::evaluate::route::applicant_place;
use crate::core::facts::Facts;
use crate::core::forms::FormSet;
use crate::core::reference::occupation::OccupationCode;
use crate::core::rules::{ELIGIBILITY_RULES, MATERIAL_RULES};
use crate::core::text::Bilingual;

/// The package format this app writes; it reads this one and every older one.
pub const SCHEMA_VERSION: u32 = 2;

/// What the export tells the user, and what the file says, when it holds ID numbers.
pub const PERSONAL_DATA_NOTICE: Bilingual = Bilingual {
    zh: "本文件含有个人信息（身份证号码），请妥善保管，仅交给受理机构",
    en: "this file contains personal data (ID numbers): keep it safe and give it only to the receiving office",
};

/// One application: what the applicant said, the forms it filled in, and where it stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(title = "Henan filing assistant package", description = "One application of the Henan vocational skill-level evaluation institution filing assistant (schema version 2)"))]
pub struct Package {
    /// The format's version: 2. Version 1 files are migrated on import.
    #[cfg_attr(test, schemars(range(min = 2, max = 2)))]
    pub schema_version: u32,
    /// The app that wrote the package (informational: the reader recomputes everything).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    /// The edition of the guide's rule tables the writer applied (informational).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_edition: Option<String>,
    /// When the application was started (RFC 3339, UTC). Absent in migrated version-1 files.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::core::iso_date::timestamp_option")]
    #[cfg_attr(test, schemars(with = "Option<Timestamp>"))]
    pub created: Option<Timestamp>,
    /// When the package was last changed or exported (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::core::iso_date::timestamp_option")]
    #[cfg_attr(test, schemars(with = "Option<Timestamp>"))]
    pub updated: Option<Timestamp>,
    /// The forms hold ID numbers: the file is personal data ([`PERSONAL_DATA_NOTICE`]).
    #[serde(default)]
    pub contains_personal_data: bool,
    pub facts: Facts,
    /// The attachment forms, each absent until started.
    #[serde(default, skip_serializing_if = "FormSet::is_empty")]
    pub forms: FormSet,
    /// The material ids (`materials.toml`) the user ticked as ready on the checklist.
    #[serde(default, skip_serializing_if = "SortedSet::is_empty")]
    pub ticked_materials: SortedSet<String>,
}

impl Package {
    /// A new package for these facts, created now. `now` is passed in because the core reads no
    /// clock: the browser gives its own, tests a fixed one.
    pub fn new(facts: Facts, now: Timestamp) -> Package {
        Package {
            schema_version: SCHEMA_VERSION,
            app_version: Some(crate::core::APP_VERSION.to_string()),
            rule_edition: Some(crate::core::RULE_TABLE_EDITION.to_string()),
            created: Some(now),
            updated: Some(now),
            contains_personal_data: false,
            facts,
            forms: FormSet::default(),
            ticked_materials: SortedSet::new(),
        }
    }

    /// Marks a change at `now`: the writer's versions, the update time and the personal-data
    /// flag are brought up to date (the flag follows the forms, never the other way round).
    pub fn touch(&mut self, now: Timestamp) {
        self.schema_version = SCHEMA_VERSION;
        self.app_version = Some(crate::core::APP_VERSION.to_string());
        self.rule_edition = Some(crate::core::RULE_TABLE_EDITION.to_string());
        self.created.get_or_insert(now);
        self.updated = Some(now);
        self.contains_personal_data = self.forms.contains_personal_data();
    }
}

/// The package as a JSON document, exactly as it is: `read_package(&write_package(p)) == Ok(p)`
/// for every package that reads (a property test holds this).
pub fn write_package(package: &Package) -> String {
    let mut json = serde_json::to_string_pretty(package).expect("a package always serialises");
    json.push('\n');
    json
}

/// The file to download: the package touched at `now`, then written. The draft itself is not
/// changed; the UI shows [`PERSONAL_DATA_NOTICE`] when the result's flag is set.
pub fn export_package(package: &Package, now: Timestamp) -> (String, bool) {
    let mut exported = package.clone();
    exported.touch(now);
    (write_package(&exported), exported.contains_personal_data)
}

/// What is wrong with a package, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageError {
    /// The field's path, e.g. `facts.occupations[0].code`; empty for the document as a whole.
    pub path: String,
    pub reason: String,
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { f.write_str(&self.reason) } else { write!(f, "{}: {}", self.path, self.reason) }
    }
}

impl std::error::Error for PackageError {}

fn error(path: impl Into<String>, reason: impl Into<String>) -> PackageError {
    PackageError { path: path.into(), reason: reason.into() }
}

/// Reads a package from JSON text: syntax, schema version (migrating older versions), shape,
/// then the checks the shape cannot express.
///
/// This is the import: a pure function from text to a package or an error. It cannot touch the
/// current draft, so a malformed or foreign file leaves the draft as it was by construction; the
/// caller replaces its draft only with an `Ok`. The forms' content (a wrong ID number, an empty
/// required field) is not refused here: an unfinished draft must be savable and resumable, so
/// those are [`crate::core::forms::validate_form_set`]'s problems, shown beside the fields.
pub fn read_package(json: &str) -> Result<Package, PackageError> {
    // A byte-order mark, as Windows editors save UTF-8: the browser's file reader drops it, so
    // the CLI reads such a file too.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: Value = serde_json::from_str(json).map_err(|e| error("", format!("not a JSON document ({e})")))?;
    let Value::Object(object) = value else {
        return Err(error("", "not a package: the document is not a JSON object"));
    };
    let object = match object.get("schema_version") {
        None => return Err(error("schema_version", "missing: this is not a package of this app")),
        Some(version) => match version.as_u64() {
            Some(1) => migrate_v1_to_v2(object),
            Some(v) if v == u64::from(SCHEMA_VERSION) => object,
            Some(v) => {
                return Err(error("schema_version", format!("unsupported version {v}; this app reads versions 1 to {SCHEMA_VERSION}")));
            }
            // The compact writer the reading below uses, not `Value`'s `Display`, which would
            // compile two more JSON writers into the forms page (issue 16).
            None => {
                let found = serde_json::to_string(version).unwrap_or_default();
                return Err(error("schema_version", format!("must be a whole number, found {found}")));
            }
        },
    };
    let root = Value::Object(object);
    // Read from the document's compact text rather than through serde_path_to_error's wrapper:
    // the wrapper instantiated every type of the package a second time (≈ 40 KB brotli of the
    // forms page, issue 16); the text's error position is turned into the path by `located`.
    let text = serde_json::to_string(&root).expect("a JSON value always serialises");
    let package: Package = serde_json::from_str(&text).map_err(|e| located(&root, &text, &e))?;
    check_facts(&package.facts)?;
    check_package(&package)?;
    Ok(package)
}

/// A package written by [`write_package`] of this same build, as the forms page and the offices'
/// page hand it to the export worker: read straight into the types, then checked as
/// [`read_package`] checks it. The worker carries no version migration (the page writes the
/// current version) and no path finding for messages (a failure here is the app's, not a file's
/// the user chose): 5.1 KB brotli of the export worker (issue 16, docs/bytes.md).
pub fn read_written_package(json: &str) -> Result<Package, PackageError> {
    let package: Package = serde_json::from_str(json).map_err(|e| error("", e.to_string()))?;
    if package.schema_version != SCHEMA_VERSION {
        return Err(error("schema_version", format!("version {} is not this app's {SCHEMA_VERSION}", package.schema_version)));
    }
    check_facts(&package.facts)?;
    check_package(&package)?;
    Ok(package)
}

/// The error of the typed reading with its exact path, found from where in the compact text the
/// reader stopped; a missing field is named in the path with what the file lacks.
fn located(root: &Value, text: &str, e: &serde_json::Error) -> PackageError {
    let full = e.to_string();
    let reason = full.strip_suffix(&format!(" at line {} column {}", e.line(), e.column())).unwrap_or(&full).to_string();
    // The text is one line (compact, newlines in strings escaped): the column counts the bytes read.
    // A container's end, or a list's comma, is read before the container's deserialiser adds
    // the position to an error that came after a value was read (`try_from`, as a level's
    // number): such an error ending at `]`, `}` or a list's `,` is the element's before; a
    // missing field or a wrong length is the container's own, a map or list where a value
    // should be is the next element's.
    let own = ["missing field `", "invalid length", "invalid type: map", "invalid type: sequence"].iter().any(|start| reason.starts_with(start));
    let (mut steps, last_was_key) = steps_at(text, e.column().min(text.len()), !own);
    // A refused key that is an externally tagged enum's variant (`{"euro": 3}` in a list of
    // fees) is an error of the enum's value, as serde names it, not of a key of a map; a map
    // keyed by an enum (`forms.plan.sections`) names the key.
    if last_was_key && reason.starts_with("unknown variant `") {
        let parent = steps.iter().take(steps.len().saturating_sub(1)).try_fold(root, |value, step| match step {
            Step::Index(index) => value.get(*index),
            Step::Key(key) => value.get(key.as_str()),
        });
        if parent.and_then(Value::as_object).is_some_and(|object| object.len() == 1) {
            steps.pop();
        }
    }
    let mut path = String::new();
    for step in &steps {
        match step {
            Step::Index(index) => path.push_str(&format!("[{index}]")),
            Step::Key(key) => push_key(&mut path, key),
        }
    }
    // serde's "missing field `facts`" names the field only in its message, and the path stops
    // at its parent: the path goes on to the field, the message says what the file lacks.
    let missing = reason.strip_prefix("missing field `").and_then(|rest| rest.split_once('`')).map(|(field, _)| field.to_string());
    match missing {
        Some(field) => {
            push_key(&mut path, &field);
            let what = match path.as_str() {
                "facts" => "missing: the file has no `facts` (the request, the applicant and the application date), so it is not a package of this app or it is incomplete".to_string(),
                _ => format!("missing: the file has no `{field}` here, and it is required"),
            };
            error(path, what)
        }
        None => error(path, reason),
    }
}

/// One step into the document: an array index or an object key.
enum Step {
    Index(usize),
    Key(String),
}

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// The steps to the value the reader was at after reading `text[..end]` (compact JSON): the
/// value just read or about to be read, the key just read, or the container just closed; and
/// whether the last thing read was an object's key. With `before`, a container closed by the
/// last byte read gives the steps to its last element, a list's comma to the element before it.
fn steps_at(text: &str, end: usize, before: bool) -> (Vec<Step>, bool) {
    // Each open container: an object with the key being read (none between a comma and the
    // next key), or an array with its element's index.
    let mut open: Vec<(Option<String>, Option<usize>)> = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut last_was_key = false;
    while at < end {
        last_was_key = false;
        match bytes[at] {
            b'{' => open.push((None, None)),
            b'[' => open.push((None, Some(0))),
            b'}' | b']' => {
                let closed = open.pop();
                let empty = at > 0 && matches!(bytes[at - 1], b'{' | b'[');
                if before && at + 1 == end && !empty {
                    open.extend(closed);
                }
            }
            b',' => match open.last_mut() {
                Some((_, Some(index))) if !(before && at + 1 == end) => *index += 1,
                Some((_, Some(_))) => {}
                Some((key, None)) => *key = None,
                None => {}
            },
            b'"' => {
                let start = at;
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                if let Some((key @ None, None)) = open.last_mut() {
                    *key = serde_json::from_str::<String>(text.get(start..=at).unwrap_or("\"\"")).ok();
                    last_was_key = true;
                }
            }
            _ => {}
        }
        at += 1;
    }
    let steps = open
        .into_iter()
        .filter_map(|(key, index)| match index {
            Some(index) => Some(Step::Index(index)),
            None => key.map(Step::Key),
        })
        .collect();
    (steps, last_was_key)
}

/// Version 1 → 2. Version 1 held `schema_version`, `app_version` and `facts`; version 2 keeps
/// them as they were and adds, empty: the forms, the ticked checklist, the personal-data flag
/// (false: version 1 had no forms). The timestamps and the rule edition stay absent, since a
/// version-1 file does not say when or with which rules it was written.
pub fn migrate_v1_to_v2(mut package: Map<String, Value>) -> Map<String, Value> {
    package.insert("schema_version".into(), Value::from(2));
    package.entry("forms").or_insert_with(|| Value::Object(Map::new()));
    package.entry("ticked_materials").or_insert_with(|| Value::Array(Vec::new()));
    package.entry("contains_personal_data").or_insert(Value::Bool(false));
    package
}

/// Checks of the package beyond the facts: known material ids, system numbers, time order.
fn check_package(package: &Package) -> Result<(), PackageError> {
    for id in &package.ticked_materials {
        if !MATERIAL_RULES.iter().any(|rule| rule.id == id) {
            return Err(error("ticked_materials", format!("{id:?} is not a material id of this app's rule tables")));
        }
    }
    if let Some(systems) = &package.forms.systems {
        if let Some(number) = systems.systems.keys().find(|number| !(1..=18).contains(*number)) {
            return Err(error(format!("forms.systems.systems.{number}"), "附件3 has systems 1 to 18"));
        }
    }
    if let (Some(created), Some(updated)) = (package.created, package.updated) {
        if updated < created {
            return Err(error("updated", format!("{updated} is before `created` ({created})")));
        }
    }
    Ok(())
}

/// Checks a package cannot express in its shape: codes, dates in order, known ids.
pub fn check_facts(facts: &Facts) -> Result<(), PackageError> {
    if let Some(code) = &facts.applicant.place {
        if applicant_place(&facts.applicant).is_none() {
            return Err(error("facts.applicant.place", format!("unknown place code {code:?}: use a city, 济源示范区 (4190) or 航空港区 (410173) code, or a county code")));
        }
    }
    if let Some(periods) = &facts.records.abnormal_operation_list {
        for (index, period) in periods.iter().enumerate() {
            if period.until.is_some_and(|until| until < period.from) {
                return Err(error(format!("facts.records.abnormal_operation_list[{index}].until"), "is before `from`"));
            }
        }
    }
    for (index, row) in facts.occupations.iter().enumerate() {
        if let Err(e) = OccupationCode::parse(&row.code) {
            return Err(error(format!("facts.occupations[{index}].code"), format!("{:?} is not an occupation code: {e}", row.code)));
        }
        if let Some(level) = row.levels.iter().find(|level| !(1..=5).contains(*level)) {
            return Err(error(format!("facts.occupations[{index}].levels"), format!("level {level} does not exist; levels are 1 (一级) to 5 (五级)")));
        }
    }
    for id in facts.declarations.keys() {
        let known = ELIGIBILITY_RULES.iter().any(|rule| rule.id == id && rule.test.is_declaration());
        if !known {
            return Err(error(format!("facts.declarations.{id}"), "no declaration has this id"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const MINIMAL: &str = r#"{"schema_version": 2, "facts": {"request": "first-filing",
        "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
        "application_date": "2026-12-01"}}"#;

    const MINIMAL_V1: &str = r#"{"schema_version": 1, "app_version": "0.1.0", "facts": {"request": "first-filing",
        "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
        "application_date": "2026-12-01"}}"#;

    #[test]
    fn a_minimal_package_reads() {
        let package = read_package(MINIMAL).unwrap();
        assert_eq!(package.facts.applicant.place.as_deref(), Some("4107"));
        assert!(package.forms.is_empty() && package.ticked_materials.is_empty() && package.created.is_none());
    }

    #[test]
    fn a_version_1_package_migrates_to_version_2() {
        let object = serde_json::from_str::<Value>(MINIMAL_V1).unwrap().as_object().unwrap().clone();
        let migrated = Value::Object(migrate_v1_to_v2(object));
        let expected: Value = serde_json::from_str(
            r#"{"schema_version": 2, "app_version": "0.1.0", "forms": {}, "ticked_materials": [], "contains_personal_data": false,
                "facts": {"request": "first-filing", "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
                "application_date": "2026-12-01"}}"#,
        )
        .unwrap();
        assert_eq!(migrated, expected);

        let package = read_package(MINIMAL_V1).unwrap();
        assert_eq!(package.schema_version, 2);
        assert_eq!(package.app_version.as_deref(), Some("0.1.0"));
        assert_eq!(package, read_package(MINIMAL).map(|p| Package { app_version: Some("0.1.0".into()), ..p }).unwrap());
        // Written again, it is a version-2 file that reads back the same.
        assert!(write_package(&package).contains("\"schema_version\": 2"));
        assert_eq!(read_package(&write_package(&package)).unwrap(), package);
    }

    #[test]
    fn bad_packages_name_the_field_and_the_reason() {
        let cases = [
            ("not json", "", "not a JSON document"),
            ("[1, 2]", "", "not a JSON object"),
            (r#"{"facts": {}}"#, "schema_version", "missing"),
            // No facts: the path names what the file lacks (it was empty, the reason serde's).
            (r#"{"schema_version": 2}"#, "facts", "missing: the file has no `facts` (the request"),
            (r#"{"schema_version": 2, "facts": {"request": "first-filing", "applicant": {"kind": "employer", "legal_form": "enterprise"}}}"#, "facts.application_date", "missing: the file has no `application_date` here"),
            // A byte-order mark before the document is read past, as the browser does.
            (&format!("\u{feff}{}", MINIMAL.replace("\"enterprise\"", "\"bank\"")), "facts.applicant.legal_form", "unknown variant"),
            // One date parser: jiff's other forms and years outside 1949–2100 are refused.
            (&MINIMAL.replace("2026-12-01", "20261201"), "facts.application_date", "expected a date written YYYY-MM-DD with a year from 1949 to 2100"),
            (&MINIMAL.replace("2026-12-01", "2026-12-01T10:00:00"), "facts.application_date", "YYYY-MM-DD"),
            (&MINIMAL.replace("2026-12-01", "9999-12-31"), "facts.application_date", "1949 to 2100"),
            (&MINIMAL.replace("2026-12-01", "0000-01-01"), "facts.application_date", "1949 to 2100"),
            (r#"{"schema_version": 3, "facts": {}}"#, "schema_version", "unsupported version 3"),
            (r#"{"schema_version": "1", "facts": {}}"#, "schema_version", "must be a whole number, found \"1\""),
            (r#"{"schema_version": 2.5, "facts": {}}"#, "schema_version", "must be a whole number, found 2.5"),
            (&MINIMAL.replace("\"enterprise\"", "\"bank\""), "facts.applicant.legal_form", "unknown variant"),
            (&MINIMAL.replace("2026-12-01", "2026-13-01"), "facts.application_date", ""),
            (&MINIMAL.replace("\"4107\"", "\"9999\""), "facts.applicant.place", "unknown place code"),
            (&MINIMAL.replace("\"place\": \"4107\"", "\"place\": \"4107\", \"colour\": 1"), "facts.applicant.colour", "unknown field"),
            // The same checks through the migration of a version-1 file.
            (&MINIMAL_V1.replace("\"enterprise\"", "\"bank\""), "facts.applicant.legal_form", "unknown variant"),
        ];
        for (json, path, reason) in cases {
            let err = read_package(json).unwrap_err();
            assert_eq!(err.path, path, "{json}: {err}");
            assert!(err.reason.contains(reason), "{json}: {err}");
        }
    }

    #[test]
    fn bad_forms_ticks_and_times_name_the_field_and_the_reason() {
        let with = |extra: &str| MINIMAL.replacen("{\"schema_version\": 2,", &format!("{{\"schema_version\": 2, {extra},"), 1);
        let cases = [
            (with(r#""forms": {"application": {"staff_total": -1}}"#), "forms.application.staff_total", "invalid value"),
            (with(r#""forms": {"application": {"occupations": [{"levels": [6]}]}}"#), "forms.application.occupations[0].levels[0]", "level 6 does not exist"),
            (with(r#""forms": {"staff": {"assessors": [{"id": "x"}]}}"#), "forms.staff.assessors[0].id", "unknown field"),
            (with(r#""forms": {"renewal": {"fees": [{"fees": [null, null, {"euro": 3}, null, null]}]}}"#), "forms.renewal.fees[0].fees[2]", "unknown variant"),
            (with(r#""forms": {"systems": {"systems": {"19": {"status": "adopted"}}}}"#), "forms.systems.systems.19", "systems 1 to 18"),
            (with(r#""forms": {"memo": {}}"#), "forms.memo", "unknown field"),
            // The sections of 附件2 are keyed by an enum, which serde cannot name (it gave `?`).
            (with(r#""forms": {"plan": {"sections": {"unit-overview": "甲", "evaluation-object": 3}}}"#), "forms.plan.sections.evaluation-object", "invalid type"),
            (with(r#""forms": {"plan": {"sections": {"unit-overview": "甲", "no-such-section": "乙"}}}"#), "forms.plan.sections.no-such-section", "unknown variant"),
            (with(r#""forms": {"application": {"filled_on": "2026-1-2"}}"#), "forms.application.filled_on", "YYYY-MM-DD"),
            (with(r#""ticked_materials": ["no-such-material"]"#), "ticked_materials", "not a material id"),
            (with(r#""created": "yesterday""#), "created", ""),
            (with(r#""created": "2026-11-28T10:00:00Z", "updated": "2026-11-27T10:00:00Z""#), "updated", "before `created`"),
            (with(r#""colour": "red""#), "colour", "unknown field"),
        ];
        for (json, path, reason) in cases {
            let err = read_package(&json).unwrap_err();
            assert_eq!(err.path, path, "{json}: {err}");
            assert!(err.reason.contains(reason), "{json}: {err}");
        }
    }

    #[test]
    fn the_path_is_found_in_the_text_wherever_the_reader_stopped() {
        let with = |extra: &str| MINIMAL.replacen("{\"schema_version\": 2,", &format!("{{\"schema_version\": 2, {extra},"), 1);
        let cases = [
            // A level refused after its number was read: first, last and only element of a list.
            (with(r#""forms": {"application": {"occupations": [{"levels": [6, 2]}]}}"#), "forms.application.occupations[0].levels[0]"),
            (with(r#""forms": {"application": {"occupations": [{"levels": [2, 6]}]}}"#), "forms.application.occupations[0].levels[1]"),
            (with(r#""forms": {"application": {"occupations": [{}, {"levels": [2, 3, 6]}]}}"#), "forms.application.occupations[1].levels[2]"),
            // A key with a quote and a brace in it, read back as the file wrote it.
            (MINIMAL.replace("\"place\": \"4107\"", r#""place": "4107", "co\"l{": 1"#), "facts.applicant.co\"l{"),
            // A map keyed by an enum with the one wrong key: the map's path (the reason names the key).
            (with(r#""forms": {"plan": {"sections": {"no-such-section": "乙"}}}"#), "forms.plan.sections"),
            // A wrong type in the second element of a list.
            (with(r#""forms": {"staff": {"assessors": [{}, {"id_number": 1}]}}"#), "forms.staff.assessors[1].id_number"),
            // A map where a level's number should be: the element it is.
            (with(r#""forms": {"application": {"occupations": [{"levels": [2, {}]}]}}"#), "forms.application.occupations[0].levels[1]"),
        ];
        for (json, path) in cases {
            let err = read_package(&json).unwrap_err();
            assert_eq!(err.path, path, "{json}: {err}");
            assert!(!err.reason.contains(" at line "), "{json}: {err}");
        }
    }

    #[test]
    fn occupation_rows_and_declarations_are_checked() {
        let with = |extra: &str| MINIMAL.replace("\"application_date\"", &format!("{extra}, \"application_date\""));
        let err = read_package(&with(r#""occupations": [{"code": "6-18-1-01"}]"#)).unwrap_err();
        assert_eq!(err.path, "facts.occupations[0].code");
        let err = read_package(&with(r#""occupations": [{"code": "6-18-01-01", "levels": [6]}]"#)).unwrap_err();
        assert_eq!(err.path, "facts.occupations[0].levels");
        let err = read_package(&with(r#""declarations": {"no-such-rule": true}"#)).unwrap_err();
        assert_eq!(err.path, "facts.declarations.no-such-rule");
    }

    #[test]
    fn export_stamps_a_copy_and_flags_personal_data() {
        let created: Timestamp = "2026-11-28T01:00:00Z".parse().unwrap();
        let later: Timestamp = "2026-11-28T02:30:00.5Z".parse().unwrap();
        let mut draft = Package::new(read_package(MINIMAL).unwrap().facts, created);
        draft.forms.staff = Some(crate::core::forms::StaffTables::default());
        let (json, personal) = export_package(&draft, later);
        assert!(!personal);
        draft.forms.staff.as_mut().unwrap().experts.push(crate::core::forms::staff::StaffMember { id_number: "11010519491231002X".into(), ..Default::default() });
        let before = draft.clone();
        let (json_with_id, personal) = export_package(&draft, later);
        assert!(personal);
        assert_eq!(draft, before, "exporting leaves the draft as it is");
        let exported = read_package(&json_with_id).unwrap();
        assert_eq!((exported.created, exported.updated, exported.contains_personal_data), (Some(created), Some(later), true));
        assert!(json.contains("\"updated\": \"2026-11-28T02:30:00.5Z\""), "{json}");
        assert_eq!(exported.rule_edition.as_deref(), Some(crate::core::RULE_TABLE_EDITION));
    }

    #[test]
    fn the_readme_example_is_a_current_package() {
        let json = include_str!("../../examples/package-social-org.json");
        let package = read_package(json).unwrap();
        assert_eq!(package.schema_version, SCHEMA_VERSION);
        assert_eq!(serde_json::from_str::<Value>(&write_package(&package)).unwrap(), serde_json::from_str::<Value>(json).unwrap());
    }

    /// The published schema is what the types say. A stale file is rewritten and the test fails,
    /// so the change shows in the diff and is committed with the code.
    #[test]
    fn the_published_json_schema_is_up_to_date() {
        let schema = schemars::schema_for!(Package);
        let mut generated = serde_json::to_string_pretty(&schema).unwrap();
        generated.push('\n');
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/package.schema.json");
        let published = std::fs::read_to_string(path).unwrap_or_default();
        if published != generated {
            std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/schema")).unwrap();
            std::fs::write(path, &generated).unwrap();
            panic!("schema/package.schema.json was stale and has been regenerated: review and commit it");
        }
    }

    // ------------------------------------------------------------ export → import is exact

    fn sample_facts() -> impl Strategy<Value = Facts> {
        let example = read_package(include_str!("../../examples/package-social-org.json")).unwrap().facts;
        let minimal = read_package(MINIMAL).unwrap().facts;
        prop_oneof![Just(example), Just(minimal)]
    }

    fn timestamp() -> impl Strategy<Value = Timestamp> {
        (0i64..4_102_444_800, 0i32..1_000_000_000).prop_map(|(seconds, nanoseconds)| Timestamp::new(seconds, nanoseconds).unwrap())
    }

    fn package() -> impl Strategy<Value = Package> {
        let material_ids: Vec<String> = MATERIAL_RULES.iter().map(|rule| rule.id.to_string()).collect();
        (
            sample_facts(),
            any::<FormSet>(),
            proptest::sample::subsequence(material_ids.clone(), 0..=material_ids.len()),
            proptest::option::of(timestamp()),
            proptest::option::of(0i64..1_000_000_000),
            proptest::option::of(any::<String>()),
            proptest::option::of(any::<String>()),
            any::<bool>(),
        )
            .prop_map(|(facts, forms, ticked, created, later_by, app_version, rule_edition, contains_personal_data)| Package {
                schema_version: SCHEMA_VERSION,
                app_version,
                rule_edition,
                updated: created.zip(later_by).map(|(created, seconds)| created.checked_add(jiff::SignedDuration::from_secs(seconds)).unwrap()),
                created,
                contains_personal_data,
                facts,
                forms,
                ticked_materials: ticked.into_iter().collect(),
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn export_then_import_is_exact(package in package()) {
            let json = write_package(&package);
            let read = read_package(&json);
            prop_assert_eq!(read.as_ref(), Ok(&package), "{}", json);
            let written = read_written_package(&json);
            prop_assert_eq!(written.as_ref(), Ok(&package), "{}", json);
        }
    }
}
