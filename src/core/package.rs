//! The package file: one JSON document per application, read at the edge and checked once.
//!
//! A package holds the facts (and, later, the forms); derived results are never stored in it as
//! truth: the evaluation is recomputed from the facts. Reading reports the first problem with
//! the field's path (`facts.applicant.legal_form`) and a reason, never panics.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::evaluate::route::applicant_place;
use crate::core::facts::Facts;
use crate::core::reference::occupation::OccupationCode;
use crate::core::rules::{ELIGIBILITY_RULES, RuleTest};

/// The package format this app reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Package {
    pub schema_version: u32,
    /// The app that wrote the package (informational: the reader recomputes everything).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    pub facts: Facts,
}

impl Package {
    pub fn new(facts: Facts) -> Package {
        Package { schema_version: SCHEMA_VERSION, app_version: Some(crate::core::APP_VERSION.to_string()), facts }
    }
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

/// Reads a package from JSON text: syntax, schema version, shape, then the facts' own checks.
pub fn read_package(json: &str) -> Result<Package, PackageError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| error("", format!("not a JSON document ({e})")))?;
    let object = value.as_object().ok_or_else(|| error("", "not a package: the document is not a JSON object"))?;
    match object.get("schema_version") {
        None => return Err(error("schema_version", "missing: this is not a package of this app")),
        Some(version) => match version.as_u64() {
            Some(v) if v == u64::from(SCHEMA_VERSION) => {}
            Some(v) => return Err(error("schema_version", format!("unsupported version {v}; this app reads version {SCHEMA_VERSION}"))),
            None => return Err(error("schema_version", format!("must be a whole number, found {version}"))),
        },
    }
    let package: Package = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        error(if path == "." { String::new() } else { path }, e.into_inner().to_string())
    })?;
    check_facts(&package.facts)?;
    Ok(package)
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
        let known = ELIGIBILITY_RULES.iter().any(|rule| rule.id == id && rule.test == RuleTest::Declaration);
        if !known {
            return Err(error(format!("facts.declarations.{id}"), "no declaration has this id"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"schema_version": 1, "facts": {"request": "first-filing",
        "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
        "application_date": "2026-12-01"}}"#;

    #[test]
    fn a_minimal_package_reads() {
        let package = read_package(MINIMAL).unwrap();
        assert_eq!(package.facts.applicant.place.as_deref(), Some("4107"));
    }

    #[test]
    fn bad_packages_name_the_field_and_the_reason() {
        let cases = [
            ("not json", "", "not a JSON document"),
            ("[1, 2]", "", "not a JSON object"),
            (r#"{"facts": {}}"#, "schema_version", "missing"),
            (r#"{"schema_version": 2, "facts": {}}"#, "schema_version", "unsupported version 2"),
            (r#"{"schema_version": "1", "facts": {}}"#, "schema_version", "whole number"),
            (&MINIMAL.replace("\"enterprise\"", "\"bank\""), "facts.applicant.legal_form", "unknown variant"),
            (&MINIMAL.replace("2026-12-01", "2026-13-01"), "facts.application_date", ""),
            (&MINIMAL.replace("\"4107\"", "\"9999\""), "facts.applicant.place", "unknown place code"),
            (&MINIMAL.replace("\"place\": \"4107\"", "\"place\": \"4107\", \"colour\": 1"), "facts.applicant.colour", "unknown field"),
        ];
        for (json, path, reason) in cases {
            let err = read_package(json).unwrap_err();
            assert_eq!(err.path, path, "{json}: {err}");
            assert!(err.reason.contains(reason), "{json}: {err}");
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
}
