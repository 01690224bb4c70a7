"""End to end: an idempotent POST whose server process is killed between its write and its answer.

Starts `API_BINARY serve` on a migrated database and signs in, then:

- holds a lock on `todos` from another session, so the server's INSERT of `POST /todos` (with an
  `Idempotency-Key`) is sent but waits, its transaction open;
- kills the server with SIGKILL once PostgreSQL shows that INSERT waiting, then releases the lock: the
  INSERT runs, PostgreSQL finds the client gone and rolls its transaction back — no todo, no key kept;
- starts a second server on the same database and retries with the same key: the todo is created once
  (201), and a further retry is answered the recorded 201 (`Idempotent-Replayed: true`, the same body)
  without a second row;
- a retry with the same key and another body is a 422.

usage: with-temp-postgres.py idempotency-check.py API_BINARY   (DATABASE_URL: a fresh database)
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from served_api import SERVERS, Server, cli, expect, expect_problem, fail, generate_keys, ok, send  # noqa: E402

PASSWORD = "correct horse battery staple"
KEY = "3f6c2a4e-crash-retry"


def sql(url, statement):
    result = subprocess.run(["psql", "-qAtX", url, "-c", statement], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        fail(f"psql: {statement}", result.stderr)
    return result.stdout.strip()


def sign_in(server):
    response = expect(server.call("POST", "/auth/token", form={"username": "crash@example.com", "password": PASSWORD}), 200, "sign-in")
    return response.json()["access_token"]


def create(server, token, title):
    return server.call("POST", "/todos", token=token, body={"title": title}, headers={"Idempotency-Key": KEY})


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    api = os.path.abspath(sys.argv[1])
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.exit("FAIL DATABASE_URL is not set: run under with-temp-postgres.py")
    directory = tempfile.mkdtemp(prefix="warrant-idempotency-")
    locker = None
    try:
        keys = generate_keys(api)
        env = dict(os.environ, APP_ENV="test", AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"], AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"])
        cli(api, env, "migrate")
        cli(api, env, "user", "create", "--email", "crash@example.com", "--role", "member", input=PASSWORD + "\n")
        first = Server(api, env, "first", directory).wait_live()
        token = sign_in(first)

        # Another session holds a lock that makes INSERT INTO todos wait.
        locker = subprocess.Popen(["psql", "-qX", url], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        locker.stdin.write("BEGIN; LOCK TABLE todos IN SHARE ROW EXCLUSIVE MODE; SELECT 1;\n")
        locker.stdin.flush()
        for _ in range(200):
            if sql(url, "SELECT count(*) FROM pg_locks WHERE relation = 'todos'::regclass AND mode = 'ShareRowExclusiveLock' AND granted") == "1":
                break
            time.sleep(0.05)
        else:
            fail("the other session never took its lock on todos")
        answers = []
        request = threading.Thread(target=lambda: answers.append(_attempt(first, token)), daemon=True)
        request.start()
        for _ in range(200):
            if sql(url, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO todos%'") == "1":
                break
            time.sleep(0.05)
        else:
            fail("the server's INSERT never waited on the lock", first.log()[-2000:])
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        request.join(timeout=20)
        if answers and answers[0] is not None and answers[0].status < 500:
            fail(f"the killed server answered {answers[0].status}")
        locker.stdin.write("COMMIT;\n")
        locker.stdin.close()
        locker.wait(timeout=30)
        locker = None
        # The orphaned session runs its INSERT, finds its client gone, and rolls back.
        for _ in range(200):
            if sql(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'") == "0":
                break
            time.sleep(0.05)
        todos, kept = sql(url, "SELECT count(*) FROM todos"), sql(url, "SELECT count(*) FROM idempotency_keys")
        if (todos, kept) != ("0", "0"):
            fail(f"after the kill the database holds {todos} todo(s) and {kept} key(s); expected none")
        ok("killed between its write and its answer: PostgreSQL rolled the write and the key back together")

        second = Server(api, env, "second", directory).wait_live()
        created = expect(create(second, token, "survive the crash"), 201, "the retry on a new server")
        if created.header("Idempotent-Replayed"):
            fail("the first completed attempt says it was replayed", created.describe())
        replayed = expect(create(second, token, "survive the crash"), 201, "a second retry")
        if replayed.header("Idempotent-Replayed") != "true" or replayed.body != created.body:
            fail("the second retry is not the recorded answer", replayed.describe())
        if sql(url, "SELECT count(*) FROM todos") != "1":
            fail("the retries created more than one todo")
        ok("the retry ran once on a new process (201); a further retry got the recorded 201, the same body: one todo")
        expect_problem(create(second, token, "another todo"), 422, "the same key with another body")
        ok("the same key with another body: 422, nothing created")
    finally:
        if locker is not None:
            locker.kill()
        for server in SERVERS:
            server.stop()
        shutil.rmtree(directory, ignore_errors=True)


def _attempt(server, token):
    try:
        return send(server.base, "POST", "/todos", token=token, body={"title": "survive the crash"}, headers={"Idempotency-Key": KEY})
    except OSError:
        return None


if __name__ == "__main__":
    main()
