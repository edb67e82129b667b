#!/usr/bin/env bash
# Usage: bash scripts/with-postgres.sh CMD [ARGS...]
# Starts a throwaway PostgreSQL 15 cluster (trust auth, fsync off, socket and data in a temp
# directory, a free port on 127.0.0.1), runs CMD with
#   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:PORT/postgres   (the maintenance db)
#   PG_URL_BASE=postgresql://postgres@127.0.0.1:PORT                   (append /<database>)
# (PG_SERVER_OPTS: extra server options, e.g. "-c shared_preload_libraries=pg_stat_statements")
# then always stops the server and removes the directory. Exits with CMD's exit code.
# Installs Debian's postgresql with apt-get when the binaries are missing and we are root.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Lets CMD be a project binary (vitest, playwright, tsx) whether or not npm started us.
export PATH="$ROOT/node_modules/.bin:$PATH"

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PGBIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "with-postgres: installing PostgreSQL (apt-get install postgresql)…" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  if [ ! -x "$PGBIN/initdb" ]; then
    echo "with-postgres: no PostgreSQL 15 server binaries in $PGBIN." >&2
    echo "  Install them (Debian: sudo apt-get install postgresql) or set PGBIN." >&2
    exit 1
  fi
fi

# PostgreSQL refuses to run as root: run the server as the postgres user then.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  AS_PG=(runuser -u postgres --)
else
  AS_PG=()
fi

PGTMP="$(mktemp -d "${TMPDIR:-/tmp}/duomentor-pg.XXXXXX")"
[ "$(id -u)" = 0 ] && chown postgres "$PGTMP"
PGDATA_DIR="$PGTMP/data"
STARTED=0

cleanup() {
  if [ "$STARTED" = 1 ]; then
    "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PGTMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

"${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
  || { cat "$PGTMP/initdb.log" >&2; exit 1; }

PORT=""
for attempt in 1 2 3 4 5; do
  PORT="${PG_PORT:-$(free_port)}"
  if "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGTMP/server.log" -w -t 30 \
    -o "-p $PORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${PG_SERVER_OPTS:-}" \
    start >/dev/null; then
    STARTED=1
    break
  fi
  [ -n "${PG_PORT:-}" ] && break
done
if [ "$STARTED" != 1 ]; then
  echo "with-postgres: PostgreSQL did not start:" >&2
  cat "$PGTMP/server.log" >&2 || true
  exit 1
fi

export PG_URL_BASE="postgresql://postgres@127.0.0.1:$PORT"
export TEST_DATABASE_URL="$PG_URL_BASE/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (throwaway)" >&2

set +e
"$@"
RC=$?
set -e
exit "$RC"
