#!/usr/bin/env bash
# Prints the path of a Python venv holding Tests/Scripts/requirements[-NAME].txt, created once under .build/.
#   tools-venv.sh          the test tools (validators, browser driver, cfn-lint, pyseto)
#   tools-venv.sh fuzz     schemathesis, kept apart because its pins differ
#   tools-venv.sh plot     matplotlib, for make bench-scaling only
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
name=${1:-tools}
requirements=$root/Tests/Scripts/requirements.txt
[ "$name" = tools ] || requirements=$root/Tests/Scripts/requirements-$name.txt
venv=$root/.build/$name-venv
stamp=$venv/.requirements
if ! cmp -s "$requirements" "$stamp" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$requirements" >&2
  cp "$requirements" "$stamp"
fi
echo "$venv"
