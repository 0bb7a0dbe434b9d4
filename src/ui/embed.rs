//! The browser side of embedding (the protocol itself is `crate::embed`, tested natively): when
//! a self-check completes inside an iframe whose host opted in, post the result to that host.
//!
//! The self-check result page calls [`announce_result`] once per completed check. Nothing is
//! posted unless the iframe's address says `?embed=post-message&origin=<host origin>`, and then
//! only to that origin.

use wasm_bindgen::JsValue;

use crate::core::Evaluation;
use crate::embed::{ResultMessage, host_opt_in};

/// Tells an opted-in host page that a self-check completed: verdict, procedure and receiving
/// authority, nothing the user typed. Does nothing outside an iframe or without the opt-in.
pub fn announce_result(evaluation: &Evaluation) {
    announce(&ResultMessage::from_evaluation(evaluation));
}

/// [`announce_result`] for a message already built (the browser tests use it directly).
pub fn announce(message: &ResultMessage) {
    let window = leptos::prelude::window();
    let query = window.location().search().unwrap_or_default();
    let origin = match host_opt_in(&query) {
        Ok(Some(origin)) => origin,
        Ok(None) => return,
        Err(error) => {
            // Said where the host's developer will look; the user sees nothing.
            web_sys::console::warn_1(&JsValue::from_str(&format!("embed opt-in ignored: {error}")));
            return;
        }
    };
    // Not framed: the page is its own parent, and there is no host to tell.
    let Ok(Some(parent)) = window.parent() else { return };
    if js_sys::Object::is(&parent, &window) {
        return;
    }
    let Ok(data) = js_sys::JSON::parse(&message.to_json()) else { return };
    // The browser delivers it only if the parent page's origin is exactly this one.
    let _ = parent.post_message(&data, origin.as_str());
}
