"""A loopback stand-in for AWS Secrets Manager's GetSecretValue that checks every request's SigV4 signature
with botocore (the AWS SDK for Python): a request the real service would refuse for its signature is refused
here too (403 InvalidSignatureException).

    with FakeSecretsManager(secrets={"arn:…": '{"key": "k4.secret…"}'}) as fake:
        fake.endpoint        # http://127.0.0.1:PORT/  → AWS_ENDPOINT_URL_SECRETS_MANAGER
        fake.credentials     # {"AWS_ACCESS_KEY_ID": …, "AWS_SECRET_ACCESS_KEY": …, "AWS_SESSION_TOKEN": …, "AWS_REGION": …}
        fake.requests        # (target, secret id, signature ok) per request
"""
import datetime
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import botocore.auth
import botocore.awsrequest
import botocore.credentials

ACCESS_KEY = "AKIDLOCALTEST"
SECRET_KEY = "local/test/secret/access/key/EXAMPLE0000"
SESSION_TOKEN = "local-session-token-EXAMPLE"
REGION = "eu-west-1"


class FakeSecretsManager:
    def __init__(self, secrets):
        self.secrets = dict(secrets)
        self.requests = []
        self._server = None

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def credentials(self):
        return {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY, "AWS_SESSION_TOKEN": SESSION_TOKEN,
                "AWS_REGION": REGION, "AWS_ENDPOINT_URL_SECRETS_MANAGER": self.endpoint}

    def __enter__(self):
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()


def expected_authorization(method, url, headers, body):
    """The Authorization header botocore computes for the same request at the request's own X-Amz-Date."""
    when = datetime.datetime.strptime(headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
    signed = {name: value for name, value in headers.items() if name.lower() in ("host", "content-type", "x-amz-target")}
    request = botocore.awsrequest.AWSRequest(method=method, url=url, data=body, headers=signed)
    credentials = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    with mock.patch("botocore.auth.datetime.datetime", wraps=datetime.datetime, **{"utcnow.return_value": when, "now.return_value": when}):
        botocore.auth.SigV4Auth(credentials, "secretsmanager", REGION).add_auth(request)
    return request.headers["Authorization"]


def _handler(fake):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/x-amz-json-1.1")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {name: value for name, value in self.headers.items()}
            target = headers.get("X-Amz-Target", "")
            try:
                wanted = expected_authorization("POST", f"http://{headers.get('Host')}{self.path}", headers, body)
                valid = headers.get("Authorization") == wanted and headers.get("X-Amz-Security-Token") == SESSION_TOKEN
            except (KeyError, ValueError):
                valid = False
            secret_id = None
            try:
                secret_id = json.loads(body).get("SecretId")
            except ValueError:
                pass
            fake.requests.append((target, secret_id, valid))
            if not valid:
                return self._send(403, {"__type": "InvalidSignatureException", "message": "signature mismatch"})
            if target != "secretsmanager.GetSecretValue":
                return self._send(400, {"__type": "UnknownOperationException"})
            if secret_id not in fake.secrets:
                return self._send(400, {"__type": "ResourceNotFoundException", "message": "Secrets Manager can't find the specified secret."})
            self._send(200, {"ARN": secret_id, "Name": secret_id.split(":")[-1], "SecretString": fake.secrets[secret_id]})

    return Handler
