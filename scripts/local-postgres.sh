#!/usr/bin/env bash
# A development PostgreSQL cluster under .local/postgres (git-ignored), kept between runs so data survives.
#   local-postgres.sh start   init (first time) and start; prints the DATABASE_URL
#   local-postgres.sh stop    stop it (the data stays)
#   local-postgres.sh url     print the DATABASE_URL
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/.local/postgres
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
database=warrant
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

port() {
  if [ -f "$dir/port" ]; then cat "$dir/port"; return; fi
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

url() { echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/$database"; }

start() {
  [ -x "$bin/postgres" ] || { echo "no PostgreSQL 15 at $bin: run 'make deps'" >&2; exit 1; }
  mkdir -p "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    port > "$dir/port.new" && mv "$dir/port.new" "$dir/port"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
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
  local admin="postgresql://postgres@127.0.0.1:$(cat "$dir/port")/postgres"
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
