//! Entry points for the browser tests (`tests/browser/embed.spec.ts`), called through
//! `window.wasmBindings`. The app never calls them. A module of the self-check's binary
//! (src/main.rs), not of the library: as the library's, every wasm exported it with the code it
//! runs, the forms page and the office workers too (3 KB raw of each).
//!
//! Until the self-check result page exists and calls `embed::announce_result`, this lets the
//! tests drive the embedding mechanism end to end (opt-in, iframe check, target origin) with a
//! fixed result. It changes no state and posts nothing without the host's opt-in.

use wasm_bindgen::prelude::*;

use henan_filing::core::{
    evaluate::Verdict,
    facts::{ApplicantKind, RequestKind},
};
use henan_filing::embed::ResultMessage;

/// Announces a fixed first-filing result (as the README's example package gives) to the host.
#[wasm_bindgen]
pub fn test_announce_example_result() {
    henan_filing::ui::embed::announce(&ResultMessage::new(
        Verdict::NeedsConfirmation,
        RequestKind::FirstFiling,
        ApplicantKind::SocialOrg,
        2,
        Some("place-hrss"),
        Some("4107"),
    ));
}
