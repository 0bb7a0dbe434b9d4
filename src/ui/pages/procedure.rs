//! A procedure's start page: its title, the guide's own 适用范围 with its citation, and the button
//! that starts (or resumes) the self-check.

use leptos::prelude::*;

use crate::core::{Lang, Procedure};
use crate::ui::{
    components::page_heading::PageHeading,
    i18n::{Msg, guide_part, t, tr},
    router::{Route, go},
    store::Store,
};

#[component]
pub fn ProcedurePage(procedure: &'static Procedure) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let draft = store.draft;
    // A self-check of this procedure already under way: offer to carry on where it stopped.
    let resuming = move || draft.with(|d| d.procedure.as_deref() == Some(procedure.id) && d.organisation_answered());
    let start = move |_| {
        store.update_draft(|d| d.procedure = Some(procedure.id.to_string()));
        let first = draft.with_untracked(|d| d.pages().first().copied());
        if let Some(page) = first {
            go(Route::Question { page, from_review: false });
        }
    };
    view! {
        <p class="caption">{move || guide_part(lang(), procedure.part)}</p>
        <PageHeading text=Signal::derive(move || procedure.title.get(lang()).to_string())/>
        <section>
            <h2>{tr(Msg::ScopeHeading)}" "<span class="cite">{procedure.scope_clause}</span></h2>
            // The guide's own words, always shown in Chinese; the English reading follows.
            <blockquote class="guide-quote" lang="zh-CN">{procedure.scope.zh}</blockquote>
            <Show when=move || lang() == Lang::En>
                <p>{procedure.scope.en}</p>
            </Show>
        </section>
        <p>{tr(Msg::SelfCheckIntro)}</p>
        <Show
            when=resuming
            fallback=move || view! {
                <button type="button" class="button button--start" on:click=start>{tr(Msg::StartSelfCheck)}</button>
            }
        >
            <div class="actions">
                <a class="button" href=Route::Review.href()>{tr(Msg::ContinueSelfCheck)}</a>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if window().confirm_with_message(t(store.lang.get_untracked(), Msg::ConfirmStartOver)).unwrap_or(false) {
                        store.start_over();
                        store.update_draft(|d| d.procedure = Some(procedure.id.to_string()));
                    }
                }>{tr(Msg::StartOver)}</button>
            </div>
        </Show>
        <p><a href=Route::Start.href()>{tr(Msg::BackToStart)}</a></p>
    }
}
