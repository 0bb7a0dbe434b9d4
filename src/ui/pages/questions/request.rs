//! The request's own dates and choices: the application date, the renewal's expiry and filing
//! place, the termination notice, and the local path where the guide allows one (2.17.1).

use leptos::prelude::*;

use crate::core::facts::RequestKind;
use crate::core::interview::QuestionPage;
use crate::core::reference::place::RECEIVING_PLACES;
use crate::ui::{
    components::fields::{DateField, RadioGroup, SelectField},
    i18n::{Msg, both, t},
    pages::questions::declarations::DeclarationList,
    store::Store,
};

#[component]
pub fn RequestQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    let lang = move || store.lang.get();
    // Today is the natural application date (the question page sets it); the user can change
    // it where a rule reads it.
    let date_asked = draft.with_untracked(|d| d.application_date_asked());
    let request = draft.with_untracked(|d| d.request());
    let own_rules = draft.with_untracked(|d| d.declarations_on(QuestionPage::Request));
    // The guide lets some applicants choose the local office (2.17.1 其中…).
    let has_local_path = Memo::new(move |_| draft.with(|d| d.local_path_offered()));
    let filing_place_options = Signal::derive(move || {
        [(String::new(), t(lang(), Msg::FilingPlaceSameAsRules).to_string()), ("province".to_string(), t(lang(), Msg::FilingPlaceProvince).to_string())]
            .into_iter()
            .chain(RECEIVING_PLACES.iter().map(|p| (p.code.to_string(), p.name.to_string())))
            .collect::<Vec<_>>()
    });
    view! {
        {date_asked.then(|| view! { <DateField
            id="application-date".to_string()
            label=both(Msg::ApplicationDateLabel)
            hint=both(Msg::ApplicationDateHint)
            value=Signal::derive(move || draft.with(|d| d.application_date))
            on_change=Callback::new(move |v| store.update_draft(|d| d.application_date = v))
        /> })}
        {(request == Some(RequestKind::Renewal)).then(|| view! {
            <DateField
                id="filing-expiry".to_string()
                label=both(Msg::FilingExpiryLabel)
                hint=both(Msg::FilingExpiryHint)
                value=Signal::derive(move || draft.with(|d| d.details.filing_expiry))
                on_change=Callback::new(move |v| store.update_draft(|d| d.details.filing_expiry = v))
            />
            <SelectField
                id="filing-place".to_string()
                label=both(Msg::FilingPlaceLabel)
                hint=both(Msg::FilingPlaceHint)
                options=filing_place_options
                selected=Signal::derive(move || draft.with(|d| d.details.filing_place.clone().unwrap_or_default()))
                on_change=Callback::new(move |code: String| store.update_draft(|d| d.details.filing_place = (!code.is_empty()).then_some(code)))
            />
            <RadioGroup
                id="penalised".to_string()
                legend=both(Msg::PenalisedLegend)
                cite="6.3.2"
                options=vec![(true, both(Msg::AnswerYes)), (false, both(Msg::AnswerNo))]
                inline=true
                selected=Signal::derive(move || draft.with(|d| d.details.penalised))
                on_select=Callback::new(move |v| store.update_draft(|d| d.details.penalised = Some(v)))
            />
        })}
        {(request == Some(RequestKind::Termination)).then(|| view! {
            <DateField
                id="notice-start".to_string()
                label=both(Msg::NoticeStartLabel)
                hint=both(Msg::NoticeStartHint)
                value=Signal::derive(move || draft.with(|d| d.details.termination_notice_start))
                on_change=Callback::new(move |v| store.update_draft(|d| d.details.termination_notice_start = v))
            />
        })}
        <DeclarationList rules=own_rules/>
        <Show when=move || has_local_path.get()>
            <RadioGroup
                id="local-path".to_string()
                legend=both(Msg::LocalPathLegend)
                cite="2.17.1"
                options=vec![(false, both(Msg::LocalPathProvince)), (true, both(Msg::LocalPathLocal))]
                selected=Signal::derive(move || Some(draft.with(|d| d.details.prefer_local_path)))
                on_select=Callback::new(move |v| store.update_draft(|d| d.details.prefer_local_path = v))
            />
        </Show>
    }
}
