//! Parts 四–七: which kind of institution the applicant was filed as.

use leptos::prelude::*;

use crate::core::facts::ApplicantKind;
use crate::ui::{components::fields::RadioGroup, i18n::{Msg, both}, store::Store};

#[component]
pub fn FiledAsQuestions() -> impl IntoView {
    let store = Store::use_context();
    view! {
        <RadioGroup
            id="filed-as".to_string()
            legend=both(Msg::FiledAsLegend)
            hint=both(Msg::FiledAsHint)
            options=ApplicantKind::ALL.iter().map(|kind| (*kind, kind.label())).collect()
            selected=Signal::derive(move || store.draft.with(|d| d.filed_as))
            on_select=Callback::new(move |kind| store.update_draft(|d| d.filed_as = Some(kind)))
        />
    }
}
