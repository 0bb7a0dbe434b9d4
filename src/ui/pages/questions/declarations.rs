//! The conditions and prohibitions only the applicant can confirm: one yes/no per rule row,
//! with the rule's own statement and clause. Unanswered ones stay "needs confirmation".

use leptos::prelude::*;

use crate::core::interview::QuestionPage;
use crate::ui::{
    components::fields::RadioGroup,
    i18n::{Msg, both, tr},
    store::Store,
};

#[component]
pub fn DeclarationQuestions(page: QuestionPage) -> impl IntoView {
    let store = Store::use_context();
    let rules = store.draft.with_untracked(|d| d.declarations_on(page));
    view! {
        <p class="lead-text">{tr(Msg::DeclarationsIntro)}</p>
        <DeclarationList rules=rules/>
    }
}

/// One yes/no per declaration rule (also used on the request page for part 七's own rule).
#[component]
pub fn DeclarationList(rules: Vec<&'static crate::core::rules::EligibilityRule>) -> impl IntoView {
    let store = Store::use_context();
    let yes = both(Msg::DeclarationHolds);
    let no = both(Msg::DeclarationDoesNotHold);
    rules
        .into_iter()
        .map(|rule| {
            view! {
                <RadioGroup
                    id=format!("declaration-{}", rule.id)
                    legend=rule.statement
                    cite=rule.clause
                    options=vec![(true, yes), (false, no)]
                    inline=true
                    selected=Signal::derive(move || store.draft.with(|d| d.declarations.get(rule.id).copied()))
                    on_select=Callback::new(move |answer| store.update_draft(|d| {
                        d.declarations.insert(rule.id.to_string(), answer);
                    }))
                />
            }
        })
        .collect_view()
}
