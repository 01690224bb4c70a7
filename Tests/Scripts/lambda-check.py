"""The release `api` in Lambda mode, driven by the project's Runtime API emulator, with every event shape.

For API Gateway HTTP API (v2), a Lambda function URL, API Gateway REST (v1) and ALB (single- and
multi-value): the spec is served, a protected route is 401 without a token and 200 with one, a todo is
created (from a base64 body) and read back through PostgreSQL, a binary response comes back base64.
Then a bad configuration must be reported to init/error.

usage: lambda-check.py API_BINARY EMULATOR_BINARY   (DATABASE_URL set: a migrated database)
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lambda_events import SHAPES, event, response_parts  # noqa: E402


class Emulator:
    """lambda-emulator reading events from stdin, running the api as its child."""

    def __init__(self, emulator, api, env):
        self.process = subprocess.Popen([emulator, "--timeout", "30", "--exec", api, "lambda"], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
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

    broken = Emulator(emulator, api, dict(env, AUTH_PUBLIC_KEYS=""))
    outcome = broken.invoke(event("http-api-v2", "GET", "/openapi.json"))
    check(outcome["type"] == "initError" and "AUTH_PUBLIC_KEYS" in json.dumps(outcome), "a bad configuration is reported to init/error")
    check(broken.close() == 2, "the emulator sees the function exit after an init error")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
