//! "A new version is ready": shown when the service worker has installed a newer build, with a
//! button to reload into it. Polite: it never interrupts, it only appears, and the user decides.
//!
//! The live region is always in the page (empty until needed), because screen readers announce
//! changes only inside a region that already existed.

use leptos::prelude::*;

use crate::ui::{
    i18n::{Msg, t},
    offline,
    store::Store,
};

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let store = Store::use_context();
    let text = move |msg| t(store.lang.get(), msg);
    let update_ready = RwSignal::new(false);
    offline::register_service_worker(update_ready);
    view! {
        <div class="update-notice" role="status">
            <Show when=move || update_ready.get()>
                <div class="update-notice__inner">
                    <p class="update-notice__text">{move || text(Msg::UpdateReady)}</p>
                    <button type="button" class="update-notice__button" on:click=move |_| offline::take_update()>
                        {move || text(Msg::UpdateReload)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
