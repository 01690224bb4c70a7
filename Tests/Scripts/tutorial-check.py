"""Executes docs/06 and the scaffold on a copy of the template, as a new user would.

In a copy of the working tree (under .build/tutorial), built in the working tree's own build folder
(`--scratch-path`), so the packages the template depends on are compiled once, not again for the copy; the
template's own modules are rebuilt from the copy's sources; SwiftPM then keeps planning the copy's sources
until its plan (`.build/*.yaml`) is dropped, which docs-commands-check.py does before building the tree's own):
  1. applies every step of docs/06-adding-a-protected-resource.md exactly as written (a `// File: PATH`
     snippet creates PATH; a `// In PATH, above the line "ANCHOR":` snippet goes above that line);
  2. runs the scaffold for a third resource (`api new resource note …`, a two-word field included), with the binary given;
  3. refreshes the spec snapshot the way the page says (`make openapi`), builds with the tests — no warning
     in the template's own code — and runs the app's test suite;
  4. checks that the security report holds the lines docs/06 shows;
  5. serves the copy against a real PostgreSQL and calls the new routes as a member, an admin and anonymously;
  6. adds a role declared twice under one name, a role cycle and a duplicate operationId, and checks that
     `api serve` refuses to start naming each — with the database left unmigrated — and `api openapi` too.

usage: tutorial-check.py API_BINARY
"""
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from temp_postgres import TemporaryPostgres  # noqa: E402
from template_copy import copy_template  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGE = os.path.join(ROOT, "docs", "06-adding-a-protected-resource.md")
COPY = os.path.join(ROOT, ".build", "tutorial", "project")
FILE_STEP = re.compile(r"^// File: (\S+)$")
INSERT_STEP = re.compile(r'^// In (\S+), above the line "(.+)":$')


def fail(message):
    print(f"FAIL {message}")
    sys.exit(1)


def ok(message):
    print(f"ok   {message}", flush=True)


SCRATCH = os.path.join(ROOT, ".build")
API = os.path.join(SCRATCH, "debug", "api")


def swift(*arguments):
    """A `swift build`/`swift test` command for the copy, in the shared build folder."""
    return ["swift", *arguments, "--scratch-path", SCRATCH]


def run(command, **options):
    """Runs `command` in the copy; on failure prints its output and stops."""
    result = subprocess.run(command, cwd=COPY, text=True, capture_output=True, **options)
    if result.returncode != 0:
        print(result.stdout[-6000:], result.stderr[-6000:], sep="\n")
        fail(f"{' '.join(command)} exited {result.returncode}")
    return result


def tutorial_steps():
    """(kind, path, anchor, text) for each step snippet of the page, in order."""
    steps = []
    for block in re.findall(r"```swift\n(.*?)```", open(PAGE, encoding="utf-8").read(), re.S):
        first, _, rest = block.partition("\n")
        if match := FILE_STEP.match(first):
            steps.append(("file", match.group(1), None, rest))
        elif match := INSERT_STEP.match(first):
            steps.append(("insert", match.group(1), match.group(2), rest))
    return steps


def apply_steps(steps):
    for kind, path, anchor, text in steps:
        target = os.path.join(COPY, path)
        if kind == "file":
            if os.path.exists(target):
                fail(f"docs/06 creates {path}, which the template already has")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            if not os.path.exists(target):
                fail(f"docs/06 edits {path}, which the template does not have")
            lines = open(target, encoding="utf-8").read().split("\n")
            at = [index for index, line in enumerate(lines) if line.strip().startswith(anchor)]
            if len(at) != 1:
                fail(f"docs/06 says to add a line above “{anchor}” in {path}; the file has {len(at)} such lines")
            lines[at[0]:at[0]] = text.rstrip("\n").split("\n")
            with open(target, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines))
    files = sum(1 for step in steps if step[0] == "file")
    ok(f"docs/06 applied as written: {files} files created, {len(steps) - files} lines added above their marked lines")


def build_and_test(api):
    result = run([api, "new", "resource", "note", "--field", "body:String", "--field", "pinned:Bool", "--field", "read_count:Int", "--project", COPY])
    ok("the scaffold added a third resource: " + ", ".join(line.split()[-1] for line in result.stdout.splitlines() if line.split()[:1] == ["create"])[:300])
    started = time.monotonic()
    build = run(swift("build", "--build-tests"))
    own = [line for line in (build.stdout + build.stderr).splitlines()
           if "warning:" in line and (COPY + "/Sources/" in line or COPY + "/Tests/" in line)]
    if own:
        print("\n".join(own[:20]))
        fail("the copy builds with warnings in the template's code")
    ok(f"the copy builds with its tests, without a warning ({time.monotonic() - started:.0f} s)")
    snapshot = run([API, "openapi"], env=dict(os.environ, APP_ENV="test")).stdout
    with open(os.path.join(COPY, "docs", "openapi.json"), "w", encoding="utf-8") as handle:
        handle.write(snapshot)
    paths = json.loads(snapshot)["paths"]
    for path in ["/bookmarks", "/bookmarks/{id}", "/notes", "/notes/{id}", "/admin/notes", "/todos"]:
        if path not in paths:
            fail(f"api openapi does not show {path}")
    ok("make openapi shows the new operations: " + ", ".join(sorted(p for p in paths if "bookmark" in p or "note" in p)))
    tests = run(swift("test", "--skip-build", "--parallel", "--filter", "AppTests"))
    summary = [line for line in (tests.stdout + tests.stderr).splitlines() if line.startswith("✔ Test run") or "Executed" in line]
    ok("the app's tests pass in the copy, the new resources' included: " + (summary[-1] if summary else "done"))
    report = run([API, "openapi", "--security-report"], env=dict(os.environ, APP_ENV="test")).stdout
    page = open(PAGE, encoding="utf-8").read()
    shown = re.search(r"```\n(DELETE  /bookmarks.*?)```", page, re.S)
    if not shown:
        fail("docs/06 no longer shows the security report lines")
    actual = {" ".join(line.split()) for line in report.splitlines()}
    for line in shown.group(1).strip().splitlines():
        if " ".join(line.split()) not in actual:
            fail(f"docs/06 shows the report line “{line}”, which the report does not print:\n{report}")
    ok("the security report prints the lines docs/06 shows")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, token=None, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def generated_keys(api):
    """A fresh signing key pair from `api keys generate`, as its NAME=value lines."""
    output = run([api, "keys", "generate"]).stdout
    return dict(line.split("=", 1) for line in output.splitlines() if "=" in line and not line.startswith("#"))


def serve_and_call():
    api = API
    keys = generated_keys(api)
    with TemporaryPostgres() as url:
        env = dict(os.environ, APP_ENV="test", DATABASE_URL=url, AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"], LOG_FORMAT="json")
        run([api, "migrate"], env=env)
        token = {name: run([api, "token", "mint", "--sub", name, "--roles", role], env=env).stdout.strip()
                 for name, role in [("ada", "member"), ("bob", "member"), ("root", "admin")]}
        port = free_port()
        server = subprocess.Popen([api, "serve", "--port", str(port)], cwd=COPY, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if call(base, "GET", "/health/ready")[0] == 200:
                        break
                except OSError:
                    pass
                time.sleep(0.1)
            else:
                fail("the copy's server did not become ready")
            expectations = []

            def expect(method, path, who, status, body=None):
                answer = call(base, method, path, token.get(who), body)
                expectations.append(f"{method} {path} as {who or 'anonymous'}: {answer[0]}")
                if answer[0] != status:
                    fail(f"{method} {path} as {who or 'anonymous'} answered {answer[0]}, expected {status}: {answer[1][:300]!r}")
                return json.loads(answer[1]) if answer[1] and answer[2].get("Content-Type", "").endswith("json") else None

            saved = expect("POST", "/bookmarks", "ada", 201, {"url": "https://swift.org", "title": "Swift"})
            expect("GET", f"/bookmarks/{saved['id']}", "ada", 200)
            expect("GET", f"/bookmarks/{saved['id']}", "bob", 404)
            expect("GET", f"/bookmarks/{saved['id']}", None, 401)
            expect("POST", "/bookmarks", "ada", 422, {"url": "ftp://x", "title": ""})
            expect("DELETE", "/bookmarks", "ada", 403)
            expect("DELETE", "/bookmarks", "root", 204)
            expect("TRACE", "/bookmarks", "ada", 405)
            note = expect("POST", "/notes", "ada", 201, {"body": "remember", "pinned": True, "read_count": 2})
            expect("GET", "/notes", "ada", 200)
            changed = expect("PATCH", f"/notes/{note['id']}", "ada", 200, {"pinned": False, "read_count": 3})
            if (changed["pinned"], changed["read_count"], changed["body"]) != (False, 3, "remember"):
                fail(f"PATCH /notes/{{id}} answered {changed}, expected the change applied and the body kept")
            expect("GET", f"/notes/{note['id']}", "bob", 404)
            expect("GET", "/admin/notes", "bob", 403)
            expect("GET", "/admin/notes", "root", 200)
            expect("GET", "/notes", None, 401)
            expect("DELETE", f"/notes/{note['id']}", "ada", 204)
            expect("GET", f"/notes/{note['id']}", "ada", 404)
        finally:
            server.terminate()
            server.wait(timeout=20)
        ok(f"served against PostgreSQL: {len(expectations)} calls as member, admin and anonymous answered as documented")


MISTAKES = '''import Warrant

/// A copy-paste slip: the member role's name, with an admin inclusion added.
enum Staff: Role {
    static let name = "member"
    typealias Includes = Roles<Admin>
}

/// One half of a cycle.
enum Reviewer: Role {
    static let name = "reviewer"
    typealias Includes = Roles<Editor>
}

/// The other half.
enum Editor: Role {
    static let name = "editor"
    typealias Includes = Roles<Reviewer>
}

/// Routes that require the mistaken roles, and an operationId that is already taken.
@Routes(tag: "mistakes")
struct MistakeRoutes {
    /// Staff only.
    @GET("/staff")
    func staff(_ request: Request<Authorized<Staff>>) -> NoContent { NoContent() }

    /// Reviewers only.
    @GET("/reviews")
    func reviews(_ request: Request<Authorized<Reviewer>>) -> NoContent { NoContent() }

    /// Takes the bookmarks' operationId.
    @GET("/taken", operationID: "bookmarkRead")
    func taken(_ request: Request<Unauthenticated>) -> NoContent { NoContent() }
}
'''


def mistakes_stop_start_up():
    with open(os.path.join(COPY, "Sources", "App", "Mistakes.swift"), "w", encoding="utf-8") as handle:
        handle.write(MISTAKES)
    apply_steps([("insert", "Sources/App/AppAPI.swift", "// New route groups go here", "            routes.include(MistakeRoutes())\n")])
    run(swift("build", "--product", "api"))
    api = API
    # Each expected refusal as the words its line must hold (a cycle may be named from either of its roles).
    expected = [
        ["the role name 'member' is declared by App.Member and App.Staff; one type per role name"],
        ["the roles form a cycle:", "App.Editor ('editor') includes App.Reviewer ('reviewer')",
         "App.Reviewer ('reviewer') includes App.Editor ('editor')"],
        ["operationId 'bookmarkRead' is used by BookmarkRoutes.read and MistakeRoutes.taken"],
    ]

    def missing(output):
        lines = output.splitlines()
        return [" … ".join(words) for words in expected if not any(all(w in line for w in words) for line in lines)]

    keys = generated_keys(api)
    with TemporaryPostgres() as url:
        # A complete configuration: what stops start-up must be the declarations, nothing else.
        env = dict(os.environ, APP_ENV="test", DATABASE_URL=url, AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"])
        result = subprocess.run([api, "serve", "--port", str(free_port())], cwd=COPY, env=env, text=True, capture_output=True, timeout=120)
        output = result.stdout + result.stderr
        if result.returncode == 0:
            fail("api serve started with the mistakes")
        if missing(output):
            fail(f"api serve's refusal does not say “{missing(output)[0]}”:\n{output}")
        tables = subprocess.run(["psql", "-qAtX", url, "-c", "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"],
                                check=True, text=True, capture_output=True).stdout.strip()
        if tables != "0":
            fail(f"api serve refused to start but had already created {tables} tables")
        ok("a role name declared twice, a role cycle and a taken operationId stop api serve before it migrates, each named")
        offline = subprocess.run([api, "openapi"], cwd=COPY, env=dict(os.environ, APP_ENV="test"), text=True, capture_output=True)
        if offline.returncode == 0 or missing(offline.stdout + offline.stderr):
            fail(f"api openapi did not refuse the same declarations:\n{offline.stderr[-2000:]}")
        ok("api openapi refuses the same declarations: it builds the real route groups")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    api = os.path.abspath(sys.argv[1])
    copy_template(ROOT, COPY)
    apply_steps(tutorial_steps())
    build_and_test(api)
    serve_and_call()
    mistakes_stop_start_up()


if __name__ == "__main__":
    main()
