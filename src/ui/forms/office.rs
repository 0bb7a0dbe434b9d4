//! Office files on the forms page: DOCX and XLSX downloads of a form, and rows of 附件5 and 附件6
//! from a spreadsheet. The work happens in the office workers (`src/bin/filing_office.rs`, the
//! export; `src/bin/filing_office_import.rs`, the import), each started the first time the user
//! asks for it, so their libraries are never part of a page load.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;

use crate::core::evaluate::Text;
use crate::core::forms::staff::StaffTable;
use crate::core::forms::{FormId, FormSet};
use crate::core::package::{PERSONAL_DATA_NOTICE, write_package};
use crate::office::OfficeFormat;
use crate::office::import::{ImportTarget, Imported};
use crate::office::protocol::{Reply, Request, Worker};
use crate::ui::i18n::{FormsMsg, t, tr};
use crate::ui::store::Store;

use super::state::FormsState;

/// Trunk's loaders for the workers, beside the forms page (`data-loader-shim` in forms.html):
/// the export and the import are workers of their own, as they are never needed together.
/// The folder is the forms page's, from the page in use (`./`, or `../forms/` on the office page).
fn worker_url(kind: Worker) -> String {
    let folder = WORKER_FOLDER.with(std::cell::Cell::get);
    match kind {
        Worker::Export => format!("{folder}filing-office_loader.js"),
        Worker::Import => format!("{folder}filing-office-import_loader.js"),
    }
}
/// How long a worker may take to start (it fetches some hundred KB once), and to answer.
const START_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);
const REPLY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

thread_local! {
    static WORKERS: RefCell<[Option<web_sys::Worker>; 2]> = const { RefCell::new([None, None]) };
    /// The forms page's folder from the page in use: the office page starts the forms page's workers.
    static WORKER_FOLDER: std::cell::Cell<&'static str> = const { std::cell::Cell::new("./") };
}

/// Starts the workers from the forms page's `folder` rather than beside the page (the office
/// page: `../forms/`).
pub(crate) fn use_workers_in(folder: &'static str) {
    WORKER_FOLDER.with(|slot| slot.set(folder));
}

fn slot(kind: Worker) -> usize {
    match kind {
        Worker::Export => 0,
        Worker::Import => 1,
    }
}

/// The worker, started on first use; it answers only once its wasm runs, which it says with a
/// first message ("ready"), so the first request waits for that.
async fn worker(kind: Worker) -> Result<web_sys::Worker, String> {
    if let Some(worker) = WORKERS.with(|slots| slots.borrow()[slot(kind)].clone()) {
        return Ok(worker);
    }
    let worker = web_sys::Worker::new(&worker_url(kind)).map_err(|error| format!("{error:?}"))?;
    if JsFuture::from(next_message(&worker, START_TIMEOUT)).await.is_err() {
        // It could not load (offline before its first download, a policy that forbids it):
        // stopped, and started afresh at the next request.
        worker.terminate();
        return Err("the office worker did not start".to_string());
    }
    WORKERS.with(|slots| slots.borrow_mut()[slot(kind)] = Some(worker.clone()));
    Ok(worker)
}
/// The worker's next message, or a rejection on its error or after `timeout`: a worker that
/// fails never leaves the page waiting.
fn next_message(worker: &web_sys::Worker, timeout: std::time::Duration) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        let on_error = {
            let reject = reject.clone();
            Closure::once_into_js(move |event: JsValue| {
                let _ = reject.call1(&JsValue::NULL, &event);
            })
        };
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
        // Rejecting a promise already settled does nothing.
        set_timeout(move || {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("timeout"));
        }, timeout);
    })
}

/// Forgets a worker that failed, so the next request starts a new one.
fn drop_worker(kind: Worker) {
    if let Some(worker) = WORKERS.with(|slots| slots.borrow_mut()[slot(kind)].take()) {
        worker.terminate();
    }
}

/// Sends one request to the worker and waits for its reply (one at a time: the buttons are
/// disabled while a request runs).
pub(crate) async fn ask(request: &Request, bytes: Option<&[u8]>) -> Result<(Reply, Option<Vec<u8>>), String> {
    let kind = request.worker();
    let worker = worker(kind).await?;
    let request = serde_json::to_string(request).map_err(|error| error.to_string())?;
    let reply = next_message(&worker, REPLY_TIMEOUT);
    let file = bytes.map_or(JsValue::NULL, |bytes| js_sys::Uint8Array::from(bytes).into());
    worker.post_message(&js_sys::Array::of2(&JsValue::from_str(&request), &file)).map_err(|error| format!("{error:?}"))?;
    let message = match JsFuture::from(reply).await {
        Ok(message) => message,
        Err(_) => {
            drop_worker(kind);
            return Err("the office worker stopped".to_string());
        }
    };
    let message = js_sys::Array::from(&message);
    let reply: Reply = serde_json::from_str(&message.get(0).as_string().unwrap_or_default()).map_err(|error| error.to_string())?;
    let bytes = message.get(1).dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec());
    Ok((reply, bytes))
}

/// The package as it stands, for the worker (the facts may be missing: an office filling in
/// 附件7 or 附件8 has no self-check, and its files need none).
fn current_package(state: FormsState, store: Store) -> String {
    let facts = state.facts.get_untracked().unwrap_or_else(placeholder_facts);
    let now = crate::ui::clock::now();
    let mut package = state.package(store, facts, now);
    package.touch(now);
    write_package(&package)
}

/// Facts for an office's own tables (附件7, 附件8), which read none: any complete facts do.
pub(crate) fn placeholder_facts() -> crate::core::facts::Facts {
    let draft = crate::core::interview::Draft {
        procedure: Some("renewal".into()),
        filed_as: Some(crate::core::facts::ApplicantKind::Employer),
        legal_form: Some(crate::core::facts::LegalForm::Enterprise),
        application_date: Some(crate::ui::clock::today()),
        ..Default::default()
    };
    draft.facts().expect("renewal, employer, enterprise and a date are complete facts")
}

fn format_label(format: OfficeFormat) -> FormsMsg {
    match format {
        OfficeFormat::Docx => FormsMsg::DownloadDocx,
        OfficeFormat::Xlsx => FormsMsg::DownloadXlsx,
    }
}

/// Whether a form's office file carries ID numbers (附件1's legal representative, 附件6).
fn has_personal_data(forms: &FormSet, form: FormId) -> bool {
    match form {
        FormId::Application => forms.application.as_ref().is_some_and(|form| !form.legal_representative.id_number.trim().is_empty()),
        FormId::Staff => forms.contains_personal_data() && forms.staff.is_some(),
        _ => false,
    }
}

/// The office files of one form, as download buttons.
#[component]
pub fn OfficeDownloads(
    form: FormId,
    /// The form's empty file (`#/blank/<form>`): the user's forms are not sent.
    #[prop(optional)]
    blank: bool,
) -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    let busy = state.office_busy;
    let message = RwSignal::new(None::<(bool, String)>);
    let download = move |format: OfficeFormat| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        message.set(Some((true, t(lang(), FormsMsg::OfficeWorking).to_string())));
        // The blank file: an empty package (protocol::Request::Export), and no code.
        let package = if blank { String::new() } else { current_package(state, store) };
        let package_code = if blank { None } else { state.package_code().map(|code| code.to_string()) };
        let request = Request::Export { form, format, package, today: crate::core::iso_date::format(crate::ui::clock::today()), package_code };
        let personal = !blank && state.forms.with_untracked(|forms| has_personal_data(forms, form));
        leptos::task::spawn_local(async move {
            let outcome = match ask(&request, None).await {
                Ok((Reply::Exported { name, mime }, Some(bytes))) => {
                    crate::ui::download::download_parts(&name, &mime, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice())));
                    let mut text = t(lang(), FormsMsg::PackageSaved).replace("{file}", &name);
                    if personal {
                        text = format!("{text} {}", PERSONAL_DATA_NOTICE.get(lang()));
                    }
                    (true, text)
                }
                Ok((Reply::Failed { reason }, _)) => (false, reason.get(lang()).to_string()),
                Ok(_) => (false, t(lang(), FormsMsg::OfficeFailed).to_string()),
                Err(error) => (false, format!("{} ({error})", t(lang(), FormsMsg::OfficeFailed))),
            };
            message.set(Some(outcome));
            busy.set(false);
        });
    };
    let formats = crate::office::formats(form);
    (!formats.is_empty()).then(|| view! {
        <section class="form-section no-print" aria-labelledby="office-files">
            <h2 id="office-files">{tr(FormsMsg::OfficeFilesHeading)}</h2>
            {(!blank).then(|| view! { <p class="hint">{tr(FormsMsg::OfficeFilesHint)}</p> })}
            <div class="actions">
                {formats.iter().map(|&format| view! {
                    <button type="button" class="button button--secondary" disabled=move || busy.get() on:click=move |_| download(format)>
                        {tr(format_label(format))}
                    </button>
                }).collect_view()}
            </div>
            <div role="status" aria-live="polite">
                {move || message.get().map(|(ok, text)| view! { <p class=if ok { "notice" } else { "error-message" }>{text}</p> })}
            </div>
        </section>
    })
}

/// Rows of 附件5 or of one of 附件6's tables from an XLSX or CSV file: what was read, each row
/// left out with its reason, and the rows taken only when the user confirms.
#[component]
pub fn SpreadsheetImport(form: FormId) -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    let target = RwSignal::new(if form == FormId::Equipment { ImportTarget::Equipment } else { ImportTarget::Workers });
    let busy = state.office_busy;
    // A message about the last file: (whether it is good news, the text).
    let failure = RwSignal::new(None::<(bool, Text)>);
    let result = RwSignal::new(None::<(String, ImportTarget, Imported)>);
    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        result.set(None);
        failure.set(None);
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let chosen = target.get_untracked();
        leptos::task::spawn_local(async move {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    failure.set(Some((false, Text::new(format!("无法读取文件“{}”", file.name()), format!("the file {} could not be read", file.name())))));
                    busy.set(false);
                    return;
                }
            };
            match ask(&Request::Import { target: chosen, file_name: file.name(), today: crate::core::iso_date::format(crate::ui::clock::today()) }, Some(&bytes)).await {
                Ok((Reply::Imported { imported }, _)) => result.set(Some((file.name(), chosen, imported))),
                Ok((Reply::Failed { reason }, _)) => failure.set(Some((false, reason))),
                Ok(_) | Err(_) => failure.set(Some((false, Text::new(t(crate::core::Lang::ZhCn, FormsMsg::OfficeFailed), t(crate::core::Lang::En, FormsMsg::OfficeFailed))))),
            }
            busy.set(false);
        });
    };
    let take = move |_| {
        let Some((_, chosen, imported)) = result.get_untracked() else { return };
        state.forms.update(|forms| match chosen.staff_table() {
            None => {
                if let Some(list) = forms.equipment.as_mut() {
                    list.groups = imported.equipment.clone();
                }
            }
            Some(table) => {
                if let Some(staff) = forms.staff.as_mut() {
                    *staff.table_mut(table) = imported.staff.clone();
                }
            }
        });
        result.set(None);
        failure.set(Some((true, Text::new(
            format!("已导入{}行。", imported.rows_taken()),
            format!("{} rows imported.", imported.rows_taken()),
        ))));
    };
    let existing = move |chosen: ImportTarget| {
        state.forms.with(|forms| match chosen.staff_table() {
            None => forms.equipment.as_ref().map_or(0, |list| list.groups.iter().map(|group| group.items.len()).sum()),
            Some(table) => forms.staff.as_ref().map_or(0, |staff| staff.table(table).len()),
        })
    };
    view! {
        <section class="form-section no-print" aria-labelledby="spreadsheet-import">
            <h2 id="spreadsheet-import">{tr(FormsMsg::ImportRowsHeading)}</h2>
            <p class="hint">{tr(if form == FormId::Equipment { FormsMsg::ImportEquipmentHint } else { FormsMsg::ImportStaffHint })}</p>
            {(form == FormId::Staff).then(|| view! {
                <div class="field">
                    <label class="field__label" for="import-table">{tr(FormsMsg::ImportIntoTable)}</label>
                    <select class="select" id="import-table" on:change=move |event| {
                        let index: usize = event_target_value(&event).parse().unwrap_or(0);
                        target.set(ImportTarget::from_staff_table(StaffTable::ALL[index.min(3)]));
                        // A file read for another table is not offered for this one.
                        result.set(None);
                    }>
                        {StaffTable::ALL.into_iter().enumerate().map(|(index, table)| view! {
                            <option value=index.to_string()>{move || table.title().get(lang())}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            <div class="field">
                <label class="field__label" for="import-rows-file">{tr(FormsMsg::ImportRowsFile)}</label>
                <input class="file-input" type="file" id="import-rows-file" accept=".xlsx,.csv" disabled=move || busy.get() on:change=on_file/>
            </div>
            <div role="status" aria-live="polite" class="import-report">
                {move || failure.get().map(|(good, text)| view! { <p class=if good { "notice" } else { "error-message" }>{text.get(lang()).to_string()}</p> })}
                {move || result.get().map(|(file_name, chosen, imported)| {
                    let taken = imported.rows_taken();
                    let table_name = match chosen.staff_table() {
                        Some(table) => table.title().get(lang()).to_string(),
                        None => FormId::Equipment.title().get(lang()).to_string(),
                    };
                    let file_label = match &imported.sheet {
                        Some(sheet) => format!("{file_name}（{sheet}）"),
                        None => file_name.clone(),
                    };
                    view! {
                        <div class="notice notice--warning">
                            <p>{t(lang(), FormsMsg::ImportRowsRead)
                                .replace("{file}", &file_label)
                                .replace("{read}", &imported.rows_read.to_string())
                                .replace("{taken}", &taken.to_string())}</p>
                            {(!imported.missing_columns.is_empty()).then(|| view! {
                                <p>{t(lang(), FormsMsg::ImportMissingColumns).replace("{columns}", &imported.missing_columns.join("、"))}</p>
                            })}
                            {(!imported.problems.is_empty()).then(|| view! {
                                <p>{tr(FormsMsg::ImportRowsLeftOut)}</p>
                                <ul class="import-problems">
                                    {imported.problems.iter().map(|problem| view! {
                                        <li>{t(lang(), FormsMsg::RowNumber).replace("{n}", &problem.row.to_string())}"："{problem.message.get(lang()).to_string()}</li>
                                    }).collect_view()}
                                </ul>
                            })}
                            <div class="actions">
                                {(taken > 0).then(|| view! {
                                    <button type="button" class="button button--warning" on:click=take>
                                        {move || t(lang(), FormsMsg::ImportRowsTake)
                                            .replace("{taken}", &taken.to_string())
                                            .replace("{table}", &table_name)
                                            .replace("{existing}", &existing(chosen).to_string())}
                                    </button>
                                })}
                                <button type="button" class="button button--secondary" on:click=move |_| result.set(None)>{tr(FormsMsg::Cancel)}</button>
                            </div>
                        </div>
                    }
                })}
            </div>
        </section>
    }
}
