#!/usr/bin/env bash
# `make run`: development keys (generated once into .local/, git-ignored), ready-to-paste tokens, then serve.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
api=$root/.build/debug/api
local_dir=$root/.local
mkdir -p "$local_dir"
keys=$local_dir/dev-keys.env
if [ ! -f "$keys" ]; then
  (umask 077 && "$api" keys generate > "$keys")
  echo "generated development signing keys in .local/dev-keys.env (git-ignored)"
fi
set -a
# shellcheck disable=SC1090
. "$keys"
set +a
export APP_ENV=${APP_ENV:-development}
port=${PORT:-8080}
member=$("$api" token mint --sub dev-member --roles member --ttl 86400)
admin=$("$api" token mint --sub dev-admin --roles admin --ttl 86400)
cat <<EOT

  Warrant is starting on http://127.0.0.1:$port
  Docs:  http://127.0.0.1:$port/docs   (Authorize → bearerAuth → paste a token)

  Member token (24 h):
    $member
  Admin token (24 h):
    $admin

  Try:  curl -H "Authorization: Bearer \$MEMBER" http://127.0.0.1:$port/todos

EOT
exec "$api" serve --port "$port"
