//! The office's batch over 10,000 packages (issue 15): generates varied packages from the test
//! packages into a temporary folder, reads them into the register as `filing-check batch` does,
//! and prints the time and the peak memory. Target: under 10 s. A benchmark prints; no test
//! asserts on time.
//!
//! `cargo bench --bench batch` (in-process: time per phase, peak resident memory from
//! /proc/self/status). `cargo bench --bench batch -- --keep DIR` writes the packages to DIR and
//! stops, for `scripts/bench-batch.sh`, which times the release `filing-check batch` over them
//! with `/usr/bin/time -v`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use henan_filing::core::forms::codes::{CREDIT_CODE_CHARSET, credit_code_check_char};
use henan_filing::core::package::{read_package, write_package};
use henan_filing::core::reference::place::RECEIVING_PLACES;
use henan_filing::core::register::{RegisterBuilder, office_by_code};

const PACKAGES: usize = 10_000;

const SOURCES: [&str; 5] = [
    include_str!("../tests/browser/packages/complete-first-filing.json"),
    include_str!("../tests/browser/packages/complete-renewal.json"),
    include_str!("../tests/register-packages/termination-xinxiang.json"),
    include_str!("../tests/register-packages/employer-nanyang.json"),
    include_str!("../examples/package-social-org.json"),
];

/// A valid 统一社会信用代码 from a number: 91 + 410700 + 9 characters of `n`, and its check.
fn credit_code(n: usize) -> String {
    let charset: Vec<char> = CREDIT_CODE_CHARSET.chars().collect();
    let mut body = String::from("91410700");
    let mut rest = n;
    for _ in 0..9 {
        body.push(charset[rest % charset.len()]);
        rest /= charset.len();
    }
    let check = credit_code_check_char(&body).expect("17 characters of the set");
    body.push(check);
    body
}

/// Package `n`: one of the sources with another place, date, name and credit code; every 40th
/// shares the code of the one before (a duplicate), every 100th is broken.
fn package_text(n: usize) -> String {
    let mut package = read_package(SOURCES[n % SOURCES.len()]).expect("the sources read");
    let place = &RECEIVING_PLACES[n % RECEIVING_PLACES.len()];
    package.facts.applicant.place = Some(place.code.to_string());
    package.facts.application_date = package.facts.application_date.checked_add(jiff::Span::new().days((n % 200) as i64)).unwrap();
    if let Some(updated) = package.updated {
        package.updated = Some(updated.checked_add(jiff::SignedDuration::from_secs(n as i64)).unwrap());
    }
    let code = credit_code(if n % 40 == 0 && n > 0 { n - 1 } else { n });
    let name = format!("{}某职业技能评价机构{n}号", place.name);
    if let Some(form) = package.forms.application.as_mut() {
        form.unit_name = name.clone();
        form.credit_code = code.clone();
    }
    if let Some(form) = package.forms.renewal.as_mut() {
        form.institution_name = name;
        form.credit_code = code;
    }
    let text = write_package(&package);
    if n % 100 == 99 { text.replacen("\"facts\"", "\"fact\"", 1) } else { text }
}

fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| line.strip_prefix("VmHWM:")).and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
}

fn generate(dir: &Path) -> usize {
    std::fs::create_dir_all(dir).expect("the folder can be made");
    let mut bytes = 0;
    for n in 0..PACKAGES {
        let text = package_text(n);
        bytes += text.len();
        std::fs::write(dir.join(format!("package-{n:05}.json")), text).expect("the package can be written");
    }
    bytes
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|arg| arg == "--keep") {
        let dir = PathBuf::from(args.get(position + 1).expect("--keep DIR"));
        let bytes = generate(&dir);
        println!("batch: wrote {PACKAGES} packages ({:.1} MB) to {}", bytes as f64 / 1e6, dir.display());
        return;
    }
    let dir = std::env::temp_dir().join(format!("filing-batch-bench-{}", std::process::id()));
    let start = Instant::now();
    let bytes = generate(&dir);
    let generated = start.elapsed();

    let start = Instant::now();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    files.sort();
    let mut builder = RegisterBuilder::new(office_by_code("4107"));
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        builder.add(&file.to_string_lossy(), &text);
    }
    let register = builder.finish();
    let read = start.elapsed();
    let start = Instant::now();
    let json = serde_json::to_string(&register).unwrap();
    let written = start.elapsed();
    println!(
        "batch: {} packages ({:.1} MB) read into the register in {:.2} s ({:.0} µs per package), {} refused, {} duplicate groups; register JSON ({:.1} MB) in {:.2} s; generating them took {:.2} s; peak memory {} MB",
        files.len(),
        bytes as f64 / 1e6,
        read.as_secs_f64(),
        read.as_secs_f64() * 1e6 / files.len() as f64,
        register.refused.len(),
        register.duplicates.len(),
        json.len() as f64 / 1e6,
        written.as_secs_f64(),
        generated.as_secs_f64(),
        peak_memory_kb().map(|kb| (kb / 1024).to_string()).unwrap_or_else(|| "unknown".into()),
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
