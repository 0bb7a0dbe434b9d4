//! The office page's state: who the office is, the package files read in this session, and the
//! office's own work (ticks, notes, receipt dates, decisions), saved to local storage at every
//! change. The packages themselves (with the institutions' personal data) stay in memory only,
//! unless the office chooses to keep them on this computer.
//!
//! Keys start with `henan-filing.office.`: "delete everything" here removes exactly them; the
//! self-check's "delete all my data" (every `henan-filing.` key) removes them too.

use leptos::prelude::*;

use crate::ui::storage;

use super::open::{OpenedFile, Progress};

pub const OFFICE_KEY_PREFIX: &str = "henan-filing.office.";
const WHO_KEY: &str = "henan-filing.office.who";
const KEEP_KEY: &str = "henan-filing.office.keep-packages";
const PACKAGES_KEY: &str = "henan-filing.office.packages";

/// A package file kept on this computer (when the office chooses to): its name and text.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
struct KeptFile {
    name: String,
    text: String,
}

#[derive(Clone, Copy)]
pub struct OfficeState {
    /// The office's id (`core::register`'s list of receiving offices), once picked.
    pub who: RwSignal<Option<String>>,
    /// Every package file read, in the order opened (a file opened twice is read once more).
    pub files: RwSignal<Vec<OpenedFile>>,
    pub progress: RwSignal<Option<Progress>>,
    /// Whether the package files are kept on this computer between visits.
    pub keep_packages: RwSignal<bool>,
    /// The last save did not reach local storage.
    pub save_failed: RwSignal<bool>,
    /// A message for the whole page after an action (deleted, exported, re-opened).
    pub status: RwSignal<Option<(bool, String)>>,
}

impl OfficeState {
    pub fn new() -> OfficeState {
        let unreadable = false;
        let keep_packages = storage::read(KEEP_KEY).as_deref() == Some("on");
        let files = if keep_packages {
            storage::read(PACKAGES_KEY)
                .and_then(|json| serde_json::from_str::<Vec<KeptFile>>(&json).ok())
                .unwrap_or_default()
                .into_iter()
                .map(|kept| OpenedFile { name: kept.name, text: Ok(kept.text) })
                .collect()
        } else {
            Vec::new()
        };
        let state = OfficeState {
            who: RwSignal::new(storage::read(WHO_KEY)),
            files: RwSignal::new(files),
            progress: RwSignal::new(None),
            keep_packages: RwSignal::new(keep_packages),
            save_failed: RwSignal::new(false),
            status: RwSignal::new(unreadable.then(|| {
                (false, "保存的受理记录无法读取，已另存（henan-filing.office.work-unreadable）。The saved work could not be read; it was kept aside.".to_string())
            })),
        };
        Effect::new(move |first_run: Option<()>| {
            let who = state.who.get();
            if first_run.is_none() {
                return;
            }
            match who {
                Some(who) => {
                    storage::write(WHO_KEY, &who);
                }
                None => storage::remove(WHO_KEY),
            }
        });
        Effect::new(move |first_run: Option<()>| {
            let keep = state.keep_packages.get();
            let kept = keep.then(|| {
                state.files.with(|files| {
                    let kept: Vec<KeptFile> = files.iter().filter_map(|file| Some(KeptFile { name: file.name.clone(), text: file.text.clone().ok()? })).collect();
                    serde_json::to_string(&kept).unwrap_or_default()
                })
            });
            if first_run.is_none() {
                return;
            }
            match kept {
                Some(json) => state.save_failed.set(!(storage::write(KEEP_KEY, "on") && storage::write(PACKAGES_KEY, &json))),
                None => {
                    storage::remove(KEEP_KEY);
                    storage::remove(PACKAGES_KEY);
                }
            }
        });
        state
    }

    pub fn use_context() -> OfficeState {
        expect_context::<OfficeState>()
    }

    /// Forgets everything the office page keeps: on this computer and in this tab.
    pub fn delete_everything(self) {
        storage::remove_with_prefix(OFFICE_KEY_PREFIX);
        self.files.set(Vec::new());
        self.progress.set(None);
        self.keep_packages.set(false);
        self.who.set(None);
    }
}
