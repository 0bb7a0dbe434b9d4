//! A page of the self-check: back link, progress, heading, the page's questions, "continue".
//!
//! Answers are written into the draft as they are given (and saved at once); "continue" only
//! checks the page (`interview::problems`) and moves on, to the review page when the user came
//! from there.

use leptos::prelude::*;

use super::questions;
use crate::core::interview::{QuestionPage, problems};
use crate::core::Procedure;
use crate::ui::{
    components::{error_summary::ErrorSummary, fields::PageErrors, page_heading::PageHeading},
    i18n::{Msg, t, tr},
    router::{Route, go},
    store::Store,
};

#[component]
pub fn QuestionPageView(page: QuestionPage, from_review: bool) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let errors = PageErrors::provide();
    let draft = store.draft;

    let Some(procedure) = draft.with_untracked(|d| d.procedure.clone()).and_then(|id| Procedure::by_id(&id)) else {
        return view! { <NoSelfCheck/> }.into_any();
    };
    // Where this page sits in the case's list (the list depends on earlier answers).
    let position = Memo::new(move |_| {
        let pages = draft.with(|d| d.pages());
        let index = pages.iter().position(|p| *p == page);
        (index, pages)
    });
    let back_href = move || {
        if from_review {
            return Route::Review.href();
        }
        let (index, pages) = position.get();
        match index {
            Some(i) if i > 0 => Route::Question { page: pages[i - 1], from_review: false }.href(),
            _ => Route::Procedure(procedure).href(),
        }
    };
    let on_continue = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let found = draft.with_untracked(|d| problems(page, d));
        if !found.is_empty() {
            errors.show(found.into_iter().map(Into::into).collect());
            return;
        }
        errors.0.set(Vec::new());
        let (index, pages) = position.get_untracked();
        let next = match index.and_then(|i| pages.get(i + 1)) {
            Some(next) if !from_review => Route::Question { page: *next, from_review: false },
            _ => Route::Review,
        };
        go(next);
    };
    let progress = move || {
        let (index, pages) = position.get();
        match index {
            Some(i) => format!("{} · {}", procedure.title.get(lang()), t(lang(), Msg::StepOf).replace("{n}", &(i + 1).to_string()).replace("{m}", &pages.len().to_string())),
            None => procedure.title.get(lang()).to_string(),
        }
    };
    view! {
        <a class="back-link" href=back_href>{tr(Msg::Back)}</a>
        <ErrorSummary/>
        <p class="caption">{progress}</p>
        <PageHeading text=Signal::derive(move || page.title().get(lang()).to_string())/>
        <Show when=move || position.get().0.is_none()>
            <p class="notice">{tr(Msg::PageNotNeeded)}</p>
        </Show>
        <form class="question-form" novalidate on:submit=on_continue>
            {questions::content(page)}
            <button type="submit" class="button">
                {move || t(lang(), if from_review { Msg::SaveAndReview } else { Msg::Continue })}
            </button>
        </form>
    }
    .into_any()
}

/// Shown when a question or result page is opened with no procedure chosen (a stale link).
#[component]
pub fn NoSelfCheck() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    view! {
        <PageHeading text=Signal::derive(move || t(lang(), Msg::NoSelfCheckTitle).to_string())/>
        <p>{tr(Msg::NoSelfCheckBody)}</p>
        <p><a href=Route::Start.href()>{tr(Msg::BackToStart)}</a></p>
    }
}
