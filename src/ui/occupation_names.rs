//! The occupation names and pinyin for the self-check's wasm, which is built without them
//! (feature `occupation-names-file`, `core::reference::occupation::NAMES_FILE`): fetched from
//! beside the page when the occupation question is first shown. The forms page and its export
//! worker are built without them too but have no occupation question and show no name from the
//! table, so they never fetch the file; the other builds have them compiled in, and there the
//! state is `Ready` from the start.

use leptos::prelude::*;

use crate::core::reference::occupation;

/// Where the names are.
// Only `Ready` is reached where the names are compiled in.
#[cfg_attr(not(feature = "occupation-names-file"), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamesState {
    /// Not needed yet: no page has asked.
    NotAsked,
    Loading,
    Ready,
    /// The file could not be fetched or read (offline before it was ever kept, or a broken
    /// file): the picker says so and offers to try again.
    Failed,
}

pub fn initial() -> NamesState {
    if occupation::names_available() { NamesState::Ready } else { NamesState::NotAsked }
}

/// Starts fetching the names unless they are there or on their way.
pub fn ensure_loaded(state: RwSignal<NamesState>) {
    if !matches!(state.get_untracked(), NamesState::NotAsked | NamesState::Failed) {
        return;
    }
    #[cfg(feature = "occupation-names-file")]
    {
        state.set(NamesState::Loading);
        leptos::task::spawn_local(async move {
            state.set(if load().await { NamesState::Ready } else { NamesState::Failed });
        });
    }
}

/// Fetches and installs the file (where the names are compiled in, they are simply there); a
/// failure is reported in the console. The benchmark scripts await it through
/// `bench_load_occupation_names`.
pub async fn load() -> bool {
    if occupation::names_available() {
        return true;
    }
    #[cfg(feature = "occupation-names-file")]
    return match crate::ui::site::fetch_own_file(occupation::NAMES_FILE).await {
        Some(text) => occupation::install_names_file(text)
            .map_err(|reason| web_sys::console::error_1(&format!("{}: {reason}", occupation::NAMES_FILE).into()))
            .is_ok(),
        None => false,
    };
    #[cfg(not(feature = "occupation-names-file"))]
    false
}
