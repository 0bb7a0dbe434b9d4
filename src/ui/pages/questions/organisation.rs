//! The applicant's legal form (and kind of school), and its level and affiliations.

use leptos::prelude::*;

use crate::core::facts::{LegalForm, SchoolKind};
use crate::ui::{
    components::fields::{CheckboxGroup, RadioGroup},
    i18n::{Msg, both},
    store::Store,
};

#[component]
pub fn OrganisationQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    view! {
        <RadioGroup
            id="legal-form".to_string()
            legend=both(Msg::LegalFormLegend)
            options=LegalForm::ALL.iter().map(|form| (*form, form.label())).collect()
            selected=Signal::derive(move || draft.with(|d| d.legal_form))
            on_select=Callback::new(move |form| store.update_draft(|d| d.legal_form = Some(form)))
        />
        // Asked only for schools; another legal form hides it but keeps the answer.
        <Show when=move || draft.with(|d| d.legal_form == Some(LegalForm::School))>
            <div class="conditional">
                <RadioGroup
                    id="school-kind".to_string()
                    legend=both(Msg::SchoolKindLegend)
                    options=SchoolKind::ALL.iter().map(|kind| (*kind, kind.label())).collect()
                    selected=Signal::derive(move || draft.with(|d| d.school_kind))
                    on_select=Callback::new(move |kind| store.update_draft(|d| d.school_kind = Some(kind)))
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
                    if checked {
                        d.affiliations.push(a);
                        d.affiliations.sort();
                    }
                })
            })
        />
    }
}
