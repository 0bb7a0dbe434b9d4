//! The Henan vocational skill-level evaluation institution filing assistant.
//!
//! Two layers (see ARCHITECTURE.md):
//! - [`core`]: pure Rust, facts in and evaluation out; knows nothing of the browser. It is built
//!   and tested natively and powers both the web app and the `filing-check` command-line tool.
//! - `ui` (wasm32 only): the thin Leptos shell that renders the core in the browser.
//!
//! [`embed`] is the protocol between the page and a site that embeds it: plain Rust, so that it
//! is tested natively like the core.

pub mod core;
pub mod embed;
pub mod office;

#[cfg(target_arch = "wasm32")]
pub mod ui;
