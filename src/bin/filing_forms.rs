//! The forms page's entry point: Trunk builds this binary for wasm32 from `forms.html` into
//! `dist/forms/` (scripts/lib.sh, `build_site`). A page and a wasm of its own keep the forms
//! out of the self-check's first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    henan_filing::ui::forms::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filing-forms is the web app's forms page: serve it with ./scripts/serve.sh (see README.md)");
    std::process::exit(2);
}
