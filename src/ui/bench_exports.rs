//! Benchmark entry points for `scripts/bench-search-browser.mjs`, which calls them through
//! `window.wasmBindings` (Trunk exposes the wasm-bindgen exports there) in headless Chromium.
//!
//! They measure the real release wasm rather than a separate bench build, so the figure is what a
//! user's keystroke costs. They print nothing and change no state; the app never calls them.

use wasm_bindgen::prelude::*;

use henan_filing::core::reference::search::{SearchOptions, search_occupations};

/// The same picker queries as `benches/search.rs`, so native and browser figures compare.
const QUERIES: &[&str] =
    &["6", "6-18", "6-18-01-01", "车", "车工", "烹调", "c", "che", "chegong", "cg", "jsy", "zhongshipengtiao"];

fn now_ms() -> f64 {
    web_sys::window().and_then(|window| window.performance()).map_or(0.0, |performance| performance.now())
}

/// Fetches the occupation names (the self-check's wasm is built without them, see
/// `core::reference::occupation::NAMES_FILE`); the scripts await it before searching.
#[wasm_bindgen]
pub async fn bench_load_occupation_names() -> bool {
    henan_filing::ui::load_occupation_names().await
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

/// A social organisation's first filing with 20 occupation rows and every declaration made,
/// built in code (reading a package would bring the package reader's code into the wasm).
fn example_facts() -> henan_filing::core::facts::Facts {
    use henan_filing::core::facts::*;
    // Inserted one by one: `collect` into a map would bring the standard library's sort into
    // the shipped wasm for this benchmark alone.
    let mut declarations = std::collections::BTreeMap::new();
    for rule in henan_filing::core::rules::ELIGIBILITY_RULES.iter().filter(|rule| rule.test.is_declaration()) {
        declarations.insert(rule.id.to_string(), true);
    }
    let row = |code: &str| OccupationRow {
        code: code.to_string(),
        name: String::new(),
        job_type: String::new(),
        levels: vec![3, 4, 5],
        standard: Some(StandardRef { kind: StandardKind::NationalStandard, name: String::new(), edition_year: Some(2018) }),
        on_official_list: Some(true),
        filed_social_orgs_in_jurisdiction: Some(1),
        already_held: false,
        evaluated_in_period: None,
    };
    Facts {
        request: RequestKind::FirstFiling,
        applicant: Applicant {
            kind: ApplicantKind::SocialOrg,
            legal_form: LegalForm::Enterprise,
            school_kind: None,
            affiliations: vec![Affiliation::RegisteredWithProvincialMarketRegulator],
            school_ownership: None,
            school_registration: None,
            place: Some("410783".to_string()),
        },
        application_date: jiff::civil::date(2026, 12, 1),
        records: Records { abnormal_operation_list: Some(Vec::new()), ..Records::default() },
        declarations,
        occupations: (0..20).map(|i| row(if i % 2 == 0 { "6-18-01-01" } else { "4-03-02-01" })).collect(),
        details: RequestDetails::default(),
    }
}

/// Evaluates a full package `rounds` times; returns the mean ms per evaluation (natively:
/// `cargo bench --bench evaluate`).
#[wasm_bindgen]
pub fn bench_evaluate(rounds: u32) -> f64 {
    let facts = example_facts();
    let started = now_ms();
    let mut outcomes = 0;
    for _ in 0..rounds {
        outcomes += henan_filing::core::evaluate(&facts).rules.len();
    }
    let elapsed = now_ms() - started;
    if outcomes == usize::MAX {
        return f64::NAN;
    }
    elapsed / f64::from(rounds.max(1))
}
