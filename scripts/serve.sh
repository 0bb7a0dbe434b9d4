#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080, rebuilding when a file changes.
# Extra arguments go to `trunk serve` (e.g. --release).
source "$(dirname "$0")/lib.sh"
ensure_tools
log "building, then serving on http://127.0.0.1:8080/ (Ctrl+C stops)"
exec trunk serve "$@"
