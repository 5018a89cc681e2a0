#!/usr/bin/env bash
# Installs what is missing, builds the release, migrates a SQLite database,
# loads the demo association and serves it on http://127.0.0.1:3000.
# Set DATABASE_URL to use another database (postgres://… works too).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
source scripts/env.sh
cargo leptos build --release
export DATABASE_URL="${DATABASE_URL:-sqlite://$PWD/pot-commun.db}"
./target/release/server seed-demo
echo "Pot Commun: http://${LISTEN:-127.0.0.1:3000} (comptes de démonstration dans le README)"
exec ./target/release/server serve
