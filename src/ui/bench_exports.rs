//! Benchmark entry points for `scripts/bench-search-browser.mjs`, which calls them through
//! `window.wasmBindings` (Trunk exposes the wasm-bindgen exports there) in headless Chromium.
//!
//! They measure the real release wasm rather than a separate bench build, so the figure is what a
//! user's keystroke costs. They print nothing and change no state; the app never calls them.

use wasm_bindgen::prelude::*;

use crate::core::reference::search::{SearchOptions, search_occupations};

/// The same picker queries as `benches/search.rs`, so native and browser figures compare.
const QUERIES: &[&str] =
    &["6", "6-18", "6-18-01-01", "车", "车工", "烹调", "c", "che", "chegong", "cg", "jsy", "zhongshipengtiao"];

fn now_ms() -> f64 {
    web_sys::window().and_then(|window| window.performance()).map_or(0.0, |performance| performance.now())
}

/// Runs every benchmark query `rounds` times over the whole table; returns the mean ms per query.
#[wasm_bindgen]
pub fn bench_search_occupations(rounds: u32) -> f64 {
    let options = SearchOptions::default();
    let started = now_ms();
    let mut hits = 0;
    for _ in 0..rounds {
        for query in QUERIES {
            hits += search_occupations(query, &options).len();
        }
    }
    let elapsed = now_ms() - started;
    // Keeps the optimiser from dropping the searches.
    if hits == usize::MAX {
        return f64::NAN;
    }
    elapsed / f64::from(rounds.max(1)) / QUERIES.len() as f64
}

/// Runs one query `rounds` times; returns the mean ms per query.
#[wasm_bindgen]
pub fn bench_search_query(query: &str, rounds: u32) -> f64 {
    let options = SearchOptions::default();
    let started = now_ms();
    let mut hits = 0;
    for _ in 0..rounds {
        hits += search_occupations(query, &options).len();
    }
    let elapsed = now_ms() - started;
    if hits == usize::MAX {
        return f64::NAN;
    }
    elapsed / f64::from(rounds.max(1))
}
