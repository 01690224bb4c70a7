"""The token signing key read from Secrets Manager at start-up, as the SAM template deploys it: never in the
function's configuration. Against a loopback Secrets Manager that checks SigV4 signatures with botocore.

1. `api serve` in production with AUTH_SECRET_KEY_SECRET_ARN (and no AUTH_SECRET_KEY) starts, and signing in
   returns a token the server accepts: the key came from the store, over a correctly signed request.
2. A secret holding the bare PASERK works too.
3. An ARN the store does not have stops start-up naming AUTH_SECRET_KEY_SECRET_ARN and the store's answer.
4. The signing key appears in no log line.

usage: secrets-check.py API_BINARY   (DATABASE_URL set: a migrated database)
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fake_secrets_manager import FakeSecretsManager  # noqa: E402

ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:warrant/signing-key-AbCdEf"
BARE = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:warrant/bare-key-XyZ"


def fail(message):
    print(f"FAIL {message}")
    sys.exit(1)


def ok(message):
    print(f"ok   {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, path, data=None, headers=None):
    request = urllib.request.Request(base + path, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def serve_and_sign_in(api, env, label):
    port = free_port()
    log = tempfile.NamedTemporaryFile("w+", prefix="warrant-secrets-", suffix=".log", delete=False)
    server = subprocess.Popen([api, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if call(base, "/health/live")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        else:
            log.seek(0)
            fail(f"{label}: the server did not start:\n{log.read()[-2000:]}")
        status, body = call(base, "/auth/token", b"username=ops%40example.com&password=a+long+password",
                            {"Content-Type": "application/x-www-form-urlencoded"})
        if status != 200:
            fail(f"{label}: sign-in answered {status}: {body}")
        status, me = call(base, "/me", headers={"Authorization": f"Bearer {body['access_token']}"})
        if status != 200 or me.get("issuer") != env["AUTH_ISSUER"]:
            fail(f"{label}: the token was not accepted: {status} {me}")
    finally:
        server.terminate()
        server.wait(timeout=20)
    log.seek(0)
    text = log.read()
    log.close()
    os.unlink(log.name)
    return text


def main():
    api = sys.argv[1]
    keys = dict(line.split("=", 1) for line in subprocess.check_output([api, "keys", "generate"], text=True).splitlines()
                if "=" in line and not line.startswith("#"))
    secret = keys["AUTH_SECRET_KEY"]
    base_env = dict(os.environ, APP_ENV="production", CONFIG_DIRECTORY=os.path.join(os.getcwd(), "Config"),
                    AUTH_ISSUER="https://secrets-check.example", DATABASE_MIGRATE_ON_START="false", LOG_FORMAT="json")
    base_env.pop("AUTH_SECRET_KEY", None)
    subprocess.run([api, "user", "create", "--email", "ops@example.com", "--role", "member"], env=dict(base_env, APP_ENV="test"),
                   input="a long password\n", text=True, check=True, stdout=subprocess.DEVNULL)
    with FakeSecretsManager({ARN: json.dumps({"key": secret}), BARE: secret}) as fake:
        env = dict(base_env, **fake.credentials, AUTH_SECRET_KEY_SECRET_ARN=ARN)
        logs = serve_and_sign_in(api, env, "JSON secret")
        if not any(target == "secretsmanager.GetSecretValue" and secret_id == ARN and valid for target, secret_id, valid in fake.requests):
            fail(f"no correctly signed GetSecretValue reached the store: {fake.requests}")
        ok("production start-up read the signing key from Secrets Manager (SigV4 checked by botocore); signing in issues tokens the server accepts")
        logs += serve_and_sign_in(api, dict(env, AUTH_SECRET_KEY_SECRET_ARN=BARE), "bare secret")
        ok("a secret holding the bare PASERK works too")
        missing = subprocess.run([api, "serve", "--port", str(free_port())], env=dict(env, AUTH_SECRET_KEY_SECRET_ARN=ARN + "-gone"),
                                 text=True, capture_output=True, timeout=60)
        said = missing.stdout + missing.stderr
        if missing.returncode == 0 or "AUTH_SECRET_KEY_SECRET_ARN could not be read" not in said or "ResourceNotFoundException" not in said:
            fail(f"an unknown secret did not stop start-up with what to fix:\n{said[-1500:]}")
        ok("an unknown secret stops start-up naming AUTH_SECRET_KEY_SECRET_ARN and the store's answer")
        wrong = subprocess.run([api, "serve", "--port", str(free_port())], env=dict(env, AWS_SECRET_ACCESS_KEY="not-the-key"),
                               text=True, capture_output=True, timeout=60)
        if wrong.returncode == 0 or "InvalidSignatureException" not in wrong.stdout + wrong.stderr:
            fail(f"a request signed with the wrong key was not refused:\n{(wrong.stdout + wrong.stderr)[-1500:]}")
        ok("a request signed with the wrong secret key is refused by the signature check, and start-up stops")
        for text in (logs, said, wrong.stdout + wrong.stderr):
            if secret in text or secret.split(".")[-1] in text or "not-the-key" in text:
                fail("a secret reached a log line")
        ok("neither the signing key nor the AWS secret key appears in any log")


if __name__ == "__main__":
    main()
