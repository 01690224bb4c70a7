#!/usr/bin/env bash
# Checks scripts/lean-libpq.sh's refusals without the network: fake `uname`, `dpkg-source`, `dpkg-query` and
# `apt-get` on the PATH, a fake os-release. Each refusal says why and leaves the release link to the system
# libpq (exit 0), or stops the build when LEAN_LIBPQ_REQUIRED=1; a library built for another libpq-dev
# version is removed; one built for this version is kept without fetching anything. (The real fetch and
# build run in `make release`; Tests/Scripts/hot-code-check.py checks the binary then needs no libpq.so.)
# Usage: lean-libpq-check.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
script=$root/scripts/lean-libpq.sh
fail() { echo "FAIL $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fake=$work/fake
mkdir -p "$fake"
printf '#!/bin/sh\necho Linux\n' >"$fake/uname"
printf '#!/bin/sh\nexit 0\n' >"$fake/dpkg-source"
printf '#!/bin/sh\nprintf "postgresql-15 15.18-0+deb12u1"\n' >"$fake/dpkg-query"
# apt-get logs its call and fails, like a machine without network to deb.debian.org.
printf '#!/bin/sh\necho "apt-get $*" >>"%s"\nexit 100\n' "$work/apt.log" >"$fake/apt-get"
chmod +x "$fake"/*
printf 'ID=debian\nVERSION_CODENAME=bookworm\n' >"$work/debian"
printf 'ID=fedora\n' >"$work/fedora"
out=$work/lean

# run OS_RELEASE [VAR=VALUE...]: runs the script; sets status and printed.
run() {
    local release=$1
    shift
    set +e
    printed=$(env PATH="$fake:$PATH" OS_RELEASE="$work/$release" "$@" bash "$script" "$out" 2>&1)
    status=$?
    set -e
}

run fedora
[ "$status" = 0 ] || fail "not Debian: exited $status: $printed"
grep -q "not Debian (ID=fedora); the release build links the system libpq" <<<"$printed" || fail "not Debian: printed '$printed'"
[ ! -e "$out" ] || fail "not Debian: $out was created"
echo "ok   lean-libpq: not Debian, it says so and the release link takes the system libpq"

run fedora LEAN_LIBPQ_REQUIRED=1
[ "$status" = 1 ] || fail "not Debian, required: exited $status"
grep -q "LEAN_LIBPQ_REQUIRED=1: stopping" <<<"$printed" || fail "not Debian, required: printed '$printed'"
echo "ok   lean-libpq: LEAN_LIBPQ_REQUIRED=1 turns a refusal into a failed build"

mkdir -p "$out" && echo "postgresql-15 15.17-0+deb12u1" >"$out/SOURCE" && touch "$out/libpq.a"
run debian
[ "$status" = 0 ] || fail "no network: exited $status: $printed"
grep -q "apt-get update failed (no network to deb.debian.org?)" <<<"$printed" || fail "no network: printed '$printed'"
grep -q "deb-src\|SourceList=" "$work/apt.log" || fail "no network: apt-get was not given the private source list: $(cat "$work/apt.log")"
[ ! -e "$out" ] || fail "a library built for libpq-dev 15.17 survived an upgrade to 15.18"
echo "ok   lean-libpq: no network, it says so; the library built for an older libpq-dev is removed"

run debian LEAN_LIBPQ_REQUIRED=1
[ "$status" = 1 ] || fail "no network, required: exited $status"
echo "ok   lean-libpq: no network and LEAN_LIBPQ_REQUIRED=1, the build stops"

rm -f "$work/apt.log"
mkdir -p "$out" && echo "postgresql-15 15.18-0+deb12u1" >"$out/SOURCE" && touch "$out/libpq.a"
run debian LEAN_LIBPQ_REQUIRED=1
[ "$status" = 0 ] || fail "already built: exited $status: $printed"
[ -e "$out/libpq.a" ] || fail "already built: the library was removed"
[ ! -e "$work/apt.log" ] || fail "already built: apt-get was called: $(cat "$work/apt.log")"
echo "ok   lean-libpq: built for this libpq-dev already, nothing is fetched"

printf '#!/bin/sh\nexit 1\n' >"$fake/dpkg-query"
rm -rf "$out"
run debian
[ "$status" = 0 ] && grep -q "libpq-dev is not installed" <<<"$printed" || fail "no libpq-dev: exited $status, printed '$printed'"
echo "ok   lean-libpq: without libpq-dev, it says so"
