"""`make soak`: the release server under wrk for 60 s at 256 connections over the todos routes.

Passes when there is no error response and no transport failure, and resident memory over the last
10 s is within 10 % of the first 10 s. Prints the figures.

usage: soak.py API_BINARY [--seconds 60] [--connections 256]   (DATABASE_URL set: a migrated database)
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("api")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=256)
    args = parser.parse_args()
    api = args.api
    keys = dict(l.split("=", 1) for l in subprocess.check_output([api, "keys", "generate"], text=True).splitlines() if "=" in l and not l.startswith("#"))
    env = dict(os.environ, APP_ENV="production", CONFIG_DIRECTORY=os.path.join(os.getcwd(), "Config"), LOG_FORMAT="json",
               AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"], AUTH_ISSUER="soak", DATABASE_MIGRATE_ON_START="false")
    token = subprocess.check_output([api, "token", "mint", "--sub", "soak", "--roles", "member", "--ttl", "7200"],
                                    env=dict(env, APP_ENV="test", AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"]), text=True).strip()
    seeded = subprocess.check_output(["psql", "-qAtX", env["DATABASE_URL"], "-c",
                                      "WITH s AS (INSERT INTO todos (owner, title) SELECT 'soak', 'seed ' || i FROM generate_series(1, 1000) i RETURNING id) SELECT min(id), max(id) FROM s"],
                                     text=True).strip().split("|")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([api, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = []
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            with open(f"/proc/{server.pid}/status") as status:
                rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
            samples.append((time.monotonic(), rss / 1024))
            stop.wait(1)

    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        sampler = threading.Thread(target=sample)
        started = time.monotonic()
        sampler.start()
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "soak.lua")
        output = subprocess.run(["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--timeout", "10s", "--latency", "-s", script,
                                 f"http://127.0.0.1:{port}"], env=dict(os.environ, TOKEN=token, LOW=seeded[0], HIGH=seeded[1]),
                                capture_output=True, text=True, check=True).stdout
        stop.set()
        sampler.join()
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=20)
    print(output)
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", output)) else 0
    socket_errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)) if "Socket errors" in output else 0
    p99 = re.search(r"99%\s+([\d.]+\w+)", output).group(1)
    first = [rss for t, rss in samples if t - started <= 10]
    last = [rss for t, rss in samples if t - started >= args.seconds - 10]
    first_mib, last_mib = sum(first) / len(first), sum(last) / len(last)
    growth = (last_mib - first_mib) / first_mib * 100
    result = {"seconds": args.seconds, "connections": args.connections, "requests": requests, "requests_per_second": rate,
              "p99_latency": p99, "error_responses": non2xx, "transport_errors": socket_errors,
              "rss_first_10s_mib": round(first_mib, 1), "rss_last_10s_mib": round(last_mib, 1), "rss_growth_percent": round(growth, 1),
              "rss_peak_mib": round(max(rss for _, rss in samples), 1)}
    print(json.dumps(result, indent=2))
    ok = non2xx == 0 and socket_errors == 0 and growth <= 10
    print(("ok   " if ok else "FAIL ") + "no error responses, no transport failures, resident memory flat (≤ 10 % growth)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
