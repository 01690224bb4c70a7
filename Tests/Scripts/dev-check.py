"""`make dev` as a user runs it, on a copy of the template, and the save → serving latencies it achieves.

The copy (under .build/dev-check) is built in the working tree's build folder (`--scratch-path`), so the
packages are compiled once; the template's own modules are rebuilt from the copy's sources (the working
tree's own build needs SwiftPM's plan, `.build/*.yaml`, dropped first). Against a throwaway PostgreSQL, it runs `make dev` and then, saving files in the
copy the way an editor does:
  (a) edits a handler's body; (b) adds a route; (c) adds a `@Schema` type and a route answering it —
      each time it waits for the restart, calls the new build, and reads the printed spec diff;
  (d) saves a compile error: the compiler's error is printed and the last good build keeps serving;
  (e) saves code that compiles but that the API refuses at start-up (a route declared twice): the refusal is
      printed and the last good build is back;
  and checks that, idle, the watcher uses no CPU, and that Ctrl-C stops everything.
Prints each latency (save → the new build answering), the figures docs/01 quotes.

usage: dev-check.py
"""
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from temp_postgres import TemporaryPostgres  # noqa: E402
from served_api import fail, ok, send  # noqa: E402
from template_copy import copy_template  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COPY = os.path.join(ROOT, ".build", "dev-check", "project")
SCRATCH = os.path.join(ROOT, ".build")
STEP_TIMEOUT = 900  # seconds: a rebuild on a busy 2-core CI machine


class Output:
    """`make dev`'s output, read line by line as it comes, with the time each line arrived."""

    def __init__(self, stream):
        self.lines, self.closed, self.condition = [], False, threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            with self.condition:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self.condition.notify_all()
        with self.condition:
            self.closed = True
            self.condition.notify_all()

    def mark(self):
        with self.condition:
            return len(self.lines)

    def wait(self, pattern, since, timeout=STEP_TIMEOUT):
        """The first line matching `pattern` after line `since`, and when it arrived."""
        expression = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self.condition:
            while True:
                for index in range(since, len(self.lines)):
                    if expression.search(self.lines[index][1]):
                        return index, self.lines[index]
                left = deadline - time.monotonic()
                if self.closed:
                    self.dump(since)
                    fail(f"make dev exited before printing a line matching /{pattern}/")
                if left <= 0:
                    self.dump(since)
                    fail(f"make dev printed nothing matching /{pattern}/ within {timeout} s")
                self.condition.wait(left)

    def text(self, start, end=None):
        with self.condition:
            return "\n".join(line for _, line in self.lines[start:end])

    def dump(self, since=0):
        print(self.text(since)[-8000:], flush=True)




def save(relative, text):
    """Writes a file the way an editor saves it: whole, at once."""
    path = os.path.join(COPY, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return time.monotonic()


def read(relative):
    with open(os.path.join(COPY, relative), encoding="utf-8") as handle:
        return handle.read()


def cpu_seconds(pid):
    """User + system CPU time of a process and its live children."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in [pid] + children(pid):
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except OSError:
            pass
    return total


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            if parent == pid:
                found += [int(entry)] + children(int(entry))
    return found


ROUTES = "Sources/App/Routes/MeRoutes.swift"
GREETING = "Sources/App/Models/Greeting.swift"
GREETING_TYPE = '''import Warrant

/// A greeting for the caller.
@Schema
struct Greeting: Sendable {
    /// The words.
    var text: String
}
'''
NEW_ROUTE = '''
    /// The caller again, under a second path.
    @GET("/me/again")
    func meAgain(_ request: Request<Authenticated>) -> Me { me(request) }
'''
GREETING_ROUTE = '''
    /// A greeting for the caller.
    @GET("/me/greeting")
    func greeting(_ request: Request<Authenticated>) -> Greeting { Greeting(text: "hello, \\(request.proof.subject)") }
'''
TWICE_ROUTE = '''
    /// A second handler for a path that already has one: the API refuses to start.
    @GET("/me")
    func meTwice(_ request: Request<Authenticated>) -> Me { me(request) }
'''


def add_to_routes(text):
    source = read(ROUTES)
    end = source.rstrip().rfind("}")
    return save(ROUTES, source[:end].rstrip("\n") + "\n" + text + "}\n")


def restarted(output, since, saved, base, token, what):
    """Waits for the restart after a save; returns the latency (save → the new build answering) and the
    lines the watcher printed for it."""
    index, (_, line) = output.wait(r"serving the new build|build failed|did not start", since)
    if "serving the new build" not in line:
        output.dump(since)
        fail(f"{what}: make dev did not serve the new build")
    status = send(base, "GET", "/me", token=token).status
    latency = time.monotonic() - saved
    if status != 200:
        fail(f"{what}: GET /me answered {status} after the restart")
    time.sleep(1)  # the spec diff follows the restart line
    return latency, output.text(index, None)


def main():
    # Ctrl-C is part of what is checked: make dev must start with it at its default even when this check was
    # itself started with it ignored (a background job of a non-interactive shell).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    copy_template(ROOT, COPY)
    with TemporaryPostgres() as url:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = dict(os.environ, DATABASE_URL=url, PORT=str(port), MAKEFLAGS="", MAKELEVEL="")
        # Built in the working tree's build folder, as `make test-tutorial` does: the packages compile once.
        make = subprocess.Popen(["make", "--no-print-directory", "dev", f"SWIFT_BUILD_FLAGS=--scratch-path {SCRATCH}"], cwd=COPY, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        output = Output(make.stdout)
        base = f"http://127.0.0.1:{port}"
        try:
            run(output, base, make)
        finally:
            if make.poll() is None:
                os.killpg(make.pid, signal.SIGINT)
                try:
                    make.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(make.pid, signal.SIGKILL)
                    make.wait()


def processes_in_group(group):
    """`ps` lines of the processes still in `group`: what a Ctrl-C did not stop."""
    listing = subprocess.run(["ps", "-eo", "pid,pgid,stat,etime,args"], capture_output=True, text=True).stdout
    return "\n".join(line for line in listing.splitlines()[1:] if line.split()[1] == str(group)) or "(none)"


def run(output, base, make):
    _, (_, line) = output.wait(r"^\s+member: v4\.public\.", 0)
    token = line.split()[-1]
    output.wait(r"\[dev\] watching Sources/ and Config/", 0)
    if send(base, "GET", "/me", token=token).status != 200:
        fail("make dev: GET /me did not answer 200 once watching")
    ok("make dev serves the copy, with the development database and tokens, and watches Sources/ and Config/")

    watcher = int(subprocess.run(["pgrep", "-f", "-n", "scripts/dev-watch.py"], capture_output=True, text=True).stdout.split()[0])
    before = cpu_seconds(watcher)
    time.sleep(5)
    idle = cpu_seconds(watcher) - before
    if idle > 0.1:
        fail(f"the watcher used {idle:.2f} s of CPU in 5 idle seconds")
    ok(f"idle, the watcher and the server used {idle:.2f} s of CPU in 5 s (no polling loop)")

    latencies = {}
    since = output.mark()
    saved = save(ROUTES, read(ROUTES).replace("roles: identity.roles,", "roles: identity.roles.sorted(),"))
    latencies["handler body edit"], _ = restarted(output, since, saved, base, token, "(a) handler edit")

    since = output.mark()
    saved = add_to_routes(NEW_ROUTE)
    latencies["new route"], printed = restarted(output, since, saved, base, token, "(b) new route")
    if send(base, "GET", "/me/again", token=token).status != 200:
        fail("(b) GET /me/again is not served after the restart")
    if "/me/again" not in printed:
        fail(f"(b) the spec diff printed after the restart does not name GET /me/again:\n{printed}")

    since = output.mark()
    saved = save(GREETING, GREETING_TYPE)
    add_to_routes(GREETING_ROUTE)
    latencies["new @Schema type and its route"], printed = restarted(output, since, saved, base, token, "(c) new @Schema")
    greeting = send(base, "GET", "/me/greeting", token=token)
    if greeting.status != 200 or b"hello, " not in greeting.body:
        fail(f"(c) GET /me/greeting answered {greeting.describe()}")
    components = send(base, "GET", "/openapi.json").text
    if '"Greeting"' not in components or "/me/greeting" not in printed:
        fail(f"(c) the new schema or route is missing from the served spec or the printed diff:\n{printed}")
    ok("(a) a handler edit, (b) a new route and (c) a new @Schema type are each served after the save, "
       "and the spec diff printed names the new operations")

    since = output.mark()
    good = read(GREETING)
    save(GREETING, good + '\nlet brokenOnPurpose: Int = "not a number"\n')
    index, _ = output.wait(r"build failed|serving the new build", since)
    if "build failed" not in output.text(index, index + 1):
        fail(f"(d) a compile error was not reported as a failed build:\n{output.text(since)}")
    output.wait(r"Greeting\.swift:\d+:\d+: error:", index)
    if send(base, "GET", "/me/greeting", token=token).status != 200:
        fail("(d) the last good build stopped serving after a compile error")
    ok("(d) a compile error is printed with its file and line, and the last good build keeps serving")
    since = output.mark()
    save(GREETING, good)
    restarted(output, since, time.monotonic(), base, token, "(d) the fix")

    since = output.mark()
    add_to_routes(TWICE_ROUTE)
    index, _ = output.wait(r"back to the last good build|serving the new build", since)
    if "back to the last good build" not in output.text(index, index + 1):
        fail(f"(e) a build the API refuses at start-up was served:\n{output.text(since)}")
    refusal = output.text(since, index)
    if "GET /me is declared by MeRoutes.me and MeRoutes.meTwice" not in refusal:
        fail(f"(e) the start-up refusal is not shown:\n{refusal}")
    time.sleep(2)
    if send(base, "GET", "/me/greeting", token=token).status != 200:
        fail("(e) the last good build is not serving again")
    ok("(e) a build that the API refuses at start-up is shown with its reason, and the last good build is back")

    stopping = output.mark()
    os.killpg(make.pid, signal.SIGINT)
    try:
        make.wait(timeout=60)
    except subprocess.TimeoutExpired:
        fail(f"make dev still runs 60 s after Ctrl-C; its processes:\n{processes_in_group(make.pid)}"
             f"\nits last output:\n{output.text(max(0, output.mark() - 20))}")
    try:
        send(base, "GET", "/health/live")
        fail("the server still answers after Ctrl-C")
    except OSError:
        pass
    left = [line for line in processes_in_group(make.pid).splitlines() if line != "(none)" and line.split()[2][0] != "Z"]
    if left:
        fail("processes of make dev outlive its Ctrl-C:\n" + "\n".join(left))
    time.sleep(0.5)  # the last lines, read by the output thread
    if "Traceback" in output.text(stopping):
        fail(f"make dev printed a traceback as it stopped:\n{output.text(stopping)}")
    ok("Ctrl-C stops the watcher and the server, and nothing of make dev is left running")
    print("what make dev printed after the start:")
    for line in output.text(0).splitlines():
        if line.startswith("[dev]") or (line.startswith("    ") and not line.strip().startswith("v4.")):
            print("  " + line)
    for what, seconds in latencies.items():
        print(f"save → serving, {what}: {seconds:.1f} s")


if __name__ == "__main__":
    main()
