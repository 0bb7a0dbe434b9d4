//! The office worker: DOCX and XLSX export and spreadsheet import, in a web worker of its own.
//! Trunk builds it from `forms.html` (`data-type="worker"`); the forms page starts it only when
//! the user asks for an office file, so the libraries it carries are never part of a page load.
//! It only moves messages: the work is `henan_filing::office::protocol::handle`, tested natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};

    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    // A message is [request JSON, bytes or null]; the reply is [reply JSON, bytes or null].
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let message = js_sys::Array::from(&event.data());
        let request = message.get(0).as_string().unwrap_or_default();
        let bytes = message.get(1).dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec());
        let (reply, file) = henan_filing::office::protocol::handle(&request, bytes.as_deref());
        let file = file.map_or(JsValue::NULL, |file| js_sys::Uint8Array::from(file.as_slice()).into());
        let _ = reply_to.post_message(&js_sys::Array::of2(&JsValue::from_str(&reply), &file));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // The wasm starts a while after the worker: a message sent before this handler existed
    // would be lost, so the page waits for this word before it asks anything.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("filing-office is the web app's office worker: serve the app with ./scripts/serve.sh (see README.md)");
    std::process::exit(2);
}
