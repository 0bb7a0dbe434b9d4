//! The office page's state: who the office is, the package files read in this session, and the
//! office's own work (ticks, notes, receipt dates, decisions), saved to local storage at every
//! change. The packages themselves (with the institutions' personal data) stay in memory only,
//! unless the office chooses to keep them on this computer.
//!
//! Keys start with `henan-filing.office.`: "delete everything" here removes exactly them; the
//! self-check's "delete all my data" (every `henan-filing.` key) removes them too.

use leptos::prelude::*;

use crate::core::register::record::{PackageRecord, WorkRecord, read_work_record, write_work_record};
use crate::core::register::{Office, Register, RegisterBuilder, RegisterEntry, office_by_code};
use crate::ui::storage;

use super::open::{OpenedFile, Progress, yield_to_event_loop};

pub use crate::ui::store::OFFICE_KEY_PREFIX;
/// The work record (`core::register::record`), which also names the office ("who am I").
const WORK_KEY: &str = "henan-filing.office.work";
/// Where a saved work record that cannot be read is moved, so that it is never lost.
const UNREADABLE_WORK_KEY: &str = "henan-filing.office.work-unreadable";
/// How long the checking may hold the page before it pauses for the event loop (ms): the
/// progress bar moves and input is answered, however slow the computer.
const CHECK_SLICE_MS: f64 = 40.0;
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
    /// The office's own work, autosaved; its `office` is "who am I".
    pub work: RwSignal<WorkRecord>,
    /// The register of the files read, for the office chosen; `None` until one is built.
    pub register: RwSignal<Option<Register>>,
    /// Bumped by each rebuild, so an older one still running stops.
    generation: RwSignal<u64>,
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
        let (work, unreadable) = match storage::read(WORK_KEY) {
            None => (WorkRecord::default(), false),
            Some(json) => match read_work_record(&json) {
                Ok(work) => (work, false),
                Err(_) => {
                    storage::write(UNREADABLE_WORK_KEY, &json);
                    (WorkRecord::default(), true)
                }
            },
        };
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
            work: RwSignal::new(work),
            register: RwSignal::new(None),
            generation: RwSignal::new(0),
            files: RwSignal::new(files),
            progress: RwSignal::new(None),
            keep_packages: RwSignal::new(keep_packages),
            save_failed: RwSignal::new(false),
            status: RwSignal::new(unreadable.then(|| {
                (false, "保存的受理记录无法读取，已另存（henan-filing.office.work-unreadable）。The saved work could not be read; it was kept aside.".to_string())
            })),
        };
        // Autosave of the work: every change is written at once; an empty record leaves nothing.
        Effect::new(move |first_run: Option<()>| {
            let json = state.work.with(|work| (*work != WorkRecord::default()).then(|| write_work_record(work)));
            if first_run.is_none() {
                return;
            }
            match json {
                None => storage::remove(WORK_KEY),
                Some(json) => state.save_failed.set(!storage::write(WORK_KEY, &json)),
            }
        });
        // The register follows the office chosen: "ours" or "not ours" depends on it.
        let office = Memo::new(move |_| state.work.with(|work| work.office.clone()));
        Effect::new(move |_| {
            office.track();
            if state.files.with_untracked(|files| !files.is_empty()) {
                leptos::task::spawn_local(state.rebuild());
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
        storage::remove_with_prefix(OFFICE_KEY_PREFIX, None);
        self.files.set(Vec::new());
        self.progress.set(None);
        self.keep_packages.set(false);
        self.work.set(WorkRecord::default());
        self.register.set(None);
    }

    /// The office chosen ("who am I").
    pub fn office(self) -> Option<Office> {
        self.work.with(|work| work.office.as_deref().and_then(office_by_code))
    }

    /// Reads every file again into a register for the office chosen, a chunk at a time with
    /// the progress shown, and puts it in place when done.
    pub async fn rebuild(self) {
        let generation = self.generation.get_untracked() + 1;
        self.generation.set(generation);
        let office = self.work.with_untracked(|work| work.office.as_deref().and_then(office_by_code));
        let total = self.files.with_untracked(Vec::len);
        let mut builder = RegisterBuilder::new(office);
        self.progress.set(Some(Progress { done: 0, total, checking: true }));
        let mut slice_started = js_sys::Date::now();
        for index in 0..total {
            self.files.with_untracked(|files| match files.get(index).map(|file| (&file.name, &file.text)) {
                Some((name, Ok(text))) => builder.add(name, text),
                Some((name, Err(reason))) => builder.refuse(name, reason),
                None => {}
            });
            if js_sys::Date::now() - slice_started > CHECK_SLICE_MS {
                self.progress.set(Some(Progress { done: index + 1, total, checking: true }));
                yield_to_event_loop().await;
                slice_started = js_sys::Date::now();
                if self.generation.get_untracked() != generation {
                    return;
                }
            }
        }
        self.register.set(Some(builder.finish()));
        self.progress.set(Some(Progress { done: total, total, checking: true }));
    }

    /// Changes the office's record of one package, created on first use with the file's name
    /// and the institution (for a person reading the exported record).
    pub fn update_record(self, entry: &RegisterEntry, change: impl FnOnce(&mut PackageRecord)) {
        let (code, file_name, institution) = (entry.code.clone(), entry.file_name.clone(), entry.institution.name.clone());
        self.work.update(|work| {
            let record = work.package_mut(&code);
            if record.file_name.is_empty() {
                record.file_name = file_name;
            }
            if record.institution.is_empty() {
                record.institution = institution;
            }
            change(record);
        });
    }
}
