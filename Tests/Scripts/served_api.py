"""The served API, for the end-to-end scripts: `api serve` on a free loopback port with its log in a file,
calls that keep every credential sent (no log may hold one), and the ok/FAIL lines the scripts print.
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

SENT = set()  # every credential sent to a server: none may show up in its log
SERVERS = []  # the servers started, whose log tails a failure shows


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ok(message):
    print("ok   " + message, flush=True)


def fail(message, *context):
    """Prints FAIL and the context, and exits 1 (the finally blocks still stop the servers)."""
    print("FAIL " + message)
    for line in context:
        print("     " + str(line)[:2000])
    for server in SERVERS:
        print(f"     the {server.name} server's log ends:")
        for line in server.log().splitlines()[-15:]:
            print("       " + line[:300])
    sys.stdout.flush()
    sys.exit(1)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode(errors="replace")

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            fail(f"a {self.status} response is not JSON", self.text[:500])

    def header(self, name):
        return self.headers.get(name) if self.headers is not None else None

    def challenges(self):
        return (self.headers.get_all("WWW-Authenticate") or []) if self.headers is not None else []

    def describe(self):
        return f"{self.status} {self.header('Content-Type')} WWW-Authenticate={self.challenges()} {self.text[:400]}"


def send(base, method, path, token=None, api_key=None, body=None, form=None, headers=None):
    """One request; `body` is sent as JSON, `form` as a URL-encoded form (its password kept as a credential).
    Raises OSError when nothing answers (a script checking that a server stopped expects it)."""
    headers = {"Accept": "application/json", **(headers or {})}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
        SENT.add(token)
    if api_key is not None:
        headers["X-API-Key"] = api_key
        SENT.add(api_key)
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        if "password" in form:
            SENT.add(form["password"])
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return Response(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())


def call(base, method, path, **options):
    """``send``, ending the check when nothing answers."""
    try:
        return send(base, method, path, **options)
    except OSError as error:  # URLError is an OSError
        fail(f"{method} {path}: no answer ({error})")


def expect(response, status, what):
    if response.status != status:
        fail(f"{what}: expected {status}, got {response.status}", response.describe())
    return response


def expect_problem(response, status, what):
    expect(response, status, what)
    if not (response.header("Content-Type") or "").startswith("application/problem+json"):
        fail(f"{what}: not application/problem+json", response.describe())
    return response


class Server:
    """`API_BINARY serve` on a free loopback port, its stdout and stderr in a log file."""

    def __init__(self, api, env, name, directory):
        self.name = name
        self.api, self.env = api, env
        self.log_path = os.path.join(directory, f"{name}.log")
        self.launch()
        SERVERS.append(self)

    def launch(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen([self.api, "serve", "--port", str(self.port)], env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def lost_its_port(self):
        """Whether the server stopped because another process took its free port between our check and its bind
        (with dozens of servers and their clients' ephemeral ports, that happens)."""
        with open(self.log_path, errors="replace") as log:
            return "Address already in use" in log.read()

    def wait_live(self):
        relaunches = 0
        for _ in range(600):
            if self.process.poll() is not None:
                if relaunches < 3 and self.lost_its_port():
                    relaunches += 1
                    self.launch()
                    continue
                fail(f"the {self.name} server exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/health/live", timeout=1) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        fail(f"the {self.name} server did not answer /health/live within 60 s")

    def call(self, method, path, **options):
        return call(self.base, method, path, **options)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self):
        with open(self.log_path, errors="replace") as log:
            return log.read()


def cli(api, env, *arguments, input=None):
    """Runs `api ARGUMENTS`; a failure ends the check with its standard error."""
    result = subprocess.run([api, *arguments], env=env, input=input, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        fail(f"`api {' '.join(arguments)}` exited {result.returncode}", result.stderr.strip()[-1000:])
    return result


def generate_keys(api):
    output = subprocess.check_output([api, "keys", "generate"], text=True)
    return dict(line.split("=", 1) for line in output.splitlines() if "=" in line and not line.startswith("#"))
