//! The body of an office worker (`src/bin/filing_office.rs`, the export;
//! `src/bin/filing_office_import.rs`, the import): it only moves messages to its handler in
//! `office::protocol`, which is plain Rust and tested natively.

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

/// A handler of `office::protocol`: the request's JSON and the bytes beside it in, the reply's
/// JSON and the made file's bytes out.
pub type Handler = fn(&str, Option<&[u8]>) -> (String, Option<Vec<u8>>);

/// Answers every message of the worker's scope with `handle`, then says "ready".
pub fn serve(handle: Handler) {
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    // A message is [request JSON, bytes or null]; the reply is [reply JSON, bytes or null].
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let message = js_sys::Array::from(&event.data());
        let request = message.get(0).as_string().unwrap_or_default();
        let bytes = message.get(1).dyn_into::<js_sys::Uint8Array>().ok().map(|array| array.to_vec());
        let (reply, file) = handle(&request, bytes.as_deref());
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
