//! A procedure's page: its title and the guide's own 适用范围, with its citation.

use leptos::prelude::*;

use crate::core::{Lang, Procedure};
use crate::ui::{
    components::page_heading::PageHeading,
    i18n::{Msg, guide_part, t},
    router::Route,
    store::Store,
};

#[component]
pub fn ProcedurePage(procedure: &'static Procedure) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    view! {
        <p class="caption">{move || guide_part(lang(), procedure.part)}</p>
        <PageHeading text=Signal::derive(move || procedure.title.get(lang()).to_string())/>
        <section>
            <h2>{move || t(lang(), Msg::ScopeHeading)}" "<span class="cite">{procedure.scope_clause}</span></h2>
            // The guide's own words, always shown in Chinese; the English reading follows.
            <blockquote class="guide-quote" lang="zh-CN">{procedure.scope.zh}</blockquote>
            <Show when=move || lang() == Lang::En>
                <p>{procedure.scope.en}</p>
            </Show>
        </section>
        <p><a href=Route::Start.href()>{move || t(lang(), Msg::BackToStart)}</a></p>
    }
}
