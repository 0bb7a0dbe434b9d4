//! The forms page: the guide's attachments 附件1–附件8, filled in, checked, printed on A4 and
//! saved as a JSON package. It is a page of its own (`forms/index.html`, built from
//! `forms.html` into its own wasm by `src/bin/filing_forms.rs`), so the self-check's first load
//! does not carry the forms (README, "Size"). Both pages share this crate's store, components
//! and catalogues, and meet in local storage: the self-check's answers (`henan-filing.draft`)
//! give the facts; the forms are kept beside them (`henan-filing.forms`).
//!
//! Routes (hash, as on the self-check page): `#/` the list of forms and the package,
//! `#/edit/<form>` a form page, `#/print/<form>` a form's print preview, `#/print` every form
//! the self-check needs, in the guide's order, `#/blank` the blank forms and `#/blank/<form>` one
//! of them, empty, to print or download.

pub(crate) mod bind;
mod edit;
pub(crate) mod office;
mod overview;
pub(crate) mod print;
mod state;

use leptos::prelude::*;

use crate::core::forms::FormId;
use crate::ui::components::{save_status::SaveStatusBanner, site_footer::SiteFooter, site_header::SiteHeader, update_notice::UpdateNotice};
use crate::ui::store::Store;

use state::FormsState;

/// The self-check page, from the forms page (one folder up).
pub const SELF_CHECK_PAGE: &str = "../";
/// The service worker, from the forms page: the site's one worker, whose scope covers both.
const WORKER_URL: &str = "../sw.js";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormsRoute {
    Overview,
    Edit(FormId),
    /// One form's print preview, or (`None`) every form the self-check needs.
    Print(Option<FormId>),
    /// The blank forms (`None`), or one form's blank print preview: no self-check, no draft.
    Blank(Option<FormId>),
    NotFound,
}

impl FormsRoute {
    pub fn from_hash(hash: &str) -> FormsRoute {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let form = |field: &str| FormId::ALL.into_iter().find(|form| form.field() == field);
        match path.split('/').collect::<Vec<_>>().as_slice() {
            [""] => FormsRoute::Overview,
            ["edit", field] => form(field).map_or(FormsRoute::NotFound, FormsRoute::Edit),
            ["print"] => FormsRoute::Print(None),
            ["print", field] => form(field).map_or(FormsRoute::NotFound, |form| FormsRoute::Print(Some(form))),
            ["blank"] => FormsRoute::Blank(None),
            ["blank", field] => form(field).map_or(FormsRoute::NotFound, |form| FormsRoute::Blank(Some(form))),
            _ => FormsRoute::NotFound,
        }
    }

    pub fn href(self) -> String {
        match self {
            FormsRoute::Overview | FormsRoute::NotFound => "#/".to_string(),
            FormsRoute::Edit(form) => format!("#/edit/{}", form.field()),
            FormsRoute::Print(None) => "#/print".to_string(),
            FormsRoute::Print(Some(form)) => format!("#/print/{}", form.field()),
            FormsRoute::Blank(None) => "#/blank".to_string(),
            FormsRoute::Blank(Some(form)) => format!("#/blank/{}", form.field()),
        }
    }

    pub fn current() -> FormsRoute {
        FormsRoute::from_hash(&window().location().hash().unwrap_or_default())
    }
}

/// Mounts the forms page into `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(FormsApp);
    super::remove_loading_message();
}

#[component]
fn FormsApp() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    let state = FormsState::new(store);
    provide_context(state);
    state.follow_other_tabs(store);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(FormsRoute::current());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
    view! {
        <SiteHeader home=SELF_CHECK_PAGE/>
        <UpdateNotice worker_url=WORKER_URL/>
        <main id="main" class="app-main" tabindex="-1">
            <SaveStatusBanner/>
            {move || match state.route.get() {
                FormsRoute::Overview => overview::OverviewPage().into_any(),
                FormsRoute::Edit(form) => view! { <edit::EditPage form=form/> }.into_any(),
                FormsRoute::Print(form) => view! { <print::PrintPage form=form/> }.into_any(),
                FormsRoute::Blank(None) => overview::BlankFormsPage().into_any(),
                FormsRoute::Blank(Some(form)) => view! { <print::PrintPage form=Some(form) blank=true/> }.into_any(),
                FormsRoute::NotFound => crate::ui::pages::not_found::NotFoundPage().into_any(),
            }}
        </main>
        <SiteFooter office_page="../office/"/>
    }
}
