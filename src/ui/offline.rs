//! The service worker that keeps the app working offline (`dist/sw.js`, written from the build
//! output by `scripts/postbuild.mjs`): registering it, noticing a new version, and taking it
//! when the user asks.
//!
//! A new version installs beside the running one and waits; the page only says so
//! (`components/update_notice.rs`). Reloading is the user's choice, because a reload in the
//! middle of typing would be a surprise; drafts are in localStorage, which no worker touches.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Relative, so the scope is the page's own folder under whatever sub-path the host serves it.
/// The forms page, one folder down, registers `../sw.js`: the same worker, the same scope.
pub const WORKER_URL: &str = "./sw.js";

/// The browser's service-worker container, if it offers one here: not in an insecure context
/// (plain http on a non-local host), not in a sandboxed iframe, not in old browsers.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!container.is_undefined() && !container.is_null()).then(|| container.unchecked_into())
}

fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(text));
}

/// Registers the worker and sets `update_ready` once a new version is installed and waiting
/// while an older one runs this page. Without service workers the app stays online-only, and
/// `offline_unavailable` is set so that the page can say so.
pub fn register_service_worker(worker_url: &'static str, update_ready: RwSignal<bool>, offline_unavailable: RwSignal<bool>) {
    let Some(container) = container() else {
        offline_unavailable.set(true);
        return;
    };
    leptos::task::spawn_local(async move {
        let registration: ServiceWorkerRegistration = match JsFuture::from(container.register(worker_url)).await {
            Ok(registration) if registration.is_object() => registration.unchecked_into(),
            // A browser that blocks workers by policy may resolve with nothing at all.
            outcome => {
                warn(&format!("offline use is not available: service worker not registered ({:?})", outcome.err()));
                offline_unavailable.set(true);
                return;
            }
        };
        // A version may already be waiting (found on an earlier visit) or installing now.
        if registration.waiting().is_some() && container.controller().is_some() {
            update_ready.set(true);
        }
        if let Some(installing) = registration.installing() {
            watch_installing(&container, installing, update_ready);
        }
        let on_update_found = {
            let container = container.clone();
            let registration = registration.clone();
            Closure::<dyn FnMut()>::new(move || {
                if let Some(installing) = registration.installing() {
                    watch_installing(&container, installing, update_ready);
                }
            })
        };
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_update_found.forget();
    });
}

/// A worker that reaches "installed" while the page already has a controller is a new version
/// waiting for the user. (On the very first visit there is no controller, so no notice.)
fn watch_installing(container: &ServiceWorkerContainer, worker: ServiceWorker, update_ready: RwSignal<bool>) {
    let container = container.clone();
    let watched = worker.clone();
    let on_state_change = Closure::<dyn FnMut()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            update_ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

/// The user chose to reload: the waiting version takes over, then the page reloads once, into
/// it. If no version is waiting (another tab took it already), it just reloads.
pub fn take_update() {
    let reload = || {
        let _ = window().location().reload();
    };
    let Some(container) = container() else { return reload() };
    leptos::task::spawn_local(async move {
        let registration =
            JsFuture::from(container.get_registration()).await.ok().filter(|value| !value.is_undefined());
        let waiting = registration.and_then(|value| value.unchecked_into::<ServiceWorkerRegistration>().waiting());
        let Some(waiting) = waiting else { return reload() };
        let on_controller_change = Closure::once_into_js(reload);
        container.set_oncontrollerchange(Some(on_controller_change.unchecked_ref()));
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
        if waiting.post_message(&message).is_err() {
            reload();
        }
    });
}
