#!/usr/bin/env bash
# Checks the `api` developer commands: keys generate, token mint (and its refusal in production),
# openapi --security-report, migrate, user create. Usage: cli-check.sh API_BINARY
set -euo pipefail
api=$1
fail() { echo "FAIL $*"; exit 1; }
# The account and migration checks need a database: run the whole script against a throwaway one.
if [ -z "${DATABASE_URL:-}" ]; then
  exec python3 "$(dirname "$0")/with-temp-postgres.py" "$0" "$api"
fi
keys=$("$api" keys generate)
secret=$(sed -n 's/^AUTH_SECRET_KEY=//p' <<<"$keys")
public=$(sed -n 's/^AUTH_PUBLIC_KEYS=//p' <<<"$keys")
[[ $secret == k4.secret.* && $public == k4.public.* ]] || fail "keys generate printed no PASERK pair"
echo "ok   keys generate prints a k4.secret / k4.public pair"

token=$(APP_ENV=test AUTH_SECRET_KEY=$secret "$api" token mint --sub alice --roles member,admin --ttl 60)
[[ $token == v4.public.* ]] || fail "token mint printed '$token'"
echo "ok   token mint signs a v4.public token"

if out=$(APP_ENV=production CONFIG_DIRECTORY=Config AUTH_SECRET_KEY=$secret "$api" token mint --sub alice 2>&1); then
  fail "token mint ran with APP_ENV=production"
fi
grep -q "refuses to run with APP_ENV=production" <<<"$out" || fail "token mint's refusal says: $out"
echo "ok   token mint refuses to run in production"

if out=$(APP_ENV=test AUTH_SECRET_KEY=k4.secret.nope "$api" token mint --sub alice 2>&1); then
  fail "token mint accepted a malformed secret key"
fi
grep -q "AUTH_SECRET_KEY is not a PASERK k4.secret key" <<<"$out" || fail "malformed key message: $out"
grep -q "k4.secret.nope" <<<"$out" && fail "the error echoes the secret"
echo "ok   a malformed secret key is named, never echoed"

report=$(APP_ENV=test "$api" openapi --security-report)
head -n1 <<<"$report" | grep -qE '^METHOD +PATH +OPERATION +ACCESS +ADMITTED$' || fail "security report header: $(head -n1 <<<"$report")"
grep -qE '^GET +/admin/todos +adminAllTodos +role: admin +admin$' <<<"$report" || fail "security report lacks the admin route"
grep -qE '^GET +/todos +todoList +role: member +admin, member$' <<<"$report" || fail "security report lacks who a member route admits"
echo "ok   openapi --security-report lists operations with their access and the roles admitted"

export APP_ENV=test
out=$("$api" migrate)
grep -q "applied 1: create todos" <<<"$out" || fail "first migrate printed: $out"
[ "$("$api" migrate)" = "the database is up to date" ] || fail "second migrate applied something"
echo "ok   migrate applies pending migrations once"

id=$(printf 'a long password\n' | "$api" user create --email ada@example.com --role admin)
[[ $id =~ ^[0-9a-f-]{36}$ ]] || fail "user create printed '$id'"
if out=$(printf 'a long password\n' | "$api" user create --email ADA@example.com 2>&1); then fail "a duplicate email was accepted"; fi
grep -q "already exists" <<<"$out" || fail "duplicate email message: $out"
[ "$(printf 'a long password\n' | "$api" user create --email ada@example.com --if-missing)" = "$id" ] || fail "--if-missing did not return the existing id"
echo "ok   user create reads the password from stdin, refuses duplicates, --if-missing returns the id"

if out=$(printf 'a long password\n' | "$api" user create --email b@example.com --role wizard 2>&1); then fail "an unknown role was accepted"; fi
grep -q "unknown role 'wizard'" <<<"$out" || fail "unknown role message: $out"
if out=$(printf 'short\n' | "$api" user create --email b@example.com 2>&1); then fail "a short password was accepted"; fi
grep -q "at least 8 characters" <<<"$out" || fail "short password message: $out"
if out=$("$api" user create --email b@example.com < /dev/null 2>&1); then fail "an empty stdin was accepted"; fi
grep -q "no password on stdin" <<<"$out" || fail "empty stdin message: $out"
echo "ok   user create rejects unknown roles, short and missing passwords"

if out=$(DATABASE_URL= "$api" migrate 2>&1); then fail "migrate ran without DATABASE_URL"; fi
grep -q "DATABASE_URL is not set" <<<"$out" || fail "missing DATABASE_URL message: $out"
echo "ok   a missing DATABASE_URL is named, with what to set"

if out=$(AUTH_PUBLIC_KEYS=$public DATABASE_URL=nonsense "$api" serve --port 0 2>&1); then fail "serve started with a malformed DATABASE_URL"; fi
grep -q "DATABASE_URL is not a connection string libpq accepts" <<<"$out" || fail "malformed DATABASE_URL message: $out"
closed_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if out=$(AUTH_PUBLIC_KEYS=$public DATABASE_URL="postgresql://app:HiddenPw@127.0.0.1:$closed_port/db" timeout 60 "$api" serve --port 0 2>&1); then
  fail "serve started without a reachable database"
fi
grep -q "cannot reach the database" <<<"$out" || fail "unreachable database message: $out"
if grep -q HiddenPw <<<"$out"; then fail "the password was printed: $out"; fi
echo "ok   serve refuses a malformed or unreachable DATABASE_URL, says what to fix, hides the password"

member_token=$(APP_ENV=test AUTH_SECRET_KEY=$secret "$api" token mint --sub shutdown-check --roles member --ttl 300)
AUTH_PUBLIC_KEYS=$public TOKEN=$member_token python3 "$(dirname "$0")/shutdown-check.py" "$api"
