//! Saving a file the page made (the calendar, the package) through the browser's download.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name`.
pub fn download_text(name: &str, mime: &str, text: &str) {
    download_parts(name, mime, &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text)));
}

/// Offers `parts` (strings or byte arrays) as one file: a link to a blob URL, put in the page,
/// clicked, then removed; the URL is released a while later, because some browsers (Safari,
/// Firefox) abort a download whose URL is revoked at once.
pub fn download_parts(name: &str, mime: &str, parts: &js_sys::Array) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let (Ok(link), Some(body)) = (document().create_element("a"), document().body()) {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            link.set_href(&url);
            link.set_download(name);
            link.set_hidden(true);
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    set_timeout(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    }, std::time::Duration::from_secs(60));
}
