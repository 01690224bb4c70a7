#!/usr/bin/env bash
# `make run`: development keys and database (created once under .local/, git-ignored), migrations,
# a development admin and member, ready-to-paste tokens, then the server with /docs. With DEV_WATCH=1
# (`make dev`), the server is rebuilt and restarted on every save (scripts/dev-watch.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
api=${API:-$root/.build/debug/api}
local_dir=$root/.local
mkdir -p "$local_dir"
export APP_ENV=${APP_ENV:-development}
port=${PORT:-8080}

keys=$local_dir/dev-keys.env
if [ ! -f "$keys" ]; then
  (umask 077 && "$api" keys generate > "$keys")
  echo "generated development signing keys in .local/dev-keys.env"
fi
set -a
# shellcheck disable=SC1090
. "$keys"
set +a

stop_database=false
if [ -z "${DATABASE_URL:-}" ]; then
  DATABASE_URL=$("$root/scripts/local-postgres.sh" start)
  export DATABASE_URL
  stop_database=true
fi
"$api" migrate

users=$local_dir/dev-users.env
if [ ! -f "$users" ]; then
  password() { python3 -c 'import secrets; print(secrets.token_urlsafe(12))'; }
  admin_password=$(password)
  member_password=$(password)
  admin_id=$(printf '%s\n' "$admin_password" | "$api" user create --email admin@example.com --role admin --if-missing)
  member_id=$(printf '%s\n' "$member_password" | "$api" user create --email member@example.com --role member --if-missing)
  (umask 077 && cat > "$users" <<EOT
DEV_ADMIN_ID=$admin_id
DEV_ADMIN_PASSWORD=$admin_password
DEV_MEMBER_ID=$member_id
DEV_MEMBER_PASSWORD=$member_password
EOT
  )
fi
# shellcheck disable=SC1090
. "$users"
member_token=$("$api" token mint --sub "$DEV_MEMBER_ID" --roles member --ttl 86400)
admin_token=$("$api" token mint --sub "$DEV_ADMIN_ID" --roles admin --ttl 86400)

cat <<EOT

  Warrant: http://127.0.0.1:$port/docs   (spec: /openapi.json, reference: /redoc)
  Database: $(sed -E 's|//([^:@/]+):[^@/]*@|//\1:***@|' <<<"$DATABASE_URL")

  Sign in from the docs' Authorize dialog (oauth2Password) with
    admin@example.com / $DEV_ADMIN_PASSWORD
    member@example.com / $DEV_MEMBER_PASSWORD
  or paste a token (bearerAuth), valid 24 h:
    member: $member_token
    admin:  $admin_token

  curl -H "Authorization: Bearer $member_token" http://127.0.0.1:$port/todos

EOT
server=
# The server (or watcher) runs in the background, and bash starts background commands with Ctrl-C ignored:
# stop it here, then the database, whatever ends this script.
cleanup() {
  if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if $stop_database; then "$root/scripts/local-postgres.sh" stop; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ "${DEV_WATCH:-}" = 1 ]; then
  # `make dev`: rebuild and restart on every save, keeping this database and these tokens.
  "$("$root/Tests/Scripts/tools-venv.sh" dev)/bin/python" "$root/scripts/dev-watch.py" "$api" "$port" &
else
  "$api" serve --port "$port" &
fi
server=$!
wait "$server"
