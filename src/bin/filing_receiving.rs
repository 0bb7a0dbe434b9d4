//! The receiving offices' page: Trunk builds this binary for wasm32 from `office.html` into
//! `dist/office/` (scripts/lib.sh, `build_site`). A page and a wasm of its own keep the register,
//! the checklists and 附件7/附件8 out of the self-check's first load and out of the forms page.

#[cfg(target_arch = "wasm32")]
fn main() {
    henan_filing::ui::receiving::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filing-receiving is the web app's page for receiving offices: serve it with ./scripts/serve.sh (see README.md)");
    std::process::exit(2);
}
