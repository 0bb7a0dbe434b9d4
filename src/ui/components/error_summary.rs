//! The error summary at the top of a page (GOV.UK pattern): it takes the focus when problems
//! appear, so screen readers announce them, and each message links to its field.

use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

use super::fields::PageErrors;
use crate::ui::{
    i18n::{Msg, t},
    store::Store,
};

#[component]
pub fn ErrorSummary() -> impl IntoView {
    let store = Store::use_context();
    let page_errors = expect_context::<PageErrors>();
    let errors = page_errors.0;
    let summary = NodeRef::<html::Div>::new();
    // Each time the problems are shown (continue, check) and there are any, focus the summary;
    // a live update of the list does not move the focus.
    Effect::new(move |_| {
        page_errors.1.track();
        if !errors.with_untracked(Vec::is_empty) {
            if let Some(element) = summary.get_untracked() {
                let _ = element.focus();
            }
        }
    });
    let focus_field = |field: String| {
        move |event: leptos::ev::MouseEvent| {
            // The link's hash would be taken for a route: move the focus by hand instead.
            event.prevent_default();
            if let Some(element) = document().get_element_by_id(&field) {
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    element.scroll_into_view();
                    let _ = element.focus();
                }
            }
        }
    };
    move || {
        let lang = store.lang.get();
        let list = errors.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title" node_ref=summary>
                    <h2 class="error-summary__title" id="error-summary-title">{t(lang, Msg::ErrorSummaryTitle)}</h2>
                    <ul class="error-summary__list">
                        {list
                            .into_iter()
                            .map(|problem| {
                                let href = format!("#{}", problem.field);
                                view! {
                                    <li>
                                        <a href=href on:click=focus_field(problem.field.clone())>
                                            {problem.message.get(lang).to_string()}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
