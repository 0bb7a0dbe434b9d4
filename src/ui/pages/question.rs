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
    // The total is said once the answers that decide the pages are given (no 共4步 → 共7步).
    let count_known = Memo::new(move |_| draft.with(|d| d.page_count_known()));
    let progress = move || {
        let (index, pages) = position.get();
        let step = if count_known.get() { Msg::StepOf } else { Msg::StepOfUnknown };
        match index {
            Some(i) => format!("{} · {}", procedure.title.get(lang()), t(lang(), step).replace("{n}", &(i + 1).to_string()).replace("{m}", &pages.len().to_string())),
            None => procedure.title.get(lang()).to_string(),
        }
    };
    // Nothing reads it where it is not asked, but every evaluation needs an application date.
    if draft.with_untracked(|d| d.application_date.is_none()) {
        store.update_draft(|d| d.application_date = Some(crate::ui::clock::today()));
    }
    // An answer here that already bars the case (2.7) is said here, not after the other pages.
    let today = crate::ui::clock::today();
    let bars = move || draft.with(|d| d.bars_on_page(page, today));
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
            {move || {
                let bars = bars();
                (!bars.is_empty()).then(|| view! {
                    <div class="notice notice--bar" role="status" data-bar-notice="">
                        <h2>{tr(Msg::BarNoticeHeading)}</h2>
                        {bars.into_iter().map(|rule| {
                            let finding = rule.finding.clone().unwrap_or_else(|| rule.statement.clone());
                            view! {
                                <p data-bar=rule.rule_id>
                                    <strong>{crate::ui::i18n::tx(finding)}</strong>" "
                                    <span class="cite">{move || crate::ui::components::citation::cite_label(rule.clause, lang())}</span>
                                </p>
                                {rule.fix.clone().map(|fix| view! { <p>{crate::ui::i18n::tx(fix)}</p> })}
                            }
                        }).collect_view()}
                        <p><a href=Route::Result.href()>{tr(Msg::BarNoticeSeeResult)}</a></p>
                    </div>
                })
            }}
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
