//! The browser app's entry point. Trunk builds this binary for wasm32 (index.html, data-bin).

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
