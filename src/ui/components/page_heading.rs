//! The `<h1>` of a page. It also sets the document title and, after a page change, takes the
//! focus, so that keyboard and screen-reader users start reading the new page from its heading
//! (GOV.UK's pattern) instead of staying on a link that no longer exists.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::{html, prelude::*};

use crate::ui::{
    i18n::{Msg, t},
    store::Store,
};

/// The first page shown on load keeps the browser's natural focus; later pages take it.
static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

#[component]
pub fn PageHeading(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let store = Store::use_context();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        let app_title = t(store.lang.get(), Msg::AppTitle);
        let page = text.get();
        document().set_title(&if page == app_title { page } else { format!("{page} - {app_title}") });
    });
    heading.on_load(|heading| {
        if FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed) {
            let _ = heading.focus();
        }
    });
    view! { <h1 class="page-heading" tabindex="-1" node_ref=heading>{text}</h1> }
}
