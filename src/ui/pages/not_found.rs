//! Shown for any hash route that does not exist.

use leptos::prelude::*;

use crate::ui::{
    components::page_heading::PageHeading,
    i18n::{Msg, t, tr},
    router::Route,
    store::Store,
};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let store = Store::use_context();
    let text = move |msg| t(store.lang.get(), msg);
    view! {
        <PageHeading text=Signal::derive(move || text(Msg::NotFoundTitle).to_string())/>
        <p>{tr(Msg::NotFoundBody)}</p>
        <p><a href=Route::Start.href()>{tr(Msg::BackToStart)}</a></p>
    }
}
