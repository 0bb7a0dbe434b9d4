//! The pure core: rules, reference data and their evaluation.
//!
//! Invariant: nothing in this module tree may depend on the browser (no leptos, web-sys, js-sys,
//! gloo or wasm-bindgen). `tests/core_is_pure.rs` fails if one creeps in, because the same core
//! must run natively in `cargo test` and in the command-line tool.

pub mod citation;
pub mod edition;
pub mod evaluate;
pub mod facts;
pub mod forms;
pub mod ics;
pub mod interview;
pub mod iso_date;
pub mod package;
pub mod package_code;
pub mod package_message;
pub mod rules;
pub mod site;
pub mod sorted;
pub mod sort;
pub mod procedure;
pub mod reference;
pub mod register;
pub mod text;

pub use edition::{APP_VERSION, RULE_TABLE_EDITION};
pub use evaluate::{Evaluation, evaluate};
pub use procedure::{PROCEDURES, Procedure};
pub use text::{Bilingual, Lang};
