#!/usr/bin/env bash
# Serves the API for the benchmark harness (../shared/bench): the release binary on 127.0.0.1:$PORT, with
# the contract's environment — DATABASE_URL, and TODO_PUBLIC_KEY as the token key, issuer todo-api.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
: "${PORT:?PORT is not set}" "${DATABASE_URL:?DATABASE_URL is not set}"
export AUTH_PUBLIC_KEYS=${AUTH_PUBLIC_KEYS:-${TODO_PUBLIC_KEY:?TODO_PUBLIC_KEY or AUTH_PUBLIC_KEYS must be set}}
export AUTH_ISSUER=${AUTH_ISSUER:-todo-api}
export APP_ENV=${APP_ENV:-production} CONFIG_DIRECTORY=${CONFIG_DIRECTORY:-$root/Config}
export DATABASE_MIGRATE_ON_START=${DATABASE_MIGRATE_ON_START:-true}
# One pipelined connection is fastest on a 2-core machine (docs/12-performance.md has the pool-size table);
# SERVE_DEFAULTS=1 (make bench-peer) keeps `api serve`'s own default instead, as deployed.
if [ -z "${SERVE_DEFAULTS:-}" ]; then export DATABASE_POOL_SIZE=${DATABASE_POOL_SIZE:-1}; fi
# API_BINARY serves another build (scripts/bench-cpu.py compares two).
exec "${API_BINARY:-$root/.build/release/api}" serve --host 127.0.0.1 --port "$PORT"
