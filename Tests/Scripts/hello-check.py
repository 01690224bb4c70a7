"""docs/01's first API as `make hello` serves it: the docs and the spec show both routes, the public one
answers anyone, the protected one answers 401 without a token and the subject with the printed token, a
token from another key is refused, and Ctrl-C stops the server.

usage: hello-check.py HELLO_BINARY
"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


def fail(message):
    print(f"FAIL {message}", flush=True)
    sys.exit(1)


def ok(message):
    print(f"ok   {message}", flush=True)


def call(base, path, token=None):
    request = urllib.request.Request(base + path)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def start(binary, port):
    """The server, and the token its banner prints."""
    server = subprocess.Popen([binary], env=dict(os.environ, PORT=str(port)), stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    token = None
    for line in server.stdout:
        if re.fullmatch(r"\s*v4\.public\.\S+\s*", line):
            token = line.strip()
            break
        if time.monotonic() > deadline:
            break
    if token is None:
        server.kill()
        fail("make hello printed no token")
    return server, token


def main():
    binary = os.path.abspath(sys.argv[1])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server, token = start(binary, port)
    try:
        status, kind, body = call(base, "/docs")
        if status != 200 or "text/html" not in kind:
            fail(f"/docs answered {status} {kind}")
        spec = json.loads(call(base, "/openapi.json")[2])
        me = spec["paths"].get("/me", {}).get("get", {})
        if "/hello/{name}" not in spec["paths"] or not me.get("security") or "401" not in me.get("responses", {}):
            fail(f"the spec does not show the public route and the protected one with its security: {json.dumps(spec['paths'])[:800]}")
        ok("the docs are served, and the spec shows GET /hello/{name} for anyone and GET /me with bearer security and its 401")
        status, kind, body = call(base, "/hello/ada")
        if (status, json.loads(body)) != (200, "Hello, ada!"):
            fail(f"GET /hello/ada answered {status} {body!r}")
        status, kind, body = call(base, "/me")
        if status != 401 or kind != "application/problem+json":
            fail(f"GET /me without a token answered {status} {kind}")
        status, kind, body = call(base, "/me", token)
        if (status, json.loads(body)) != (200, "Hello, developer!"):
            fail(f"GET /me with the printed token answered {status} {body!r}")
        ok("GET /hello/ada answers anyone; GET /me answers 401 without a token and the subject with the printed one")
    finally:
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=30)
    if code != 0:
        fail(f"the server exited {code} on Ctrl-C")
    other, other_token = start(binary, port)
    try:
        if call(base, "/me", token)[0] != 401 or call(base, "/me", other_token)[0] != 200:
            fail("a token from the previous run's key was accepted, or the new run's was refused")
        ok("each run makes its own key: the previous run's token is refused (401), the new one accepted")
    finally:
        other.send_signal(signal.SIGINT)
        other.wait(timeout=30)
    ok("Ctrl-C stops the server (exit 0)")


if __name__ == "__main__":
    main()
