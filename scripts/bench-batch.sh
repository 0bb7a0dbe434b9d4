#!/usr/bin/env bash
# Times `filing-check batch` over 10,000 generated packages (issue 15): prints the wall time and
# the peak memory of the release binary, as /usr/bin/time -v reports them. Target: under 10 s.
# A benchmark prints; nothing asserts on time. Figures go in docs/testing.md.
#
#   scripts/bench-batch.sh            (packages in a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(mktemp -d -t filing-batch-XXXXXX)"
trap 'rm -rf "$dir"' EXIT

cargo build --locked --release --bin filing-check
cargo bench --locked --bench batch -- --keep "$dir/packages"

for output in table json xlsx; do
  case "$output" in
    table) args=() ;;
    json) args=(--json) ;;
    xlsx) args=(--xlsx "$dir/register.xlsx") ;;
  esac
  # Exit 1 is expected: every 100th generated package is broken on purpose.
  /usr/bin/time -v target/release/filing-check batch "$dir/packages" --office 4107 "${args[@]}" \
    > "$dir/out.$output" 2> "$dir/time.$output" || true
  wall="$(grep 'Elapsed (wall clock)' "$dir/time.$output" | awk '{print $NF}')"
  peak="$(grep 'Maximum resident set size' "$dir/time.$output" | awk '{print $NF}')"
  refused="$(grep -c '^filing-check: refused' "$dir/time.$output" || true)"
  echo "filing-check batch (10,000 packages, --office 4107, $output): ${wall} wall, peak ${peak} kB resident, ${refused} refused"
done
