"""The release `api` in Lambda mode, driven by the project's Runtime API emulator, with every event shape.

For API Gateway HTTP API (v2), a Lambda function URL, API Gateway REST (v1) and ALB (single- and
multi-value): the spec is served, a protected route is 401 without a token and 200 with one, a todo is
created (from a base64 body) and read back through PostgreSQL, a binary response comes back base64.
Then, with METRICS=emf and JSON logs, each invocation's metrics are in the function's log before its reply
(CloudWatch embedded metric format), beside one access line per invocation. Last, a bad configuration must
be reported to init/error.

usage: lambda-check.py API_BINARY EMULATOR_BINARY   (DATABASE_URL set: a migrated database)
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lambda_events import SHAPES, event, response_parts  # noqa: E402


class Emulator:
    """lambda-emulator reading events from stdin, running the api as its child."""

    def __init__(self, emulator, api, env, log=subprocess.DEVNULL):
        # The function's standard output and error reach the emulator's standard error: `log`.
        self.process = subprocess.Popen([emulator, "--timeout", "30", "--exec", api, "lambda"], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log)
        self.next_line()  # "listening"

    def next_line(self):
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"the emulator ended (status {self.process.wait()})")
        return json.loads(line)

    def invoke(self, payload):
        self.process.stdin.write(json.dumps(payload) + "\n")
        self.process.stdin.flush()
        while True:
            line = self.next_line()
            if line["type"] in ("response", "error", "initError", "timeout", "exit"):
                return line

    def close(self):
        self.process.stdin.close()
        return self.process.wait(timeout=30)


def log_lines(path):
    with open(path) as log:
        return [json.loads(line) for line in log if line.startswith("{")]


def check_metrics(emulator, api, env, auth, check):
    """METRICS=emf: after each invocation, before its reply, the function's log holds its metrics as EMF lines."""
    with tempfile.NamedTemporaryFile("w+", prefix="warrant-lambda-", suffix=".log") as log:
        run = Emulator(emulator, api, dict(env, METRICS="emf", LOG_FORMAT="json"), log=log)
        try:
            counts = []
            for _ in range(2):
                outcome = run.invoke(event("http-api-v2", "GET", "/todos?limit=1", auth))
                check(outcome["type"] == "response", "METRICS=emf: an invocation answers")
                requests = [line for line in log_lines(log.name) if "http_server_requests_total" in line]
                counts.append([(line.get("route"), line.get("status"), line["http_server_requests_total"]) for line in requests])
            check(counts == [[("/todos", "2xx", 1)], [("/todos", "2xx", 1)] * 2],
                  f"each invocation's request count is an EMF line in the log before its reply: {counts}")
            lines = log_lines(log.name)
            emf = [line for line in lines if "_aws" in line]
            directives = [d for line in emf for d in line["_aws"].get("CloudWatchMetrics", [])]
            check(emf and all(d.get("Namespace") == "Warrant" and d.get("Metrics") for d in directives),
                  f"every EMF line names its namespace and metric ({len(emf)} lines)")
            names = {m["Name"] for d in directives for m in d["Metrics"]}
            check({"http_server_request_duration_ms", "warrant_db_pool_in_use"} <= names, f"durations and the pool are recorded: {sorted(names)}")
            access = [line for line in lines if line.get("logger") == "warrant.access"]
            check(len(access) == 2 and all(line.get("route") == "/todos" for line in access), "one access line per invocation")
        finally:
            run.close()


def main():
    api, emulator = sys.argv[1:3]
    keys = dict(l.split("=", 1) for l in subprocess.check_output([api, "keys", "generate"], text=True).splitlines() if "=" in l and not l.startswith("#"))
    env = dict(os.environ, APP_ENV="test", AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"])
    token = subprocess.check_output([api, "token", "mint", "--sub", "lambda-member", "--roles", "member"],
                                    env=dict(env, AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"]), text=True).strip()
    auth = {"Authorization": f"Bearer {token}"}
    failures = 0

    def check(condition, message):
        nonlocal failures
        print(("ok   " if condition else "FAIL ") + message)
        failures += 0 if condition else 1

    run = Emulator(emulator, api, env)
    try:
        for shape in SHAPES:
            def call(method, path, headers=None, body=None, base64_body=False):
                outcome = run.invoke(event(shape, method, path, headers, body, base64_body))
                if outcome["type"] != "response":
                    raise SystemExit(f"{shape} {method} {path}: {outcome}")
                return response_parts(shape, outcome["payload"])

            status, headers, body = call("GET", "/openapi.json")
            check(status == 200 and json.loads(body).get("openapi", "").startswith("3.1"), f"{shape}: the spec is served")
            status, headers, _ = call("GET", "/todos")
            check(status == 401 and headers.get("www-authenticate") == "Bearer", f"{shape}: /todos without a token is 401")
            status, _, body = call("GET", "/todos?limit=5", auth)
            check(status == 200 and isinstance(json.loads(body), list), f"{shape}: /todos with a token is 200")
            title = f"from {shape}"
            status, headers, body = call("POST", "/todos", dict(auth, **{"Content-Type": "application/json"}),
                                         json.dumps({"title": title}), base64_body=True)
            created = json.loads(body) if status == 201 else {}
            check(status == 201 and created.get("title") == title, f"{shape}: a todo is created from a base64 body")
            status, _, body = call("GET", f"/todos/{created.get('id', 0)}", auth)
            check(status == 200 and json.loads(body).get("title") == title, f"{shape}: the todo is read back through PostgreSQL")
            status, headers, body = call("GET", "/favicon.ico")
            check(status == 200 and body.startswith(b"\x89PNG"), f"{shape}: a binary response comes back base64")
        outcome = run.invoke({"unknown": "shape"})
        check(outcome["type"] == "error", "an event of no known shape is reported to /error")
    finally:
        run.close()

    check_metrics(emulator, api, env, auth, check)
    broken = Emulator(emulator, api, dict(env, AUTH_PUBLIC_KEYS=""))
    outcome = broken.invoke(event("http-api-v2", "GET", "/openapi.json"))
    check(outcome["type"] == "initError" and "AUTH_PUBLIC_KEYS" in json.dumps(outcome), "a bad configuration is reported to init/error")
    check(broken.close() == 2, "the emulator sees the function exit after an init error")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
