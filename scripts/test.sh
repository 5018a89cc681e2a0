#!/usr/bin/env bash
# Runs every test: unit and HTTP integration tests on SQLite and PostgreSQL,
# then end-to-end tests in Chromium against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh --browser
source scripts/env.sh
source scripts/postgres.sh   # sets PG_TEST_URL, starting a server if none answers

status=0
cargo test --workspace --locked || status=1

cargo leptos build --release
(cd end2end && node --test --test-concurrency=1 tests/) || status=1
exit $status
