"""docs/01's first API as `make hello` serves it: the docs and the spec show both routes, the public one
answers anyone, the protected one answers 401 without a token and the subject with the printed token, a
token from another key is refused, Ctrl-C stops the server, and a taken port or a PORT that is not a port
is one line on standard error and exit status 1.

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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served_api import fail, ok, send  # noqa: E402




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
        docs = send(base, "GET", "/docs")
        if docs.status != 200 or "text/html" not in (docs.header("Content-Type") or ""):
            fail(f"/docs answered {docs.describe()}")
        spec = json.loads(send(base, "GET", "/openapi.json").body)
        me = spec["paths"].get("/me", {}).get("get", {})
        if "/hello/{name}" not in spec["paths"] or not me.get("security") or "401" not in me.get("responses", {}):
            fail(f"the spec does not show the public route and the protected one with its security: {json.dumps(spec['paths'])[:800]}")
        ok("the docs are served, and the spec shows GET /hello/{name} for anyone and GET /me with bearer security and its 401")
        hello = send(base, "GET", "/hello/ada")
        if (hello.status, hello.json()) != (200, "Hello, ada!"):
            fail(f"GET /hello/ada answered {hello.describe()}")
        anonymous = send(base, "GET", "/me")
        if anonymous.status != 401 or anonymous.header("Content-Type") != "application/problem+json":
            fail(f"GET /me without a token answered {anonymous.describe()}")
        me = send(base, "GET", "/me", token=token)
        if (me.status, me.json()) != (200, "Hello, developer!"):
            fail(f"GET /me with the printed token answered {me.describe()}")
        ok("GET /hello/ada answers anyone; GET /me answers 401 without a token and the subject with the printed one")
    finally:
        server.send_signal(signal.SIGINT)
        code = server.wait(timeout=30)
    if code != 0:
        fail(f"the server exited {code} on Ctrl-C")
    other, other_token = start(binary, port)
    try:
        if send(base, "GET", "/me", token=token).status != 401 or send(base, "GET", "/me", token=other_token).status != 200:
            fail("a token from the previous run's key was accepted, or the new run's was refused")
        ok("each run makes its own key: the previous run's token is refused (401), the new one accepted")
        taken = subprocess.run([binary], env=dict(os.environ, PORT=str(port)), capture_output=True, text=True, timeout=60)
        if taken.returncode != 1 or f"127.0.0.1:{port} is in use by another process" not in taken.stderr or "Fatal error" in taken.stderr:
            fail(f"a second server on a taken port exited {taken.returncode}: {taken.stderr[-500:]!r}")
        ok("a second server on the same port exits 1 with one line naming the port and the fix, not a crash")
    finally:
        other.send_signal(signal.SIGINT)
        other.wait(timeout=30)
    ok("Ctrl-C stops the server (exit 0)")
    bad = subprocess.run([binary], env=dict(os.environ, PORT="http"), capture_output=True, text=True, timeout=60)
    if bad.returncode != 1 or "PORT is 'http'; use a port number" not in bad.stderr:
        fail(f"PORT=http exited {bad.returncode}: {bad.stderr[-500:]!r}")
    ok("PORT=http is refused with the variable and the fix named (exit 1)")


if __name__ == "__main__":
    main()
