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
head -n1 <<<"$report" | grep -qE '^METHOD +PATH +OPERATION +ACCESS +CREDENTIALS +ADMITTED$' || fail "security report header: $(head -n1 <<<"$report")"
grep -qE '^GET +/admin/todos +adminAllTodos +role: admin +paseto, api-key +admin$' <<<"$report" || fail "security report lacks the admin route"
grep -qE '^GET +/todos +todoList +role: member +paseto, api-key +admin, member$' <<<"$report" || fail "security report lacks who a member route admits"
echo "ok   openapi --security-report lists operations with their access, credentials and the roles admitted"

report=$(APP_ENV=test AUTH_CREDENTIALS=oidc,apiKey AUTH_OIDC_ISSUER=https://idp.example.com/ AUTH_OIDC_AUDIENCE=api AUTH_API_KEY_GRANTABLE_ROLES=member "$api" openapi --security-report)
grep -qE '^GET +/admin/todos +adminAllTodos +role: admin +oidc +admin$' <<<"$report" || fail "an api-key ceiling of member still lists api-key on admin routes: $report"
grep -qE '^GET +/todos +todoList +role: member +oidc, api-key +admin, member$' <<<"$report" || fail "oidc and api-key not listed on member routes: $report"
grep -q '/auth/token' <<<"$report" && fail "the password login is served without PASETO tokens"
echo "ok   the report follows AUTH_CREDENTIALS and each kind's grantable roles (no login without PASETO)"

if out=$(APP_ENV=test AUTH_CREDENTIALS=paseto,oidc "$api" openapi 2>&1); then fail "oidc was accepted without an issuer"; fi
grep -q "AUTH_OIDC_ISSUER is not set" <<<"$out" || fail "missing issuer message: $out"
if out=$(APP_ENV=test AUTH_CREDENTIALS=oidc AUTH_OIDC_ISSUER=https://idp.example.com "$api" openapi 2>&1); then fail "oidc was accepted without an audience"; fi
grep -q "AUTH_OIDC_AUDIENCE is not set, nor AUTH_OIDC_REQUIRED_CLAIMS" <<<"$out" || fail "missing audience message: $out"
if out=$(APP_ENV=test AUTH_CREDENTIALS=oidc AUTH_OIDC_ISSUER=http://idp.example.com AUTH_OIDC_AUDIENCE=api "$api" openapi 2>&1); then fail "a plain-http issuer was accepted"; fi
grep -q "use an https:// URL" <<<"$out" || fail "plain-http issuer message: $out"
if out=$(APP_ENV=test AUTH_CREDENTIALS=paseto,ldap "$api" openapi 2>&1); then fail "an unknown credential kind was accepted"; fi
grep -q "AUTH_CREDENTIALS holds 'ldap'" <<<"$out" || fail "unknown kind message: $out"
if out=$(APP_ENV=test AUTH_API_KEY_GRANTABLE_ROLES=membr "$api" openapi 2>&1); then fail "a grantable role nobody declares was accepted"; fi
grep -q "may grant the role 'membr', which no role type declares" <<<"$out" || fail "unknown grantable role message: $out"
if out=$(APP_ENV=test AUTH_CREDENTIALS=apiKey AUTH_API_KEY_GRANTABLE_ROLES=member "$api" openapi 2>&1); then fail "admin routes nobody can call were accepted"; fi
grep -q "requires the role 'admin', which no configured credential scheme may grant" <<<"$out" || fail "unreachable admin routes message: $out"
echo "ok   credential settings are checked: issuer, audience, https, kinds, grantable roles, reachable routes"

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

key=$("$api" key create --name ci-bot --roles member --expires 30d 2>/dev/null)
[[ $key =~ ^wk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$ ]] || fail "key create printed '$key'"
listing=$("$api" key list)
grep -qE "wk_${key:3:12} +ci-bot +member +expires " <<<"$listing" || fail "key list: $listing"
grep -q "${key:16}" <<<"$listing" && fail "key list shows the secret"
[ "$("$api" key revoke "wk_${key:3:12}")" = revoked ] || fail "key revoke by prefix"
"$api" key list | grep -qE "wk_${key:3:12} +ci-bot +member +revoked" || fail "the revoked key is not listed as revoked"
echo "ok   key create prints a key once, key list shows prefixes (never secrets), key revoke takes a prefix"

if out=$("$api" key create --name x --roles wizard 2>&1); then fail "a key with an unknown role was created"; fi
grep -q "unknown role 'wizard'" <<<"$out" || fail "unknown key role message: $out"
if out=$("$api" key create --name x --roles member --expires 2001-01-01T00:00:00Z 2>&1); then fail "a key expiring in the past was created"; fi
grep -q "is in the past" <<<"$out" || fail "past expiry message: $out"
if out=$("$api" key create --name x --roles member --expires soon 2>&1); then fail "a malformed expiry was accepted"; fi
grep -q "neither an RFC 3339 time nor a duration" <<<"$out" || fail "malformed expiry message: $out"
if out=$("$api" key create --name x --roles , 2>&1); then fail "a key without roles was created"; fi
grep -q "names no role" <<<"$out" || fail "no-role message: $out"
if out=$("$api" key revoke wk_aaaaaaaaaaaa 2>&1); then fail "revoking an unknown key succeeded"; fi
grep -q "no API key has the id or prefix 'aaaaaaaaaaaa'" <<<"$out" || fail "unknown key message: $out"
echo "ok   key create refuses unknown roles, past or malformed expiries and no roles; revoke names an unknown key"

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
