#!/usr/bin/env bash
# Scores pages with Lighthouse (mobile preset, Debian's Chromium) against the
# release build on a fresh demo database, logged in as a member. Prints the
# category scores; the full reports go to target/lighthouse/. A measurement,
# not a test: run it on a quiet machine after `cargo leptos build --release`.
#   scripts/lighthouse.sh [PATH ...]     default: /catalogue /commande
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x bench/node_modules/.bin/lighthouse ]] || (cd bench && npm ci --no-audit --no-fund)
out=target/lighthouse
mkdir -p "$out"
db=$(mktemp -d)
port=3917
export DATABASE_URL="sqlite://$db/lh.db" LEPTOS_SITE_ROOT="$PWD/target/site" LISTEN="127.0.0.1:$port" RUST_LOG=warn
./target/release/server seed-demo >/dev/null
./target/release/server serve & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$db"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
cookie=$(curl -s -D - -o /dev/null -X POST "http://127.0.0.1:$port/api/login" \
  --data-urlencode identifier=awa@exemple.fr --data-urlencode password=potcommun \
  | awk -F'[ ;]' 'tolower($1) == "set-cookie:" { print $2; exit }')
paths=("$@"); ((${#paths[@]})) || paths=(/catalogue /commande)
for path in "${paths[@]}"; do
  name=$(echo "$path" | tr -c 'a-z0-9\n' '_' | sed 's/^_//')
  CHROME_PATH=/usr/bin/chromium bench/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" \
    --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --extra-headers="{\"Cookie\": \"$cookie\"}" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" \
    || { echo "lighthouse failed on $path" >&2; continue; }
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(" · ");
    const a = r.audits;
    const m = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "total-byte-weight"]
      .map((k) => `${a[k].title}: ${a[k].displayValue}`).join(" · ");
    console.log(`${process.argv[2]}: ${s}\n  ${m}`);
  ' "$PWD/$out/$name.json" "$path"
done
