#!/usr/bin/env bash
# Prints the figures of a member's phone (sizes, Lighthouse medians, a
# throttled order, static files on one connection): bench/phone.mjs. A
# measurement, not a test: run it on a quiet machine after
# `cargo leptos build --release`. ONLY=sizes,phone skips the rest;
# LIGHTHOUSE_RUNS=5 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[[ -x bench/node_modules/.bin/lighthouse ]] || (cd bench && npm ci --no-audit --no-fund)
node bench/phone.mjs
