#!/usr/bin/env python3
"""Server CPU time per request: several `api` servers (builds or configurations), one scenario, interleaved rounds, medians.

    scripts/bench-cpu.py --bench ../shared/bench --scenario list --rounds 9 before=/path/to/api after=.build/release/api
    scripts/bench-cpu.py --bench ../shared/bench --env on:METRICS=prometheus --env off:ACCESS_LOG_ENABLED=false \
        on=.build/release/api off=.build/release/api     # one build, two configurations
    scripts/bench-cpu.py --bench ../shared/bench --otlp-sink traced ... traced=.build/release/api

On a shared machine req/s moves by 20 % between runs of the same binary; the CPU time the server spends per
request moves less, and the servers alternate round by round so a slow spell hits all. Each server is
served by scripts/bench-server.sh with `api serve`'s defaults (SERVE_DEFAULTS=1, as `make bench-peer`), on
its own database of the harness's pg-local cluster, probed and seeded by crud-bench; the CPU time is the
server process's utime + stime (from /proc) across each run, divided by the requests it answered. Runs have
no warm-up (its requests would cost CPU but not be counted): the servers are warm from the seeding and from
the rounds before.
"""
import argparse
import http.server
import json
import os
import pathlib
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading

root = pathlib.Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid):
    # Fields 14 and 15 of /proc/PID/stat, counted after the command name (which may contain spaces).
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def public_key(bench):
    lines = (bench / "keys" / "test-only.k4.public").read_text().splitlines()
    return next(line for line in lines if line and not line.startswith("#"))


class OTLPSink:
    """An OTLP/HTTP receiver on loopback that accepts every export and keeps only counts."""

    def __init__(self):
        sink = self
        self.exports = self.bytes = 0
        # ThreadingHTTPServer answers each connection on its own thread.
        self.lock = threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                received = len(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                with sink.lock:
                    sink.exports, sink.bytes = sink.exports + 1, sink.bytes + received
                # An empty message is a valid ExportTraceServiceResponse in either encoding.
                json_export = self.headers.get("Content-Type", "").startswith("application/json")
                body = b"{}" if json_export else b""
                self.send_response(200)
                self.send_header("Content-Type", "application/json" if json_export else "application/x-protobuf")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *arguments):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=pathlib.Path, required=True, help="the shared benchmark harness")
    parser.add_argument("--scenario", default="list")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--env", action="append", default=[], metavar="NAME:KEY=VALUE",
                        help="an environment variable for the server NAME only (repeatable)")
    parser.add_argument("--otlp-sink", action="append", default=[], metavar="NAME",
                        help="export the server NAME's spans (OTLP/HTTP) to a loopback receiver that discards them")
    parser.add_argument("builds", nargs="+", help="NAME=PATH of an api binary, at least two")
    args = parser.parse_args()
    server_env = {}
    for setting in args.env:
        name, _, assignment = setting.partition(":")
        key, equals, value = assignment.partition("=")
        if not name or not key or not equals:
            sys.exit(f"--env {setting}: expected NAME:KEY=VALUE")
        server_env.setdefault(name, {})[key] = value
    if not (args.bench / "crud-bench").exists():
        sys.exit(f"no benchmark harness at {args.bench}: pass --bench /path/to/bench")
    builds = {}
    for build in args.builds:
        name, _, path = build.partition("=")
        if not name or not os.access(path, os.X_OK):
            sys.exit(f"{build}: expected NAME=PATH of an executable api binary")
        builds[name] = os.path.abspath(path)
    if unknown := (set(server_env) | set(args.otlp_sink)) - set(builds):
        sys.exit(f"--env or --otlp-sink names no server: {', '.join(sorted(unknown))}")
    sink = OTLPSink() if args.otlp_sink else None
    for name in args.otlp_sink:
        server_env.setdefault(name, {})["OTEL_EXPORTER_OTLP_ENDPOINT"] = sink.endpoint
    crud_bench = str(args.bench / "crud-bench")
    pg_local = str(args.bench / "pg-local")
    env = {**os.environ, "TODO_PUBLIC_KEY": public_key(args.bench), "SERVE_DEFAULTS": "1"}
    # A TERM (a `kill`, a CI timeout) unwinds through the `finally` below, which stops the servers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped by SIGTERM"))
    work = pathlib.Path(tempfile.mkdtemp(prefix="bench-cpu-"))
    print(f"server logs and crud-bench state: {work}", flush=True)
    servers = {}
    samples = {name: [] for name in builds}
    try:
        for name, binary in builds.items():
            database = subprocess.check_output([pg_local, "start"], env={**env, "PGLOCAL_DB": f"cpu_{name}"}, text=True)
            port = free_port()
            with open(work / f"{name}.log", "w") as log:
                server = subprocess.Popen(
                    [str(root / "scripts" / "bench-server.sh")], stdout=log, stderr=subprocess.STDOUT,
                    env={**env, "PORT": str(port), "DATABASE_URL": database.strip().splitlines()[-1], "API_BINARY": binary,
                         **server_env.get(name, {})})
            base = f"http://127.0.0.1:{port}"
            state = str(work / f"{name}.state")
            servers[name] = (server, base, state)
            subprocess.check_call([crud_bench, "wait", base, "--pid", str(server.pid), "--timeout", "60"])
            subprocess.check_call([crud_bench, "prepare", base, "--state", state], stdout=subprocess.DEVNULL)
        for round_number in range(args.rounds):
            for name, (server, base, state) in servers.items():
                before = cpu_seconds(server.pid)
                output = subprocess.check_output(
                    [crud_bench, "run", base, "--state", state, "--scenario", args.scenario, "--warmup", "0"], text=True)
                used = cpu_seconds(server.pid) - before
                result = [json.loads(line) for line in output.splitlines() if line.startswith("{")][-1]
                samples[name].append((result["rps"], used / result["requests"] * 1e6))
                print(f"round {round_number + 1} {name}: {result['rps']:.0f} req/s, {samples[name][-1][1]:.1f} µs CPU/request", flush=True)
    except subprocess.CalledProcessError as error:
        sys.exit(f"{' '.join(map(str, error.cmd[:2]))} failed (exit {error.returncode}): see the server logs in {work}")
    finally:
        for server, _, _ in servers.values():
            server.terminate()
            server.wait()
        subprocess.call([pg_local, "stop"], stdout=subprocess.DEVNULL)
    if sink:
        print(f"\nOTLP sink: {sink.exports} exports, {sink.bytes} bytes received and discarded")
    print(f"\n{args.scenario}, medians of {args.rounds} rounds:")
    for name, values in samples.items():
        print(f"  {name:>12}: {statistics.median(v[0] for v in values):8.0f} req/s  {statistics.median(v[1] for v in values):6.1f} µs CPU/request")


if __name__ == "__main__":
    main()
