#!/usr/bin/env bash
# Builds the site (both pages: the self-check and the forms page) and serves it on
# http://127.0.0.1:8080/. A debug build by default; `--release` builds as dist.sh does (with the
# offline service worker). Run it again after a change: the site is two Trunk builds, which
# `trunk serve` cannot watch together.
source "$(dirname "$0")/lib.sh"
ensure_tools
log "building the site into dist/"
build_site "$@"
log "serving dist/ on http://127.0.0.1:8080/ (Ctrl+C stops)"
exec node scripts/serve-static.mjs dist 8080
