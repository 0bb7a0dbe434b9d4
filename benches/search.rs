//! Prints the time per occupation search over the whole table, natively.
//!
//! usage: cargo bench --bench search
//!
//! A benchmark prints and never fails on time: the tests assert behaviour, not speed. The target
//! is under 5 ms per keystroke in the browser (scripts/bench-search-browser.mjs measures there).

use std::{hint::black_box, time::Instant};

use henan_filing::core::reference::search::{SearchOptions, search_occupations};

/// Typical picker queries, one of each kind, as typed keystroke by keystroke would produce them.
const QUERIES: &[&str] =
    &["6", "6-18", "6-18-01-01", "车", "车工", "烹调", "c", "che", "chegong", "cg", "jsy", "zhongshipengtiao"];

fn main() {
    let options = SearchOptions::default();
    let all = SearchOptions { all_large_categories: true, ..SearchOptions::default() };
    const ROUNDS: u32 = 200;
    // The first pinyin search also expands the pinyin dictionary and finds the packed strings'
    // offsets: shown on its own.
    let started = Instant::now();
    black_box(search_occupations("cg", &options));
    println!(
        "first search (cg): {:.4} ms, including building the pinyin index",
        started.elapsed().as_secs_f64() * 1000.0
    );
    println!("occupation search, whole table, {ROUNDS} rounds per query (native, release)");
    let mut total = 0.0;
    for query in QUERIES {
        let hits = search_occupations(query, &options).len();
        let started = Instant::now();
        for _ in 0..ROUNDS {
            black_box(search_occupations(black_box(query), black_box(&options)));
        }
        let per_query_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(ROUNDS);
        total += per_query_ms;
        println!("{query:>18}  {hits:>5} hits  {per_query_ms:8.4} ms/query");
    }
    println!("{:>18}  {:>10}  {:8.4} ms/query", "mean", "", total / QUERIES.len() as f64);
    let started = Instant::now();
    for _ in 0..ROUNDS {
        black_box(search_occupations(black_box("g"), black_box(&all)));
    }
    let per_query_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(ROUNDS);
    println!("{:>18}  {:>10}  {per_query_ms:8.4} ms/query (all eight large categories)", "g", "");
}
