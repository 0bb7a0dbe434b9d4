//! The host's `site.json` beside `index.html` (`core::site`; README "The host's site.json"),
//! fetched once at start. The service worker keeps a copy for offline use. Whatever is wrong
//! with it is logged to the console and left out; the page never depends on it.
//!
//! Parsed with the browser's own `JSON.parse` and read field by field: serde_json's code for
//! these shapes would cost the first load about 3 KB brotli.

use js_sys::{Array, JSON, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::reference::calendar::Calendar;
use crate::core::site::{DayFile, YearFile, read_year_files};

/// Relative: the file beside the page, under whatever sub-path the host serves it.
const SITE_JSON: &str = "site.json";

fn report(problem: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("site.json: {problem}")));
}

/// Fetches `site.json` and sets `calendar` to the built-in years plus the host's.
pub fn load_site_settings(calendar: RwSignal<Calendar>) {
    leptos::task::spawn_local(async move {
        let Some(text) = fetch_own_file(SITE_JSON).await else { return };
        let Ok(site) = JSON::parse(&text) else { return report("not a JSON document") };
        let holidays = field(&site, "holidays");
        if holidays.is_undefined() {
            return;
        }
        if !Array::is_array(&holidays) {
            return report("holidays: not a list of years");
        }
        let settings = read_year_files(Array::from(&holidays).iter().map(|entry| year_file(&entry)).collect());
        for problem in &settings.problems {
            report(problem);
        }
        if !settings.calendar.host_years().is_empty() {
            calendar.set(settings.calendar);
        }
    });
}

/// A property, `undefined` when the value has none (or is not an object).
fn field(value: &JsValue, name: &str) -> JsValue {
    if value.is_object() { Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED) } else { JsValue::UNDEFINED }
}

fn list(value: &JsValue, name: &str) -> Vec<JsValue> {
    let value = field(value, name);
    if Array::is_array(&value) { Array::from(&value).iter().collect() } else { Vec::new() }
}

/// A mistyped field becomes its empty value, which `read_year_files` then refuses by name.
fn year_file(entry: &JsValue) -> YearFile {
    let year = field(entry, "year").as_f64().filter(|year| year.fract() == 0.0 && year.abs() < 1e6).map_or(0, |year| year as i64);
    YearFile {
        year,
        // A paper that is not a string becomes "", which is not an address.
        papers: list(entry, "papers").iter().map(|paper| paper.as_string().unwrap_or_default()).collect(),
        days: list(entry, "days")
            .iter()
            .map(|day| DayFile {
                date: field(day, "date").as_string().unwrap_or_default(),
                name: field(day, "name").as_string().unwrap_or_default(),
                is_off_day: field(day, "isOffDay").as_bool(),
            })
            .collect(),
    }
}

/// The text of one of the site's own files (`path` relative to the page); `None` when there is
/// none (a host may remove site.json: the browser itself logs the failed request) or the network
/// and the offline copy both fail.
pub async fn fetch_own_file(path: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
