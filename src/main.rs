//! The browser app's entry point. Trunk builds this binary for wasm32 (index.html, data-bin).

// Exported for scripts/bench-search-browser.mjs only (the app never calls them), and only by
// the self-check's wasm: as a module of the library they were exported, with the evaluation and
// the search they run, by every wasm, the forms page and both office workers too (issue 16).
#[cfg(target_arch = "wasm32")]
#[path = "ui/bench_exports.rs"]
mod bench_exports;

// Exported for tests/browser/embed.spec.ts only, and only by the self-check's wasm.
#[cfg(target_arch = "wasm32")]
#[path = "ui/test_exports.rs"]
mod test_exports;

#[cfg(target_arch = "wasm32")]
fn main() {
    henan_filing::ui::mount();
}

/// Natively there is no browser to mount into; say how to run the app instead of failing oddly.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filing-app is the web app: serve it with ./scripts/serve.sh (see README.md)");
    std::process::exit(2);
}
