"""Graceful shutdown of `api serve`: on SIGTERM it stops accepting connections, finishes the request in
flight (201, row stored), closes the pool and exits 0; a request that never completes is cut off at
SHUTDOWN_GRACE_MS; and started with every signal blocked (as Foundation's `Process` starts a child), SIGTERM
and SIGINT still stop it. usage: shutdown-check.py API_BINARY   (env: DATABASE_URL, AUTH_PUBLIC_KEYS, TOKEN)
"""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from served_api import free_port


def block_every_signal():
    signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())


def start(api, grace_ms, blocked=False):
    port = free_port()
    env = dict(os.environ, SHUTDOWN_GRACE_MS=str(grace_ms), LOG_FORMAT="json")
    server = subprocess.Popen([api, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=block_every_signal if blocked else None)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live", timeout=1)
            return server, port
        except Exception:
            time.sleep(0.1)
    server.kill()
    sys.exit("FAIL the server did not start")


def half_request(port, title):
    body = json.dumps({"title": title, "done": False}).encode()
    head = (f"POST /todos HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {os.environ['TOKEN']}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(head + body[:5])
    return client, body[5:]


def fail(message):
    print("FAIL " + message)
    sys.exit(1)


def main():
    api = sys.argv[1]
    title = f"in flight at shutdown {time.time()}"
    server, port = start(api, 10_000)
    client, rest = half_request(port, title)
    time.sleep(0.3)
    server.send_signal(signal.SIGTERM)
    time.sleep(0.5)
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        fail("a new connection was accepted after SIGTERM")
    except OSError:
        pass
    client.sendall(rest)
    client.settimeout(10)
    answer = client.recv(65536).decode(errors="replace")
    if not answer.startswith("HTTP/1.1 201"):
        fail(f"the in-flight request got {answer[:200]!r}")
    try:
        code = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        fail("the server did not exit after finishing its in-flight request")
    if code != 0:
        fail(f"the server exited {code}")
    stored = subprocess.check_output(["psql", "-qAtX", os.environ["DATABASE_URL"], "-c",
                                      f"SELECT count(*) FROM todos WHERE title = '{title}'"], text=True).strip()
    if stored != "1":
        fail(f"the acknowledged write is not in the database ({stored} rows)")
    print("ok   SIGTERM: no new connections, the in-flight request finishes (201, stored), exit 0")

    server, port = start(api, 500)
    stuck, _ = half_request(port, "never finished")
    time.sleep(1)  # the server has read the head: the request is in flight
    started = time.monotonic()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        fail("a stuck request held the server past SHUTDOWN_GRACE_MS")
    waited = time.monotonic() - started
    stuck.close()
    if waited < 0.4:
        fail(f"the server exited after {waited:.2f} s, without waiting for its in-flight request")
    print(f"ok   SIGTERM: a request that never completes is waited for, then cut off at SHUTDOWN_GRACE_MS (exited after {waited:.1f} s)")

    # exec keeps the signal mask: the process must unblock the signals it stops on itself.
    for stop in (signal.SIGTERM, signal.SIGINT):
        server, _ = start(api, 500, blocked=True)
        server.send_signal(stop)
        try:
            code = server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            fail(f"started with every signal blocked, the server ignored {stop.name}")
        if code != 0:
            fail(f"started with every signal blocked, the server exited {code} on {stop.name}")
    print("ok   started with every signal blocked, SIGTERM and SIGINT still stop the server gracefully (exit 0)")


if __name__ == "__main__":
    main()
