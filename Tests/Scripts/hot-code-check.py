"""The release `api` is linked for a small Lambda footprint: the functions Lambda mode runs sit together at the
start of its code, and it exports no dynamic symbol table.

Reads the order file (Sources/api/hot-functions.order, or one `make lambda-order` just wrote) and the
binary's symbols (nm): most names in the file must be in the binary (else the file is stale), and those
present must sit in a small part of the code (else the link ignored the order). Optionally, a fresh
profile (`scripts/lambda-order.py` just run) must mostly name functions the committed file already lists.
When scripts/lean-libpq.sh has built its libpq (.build/lean-libpq), the binary must have linked it: no
shared libpq, and so no Kerberos or LDAP, among the libraries it needs.

usage: hot-code-check.py API_BINARY ORDER_FILE [FRESH_ORDER_FILE]
"""
import os
import subprocess
import sys

from elf_symbols import function_symbols

LEAN_LIBPQ = ".build/lean-libpq/SOURCE"


def names(path):
    with open(path) as order:
        return [line.strip() for line in order if line.strip() and not line.startswith("#")]


def dynamic_symbol_count(binary):
    listing = subprocess.run(["readelf", "--dyn-syms", "-W", binary], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in listing.splitlines() if line.strip()[:1].isdigit())


def needed_libraries(binary):
    listing = subprocess.run(["readelf", "-d", "-W", binary], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in listing.splitlines() if "(NEEDED)" in line]


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    binary, order_file = sys.argv[1:3]
    failures = 0

    def check(condition, message):
        nonlocal failures
        print(("ok   " if condition else "FAIL ") + message)
        failures += 0 if condition else 1

    symbols = function_symbols(binary)
    ordered = names(order_file)
    present = [symbols[name] for name in ordered if name in symbols and symbols[name][1] > 0]
    check(len(present) >= 0.8 * len(ordered),
          f"{len(present)} of the {len(ordered)} functions in {order_file} are in the binary (stale below 80 %: `make lambda-order`)")
    if present:
        size = sum(length for _, length in present)
        span = max(start + length for start, length in present) - min(start for start, _ in present)
        text = max(start + length for start, length in symbols.values()) - min(start for start, _ in symbols.values())
        # Their span includes the rest of the toolchain's archive sections they sit in (the Swift runtime and
        # Foundation are not built with function sections): about 6 MiB of 36, against all of it unordered.
        check(span * 4 <= text,
              f"they span {span / 2**20:.1f} MiB of the {text / 2**20:.1f} MiB of code, for {size / 2**20:.1f} MiB of their own (placed together)")
    sections = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True, check=True).stdout
    check(" .text.private " in sections, "the unnamed private functions have their own section before .text (hot-code.ld)")
    exported = dynamic_symbol_count(binary)
    check(exported < 2000, f"{exported} dynamic symbols (no exported symbol table for ld.so to page through)")
    if os.path.exists(LEAN_LIBPQ):
        needed = needed_libraries(binary)
        heavy = [name for name in needed if name.startswith(("libpq.", "libgssapi", "libldap", "libkrb5"))]
        check(not heavy, f"libpq linked from {os.path.dirname(LEAN_LIBPQ)}, without Kerberos or LDAP: the binary needs {', '.join(needed)}")
    if len(sys.argv) == 4:
        fresh = names(sys.argv[3])
        committed = set(ordered)
        listed = sum(1 for name in fresh if name in committed)
        check(len(fresh) >= 1000 and listed >= 0.8 * len(fresh),
              f"a fresh profile of Lambda mode names {len(fresh)} functions, {listed} of them already in {order_file}"
              " (below 80 %: `make lambda-order`)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
