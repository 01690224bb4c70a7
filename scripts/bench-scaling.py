#!/usr/bin/env python3
"""How throughput and p99 grow with concurrency and with the page size: Warrant against another server (A).

A is the hand-written Rust peer for `make bench-scaling` and FastAPI's reference for `make bench-page-size`.
Both servers run side by side as `compare` runs them (one pg-local cluster, a fresh database each, seeded
alike by `crud-bench prepare`), and every measurement alternates A then Warrant, with VACUUM before each:
  - the contract's scenarios at each --connections count, through `crud-bench run` (its noise guard included);
  - `GET /todos?limit=N` for each --limits page size at 64 connections, with wrk directly: the harness's
    list scenario is fixed at limit=20, and the harness is read, never changed.
Writes OUT/results.jsonl (one line per run: kind, x, scenario, side, round, rps, p99_ms, ok, and for pages
the bytes per second) and prints the medians. scripts/plot-scaling.py draws them. An empty --connections
or --limits skips that part.

Usage: bench-scaling.py --bench DIR --a COMMAND --a-name NAME --warrant COMMAND --out DIR
       [--rounds 3] [--connections 16,64,256] [--limits 1,20,100] [--scenarios ...] [--duration 8] [--warmup 2]
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Tests" / "Scripts"))
from served_api import free_port  # noqa: E402

SCENARIOS = "get_one,list,create,update,mixed,unauth"
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
BYTES = {"B": 1, "KB": 2**10, "MB": 2**20, "GB": 2**30}


class Bench:
    """The shared harness's tools, run with the cluster's environment."""

    def __init__(self, folder: Path):
        self.folder = folder
        # The cluster lives where the postgres user can reach it (the checkout may not be), as compare's does.
        cluster = tempfile.mkdtemp(prefix="warrant-scaling-")
        os.chmod(cluster, 0o755)
        self.env = {**os.environ, "PGLOCAL_DIR": f"{cluster}/pg", "PGLOCAL_PORT": str(free_port())}

    def tool(self, name, *args, db=None, capture=True):
        env = dict(self.env, PGLOCAL_DB=db) if db else self.env
        done = subprocess.run([str(self.folder / name), *args], env=env, check=True, text=True,
                              stdout=subprocess.PIPE if capture else None)
        return done.stdout

    def database(self, name):
        return self.tool("pg-local", "start", db=name).strip()

    def vacuum(self, name):
        self.tool("pg-local", "psql", "-qc", "VACUUM ANALYZE todos", db=name)


def parse_wrk(text):
    """Requests per second, the p99 (ms) and bytes per second of `wrk --latency`, and whether every answer was a 2xx."""
    rps = float(re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
    amount, scale = re.search(r"^Transfer/sec:\s+([\d.]+)(B|KB|MB|GB)\s*$", text, re.M).groups()
    ok = "Non-2xx" not in text and "Socket errors" not in text
    return rps, float(value) * UNITS[unit], ok, float(amount) * BYTES[scale]


class Side:
    """One server under test: its command, its database, its seeded state."""

    def __init__(self, key, name, command, bench, work):
        self.key, self.name, self.command, self.work = key, name, command, work
        self.database = f"scaling_{key}"
        self.state = work / f"state-{key}"
        self.url = self.process = None
        self.bench = bench

    def start(self):
        port = free_port()
        env = dict(self.bench.env, PORT=str(port), DATABASE_URL=self.bench.database(self.database))
        log = open(self.work / f"server-{self.key}.log", "w")
        self.process = subprocess.Popen(["bash", "-c", self.command], env=env, stdout=log, stderr=log,
                                        start_new_session=True)
        self.url = f"http://127.0.0.1:{port}"
        self.bench.tool("crud-bench", "wait", self.url, "--pid", str(self.process.pid), "--timeout", "600",
                        capture=False)
        self.bench.tool("crud-bench", "prepare", self.url, "--state", str(self.state), capture=False)

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)

    def scenario(self, scenario, connections, args):
        out = self.bench.tool("crud-bench", "run", self.url, "--state", str(self.state), "--scenario", scenario,
                              "--connections", str(connections), "--duration", str(args.duration),
                              "--warmup", str(args.warmup), "--label", self.name)
        record = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
        return record["rps"], record["p99_ms"], record["ok"], None

    def page(self, limit, args):
        token = (self.state / "token").read_text().strip()
        url = f"{self.url}/todos?limit={limit}"
        wrk = ["wrk", "-t2", "-c64", "--timeout", "5s", "--latency", "-H", f"Authorization: Bearer {token}"]
        subprocess.run(wrk + [f"-d{args.warmup}s", url], check=True, capture_output=True)
        time.sleep(1)  # let the warm-up's connections close before the measured run
        text = subprocess.run(wrk + [f"-d{args.duration}s", url], check=True, capture_output=True, text=True).stdout
        return parse_wrk(text)


def table(rows, sides):
    keys = list(dict.fromkeys((r["kind"], r["x"], r["scenario"]) for r in rows))
    a, b = sides
    print(f"\n{'':<12} {'scenario':<9} {a.name + ' req/s':>16} {b.name + ' req/s':>16} {'ratio':>6}"
          f" {a.name + ' p99':>14} {b.name + ' p99':>14}")
    for kind, x, scenario in keys:
        mine = [r for r in rows if (r["kind"], r["x"], r["scenario"]) == (kind, x, scenario)]
        med = {s.key: (statistics.median(r["rps"] for r in mine if r["side"] == s.key),
                       statistics.median(r["p99_ms"] for r in mine if r["side"] == s.key)) for s in sides}
        label = f"{x} conns" if kind == "connections" else f"limit {x}"
        failed = sorted({r["label"] for r in mine if not r["ok"]})
        moved = [r["bytes_per_s"] for r in mine if r["side"] == b.key and "bytes_per_s" in r]
        print(f"{label:<12} {scenario:<9} {med[a.key][0]:>16,.0f} {med[b.key][0]:>16,.0f}"
              f" {med[b.key][0] / med[a.key][0]:>5.2f}x {med[a.key][1]:>11.2f} ms {med[b.key][1]:>11.2f} ms"
              f"{f'  {b.name} {statistics.median(moved) / 2**20:.1f} MiB/s' if moved else ''}"
              f"{'  <- unexpected errors: ' + ', '.join(failed) if failed else ''}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, required=True, help="the shared benchmark harness")
    parser.add_argument("--a", required=True, help="a shell command serving the other server on $PORT and $DATABASE_URL")
    parser.add_argument("--a-name", required=True, help="its name in the table (rust-peer, fastapi)")
    parser.add_argument("--warrant", required=True, help="a shell command serving Warrant on $PORT")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", default="16,64,256")
    parser.add_argument("--limits", default="1,20,100")
    parser.add_argument("--scenarios", default=SCENARIOS)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=2)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    bench = Bench(args.bench.resolve())
    bench.env["TODO_PUBLIC_KEY"] = bench.tool("crud-bench", "pubkey").strip()
    sides = [Side("A", args.a_name, args.a, bench, args.out),
             Side("B", "warrant", args.warrant, bench, args.out)]
    results = args.out / "results.jsonl"
    rows = []
    try:
        for side in sides:
            side.start()
        with results.open("w") as sink:
            def record(kind, x, scenario, side, round_, measured):
                rps, p99, ok, transfer = measured
                row = {"kind": kind, "x": x, "scenario": scenario, "side": side.key, "label": side.name,
                       "round": round_, "rps": rps, "p99_ms": p99, "ok": ok}
                if transfer is not None:
                    row["bytes_per_s"] = transfer
                rows.append(row)
                sink.write(json.dumps(row) + "\n")
                sink.flush()
                print(f"round {round_} {kind}={x} {scenario} {side.name}: {rps:,.0f} req/s, p99 {p99:.2f} ms"
                      f"{'' if ok else '  <- unexpected errors'}", file=sys.stderr)

            for round_ in range(1, args.rounds + 1):
                for connections in map(int, filter(None, args.connections.split(","))):
                    for scenario in args.scenarios.split(","):
                        for side in sides:
                            bench.vacuum(side.database)
                            record("connections", connections, scenario, side, round_,
                                   side.scenario(scenario, connections, args))
                for limit in map(int, filter(None, args.limits.split(","))):
                    for side in sides:
                        bench.vacuum(side.database)
                        record("limit", limit, "list", side, round_, side.page(limit, args))
    finally:
        for side in sides:
            side.stop()
        subprocess.run([str(bench.folder / "pg-local"), "stop"], env=bench.env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(Path(bench.env["PGLOCAL_DIR"]).parent, ignore_errors=True)
    table(rows, sides)
    print(f"\nresults: {results}", file=sys.stderr)


if __name__ == "__main__":
    main()
