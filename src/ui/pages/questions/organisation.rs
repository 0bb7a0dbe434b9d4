//! The applicant's legal form (and kind of school), and its level and affiliations.

use leptos::prelude::*;

use crate::core::facts::{LegalForm, SchoolKind, SchoolOwnership, SchoolRegistration};
use crate::ui::{
    components::fields::{CheckboxGroup, RadioGroup},
    i18n::{Msg, both},
    store::Store,
};

#[component]
pub fn OrganisationQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    // On the school track (part 三, or filed as a school) the legal form is not asked: a school
    // is a school whether it is legally a 事业单位, a 民办非企业单位 or a company.
    let legal_form_asked = draft.with_untracked(|d| d.legal_form_asked());
    view! {
        {legal_form_asked.then(|| view! {
            <RadioGroup
                id="legal-form".to_string()
                legend=both(Msg::LegalFormLegend)
                hint=both(Msg::LegalFormHint)
                options=LegalForm::ALL.iter().map(|form| (*form, form.label())).collect()
                selected=Signal::derive(move || draft.with(|d| d.legal_form))
                on_select=Callback::new(move |form| store.update_draft(|d| d.legal_form = Some(form)))
            />
        })}
        // Asked only for schools; another legal form hides it but keeps the answer.
        <Show when=move || draft.with(|d| d.is_school())>
            <div class:conditional=legal_form_asked>
                <SchoolQuestions/>
            </div>
        </Show>
    }
}

/// The kind of school, 公办 or 民办, and for a 民办 one where the rules read its registration.
#[component]
fn SchoolQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    view! {
        <RadioGroup
            id="school-kind".to_string()
            legend=both(Msg::SchoolKindLegend)
            options=SchoolKind::ALL.iter().map(|kind| (*kind, kind.label())).collect()
            selected=Signal::derive(move || draft.with(|d| d.school_kind))
            on_select=Callback::new(move |kind| store.update_draft(|d| d.school_kind = Some(kind)))
        />
        <RadioGroup
            id="school-ownership".to_string()
            legend=both(Msg::SchoolOwnershipLegend)
            options=SchoolOwnership::ALL.iter().map(|ownership| (*ownership, ownership.label())).collect()
            selected=Signal::derive(move || draft.with(|d| d.school_ownership))
            on_select=Callback::new(move |ownership| store.update_draft(|d| d.school_ownership = Some(ownership)))
            inline=true
        />
        <Show when=move || draft.with(|d| d.school_registration_asked())>
            <div class="conditional">
                <RadioGroup
                    id="school-registration".to_string()
                    legend=both(Msg::SchoolRegistrationLegend)
                    hint=both(Msg::SchoolRegistrationHint)
                    options=SchoolRegistration::ALL.iter().map(|registration| (*registration, registration.label())).collect()
                    selected=Signal::derive(move || draft.with(|d| d.school_registration))
                    on_select=Callback::new(move |registration| store.update_draft(|d| d.school_registration = Some(registration)))
                />
            </div>
        </Show>
    }
}

#[component]
pub fn AffiliationQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    let asked = draft.with_untracked(|d| d.affiliations_asked());
    view! {
        <CheckboxGroup
            id="affiliations".to_string()
            legend=both(Msg::AffiliationsLegend)
            hint=both(Msg::AffiliationsHint)
            options=asked.iter().map(|a| (*a, a.label())).collect()
            is_checked=Callback::new(move |a| draft.with(|d| d.affiliations.contains(&a)))
            on_toggle=Callback::new(move |(a, checked): (_, bool)| {
                store.update_draft(|d| {
                    d.affiliations.retain(|x| *x != a);
                    // In order (a package may bring them in any), without the standard sort.
                    if checked {
                        d.affiliations.push(a);
                        crate::core::sort::sort_short(&mut d.affiliations);
                    }
                })
            })
        />
    }
}
