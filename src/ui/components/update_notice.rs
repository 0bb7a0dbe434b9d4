//! "A new version is ready": shown when the service worker has installed a newer build, with a
//! button to reload into it. Polite: it never interrupts, it only appears, and the user decides.
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
    offline::register_service_worker(worker_url, update_ready);
    view! {
        <div class="update-notice" role="status">
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
