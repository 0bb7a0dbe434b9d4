//! The office export worker: DOCX and XLSX of a form, in a web worker of its own. Trunk builds
//! it from `forms.html` (`data-type="worker"`); the forms page starts it only when the user asks
//! for an office file, so the libraries it carries are never part of a page load. The import is
//! a worker of its own (`filing_office_import.rs`): the two are never needed together.
//! It only moves messages: the work is `henan_filing::office::protocol::handle_export`, tested
//! natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    henan_filing::ui::office_worker::serve(henan_filing::office::protocol::handle_export);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filing-office is the web app's office export worker: serve the app with ./scripts/serve.sh (see README.md)");
    std::process::exit(2);
}
