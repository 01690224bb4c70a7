#!/usr/bin/env bash
# Checks the `api` developer commands: keys generate, token mint (and its refusal in production),
# openapi --security-report. Usage: cli-check.sh API_BINARY
set -euo pipefail
api=$1
fail() { echo "FAIL $*"; exit 1; }
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
head -n1 <<<"$report" | grep -qE '^METHOD +PATH +OPERATION +ACCESS$' || fail "security report header: $(head -n1 <<<"$report")"
grep -qE '^GET +/admin/todos +allTodos +role: admin$' <<<"$report" || fail "security report lacks the admin route"
echo "ok   openapi --security-report lists operations with their access"
