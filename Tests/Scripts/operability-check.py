"""End to end: what an operator sees of the served API — access log, metrics, spans — and the sign-in limit
shared by two processes.

Starts a loopback OTLP/HTTP receiver (JSON), then two `API_BINARY serve` processes on one migrated database,
the first with METRICS=prometheus and OTEL_EXPORTER_OTLP_ENDPOINT pointing at the receiver, and checks:

- the access log: exactly one JSON line per request (logger warrant.access) with method, route template,
  status, duration_ms, bytes and request_id; an unmatched path is logged as "unmatched", never as itself;
- Prometheus on its own listener (not the API's port): request counts by route template and status class
  that match the requests sent, credential refusals by scheme and reason, the database pool's gauges;
- spans: "GET /todos/{id}" continues the caller's traceparent (same trace, parent = the caller's span), has
  http.route and the status; "verify credential" and the statement spans ("SELECT todos") are its
  descendants, and the statement text holds placeholders, never the values;
- the sign-in limit is shared: failures alternating between the two processes are counted together, and the
  sixth is refused with 429 and Retry-After by whichever process receives it;
- no log line holds a password or a token.

usage: with-temp-postgres.py operability-check.py API_BINARY   (DATABASE_URL: a fresh database)
"""
import base64
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served_api import SENT, SERVERS, Server, cli, expect, expect_problem, fail, free_port, generate_keys, ok  # noqa: E402

PASSWORD = "correct horse battery staple"


class SpanReceiver:
    """An OTLP/HTTP receiver for JSON-encoded spans (OTEL_EXPORTER_OTLP_PROTOCOL=http/json) on loopback."""

    def __init__(self):
        self.spans, self.lock = [], threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path == "/v1/traces":
                    receiver.add(json.loads(body))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *arguments):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, export):
        for resource in export.get("resourceSpans", []):
            for scope in resource.get("scopeSpans", []):
                for span in scope.get("spans", []):
                    span = dict(span, traceId=identifier(span.get("traceId")), spanId=identifier(span.get("spanId")),
                                parentSpanId=identifier(span.get("parentSpanId")),
                                attributes={a["key"]: next(iter(a["value"].values()), None) for a in span.get("attributes", [])})
                    with self.lock:
                        self.spans.append(span)

    def trace(self, trace_id, names, seconds=10):
        """The spans of one trace, once every name in `names` has arrived (spans leave in batches)."""
        deadline = time.monotonic() + seconds
        while True:
            with self.lock:
                spans = [span for span in self.spans if span["traceId"] == trace_id]
            if names <= {span["name"] for span in spans} or time.monotonic() > deadline:
                return spans
            time.sleep(0.2)

    def stop(self):
        self.server.shutdown()


def identifier(value):
    """A trace or span id as lowercase hex, whether the exporter wrote hex (the OTLP/JSON rule) or base64."""
    if not value:
        return ""
    if re.fullmatch(r"[0-9a-fA-F]{16}|[0-9a-fA-F]{32}", value):
        return value.lower()
    return base64.b64decode(value).hex()


def access_lines(server):
    lines = []
    for line in server.log().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("logger") == "warrant.access":
            lines.append(entry)
    return lines


def scrape(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return response.read().decode()


def sample(text, name, **labels):
    """The value of the metric `name` whose labels include `labels` (summed over the rest), or None."""
    total, seen = 0.0, False
    for line in text.splitlines():
        match = re.fullmatch(r"([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)", line)
        if not match or match.group(1) != name:
            continue
        found = dict(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"', match.group(2) or ""))
        if all(found.get(key) == value for key, value in labels.items()):
            total, seen = total + float(match.group(3)), True
    return total if seen else None


def sign_in(server, password):
    return server.call("POST", "/auth/token", form={"username": "ops@example.com", "password": password})


def check_requests(server):
    """Sends the requests the other checks look for; returns the caller's trace and span ids."""
    token = expect(sign_in(server, PASSWORD), 200, "signing in").json()["access_token"]
    SENT.add(token)
    created = expect(server.call("POST", "/todos", token=token, body={"title": "observe me"}), 201, "POST /todos").json()
    trace_id, parent_id = secrets.token_hex(16), secrets.token_hex(8)
    traceparent = f"00-{trace_id}-{parent_id}-01"
    expect(server.call("GET", f"/todos/{created['id']}", token=token, headers={"traceparent": traceparent}), 200,
           "GET /todos/{id} with a traceparent")
    expect_problem(server.call("GET", "/todos", token="v4.public.not-a-token"), 401, "a malformed token")
    expect_problem(server.call("GET", "/no/such/thing/42"), 404, "an unknown path")
    expect(server.call("GET", "/todos", token=token), 200, "GET /todos")
    return trace_id, parent_id


def check_access_log(server, sent):
    # `api serve` writes its lines in batches, at most LOG_BATCH_MS (20 ms) after the first of them.
    deadline = time.monotonic() + 5
    lines = access_lines(server)
    while len(lines) < sent and time.monotonic() < deadline:
        time.sleep(0.05)
        lines = access_lines(server)
    routes = [(line.get("method"), line.get("route"), line.get("status")) for line in lines]
    if len(lines) != sent:
        fail(f"expected exactly one access line per request ({sent}), found {len(lines)}", *routes)
    for line in lines:
        missing = [field for field in ("method", "route", "status", "duration_ms", "bytes", "request_id") if field not in line]
        if missing or not isinstance(line["status"], int) or not isinstance(line["duration_ms"], (int, float)):
            fail(f"an access line lacks {missing} or has non-numeric status/duration", line)
        if "/no/such" in json.dumps(line) or "subject" in line:
            fail("an access line holds the raw path or the subject (ACCESS_LOG_SUBJECT is off)", line)
    expected = [("GET", "/todos/{id}", 200), ("GET", "/todos", 401), ("GET", "unmatched", 404), ("GET", "/todos", 200)]
    if routes[-4:] != expected:
        fail("the access lines do not name the route templates and statuses sent", *routes)
    ok(f"access log: {len(lines)} requests, {len(lines)} JSON lines, each with method, route template, status, duration, bytes, request id")


def check_metrics(server, metrics_port):
    expect(server.call("GET", "/metrics"), 404, "the API's own port does not serve /metrics")  # the second unmatched path
    text = scrape(metrics_port)
    wanted = {
        ("/todos/{id}", "2xx"): 1, ("/todos", "2xx"): 1, ("/todos", "4xx"): 1, ("unmatched", "4xx"): 2, ("/auth/token", "2xx"): 1,
    }
    for (route, status), count in wanted.items():
        value = sample(text, "http_server_requests_total", route=route, method="GET" if route != "/auth/token" else "POST", status=status)
        if value != count:
            fail(f"http_server_requests_total{{route={route}, status={status}}} is {value}, expected {count}",
                 *[line for line in text.splitlines() if line.startswith("http_server_requests_total")])
    if not sample(text, "http_server_request_duration_seconds_count", route="/todos/{id}"):
        fail("no request duration histogram for /todos/{id}")
    refusals = sample(text, "warrant_credential_refusals_total", scheme="bearerAuth")
    if not refusals:
        fail("the malformed token is not counted in warrant_credential_refusals_total{scheme=bearerAuth}",
             *[line for line in text.splitlines() if "credential" in line])
    size, in_use = sample(text, "warrant_db_pool_size"), sample(text, "warrant_db_pool_in_use")
    if size is None or in_use is None or not sample(text, "warrant_db_pool_wait_seconds_count"):
        fail("the database pool's gauges and wait histogram are missing", *[line for line in text.splitlines() if "pool" in line])
    ok(f"metrics on their own port: request counts by route template and status class, {int(refusals)} credential refusal(s) "
       f"by scheme and reason, pool size {int(size)} / in use {int(in_use)}")


def check_spans(receiver, trace_id, parent_id):
    spans = receiver.trace(trace_id, {"GET /todos/{id}", "verify credential", "SELECT todos"})
    by_id = {span["spanId"]: span for span in spans}
    names = sorted(span["name"] for span in spans)
    servers = [span for span in spans if span["name"] == "GET /todos/{id}"]
    if len(servers) != 1:
        fail(f"expected one server span GET /todos/{{id}} in trace {trace_id}, found {names}")
    root = servers[0]
    if root["parentSpanId"] != parent_id:
        fail(f"the server span's parent is {root['parentSpanId']!r}, not the caller's span {parent_id}", root)
    if root["attributes"].get("http.route") != "/todos/{id}" or str(root["attributes"].get("http.response.status_code")) != "200":
        fail("the server span lacks http.route or its status", root["attributes"])

    def descends(span):
        while span.get("parentSpanId"):
            if span["parentSpanId"] == root["spanId"]:
                return True
            span = by_id.get(span["parentSpanId"], {})
        return False

    for name in ("verify credential", "SELECT todos"):
        found = [span for span in spans if span["name"] == name]
        if not found or not all(descends(span) for span in found):
            fail(f"no span {name!r} under the server span", names)
    statement = next(span for span in spans if span["name"] == "SELECT todos")["attributes"]
    text = statement.get("db.query.text", "")
    if "$1" not in text or statement.get("db.system.name") != "postgresql" or "observe me" in text:
        fail("the statement span lacks its parameterised text or system, or holds a value", statement)
    ok(f"spans: the caller's traceparent continued by GET /todos/{{id}} with {len(spans) - 1} descendant(s): "
       + ", ".join(sorted(set(names) - {"GET /todos/{id}"})))


def check_shared_limit(first, second, metrics_port):
    servers = [first, second]
    for attempt in range(5):
        expect_problem(sign_in(servers[attempt % 2], f"wrong password {attempt}"), 400, f"wrong password #{attempt + 1}")
    for server in servers:
        refused = expect_problem(sign_in(server, PASSWORD), 429, f"the sixth sign-in, on the {server.name} server")
        if not (refused.header("Retry-After") or "").isdigit():
            fail("a throttled sign-in has no Retry-After", refused.describe())
    counts = {outcome: sample(scrape(metrics_port), "warrant_sign_in_total", outcome=outcome) for outcome in ("succeeded", "failed", "throttled")}
    if counts != {"succeeded": 1, "failed": 3, "throttled": 1}:
        fail(f"warrant_sign_in_total on the observed server (1 success, 3 of the failures, 1 refusal) is {counts}")
    ok("the sign-in limit is shared: 5 failures alternating between two processes, then 429 + Retry-After on both, "
       "even for the right password; the observed server counts its outcomes")


def check_health_command(api, server):
    """`api health`, the container health check: 0 when /health/ready answers 200, 1 when nothing answers."""
    ready = subprocess.run([api, "health", "--url", server.base], capture_output=True, text=True, timeout=30)
    down = subprocess.run([api, "health", "--url", f"http://127.0.0.1:{free_port()}", "--timeout", "2"], capture_output=True, text=True, timeout=30)
    if ready.returncode != 0 or "ready" not in ready.stdout or down.returncode != 1 or "not ready" not in down.stdout:
        fail(f"api health: ready exit {ready.returncode} {ready.stdout!r}; nothing listening exit {down.returncode} {down.stdout!r}")
    ok("api health (the image's HEALTHCHECK): exit 0 against the ready server, 1 when nothing answers")


def check_logs():
    time.sleep(0.2)  # `api serve` writes its lines in batches (LOG_BATCH_MS, 20 ms): let the last ones out
    for server in SERVERS:
        text = server.log()
        leaked = [value[:10] + "…" for value in SENT if len(value) >= 12 and value in text]
        if leaked or "wrong password" in text:
            fail(f"the {server.name} server's log holds a credential it was sent: {leaked}")
    ok("no password or token in either server's log")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    api = os.path.abspath(sys.argv[1])
    if not os.environ.get("DATABASE_URL"):
        sys.exit("FAIL DATABASE_URL is not set: run under with-temp-postgres.py")
    directory = tempfile.mkdtemp(prefix="warrant-operability-")
    receiver = SpanReceiver()
    try:
        keys = generate_keys(api)
        env = dict(os.environ, APP_ENV="test", AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"], AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"],
                   LOG_FORMAT="json", ACCESS_LOG_ENABLED="true", LOG_LEVEL="debug")
        cli(api, env, "migrate")
        cli(api, env, "user", "create", "--email", "ops@example.com", "--role", "member", input=PASSWORD + "\n")
        metrics_port = free_port()
        observed = Server(api, dict(env, METRICS="prometheus", METRICS_PORT=str(metrics_port),
                                    OTEL_EXPORTER_OTLP_ENDPOINT=receiver.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL="http/json",
                                    OTEL_BSP_SCHEDULE_DELAY="100"), "observed", directory).wait_live()
        other = Server(api, env, "other", directory).wait_live()
        check_health_command(api, observed)
        before = len(access_lines(observed))
        trace_id, parent_id = check_requests(observed)
        check_access_log(observed, before + 6)
        check_metrics(observed, metrics_port)
        check_spans(receiver, trace_id, parent_id)
        check_shared_limit(observed, other, metrics_port)
        for server in SERVERS:
            server.stop()
        check_logs()
    finally:
        for server in SERVERS:
            server.stop()
        receiver.stop()
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
