#!/usr/bin/env bash
# A development PostgreSQL cluster under .local/postgres (git-ignored), kept between runs so data survives.
#   local-postgres.sh start   init (first time) and start; prints the DATABASE_URL
#   local-postgres.sh stop    stop it (the data stays)
#   local-postgres.sh url     print the DATABASE_URL
# PostgreSQL refuses to run as root: as root on Linux, the server runs as the `postgres` user. On macOS
# (Homebrew's postgresql@N, found by scripts/platform.sh) it runs as the current user.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/.local/postgres
# shellcheck source=scripts/platform.sh
. "$root/scripts/platform.sh"
bin=$postgres_bin
# A cluster needs the major version that created it: on macOS, keep to that postgresql@N while installed,
# even once a newer one is (the newest is platform.sh's choice).
if [ -z "${PG_BIN:-}" ] && [ -f "$dir/data/PG_VERSION" ] && [ "$(uname -s)" = Darwin ] && command -v brew >/dev/null; then
  made_by=$(brew --prefix "postgresql@$(cat "$dir/data/PG_VERSION")")/bin
  if [ -x "$made_by/pg_ctl" ]; then bin=$made_by; fi
fi
database=warrant
as_root_on_linux() { [ "$(id -u)" = 0 ] && [ "$(uname -s)" != Darwin ]; }
as_pg() { if as_root_on_linux; then runuser -u postgres -- "$@"; else "$@"; fi; }

port() {
  if [ -f "$dir/port" ]; then cat "$dir/port"; return; fi
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

url() { echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/$database"; }

start() {
  [ -x "$bin/postgres" ] || { echo "no PostgreSQL 15 or later at '$bin': run 'make deps'" >&2; exit 1; }
  mkdir -p "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    port > "$dir/port.new" && mv "$dir/port.new" "$dir/port"
    if as_root_on_linux; then chown -R postgres: "$dir"; fi
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
    as_pg tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $(cat "$dir/port")
unix_socket_directories = '$dir'
CONF
    echo "created a development PostgreSQL cluster in .local/postgres" >&2
  fi
  if ! as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { tail -n 20 "$dir/server.log" >&2; exit 1; }
  fi
  local admin
  admin="postgresql://postgres@127.0.0.1:$(cat "$dir/port")/postgres"
  psql -qAtX "$admin" -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
    || psql -qX "$admin" -c "CREATE DATABASE $database" >/dev/null
  url
}

stop() {
  if [ -f "$dir/data/PG_VERSION" ] && as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
