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
}
