"""A loopback OpenID Connect provider for tests: discovery, JWKS, token and authorize endpoints on 127.0.0.1,
and `mint()` for every well-formed and malformed access token a verifier has to handle.

Keys and tokens are made with PyJWT and cryptography, independently of the server's jwt-kit. The private keys
live in memory only.

    with Provider(audience="https://api.example.test") as provider:   # issuer http://127.0.0.1:PORT
        claims = provider.claims("alice", groups=["Members"])
        token = provider.mint(claims, alg="ES256")                    # RS256, ES256 or EdDSA
        bad = provider.mint(claims, alg="HS256")                      # HMAC keyed with the RSA public PEM
        kid = provider.rotate("RS256"); provider.retire(old_kid)
        provider.jwks_down = True                                     # /jwks answers 503
        provider.jwks_fetches                                         # how many times /jwks was asked for

Endpoints: GET /.well-known/openid-configuration, GET /jwks, POST /token (client_credentials; authorization_code
with PKCE S256), GET /authorize (auto-consent for the configured test user, 302 back with a code), and CORS
(with OPTIONS preflight) on all of them, since Swagger UI calls /token from another origin.

usage: oidc_provider.py [--audience URL]   serves on a free loopback port until interrupted, printing the issuer and tokens
       oidc_provider.py --self-test        exercises every endpoint and prints ok/FAIL lines
"""
import base64
import hashlib
import hmac
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import get_default_algorithms

ALGORITHMS = get_default_algorithms()  # PyJWT's signers: RS*, PS*, ES*, EdDSA, HS*, none
PINNED = ("RS256", "ES256", "EdDSA")  # the algorithms a verifier accepts, one per key type
DEFAULT_AUDIENCE = "https://api.example.test"
DEFAULT_CLIENTS = {
    # client_id: secret (None: a public client, authorization code + PKCE only) and claims its tokens carry
    "test-client": {"secret": "test-secret", "claims": {"groups": ["Members"]}},
    "admin-client": {"secret": "admin-secret", "claims": {"groups": ["Admins"]}},
    "swagger-ui": {"secret": None, "claims": {}},
}
DEFAULT_USER = {"sub": "test-user", "groups": ["Members"], "email": "test-user@example.test"}


def b64url(data):
    """Unpadded base64url, as JWS writes every segment."""
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def compact_json(value):
    """JSON without spaces, as PyJWT writes headers and payloads."""
    return json.dumps(value, separators=(",", ":"))


def family(alg):
    """The key type an algorithm signs with: RSA, EC, OKP, HMAC, or None (`none`)."""
    if alg.startswith(("RS", "PS")):
        return "RSA"
    if alg.startswith("ES"):
        return "EC"
    if alg == "EdDSA":
        return "OKP"
    if alg.startswith("HS"):
        return "HMAC"
    if alg == "none":
        return None
    raise ValueError(f"no signer for alg {alg!r}; sign with a known alg and set the header with header_overrides")


class SigningKey:
    """One private key, its kid and its algorithm (RS256: RSA 2048, ES256: P-256, EdDSA: Ed25519).

    `publish_alg=False` leaves `alg` out of the JWK, as Entra ID does.
    """

    def __init__(self, alg, kid, private, publish_alg=True):
        self.alg, self.kid, self.private, self.publish_alg = alg, kid, private, publish_alg

    @classmethod
    def generate(cls, alg, kid, publish_alg=True):
        if alg == "RS256":
            private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        elif alg == "ES256":
            private = ec.generate_private_key(ec.SECP256R1())
        elif alg == "EdDSA":
            private = ed25519.Ed25519PrivateKey.generate()
        else:
            raise ValueError(f"keys are RS256, ES256 or EdDSA, not {alg}")
        return cls(alg, kid, private, publish_alg)

    @property
    def family(self):
        return family(self.alg)

    def public_pem(self):
        """The public key as SubjectPublicKeyInfo PEM: the HMAC secret of the key-confusion attack."""
        return self.private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    def public_jwk(self):
        """The public JWK: kty, use, kid, alg (unless left out) and n/e, crv/x/y or crv/x."""
        members = ALGORITHMS[self.alg].to_jwk(self.private.public_key(), as_dict=True)
        jwk = {"kty": members["kty"], "use": "sig", "kid": self.kid}
        if self.publish_alg:
            jwk["alg"] = self.alg
        for name in ("n", "e", "crv", "x", "y"):
            if name in members:
                jwk[name] = members[name]
        return jwk


class Provider:
    """An OpenID Connect provider on 127.0.0.1:<free port>, or (with `issuer=` and no `start()`) just its keys
    and minting, for fixtures.

    It starts with one active key per algorithm (RS256, ES256, EdDSA), each with its own kid, all published.
    """

    def __init__(self, audience=DEFAULT_AUDIENCE, issuer=None, clients=None, user=None, token_alg="RS256", kid_prefix=""):
        self.audience = audience
        self._issuer = issuer
        self.clients = {name: dict(client) for name, client in (clients or DEFAULT_CLIENTS).items()}
        self.user = dict(user or DEFAULT_USER)
        self.token_alg = token_alg
        self.kid_prefix = kid_prefix
        self.jwks_down = False  # /jwks answers 503
        self.discovery_down = False  # the discovery document answers 503
        self.jwks_fetches = 0
        self.discovery_fetches = 0
        self.keys = {}  # kid → SigningKey, published or not
        self.published = []  # kids in the JWKS, in order
        self.active = {}  # alg → the kid minted with by default
        self._codes = {}  # authorization code → what /authorize was asked
        self._lock = threading.Lock()
        self._serial = 0
        self._server = None
        self._thread = None
        for alg in PINNED:
            self.rotate(alg)

    # -- keys ---------------------------------------------------------------------------------------------

    def _new_kid(self, alg):
        self._serial += 1
        return f"{self.kid_prefix}{alg.lower()}-{self._serial}"

    def add_key(self, alg, kid=None, publish_alg=True, published=True, active=False):
        """Creates a key (published in the JWKS unless `published=False`; minted with by default if `active`)."""
        with self._lock:
            key = SigningKey.generate(alg, kid or self._new_kid(alg), publish_alg)
            if key.kid in self.keys:
                raise ValueError(f"kid {key.kid} exists")
            self.keys[key.kid] = key
            if published:
                self.published.append(key.kid)
            if active:
                self.active[alg] = key.kid
            return key

    def rotate(self, alg, publish_alg=True):
        """A new key for `alg` with a new kid, published and used from now on; the old one stays published
        until `retire`d. Returns the new kid."""
        return self.add_key(alg, publish_alg=publish_alg, active=True).kid

    def publish(self, kid):
        """Adds an existing key to the JWKS."""
        with self._lock:
            if kid not in self.published:
                self.published.append(kid)

    def retire(self, kid):
        """Removes a key from the JWKS (it can still mint, to make tokens a verifier must no longer accept)."""
        with self._lock:
            self.published = [published for published in self.published if published != kid]

    def key(self, alg_or_kid):
        """The active key for an algorithm, or the key with a kid."""
        kid = self.active.get(alg_or_kid, alg_or_kid)
        return self.keys[kid]

    def jwks(self):
        """The JWKS document: public keys only."""
        with self._lock:
            return {"keys": [self.keys[kid].public_jwk() for kid in self.published]}

    # -- documents ----------------------------------------------------------------------------------------

    @property
    def issuer(self):
        if self._issuer is not None:
            return self._issuer
        if self._server is None:
            raise RuntimeError("the provider is not started: start() it, or give issuer=")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def discovery(self):
        """The OpenID Connect discovery document."""
        issuer = self.issuer
        return {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/authorize",
            "token_endpoint": f"{issuer}/token",
            "jwks_uri": f"{issuer}/jwks",
            "grant_types_supported": ["authorization_code", "client_credentials"],
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic", "none"],
            "scopes_supported": ["openid", "profile", "email", "todos"],
            "id_token_signing_alg_values_supported": list(PINNED),
        }

    # -- tokens -------------------------------------------------------------------------------------------

    def claims(self, sub="alice", lifetime=300, now=None, **extra):
        """A valid claim set: iss, sub, aud, iat, nbf, exp (now + lifetime), jti, then `extra`."""
        now = int(time.time()) if now is None else now
        claims = {"iss": self.issuer, "sub": sub, "aud": self.audience, "iat": now, "nbf": now, "exp": now + lifetime,
                  "jti": secrets.token_hex(8)}
        claims.update(extra)
        return claims

    def mint(self, claims, alg="RS256", kid=None, header_overrides=None, key=None, signature_override=None,
             raw_header=None, raw_payload=None):
        """A compact JWT, well-formed or not.

        - `alg`: how it is signed, and the header's `alg`: RS256/RS384/RS512/PS256… with an RSA key, ES256
          with P-256, EdDSA with Ed25519, HS256/384/512 with `key` bytes (by default the active RSA key's
          public PEM: the key-confusion attack), `none` with an empty signature.
        - `kid`: the header's `kid`. A provider key's kid signs with that key when its type fits `alg`;
          otherwise (an unknown kid, or ES256 under an RSA kid) the active key of `alg`'s type signs. By
          default the kid of the key that signs.
        - `key`: sign with this instead: a SigningKey, a cryptography private key, or bytes for HS*.
        - `header_overrides`: members set in the header last; a value of None removes the member
          (`{"kid": None}`, `{"alg": None}`, `{"typ": "JOSE"}`, `{"alg": "rs256"}`).
        - `signature_override`: bytes for the signature segment, or a function of the real signature.
        - `raw_header`, `raw_payload`: JSON text used verbatim (duplicate members), signed as usual.
        """
        signer, default_kid = self._signer(alg, kid, key)
        header_kid = kid if kid is not None else default_kid
        ordinary = (alg in PINNED and header_overrides is None and signature_override is None and raw_header is None
                    and raw_payload is None and isinstance(signer, SigningKey) and isinstance(claims.get("iss", ""), str))
        if ordinary:  # PyJWT assembles it: {"alg":…,"kid":…,"typ":"JWT"}
            return jwt.encode(claims, signer.private, algorithm=alg, headers={"kid": header_kid})
        header = {"alg": alg, "kid": header_kid, "typ": "JWT"}
        if header_kid is None:
            del header["kid"]
        for name, value in (header_overrides or {}).items():
            if value is None:
                header.pop(name, None)
            else:
                header[name] = value
        header_text = raw_header if raw_header is not None else compact_json(header)
        payload_text = raw_payload if raw_payload is not None else compact_json(claims)
        signing_input = f"{b64url(header_text)}.{b64url(payload_text)}".encode()
        if alg == "none":
            signature = b""
        else:
            material = signer.private if isinstance(signer, SigningKey) else signer
            signature = ALGORITHMS[alg].sign(signing_input, material)
        if callable(signature_override):
            signature = signature_override(signature)
        elif signature_override is not None:
            signature = signature_override
        return f"{signing_input.decode()}.{b64url(signature)}"

    def _signer(self, alg, kid, key):
        """What signs (a SigningKey, private key or HMAC bytes) and the kid it implies."""
        kind = family(alg)
        if key is not None:
            if isinstance(key, SigningKey):
                return key, key.kid
            return key, (self.keys[self.active[self._pinned(kind)]].kid if kind in ("RSA", "EC", "OKP") else None)
        if kind == "HMAC":
            rsa_key = self.key("RS256") if kid is None or kid not in self.keys else self.keys[kid]
            return rsa_key.public_pem(), rsa_key.kid
        if kind is None:
            return None, self.active["RS256"]
        if kid in self.keys and self.keys[kid].family == kind:
            return self.keys[kid], kid
        signer = self.keys[self.active[self._pinned(kind)]]
        return signer, signer.kid

    @staticmethod
    def _pinned(kind):
        return {"RSA": "RS256", "EC": "ES256", "OKP": "EdDSA"}[kind]

    def sized(self, claims, length, alg="RS256", **options):
        """A token of exactly `length` bytes, made so by `pad0`, `pad1`… claims of at most 1000 characters
        (every JSON string stays short); None when no layout reaches it exactly."""
        if "raw_payload" in options:
            raise ValueError("sized() pads claims, not raw payloads")
        for chunks in range(1, 64):
            padded = dict(claims, **{f"pad{i}": "" for i in range(chunks)})
            empty = self.mint(padded, alg=alg, **options)
            if len(empty) > length:
                return None
            signature = len(empty.rsplit(".", 1)[1])
            prefix = len(empty.split(".", 1)[0]) + 2 + signature  # the header, two dots, the signature
            payload = len(compact_json(padded))
            for extra in range(0, 1000 * chunks + 1):
                total = prefix + (4 * (payload + extra) + 2) // 3
                if total == length:
                    sizes = [min(1000, extra - 1000 * i) for i in range(chunks)]
                    token = self.mint(dict(claims, **{f"pad{i}": "x" * max(0, sizes[i]) for i in range(chunks)}), alg=alg, **options)
                    assert len(token) == length, (len(token), length)
                    return token
                if total > length:
                    break
        return None

    def bad_tokens(self, claims):
        """(name, reason, token) for each way a token from this provider must be refused, derived from a
        valid claim set whose `iat` is now. Each reason is what the verifier's rules give."""
        now = claims["iat"]
        rsa_kid, ec_kid, ed_kid = self.active["RS256"], self.active["ES256"], self.active["EdDSA"]
        other_rsa = SigningKey.generate("RS256", rsa_kid)  # same kid, a key the provider never published
        duplicate = compact_json(claims)[:-1] + ',"sub":"someone-else"}'
        tokens = [
            ("alg none, empty signature", "malformed", self.mint(claims, alg="none", kid=rsa_kid)),
            ("alg none with a signature", "wrongAlgorithm", self.mint(claims, alg="none", kid=rsa_kid, signature_override=b"\x01" * 32)),
            ("HS256 keyed with the RSA public key PEM", "wrongAlgorithm", self.mint(claims, alg="HS256", kid=rsa_kid)),
            ("RS384 on the RSA kid", "wrongAlgorithm", self.mint(claims, alg="RS384", kid=rsa_kid)),
            ("PS256 on the RSA kid", "wrongAlgorithm", self.mint(claims, alg="PS256", kid=rsa_kid)),
            ("ES256 header on the RSA kid", "wrongAlgorithm", self.mint(claims, alg="ES256", kid=rsa_kid)),
            ("RS256 header on the EC kid", "wrongAlgorithm", self.mint(claims, alg="RS256", kid=ec_kid)),
            ("EdDSA header on the RSA kid", "wrongAlgorithm", self.mint(claims, alg="EdDSA", kid=rsa_kid)),
            ("ES256 header on the Ed25519 kid", "wrongAlgorithm", self.mint(claims, alg="ES256", kid=ed_kid)),
            ("unknown kid", "unknownKey", self.mint(claims, kid="no-such-kid")),
            ("no kid", "unknownKey", self.mint(claims, header_overrides={"kid": None})),
            ("empty kid", "unknownKey", self.mint(claims, header_overrides={"kid": ""})),
            ("a flipped signature byte", "badSignature", self.mint(claims, signature_override=flip_byte)),
            ("signed by another RSA key under the published kid", "badSignature", self.mint(claims, key=other_rsa)),
            ("expired", "expired", self.mint(dict(claims, iat=now - 900, nbf=now - 900, exp=now - 300))),
            ("nbf in the future", "notYetValid", self.mint(dict(claims, nbf=now + 600, exp=now + 900))),
            ("iat in the future", "issuedInFuture", self.mint(dict(claims, iat=now + 600, exp=now + 900))),
            ("wrong iss", "wrongIssuer", self.mint(dict(claims, iss="https://evil.example.test"))),
            ("wrong aud", "wrongAudience", self.mint(dict(claims, aud="https://other-api.example.test"))),
            ("no aud", "wrongAudience", self.mint({k: v for k, v in claims.items() if k != "aud"})),
            ("no sub", "invalidClaims", self.mint({k: v for k, v in claims.items() if k != "sub"})),
            ("no exp", "invalidClaims", self.mint({k: v for k, v in claims.items() if k != "exp"})),
            ("oversized (8193 bytes)", "tooLarge", self.sized(claims, 8193)),
            ("oversized (over 9000 bytes)", "tooLarge", self.sized(claims, 9001)),
            ("duplicate claim in the payload", "malformed", self.mint(claims, raw_payload=duplicate)),
            ("crit header", "malformed", self.mint(claims, header_overrides={"crit": ["urn:example:ext"], "urn:example:ext": True})),
            ("typ JOSE", "malformed", self.mint(claims, header_overrides={"typ": "JOSE"})),
        ]
        return [(name, reason, token) for name, reason, token in tokens if token is not None]

    # -- server -------------------------------------------------------------------------------------------

    def start(self):
        """Serves on 127.0.0.1:<free port> in a background thread."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="oidc-provider", daemon=True)
        self._thread.start()
        return self

    def stop(self):
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    def _count(self, name):
        with self._lock:
            setattr(self, name, getattr(self, name) + 1)

    def issue(self, sub, extra_claims, client_id, scope):
        """The token response for a subject."""
        claims = self.claims(sub, **extra_claims)
        claims["client_id"] = client_id
        if scope:
            claims["scope"] = scope
        return {"access_token": self.mint(claims, alg=self.token_alg), "token_type": "Bearer", "expires_in": 300}


def flip_byte(signature):
    """The signature with its first byte's bits flipped."""
    return bytes([signature[0] ^ 0xFF]) + signature[1:]


def _handler(provider):
    class Handler(BaseHTTPRequestHandler):
        server_version = "oidc-test-provider"

        def log_message(self, *args):  # quiet: tests print their own lines
            pass

        def _send(self, status, body=None, headers=None):
            data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
            self.send_response(status)
            self.send_header("Access-Control-Allow-Origin", "*")
            # Swagger UI adds X-Requested-With to its token requests; answer the preflight for what it asks.
            self.send_header("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Requested-With")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            if body is not None:
                self.send_header("Content-Type", "application/json")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_OPTIONS(self):
            self._send(204, headers={"Access-Control-Max-Age": "600"})

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/.well-known/openid-configuration":
                provider._count("discovery_fetches")
                if provider.discovery_down:
                    return self._send(503, {"error": "temporarily_unavailable"})
                return self._send(200, provider.discovery())
            if url.path == "/jwks":
                provider._count("jwks_fetches")
                if provider.jwks_down:
                    return self._send(503, {"error": "temporarily_unavailable"})
                return self._send(200, provider.jwks(), {"Cache-Control": "public, max-age=300"})
            if url.path == "/authorize":
                return self._authorize(urllib.parse.parse_qs(url.query))
            self._send(404, {"error": "not_found"})

        def do_POST(self):
            if urllib.parse.urlsplit(self.path).path != "/token":
                return self._send(404, {"error": "not_found"})
            length = int(self.headers.get("Content-Length") or 0)
            form = {name: values[0] for name, values in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
            self._token(form)

        def _authorize(self, query):
            query = {name: values[0] for name, values in query.items()}
            client_id, redirect_uri = query.get("client_id"), query.get("redirect_uri")
            client = provider.clients.get(client_id)
            allowed = client and (not client.get("redirect_uris") or redirect_uri in client["redirect_uris"])
            if not client or not redirect_uri or not allowed:  # never redirect to an address not checked
                return self._send(400, {"error": "invalid_request", "error_description": "unknown client_id or redirect_uri"})
            answer = {"state": query["state"]} if "state" in query else {}
            if query.get("response_type") != "code":
                answer["error"] = "unsupported_response_type"
            elif query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
                answer["error"] = "invalid_request"
                answer["error_description"] = "PKCE with code_challenge_method=S256 is required"
            else:
                code = secrets.token_urlsafe(24)
                with provider._lock:
                    provider._codes[code] = {"client_id": client_id, "redirect_uri": redirect_uri, "scope": query.get("scope"),
                                             "challenge": query["code_challenge"], "expires": time.time() + 60}
                answer = {"code": code, **answer}
            separator = "&" if "?" in redirect_uri else "?"
            self._send(302, headers={"Location": redirect_uri + separator + urllib.parse.urlencode(answer)})

        def _client(self, form):
            """(client_id, secret sent, used HTTP Basic) from the Authorization header or the form."""
            header = self.headers.get("Authorization", "")
            if header.lower().startswith("basic "):
                try:
                    name, _, secret = base64.b64decode(header[6:].strip(), validate=True).decode().partition(":")
                except ValueError:
                    return None, None, True
                return urllib.parse.unquote_plus(name), urllib.parse.unquote_plus(secret), True
            return form.get("client_id"), form.get("client_secret"), False

        def _token(self, form):
            client_id, secret, basic = self._client(form)
            client = provider.clients.get(client_id)
            grant = form.get("grant_type")
            if client is None or (client["secret"] is not None and not hmac.compare_digest(str(secret or ""), client["secret"])):
                headers = {"WWW-Authenticate": 'Basic realm="oidc-test-provider"'} if basic else {}
                return self._send(401, {"error": "invalid_client"}, headers)
            if grant == "client_credentials":
                if client["secret"] is None:
                    return self._send(400, {"error": "unauthorized_client"})
                answer = provider.issue(client_id, client["claims"], client_id, form.get("scope"))
            elif grant == "authorization_code":
                with provider._lock:
                    request = provider._codes.pop(form.get("code", ""), None)  # a code is used once
                verifier = form.get("code_verifier", "")
                challenge = b64url(hashlib.sha256(verifier.encode()).digest())
                if (request is None or request["expires"] < time.time() or request["client_id"] != client_id
                        or request["redirect_uri"] != form.get("redirect_uri") or not 43 <= len(verifier) <= 128
                        or not hmac.compare_digest(challenge, request["challenge"])):
                    return self._send(400, {"error": "invalid_grant"})
                user = dict(provider.user)
                sub = user.pop("sub")
                answer = provider.issue(sub, dict(user, azp=client_id), client_id, request["scope"])
            else:
                return self._send(400, {"error": "unsupported_grant_type"})
            self._send(200, answer, {"Cache-Control": "no-store", "Pragma": "no-cache"})

    return Handler


# -- running it by hand -----------------------------------------------------------------------------------

def _self_test():
    """Every endpoint once, each minted token verified by PyJWT against the served JWKS."""
    import urllib.error
    import urllib.request

    failures = []

    def check(condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            failures.append(what)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    opener = urllib.request.build_opener(NoRedirect)

    def call(method, url, form=None, headers=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with opener.open(request, timeout=5) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    with Provider() as provider:
        issuer = provider.issuer
        check(issuer.startswith("http://127.0.0.1:") and not issuer.endswith("/"), f"issuer {issuer}")
        status, _, body = call("GET", issuer + "/.well-known/openid-configuration")
        document = json.loads(body)
        check(status == 200 and document["issuer"] == issuer and document["jwks_uri"] == issuer + "/jwks"
              and document["code_challenge_methods_supported"] == ["S256"], "discovery document")
        status, headers, body = call("GET", issuer + "/jwks")
        jwks = json.loads(body)
        check(status == 200 and [k["kty"] for k in jwks["keys"]] == ["RSA", "EC", "OKP"]
              and all(k["use"] == "sig" and "d" not in k for k in jwks["keys"]), "JWKS: RSA, EC, OKP public keys")
        check(headers["Access-Control-Allow-Origin"] == "*", "CORS header on /jwks")
        client = jwt.PyJWKClient(issuer + "/jwks", cache_jwk_set=False)
        for alg in PINNED:
            token = provider.mint(provider.claims("alice", groups=["Members"]), alg=alg)
            signing = client.get_signing_key_from_jwt(token)
            claims = jwt.decode(token, signing.key, algorithms=[alg], audience=provider.audience, issuer=issuer)
            check(claims["sub"] == "alice", f"a {alg} token verifies with PyJWT against the served JWKS")

        status, headers, _ = call("OPTIONS", issuer + "/token", headers={"Origin": "http://127.0.0.1:9", "Access-Control-Request-Method": "POST",
                                                                           "Access-Control-Request-Headers": "authorization,content-type"})
        check(status == 204 and "Authorization" in headers["Access-Control-Allow-Headers"], "CORS preflight on /token")
        status, _, body = call("POST", issuer + "/token", {"grant_type": "client_credentials", "client_id": "test-client", "client_secret": "test-secret"})
        answer = json.loads(body)
        claims = jwt.decode(answer["access_token"], client.get_signing_key_from_jwt(answer["access_token"]).key, algorithms=["RS256"],
                            audience=provider.audience, issuer=issuer)
        check(status == 200 and answer["token_type"] == "Bearer" and answer["expires_in"] == 300 and claims["groups"] == ["Members"],
              "client_credentials with client_secret_post")
        basic = base64.b64encode(b"admin-client:admin-secret").decode()
        status, _, body = call("POST", issuer + "/token", {"grant_type": "client_credentials"}, {"Authorization": "Basic " + basic})
        check(status == 200 and jwt.decode(json.loads(body)["access_token"], options={"verify_signature": False})["groups"] == ["Admins"],
              "client_credentials with client_secret_basic")
        status, _, _ = call("POST", issuer + "/token", {"grant_type": "client_credentials", "client_id": "test-client", "client_secret": "nope"})
        check(status == 401, "a wrong client secret → 401 invalid_client")

        verifier = secrets.token_urlsafe(48)
        challenge = b64url(hashlib.sha256(verifier.encode()).digest())
        redirect = "http://127.0.0.1:9/docs/oauth2-redirect.html"
        query = urllib.parse.urlencode({"response_type": "code", "client_id": "swagger-ui", "redirect_uri": redirect, "state": "xyz",
                                        "code_challenge": challenge, "code_challenge_method": "S256", "scope": "openid todos"})
        status, headers, _ = call("GET", f"{issuer}/authorize?{query}")
        location = urllib.parse.urlsplit(headers["Location"])
        back = urllib.parse.parse_qs(location.query)
        check(status == 302 and headers["Location"].startswith(redirect + "?") and back["state"] == ["xyz"], "authorize → 302 with code and state")
        form = {"grant_type": "authorization_code", "code": back["code"][0], "redirect_uri": redirect, "client_id": "swagger-ui", "code_verifier": "x" * 43}
        status, _, _ = call("POST", issuer + "/token", form)
        check(status == 400, "a wrong PKCE verifier → 400 invalid_grant (and the code is spent)")
        status, headers, _ = call("GET", f"{issuer}/authorize?{query}")
        code = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)["code"][0]
        status, _, body = call("POST", issuer + "/token", dict(form, code=code, code_verifier=verifier))
        claims = jwt.decode(json.loads(body)["access_token"], options={"verify_signature": False}) if status == 200 else {}
        check(status == 200 and claims.get("sub") == "test-user" and claims.get("azp") == "swagger-ui", "authorization_code with PKCE S256")
        status, _, _ = call("POST", issuer + "/token", dict(form, code=code, code_verifier=verifier))
        check(status == 400, "a code works once")

        before = provider.jwks_fetches
        old = provider.active["RS256"]
        new = provider.rotate("RS256")
        provider.retire(old)
        kids = [k["kid"] for k in json.loads(call("GET", issuer + "/jwks")[2])["keys"]]
        check(new in kids and old not in kids and provider.jwks_fetches == before + 1, "rotate, retire and the fetch counter")
        noalg = provider.add_key("RS256", publish_alg=False)
        check(all("alg" not in k for k in provider.jwks()["keys"] if k["kid"] == noalg.kid), "a JWK without alg")
        provider.jwks_down = True
        status = call("GET", issuer + "/jwks")[0]
        check(status == 503 and call("GET", issuer + "/.well-known/openid-configuration")[0] == 200, "jwks_down: /jwks 503, discovery 200")
        provider.discovery_down = True
        check(call("GET", issuer + "/.well-known/openid-configuration")[0] == 503, "discovery_down: discovery 503")
    return 1 if failures else 0


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--audience", default=DEFAULT_AUDIENCE)
    parser.add_argument("--self-test", action="store_true")
    arguments = parser.parse_args()
    if arguments.self_test:
        sys.exit(_self_test())
    with Provider(audience=arguments.audience) as provider:
        print(f"issuer    {provider.issuer}")
        print(f"discovery {provider.issuer}/.well-known/openid-configuration")
        for alg in PINNED:
            print(f"{alg:<9} {provider.mint(provider.claims('alice', lifetime=3600, groups=['Members']), alg=alg)}")
        print("clients   " + ", ".join(f"{name} ({client['secret'] or 'public'})" for name, client in provider.clients.items()))
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
