//! The messages between the forms page and the office worker (`src/bin/filing_office.rs`): a
//! request as JSON (with the file's bytes beside it for an import), a reply as JSON (with the
//! made file's bytes beside it for an export). Plain Rust, so the whole exchange is tested
//! natively; the worker only moves the messages.

use serde::{Deserialize, Serialize};

use crate::core::evaluate::Text;
use crate::core::forms::FormId;
use crate::core::package::read_package;

use super::import::{ImportTarget, Imported, import_rows};
use super::{OfficeFormat, blank, export};

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Request {
    /// An office file of one form, from the package (as `core::package` writes it); with an
    /// empty package, the form's blank file (nothing of the user's is sent; a variant of its
    /// own would add its deserialiser to the worker).
    Export { form: FormId, format: OfficeFormat, package: String, today: String },
    /// Rows for 附件5 or 附件6 from a spreadsheet; its bytes go beside the message.
    /// `today` (`YYYY-MM-DD`): no ID number may give a birth date after it.
    Import { target: ImportTarget, file_name: String, today: String },
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reply {
    /// The file's bytes go beside the message.
    Exported { name: String, mime: String },
    Imported { imported: Imported },
    Failed { reason: Text },
}

/// Answers one request. Never panics: whatever comes in, a reply goes out.
pub fn handle(request: &str, bytes: Option<&[u8]>) -> (String, Option<Vec<u8>>) {
    let (reply, file) = match serde_json::from_str::<Request>(request) {
        Err(error) => (failed(format!("请求无法读取：{error}"), format!("the request cannot be read: {error}")), None),
        Ok(Request::Export { form, format, package, today }) => match (read_package(&package), crate::core::iso_date::parse(&today)) {
            _ if package.is_empty() => match blank(form, format) {
                Ok(file) => (Reply::Exported { name: file.name, mime: file.mime.to_string() }, Some(file.bytes)),
                Err(error) => (failed(format!("文件无法生成：{error}"), format!("the file cannot be made: {error}")), None),
            },
            (Err(error), _) => (failed(format!("数据无法读取：{error}"), format!("the forms cannot be read: {error}")), None),
            (_, None) => (failed("日期无法读取", "the date cannot be read"), None),
            (Ok(package), Some(today)) => match export(&package, form, format, today) {
                Ok(file) => (Reply::Exported { name: file.name, mime: file.mime.to_string() }, Some(file.bytes)),
                Err(error) => (failed(format!("文件无法生成：{error}"), format!("the file cannot be made: {error}")), None),
            },
        },
        Ok(Request::Import { target, file_name, today }) => match crate::core::iso_date::parse(&today) {
            None => (failed("日期无法读取", "the date cannot be read"), None),
            Some(today) => match import_rows(&file_name, bytes.unwrap_or_default(), target, today) {
                Ok(imported) => (Reply::Imported { imported }, None),
                Err(reason) => (Reply::Failed { reason }, None),
            },
        },
    };
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
        let request = serde_json::to_string(&Request::Export { form: FormId::Staff, format: OfficeFormat::Xlsx, package: package.to_string(), today: "2026-12-01".into() }).unwrap();
        let (reply, bytes) = handle(&request, None);
        let Reply::Exported { name, .. } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(name, "新乡某职业培训学校有限公司-附件6-2026-12-01.xlsx");
        let request = serde_json::to_string(&Request::Import { target: ImportTarget::Assessors, file_name: name, today: "2026-12-01".into() }).unwrap();
        let (reply, _) = handle(&request, bytes.as_deref());
        let Reply::Imported { imported } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(imported.staff.len(), 2);
    }

    #[test]
    fn an_export_with_no_package_is_the_blank_form() {
        let request = serde_json::to_string(&Request::Export { form: FormId::Application, format: OfficeFormat::Docx, package: String::new(), today: "2026-12-01".into() }).unwrap();
        let (reply, bytes) = handle(&request, None);
        let Reply::Exported { name, .. } = serde_json::from_str(&reply).unwrap() else { panic!("{reply}") };
        assert_eq!(name, "附件1-空白.docx");
        assert!(bytes.is_some_and(|bytes| !bytes.is_empty()));
    }

    #[test]
    fn nonsense_gets_a_reason_not_a_panic() {
        for request in ["", "{}", r#"{"kind":"export","form":"application","format":"docx","package":"{}","today":"2026-12-01"}"#, r#"{"kind":"import","target":"equipment","file_name":"a.xlsx","today":"2026-12-01"}"#, r#"{"kind":"import","target":"equipment","file_name":"a.xlsx"}"#] {
            let (reply, bytes) = handle(request, Some(b"junk"));
            assert!(matches!(serde_json::from_str(&reply).unwrap(), Reply::Failed { .. }), "{request}: {reply}");
            assert!(bytes.is_none());
        }
    }
}
