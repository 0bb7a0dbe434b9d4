//! The package code on the paper (issue 15 item 8): in every DOCX's footer, made through the
//! office worker's messages as the forms page sends them, and the same code the register shows.

use std::io::Read;

use henan_filing::core::forms::FormId;
use henan_filing::core::package::read_package;
use henan_filing::core::package_code::package_code;
use henan_filing::office::OfficeFormat;
use henan_filing::office::protocol::{Reply, Request, handle};

const PACKAGE: &str = include_str!("browser/packages/complete-first-filing.json");

/// Every part of the DOCX whose name starts with `word/footer`, concatenated.
fn footers(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = archive.file_names().filter_map(Result::ok).filter(|name| name.starts_with("word/footer")).map(|name| name.to_string()).collect();
    let mut xml = String::new();
    for name in names {
        archive.by_name(&name).unwrap().read_to_string(&mut xml).unwrap();
    }
    xml
}

fn export(form: FormId, code: Option<String>) -> Vec<u8> {
    let request = serde_json::to_string(&Request::Export { form, format: OfficeFormat::Docx, package: PACKAGE.to_string(), today: "2026-12-01".into(), package_code: code }).unwrap();
    let (reply, bytes) = handle(&request, None);
    assert!(matches!(serde_json::from_str(&reply).unwrap(), Reply::Exported { .. }), "{reply}");
    bytes.unwrap()
}

#[test]
fn every_docx_carries_the_package_code_in_its_footer() {
    let package = read_package(PACKAGE).unwrap();
    let code = package_code(&package.facts, &package.forms);
    for form in [FormId::Application, FormId::ImplementationPlan] {
        let xml = footers(&export(form, Some(code.to_string())));
        assert!(xml.contains(&format!("材料代码 {code}")), "{form:?}: {xml}");
    }
    // Without a code (an office's own 附件7), no footer line; a code that is not one is left out.
    assert!(!footers(&export(FormId::Application, None)).contains("材料代码"));
    assert!(!footers(&export(FormId::Application, Some("<w:t>evil</w:t>".into()))).contains("evil"));
    // A request without the field still reads.
    let without = format!(r#"{{"export":{{"form":"application","format":"docx","package":{},"today":"2026-12-01"}}}}"#, serde_json::to_string(PACKAGE).unwrap());
    let (reply, bytes) = handle(&without, None);
    assert!(reply.starts_with(r#"{"exported":"#) && bytes.is_some(), "{reply}");
}

/// A page of the version before the messages were externally tagged, left open while a newer
/// version took over, is answered in the form it reads (`"kind"`), with the reason to reload.
#[test]
fn an_older_page_is_told_to_reload_in_the_form_it_reads() {
    let old = format!(r#"{{"kind":"export","form":"application","format":"docx","package":{},"today":"2026-12-01"}}"#, serde_json::to_string(PACKAGE).unwrap());
    for handler in [handle, henan_filing::office::protocol::handle_export, henan_filing::office::protocol::handle_import] {
        let (reply, bytes) = handler(&old, None);
        let reply: serde_json::Value = serde_json::from_str(&reply).unwrap();
        assert_eq!(reply["kind"], "failed", "{reply}");
        assert_eq!(reply["reason"]["zh"], "此页面是旧版本，请刷新页面后再试", "{reply}");
        assert!(bytes.is_none());
    }
}
