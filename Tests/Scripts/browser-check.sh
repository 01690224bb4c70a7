#!/usr/bin/env bash
# Runs the headless-Chromium check of /docs and /redoc against the debug `api`, with self-hosted assets,
# authorizing in Swagger UI with a member token minted from a throwaway key.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
api=$root/.build/debug/api
venv=$("$root/Tests/Scripts/tools-venv.sh")
assets=$("$root/Tests/Scripts/docs-assets.sh")
keys=$("$api" keys generate)
secret=$(sed -n 's/^AUTH_SECRET_KEY=//p' <<<"$keys")
public=$(sed -n 's/^AUTH_PUBLIC_KEYS=//p' <<<"$keys")
token=$(APP_ENV=test AUTH_SECRET_KEY=$secret "$api" token mint --sub docs-check --roles member)
"$venv/bin/python" "$root/Tests/Scripts/browser-docs-check.py" "$api" "$assets" \
  --operation GET /todos --expect-status 200 --token "$token" \
  --env APP_ENV=test --env "AUTH_PUBLIC_KEYS=$public" "$@"
