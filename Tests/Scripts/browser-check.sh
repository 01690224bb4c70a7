#!/usr/bin/env bash
# The headless-Chromium check of /docs and /redoc against the debug `api` on a throwaway database, with
# self-hosted assets: signs in through the Authorize dialog's OAuth2 password flow, runs "Try it out".
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$("$root/Tests/Scripts/tools-venv.sh")
assets=$("$root/Tests/Scripts/docs-assets.sh")
exec "$venv/bin/python" "$root/Tests/Scripts/browser-run.py" "$root/.build/debug/api" "$assets" "$@"
