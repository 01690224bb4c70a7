#!/usr/bin/env bash
# Checks the macOS branches of install-system-packages.sh, scripts/platform.sh and scripts/local-postgres.sh
# without a Mac: a fake `uname` says Darwin, a fake `brew` answers from a fake Homebrew prefix (a formula is
# installed when its opt/ directory exists) and logs its arguments. Then checks the Debian branch still
# installs nothing when nothing is missing (real dpkg-query, fake apt-get). No network, installs nothing.
# Usage: platform-check.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
install=$root/Tests/Scripts/install-system-packages.sh
fail() { echo "FAIL $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/homebrew
unset PG_BIN # the checks set it where they mean to
log=$work/brew.log
export FAKE_BREW_PREFIX=$prefix FAKE_BREW_LOG=$log FAKE_LOG=$work/tools.log

fake=$work/fake
mkdir -p "$fake"
cat > "$fake/uname" <<'SH'
#!/bin/sh
echo "${FAKE_UNAME:-Darwin}"
SH
cat > "$fake/swift" <<'SH'
#!/bin/sh
# Like /usr/bin/swift on a Mac without Xcode or its command line tools when FAKE_SWIFT_BROKEN is set.
if [ -n "${FAKE_SWIFT_BROKEN:-}" ]; then echo "xcode-select: note: No developer tools were found" >&2; exit 1; fi
echo "Apple Swift version 6.2 (swiftlang-6.2.0.19.9 clang-1700.3.19.1)"
SH
cat > "$fake/brew" <<'SH'
#!/usr/bin/env bash
echo "$*" >> "$FAKE_BREW_LOG"
case $1 in
  --prefix) if [ $# -eq 1 ]; then echo "$FAKE_BREW_PREFIX"; else echo "$FAKE_BREW_PREFIX/opt/$2"; fi ;;
  list)
    names=()
    for arg in "${@:2}"; do case $arg in -*) ;; *) names+=("$arg") ;; esac; done
    if [ ${#names[@]} -eq 0 ]; then
      for keg in "$FAKE_BREW_PREFIX"/opt/*; do if [ -d "$keg" ]; then echo "${keg##*/} 1.0"; fi; done
      exit 0
    fi
    status=0
    for name in "${names[@]}"; do
      if [ -d "$FAKE_BREW_PREFIX/opt/$name" ]; then echo "$name 1.0"; else echo "Error: No such keg: $name" >&2; status=1; fi
    done
    exit $status ;;
  install) ;;
  *) echo "fake brew: unexpected 'brew $*'" >&2; exit 2 ;;
esac
SH
# Tools that must not run on the macOS path: they log and fail.
for tool in runuser chown; do
  { echo '#!/bin/sh'; echo "echo \"$tool \$*\" >> \"\$FAKE_LOG\""; echo 'exit 1'; } > "$fake/$tool"
done
chmod +x "$fake"/*

# make_prefix FORMULA...: a fresh fake Homebrew prefix with these formulas installed.
make_prefix() {
  rm -rf "$prefix"
  mkdir -p "$prefix/lib/pkgconfig" "$prefix/opt"
  local formula tool
  for formula in "$@"; do
    mkdir -p "$prefix/opt/$formula"
    case $formula in
      postgresql@*)
        mkdir -p "$prefix/opt/$formula/bin"
        for tool in initdb pg_ctl postgres psql; do
          sed "s/@VERSION@/${formula#postgresql@}/" "$work/fake-$tool" > "$prefix/opt/$formula/bin/$tool"
          chmod +x "$prefix/opt/$formula/bin/$tool"
        done ;;
      ca-certificates) ;;
      *) mkdir -p "$prefix/opt/$formula/lib/pkgconfig" ;;
    esac
  done
  if [ -d "$prefix/opt/libpq" ]; then
    # The shape of a Homebrew install receipt (pretty-printed JSON), trimmed.
    cat > "$prefix/opt/libpq/INSTALL_RECEIPT.json" <<'JSON'
{
  "homebrew_version": "4.5.0",
  "installed_on_request": true,
  "runtime_dependencies": [
    {
      "full_name": "ca-certificates",
      "version": "2025-02-25",
      "declared_directly": false
    },
    {
      "full_name": "openssl@3",
      "version": "3.4.1",
      "declared_directly": true
    },
    {
      "full_name": "krb5",
      "version": "1.21.3",
      "declared_directly": true
    }
  ],
  "source": {
    "tap": "homebrew/core",
    "spec": "stable"
  }
}
JSON
  fi
}

# Fake PostgreSQL tools for local-postgres.sh: each logs its version, uid and arguments.
cat > "$work/fake-initdb" <<'SH'
#!/usr/bin/env bash
echo "initdb@VERSION@ uid=$(id -u) $*" >> "$FAKE_LOG"
while [ $# -gt 0 ]; do case $1 in -D) data=$2; shift ;; esac; shift; done
mkdir -p "$data" && echo @VERSION@ > "$data/PG_VERSION" && touch "$data/postgresql.conf"
SH
cat > "$work/fake-pg_ctl" <<'SH'
#!/usr/bin/env bash
echo "pg_ctl@VERSION@ uid=$(id -u) $*" >> "$FAKE_LOG"
while [ $# -gt 0 ]; do case $1 in -D) data=$2; shift ;; -l | -m | -t | -o) shift ;; -*) ;; *) action=$1 ;; esac; shift; done
case $action in
  status) [ -f "$data/running" ] || exit 3 ;;
  start) touch "$data/running" ;;
  stop) rm -f "$data/running" ;;
esac
SH
cat > "$work/fake-psql" <<'SH'
#!/usr/bin/env bash
echo "psql@VERSION@ $*" >> "$FAKE_LOG"
SH
printf '#!/bin/sh\nexit 0\n' > "$work/fake-postgres"

# brew_install INSTALLED PACKAGE...: runs install-system-packages.sh PACKAGE... as on a Mac with the
# formulas INSTALLED (space-separated); sets out (its output), status, and installs (the `brew install` calls).
brew_install() {
  # shellcheck disable=SC2086 # INSTALLED is a word list
  make_prefix $1
  shift
  : > "$log"
  status=0
  out=$(PATH="$fake:$PATH" "$install" "$@" 2>&1) || status=$?
  installs=$(grep '^install' "$log" || true)
}

brew_install "" libsodium-dev libpq-dev postgresql python3-venv
[ "$status" = 0 ] || fail "install with nothing installed exited $status: $out"
[ "$installs" = "install libsodium libpq postgresql@15" ] || fail "with nothing installed, brew was called as '$installs'"
grep -q "installing: libsodium libpq postgresql@15" <<<"$out" || fail "no 'installing:' line: $out"
echo "ok   macOS: make deps installs the missing formulas, Debian names mapped (libsodium libpq postgresql@15), in one brew install"

brew_install "libsodium postgresql@17" libsodium-dev libpq-dev postgresql python3-venv
[ "$installs" = "install libpq" ] || fail "with libsodium and postgresql@17 installed, brew was called as '$installs'"
echo "ok   macOS: only the missing formula is installed; an installed postgresql@17 stands for postgresql"

brew_install "postgresql@14" postgresql
[ "$installs" = "install postgresql@15" ] || fail "with only postgresql@14, brew was called as '$installs'"
echo "ok   macOS: postgresql@14 is too old, postgresql@15 is installed"

brew_install "libpq libsodium postgresql@15" libsodium-dev libpq-dev postgresql python3-venv make
[ "$status" = 0 ] || fail "install with everything installed exited $status: $out"
[ -z "$installs" ] || fail "with everything installed, brew was called as '$installs'"
[ -z "$out" ] || fail "with everything installed, it printed: $out"
echo "ok   macOS: nothing is installed, nor printed, when every formula is there"

brew_install "" make chromium valgrind pkg-config wrk dpkg-dev gcc
[ "$installs" = "install pkgconf wrk" ] || fail "make chromium valgrind pkg-config wrk dpkg-dev gcc: brew was called as '$installs'"
grep -q "Chromium or Google Chrome" <<<"$out" || fail "no note about the browser for chromium: $out"
grep -q "valgrind: Linux only" <<<"$out" || fail "no note about valgrind: $out"
echo "ok   macOS: make, dpkg-dev and gcc are skipped, chromium and valgrind skipped with a note, pkg-config is pkgconf, wrk keeps its name"

# A PATH with the fake uname and swift and no brew anywhere (also on a Mac that has Homebrew).
nobrew=$work/nobrew
mkdir -p "$nobrew"
cp "$fake/uname" "$fake/swift" "$nobrew/"
path_without_brew=$nobrew
IFS=: read -r -a entries <<<"$PATH"
for entry in "${entries[@]}"; do
  if [ -n "$entry" ] && [ ! -x "$entry/brew" ]; then path_without_brew=$path_without_brew:$entry; fi
done
: > "$log"
status=0
out=$(PATH=$path_without_brew "$install" libpq-dev 2>&1) || status=$?
[ "$status" != 0 ] || fail "without brew, install exited 0: $out"
grep -q "https://brew.sh" <<<"$out" || fail "without brew, the error does not say where Homebrew comes from: $out"
echo "ok   macOS: without brew, a clear error (install Homebrew: https://brew.sh) and exit $status"

make_prefix
: > "$log"
status=0
out=$(PATH="$fake:$PATH" FAKE_SWIFT_BROKEN=1 "$install" libpq-dev 2>&1) || status=$?
[ "$status" != 0 ] || fail "without a working swift, install exited 0: $out"
if ! grep -q "Xcode" <<<"$out" || ! grep -q "https://swift.org/install" <<<"$out"; then fail "the missing-swift error: $out"; fi
grep -q '^install' "$log" && fail "without a working swift, brew install still ran"
echo "ok   macOS: without a working swift, a clear error (Xcode or swift.org) and exit $status, nothing installed"

# platform VAR...: sources scripts/platform.sh with the fakes first on PATH (PATH as /usr/bin:/bin behind
# them, so the expected PATH is known) and prints each VAR, one a line.
platform() {
  PATH="$fake:/usr/bin:/bin" bash -c '. "$1"; shift; for name; do printf "%s\n" "${!name}"; done' _ \
    "$root/scripts/platform.sh" "$@"
}
make_prefix libpq libsodium openssl@3 krb5 ca-certificates postgresql@15
expected=$prefix/opt/libpq/lib/pkgconfig:$prefix/opt/krb5/lib/pkgconfig:$prefix/opt/openssl@3/lib/pkgconfig:$prefix/lib/pkgconfig:/elsewhere
got=$(PKG_CONFIG_PATH=/elsewhere platform PKG_CONFIG_PATH)
[ "$got" = "$expected" ] || fail "PKG_CONFIG_PATH is '$got', expected '$expected'"
echo "ok   platform.sh on macOS: PKG_CONFIG_PATH has libpq's pkgconfig dir, those of the kegs its receipt names, Homebrew's, then the user's"

got=$(platform postgres_bin PATH)
[ "$got" = "$prefix/opt/postgresql@15/bin"$'\n'"$prefix/opt/postgresql@15/bin:$fake:/usr/bin:/bin" ] \
  || fail "with postgresql@15: postgres_bin and PATH are: $got"
echo "ok   platform.sh on macOS: postgres_bin is postgresql@15's bin, first on PATH (for psql)"

make_prefix libpq postgresql@17
got=$(platform postgres_bin)
[ "$got" = "$prefix/opt/postgresql@17/bin" ] || fail "with only postgresql@17: postgres_bin is '$got'"
make_prefix libpq postgresql@15 postgresql@17 postgresql@14
got=$(platform postgres_bin)
[ "$got" = "$prefix/opt/postgresql@17/bin" ] || fail "with postgresql@14, @15 and @17: postgres_bin is '$got'"
make_prefix libpq postgresql@14
got=$(platform postgres_bin)
[ "$got" = "$prefix/opt/postgresql@15/bin" ] || fail "with only postgresql@14: postgres_bin is '$got'"
echo "ok   platform.sh on macOS: the newest postgresql@N from 15 on (@17 alone, @17 over @15), else where @15 would be"

got=$(PG_BIN=/opt/pg/bin platform postgres_bin)
[ "$got" = /opt/pg/bin ] || fail "PG_BIN=/opt/pg/bin on macOS: postgres_bin is '$got'"
got=$(FAKE_UNAME=Linux PG_BIN=/opt/pg/bin platform postgres_bin)
[ "$got" = /opt/pg/bin ] || fail "PG_BIN=/opt/pg/bin on Linux: postgres_bin is '$got'"
echo "ok   platform.sh: an explicit PG_BIN wins, on macOS and on Linux"

make_prefix libpq openssl@3 postgresql@15
got=$(PKG_CONFIG_PATH=/elsewhere PATH="$fake:/usr/bin:/bin" bash -c \
  '. "$1"; . "$1"; printf "%s\n%s\n" "$PKG_CONFIG_PATH" "$PATH"' _ "$root/scripts/platform.sh")
[ "$got" = "$prefix/opt/libpq/lib/pkgconfig:$prefix/opt/openssl@3/lib/pkgconfig:$prefix/lib/pkgconfig:/elsewhere"$'\n'"$prefix/opt/postgresql@15/bin:$fake:/usr/bin:/bin" ] \
  || fail "sourced twice: $got"
echo "ok   platform.sh: sourcing it twice adds nothing twice"

got=$(PKG_CONFIG_PATH=/elsewhere PATH="$nobrew:/usr/bin:/bin" bash -c \
  'set -eu; . "$1"; printf "%s|%s|%s\n" "$PKG_CONFIG_PATH" "$postgres_bin" "$PATH"' _ "$root/scripts/platform.sh") \
  || fail "platform.sh fails on macOS without brew"
[ "$got" = "/elsewhere||$nobrew:/usr/bin:/bin" ] || fail "on macOS without brew: $got"
got=$(FAKE_UNAME=Linux PKG_CONFIG_PATH=/elsewhere PATH="$fake:/usr/bin:/bin" bash -c \
  'set -eu; . "$1"; printf "%s|%s|%s\n" "$PKG_CONFIG_PATH" "$postgres_bin" "$PATH"' _ "$root/scripts/platform.sh")
[ "$got" = "/elsewhere|/usr/lib/postgresql/15/bin|$fake:/usr/bin:/bin" ] || fail "on Linux: $got"
echo "ok   platform.sh: without brew on macOS, and on Linux, it changes nothing but postgres_bin (Debian's PostgreSQL 15 on Linux)"

# local-postgres.sh on a copy of the scripts (its cluster lives beside them), with the fake postgresql@17.
copy=$work/project
mkdir -p "$copy/scripts"
cp "$root/scripts/local-postgres.sh" "$root/scripts/platform.sh" "$copy/scripts/"
make_prefix libpq postgresql@17
: > "$FAKE_LOG"
url=$(PATH="$fake:$PATH" "$copy/scripts/local-postgres.sh" start 2>/dev/null) \
  || fail "local-postgres.sh start on macOS failed: $(cat "$FAKE_LOG")"
[[ $url =~ ^postgresql://postgres@127\.0\.0\.1:[0-9]+/warrant$ ]] || fail "local-postgres.sh start printed '$url'"
grep -q "^initdb17 uid=$(id -u) " "$FAKE_LOG" || fail "initdb of postgresql@17 did not run as this user: $(cat "$FAKE_LOG")"
grep -q "^pg_ctl17 .* start$" "$FAKE_LOG" || fail "pg_ctl of postgresql@17 did not start it: $(cat "$FAKE_LOG")"
grep -q "^psql17 " "$FAKE_LOG" || fail "psql was not postgresql@17's: $(cat "$FAKE_LOG")"
grep -qE "^(runuser|chown) " "$FAKE_LOG" && fail "runuser or chown ran on macOS: $(cat "$FAKE_LOG")"
echo "ok   local-postgres.sh on macOS: postgresql@17's initdb, pg_ctl and psql, as the current user (uid $(id -u)), no runuser"

PATH="$fake:$PATH" "$copy/scripts/local-postgres.sh" stop || fail "local-postgres.sh stop failed"
make_prefix libpq postgresql@17 postgresql@18
: > "$FAKE_LOG"
PATH="$fake:$PATH" "$copy/scripts/local-postgres.sh" start >/dev/null 2>&1 || fail "restart failed: $(cat "$FAKE_LOG")"
grep -q "^pg_ctl17 .* start$" "$FAKE_LOG" || fail "with postgresql@18 installed, the @17 cluster was not started by @17: $(cat "$FAKE_LOG")"
grep -q "^pg_ctl18" "$FAKE_LOG" && fail "postgresql@18's pg_ctl touched the @17 cluster: $(cat "$FAKE_LOG")"
echo "ok   local-postgres.sh on macOS: an existing cluster keeps the postgresql@N that made it when a newer one is installed"

# The Debian branch, with the real uname and dpkg-query, and apt-get and sudo that only log.
if [ "$(uname -s)" = Linux ] && command -v dpkg-query >/dev/null; then
  apt=$work/apt
  mkdir -p "$apt"
  cat > "$apt/apt-get" <<'SH'
#!/bin/sh
echo "apt-get $* DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-}" >> "$FAKE_LOG"
SH
  cat > "$apt/sudo" <<'SH'
#!/bin/sh
echo "sudo $1" >> "$FAKE_LOG"
exec "$@"
SH
  chmod +x "$apt"/*
  : > "$FAKE_LOG"
  out=$(env -u DEBIAN_FRONTEND PATH="$apt:$PATH" "$install" bash coreutils dpkg 2>&1) || fail "Debian, all installed: exited non-zero: $out"
  if [ -n "$out" ] || [ -s "$FAKE_LOG" ]; then fail "Debian, all installed: it printed '$out' and called: $(cat "$FAKE_LOG")"; fi
  echo "ok   Debian: nothing is called, nor printed, when every package is installed (dpkg-query)"
  out=$(env -u DEBIAN_FRONTEND PATH="$apt:$PATH" "$install" bash warrant-no-such-package 2>&1) || fail "Debian, one missing: exited non-zero: $out"
  [ "$out" = "installing: warrant-no-such-package" ] || fail "Debian, one missing: it printed '$out'"
  [ "$(grep '^apt-get' "$FAKE_LOG")" = "apt-get update -q DEBIAN_FRONTEND="$'\n'"apt-get install -y -q --no-install-recommends warrant-no-such-package DEBIAN_FRONTEND=noninteractive" ] \
    || fail "Debian, one missing: apt-get was called as: $(cat "$FAKE_LOG")"
  echo "ok   Debian: a missing package is named, then apt-get update and install only it"
else
  echo "skip Debian: not a Debian system"
fi
