#!/usr/bin/env bash
# Runs every test: native cargo tests, the release build with its size report, and the browser
# tests in headless Chromium against that build. Installs whatever is missing first.
source "$(dirname "$0")/lib.sh"
ensure_tools

# The State Council publishes next year's holidays in the autumn or winter; until the tables have
# them, working days in that year are estimates. Said in every log, never a failure (README
# "The working-day calendar" says how to add a year).
next_year=$(( $(date -u +%Y) + 1 ))
if ! grep -q "^${next_year}," "$(dirname "$0")/../data/calendar-years.csv"; then
  echo "warning: data/calendar-years.csv has no holiday arrangement for ${next_year}: working days in ${next_year} are estimates until it is added (python3 scripts/derive-reference-data.py --holidays ${next_year}.json)" >&2
fi

log "native tests: cargo test"
cargo test --locked

# Trunk's post_build hook (scripts/postbuild.mjs) writes dist/sw.js and checks the CSP.
log "release build into dist/"
build_site --release

log "first-load size"
node scripts/size-report.mjs dist

log "browser floor: the wasm features and the JavaScript edition against README.md"
node scripts/check-floor.mjs dist

log "browser tests: Playwright with Debian's Chromium"
npx playwright test
