#!/usr/bin/env bash
# How `GET /todos` throughput grows with the page size (limit 1, 20, 100), FastAPI's reference and ours, with
# the shared harness's pg-local and crud-bench (seeding 1,000 todos for one user). wrk: 2 threads, 64
# connections, 2 s warm-up, 8 s measured per size. Usage: scripts/bench-page-size.sh [BENCH_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=$(cd "${1:-$root/../shared/bench}" && pwd)
work=$(mktemp -d)
chmod 755 "$work"
export PGLOCAL_DIR=$work/pg PGLOCAL_PORT=${PGLOCAL_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
server=
cleanup() {
  [ -z "$server" ] || kill -TERM -- "-$server" 2>/dev/null || true
  "$bench/pg-local" stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
export TODO_PUBLIC_KEY
TODO_PUBLIC_KEY=$("$bench/crud-bench" pubkey)
printf '%-8s %6s %10s %8s %12s\n' server limit req/s p99 transfer/s
for side in fastapi warrant; do
  export DATABASE_URL PORT=$((PGLOCAL_PORT + 1))
  DATABASE_URL=$(PGLOCAL_DB=page_$side "$bench/pg-local" start)
  if [ $side = fastapi ]; then command="$bench/fastapi_ref/run"; else command="$root/scripts/bench-server.sh"; fi
  setsid "$command" >"$work/$side.log" 2>&1 &
  server=$!
  "$bench/crud-bench" wait "http://127.0.0.1:$PORT" --pid $server --timeout 120 >/dev/null
  "$bench/crud-bench" prepare "http://127.0.0.1:$PORT" --state "$work/state-$side" --seed 1000 2>/dev/null
  token=$(cat "$work/state-$side/token")
  for limit in 1 20 100; do
    url="http://127.0.0.1:$PORT/todos?limit=$limit"
    wrk -t2 -c64 -d2s -H "Authorization: Bearer $token" "$url" >/dev/null
    out=$(wrk -t2 -c64 -d8s --latency -H "Authorization: Bearer $token" "$url")
    printf '%-8s %6s %10s %8s %12s\n' $side $limit "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")" \
      "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(awk '/Transfer\/sec/ {print $2}' <<<"$out")"
  done
  kill -TERM -- "-$server"; wait $server 2>/dev/null || true; server=
done
