//! The core must know nothing of the browser: it is built and tested natively and also powers the
//! command-line tool. This test reads every file under `src/core/` and fails, naming the file and
//! line, if one mentions a browser crate or the UI module.

use std::{fs, path::Path};

const FORBIDDEN: &[&str] = &["leptos", "web_sys", "web-sys", "js_sys", "js-sys", "gloo", "wasm_bindgen", "crate::ui"];

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn core_mentions_no_browser_crate() {
    let core_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    rust_files(&core_dir, &mut files);
    assert!(!files.is_empty(), "no Rust files found under {}", core_dir.display());
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            // Doc comments may name the crates to explain this very rule.
            if line.trim_start().starts_with("//") {
                continue;
            }
            for word in FORBIDDEN {
                if line.contains(word) {
                    offences.push(format!("{}:{}: mentions `{word}`", file.display(), number + 1));
                }
            }
        }
    }
    assert!(offences.is_empty(), "the core must stay browser-free:\n{}", offences.join("\n"));
}

/// The browser crates are declared for wasm32 only, so a native build cannot even reach them.
#[test]
fn browser_crates_are_wasm_only_dependencies() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let (common, _wasm_only) = manifest
        .split_once("[target.'cfg(target_arch = \"wasm32\")'.dependencies]")
        .expect("Cargo.toml has a wasm32-only dependency section");
    for word in ["leptos", "web-sys", "js-sys", "gloo", "wasm-bindgen"] {
        let declared = common.lines().any(|line| line.trim_start().starts_with(word));
        assert!(!declared, "Cargo.toml: `{word}` must be declared only under the wasm32 target section");
    }
}
