//! Office formats: the forms as DOCX (the paper forms, for officials who edit in WPS or Word)
//! and XLSX (the forms' tables), and rows of 附件5 and 附件6 read back from XLSX or CSV.
//!
//! Pure Rust over maintained libraries (`docx-rs`, `rust_xlsxwriter`, `calamine`, `csv`), tested
//! natively; in the browser they run in a web worker of their own (`src/bin/filing_office.rs`,
//! `ui::office_worker`), which the forms page loads only when the user asks for an office file,
//! so neither page carries them on its first load.

pub mod docx;
pub mod import;
pub mod protocol;
pub mod xlsx;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::evaluate::{MaterialOut, materials};
use crate::core::forms::FormId;
use crate::core::iso_date;
use crate::core::package::Package;

/// The text without the characters XML 1.0 forbids: the controls below U+0020 other than tab,
/// line feed and carriage return (text pasted from Word or a PDF brings vertical tabs and form
/// feeds), and U+FFFE and U+FFFF (Rust strings hold no surrogates, the only other ones). A
/// document with one of them does not open in Word, so DOCX and XLSX both write through this.
pub fn xml_text(text: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}');
    if text.chars().all(allowed) { std::borrow::Cow::Borrowed(text) } else { std::borrow::Cow::Owned(text.chars().filter(|c| allowed(*c)).collect()) }
}

/// DOCX (a document to edit) or XLSX (a table to edit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfficeFormat {
    Docx,
    Xlsx,
}

impl OfficeFormat {
    pub fn extension(self) -> &'static str {
        match self {
            OfficeFormat::Docx => "docx",
            OfficeFormat::Xlsx => "xlsx",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            OfficeFormat::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            OfficeFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// The office files each form offers: DOCX of the documents officials edit (附件1, 附件2,
/// 附件4), XLSX of the tables (附件1's occupation rows, 附件5, 附件6, 附件7, 附件8).
pub fn formats(form: FormId) -> &'static [OfficeFormat] {
    match form {
        FormId::Application => &[OfficeFormat::Docx, OfficeFormat::Xlsx],
        FormId::ImplementationPlan | FormId::Renewal => &[OfficeFormat::Docx],
        FormId::Equipment | FormId::Staff | FormId::RenewalSummary | FormId::TerminationSummary => &[OfficeFormat::Xlsx],
        FormId::ManagementSystems => &[],
    }
}

/// An office file made from a package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeFile {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// Makes the office file of one form. The forms' layout needs the materials (附件1's material
/// boxes), which are recomputed from the package's facts, never read from the file.
pub fn export(package: &Package, form: FormId, format: OfficeFormat, today: Date) -> Result<OfficeFile, String> {
    export_with_code(package, form, format, today, None)
}

/// [`export`], with the package's code (`core::package_code`) in a DOCX's footer. The code is
/// computed by the caller — the forms page, which carries the hash for its print — so the
/// office worker does not carry SHA-256 too.
pub fn export_with_code(package: &Package, form: FormId, format: OfficeFormat, today: Date, code: Option<&crate::core::package_code::PackageCode>) -> Result<OfficeFile, String> {
    if !formats(form).contains(&format) {
        return Err(format!("{} has no {} export", form.attachment(), format.extension()));
    }
    if !package.forms.has(form) {
        return Err(format!("{} is not filled in yet", form.attachment()));
    }
    let materials = materials(&package.facts);
    let bytes = write(form, format, &package.forms, Some((package.facts.request, &materials)), code.map(|code| code.as_str()))?;
    Ok(OfficeFile { name: file_name(package, form, format, today), mime: format.mime(), bytes })
}

/// The file's bytes: the DOCX from the layout (with the request and materials that tick its
/// boxes, if any), the XLSX from the forms' tables. One place for both exports, so each writer
/// is called once. `code`: the package's code for the DOCX's footer (none on a blank form).
fn write(form: FormId, format: OfficeFormat, forms: &crate::core::forms::FormSet, case: Option<(crate::core::facts::RequestKind, &[MaterialOut])>, code: Option<&str>) -> Result<Vec<u8>, String> {
    match format {
        OfficeFormat::Docx => docx::write_with_code(&crate::core::forms::layout::sheets(form, forms, case.map(|(request, _)| request), case.map(|(_, materials)| materials)).unwrap_or_default(), code),
        OfficeFormat::Xlsx => xlsx::write(form, forms),
    }
}

/// One form's office file, empty (`附件1-空白.docx`), as offices hand it out: the layout with no
/// request and no materials, so no box is ticked and no line filled in.
pub fn blank(form: FormId, format: OfficeFormat) -> Result<OfficeFile, String> {
    if !formats(form).contains(&format) {
        return Err(format!("{} has no {} export", form.attachment(), format.extension()));
    }
    let bytes = write(form, format, &crate::core::forms::FormSet::blank(form), None, None)?;
    Ok(OfficeFile { name: format!("{}-空白.{}", form.attachment(), format.extension()), mime: format.mime(), bytes })
}

/// `单位名称-附件1-2026-12-01.docx`: the institution, the form, the date.
pub fn file_name(package: &Package, form: FormId, format: OfficeFormat, today: Date) -> String {
    format!("{}-{}-{}.{}", package.forms.file_name_unit(), form.attachment(), iso_date::format(today), format.extension())
}
