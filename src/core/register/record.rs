//! The office's own work record: what the office did with each package — the 受理 checklist's
//! ticks and notes, the receipt date, the 6.4.2 decision and the columns of 附件7/附件8 only the
//! office can fill — and the office it is ("who am I"). Not the packages themselves: they hold
//! the institutions' personal data, and the office keeps them where it chooses.
//!
//! One JSON document, versioned (`format` and `version`), exported and read again on another
//! computer. Reading is bounded ([`MAX_RECORD_BYTES`], [`MAX_PACKAGES`], [`MAX_TICKS`],
//! [`MAX_TEXT_CHARS`]) and names the field of the first problem; it never panics (serde_json
//! stops nesting at 128 levels).
//!
//! A package's record is keyed by its [`PackageCode`]: the paper and the file that match carry
//! the same code, and a package whose facts or forms changed is another package to check.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::forms::summaries::{RenewalDecision, SummaryHeader};
use crate::core::package::PackageError;
use crate::core::package_code::PackageCode;

/// The `format` of a work record file.
pub const RECORD_FORMAT: &str = "henan-filing-office-record";
/// The version this app writes and reads.
pub const RECORD_VERSION: u32 = 1;
/// The largest record file read (bytes).
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;
/// The most packages one record holds.
pub const MAX_PACKAGES: usize = 20_000;
/// The most checklist items of one package (a case has about fifteen materials).
pub const MAX_TICKS: usize = 200;
/// The longest note, reason or name (characters).
pub const MAX_TEXT_CHARS: usize = 2_000;

/// The office's whole record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkRecord {
    /// Always [`RECORD_FORMAT`].
    pub format: String,
    /// [`RECORD_VERSION`].
    pub version: u32,
    /// The chosen office's code (`place-hrss:4107`), [`super::offices::office_by_code`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// 附件7/附件8's header: 填报单位, 填报人, 联系电话, date.
    #[serde(default)]
    pub header: SummaryHeader,
    /// Per package, by its code.
    #[serde(default)]
    pub packages: BTreeMap<PackageCode, PackageRecord>,
}

impl Default for WorkRecord {
    fn default() -> WorkRecord {
        WorkRecord { format: RECORD_FORMAT.to_string(), version: RECORD_VERSION, office: None, header: SummaryHeader::default(), packages: BTreeMap::new() }
    }
}

impl WorkRecord {
    /// The record of a package, if the office has written anything for it.
    pub fn package(&self, code: &PackageCode) -> Option<&PackageRecord> {
        self.packages.get(code)
    }

    /// The record of a package, created empty on first use.
    pub fn package_mut(&mut self, code: &PackageCode) -> &mut PackageRecord {
        self.packages.entry(code.clone()).or_default()
    }
}

/// One checklist item's tick and note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ItemTick {
    pub ticked: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What the office recorded for one package. Every field optional; an empty record is the
/// default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PackageRecord {
    /// The file it came from and the institution, as they were when the record was written
    /// (for a person reading the exported file; the register goes by the code).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub file_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub institution: String,
    /// 受理: the day the office received the application (the handling time counts from it).
    #[serde(with = "crate::core::iso_date::option", skip_serializing_if = "Option::is_none")]
    pub receipt_date: Option<Date>,
    /// 办结: the day the office finished with it.
    #[serde(with = "crate::core::iso_date::option", skip_serializing_if = "Option::is_none")]
    pub handled_on: Option<Date>,
    /// The 受理 checklist: by material id (`materials.toml`). Ids this version does not know are
    /// kept, not dropped (a record from another rule edition).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ticks: BTreeMap<String, ItemTick>,
    /// The office's note on the package.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    // ---- 附件7 (6.4.2, 6.4.3)
    /// 续期决定.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewal_decision: Option<RenewalDecision>,
    /// The decision's reasons (附件7 备注; 附件8 终止备案原因 for a renewal terminated).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision_reasons: String,
    /// 退出评价范围的职业（工种）; `None`: as 附件4 gives them (未开展评价职业).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occupations_leaving: Option<String>,
    /// 监管地意见.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub supervising_opinion: String,
    #[serde(with = "crate::core::iso_date::option", skip_serializing_if = "Option::is_none")]
    pub renewed_from: Option<Date>,
    #[serde(with = "crate::core::iso_date::option", skip_serializing_if = "Option::is_none")]
    pub renewed_until: Option<Date>,
    // ---- what the package may not carry
    /// 备案号, when the package's forms do not give it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filing_number: String,
    /// 机构名称, when the package's forms do not give it (a termination has no form).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub institution_name: String,
    /// 备案成功时间.
    #[serde(with = "crate::core::iso_date::option", skip_serializing_if = "Option::is_none")]
    pub filed_on: Option<Date>,
    // ---- 附件8 (7.6)
    /// 终止备案时间.
    #[serde(with = "crate::core::iso_date::option", skip_serializing_if = "Option::is_none")]
    pub terminated_on: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_evaluated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_issued_certificates: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_unregistered_certificate_data: Option<bool>,
    /// 终止备案原因.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub termination_reason: String,
}

/// The record as its JSON file.
pub fn write_work_record(record: &WorkRecord) -> String {
    let mut json = serde_json::to_string_pretty(record).expect("a work record always serialises");
    json.push('\n');
    json
}

fn error(path: impl Into<String>, reason: impl Into<String>) -> PackageError {
    PackageError { path: path.into(), reason: reason.into() }
}

/// Reads a work record file: size, syntax, format and version, shape, then the bounds. The
/// error names the field's path; the caller keeps its current record unless this is `Ok`.
pub fn read_work_record(text: &str) -> Result<WorkRecord, PackageError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(error("", format!("the file is {} bytes, more than the {} MB a work record can be", text.len(), MAX_RECORD_BYTES >> 20)));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| error("", format!("not a JSON document ({e})")))?;
    let Value::Object(object) = &value else { return Err(error("", "not a work record: the document is not a JSON object")) };
    match object.get("format").and_then(Value::as_str) {
        Some(RECORD_FORMAT) => {}
        Some(other) => return Err(error("format", format!("{other:?} is not an office work record ({RECORD_FORMAT:?})"))),
        None => return Err(error("format", format!("missing: this is not an office work record (a package is opened as a package, not here)"))),
    }
    match object.get("version").map(|version| version.as_u64()) {
        Some(Some(version)) if version == u64::from(RECORD_VERSION) => {}
        Some(Some(version)) => return Err(error("version", format!("unsupported version {version}; this app reads version {RECORD_VERSION}"))),
        Some(None) => return Err(error("version", "must be a whole number")),
        None => return Err(error("version", "missing")),
    }
    if let Some(Value::Object(packages)) = object.get("packages") {
        if packages.len() > MAX_PACKAGES {
            return Err(error("packages", format!("{} packages, more than the {MAX_PACKAGES} a record holds", packages.len())));
        }
        if let Some(key) = packages.keys().find(|key| PackageCode::parse(key).is_none_or(|code| code.as_str() != key.as_str())) {
            return Err(error(format!("packages.{key}"), "not a package code (ABCD-1234, upper case)"));
        }
    }
    let record: WorkRecord = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        error(if path == "." { String::new() } else { path }, e.into_inner().to_string())
    })?;
    check_bounds(&record)?;
    Ok(record)
}

fn check_bounds(record: &WorkRecord) -> Result<(), PackageError> {
    let too_long = |path: String, text: &str| -> Result<(), PackageError> {
        let length = text.chars().count();
        if length > MAX_TEXT_CHARS { Err(error(path, format!("{length} characters, more than the {MAX_TEXT_CHARS} a note can hold"))) } else { Ok(()) }
    };
    if let Some(office) = &record.office {
        too_long("office".into(), office)?;
    }
    too_long("header.reporting_office".into(), &record.header.reporting_office)?;
    too_long("header.reporter".into(), &record.header.reporter)?;
    too_long("header.phone".into(), &record.header.phone)?;
    for (code, package) in &record.packages {
        let at = |field: &str| format!("packages.{code}.{field}");
        if package.ticks.len() > MAX_TICKS {
            return Err(error(at("ticks"), format!("{} items, more than the {MAX_TICKS} a checklist has", package.ticks.len())));
        }
        for (id, tick) in &package.ticks {
            too_long(at(&format!("ticks.{id}")), id)?;
            too_long(at(&format!("ticks.{id}.note")), &tick.note)?;
        }
        for (field, text) in [
            ("file_name", &package.file_name),
            ("institution", &package.institution),
            ("note", &package.note),
            ("decision_reasons", &package.decision_reasons),
            ("supervising_opinion", &package.supervising_opinion),
            ("filing_number", &package.filing_number),
            ("institution_name", &package.institution_name),
            ("termination_reason", &package.termination_reason),
        ] {
            too_long(at(field), text)?;
        }
        if let Some(text) = &package.occupations_leaving {
            too_long(at("occupations_leaving"), text)?;
        }
        if let (Some(from), Some(until)) = (package.renewed_from, package.renewed_until) {
            if until < from {
                return Err(error(at("renewed_until"), "is before `renewed_from`"));
            }
        }
    }
    Ok(())
}
