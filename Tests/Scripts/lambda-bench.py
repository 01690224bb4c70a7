"""Lambda mode, measured like-for-like with the project's Runtime API emulator: cold start (process start to
first response), warm invocation latency, and peak resident memory of the function process.

usage: lambda-bench.py API_BINARY EMULATOR_BINARY [--runs N] [--warm N]   (DATABASE_URL set: a migrated database)
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lambda_events import event  # noqa: E402


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def one_environment(api, emulator, env, warm, path, headers):
    bench = subprocess.Popen([emulator, "--timeout", "30"], env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    listening = json.loads(bench.stdout.readline())
    started = time.perf_counter()
    function = subprocess.Popen([api, "lambda"], env=dict(env, AWS_LAMBDA_RUNTIME_API=listening["runtimeAPI"]),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    latencies = []
    cold = None
    try:
        for index in range(warm + 1):
            sent = time.perf_counter()
            bench.stdin.write(json.dumps(event("http-api-v2", "GET", path, headers)) + "\n")
            bench.stdin.flush()
            line = json.loads(bench.stdout.readline())
            if line["type"] != "response" or line["payload"]["statusCode"] != 200:
                raise SystemExit(f"unexpected outcome: {line}")
            now = time.perf_counter()
            if index == 0:
                cold = (now - started) * 1000
            else:
                latencies.append((now - sent) * 1000)
        memory = peak_rss_kib(function.pid) / 1024
    finally:
        function.terminate()
        function.wait(timeout=10)
        bench.stdin.close()
        bench.wait(timeout=10)
    return cold, latencies, memory


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("api")
    parser.add_argument("emulator")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warm", type=int, default=300)
    args = parser.parse_args()
    keys = dict(l.split("=", 1) for l in subprocess.check_output([args.api, "keys", "generate"], text=True).splitlines() if "=" in l and not l.startswith("#"))
    env = dict(os.environ, APP_ENV="production", CONFIG_DIRECTORY=os.path.join(os.getcwd(), "Config"),
               AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"], AUTH_ISSUER="lambda-bench", DATABASE_MIGRATE_ON_START="false")
    token = subprocess.check_output([args.api, "token", "mint", "--sub", "bench", "--roles", "member"],
                                    env=dict(env, APP_ENV="test", AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"]), text=True).strip()
    headers = {"Authorization": f"Bearer {token}"}
    colds, warms, memories = [], [], []
    for run in range(args.runs):
        cold, latencies, memory = one_environment(args.api, args.emulator, env, args.warm if run == 0 else 3, "/todos?limit=20", headers)
        colds.append(cold)
        memories.append(memory)
        if run == 0:
            warms = latencies
    warms.sort()
    result = {
        "cold_start_ms": {"median": round(statistics.median(colds), 1), "min": round(min(colds), 1), "max": round(max(colds), 1), "runs": len(colds)},
        "warm_ms": {"p50": round(warms[len(warms) // 2], 2), "p99": round(warms[int(len(warms) * 0.99) - 1], 2), "invocations": len(warms)},
        "peak_memory_mib": {"median": round(statistics.median(memories), 1), "max": round(max(memories), 1)},
        "request": "GET /todos?limit=20 (member token, PostgreSQL query), API Gateway HTTP API v2 event",
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
