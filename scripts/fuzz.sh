#!/usr/bin/env bash
# The long fuzz run of the package reader and the spreadsheet import (issue 13): the generators
# and properties of tests/generated_inputs.rs for SECONDS (default 600) instead of a few cases.
# Prints the inputs tried, the panics and the slowest input of each kind; an input that panicked
# is saved under target/fuzz-panics/ and the script exits 1. FUZZ_SEED=N repeats a run.
# Not part of scripts/test.sh: it is meant to run for minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
cargo build --locked --release --example fuzz
exec target/release/examples/fuzz "$seconds"
