//! The host's `site.json` beside `index.html` (`core::site`; README "The host's site.json"),
//! fetched once at start. The service worker keeps a copy for offline use. Whatever is wrong
//! with it is logged to the console and left out; the page never depends on it.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::reference::calendar::Calendar;
use crate::core::site::read_site_json;

/// Relative: the file beside the page, under whatever sub-path the host serves it.
const SITE_JSON: &str = "site.json";

/// Fetches `site.json` and sets `calendar` to the built-in years plus the host's.
pub fn load_site_settings(calendar: RwSignal<Calendar>) {
    leptos::task::spawn_local(async move {
        let Some(text) = fetch_text().await else { return };
        let settings = read_site_json(&text);
        for problem in &settings.problems {
            web_sys::console::error_1(&JsValue::from_str(&format!("site.json: {problem}")));
        }
        if !settings.calendar.host_years().is_empty() {
            calendar.set(settings.calendar);
        }
    });
}

/// The file's text; `None` when there is none (a host may remove it: the browser itself logs
/// the failed request) or the network and the offline copy both fail.
async fn fetch_text() -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(SITE_JSON)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
