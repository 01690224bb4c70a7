#!/usr/bin/env bash
# The release build of `api`, shared by `make release` and the Dockerfile (so `sam build` links the same binary).
# --static-swift-stdlib: one binary, no Swift runtime to install. -function-sections: each function in its own
# section, so the link drops the unused ones and places the ones Lambda mode runs together
# (Package.swift's linker settings, Sources/api/hot-functions.order; docs/12-performance.md).
# On Debian, libpq is linked statically without Kerberos or LDAP (scripts/lean-libpq.sh says why).
set -euo pipefail
package=$(cd "$(dirname "$0")/.." && pwd)
"$package/scripts/lean-libpq.sh" "$package/.build/lean-libpq" # where Package.swift's release link looks
exec swift build -c release --static-swift-stdlib --product api -Xswiftc -Xfrontend -Xswiftc -function-sections "$@"
