//! The long fuzz run of issue 13: the generators and properties of `tests/generated_inputs.rs`
//! (`tests/support/hostile_inputs.rs`) for a given time instead of a few cases. Started by
//! `scripts/fuzz.sh [SECONDS]`; prints the inputs tried, the panics (each input that panicked
//! is saved under `target/fuzz-panics/`) and the slowest input of each kind.
//!
//! Not a test: `cargo test` only compiles it, so it always builds with the code it exercises.

#[path = "../tests/support/hostile_inputs.rs"]
mod hostile_inputs;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestRng, TestRunner};

struct Tally {
    tried: u64,
    panics: u64,
    slowest: Duration,
    slowest_about: String,
}

impl Tally {
    fn new() -> Tally {
        Tally { tried: 0, panics: 0, slowest: Duration::ZERO, slowest_about: String::new() }
    }

    fn run(&mut self, kind: &str, about: impl FnOnce() -> String, save: &[u8], check: impl FnOnce()) {
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(check));
        let took = started.elapsed();
        self.tried += 1;
        if took > self.slowest {
            self.slowest = took;
            self.slowest_about = about();
        }
        if outcome.is_err() {
            self.panics += 1;
            let directory = concat!(env!("CARGO_MANIFEST_DIR"), "/target/fuzz-panics");
            let _ = std::fs::create_dir_all(directory);
            let _ = std::fs::write(format!("{directory}/{kind}-{}.bin", self.panics), save);
        }
    }
}

fn main() {
    let seconds: u64 = std::env::args().nth(1).and_then(|text| text.parse().ok()).unwrap_or(600);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|text| text.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |since| since.as_secs())
    });
    // A panic is counted and its input saved; its message is printed once.
    std::panic::set_hook(Box::new(|info| eprintln!("panic: {info}")));
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(Config::default(), TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &seed_bytes));
    let packages = hostile_inputs::package_input(true);
    let spreadsheets = hostile_inputs::spreadsheet_input(true);
    let (mut package_tally, mut import_tally) = (Tally::new(), Tally::new());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    while Instant::now() < deadline {
        let json = packages.new_tree(&mut runner).expect("a package input").current();
        package_tally.run("package", || format!("{} bytes: {}", json.len(), json.chars().take(160).collect::<String>()), json.as_bytes(), || hostile_inputs::check_package(&json));
        let (name, bytes, target, about) = spreadsheets.new_tree(&mut runner).expect("a spreadsheet input").current();
        import_tally.run("import", || format!("{name} for {target:?}: {about}"), &bytes, || hostile_inputs::check_import(&name, &bytes, target));
    }
    println!("fuzz run of {:.0} s, seed {seed}", started.elapsed().as_secs_f64());
    for (kind, tally) in [("package reader", &package_tally), ("spreadsheet import", &import_tally)] {
        println!("{kind}: {} inputs tried, {} panics, slowest input {:.1} ms ({})", tally.tried, tally.panics, tally.slowest.as_secs_f64() * 1000.0, tally.slowest_about);
    }
    if package_tally.panics + import_tally.panics > 0 {
        std::process::exit(1);
    }
}
