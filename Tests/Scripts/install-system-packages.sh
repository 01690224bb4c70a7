#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing; runs `apt-get update` once, only if needed.
# Usage: install-system-packages.sh PACKAGE...
set -euo pipefail
missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" = 0 ] || sudo_cmd="sudo"
echo "installing: ${missing[*]}" >&2
$sudo_cmd apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
