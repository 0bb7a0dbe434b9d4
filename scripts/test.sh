#!/usr/bin/env bash
# Runs every test: native cargo tests, the release build with its size report, and the browser
# tests in headless Chromium against that build. Installs whatever is missing first.
source "$(dirname "$0")/lib.sh"
ensure_tools

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
