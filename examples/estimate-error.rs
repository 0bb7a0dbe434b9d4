//! How far the estimate for a year without a published holiday arrangement (Monday–Friday
//! less the fixed-date statutory holidays) is from the real calendar, over every 30-working-day
//! window (7.4.1's termination notice) of each published year since the estimate's rule holds.
//! `cargo run --example estimate-error`; README "The working-day calendar" quotes it for 2026.

use henan_filing::core::reference::calendar::{ESTIMATE_RULE_FROM, estimate_error, known_years};

fn main() {
    println!("year  windows  differing  estimate later  max days  mean days");
    for &year in known_years().iter().filter(|year| **year >= ESTIMATE_RULE_FROM) {
        let error = estimate_error(year, 30).expect("a published year");
        println!(
            "{year}  {:>7}  {:>9}  {:>14}  {:>8}  {:>9.2}",
            error.windows,
            error.differing,
            error.later,
            error.max_days,
            error.total_days as f64 / f64::from(error.windows)
        );
    }
}
