//! A citation of the guide that opens to show the guide's own words (a native disclosure:
//! keyboard and screen readers work without any script of ours).
//!
//! The words are not in the wasm: they are fetched from `guide-clauses.json` beside the page the
//! first time any citation is opened (the service worker keeps it for offline use), so the
//! self-check's first load does not carry the guide's text (about 8 KB brotli).

use std::cell::RefCell;

use js_sys::{JSON, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::core::rules::GUIDE_CLAUSES_FILE;
use crate::ui::i18n::{Msg, tr};
use crate::ui::site::fetch_own_file;

thread_local! {
    /// The parsed file (`{"2.7.2(4)": "…"}`), once it has been fetched.
    static GUIDE_TEXTS: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// What the quote shows.
#[derive(Clone, PartialEq)]
enum Quote {
    NotOpened,
    Loading,
    Text(String),
    Unavailable,
}

fn cached_text(clause: &str) -> Option<Option<String>> {
    GUIDE_TEXTS.with(|texts| texts.borrow().as_ref().map(|texts| Reflect::get(texts, &JsValue::from_str(clause)).ok().and_then(|text| text.as_string())))
}

async fn guide_text(clause: &'static str) -> Quote {
    if cached_text(clause).is_none() {
        let Some(parsed) = fetch_own_file(GUIDE_CLAUSES_FILE).await.and_then(|text| JSON::parse(&text).ok()) else { return Quote::Unavailable };
        GUIDE_TEXTS.with(|texts| *texts.borrow_mut() = Some(parsed));
    }
    match cached_text(clause).flatten() {
        Some(text) => Quote::Text(text),
        None => Quote::Unavailable,
    }
}

/// The clause in the guide's own numbering, then its compact id: `第二部分（七）2.（4）〔2.7.2(4)〕`.
pub fn cite_label(clause: &str, lang: crate::core::Lang) -> String {
    let (zh, en) = crate::core::citation::guide_numbering(clause);
    let numbered = if lang == crate::core::Lang::ZhCn { zh } else { en };
    if numbered == clause { numbered } else { format!("{numbered} [{clause}]") }
}

#[component]
pub fn Citation(clause: &'static str) -> impl IntoView {
    let store = crate::ui::store::Store::use_context();
    let quote = RwSignal::new(Quote::NotOpened);
    let on_toggle = move |_| {
        if matches!(quote.get_untracked(), Quote::NotOpened | Quote::Unavailable) {
            quote.set(Quote::Loading);
            leptos::task::spawn_local(async move { quote.set(guide_text(clause).await) });
        }
    };
    view! {
        <details class="citation" on:toggle=on_toggle>
            <summary class="citation__summary">
                {tr(Msg::GuideClause)}" "{move || cite_label(clause, store.lang.get())}
            </summary>
            <blockquote class="citation__text" lang="zh-CN" aria-live="polite">
                {move || match quote.get() {
                    Quote::Text(text) => text.into_any(),
                    Quote::NotOpened | Quote::Loading => tr(Msg::GuideTextLoading).into_any(),
                    Quote::Unavailable => tr(Msg::GuideTextUnavailable).into_any(),
                }}
            </blockquote>
        </details>
    }
}
