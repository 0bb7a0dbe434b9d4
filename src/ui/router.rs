//! Hash routing: `#/`, `#/procedure/<id>`, `#/check/<page>`, `#/review`, `#/result`.
//!
//! Why the hash and not leptos_router: the app must run from any static host and under any
//! sub-path without server rewrites; a hash route never reaches the server, so a reload or a
//! shared link always loads `index.html`. leptos_router 0.8 has no hash mode (upstream issue
//! leptos-rs/leptos#2184). The browser's own history gives the back button for free.

use leptos::prelude::*;

use crate::core::{Procedure, interview::QuestionPage};

use super::store::Store;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Start,
    /// A procedure's start page: who it is for, and the button that starts the self-check.
    Procedure(&'static Procedure),
    /// A question page of the self-check; `from_review` returns to the review page after it.
    Question { page: QuestionPage, from_review: bool },
    /// "Check your answers".
    Review,
    Result,
    NotFound,
}

impl Route {
    /// Parses the part of the URL after `#`.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let from_review = query.split('&').any(|pair| pair == "from=review");
        match path.trim_end_matches('/').split('/').collect::<Vec<_>>().as_slice() {
            [""] => Route::Start,
            ["procedure", id] => Procedure::by_id(id).map_or(Route::NotFound, Route::Procedure),
            ["check", slug] => QuestionPage::from_slug(slug).map_or(Route::NotFound, |page| Route::Question { page, from_review }),
            ["review"] => Route::Review,
            ["result"] => Route::Result,
            _ => Route::NotFound,
        }
    }

    /// The `href` that leads to this route.
    pub fn href(self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_string(),
            Route::Procedure(procedure) => format!("#/procedure/{}", procedure.id),
            Route::Question { page, from_review: false } => format!("#/check/{}", page.slug()),
            Route::Question { page, from_review: true } => format!("#/check/{}?from=review", page.slug()),
            Route::Review => "#/review".to_string(),
            Route::Result => "#/result".to_string(),
        }
    }

    pub fn current() -> Route {
        Route::from_hash(&window().location().hash().unwrap_or_default())
    }
}

/// Goes to a route as a link would (a new history entry, so the back button returns).
pub fn go(route: Route) {
    let _ = window().location().set_hash(&route.href());
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
