"""Spec-driven fuzzing with schemathesis: generated requests for every operation, as an admin, as a member,
as a machine client with a member API key, and anonymously, must never get a 5xx, an undocumented status, a wrong content type, or a body that breaks
the documented schema. The server's JSON logs are then searched for the tokens, keys and passwords used.

usage: api-fuzz.py API_BINARY SCHEMATHESIS_BINARY [--max-examples N]   (DATABASE_URL set: a migrated database)
"""
import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

CHECKS = "all"
# What the checks expect, with the two statuses a schema cannot rule out (412, 428) and why: see the file.
CONFIG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schemathesis.toml")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("api")
    parser.add_argument("schemathesis")
    parser.add_argument("--max-examples", type=int, default=40)
    args = parser.parse_args()
    api = args.api
    keys = dict(l.split("=", 1) for l in subprocess.check_output([api, "keys", "generate"], text=True).splitlines() if "=" in l and not l.startswith("#"))
    env = dict(os.environ, APP_ENV="test", LOG_FORMAT="json", AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"], AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"])
    password = "fuzz-account-password"
    subprocess.run([api, "user", "create", "--email", "fuzz@example.com", "--role", "member"], env=env, input=password + "\n",
                   text=True, check=True, stdout=subprocess.DEVNULL)
    tokens = {role: subprocess.check_output([api, "token", "mint", "--sub", f"fuzz-{role}", "--roles", role], env=env, text=True).strip()
              for role in ("admin", "member")}
    api_key = subprocess.run([api, "key", "create", "--name", "fuzz-bot", "--roles", "member"], env=env, check=True,
                             capture_output=True, text=True).stdout.strip()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tempfile.NamedTemporaryFile(prefix="warrant-fuzz-", suffix=".log", delete=False)
    server = subprocess.Popen([api, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
    failures = 0
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/health/ready", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        # A real sign-in, so the password travels through the server and its logs could leak it.
        login = urllib.request.Request(f"{base}/auth/token", data=f"username=fuzz%40example.com&password={password}".encode(),
                                       headers={"Content-Type": "application/x-www-form-urlencoded"})
        urllib.request.urlopen(login, timeout=10).read()
        for caller, headers in [("admin", [f"Authorization: Bearer {tokens['admin']}"]),
                                ("member", [f"Authorization: Bearer {tokens['member']}"]),
                                ("a member API key", [f"X-API-Key: {api_key}"]),
                                ("anonymous", [])]:
            command = [args.schemathesis, "--config-file", CONFIG, "run", f"{base}/openapi.json", "--checks", CHECKS,
                       "--max-examples", str(args.max_examples), "--seed", "42", "--workers", "1"]
            for header in headers:
                command += ["--header", header]
            print(f"== schemathesis as {caller}", flush=True)
            result = subprocess.run(command, env=dict(os.environ, NO_COLOR="1"))
            if result.returncode != 0:
                failures += 1
                print(f"FAIL schemathesis as {caller}")
            else:
                print(f"ok   schemathesis as {caller}: every check (--checks all) passed: no 5xx, no undocumented status, every response matches its schema")
    finally:
        server.terminate()
        server.wait(timeout=15)
        log.close()
    text = open(log.name, encoding="utf-8", errors="replace").read()
    secrets = {"admin token": tokens["admin"], "member token": tokens["member"], "secret key": keys["AUTH_SECRET_KEY"],
               "secret key body": keys["AUTH_SECRET_KEY"].split(".")[-1], "password": password,
               "API key": api_key, "API key secret": api_key[16:]}
    leaked = [name for name, value in secrets.items() if value in text]
    lines = [line for line in text.splitlines() if line.strip()]
    print(f"{'FAIL' if leaked else 'ok  '} the server logged {len(lines)} lines and none holds a token, key or password"
          + (f" (leaked: {', '.join(leaked)})" if leaked else ""))
    not_json = [line for line in lines if not line.startswith("{")]
    print(f"{'FAIL' if not_json else 'ok  '} every log line is a JSON object" + (f": {not_json[0][:120]}" if not_json else ""))
    os.unlink(log.name)
    sys.exit(1 if failures or leaked or not_json else 0)


if __name__ == "__main__":
    main()
