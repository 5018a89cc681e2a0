# Sourced by the other scripts: tools on PATH, the build's file locations.
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
export LEPTOS_SITE_ROOT="$PWD/target/site"
