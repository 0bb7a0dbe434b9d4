//! Tells the user when their answers are not being saved on this device, or when a saved draft
//! could not be read (it is kept aside, never deleted).

use leptos::prelude::*;

use crate::ui::{
    i18n::{Msg, t},
    store::{SaveStatus, Store},
};

#[component]
pub fn SaveStatusBanner() -> impl IntoView {
    let store = Store::use_context();
    move || {
        let lang = store.lang.get();
        let message = match store.save_status.get() {
            SaveStatus::Saved => return None,
            SaveStatus::NotSaved => Msg::StorageUnavailable,
            SaveStatus::UnreadableKeptAside => Msg::StorageUnreadable,
        };
        Some(view! { <div class="warning-banner" role="alert">{t(lang, message)}</div> })
    }
}
