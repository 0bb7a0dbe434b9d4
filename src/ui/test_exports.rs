//! Entry points for the browser tests (`tests/browser/embed.spec.ts`), called through
//! `window.wasmBindings`. The app never calls them.
//!
//! Until the self-check result page exists and calls `embed::announce_result`, this lets the
//! tests drive the embedding mechanism end to end (opt-in, iframe check, target origin) with a
//! fixed result. It changes no state and posts nothing without the host's opt-in.

use wasm_bindgen::prelude::*;

use crate::core::{
    evaluate::Verdict,
    facts::{ApplicantKind, RequestKind},
};
use crate::embed::ResultMessage;

/// Announces a fixed first-filing result (as the README's example package gives) to the host.
#[wasm_bindgen]
pub fn test_announce_example_result() {
    super::embed::announce(&ResultMessage::new(
        Verdict::NeedsConfirmation,
        RequestKind::FirstFiling,
        ApplicantKind::SocialOrg,
        2,
        Some("place-hrss"),
        Some("4107"),
    ));
}
