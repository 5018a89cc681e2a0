# Sourced by test.sh. Finds a PostgreSQL for the tests and exports
# PG_TEST_URL: the one on 127.0.0.1:5432 if it answers, else a private
# server started from Debian's package on a loopback port, in target/.
pg_answers() { pg_isready -q -h 127.0.0.1 -p "$1" 2>/dev/null; }

if ! command -v pg_isready >/dev/null; then
  apt_pkgs=(postgresql postgresql-client)
  (dpkg -s postgresql >/dev/null 2>&1) || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_pkgs[@]}"; }
fi

if [[ -z "${PG_TEST_URL:-}" ]]; then
  if [[ -z "${PG_FORCE_PRIVATE:-}" ]] && pg_answers 5432; then
    export PG_TEST_URL="postgres://postgres@127.0.0.1:5432/postgres"
  else
    port=54329
    dir="$PWD/target/pg-test"
    if ! pg_answers "$port"; then
      dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; }
      bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
      run_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
      if [[ ! -f "$dir/PG_VERSION" ]]; then
        mkdir -p "$dir"
        [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
        run_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust >/dev/null
      fi
      run_pg "$bin/pg_ctl" -D "$dir" -o "-h 127.0.0.1 -p $port -k /tmp" -l "$dir/log" -w start >/dev/null
    fi
    export PG_TEST_URL="postgres://postgres@127.0.0.1:$port/postgres"
  fi
fi

# Databases left by an interrupted run are dropped before a new one.
for db in $(psql "$PG_TEST_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'pc\_test\_%'" 2>/dev/null); do
  psql "$PG_TEST_URL" -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true
done
echo "PostgreSQL for tests: $PG_TEST_URL"
