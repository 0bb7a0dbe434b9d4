//! The footer: which rules and which version produced what the page shows, and the privacy promise.

use leptos::prelude::*;

use crate::core::{APP_VERSION, RULE_TABLE_EDITION};
use crate::ui::i18n::{Msg, tr};

#[component]
pub fn SiteFooter(
    /// The receiving offices' page from this page (`office/` from the self-check, `../office/`
    /// from the forms page); empty on the office page itself.
    #[prop(default = "office/")]
    office_page: &'static str,
) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tr(Msg::FooterRuleEdition)}": "<span lang="zh-CN">{RULE_TABLE_EDITION}</span></p>
            <p>{tr(Msg::FooterAppVersion)}": "{APP_VERSION}</p>
            <p>{tr(Msg::FooterPrivacy)}</p>
            {(!office_page.is_empty()).then(|| view! { <p><a href=office_page>{tr(Msg::FooterForOffices)}</a></p> })}
        </footer>
    }
}
