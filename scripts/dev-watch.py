"""`make dev`: serve the API, and on every save under Sources/ or Config/ rebuild the `api` product and restart
the server on the same port — or keep serving the last good build and show the compiler's errors.

After each restart it prints what changed in the served spec (`api openapi diff`: operations added or
removed, security and breaking changes) and how long the save took to be served. Waits on file-system events
(inotify on Linux, FSEvents on macOS, through watchfiles): idle, it uses no CPU.

usage: dev-watch.py API_BINARY PORT   (the environment of `make run`: DATABASE_URL, AUTH_*, APP_ENV; and
       SWIFT_BUILD_FLAGS, the extra `swift build` arguments `make dev` was given)
"""
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from watchfiles import watch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WATCHED = [os.path.join(ROOT, "Sources"), os.path.join(ROOT, "Config")]


def say(text):
    tag = "\033[1m[dev]\033[0m" if sys.stdout.isatty() else "[dev]"
    print(f"{tag} {text}", flush=True)


class Server:
    """The running server, started from a snapshot of a build so the next build cannot replace it under it."""

    def __init__(self, api, port):
        self.api, self.port, self.process = api, port, None
        self.snapshots = os.path.join(ROOT, ".local", "dev")
        os.makedirs(self.snapshots, exist_ok=True)
        self.serving = None

    def snapshot(self):
        """A hard link to the freshly built binary (the linker writes a new file, so the link keeps the old
        one); a copy where hard links are not possible."""
        path = os.path.join(self.snapshots, f"api-{time.monotonic_ns()}")
        try:
            os.link(self.api, path)
        except OSError:
            shutil.copy2(self.api, path)
        return path

    def forget(self, path):
        if path and os.path.exists(path):
            os.remove(path)

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, binary):
        self.process = subprocess.Popen([binary, "serve", "--port", str(self.port)])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.base + "/health/live", timeout=1):
                    return True
            except OSError:
                time.sleep(0.05)
        return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def spec(self):
        try:
            with urllib.request.urlopen(self.base + "/openapi.json", timeout=10) as response:
                return response.read()
        except OSError:
            return None


def build():
    """`swift build --product api`; returns (ok, the compiler's error lines)."""
    flags = shlex.split(os.environ.get("SWIFT_BUILD_FLAGS", ""))
    result = subprocess.run(["swift", "build", "--product", "api", *flags], cwd=ROOT, capture_output=True, text=True)
    if result.returncode == 0:
        return True, []
    lines = (result.stdout + result.stderr).splitlines()
    errors = [line for line in lines if ": error:" in line or line.startswith("error:")]
    return False, errors or lines[-30:]


def spec_changes(api, before, after):
    """`api openapi diff` of the two served documents: the lines worth reading after a restart."""
    if before is None or after is None:
        return []
    with tempfile.TemporaryDirectory() as directory:
        old, new = os.path.join(directory, "before.json"), os.path.join(directory, "after.json")
        for path, body in ((old, before), (new, after)):
            with open(path, "wb") as file:
                file.write(body)
        result = subprocess.run([api, "openapi", "diff", old, new], capture_output=True, text=True)
    return [line for line in result.stdout.splitlines() if line.strip() and not line.startswith("exit ")]


SIGNALLED = []


def stop_on_signal(number, frame):
    # Once: a second signal (Ctrl-C reaches dev-run.sh too, which then sends SIGTERM) must not cut the clean-up
    # short. (Not by switching to SIG_IGN here: a signal already pending would then raise OSError.)
    if SIGNALLED:
        return
    SIGNALLED.append(number)
    raise KeyboardInterrupt


def main():
    # Ctrl-C and dev-run.sh's SIGTERM both end the watch and stop the server it started; set explicitly, since
    # a command bash runs in the background starts with Ctrl-C ignored.
    signal.signal(signal.SIGINT, stop_on_signal)
    signal.signal(signal.SIGTERM, stop_on_signal)
    api, port = sys.argv[1], int(sys.argv[2])
    server = Server(api, port)
    server.serving = server.snapshot()
    if not server.start(server.serving):
        say("the server did not start; fix the error above and save again")
    say(f"watching Sources/ and Config/ — save a file to rebuild and restart (http://127.0.0.1:{port}/docs)")
    try:
        for changes in watch(*WATCHED, debounce=150, step=50):
            saved = time.monotonic()
            names = sorted({os.path.relpath(path, ROOT) for _, path in changes})
            say(f"changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}; building")
            ok, errors = build()
            built = time.monotonic()
            if not ok:
                say(f"build failed after {built - saved:.1f} s; still serving the last good build:")
                for line in errors[:40]:
                    print("    " + line)
                continue
            before = server.spec()
            candidate = server.snapshot()
            server.stop()
            if not server.start(candidate):
                server.forget(candidate)
                say("the new build did not start (its error is above); back to the last good build")
                server.start(server.serving)
                continue
            server.forget(server.serving)
            server.serving = candidate
            served = time.monotonic()
            say(f"serving the new build: {served - saved:.1f} s after the save (build {built - saved:.1f} s, restart {served - built:.1f} s)")
            for line in spec_changes(api, before, server.spec()):
                print("    " + line)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        server.forget(server.serving)


if __name__ == "__main__":
    main()
