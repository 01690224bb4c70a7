#!/usr/bin/env bash
# Prints the path of a Python venv holding Tests/Scripts/requirements.txt, creating it once under .build/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$root/.build/tools-venv
stamp=$venv/.requirements
if ! cmp -s "$root/Tests/Scripts/requirements.txt" "$stamp" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$root/Tests/Scripts/requirements.txt" >&2
  cp "$root/Tests/Scripts/requirements.txt" "$stamp"
fi
echo "$venv"
