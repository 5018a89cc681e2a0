#!/usr/bin/env bash
# Installs what Pot Commun needs to build and test, skipping whatever is
# already there at the right version. Safe to run again and again.
#   scripts/install.sh            build tools only
#   scripts/install.sh --browser  also Chromium and playwright-core (tests)
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
[[ "${1:-}" == "--browser" ]] && want_browser=1

log() { printf '\033[1;32m==>\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  if ((apt_updated == 0)); then as_root apt-get update -q; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

command -v cargo >/dev/null || { echo "Rust (cargo) is needed: https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || apt_install nodejs npm
command -v cc >/dev/null || apt_install build-essential
# Web push encryption (the ece crate) links OpenSSL.
apt_install libssl-dev pkg-config

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# cargo-leptos 0.3.5 is the newest that builds with rustc 1.95; no_downloads
# makes it use the tools on PATH instead of fetching its own.
if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.5'; then
  log "cargo install cargo-leptos 0.3.5"
  cargo install --locked cargo-leptos@0.3.5 --features no_downloads
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
wb=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
  log "cargo install wasm-bindgen-cli $wb"
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

# wasm-opt comes from npm's binaryen: Debian's (version 108) rewrites the
# externref table that wasm-bindgen emits, and hydration then fails.
if [[ ! -x tools/node_modules/.bin/wasm-opt ]]; then
  log "npm install (tools: binaryen)"
  (cd tools && npm ci --no-audit --no-fund)
fi

if ((want_browser)); then
  command -v chromium >/dev/null || apt_install chromium
  if [[ ! -d end2end/node_modules/playwright-core || ! -f end2end/node_modules/axe-core/axe.min.js ]]; then
    log "npm install (end2end: playwright-core, axe-core)"
    (cd end2end && npm ci --no-audit --no-fund)
  fi
fi
log "tools ready"
