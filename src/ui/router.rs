//! Hash routing: `#/`, `#/procedure/<id>`.
//!
//! Why the hash and not leptos_router: the app must run from any static host and under any
//! sub-path without server rewrites; a hash route never reaches the server, so a reload or a
//! shared link always loads `index.html`. leptos_router 0.8 has no hash mode (upstream issue
//! leptos-rs/leptos#2184). The browser's own history gives the back button for free.

use leptos::prelude::*;

use crate::core::Procedure;

use super::store::Store;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    Procedure(&'static Procedure),
    NotFound,
}

impl Route {
    /// Parses the part of the URL after `#`.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        match path.split('/').collect::<Vec<_>>().as_slice() {
            [""] => Route::Start,
            ["procedure", id] => Procedure::by_id(id).map_or(Route::NotFound, Route::Procedure),
            _ => Route::NotFound,
        }
    }

    /// The `href` that leads to this route.
    pub fn href(self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_string(),
            Route::Procedure(procedure) => format!("#/procedure/{}", procedure.id),
        }
    }

    pub fn current() -> Route {
        Route::from_hash(&window().location().hash().unwrap_or_default())
    }
}

/// Follows `hashchange` (links, back and forward buttons) into the store.
pub fn follow_location_hash(store: Store) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        store.route.set(Route::current());
        // A new page: start at its top, like a real page load would.
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    // The listener lives as long as the app; the app lives as long as the page.
    std::mem::forget(handle);
}
