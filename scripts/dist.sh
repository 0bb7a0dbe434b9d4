#!/usr/bin/env bash
# Builds the deployable site into dist/: copy that folder to any static host, at the root or
# under any sub-path (all asset URLs are relative). See README.md, "Hosting".
source "$(dirname "$0")/lib.sh"
ensure_tools
# Trunk's post_build hook (scripts/postbuild.mjs) writes the service worker dist/sw.js from the
# files built and moves the inline loader out for the Content-Security-Policy.
log "building the release site into dist/"
build_site --release
log "dist/ is ready:"
ls -l dist >&2
