//! A citation of the guide that opens to show the guide's own words (a native disclosure:
//! keyboard and screen readers work without any script of ours).

use leptos::prelude::*;

use crate::core::rules::GuideClause;
use crate::ui::i18n::{Msg, tr};

#[component]
pub fn Citation(clause: &'static str) -> impl IntoView {
    let text = GuideClause::by_id(clause).map(|found| if found.text.is_empty() { found.title } else { found.text }).unwrap_or("");
    view! {
        <details class="citation">
            <summary class="citation__summary">
                {tr(Msg::GuideClause)}" "{clause}
            </summary>
            <blockquote class="citation__text" lang="zh-CN">{text}</blockquote>
        </details>
    }
}
