//! The one app-wide store: state every page may read. Page-local state stays in the page.
//!
//! The draft (every answer so far) is saved to local storage on every change, so a reload, a
//! closed tab or a crash brings the user back to where they were. Storage may be missing or
//! full: the store then says so (`save_status`) and the page keeps working from memory.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::{Lang, interview::Draft, package::SCHEMA_VERSION, reference::calendar::Calendar};

use super::{router::Route, storage};

/// Storage keys. Every key the app writes starts with `henan-filing.` so that "delete all my
/// data on this device" can find them all.
pub const KEY_PREFIX: &str = "henan-filing.";
/// The office page's keys (`ui::receiving::state`), kept by the self-check's "delete all".
pub const OFFICE_KEY_PREFIX: &str = "henan-filing.office.";
const LANG_KEY: &str = "henan-filing.lang";
const LARGE_TEXT_KEY: &str = "henan-filing.large-text";
pub const DRAFT_KEY: &str = "henan-filing.draft";
/// The forms page keeps the forms of the same application here (`ui::forms`).
pub const FORMS_KEY: &str = "henan-filing.forms";
/// Where an unreadable saved draft is moved, so that reading it later is still possible.
const UNREADABLE_DRAFT_KEY: &str = "henan-filing.draft-unreadable";

/// How the draft is stored: the package schema version beside it says which app wrote it.
#[derive(Serialize, Deserialize)]
struct SavedDraft {
    schema_version: u32,
    draft: Draft,
}

/// Whether the last change reached local storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Storage is unavailable or full: the answers live only in this tab.
    NotSaved,
    /// A saved draft could not be read (written by a newer app, or damaged); it was kept aside.
    UnreadableKeptAside,
}

#[derive(Clone, Copy)]
pub struct Store {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub draft: RwSignal<Draft>,
    pub save_status: RwSignal<SaveStatus>,
    pub large_text: RwSignal<bool>,
    /// The working-day calendar: the built-in years, plus those of the host's `site.json` once
    /// read (by the self-check page, `ui::site`; the forms page shows no working-day dates).
    pub calendar: RwSignal<Calendar>,
    /// The host's name, notice and offices' contacts from `site.json` (self-check page only).
    pub contacts: RwSignal<crate::core::site::SiteContacts>,
    /// Whether the occupation names are there (`ui::occupation_names`).
    pub occupation_names: RwSignal<crate::ui::occupation_names::NamesState>,
}

impl Store {
    pub fn new() -> Store {
        let lang = storage::read(LANG_KEY).and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default();
        let (draft, loaded_status) = load_draft();
        let store = Store {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::current()),
            draft: RwSignal::new(draft),
            save_status: RwSignal::new(loaded_status),
            large_text: RwSignal::new(storage::read(LARGE_TEXT_KEY).as_deref() == Some("on")),
            calendar: RwSignal::new(Calendar::built_in()),
            contacts: RwSignal::new(Default::default()),
            occupation_names: RwSignal::new(crate::ui::occupation_names::initial()),
        };
        // Keep <html lang> true to the text shown (screen readers pick their voice from it).
        Effect::new(move |_| {
            let lang = store.lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
        });
        Effect::new(move |_| {
            let large = store.large_text.get();
            if let Some(root) = document().document_element() {
                let _ = if large { root.class_list().add_1("large-text") } else { root.class_list().remove_1("large-text") };
            }
        });
        // Autosave: every change of the draft is written at once. An empty draft (start over,
        // delete all) leaves nothing behind.
        Effect::new(move |first_run: Option<()>| {
            let draft = store.draft.get();
            // The draft just loaded needs no saving (and must not overwrite one kept aside).
            if first_run.is_none() {
                return;
            }
            if draft == Draft::default() {
                storage::remove(DRAFT_KEY);
                return;
            }
            let saved = SavedDraft { schema_version: SCHEMA_VERSION, draft };
            let json = serde_json::to_string(&saved).expect("a draft always serialises");
            store.save_status.set(if storage::write(DRAFT_KEY, &json) { SaveStatus::Saved } else { SaveStatus::NotSaved });
        });
        store
    }

    /// Switches the language and remembers the choice for the next visit.
    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
        storage::write(LANG_KEY, lang.tag());
    }

    /// Turns the large-text mode on or off and remembers it.
    pub fn toggle_large_text(self) {
        let large = !self.large_text.get_untracked();
        self.large_text.set(large);
        storage::write(LARGE_TEXT_KEY, if large { "on" } else { "off" });
    }

    pub fn use_context() -> Store {
        expect_context::<Store>()
    }

    /// Changes the draft; the autosave effect stores it.
    pub fn update_draft(self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(change);
    }

    /// Reads the draft again from storage (another tab changed it).
    pub fn reload_draft(self) {
        let (draft, _) = load_draft();
        self.draft.set(draft);
    }

    /// Forgets every answer and the forms filled from them (after the user confirmed).
    pub fn start_over(self) {
        storage::remove(FORMS_KEY);
        self.draft.set(Draft::default());
    }

    /// Removes everything the self-check and the forms stored on this device and resets the page.
    /// A receiving office's work record (the office page's, `henan-filing.office.`) is left to
    /// that page's own "delete everything": a clerk trying the self-check must not lose it.
    pub fn delete_all_data(self) {
        storage::remove_with_prefix(KEY_PREFIX, Some(OFFICE_KEY_PREFIX));
        self.draft.set(Draft::default());
        self.large_text.set(false);
        self.lang.set(Lang::default());
        self.save_status.set(SaveStatus::Saved);
    }
}

fn load_draft() -> (Draft, SaveStatus) {
    let Some(json) = storage::read(DRAFT_KEY) else { return (Draft::default(), SaveStatus::Saved) };
    match serde_json::from_str::<SavedDraft>(&json) {
        Ok(saved) if saved.schema_version <= SCHEMA_VERSION => (saved.draft, SaveStatus::Saved),
        _ => {
            // Never lose it: keep the text aside and start empty.
            storage::write(UNREADABLE_DRAFT_KEY, &json);
            (Draft::default(), SaveStatus::UnreadableKeptAside)
        }
    }
}
