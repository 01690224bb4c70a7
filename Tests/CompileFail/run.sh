#!/usr/bin/env bash
# Negative compile tests: each case here must NOT compile, and the compiler's error must name the
# mismatched access type (the case's first line: `// expect: <text>`); a case whose second line is
# `// errors: N` must fail with exactly N errors (a declaration mistake is one message, not a cascade from
# inside a macro's expansion). Each case replaces the probe's
# source in turn; the probe's own source (Tests/CompileProbe/Probe.swift) holds the positive twins and
# must compile. The original probe is restored however the script ends.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
probe=$root/Tests/CompileProbe/Probe.swift
saved=$(mktemp)
cp "$probe" "$saved"
restore() { cp "$saved" "$probe"; rm -f "$saved"; }
trap restore EXIT

build() { (cd "$root" && swift build --target CompileProbe 2>&1); }

failures=0
echo "compile-fail: positive twins"
if ! output=$(build); then
  echo "$output" | grep -E "error:" | head -5
  echo "FAIL: the positive twins in Tests/CompileProbe/Probe.swift do not compile"
  exit 1
fi
for case in "$root"/Tests/CompileFail/*.swift; do
  name=$(basename "$case" .swift)
  expected=$(head -n1 "$case" | sed -n 's|^// expect: ||p')
  errors=$(sed -n '2s|^// errors: ||p' "$case")
  cp "$case" "$probe"
  if output=$(build); then
    echo "FAIL $name: compiled, but it must not"
    failures=$((failures + 1))
  elif ! grep -qF -- "$expected" <<<"$output"; then
    echo "FAIL $name: did not compile, but the error does not say: $expected"
    grep -E "error:" <<<"$output" | sort -u | head -3
    failures=$((failures + 1))
  elif [ -n "$errors" ] && [ "$(grep -cE '^(/|macro expansion).*error:' <<<"$output")" != "$errors" ]; then
    echo "FAIL $name: expected $errors error(s), the compiler reported:"
    grep -E '^(/|macro expansion).*error:' <<<"$output" | head -5
    failures=$((failures + 1))
  elif [ -n "$errors" ]; then
    echo "ok   $name: $expected (and nothing else)"
  else
    echo "ok   $name: $expected"
  fi
done
cp "$saved" "$probe"
exit $((failures > 0))
