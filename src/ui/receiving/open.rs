//! Opening many package files at once: a multi-file picker, a folder picker (`webkitdirectory`)
//! and drag-and-drop of files or whole folders (`DataTransferItem.webkitGetAsEntry`, walked
//! recursively). The files are read as text a chunk at a time, with a pause for the event loop
//! between chunks, so the progress bar moves and the page answers while hundreds are read.
//! What the texts mean is the core's business (`core::register`); this only gathers them.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;

use super::l;

/// One file as read: its name (with its folder, when a folder was opened) and its text, or why
/// it could not be read.
#[derive(Clone, Debug)]
pub struct OpenedFile {
    pub name: String,
    pub text: Result<String, String>,
}

/// How far the reading is: files read (or, `checking`, packages checked) of files found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub checking: bool,
}

/// Files read between two pauses: small enough that a frame is never held long.
const CHUNK: usize = 25;
/// Package files are small (tens of KB); anything larger is not one, and is not read whole.
const MAX_FILE_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

/// Lets the browser paint and handle input before the next chunk.
pub async fn yield_to_event_loop() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// The name a file is listed by: its path inside the opened folder when there is one.
fn display_name(file: &web_sys::File) -> String {
    let relative = js_sys::Reflect::get(file, &JsValue::from_str("webkitRelativePath")).ok().and_then(|value| value.as_string()).unwrap_or_default();
    if relative.is_empty() { file.name() } else { relative }
}

/// Only `.json` files are packages; a folder also holds the DOCX, PDF and scans beside them.
/// ASCII lowering: the suffix is ASCII, and `to_lowercase` would bring the Unicode case tables
/// into the wasm (issue 16).
fn is_package_name(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".json")
}

/// Reads `files` (named) a chunk at a time, telling `progress` as it goes. The files of a chunk
/// are read at once (one file after another waits on the disk each time: seconds for a
/// thousand), and the page gets the event loop between chunks.
pub async fn read_files(files: Vec<(String, web_sys::File)>, progress: RwSignal<Option<Progress>>) -> Vec<OpenedFile> {
    let total = files.len();
    progress.set(Some(Progress { done: 0, total, checking: false }));
    let mut opened = Vec::with_capacity(total);
    for chunk in files.chunks(CHUNK) {
        let reads = js_sys::Array::new();
        for (_, file) in chunk {
            let read = if file.size() > MAX_FILE_BYTES {
                js_sys::Promise::reject(&JsValue::from_str(&format!("{} MB", (file.size() / 1024.0 / 1024.0).round())))
            } else {
                file.text()
            };
            reads.push(&read);
        }
        // allSettled: one file that cannot be read does not stop the others.
        let settled = JsFuture::from(js_sys::Promise::all_settled(&reads)).await.map(|settled| js_sys::Array::from(&settled)).unwrap_or_default();
        for (index, (name, _)) in chunk.iter().enumerate() {
            let outcome = settled.get(index as u32);
            let field = |key: &str| js_sys::Reflect::get(&outcome, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
            let text = match field("value").as_string() {
                Some(text) => Ok(text),
                None => {
                    let reason = field("reason");
                    Err(reason.as_string().or_else(|| reason.dyn_ref::<js_sys::Error>().map(|error| String::from(error.message()))).unwrap_or_else(|| "the file cannot be read".to_string()))
                }
            };
            opened.push(OpenedFile { name: name.clone(), text });
        }
        progress.set(Some(Progress { done: opened.len(), total, checking: false }));
        yield_to_event_loop().await;
    }
    opened
}

/// The package files of a `<input type=file>`'s selection (files or a folder's contents).
pub fn files_of_input(input: &web_sys::HtmlInputElement) -> Vec<(String, web_sys::File)> {
    let Some(list) = input.files() else { return Vec::new() };
    (0..list.length()).filter_map(|index| list.get(index)).map(|file| (display_name(&file), file)).filter(|(name, _)| is_package_name(name)).collect()
}

/// The package files of a drop: plain files, and every file inside dropped folders, however deep.
pub async fn files_of_drop(transfer: web_sys::DataTransfer) -> Vec<(String, web_sys::File)> {
    // The entries must be taken during the drop event's own turn; the walk may wait afterwards.
    let items = transfer.items();
    let mut entries = Vec::new();
    let mut plain = Vec::new();
    for index in 0..items.length() {
        let Some(item) = items.get(index) else { continue };
        if item.kind() != "file" {
            continue;
        }
        match item.webkit_get_as_entry() {
            Ok(Some(entry)) => entries.push(entry),
            _ => {
                if let Ok(Some(file)) = item.get_as_file() {
                    plain.push((file.name(), file));
                }
            }
        }
    }
    let mut found = plain;
    while let Some(entry) = entries.pop() {
        if entry.is_directory() {
            let directory: web_sys::FileSystemDirectoryEntry = entry.unchecked_into();
            entries.extend(read_directory(&directory).await);
        } else if entry.is_file() {
            let path = entry.full_path().trim_start_matches('/').to_string();
            if !is_package_name(&path) {
                continue;
            }
            let file_entry: web_sys::FileSystemFileEntry = entry.unchecked_into();
            if let Some(file) = file_of_entry(&file_entry).await {
                found.push((path, file));
            }
        }
    }
    found.retain(|(name, _)| is_package_name(name));
    crate::core::sort::sort_by(&mut found, &|a, b| a.0.cmp(&b.0));
    found
}

/// Every entry of a folder: `readEntries` gives them a batch at a time, until an empty batch.
async fn read_directory(directory: &web_sys::FileSystemDirectoryEntry) -> Vec<web_sys::FileSystemEntry> {
    let reader = directory.create_reader();
    let mut all = Vec::new();
    loop {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let on_entries = Closure::once_into_js(move |entries: JsValue| {
                let _ = resolve.call1(&JsValue::NULL, &entries);
            });
            let on_error = Closure::once_into_js(move |error: JsValue| {
                let _ = reject.call1(&JsValue::NULL, &error);
            });
            let _ = reader.read_entries_with_callback_and_callback(on_entries.unchecked_ref(), on_error.unchecked_ref());
        });
        let Ok(batch) = JsFuture::from(promise).await else { break };
        let batch = js_sys::Array::from(&batch);
        if batch.length() == 0 {
            break;
        }
        all.extend(batch.iter().map(|entry| entry.unchecked_into::<web_sys::FileSystemEntry>()));
    }
    all
}

async fn file_of_entry(entry: &web_sys::FileSystemFileEntry) -> Option<web_sys::File> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_file = Closure::once_into_js(move |file: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &file);
        });
        let on_error = Closure::once_into_js(move |error: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        entry.file_with_callback_and_callback(on_file.unchecked_ref(), on_error.unchecked_ref());
    });
    JsFuture::from(promise).await.ok().map(|file| file.unchecked_into())
}

/// The picker, the folder picker and the drop zone, with the progress bar. `on_files` gets the
/// files found, to read; it runs once per choice or drop.
#[component]
pub fn OpenPackages(#[prop(into)] on_files: Callback<Vec<(String, web_sys::File)>>, progress: RwSignal<Option<Progress>>) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let on_input = move |event: leptos::ev::Event| {
        let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let files = files_of_input(&input);
        // Choosing the same files again must read them again.
        input.set_value("");
        on_files.run(files);
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let Some(transfer) = event.data_transfer() else { return };
        leptos::task::spawn_local(async move {
            let files = files_of_drop(transfer).await;
            on_files.run(files);
        });
    };
    let folder_input = NodeRef::<leptos::html::Input>::new();
    // `webkitdirectory` is not a standard attribute Leptos knows; it is set on the element.
    folder_input.on_load(|input| {
        let _ = input.set_attribute("webkitdirectory", "");
    });
    view! {
        <section class="office-open" aria-labelledby="office-open-heading">
            <h2 id="office-open-heading">{l("打开申报包", "Open packages")}</h2>
            <div
                class="office-drop"
                class:office-drop--over=move || dragging.get()
                on:dragover=move |event: leptos::ev::DragEvent| { event.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p>{l("把申报包文件（.json）或整个文件夹拖到这里，或：", "Drop package files (.json) or a whole folder here, or:")}</p>
                <div class="actions">
                    <label class="button button--secondary office-file-button">
                        {l("选择文件", "Choose files")}
                        <input class="visually-hidden" type="file" multiple accept=".json,application/json" data-testid="open-files" on:change=on_input/>
                    </label>
                    <label class="button button--secondary office-file-button">
                        {l("选择文件夹", "Choose a folder")}
                        <input class="visually-hidden" type="file" multiple node_ref=folder_input data-testid="open-folder" on:change=on_input/>
                    </label>
                </div>
            </div>
            <div role="status" aria-live="polite">
                {move || progress.get().map(|Progress { done, total, checking }| view! {
                    <label class="office-progress">
                        <span>{move || {
                            let what = if checking { l("已核查", "Checked") } else { l("已读取", "Read") };
                            format!("{} {done} / {total}", what.get())
                        }}</span>
                        <progress max=total.max(1).to_string() value=done.to_string()></progress>
                    </label>
                })}
            </div>
        </section>
    }
}
