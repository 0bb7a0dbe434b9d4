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
use crate::core::site::{DayFile, OFFICE_FIELDS, RawText, SiteContacts, YearFile, read_contacts, read_year_files};

/// Relative: the file beside the page, under whatever sub-path the host serves it.
const SITE_JSON: &str = "site.json";

fn report(problem: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("site.json: {problem}")));
}

/// Fetches `site.json`: sets `calendar` to the built-in years plus the host's, and `contacts`
/// to the host's name, notice and offices.
pub fn load_site_settings(calendar: RwSignal<Calendar>, contacts: RwSignal<SiteContacts>) {
    leptos::task::spawn_local(async move {
        let Some(text) = fetch_own_file(SITE_JSON).await else { return };
        let Ok(site) = JSON::parse(&text) else { return report("not a JSON document") };
        read_site_contacts(&site, contacts);
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

/// A text field: absent is `None`, anything but a string is refused by name.
fn raw_text(value: &JsValue) -> RawText {
    if value.is_undefined() || value.is_null() { Ok(None) } else { value.as_string().map(Some).ok_or("not text") }
}

fn read_site_contacts(site: &JsValue, contacts: RwSignal<SiteContacts>) {
    let offices = field(site, "offices");
    let offices: Vec<(String, Vec<(&'static str, RawText)>)> = if offices.is_object() && !Array::is_array(&offices) {
        js_sys::Object::keys(offices.unchecked_ref::<js_sys::Object>())
            .iter()
            .filter_map(|key| key.as_string())
            .map(|key| {
                let office = field(&offices, &key);
                let fields = OFFICE_FIELDS.iter().map(|name| (*name, raw_text(&field(&office, name)))).collect();
                (key, fields)
            })
            .collect()
    } else {
        Vec::new()
    };
    let (read, problems) = read_contacts(raw_text(&field(&field(site, "host"), "name")), raw_text(&field(site, "notice")), offices);
    for problem in &problems {
        report(problem);
    }
    if read != SiteContacts::default() {
        contacts.set(read);
    }
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
