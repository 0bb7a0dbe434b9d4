//! The one app-wide store: state every page may read. Page-local state stays in the page.

use leptos::prelude::*;

use crate::core::Lang;

use super::{router::Route, storage};

/// Storage key for the chosen language (the only thing the shell itself remembers).
const LANG_KEY: &str = "henan-filing.lang";

#[derive(Clone, Copy)]
pub struct Store {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
}

impl Store {
    pub fn new() -> Store {
        let lang = storage::read(LANG_KEY).and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default();
        let store = Store { lang: RwSignal::new(lang), route: RwSignal::new(Route::current()) };
        // Keep <html lang> true to the text shown (screen readers pick their voice from it)
        // and remember the choice for the next visit.
        Effect::new(move |_| {
            let lang = store.lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
            storage::write(LANG_KEY, lang.tag());
        });
        store
    }

    pub fn use_context() -> Store {
        expect_context::<Store>()
    }
}
