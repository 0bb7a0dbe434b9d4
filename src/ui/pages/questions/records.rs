//! Dated official records, asked only where a prohibition of 2.7.2 reads them for this legal
//! form: a yes or no first, then the dates of a "yes".

use leptos::prelude::*;

use crate::core::interview::RecordAnswers;
use crate::ui::{
    components::fields::{DateField, RadioGroup},
    i18n::{Msg, both},
    store::Store,
};

#[component]
pub fn RecordQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    let asked = draft.with_untracked(|d| d.records_asked());
    let record = move |read: fn(&RecordAnswers) -> Option<bool>| Signal::derive(move || draft.with(|d| read(&d.records)));
    let yes_no = || vec![(true, both(Msg::AnswerYes)), (false, both(Msg::AnswerNo))];
    view! {
        {asked.abnormal_operation.then(|| view! {
            <RadioGroup
                id="abnormal-listed".to_string()
                legend=both(Msg::AbnormalListedLegend)
                hint=both(Msg::AbnormalListedHint)
                options=yes_no()
                inline=true
                selected=record(|r| r.abnormal_listed)
                on_select=Callback::new(move |v| store.update_draft(|d| d.records.abnormal_listed = Some(v)))
            />
            <Show when=move || draft.with(|d| d.records.abnormal_listed == Some(true))>
                <div class="conditional">
                    <DateField
                        id="abnormal-from".to_string()
                        label=both(Msg::AbnormalFromLabel)
                        value=Signal::derive(move || draft.with(|d| d.records.abnormal_from))
                        on_change=Callback::new(move |v| store.update_draft(|d| d.records.abnormal_from = v))
                    />
                    <DateField
                        id="abnormal-until".to_string()
                        label=both(Msg::AbnormalUntilLabel)
                        hint=both(Msg::AbnormalUntilHint)
                        value=Signal::derive(move || draft.with(|d| d.records.abnormal_until))
                        on_change=Callback::new(move |v| store.update_draft(|d| d.records.abnormal_until = v))
                    />
                </div>
            </Show>
        })}
        {asked.annual_inspections.then(|| view! {
            <RadioGroup
                id="inspection-failed".to_string()
                legend=both(Msg::InspectionFailedLegend)
                options=yes_no()
                inline=true
                selected=record(|r| r.inspection_failed)
                on_select=Callback::new(move |v| store.update_draft(|d| d.records.inspection_failed = Some(v)))
            />
            <Show when=move || draft.with(|d| d.records.inspection_failed == Some(true))>
                <div class="conditional">
                    <DateField
                        id="inspection-failed-on".to_string()
                        label=both(Msg::InspectionFailedOnLabel)
                        value=Signal::derive(move || draft.with(|d| d.records.inspection_failed_on))
                        on_change=Callback::new(move |v| store.update_draft(|d| d.records.inspection_failed_on = v))
                    />
                </div>
            </Show>
        })}
        {asked.illegal_organisation_list.then(|| view! {
            <RadioGroup
                id="illegal-list".to_string()
                legend=both(Msg::IllegalListLegend)
                options=yes_no()
                inline=true
                selected=record(|r| r.illegal_list)
                on_select=Callback::new(move |v| store.update_draft(|d| d.records.illegal_list = Some(v)))
            />
        })}
    }
}
