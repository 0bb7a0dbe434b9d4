//! The start page: what the app does, and the guide's seven procedures to choose from.

use leptos::prelude::*;

use crate::core::{PROCEDURES, Procedure};
use crate::ui::{
    components::page_heading::PageHeading,
    i18n::{Msg, guide_part, t, tr, bi},
    router::Route,
    store::Store,
};

/// Parts 一 to 三 are first filings; parts 四 to 七 are for institutions already filed.
const LAST_FIRST_FILING_PART: u8 = 3;

#[component]
pub fn StartPage() -> impl IntoView {
    let store = Store::use_context();
    let text = move |msg| t(store.lang.get(), msg);
    let (first_filings, filed): (Vec<_>, Vec<_>) =
        PROCEDURES.iter().partition(|procedure| procedure.part <= LAST_FIRST_FILING_PART);
    view! {
        <PageHeading text=Signal::derive(move || text(Msg::AppTitle).to_string())/>
        <p class="lead">{tr(Msg::AppTagline)}</p>
        <p>{tr(Msg::StartIntro)}</p>
        <p class="notice">{tr(Msg::StartPrivacy)}</p>
        <ResumeNotice/>
        <ProcedureGroup heading=Msg::FirstFilingHeading lead=Msg::FirstFilingLead procedures=first_filings/>
        <ProcedureGroup heading=Msg::FiledInstitutionHeading lead=Msg::FiledInstitutionLead procedures=filed/>
        // The forms as offices hand them out, empty, for those who fill them in by hand.
        <p><a href="forms/#/blank">{tr(Msg::BlankFormsLink)}</a></p>
        <YourData/>
    }
}

/// A self-check under way: say so and link back to it.
#[component]
fn ResumeNotice() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let procedure = move || store.draft.with(|d| d.procedure.clone()).and_then(|id| Procedure::by_id(&id));
    // Complete: every page of the case answered, so the result can be shown.
    let complete = move || {
        store.draft.with(|d| d.facts().is_some() && d.pages().into_iter().all(|page| crate::core::interview::problems(page, d).is_empty()))
    };
    move || {
        procedure().map(|procedure| {
            let done = complete();
            view! {
                <div class="notice" data-self-check=if done { "complete" } else { "incomplete" }>
                    <p>{move || t(lang(), if done { Msg::ResumeComplete } else { Msg::ResumeNotice }).replace("{procedure}", procedure.title.get(lang()))}</p>
                    {if done {
                        view! { <a class="button" href=Route::Result.href()>{tr(Msg::SeeResult)}</a> }.into_any()
                    } else {
                        view! { <a class="button" href=Route::Procedure(procedure).href()>{tr(Msg::ContinueSelfCheck)}</a> }.into_any()
                    }}
                </div>
            }
        })
    }
}

/// Start over, and delete everything the page keeps on this device.
#[component]
fn YourData() -> impl IntoView {
    let store = Store::use_context();
    let ask = move |msg| window().confirm_with_message(t(store.lang.get_untracked(), msg)).unwrap_or(false);
    // Said when done (a live region), since the page itself barely changes.
    let done = RwSignal::new(None::<Msg>);
    view! {
        <section class="procedure-group" aria-labelledby="your-data">
            <h2 id="your-data">{tr(Msg::YourDataHeading)}</h2>
            <p>{tr(Msg::YourDataBody)}</p>
            <div class="actions">
                <a class="button button--secondary" href="forms/#/">{tr(Msg::OpenPackageFromStart)}</a>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    if ask(Msg::ConfirmStartOver) {
                        store.start_over();
                        done.set(Some(Msg::StartedOver));
                    }
                }>{tr(Msg::StartOver)}</button>
                <button type="button" class="button button--warning" on:click=move |_| {
                    if ask(Msg::ConfirmDeleteAll) {
                        store.delete_all_data();
                        done.set(Some(Msg::DataDeleted));
                    }
                }>{tr(Msg::DeleteAllData)}</button>
            </div>
            <p class="save-status" role="status" data-data-status="">{move || done.get().map(|msg| t(store.lang.get(), msg))}</p>
        </section>
    }
}

#[component]
fn ProcedureGroup(heading: Msg, lead: Msg, procedures: Vec<&'static Procedure>) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    view! {
        <section class="procedure-group">
            <h2>{tr(heading)}</h2>
            <p>{tr(lead)}</p>
            <ul class="procedure-list">
                {procedures
                    .into_iter()
                    .map(|procedure| {
                        view! {
                            <li class="procedure-card">
                                <a class="procedure-card__link" href=Route::Procedure(procedure).href()>
                                    {bi(procedure.title)}
                                </a>
                                <p class="procedure-card__summary">{bi(procedure.summary)}</p>
                                <p class="procedure-card__cite">{move || guide_part(lang(), procedure.part)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
