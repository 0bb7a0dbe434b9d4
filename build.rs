//! Compile the tables under `data/` into static Rust data (`$OUT_DIR/*.rs`).
//!
//! Why at build time: the browser then carries no parser for the tables, and a table that breaks
//! an invariant (duplicate id, missing procedure) stops the build with a message that names the
//! file, the row and the id. The named invariant tests in `tests/` check the same tables again
//! from the test side so that a failure is reported as a test, too.

use std::{env, path::Path};

// One generator per table family, each in its own file under build/.
#[path = "build/procedures.rs"]
mod procedures;
#[path = "build/reference.rs"]
mod reference;
#[path = "build/rules.rs"]
mod rules;

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    procedures::build(out_dir);
    reference::build(out_dir);
    rules::build(out_dir);
    wasm_target_features();
}

/// The wasm's `target_features` section lists exactly the features this build enables
/// (.cargo/config.toml: the MVP and a stated few), not the union the linker would infer from
/// every object: rustup's precompiled std is built with rustc's defaults and declares
/// reference-types and multivalue, and wasm-bindgen, reading them in the section, would turn on
/// its externref and multi-value output (Chrome 96 and 85; README "Browsers"). std uses neither
/// (reference types only change how its call_indirect is encoded, which wasm-bindgen and wasm-opt
/// write anew); `scripts/check-floor.mjs` validates what the built modules really use.
fn wasm_target_features() {
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return;
    }
    let features = env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    println!("cargo:rustc-link-arg-bins=--features={features}");
    // The check would refuse std's objects for declaring more than the list.
    println!("cargo:rustc-link-arg-bins=--no-check-features");
}
