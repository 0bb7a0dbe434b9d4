//! The footer: which rules and which version produced what the page shows, and the privacy promise.

use leptos::prelude::*;

use crate::core::{APP_VERSION, RULE_TABLE_EDITION};
use crate::ui::i18n::{Msg, tr};

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tr(Msg::FooterRuleEdition)}": "<span lang="zh-CN">{RULE_TABLE_EDITION}</span></p>
            <p>{tr(Msg::FooterAppVersion)}": "{APP_VERSION}</p>
            <p>{tr(Msg::FooterPrivacy)}</p>
        </footer>
    }
}
