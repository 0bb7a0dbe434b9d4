//! The receiving offices' page (issue 15): an office opens the packages institutions hand in,
//! sees them in a register with the verdict recomputed from their facts, checks one against the
//! paper (受理 checklist, the package code), and builds 附件7 and 附件8 from them. It is a page of
//! its own (`office/index.html`, built from `office.html` into its own wasm by
//! `src/bin/filing_receiving.rs`), so neither the self-check's first load nor the forms page
//! carries it. Every judgement is the core's (`core::register`); this shell reads files, keeps
//! the office's own work in local storage and shows.
//!
//! Its strings are (Chinese, English) pairs written where they are shown (`l`), the page's own
//! catalogue: they live only in this wasm, so the first load never grows with them.
//!
//! Routes (hash): `#/` the register, `#/package/<code>` one package (by its package code, which
//! the paper carries too), `#/print/<code>` its forms as the institution prints them, `#/dates` the office's dates, `#/summaries` 附件7 and 附件8,
//! `#/summaries/print/<7|8>` one of them on A4 landscape, `#/settings` who am I and the work
//! file.

mod open;
mod state;
mod views;

use leptos::prelude::*;

use crate::core::Bilingual;
use crate::ui::components::{site_footer::SiteFooter, site_header::SiteHeader, update_notice::UpdateNotice};
use crate::ui::i18n::bi;
use crate::ui::store::Store;

use state::OfficeState;

/// The self-check page, from the office page (one folder up).
pub const SELF_CHECK_PAGE: &str = "../";
/// The service worker, from the office page: the site's one worker, whose scope covers it.
const WORKER_URL: &str = "../sw.js";

/// A string of this page in both languages, following the language switch.
pub fn l(zh: &'static str, en: &'static str) -> Signal<&'static str> {
    bi(Bilingual { zh, en })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeRoute {
    Register,
    /// One package, by its package code (`ABCD-1234`).
    Package(String),
    Print(String),
    Dates,
    Summaries,
    /// 附件7 (`7`) or 附件8 (`8`) on A4 landscape.
    SummaryPrint(u8),
    Settings,
    NotFound,
}

impl OfficeRoute {
    pub fn from_hash(hash: &str) -> OfficeRoute {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        match path.split('/').collect::<Vec<_>>().as_slice() {
            [""] => OfficeRoute::Register,
            ["package", code] => OfficeRoute::Package(code.to_string()),
            ["print", code] => OfficeRoute::Print(code.to_string()),
            ["dates"] => OfficeRoute::Dates,
            ["summaries"] => OfficeRoute::Summaries,
            ["summaries", "print", "7"] => OfficeRoute::SummaryPrint(7),
            ["summaries", "print", "8"] => OfficeRoute::SummaryPrint(8),
            ["settings"] => OfficeRoute::Settings,
            _ => OfficeRoute::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            OfficeRoute::Register | OfficeRoute::NotFound => "#/".to_string(),
            OfficeRoute::Package(code) => format!("#/package/{code}"),
            OfficeRoute::Print(code) => format!("#/print/{code}"),
            OfficeRoute::Dates => "#/dates".to_string(),
            OfficeRoute::Summaries => "#/summaries".to_string(),
            OfficeRoute::SummaryPrint(n) => format!("#/summaries/print/{n}"),
            OfficeRoute::Settings => "#/settings".to_string(),
        }
    }

    pub fn current() -> OfficeRoute {
        OfficeRoute::from_hash(&window().location().hash().unwrap_or_default())
    }
}

/// Mounts the office page into `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(OfficeApp);
    super::remove_loading_message();
}

#[component]
fn OfficeApp() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    let state = OfficeState::new();
    provide_context(state);
    let route = RwSignal::new(OfficeRoute::current());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(OfficeRoute::current());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
    view! {
        <SiteHeader home=SELF_CHECK_PAGE/>
        <UpdateNotice worker_url=WORKER_URL/>
        <main id="main" class="app-main office-main" tabindex="-1">
            {move || (state.save_failed.get()).then(|| view! {
                <div class="warning-banner" role="alert">{l("本机无法保存受理记录（浏览器存储不可用或已满）：请导出工作文件。", "The office's work cannot be saved on this computer (storage unavailable or full): export the work file.")}</div>
            })}
            <views::Tabs route=route/>
            {move || match route.get() {
                OfficeRoute::Register => views::RegisterPage().into_any(),
                OfficeRoute::Settings => views::SettingsPage().into_any(),
                OfficeRoute::Package(code) => view! { <views::PackagePage code=code/> }.into_any(),
                OfficeRoute::Print(code) => view! { <views::PrintPackagePage code=code/> }.into_any(),
                OfficeRoute::Dates => views::DatesPage().into_any(),
                OfficeRoute::Summaries => views::SummariesPage().into_any(),
                OfficeRoute::SummaryPrint(table) => view! { <views::SummaryPrintPage table=table/> }.into_any(),
                OfficeRoute::NotFound => crate::ui::pages::not_found::NotFoundPage().into_any(),
            }}
        </main>
        <SiteFooter office_page=""/>
    }
}
