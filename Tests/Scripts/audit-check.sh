#!/usr/bin/env bash
# Checks `api openapi diff` and the security report's formats end to end: exit codes, the change listed,
# Markdown and JSON output, acknowledgements, the snapshot, git: and URL sources, input errors, --role.
# Needs no database. Usage: audit-check.sh API_BINARY
set -euo pipefail
api=$1
fail() { echo "FAIL $*"; exit 1; }
export APP_ENV=test
work=$(mktemp -d)
server=
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

# Two edited copies of the committed snapshot: one makes GET /admin/todos public, one drops a parameter.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
spec = json.load(open("docs/openapi.json"))
public = json.loads(json.dumps(spec))
operation = public["paths"]["/admin/todos"]["get"]
operation["security"] = []
operation.pop("x-admitted-roles", None)
json.dump(public, open(f"{work}/public.json", "w"), indent=2)
breaking = json.loads(json.dumps(spec))
breaking["paths"]["/todos"]["get"]["parameters"] = [p for p in breaking["paths"]["/todos"]["get"]["parameters"] if p["name"] != "offset"]
json.dump(breaking, open(f"{work}/breaking.json", "w"), indent=2)
PY

status=0; out=$("$api" openapi diff docs/openapi.json "$work/public.json") || status=$?
[ "$status" = 3 ] || fail "a public admin route: exit $status, expected 3: $out"
grep -qE '^security +security\.became-public +GET /admin/todos +adminAllTodos +[0-9a-f]{16} ' <<<"$out" || fail "the change is not listed: $out"
grep -q "exit 3: unacknowledged security changes" <<<"$out" || fail "no verdict line: $out"
echo "ok   openapi diff of two files: exit 3, security.became-public on GET /admin/todos listed"

status=0; out=$("$api" openapi diff docs/openapi.json "$work/breaking.json") || status=$?
[ "$status" = 2 ] || fail "a removed parameter: exit $status, expected 2: $out"
grep -q "breaking.removed-parameter" <<<"$out" || fail "the removed parameter is not listed: $out"
echo "ok   a removed parameter alone: exit 2 (breaking)"

status=0; out=$("$api" openapi diff docs/openapi.json "$work/public.json" --format markdown) || status=$?
[ "$status" = 3 ] || fail "--format markdown: exit $status"
[ "$(head -n1 <<<"$out")" = "### OpenAPI audit: 1 security, 0 breaking, 0 other" ] || fail "markdown summary: $(head -n1 <<<"$out")"
grep -qF "#### Security changes (1)" <<<"$out" || fail "markdown security section: $out"
grep -qF '| ⚠️ | `GET /admin/todos` (`adminAllTodos`) |' <<<"$out" || fail "markdown row: $out"
grep -qF 'audit/acknowledged.json' <<<"$out" || fail "markdown does not say how to acknowledge: $out"
echo "ok   --format markdown: summary line, a section per kind, a table row, how to acknowledge"

status=0; json=$("$api" openapi diff docs/openapi.json "$work/public.json" --format json) || status=$?
[ "$status" = 3 ] || fail "--format json: exit $status"
fingerprint=$(python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); assert r["exitCode"]==3; c=r["changes"][0]; assert c["code"]=="security.became-public" and c["operation"]["path"]=="/admin/todos"; print(c["fingerprint"])' <<<"$json") \
  || fail "--format json is not the expected JSON: $json"
echo "ok   --format json parses, with the exit code, the change and its fingerprint"

cat > "$work/acknowledged.json" <<JSON
{"acknowledged": [
  {"fingerprint": "$fingerprint", "change": "GET /admin/todos now public", "reason": "Checked: the audit log is public by design.", "reviewedBy": "ada"},
  {"fingerprint": "0123456789abcdef", "change": "an old change", "reason": "Merged long ago.", "reviewedBy": "bob"}
]}
JSON
status=0; out=$("$api" openapi diff docs/openapi.json "$work/public.json" --acknowledged "$work/acknowledged.json" 2>"$work/stderr") || status=$?
[ "$status" = 0 ] || fail "an acknowledged change: exit $status, expected 0: $out"
grep -qE '^security +security\.became-public +GET /admin/todos .* yes ' <<<"$out" || fail "the acknowledged change is not listed as acknowledged: $out"
grep -q "warning: acknowledgement 0123456789abcdef matches no change" "$work/stderr" || fail "no stale warning on stderr: $(cat "$work/stderr")"
echo "ok   --acknowledged: the change is listed as acknowledged, exit 0; a stale entry is warned about"

echo '{"acknowledged": [{"fingerprint": "0123456789abcdef", "reviewedBy": "bob"}]}' > "$work/bad.json"
status=0; out=$("$api" openapi diff docs/openapi.json "$work/public.json" --acknowledged "$work/bad.json" 2>&1) || status=$?
[ "$status" = 1 ] || fail "a malformed acknowledgement file: exit $status"
grep -q "entry 1 has no reason" <<<"$out" || fail "malformed acknowledgement message: $out"
echo "ok   a malformed acknowledgement file: exit 1, naming the entry and what is missing"

status=0; out=$("$api" openapi diff --against-snapshot) || status=$?
[ "$status" = 0 ] || fail "--against-snapshot on the unchanged tree: exit $status: $out"
grep -q "docs/openapi.json → the document this build generates: no changes" <<<"$out" || fail "--against-snapshot: $out"
echo "ok   --against-snapshot on the unchanged tree: no changes, exit 0"

status=0; out=$("$api" openapi diff git:HEAD:docs/openapi.json git:HEAD:docs/openapi.json) || status=$?
[ "$status" = 0 ] || fail "git:HEAD against itself: exit $status: $out"
status=0; out=$("$api" openapi diff git:no-such-revision:docs/openapi.json docs/openapi.json 2>&1) || status=$?
[ "$status" = 1 ] || fail "an unknown revision: exit $status"
grep -q "git show no-such-revision:docs/openapi.json failed" <<<"$out" || fail "unknown revision message: $out"
echo "ok   git:REVISION:PATH sources read the committed file; an unknown revision is exit 1, named"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory docs >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break; sleep 0.1; done
status=0; out=$("$api" openapi diff "http://127.0.0.1:$port/openapi.json" "$work/public.json") || status=$?
[ "$status" = 3 ] || fail "a served old document: exit $status: $out"
status=0; out=$("$api" openapi diff "http://127.0.0.1:$port/missing.json" docs/openapi.json 2>&1) || status=$?
[ "$status" = 1 ] && grep -q "answered 404" <<<"$out" || fail "a 404 URL: exit $status: $out"
echo "ok   http:// sources are fetched; a 404 is exit 1, named"

for args in "docs/openapi.json $work/missing.json|missing.json: no such file" \
            "docs/openapi.json Package.swift|Package.swift is neither JSON nor valid YAML" \
            "docs/openapi.json $work/acknowledged.json|is not an OpenAPI document" \
            "docs/openapi.json|give two documents" \
            "docs/openapi.json $work/public.json --format html|--format html is not a report format"; do
  status=0; out=$("$api" openapi diff ${args%%|*} 2>&1) || status=$?
  [ "$status" = 1 ] || fail "'${args%%|*}': exit $status, expected 1: $out"
  grep -qF -e "${args#*|}" <<<"$out" || fail "'${args%%|*}' says: $out"
done
echo "ok   input errors (missing file, not JSON or YAML, not OpenAPI, one argument, unknown format): exit 1, saying what to fix"

"$api" openapi | cmp -s - docs/openapi.json || fail "api openapi no longer prints the committed snapshot"
yaml=$("$api" openapi --format yaml)
[ "$(head -n1 <<<"$yaml")" = "components:" ] || fail "api openapi --format yaml: $(head -n1 <<<"$yaml")"
report=$("$api" openapi --security-report)
head -n1 <<<"$report" | grep -qE '^METHOD +PATH +OPERATION +ACCESS +CREDENTIALS +ADMITTED$' || fail "security report header: $(head -n1 <<<"$report")"
grep -qE '^ROLE +INCLUDES +INCLUDED BY +SUMMARY$' <<<"$report" || fail "the report has no roles table: $report"
grep -qE '^member +admin +Manage your own todos\.$' <<<"$report" || fail "the roles table does not say admin includes member: $report"
echo "ok   api openapi and --security-report print as before, the report now with its roles table"

"$api" openapi --security-report --format json | python3 -c '
import json, sys
report = json.load(sys.stdin)
rows = {(o["method"], o["path"]): o for o in report["operations"]}
assert rows[("GET", "/todos")]["admittedRoles"] == ["admin", "member"], rows[("GET", "/todos")]
assert rows[("GET", "/me")]["requirement"] == "authenticated"
assert {r["name"]: r["includes"] for r in report["roles"]} == {"admin": ["member"], "member": []}
' || fail "--security-report --format json"
"$api" openapi --security-report --format markdown | grep -qF '| GET | `/todos` | `todoList` | role: member | paseto, api-key | `admin`, `member` |' || fail "--security-report --format markdown"
echo "ok   --security-report --format json parses (operations and roles), --format markdown has the table"

view=$("$api" openapi --security-report --role member)
grep -qE '^yes +GET +/todos +todoList ' <<<"$view" || fail "--role member does not list GET /todos as callable: $view"
grep -qE '^yes +GET +/me ' <<<"$view" || fail "--role member does not list GET /me: $view"
grep -qE '^yes +GET +/admin/todos ' <<<"$view" && fail "--role member lists GET /admin/todos as callable: $view"
grep -qE '^no +GET +/admin/todos ' <<<"$view" || fail "--role member does not list GET /admin/todos as refused: $view"
if out=$("$api" openapi --security-report --role wizard 2>&1); then fail "an unknown role was accepted"; fi
grep -q "unknown role 'wizard'; the app's roles are admin, member" <<<"$out" || fail "unknown role message: $out"
if out=$("$api" openapi --security-report --format yaml 2>&1); then fail "--security-report --format yaml was accepted"; fi
grep -q "table, markdown or json" <<<"$out" || fail "report format message: $out"
echo "ok   --role member lists /todos as callable and not /admin/todos; an unknown role is named"
