"""scripts/lambda-order.py's refusals: without valgrind it says how to install it, and when the profile did
not cover Lambda mode (fewer than 1,000 of the binary's functions seen) it fails and leaves the order file
alone. A PATH of its own holds only the tools the script needs, and for the second case a fake `valgrind`
that writes a one-function profile and runs the function without instrumenting it.

usage: lambda-order-check.py API_BINARY EMULATOR_BINARY   (DATABASE_URL set: a migrated database)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
FAKE_VALGRIND = """#!/bin/sh
# Writes a callgrind profile that names one function of the binary, then runs it uninstrumented.
for argument; do
  case $argument in
    --callgrind-out-file=*) out=${argument#--callgrind-out-file=}; shift ;;
    --*) shift ;;
    *) break ;;
  esac
done
printf 'ob=(1) %s\\nfn=(1) main\\n' "$1" > "$out"
exec "$@"
"""


def run_order(api, emulator, tools, output):
    env = dict(os.environ, PATH=tools)
    return subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "lambda-order.py"), api, emulator, output],
                          env=env, capture_output=True, text=True, timeout=300)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    api, emulator = (os.path.abspath(path) for path in sys.argv[1:3])
    failures = 0

    def check(condition, message, detail):
        nonlocal failures
        print(("ok   " if condition else "FAIL ") + message + ("" if condition else f": {detail}"))
        failures += 0 if condition else 1

    with tempfile.TemporaryDirectory(prefix="warrant-order-check-") as scratch:
        tools = os.path.join(scratch, "bin")
        os.mkdir(tools)
        for tool in ("nm", "strip"):
            os.symlink(shutil.which(tool), os.path.join(tools, tool))
        output = os.path.join(scratch, "hot-functions.order")
        with open(output, "w") as order:
            order.write("untouched\n")

        result = run_order(api, emulator, tools, output)
        check(result.returncode != 0 and "valgrind is not installed (apt-get install valgrind)" in result.stderr,
              "lambda-order without valgrind: refused, saying how to install it", f"exit {result.returncode}, {result.stderr[-400:]}")

        fake = os.path.join(tools, "valgrind")
        with open(fake, "w") as script:
            script.write(FAKE_VALGRIND)
        os.chmod(fake, 0o755)
        result = run_order(api, emulator, tools, output)
        with open(output) as order:
            untouched = order.read() == "untouched\n"
        refused = re.search(r"only \d+ functions seen: the profile did not cover Lambda mode", result.stderr)
        check(result.returncode != 0 and refused and untouched,
              "lambda-order with a profile of one function: refused, the order file left alone",
              f"exit {result.returncode}, untouched {untouched}, {result.stderr[-400:]}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
