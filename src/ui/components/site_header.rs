//! The header on every page: skip link, app name (a link home) and the language switch.

use leptos::prelude::*;

use crate::core::Lang;
use crate::ui::{
    i18n::{Msg, t, tr},
    router::Route,
    store::Store,
};

#[component]
pub fn SiteHeader(
    /// Where the app's name leads: the self-check's start page (from the forms page, `../`).
    #[prop(optional)]
    home: Option<&'static str>,
) -> impl IntoView {
    let home = home.map_or_else(|| Route::Start.href(), str::to_string);
    let store = Store::use_context();
    let text = move |msg| t(store.lang.get(), msg);
    let other_lang = move || match store.lang.get() {
        Lang::ZhCn => Lang::En,
        Lang::En => Lang::ZhCn,
    };
    // The skip link must not change the hash (that is the router's), so it moves focus itself.
    let skip_to_main = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use leptos::wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<leptos::web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{tr(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__title" href=home>{tr(Msg::AppTitle)}</a>
                <div class="site-header__tools">
                <button
                    type="button"
                    class="lang-switch"
                    aria-pressed=move || if store.large_text.get() { "true" } else { "false" }
                    on:click=move |_| store.toggle_large_text()
                >
                    {tr(Msg::LargeText)}
                </button>
                <button
                    type="button"
                    class="lang-switch"
                    lang=move || other_lang().tag()
                    aria-label=move || format!("{} / {}", text(Msg::SwitchLanguageLabel), text(Msg::OtherLanguageName))
                    on:click=move |_| store.set_lang(other_lang())
                >
                    {tr(Msg::OtherLanguageName)}
                </button>
                </div>
            </div>
        </header>
    }
}
