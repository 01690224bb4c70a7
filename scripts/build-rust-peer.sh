#!/usr/bin/env bash
# Builds the benchmark harness's hand-written Rust server (peers/rust-hyper, hyper + tokio-postgres) from
# Debian's packaged crates, offline, and prints the binary's path. The sources are copied into .build first:
# the shared harness is read, never written (no target/ or Cargo.lock appears in it).
# Usage: build-rust-peer.sh BENCH_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peer=$1/peers/rust-hyper
[ -f "$peer/Cargo.toml" ] || { echo "no Rust peer at $peer" >&2; exit 1; }
# The crates its README names, as Debian packages; cargo itself only if none is on PATH.
crates="hyper tokio tokio-postgres serde-json serde-derive ring blake2b-simd base64 chrono percent-encoding serde
  postgres-types itoa bytes futures-util"
packages=$(for crate in $crates; do printf 'librust-%s-dev ' "$crate"; done)
command -v cargo >/dev/null 2>&1 || packages="$packages cargo"
# shellcheck disable=SC2086 # one word per package
"$root/Tests/Scripts/install-system-packages.sh" $packages
work=$root/.build/rust-peer
mkdir -p "$work"
rm -rf "$work/src" && cp -R "$peer/src" "$peer/Cargo.toml" "$peer/.cargo" "$work/"
# .cargo/config.toml points crates-io at /usr/share/cargo/registry; cargo reads it from the working directory.
(cd "$work" && cargo build --release --offline --quiet >&2)
echo "$work/target/release/rust-hyper-todo"
