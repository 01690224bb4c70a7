"""A connection storm: many instances (standing in for Lambda environments) against a database that admits
far fewer connections — what happens when a burst scales the function out past the database.

A PostgreSQL with max_connections=10 and idle_session_timeout=2s; 40 `api serve` processes, each with a
one-connection pool and DATABASE_IDLE_TIMEOUT_MS=300 (the settings the docs give for many instances).
Checks:

1. the storm — 400 concurrent writes spread over the 40 instances: every answer is 201 or a 503
   `application/problem+json` with `Retry-After`; none is 500, none takes longer than the function timeout
   (15 s), and some are refused (the database really was over-subscribed);
2. nothing acknowledged is lost: every todo answered 201 is in the database, with its title;
3. recovery — when the storm ends, every one of the 40 instances answers a write within 60 s (each retry
   waiting what Retry-After said), and no instance exited.

usage: storm-check.py API_BINARY   (in the tools venv)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served_api import SERVERS, Server, call, cli, fail, generate_keys, ok  # noqa: E402
from temp_postgres import TemporaryPostgres  # noqa: E402

INSTANCES = 40
WRITES = 400
FUNCTION_TIMEOUT = 15.0


def write(server, token, title):
    started = time.monotonic()
    response = call(server.base, "POST", "/todos", token=token, body={"title": title})
    return server, title, response, time.monotonic() - started


def storm(servers, token):
    with ThreadPoolExecutor(max_workers=80) as pool:
        results = list(pool.map(lambda i: write(servers[i % len(servers)], token, f"storm {i}"), range(WRITES)))
    statuses = {}
    for server, title, response, elapsed in results:
        statuses[response.status] = statuses.get(response.status, 0) + 1
        if response.status not in (201, 503):
            fail(f"{title} on {server.name}: answered {response.status}, neither 201 nor 503", response.describe())
        if response.status == 503:
            if not (response.header("Content-Type") or "").startswith("application/problem+json") or not (response.header("Retry-After") or "").isdigit():
                fail(f"{title}: a 503 without a problem document and Retry-After", response.describe())
        if elapsed > FUNCTION_TIMEOUT:
            fail(f"{title} took {elapsed:.1f} s, past the function timeout")
    slowest = max(elapsed for *_, elapsed in results)
    if statuses.get(503, 0) == 0:
        fail(f"no request was refused: the storm did not over-subscribe the database ({statuses})")
    if statuses.get(201, 0) == 0:
        fail(f"no write succeeded during the storm ({statuses})")
    ok(f"storm: {WRITES} concurrent writes over {INSTANCES} instances and 10 connections: {statuses.get(201)} × 201, "
       f"{statuses.get(503)} × 503 with Retry-After, no 500; slowest answer {slowest:.1f} s")
    return [(title, response.json()) for _, title, response, _ in results if response.status == 201]


def check_nothing_lost(url, acknowledged):
    # The instances give their connections back within a second; until then this one may be refused too.
    for _ in range(50):
        result = subprocess.run(["psql", "-qAtX", url, "-c", "SELECT json_agg(json_build_object('id', id, 'title', title)) FROM todos"],
                                capture_output=True, text=True)
        if result.returncode == 0:
            break
        time.sleep(0.2)
    else:
        fail(f"could not read the database after the storm: {result.stderr.strip()}")
    rows = result.stdout.strip()
    stored = {row["id"]: row["title"] for row in json.loads(rows or "[]") or []}
    missing = [title for title, todo in acknowledged if stored.get(todo["id"]) != title]
    if missing:
        fail(f"{len(missing)} acknowledged writes are not in the database: {missing[:5]}")
    ok(f"every one of the {len(acknowledged)} acknowledged writes is in the database")


def check_recovery(servers, token):
    deadline = time.monotonic() + 60
    for server in servers:
        while True:
            response = call(server.base, "POST", "/todos", token=token, body={"title": f"after the storm, {server.name}"})
            if response.status == 201:
                break
            if response.status != 503 or time.monotonic() > deadline:
                fail(f"{server.name} did not recover: {response.status}", response.describe())
            time.sleep(min(float(response.header("Retry-After") or 1), 0.5))
    exited = [server.name for server in servers if server.process.poll() is not None]
    if exited:
        fail(f"instances exited during the storm: {exited}")
    ok(f"after the storm, all {len(servers)} instances write again (within 60 s); none exited")


def main():
    api = os.path.abspath(sys.argv[1])
    directory = tempfile.mkdtemp(prefix="warrant-storm-")
    with TemporaryPostgres(settings={"max_connections": "10", "idle_session_timeout": "2s"}) as url:
        try:
            keys = generate_keys(api)
            env = dict(os.environ, APP_ENV="test", DATABASE_URL=url, AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"],
                       AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"], DATABASE_POOL_SIZE="1", DATABASE_IDLE_TIMEOUT_MS="300",
                       DATABASE_CHECK_ON_START="false", DATABASE_MIGRATE_ON_START="false", DATABASE_ACQUIRE_TIMEOUT_MS="2000",
                       ACCESS_LOG_ENABLED="false")
            cli(api, env, "migrate")
            token = cli(api, env, "token", "mint", "--sub", "storm", "--roles", "member").stdout.strip()
            servers = [Server(api, env, f"instance-{n}", directory) for n in range(INSTANCES)]
            for server in servers:
                server.wait_live()
            ok(f"{INSTANCES} instances up, each with a one-connection pool, against max_connections=10")
            acknowledged = storm(servers, token)
            check_nothing_lost(url, acknowledged)
            check_recovery(servers, token)
        finally:
            for server in SERVERS:
                server.stop()
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
