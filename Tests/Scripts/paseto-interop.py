"""Interop with an independent PASETO v4 implementation (pyseto).

1. A token pyseto mints from the server's key is accepted by the running server (GET /me → 200).
2. A token `api token mint` makes verifies in pyseto, with the footer kid pyseto computes for the key.
3. A token pyseto signs with another key is refused (401).

usage: paseto-interop.py API_BINARY   (with DATABASE_URL set: the server needs a database)
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

import pyseto
from pyseto import Key


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url, token):
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def mint_with_pyseto(secret_paserk, public_paserk, subject, roles):
    key = Key.from_paserk(secret_paserk)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    claims = {"sub": subject, "roles": roles, "iss": "interop",
              "iat": now.isoformat().replace("+00:00", "Z"),
              "exp": (now + timedelta(minutes=5)).isoformat()}  # an offset instead of Z on purpose
    footer = {"kid": Key.from_paserk(public_paserk).to_paserk_id()}  # the public key's k4.pid
    return pyseto.encode(key, json.dumps(claims).encode(), footer=json.dumps(footer).encode()).decode()


def generate_keys(api):
    output = subprocess.check_output([api, "keys", "generate"], text=True)
    return dict(line.split("=", 1) for line in output.splitlines() if "=" in line and not line.startswith("#"))


def main():
    api = sys.argv[1]
    keys = generate_keys(api)
    secret, public = keys["AUTH_SECRET_KEY"], keys["AUTH_PUBLIC_KEYS"]
    env = dict(os.environ, APP_ENV="test", AUTH_PUBLIC_KEYS=public, AUTH_ISSUER="interop")

    token = subprocess.check_output([api, "token", "mint", "--sub", "alice", "--roles", "member,admin"],
                                    env=dict(env, AUTH_SECRET_KEY=secret), text=True).strip()
    public_key = Key.from_paserk(public)
    decoded = pyseto.decode(public_key, token, deserializer=json)
    assert decoded.payload["sub"] == "alice" and decoded.payload["roles"] == ["member", "admin"], decoded.payload
    assert decoded.footer["kid"] == public_key.to_paserk_id(), decoded.footer
    print("ok   a token `api token mint` signs verifies in pyseto, with pyseto's kid for the key")

    port = free_port()
    server = subprocess.Popen([api, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            if server.poll() is not None:
                raise SystemExit(f"api serve exited with {server.returncode} (is DATABASE_URL set? run under with-temp-postgres.py)")
            try:
                urllib.request.urlopen(f"{base}/openapi.json", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        status, body = call(f"{base}/me", mint_with_pyseto(secret, public, "bob", ["member"]))
        assert status == 200 and body["id"] == "bob", (status, body)
        print("ok   a token pyseto signs with the server's key is accepted (GET /me → 200)")
        other = generate_keys(api)
        status, _ = call(f"{base}/me", mint_with_pyseto(other["AUTH_SECRET_KEY"], other["AUTH_PUBLIC_KEYS"], "mallory", ["admin"]))
        assert status == 401, status
        print("ok   a token pyseto signs with another key is refused (401)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
