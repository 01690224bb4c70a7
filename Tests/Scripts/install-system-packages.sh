#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing; runs `apt-get update` once, only if needed.
# On macOS, the Homebrew formulas those Debian names stand for (install_with_brew), only those missing.
# Usage: install-system-packages.sh PACKAGE...
set -euo pipefail

install_with_brew() {
  command -v brew >/dev/null 2>&1 || {
    echo "macOS needs Homebrew for the project's libraries and PostgreSQL: install it (https://brew.sh), then run this again" >&2
    exit 1
  }
  # /usr/bin/swift exists even without a toolchain (it asks for one), so run it rather than look for it.
  swift --version >/dev/null 2>&1 || {
    echo "no working swift: install Xcode (App Store) or a toolchain from https://swift.org/install, then run this again" >&2
    exit 1
  }
  local installed package formula wanted=() missing=()
  installed=$(brew list --formula --versions)
  for package in "$@"; do
    case $package in
      libpq-dev) wanted+=(libpq) ;;
      libsodium-dev) wanted+=(libsodium) ;;
      pkg-config) wanted+=(pkgconf) ;;
      postgresql)
        # Any postgresql@N from 15 on will do (scripts/platform.sh takes the newest); else 15, as on Debian.
        if [ -z "$(sed -n 's/^postgresql@\([0-9][0-9]*\) .*/\1/p' <<<"$installed" | awk '$1 >= 15')" ]; then
          wanted+=(postgresql@15)
        fi ;;
      make | python3-venv) ;; # Xcode's command line tools provide make and python3, venv included.
      dpkg-dev | gcc) ;; # Debian only: scripts/lean-libpq.sh builds Debian's libpq source; macOS links Homebrew's.
      chromium) echo "not installing chromium: the browser checks (make test-browser) need Chromium or Google Chrome" >&2 ;;
      valgrind) echo "not installing valgrind: Linux only, for make lambda-order and the Lambda binary's layout check" >&2 ;;
      *) wanted+=("$package") ;; # the same name in Homebrew, such as wrk
    esac
  done
  for formula in ${wanted[@]+"${wanted[@]}"}; do
    awk -v formula="$formula" '$1 == formula { found = 1 } END { exit !found }' <<<"$installed" || missing+=("$formula")
  done
  # ":-" and "[@]+" above: macOS's bash 3.2 takes an empty array for an unset one under set -u.
  [ -z "${missing[*]:-}" ] && return 0
  echo "installing: ${missing[*]}" >&2
  brew install "${missing[@]}" >/dev/null
}

if [ "$(uname -s)" = Darwin ]; then
  install_with_brew "$@"
  exit 0
fi
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
