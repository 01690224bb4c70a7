"""Runs the shell commands of the docs pages a reader types after `make run`, exactly as written.

A copy of the template (under .build/docs-commands, its `.build` a link to the working tree's, so the
`.build/debug/api` the pages name is the one just built) is served by `scripts/dev-run.sh` — what `make run`
does after building: development keys and users under `.local/`, the local PostgreSQL of
`scripts/local-postgres.sh`, migrations, the server. Then every ```sh block of the pages below runs in a
fresh `bash -euo pipefail` in the copy, in page order, with two changes only: `127.0.0.1:8080` becomes the
free port the copy serves on, and `curl` fails on an HTTP error (`--fail-with-body`), so a 401 or a 404
fails the block instead of printing a problem. A block of settings only (`NAME=value` lines) is exported and
checked by `api openapi --security-report`, which reads and validates them. A block that cannot run here is
listed in NOT_RUN with why.

usage: docs-commands-check.py
"""
import glob
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served_api import fail, free_port, ok  # noqa: E402
from template_copy import copy_template  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COPY = os.path.join(ROOT, ".build", "docs-commands", "project")
PAGES = [
    "docs/05-security.md",
    "docs/07-database.md",
    "docs/09-configuration.md",
    "docs/15-identity-providers.md",
    "docs/16-auditing-access.md",
]
# (page, the block's first line) → why it is not run here.
NOT_RUN = {
    ("docs/05-security.md", "git switch main && swift build --product api && .build/debug/api openapi --security-report > before.txt"):
        "switches branches of the reader's repository; `make audit` runs the same comparison",
    ("docs/16-auditing-access.md", "make openapi                          # refresh docs/openapi.json from the code"):
        "fetches the reader's remote; Tests/Scripts/audit-check.sh runs `openapi diff` on git: sources",
}
# Answers the commands that read standard input get: `api user create` reads the password from a pipe.
STANDARD_INPUT = "correct-horse-battery-staple-42\n"
PREAMBLE = 'curl() { command curl --fail-with-body --silent --show-error --max-time 30 "$@"; }\n'
SETTING = re.compile(r"^[A-Z][A-Z0-9_]*=\S*$")


def settings_only(text):
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(SETTING.match(line) for line in lines)


def blocks(page):
    """The ```sh blocks of `page`, as (line number, text)."""
    found, current, start = [], None, 0
    with open(os.path.join(ROOT, page), encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            if current is None and re.match(r"^```(sh|bash)\s*$", line):
                current, start = [], number
            elif current is not None and line.startswith("```"):
                found.append((start, "".join(current)))
                current = None
            elif current is not None:
                current.append(line)
    return found


def wait_for_docs(server, port, log_path):
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            fail(f"scripts/dev-run.sh exited with {server.returncode}", *open(log_path, errors="replace").read().splitlines()[-20:])
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/docs", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    fail("the copy did not serve /docs within 180 s", *open(log_path, errors="replace").read().splitlines()[-20:])


def run_block(page, line, text, port, env):
    script = PREAMBLE + text.replace("127.0.0.1:8080", f"127.0.0.1:{port}")
    if settings_only(text):
        script = f"set -a\n{script}set +a\n.build/debug/api openapi --security-report >/dev/null\n"
    result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=COPY, env=env, input=STANDARD_INPUT,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        fail(f"{page}:{line}: the block exited {result.returncode}", *text.splitlines(), "stdout:",
             *result.stdout.splitlines()[-10:], "stderr:", *result.stderr.splitlines()[-15:])
    return result


def main():
    # A copy built in this build folder (make test-tutorial, make test-dev) leaves SwiftPM's build plan
    # pointing at the copy's sources, and a plain `swift build` here would keep that binary: dropping the
    # plan makes it build this tree's sources again.
    for plan in glob.glob(os.path.join(ROOT, ".build", "*.yaml")):
        os.remove(plan)
    subprocess.run(["swift", "build", "--product", "api"], cwd=ROOT, check=True)
    copy_template(ROOT, COPY)
    os.symlink(os.path.join(ROOT, ".build"), os.path.join(COPY, ".build"))
    port = free_port()
    # The reader's shell: no settings of this process's own (a CI variable must not make a block pass).
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("APP_", "AUTH_", "DATABASE_", "DOCS_", "LOG_", "CONFIG_"))}
    log_path = os.path.join(os.path.dirname(COPY), "server.log")
    with open(log_path, "wb") as log:
        server = subprocess.Popen(["scripts/dev-run.sh"], cwd=COPY, env=dict(env, PORT=str(port)), stdout=log,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_docs(server, port, log_path)
        ok(f"the copy is served as `make run` serves it, on port {port}")
        for page in PAGES:
            for line, text in blocks(page):
                first = text.splitlines()[0] if text.strip() else ""
                if (page, first) in NOT_RUN:
                    ok(f"{page}:{line}: not run here: {NOT_RUN[(page, first)]}")
                    continue
                run_block(page, line, text, port, env)
                what = "settings accepted by `api openapi`" if settings_only(text) else "ran as written"
                ok(f"{page}:{line}: {len(text.splitlines())} lines, {what}")
        unused = [key for key in NOT_RUN if not any(key[0] == page and key[1] == (text.splitlines() or [""])[0]
                                                    for page in PAGES for _, text in blocks(page))]
        if unused:
            fail("NOT_RUN names blocks the pages no longer have", *unused)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        subprocess.run(["scripts/local-postgres.sh", "stop"], cwd=COPY, capture_output=True)


if __name__ == "__main__":
    main()
