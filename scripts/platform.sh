# shellcheck shell=bash
# Sourced by bash: what the build and the local database need on this platform.
#   postgres_bin     the directory of initdb and pg_ctl; PG_BIN wins when set
#   PKG_CONFIG_PATH  macOS: Homebrew's libpq is keg-only, so pkg-config (and SwiftPM) must be told
#                    where libpq.pc is, and where the keg-only packages its Requires.private name are
#   PATH             macOS: postgres_bin first, as keg-only postgresql@N puts no psql on PATH
# On Linux only postgres_bin is set. Without Homebrew nothing else is changed: `make deps` says why.
# Sourcing it twice adds nothing twice.

# _warrant_prepend VAR DIR: put DIR first in the colon-separated VAR, unless VAR has it already.
_warrant_prepend() {
  local current=${!1:-}
  case ":$current:" in *":$2:"*) return 0 ;; esac
  printf -v "$1" '%s' "$2${current:+:$current}"
  export "${1?}"
}

# _warrant_newest_postgresql HOMEBREW_PREFIX: prints postgresql@N for the newest installed N >= 15, if any.
_warrant_newest_postgresql() {
  local keg n best=0
  for keg in "$1"/opt/postgresql@*; do
    n=${keg##*@}
    if [[ $n =~ ^[0-9]+$ ]] && [ "$n" -ge 15 ] && [ "$n" -gt "$best" ] && [ -x "$keg/bin/initdb" ]; then best=$n; fi
  done
  if [ "$best" -gt 0 ]; then echo "postgresql@$best"; fi
}

if [ "$(uname -s)" = Darwin ]; then
  postgres_bin=${PG_BIN:-}
  if command -v brew >/dev/null 2>&1; then
    _warrant_homebrew=$(brew --prefix)
    _warrant_libpq=$(brew --prefix libpq)
    # libpq.pc's Requires.private names libssl and libcrypto, from keg-only openssl@N: add the pkgconfig
    # dir of each runtime dependency libpq's install receipt names. Each goes first: libpq's ends first.
    _warrant_dirs=("$_warrant_homebrew/lib/pkgconfig")
    if [ -f "$_warrant_libpq/INSTALL_RECEIPT.json" ]; then
      while IFS= read -r _warrant_dep; do
        if [ -d "$_warrant_homebrew/opt/$_warrant_dep/lib/pkgconfig" ]; then
          _warrant_dirs+=("$_warrant_homebrew/opt/$_warrant_dep/lib/pkgconfig")
        fi
      done < <(grep -o '"full_name" *: *"[^"]*"' "$_warrant_libpq/INSTALL_RECEIPT.json" | sed 's/.*"\([^"]*\)"$/\1/' | sort -ru)
    fi
    _warrant_dirs+=("$_warrant_libpq/lib/pkgconfig")
    for _warrant_dir in "${_warrant_dirs[@]}"; do _warrant_prepend PKG_CONFIG_PATH "$_warrant_dir"; done
    if [ -z "$postgres_bin" ]; then
      _warrant_postgresql=$(_warrant_newest_postgresql "$_warrant_homebrew")
      # None yet: where `make deps` installs it, so the error names the path to expect.
      postgres_bin=$(brew --prefix "${_warrant_postgresql:-postgresql@15}")/bin
    fi
    unset _warrant_homebrew _warrant_libpq _warrant_dirs _warrant_dir _warrant_dep _warrant_postgresql
  fi
  if [ -n "$postgres_bin" ]; then _warrant_prepend PATH "$postgres_bin"; fi
else
  postgres_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
fi
export postgres_bin
