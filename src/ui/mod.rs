//! The Leptos shell: renders the pure core in the browser. Compiled for wasm32 only.
//!
//! Layout (see ARCHITECTURE.md): `store` is the one app-wide state, `router` maps the URL hash to
//! a page, `pages/` has one file per page, `components/` the reusable parts, `i18n/` the string
//! catalogues. Logic belongs in `crate::core`; components here only display it.

mod clock;
mod components;
mod download;
pub mod forms;
pub mod receiving;
pub mod embed;
mod i18n;
mod occupation_names;
mod offline;
pub mod office_worker;
mod pages;
mod router;
mod site;
mod storage;
mod store;
// bench_exports.rs and test_exports.rs are modules of the self-check's binary (src/main.rs).

use leptos::prelude::*;

/// Moves the focus to an element once the view has been redrawn (a row just added, a picker
/// after 重试).
pub(crate) fn focus_later(id: String) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id).and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

// For the benchmark exports of the self-check's binary (src/main.rs), which search the names.
pub use occupation_names::load as load_occupation_names;

use components::{save_status::SaveStatusBanner, site_footer::SiteFooter, site_header::SiteHeader, update_notice::UpdateNotice};
use router::Route;
use store::Store;

/// Mounts the app into `<body>`, after the page's static message.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
    remove_loading_message();
}

/// The static message in index.html and forms.html (`#boot`): "loading", and why the app has
/// not started where it cannot (scripts/start.template.js). Once the app is there it has
/// nothing more to say.
fn remove_loading_message() {
    if let Some(message) = document().get_element_by_id("boot") {
        message.remove();
    }
}

#[component]
fn App() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    router::follow_location_hash(store);
    site::load_site_settings(store.calendar, store.contacts);

    view! {
        <SiteHeader/>
        <UpdateNotice/>
        <main id="main" class="app-main" tabindex="-1">
            <SaveStatusBanner/>
            // The host's notice (site.json), on every page of the self-check.
            {move || store.contacts.with(|c| (!c.notice.is_empty()).then(|| format!("{} {}", c.host_name, c.notice).trim().to_string())).map(|notice| view! {
                <p class="notice no-print" data-site-notice="">{notice}</p>
            })}
            {move || match store.route.get() {
                Route::Start => pages::start::StartPage().into_any(),
                Route::Procedure(procedure) => {
                    view! { <pages::procedure::ProcedurePage procedure=procedure/> }.into_any()
                }
                Route::Question { page, from_review } => {
                    view! { <pages::question::QuestionPageView page=page from_review=from_review/> }.into_any()
                }
                Route::Review => pages::review::ReviewPage().into_any(),
                Route::Result => pages::result::ResultPage().into_any(),
                Route::NotFound => pages::not_found::NotFoundPage().into_any(),
            }}
        </main>
        <SiteFooter/>
    }
}
