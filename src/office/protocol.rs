//! The messages between the forms page and the office workers (`src/bin/filing_office.rs`, the
//! export; `src/bin/filing_office_import.rs`, the import): a
//! request as JSON (with the file's bytes beside it for an import), a reply as JSON (with the
//! made file's bytes beside it for an export). Plain Rust, so the whole exchange is tested
//! natively; the worker only moves the messages.

use serde::{Deserialize, Serialize};

use crate::core::evaluate::Text;
use crate::core::forms::FormId;
use crate::core::package::read_written_package;

use super::import::{ImportTarget, Imported, import_rows};
use super::{OfficeFormat, blank, export_with_code};
use crate::core::package_code::PackageCode;

/// Externally tagged (`{"export": {…}}`), as serde's default: an internally tagged enum
/// (`"kind": "export"`) is read through serde's buffered `Content`, which compiled every type of
/// the reply (the imported rows) a second time into the forms page and a copy of `Content`'s
/// reader into each worker (issue 16, docs/bytes.md).
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Request {
    /// An office file of one form, from the package (as `core::package` writes it); with an
    /// empty package, the form's blank file (nothing of the user's is sent; a variant of its
    /// own would add its deserialiser to the worker).
    /// `package_code`: the package's code (`core::package_code`, `ABCD-1234`) for a DOCX's
    /// footer, computed by the page; anything else is left out.
    Export {
        form: FormId,
        format: OfficeFormat,
        package: String,
        today: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        package_code: Option<String>,
    },
    /// Rows for 附件5 or 附件6 from a spreadsheet; its bytes go beside the message.
    /// `today` (`YYYY-MM-DD`): no ID number may give a birth date after it.
    Import { target: ImportTarget, file_name: String, today: String },
}

/// Externally tagged, as [`Request`].
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reply {
    /// The file's bytes go beside the message.
    Exported { name: String, mime: String },
    Imported { imported: Imported },
    Failed { reason: Text },
}

/// Which worker answers a request. The export (DOCX, XLSX writers) and the import (XLSX and CSV
/// readers) are never needed together, so each is a worker of its own that carries only its own
/// libraries (issue 16): `src/bin/filing_office.rs` and `src/bin/filing_office_import.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Worker {
    Export,
    Import,
}

impl Request {
    pub fn worker(&self) -> Worker {
        match self {
            Request::Export { .. } => Worker::Export,
            Request::Import { .. } => Worker::Import,
        }
    }
}

/// Answers one request, of either kind. Never panics: whatever comes in, a reply goes out.
pub fn handle(request: &str, bytes: Option<&[u8]>) -> (String, Option<Vec<u8>>) {
    match read(request) {
        Err(answer) => answer,
        Ok(Request::Export { form, format, package, today, package_code }) => reply(answer_export(form, format, &package, &today, package_code.as_deref())),
        Ok(Request::Import { target, file_name, today }) => reply(answer_import(target, &file_name, &today, bytes)),
    }
}

/// The export worker's handler: an import request is refused (the page never sends one here).
pub fn handle_export(request: &str, _bytes: Option<&[u8]>) -> (String, Option<Vec<u8>>) {
    match read(request) {
        Err(answer) => answer,
        Ok(Request::Export { form, format, package, today, package_code }) => reply(answer_export(form, format, &package, &today, package_code.as_deref())),
        Ok(Request::Import { .. }) => reply(wrong_worker()),
    }
}

/// The import worker's handler: an export request is refused (the page never sends one here).
pub fn handle_import(request: &str, bytes: Option<&[u8]>) -> (String, Option<Vec<u8>>) {
    match read(request) {
        Err(answer) => answer,
        Ok(Request::Import { target, file_name, today }) => reply(answer_import(target, &file_name, &today, bytes)),
        Ok(Request::Export { .. }) => reply(wrong_worker()),
    }
}

/// The request, or the answer already due: to a page of an earlier version, or to a text that
/// is no request.
fn read(request: &str) -> Result<Request, (String, Option<Vec<u8>>)> {
    if let Some(answer) = from_an_older_page(request) {
        return Err(answer);
    }
    serde_json::from_str(request).map_err(|error| reply(unreadable(error)))
}

fn answer_export(form: FormId, format: OfficeFormat, package: &str, today: &str, package_code: Option<&str>) -> (Reply, Option<Vec<u8>>) {
    match (read_written_package(package), crate::core::iso_date::parse(today)) {
        _ if package.is_empty() => match blank(form, format) {
            Ok(file) => (Reply::Exported { name: file.name, mime: file.mime.to_string() }, Some(file.bytes)),
            Err(error) => (failed(format!("文件无法生成：{error}"), format!("the file cannot be made: {error}")), None),
        },
        (Err(error), _) => (failed(format!("数据无法读取：{error}"), format!("the forms cannot be read: {error}")), None),
        (_, None) => (failed("日期无法读取", "the date cannot be read"), None),
        (Ok(package), Some(today)) => match export_with_code(&package, form, format, today, package_code.and_then(PackageCode::parse).as_ref()) {
            Ok(file) => (Reply::Exported { name: file.name, mime: file.mime.to_string() }, Some(file.bytes)),
            Err(error) => (failed(format!("文件无法生成：{error}"), format!("the file cannot be made: {error}")), None),
        },
    }
}

fn answer_import(target: ImportTarget, file_name: &str, today: &str, bytes: Option<&[u8]>) -> (Reply, Option<Vec<u8>>) {
    match crate::core::iso_date::parse(today) {
        None => (failed("日期无法读取", "the date cannot be read"), None),
        Some(today) => match import_rows(file_name, bytes.unwrap_or_default(), target, today) {
            Ok(imported) => (Reply::Imported { imported }, None),
            Err(reason) => (Reply::Failed { reason }, None),
        },
    }
}

/// A request from a page of an earlier version, whose messages were internally tagged
/// (`{"kind":"export",…}`, until 2026-12-01). Such a page, left open in another tab while the
/// user let a newer version take over, starts this newer worker; it is told, in the form it
/// reads, to reload, instead of a message about JSON it could not read.
fn from_an_older_page(request: &str) -> Option<(String, Option<Vec<u8>>)> {
    if !request.trim_start().starts_with(r#"{"kind":"#) {
        return None;
    }
    let reason = Text::new("此页面是旧版本，请刷新页面后再试", "this page is an older version: reload it and try again");
    Some((format!(r#"{{"kind":"failed","reason":{}}}"#, serde_json::to_string(&reason).expect("a text always serialises")), None))
}

fn unreadable(error: serde_json::Error) -> (Reply, Option<Vec<u8>>) {
    (failed(format!("请求无法读取：{error}"), format!("the request cannot be read: {error}")), None)
}

fn wrong_worker() -> (Reply, Option<Vec<u8>>) {
    (failed("此请求应由另一个处理程序处理", "this request is for the other office worker"), None)
}

fn reply((reply, file): (Reply, Option<Vec<u8>>)) -> (String, Option<Vec<u8>>) {
    (serde_json::to_string(&reply).expect("a reply always serialises"), file)
}

fn failed(zh: impl Into<String>, en: impl Into<String>) -> Reply {
    Reply::Failed { reason: Text::new(zh, en) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_and_an_import_go_through_the_messages() {
        let package = include_str!("../../tests/browser/packages/complete-first-filing.json");
        let request = serde_json::to_string(&Request::Export { form: FormId::Staff, format: OfficeFormat::Xlsx, package: package.to_string(), today: "2026-12-01".into(), package_code: None }).unwrap();
        let (reply, bytes) = handle(&request, None);
        let Reply::Exported { name, .. } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(name, "新乡某职业培训学校有限公司-附件6-2026-12-01.xlsx");
        let request = serde_json::to_string(&Request::Import { target: ImportTarget::Assessors, file_name: name, today: "2026-12-01".into() }).unwrap();
        let (reply, _) = handle(&request, bytes.as_deref());
        let Reply::Imported { imported } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(imported.staff.len(), 2);
    }

    /// Each worker answers its own kind and refuses the other's with a reason, never a panic.
    #[test]
    fn each_worker_answers_its_own_kind_only() {
        let package = include_str!("../../tests/browser/packages/complete-first-filing.json");
        let export = Request::Export { form: FormId::Staff, format: OfficeFormat::Xlsx, package: package.to_string(), today: "2026-12-01".into(), package_code: None };
        assert_eq!(export.worker(), Worker::Export);
        let export = serde_json::to_string(&export).unwrap();
        let (reply, bytes) = handle_export(&export, None);
        let Reply::Exported { name, .. } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        let import = Request::Import { target: ImportTarget::Assessors, file_name: name, today: "2026-12-01".into() };
        assert_eq!(import.worker(), Worker::Import);
        let import = serde_json::to_string(&import).unwrap();
        let (reply, _) = handle_import(&import, bytes.as_deref());
        let Reply::Imported { imported } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(imported.staff.len(), 2);
        for (reply, file) in [handle_export(&import, bytes.as_deref()), handle_import(&export, None)] {
            assert!(matches!(serde_json::from_str(&reply).unwrap(), Reply::Failed { .. }), "{reply}");
            assert!(file.is_none());
        }
    }

    #[test]
    fn an_export_with_no_package_is_the_blank_form() {
        let request = serde_json::to_string(&Request::Export { form: FormId::Application, format: OfficeFormat::Docx, package: String::new(), today: "2026-12-01".into(), package_code: None }).unwrap();
        let (reply, bytes) = handle(&request, None);
        let Reply::Exported { name, .. } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(name, "附件1-空白.docx");
        assert!(bytes.is_some_and(|bytes| !bytes.is_empty()));
    }

    #[test]
    fn nonsense_gets_a_reason_not_a_panic() {
        for request in ["", "{}", r#"{"export":{"form":"application","format":"docx","package":"{}","today":"2026-12-01"}}"#, r#"{"import":{"target":"equipment","file_name":"a.xlsx","today":"2026-12-01"}}"#, r#"{"import":{"target":"equipment","file_name":"a.xlsx"}}"#] {
            for handler in [handle, handle_export, handle_import] {
                let (reply, bytes) = handler(request, Some(b"junk"));
                assert!(matches!(serde_json::from_str(&reply).unwrap(), Reply::Failed { .. }), "{request}: {reply}");
                assert!(bytes.is_none());
            }
        }
    }
}
