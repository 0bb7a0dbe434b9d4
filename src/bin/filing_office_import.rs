//! The office import worker: rows of 附件5 and 附件6 from an XLSX or CSV file, in a web worker of
//! its own, started only when the user imports a spreadsheet (the export is
//! `filing_office.rs`). It only moves messages: the work is
//! `henan_filing::office::protocol::handle_import`, tested natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    henan_filing::ui::office_worker::serve(henan_filing::office::protocol::handle_import);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filing-office-import is the web app's office import worker: serve the app with ./scripts/serve.sh (see README.md)");
    std::process::exit(2);
}
