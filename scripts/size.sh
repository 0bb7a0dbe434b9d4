#!/usr/bin/env bash
# Prints the release build's first-load sizes (raw, gzip -9, brotli -q 11) and checks the
# budget. Builds dist/ first unless --no-build is given.
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" != "--no-build" ]; then
  ensure_tools
  build_site --release
fi
exec node scripts/size-report.mjs dist
