# Shared by the scripts in this folder: `source scripts/lib.sh`, then `ensure_tools`.
#
# ensure_tools installs whatever the build and the tests need and is missing, and is quick
# (a few seconds) when everything is already there. It never downloads a browser or a tool
# binary from outside the package registries: Chromium comes from Debian's packages, wasm-opt
# from npm's `binaryen`, Trunk and wasm-bindgen from crates.io.

set -euo pipefail

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$PROJECT_ROOT"

TRUNK_VERSION="0.21.14"
# The release wasm modules are built with this pinned nightly, which compiles std together with
# the app (-Zbuild-std) and makes a panic abort at once without formatting a message
# (-Cpanic=immediate-abort): every module is about 6 % smaller (docs/bytes.md, "Nightly for the
# release build"). Native builds, `cargo test` and debug builds stay on the stable toolchain, and
# keep their panic messages. Pinned by date, so a later nightly never changes a build.
RELEASE_TOOLCHAIN="nightly-2026-05-20"
# wasm-opt of the npm binaryen package pinned in package.json and Trunk.toml.
WASM_OPT_VERSION="132"

# Tools Trunk would otherwise download are found here first: node_modules/.bin has wasm-opt.
export PATH="$PROJECT_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Playwright must use Debian's Chromium; its own download cannot work here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0")" "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version Cargo.lock resolved: the CLI must be exactly this version.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_tools() {
  # Every list is read whole before grep looks at it: `grep -q` stops at the first match, and
  # with pipefail a writer cut short could read as "missing".
  local installed_targets
  installed_targets="$(rustup target list --installed || true)"
  if ! grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  local release_components="" release_targets=""
  if rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1; then
    release_components="$(rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed)"
    release_targets="$(rustup target list --toolchain "$RELEASE_TOOLCHAIN" --installed)"
  fi
  if ! grep -q '^rust-src' <<<"$release_components" || ! grep -qx wasm32-unknown-unknown <<<"$release_targets"; then
    log "installing the release build's toolchain $RELEASE_TOOLCHAIN with rust-src and the wasm32 target"
    rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src --target wasm32-unknown-unknown
  fi

  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION (takes about 7 minutes once)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi

  local bindgen_version
  bindgen_version="$(locked_wasm_bindgen_version)"
  if ! grep -qx "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
    log "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen $bindgen_version"
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
    log "installing wasm-bindgen-cli $bindgen_version (takes about 2 minutes once)"
    # Not --locked: the CLI's own lockfile pins a yanked crate.
    cargo install --force wasm-bindgen-cli --version "$bindgen_version"
  fi

  # LibreOffice (writer and calc, without the GUI) opens the office files in the browser tests.
  local chinese_fonts
  chinese_fonts="$(fc-list ':lang=zh' 2>/dev/null || true)"
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || [ -z "$chinese_fonts" ] || ! command -v pdftotext >/dev/null || ! command -v soffice >/dev/null; then
    log "installing Debian's chromium, chromium-driver, CJK fonts, poppler-utils and LibreOffice (headless)"
    as_root apt-get update -qq
    as_root apt-get install -y -qq chromium chromium-driver fonts-noto-cjk poppler-utils >/dev/null
    as_root apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null
  fi

  # npm ci only when package-lock.json changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing Node packages from package-lock.json"
    npm ci --no-audit --no-fund
  fi
  local wasm_opt_version
  wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
  if ! grep -q "version_$WASM_OPT_VERSION" <<<"$wasm_opt_version"; then
    log "wasm-opt version_$WASM_OPT_VERSION not found in node_modules/.bin (npm binaryen)"
    exit 1
  fi

  # Trunk runs cargo offline (Trunk.toml), so every crate must already be in the local registry.
  cargo fetch --locked --quiet
  # ...and the crates std depends on, which the release build compiles (build-std).
  cargo "+$RELEASE_TOOLCHAIN" fetch --locked --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort
}

# Builds the whole site into dist/: the self-check page (index.html, its own wasm), then the
# forms page (forms.html into dist/forms/, a second wasm, so the self-check's first load does
# not carry the forms), the receiving offices' page (office.html into dist/office/, a third page
# wasm), then the site's one service worker over the files of all. Trunk's
# post_build hook (scripts/postbuild.mjs) moves each page's inline loader out for the CSP.
# The order matters: Trunk empties dist/ when it builds index.html.
#   build_site [--release]
build_site() {
  local profile=debug
  if [ "${1:-}" = "--release" ]; then profile=release; fi
  (
    if [ "$profile" = release ]; then
      # Trunk runs cargo through rustup's proxy, which reads RUSTUP_TOOLCHAIN. The rustflags
      # variable adds to .cargo/config.toml's (cargo joins the two lists); the profile's
      # `panic = "abort"` comes first on rustc's command line, so this one wins.
      export RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
      export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
      export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
    fi
    trunk build "$@"
    trunk build forms.html --dist dist/forms "$@"
    trunk build office.html --dist dist/office "$@"
  )
  node scripts/postbuild.mjs dist "$profile"
}

