//! Saving a file the page made (the calendar, the package) through the browser's download.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name`: a link to a blob URL, clicked, then released.
pub fn download_text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document().create_element("a") {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() {
            link.set_href(&url);
            link.set_download(name);
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
