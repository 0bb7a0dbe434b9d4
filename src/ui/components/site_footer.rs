//! The footer: which rules and which version produced what the page shows, and the privacy promise.

use leptos::prelude::*;

use crate::core::{APP_VERSION, RULE_TABLE_EDITION};
use crate::ui::{
    i18n::{Msg, t},
    store::Store,
};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let store = Store::use_context();
    let text = move |msg| t(store.lang.get(), msg);
    view! {
        <footer class="site-footer">
            <p>{move || text(Msg::FooterRuleEdition)}": "<span lang="zh-CN">{RULE_TABLE_EDITION}</span></p>
            <p>{move || text(Msg::FooterAppVersion)}": "{APP_VERSION}</p>
            <p>{move || text(Msg::FooterPrivacy)}</p>
        </footer>
    }
}
