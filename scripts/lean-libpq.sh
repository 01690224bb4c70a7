#!/usr/bin/env bash
# Builds a static libpq without Kerberos (GSSAPI) or LDAP into OUT_DIRECTORY, for the release link on Debian
# (scripts/release-build.sh; docs/12-performance.md). Debian's shared libpq loads Kerberos, LDAP, GnuTLS,
# p11-kit and a dozen more libraries at start-up: 4 MiB of a Lambda environment's memory and a millisecond of
# its cold start, for authentication methods a Lambda function or an RDS Proxy does not use.
#
# The source is the installed libpq-dev's own source package, with Debian's patches (so the default socket
# folder and every fix match), fetched through apt, which checks it against the archive's signed index.
# TLS (OpenSSL) and SCRAM stay. Elsewhere (macOS, other distributions), or when it cannot fetch or build, it
# says why and the release link uses the system libpq — unless LEAN_LIBPQ_REQUIRED=1 (the Dockerfile), where
# that is an error.
#
# usage: [LEAN_LIBPQ_REQUIRED=1] scripts/lean-libpq.sh OUT_DIRECTORY
set -euo pipefail
out=${1:?usage: scripts/lean-libpq.sh OUT_DIRECTORY}

skip() {
    echo "lean-libpq: $1; the release build links the system libpq (Lambda mode then uses ~4 MiB more)" >&2
    [ "${LEAN_LIBPQ_REQUIRED:-0}" = 1 ] && { echo "lean-libpq: LEAN_LIBPQ_REQUIRED=1: stopping" >&2; exit 1; }
    exit 0
}
[ "$(uname -s)" = Linux ] || exit 0 # macOS links Homebrew's libpq; Lambda runs the Linux build
os_release=${OS_RELEASE:-/etc/os-release} # a test points it elsewhere
[ -r "$os_release" ] && . "$os_release"
[ "${ID:-}" = debian ] || skip "not Debian (ID=${ID:-unknown})"
command -v dpkg-source >/dev/null || skip "dpkg-source (package dpkg-dev) is not installed"
source_package=$(dpkg-query -W -f='${source:Package} ${source:Version}' libpq-dev 2>/dev/null) || skip "libpq-dev is not installed"
read -r package version <<<"$source_package"

# Built once per libpq-dev version; one built for another version must not meet these headers.
if [ "$(cat "$out/SOURCE" 2>/dev/null)" = "$source_package" ]; then exit 0; fi
rm -rf "$out"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private apt configuration: the system's sources stay untouched, and only the source index is fetched.
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
cat >"$work/sources.list" <<EOF
deb-src http://deb.debian.org/debian $VERSION_CODENAME main
deb-src http://deb.debian.org/debian-security $VERSION_CODENAME-security main
EOF
apt_options=(-q -o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
echo "lean-libpq: fetching $package $version" >&2
apt-get "${apt_options[@]}" update >/dev/null 2>&1 || skip "apt-get update failed (no network to deb.debian.org?)"
(cd "$work" && apt-get "${apt_options[@]}" source "$package=$version" >/dev/null 2>&1) \
    || skip "apt-get source $package=$version failed (no network to deb.debian.org?)"
tree=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name "postgresql-*" | head -n 1)
[ -n "$tree" ] || skip "the source package unpacked nowhere"

echo "lean-libpq: building libpq without GSSAPI or LDAP" >&2
(
    # -ffunction-sections: the release link keeps only the functions used and orders the hot ones. (Chained
    # with &&: `set -e` does not apply inside a subshell that `||` tests.)
    cd "$tree" &&
    ./configure --quiet --without-readline --without-zlib --without-icu --without-gssapi --without-ldap \
        --with-openssl CFLAGS="-O2 -fPIC -ffunction-sections -fdata-sections" >/dev/null &&
    make -s -C src/backend generated-headers >/dev/null &&
    make -s -j"$(nproc)" -C src/common libpgcommon_shlib.a >/dev/null &&
    make -s -j"$(nproc)" -C src/port libpgport_shlib.a >/dev/null &&
    make -s -j"$(nproc)" -C src/interfaces/libpq libpq.a >/dev/null
) || skip "building libpq failed (a C compiler, make and libssl-dev are needed)"
mkdir -p "$out"
cp "$tree/src/interfaces/libpq/libpq.a" "$tree/src/common/libpgcommon_shlib.a" "$tree/src/port/libpgport_shlib.a" "$out/"
# A linker script named like the shared library: the release link (Package.swift) searches this folder first,
# so the `-lpq` CLibPQ asks for takes the archives, with the OpenSSL they call.
echo "INPUT(-l:libpq.a -l:libpgcommon_shlib.a -l:libpgport_shlib.a -lssl -lcrypto)" >"$out/libpq.so"
echo "$source_package" >"$out/SOURCE"
echo "lean-libpq: $out" >&2
