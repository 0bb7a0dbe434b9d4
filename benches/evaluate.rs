//! Prints how long one full evaluation takes natively (target: well under 1 ms).
//!
//! `cargo bench --bench evaluate`. A benchmark prints figures; no test asserts on time.

use std::{hint::black_box, time::Instant};

use henan_filing::core::{evaluate, package::read_package};

const PACKAGE: &str = include_str!("../examples/package-social-org.json");
const ROUNDS: u32 = 5;
const ITERATIONS: u32 = 2_000;

fn main() {
    let package = read_package(PACKAGE).expect("the example package is valid");
    let mut facts = package.facts;
    // A full package: the example's rows repeated to 20 occupations, as a busy filing might list.
    let rows = facts.occupations.clone();
    while facts.occupations.len() < 20 {
        facts.occupations.extend(rows.iter().cloned());
    }
    facts.occupations.truncate(20);

    let mut best = f64::INFINITY;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..ITERATIONS {
            black_box(evaluate(black_box(&facts)));
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(ITERATIONS));
    }
    let evaluation = evaluate(&facts);
    println!(
        "evaluate: {:.1} µs per full package ({} occupation rows, {} rule outcomes, {} steps, {} materials; best of {ROUNDS} rounds of {ITERATIONS})",
        best * 1e6,
        facts.occupations.len(),
        evaluation.rules.len(),
        evaluation.steps.len(),
        evaluation.materials.len(),
    );
    let start = Instant::now();
    for _ in 0..ITERATIONS {
        black_box(read_package(black_box(PACKAGE)).unwrap());
    }
    println!("read_package: {:.1} µs per package file", start.elapsed().as_secs_f64() / f64::from(ITERATIONS) * 1e6);
}
