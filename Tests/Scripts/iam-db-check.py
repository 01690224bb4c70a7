"""End to end: IAM database authentication, as on AWS, against a loopback stand-in for RDS Proxy.

The stand-in speaks PostgreSQL's protocol up to authentication: it accepts TLS with a certificate for
`localhost` signed by a throwaway CA, asks for a cleartext password (as RDS Proxy does with IAM auth),
records what it is sent and refuses. `api migrate` runs with DATABASE_IAM_AUTH=true and fixed role
credentials, and the checks are:

1. the password sent is an RDS IAM token for the URL's host, port and user, and botocore's
   `generate_db_auth_token` returns exactly the same text for the same credentials at the token's time;
2. with the CA file in `sslrootcert` and `sslmode=verify-full`, TLS is verified; a server whose certificate
   another CA signed receives nothing — the token never goes to an unverified server;
3. a URL without `sslmode=verify-full`, without a user, or no credentials in the environment stop
   start-up naming what to fix; neither the token nor the secret key is in any output.

usage: iam-db-check.py API_BINARY   (in the tools venv: botocore, cryptography)
"""
import datetime
import os
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from unittest import mock

import botocore.session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

KEY_ID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION = "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQ=="
REGION = "eu-west-1"


def ok(message):
    print("ok   " + message, flush=True)


def fail(message):
    print("FAIL " + message, flush=True)
    sys.exit(1)


def certificate_authority(directory, name):
    """A CA and a `localhost` server certificate it signs; returns (ca path, cert path, key path)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True).sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    server = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
              .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
              .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
              .sign(ca_key, hashes.SHA256()))
    paths = [os.path.join(directory, f"{name}-{part}.pem") for part in ("ca", "cert", "key")]
    with open(paths[0], "wb") as file:
        file.write(ca.public_bytes(serialization.Encoding.PEM))
    with open(paths[1], "wb") as file:
        file.write(server.public_bytes(serialization.Encoding.PEM))
    with open(paths[2], "wb") as file:
        file.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return paths


class FakeProxy:
    """Accepts connections on loopback; over TLS, asks for a cleartext password and records (user, password)."""

    def __init__(self, certificate, key):
        self.seen, self.connections = [], 0
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(certificate, key)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self.session, args=(connection,), daemon=True).start()

    @staticmethod
    def read(stream, count):
        data = b""
        while len(data) < count:
            chunk = stream.recv(count - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def session(self, connection):
        try:
            length, code = struct.unpack("!ii", self.read(connection, 8))
            if code == 80877104:  # GSSENCRequest: not offered
                connection.sendall(b"N")
                length, code = struct.unpack("!ii", self.read(connection, 8))
            if code != 80877103:  # SSLRequest
                return
            connection.sendall(b"S")
            stream = self.context.wrap_socket(connection, server_side=True)
            length = struct.unpack("!i", self.read(stream, 4))[0]
            fields = self.read(stream, length - 4)[4:].split(b"\0")
            startup = dict(zip(fields[0::2], fields[1::2]))
            stream.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
            kind = self.read(stream, 1)
            length = struct.unpack("!i", self.read(stream, 4))[0]
            password = self.read(stream, length - 4).rstrip(b"\0").decode()
            if kind == b"p":
                self.seen.append((startup.get(b"user", b"").decode(), password))
            message = b"SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed (stand-in)\0\0"
            stream.sendall(b"E" + struct.pack("!i", len(message) + 4) + message)
        except (OSError, ConnectionError, ssl.SSLError):
            pass
        finally:
            connection.close()

    def stop(self):
        self.listener.close()


def botocore_token(host, port, user, date):
    session = botocore.session.get_session()
    session.set_credentials(KEY_ID, SECRET, SESSION)
    client = session.create_client("rds", region_name=REGION)
    with mock.patch("botocore.auth.datetime.datetime", wraps=datetime.datetime, **{"utcnow.return_value": date, "now.return_value": date}):
        return client.generate_db_auth_token(DBHostname=host, Port=port, DBUsername=user, Region=REGION)


def migrate(api, url, **extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("AWS_", "DATABASE_"))}
    env.update(APP_ENV="production", CONFIG_DIRECTORY=os.path.join(os.getcwd(), "Config"), AUTH_ISSUER="https://iam-check.example",
               DATABASE_URL=url, DATABASE_IAM_AUTH="true", AWS_REGION=REGION, AWS_ACCESS_KEY_ID=KEY_ID,
               AWS_SECRET_ACCESS_KEY=SECRET, AWS_SESSION_TOKEN=SESSION, PGCONNECT_TIMEOUT="5")
    env.update(extra)
    env = {key: value for key, value in env.items() if value is not None}
    result = subprocess.run([api, "migrate"], env=env, capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout + result.stderr


def main():
    api = os.path.abspath(sys.argv[1])
    directory = tempfile.mkdtemp(prefix="warrant-iam-")
    trusted_ca, certificate, key = certificate_authority(directory, "trusted")
    _, other_certificate, other_key = certificate_authority(directory, "other")
    proxy, impostor = FakeProxy(certificate, key), FakeProxy(other_certificate, other_key)
    outputs = []
    try:
        url = f"postgresql://app_user@localhost:{proxy.port}/app?sslmode=verify-full&sslrootcert={urllib.parse.quote(trusted_ca)}"
        status, output = migrate(api, url)
        outputs.append(output)
        if status == 0 or not proxy.seen:
            fail(f"no password reached the stand-in proxy (exit {status}):\n{output[-1500:]}")
        user, token = proxy.seen[0]
        if user != "app_user" or not token.startswith(f"localhost:{proxy.port}/?Action=connect&DBUser=app_user&"):
            fail(f"the password is not an IAM token for app_user at localhost:{proxy.port}: user {user!r}, {token[:60]!r}")
        date = datetime.datetime.strptime(urllib.parse.parse_qs(token.split("?", 1)[1])["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ")
        expected = botocore_token("localhost", proxy.port, "app_user", date)
        if token != expected:
            fail(f"the token differs from botocore's for the same credentials and time:\n  ours     {token}\n  botocore {expected}")
        ok("the connection's password is an RDS IAM token, byte for byte what botocore's generate_db_auth_token makes, sent over verified TLS")

        spoofed = f"postgresql://app_user@localhost:{impostor.port}/app?sslmode=verify-full&sslrootcert={urllib.parse.quote(trusted_ca)}"
        status, output = migrate(api, spoofed)
        outputs.append(output)
        if status == 0 or impostor.seen or "certificate verify failed" not in output:
            fail(f"a server with another CA's certificate was not refused before authentication (exit {status}, sent {len(impostor.seen)}):\n{output[-1500:]}")
        ok("a server whose certificate another CA signed is refused by TLS verification; it receives no token")

        for label, bad_url, extra, needle in [
            ("no sslmode=verify-full", f"postgresql://app_user@localhost:{proxy.port}/app?sslmode=require", {}, "must set sslmode=verify-full"),
            ("no user", f"postgresql://localhost:{proxy.port}/app?sslmode=verify-full", {}, "must name the host and the user"),
            ("no credentials", url, {"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None, "AWS_SESSION_TOKEN": None}, "needs role credentials"),
            ("no region", url, {"AWS_REGION": None}, "needs AWS_REGION"),
        ]:
            before = len(proxy.seen)
            status, output = migrate(api, bad_url, **extra)
            outputs.append(output)
            if status == 0 or needle not in output or len(proxy.seen) != before:
                fail(f"{label}: start-up did not stop before connecting, naming the fix ({needle!r}):\n{output[-1000:]}")
        ok("no sslmode=verify-full, no user, no credentials or no region: start-up stops before connecting, naming the fix")
        for text in outputs:
            if SECRET in text or "X-Amz-Signature" in text:
                fail("the secret key or a token reached the output")
        ok("neither the token nor the secret key appears in any output")
    finally:
        proxy.stop()
        impostor.stop()


if __name__ == "__main__":
    main()
