//! "A new version is ready": shown when the service worker has installed a newer build, with a
//! button to reload into it. Polite: it never interrupts, it only appears, and the user decides.
//! Where the browser has no service worker (or refuses this one), it says instead that offline
//! use is unavailable: the page works, but only online.
//!
//! The live region is always in the page (empty until needed), because screen readers announce
//! changes only inside a region that already existed.

use leptos::prelude::*;

use crate::ui::{
    i18n::{Msg, tr},
    offline,
};

#[component]
pub fn UpdateNotice(
    /// The site's service worker, relative to this page (the forms page is one folder down).
    #[prop(default = offline::WORKER_URL)]
    worker_url: &'static str,
) -> impl IntoView {
    let update_ready = RwSignal::new(false);
    let offline_unavailable = RwSignal::new(false);
    offline::register_service_worker(worker_url, update_ready, offline_unavailable);
    view! {
        <div class="update-notice" role="status">
            <Show when=move || offline_unavailable.get()>
                <p class="update-notice__inner">{tr(Msg::OfflineUnavailable)}</p>
            </Show>
            <Show when=move || update_ready.get()>
                <div class="update-notice__inner">
                    <p class="update-notice__text">{tr(Msg::UpdateReady)}</p>
                    <button type="button" class="update-notice__button" on:click=move |_| offline::take_update()>
                        {tr(Msg::UpdateReload)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
