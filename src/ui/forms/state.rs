//! The forms page's own state: the form set with its autosave, the page shown, and what is
//! derived from the self-check's answers (the facts, the materials, the forms needed, the
//! problems). The answers themselves live in the shared [`Store`]'s draft, which the self-check
//! page saved to the same local storage.

use jiff::Timestamp;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::evaluate::{MaterialOut, materials};
use crate::core::facts::Facts;
use crate::core::forms::{FormId, FormSet, Problem, forms_needed, validate_form_set, validate_office_forms};
use crate::core::package::SCHEMA_VERSION;
use crate::ui::{
    storage,
    store::{FORMS_KEY, SaveStatus, Store},
};

use super::FormsRoute;

/// Where unreadable saved forms are moved, never deleted.
const UNREADABLE_FORMS_KEY: &str = "henan-filing.forms-unreadable";

/// How the forms are stored: with the package schema version that wrote them, and when the
/// application was started (the package's `created`).
#[derive(Serialize, Deserialize)]
struct SavedForms {
    schema_version: u32,
    #[serde(default, with = "crate::core::iso_date::timestamp_option")]
    created: Option<Timestamp>,
    forms: FormSet,
    /// The forms the user has opened: until then a prefilled form is "not started", not a
    /// list of problems it never asked for. Kept on this device only, not in the package, as
    /// their names (`application plan`): a string, where a set would add a deserialiser.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    opened: String,
}

#[derive(Clone, Copy)]
pub struct FormsState {
    pub forms: RwSignal<FormSet>,
    /// When the application was started: kept across export and import.
    pub created: RwSignal<Option<Timestamp>>,
    /// The forms the user has opened (or brought in with a package).
    pub opened: RwSignal<Vec<FormId>>,
    pub route: RwSignal<FormsRoute>,
    /// Show ID numbers in full on screen (they are masked by default; print shows them in full).
    pub show_id_numbers: RwSignal<bool>,
    /// The office worker is answering a request: every office button waits (one at a time).
    pub office_busy: RwSignal<bool>,
    /// The facts of the self-check, once it is complete enough to evaluate.
    pub facts: Memo<Option<Facts>>,
    /// The materials the self-check's request needs (附件1's boxes, which forms are needed): only
    /// this part of the evaluation, so the forms page carries none of the rest.
    pub materials: Memo<Option<Vec<MaterialOut>>>,
    /// Every problem of the form set: the applicant's forms against the facts, or only the
    /// office forms when there is no self-check.
    pub problems: Memo<Vec<Problem>>,
}

impl FormsState {
    pub fn new(store: Store) -> FormsState {
        let (forms, created, opened, status) = load_forms();
        if status != SaveStatus::Saved {
            store.save_status.set(status);
        }
        let forms = RwSignal::new(forms);
        let facts = Memo::new(move |_| store.draft.with(|draft| draft.facts()));
        let materials = Memo::new(move |_| facts.with(|facts| facts.as_ref().map(materials)));
        let problems = Memo::new(move |_| {
            forms.with(|forms| match facts.get() {
                Some(facts) => validate_form_set(&facts, forms),
                None => validate_office_forms(forms),
            })
        });
        let state = FormsState {
            forms,
            created: RwSignal::new(created),
            opened: RwSignal::new(opened),
            route: RwSignal::new(FormsRoute::current()),
            show_id_numbers: RwSignal::new(false),
            office_busy: RwSignal::new(false),
            facts,
            materials,
            problems,
        };
        // Autosave, like the draft's: every change is written at once; empty forms leave nothing.
        Effect::new(move |first_run: Option<()>| {
            let forms = state.forms.get();
            let created = state.created.get();
            let opened = state.opened.get();
            if first_run.is_none() {
                return;
            }
            if forms.is_empty() {
                storage::remove(FORMS_KEY);
                return;
            }
            let opened = opened.iter().map(|form| form.field()).collect::<Vec<_>>().join(" ");
            let saved = SavedForms { schema_version: SCHEMA_VERSION, created, forms, opened };
            // Pretty, as the package is written: one serialiser for both in the wasm.
            let json = serde_json::to_string_pretty(&saved).expect("forms always serialise");
            // A failed write says so; a good one clears only that message, never the notice
            // that something unreadable was kept aside.
            if !storage::write(FORMS_KEY, &json) {
                store.save_status.set(SaveStatus::NotSaved);
            } else if store.save_status.get_untracked() == SaveStatus::NotSaved {
                store.save_status.set(SaveStatus::Saved);
            }
        });
        state
    }

    /// Another tab of this site changed the answers or the forms: take its version, so that
    /// this tab does not write back what the other one changed or deleted.
    pub fn follow_other_tabs(self, store: Store) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            match event.key().as_deref() {
                Some(FORMS_KEY) => {
                    let (forms, created, opened, _) = load_forms();
                    self.forms.set(forms);
                    self.created.set(created);
                    self.opened.set(opened);
                }
                Some(crate::ui::store::DRAFT_KEY) => store.reload_draft(),
                // `localStorage.clear()` elsewhere: everything went.
                None => {
                    self.forms.set(FormSet::default());
                    self.created.set(None);
                    self.opened.set(Vec::new());
                    store.reload_draft();
                }
                _ => {}
            }
        });
        // Lives as long as the page.
        std::mem::forget(handle);
    }

    pub fn use_context() -> FormsState {
        expect_context::<FormsState>()
    }

    /// The application as a package as it stands now: these facts, the forms, the ticked
    /// materials, and when it was started (kept across export and import).
    pub fn package(self, store: Store, facts: Facts, now: Timestamp) -> crate::core::package::Package {
        let mut package = crate::core::package::Package::new(facts, now);
        package.created = self.created.get_untracked().or(Some(now));
        package.forms = self.forms.get_untracked();
        // Inserted one by one into the sorted set: a few ids, already in order.
        store.draft.with_untracked(|draft| {
            for material in &draft.checked_materials {
                package.ticked_materials.insert(material.clone());
            }
        });
        package
    }

    /// The package's code (`core::package_code`) of the forms as they stand, for the print's and
    /// the DOCX's footer; `None` without the self-check's facts (an office's own 附件7/附件8).
    pub fn package_code(self) -> Option<crate::core::package_code::PackageCode> {
        let facts = self.facts.get_untracked()?;
        Some(self.forms.with_untracked(|forms| crate::core::package_code::package_code(&facts, forms)))
    }

    /// The applicant's forms this self-check needs, in the guide's order (none without one).
    pub fn needed(self) -> Vec<FormId> {
        self.materials.with(|materials| materials.as_deref().map(forms_needed).unwrap_or_default())
    }

    /// The problems of one form, in the order of its fields.
    pub fn problems_of(self, form: FormId) -> Vec<Problem> {
        self.problems.with(|problems| problems.iter().filter(|problem| problem.form == form).cloned().collect())
    }

    /// Starts a form the user opens (prefilled from the facts where it can be); a form already
    /// started is left as it is.
    pub fn start(self, form: FormId) {
        if !self.opened.with_untracked(|opened| opened.contains(&form)) {
            self.opened.update(|opened| opened.push(form));
        }
        if self.forms.with_untracked(|forms| forms.has(form)) {
            return;
        }
        let facts = self.facts.get_untracked();
        self.forms.update(|forms| forms.start_form(form, facts.as_ref()));
        self.created.update(|created| {
            created.get_or_insert_with(crate::ui::clock::now);
        });
    }
}

fn load_forms() -> (FormSet, Option<Timestamp>, Vec<FormId>, SaveStatus) {
    let Some(json) = storage::read(FORMS_KEY) else { return (FormSet::default(), None, Vec::new(), SaveStatus::Saved) };
    // Read as the package reader reads (from text): one deserialiser of the forms in the wasm.
    let saved = serde_json::from_str::<SavedForms>(&json).ok();
    match saved {
        Some(saved) if saved.schema_version <= SCHEMA_VERSION => {
            let opened = FormId::ALL.into_iter().filter(|form| saved.opened.split(' ').any(|name| name == form.field())).collect();
            (saved.forms, saved.created, opened, SaveStatus::Saved)
        }
        _ => {
            storage::write(UNREADABLE_FORMS_KEY, &json);
            (FormSet::default(), None, Vec::new(), SaveStatus::UnreadableKeptAside)
        }
    }
}
