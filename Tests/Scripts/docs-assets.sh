#!/usr/bin/env bash
# Prints a folder holding self-hosted Swagger UI and ReDoc files (from PyPI's drf-spectacular-sidecar).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$("$root/Tests/Scripts/tools-venv.sh")
static=$("$venv/bin/python" -c 'import drf_spectacular_sidecar, os; print(os.path.join(os.path.dirname(drf_spectacular_sidecar.__file__), "static", "drf_spectacular_sidecar"))')
assets=$root/.build/docs-assets
mkdir -p "$assets"
cp "$static/swagger-ui-dist/swagger-ui-bundle.js" "$static/swagger-ui-dist/swagger-ui.css" "$static/swagger-ui-dist/oauth2-redirect.js" "$static/redoc/bundles/redoc.standalone.js" "$assets/"
echo "$assets"
