"""End to end: OpenID Connect access tokens and API keys against the real server.

Starts the loopback provider (oidc_provider.py), runs `API_BINARY migrate`, then `API_BINARY serve` with
AUTH_CREDENTIALS=paseto,oidc,apiKey trusting the provider, and checks:

- /openapi.json documents bearerAuth, oauth2Password, openIdConnect and apiKey, and GET /todos lists all four;
- provider tokens (RS256, ES256, EdDSA) with groups [Members] reach member routes (/me says openIdConnect)
  and get 403 on admin ones; [Admins] reaches /admin/todos; no role claim → roles [] and 403;
- every bad token (oidc_provider.Provider.bad_tokens) → 401, Bearer error="invalid_token", one problem body
  for all of them, naming no reason;
- key rotation: a new kid works within the cooldown, and a burst of unknown kids fetches /jwks at most twice;
- the JWKS down: known keys still work, an unseen kid → 503 + Retry-After, then works once it is back;
  a server started while it is down answers 503 (not 401, not 500) and stays up;
- API keys: create, use, list (never the secret), revoke without a restart, expiry, both credentials at
  once → 401, a malformed key → 401;
- PASETO tokens unchanged;
- the server's log holds no API key, no JWT, no AUTH_SECRET_KEY.

usage: with-temp-postgres.py oidc-check.py API_BINARY   (DATABASE_URL: a fresh database; run with the tools venv)
"""
import json
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oidc_provider import PINNED, Provider  # noqa: E402
from served_api import SENT, SERVERS, Server, cli, expect, expect_problem, fail, generate_keys, ok  # noqa: E402

AUDIENCE = "https://api.example.test"
COOLDOWN = 2  # AUTH_OIDC_JWKS_COOLDOWN_SECONDS
JWT_PATTERN = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.")
API_KEY_PATTERN = re.compile(r"wk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}")


def expect_invalid_token(response, what):
    expect_problem(response, 401, what)
    if not any(c.startswith("Bearer") and 'error="invalid_token"' in c for c in response.challenges()):
        fail(f'{what}: no WWW-Authenticate: Bearer error="invalid_token"', response.describe())
    return response


def retry(what, seconds, attempt, allowed):
    """Calls attempt() until it answers 200, for up to `seconds`; other statuses than `allowed` fail at once."""
    deadline, seen = time.monotonic() + seconds, []
    while True:
        response = attempt()
        seen.append(response.status)
        if response.status == 200:
            return response, len(seen)
        if response.status not in allowed or time.monotonic() > deadline:
            fail(f"{what}: no 200 within {seconds} s (statuses {seen})", response.describe())
        time.sleep(0.25)


def items(document):
    """A listing's items: the array itself, or the first array in an object."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for value in document.values():
            if isinstance(value, list):
                return value
    return []


# -- the checks -------------------------------------------------------------------------------------------

def check_openapi(server, provider):
    document = expect(server.call("GET", "/openapi.json"), 200, "GET /openapi.json").json()
    schemes = document.get("components", {}).get("securitySchemes", {})
    bearer, password = schemes.get("bearerAuth", {}), schemes.get("oauth2Password", {})
    oidc, api_key = schemes.get("openIdConnect", {}), schemes.get("apiKey", {})
    discovery = provider.issuer + "/.well-known/openid-configuration"
    problems = []
    if bearer.get("type") != "http" or str(bearer.get("scheme", "")).lower() != "bearer":
        problems.append(f"bearerAuth is {bearer}")
    if password.get("type") != "oauth2":
        problems.append(f"oauth2Password is {password}")
    if oidc.get("type") != "openIdConnect" or oidc.get("openIdConnectUrl") != discovery:
        problems.append(f"openIdConnect is {oidc} (openIdConnectUrl should be {discovery})")
    if api_key.get("type") != "apiKey" or api_key.get("in") != "header" or api_key.get("name") != "X-API-Key":
        problems.append(f"apiKey is {api_key}")
    if problems:
        fail("components.securitySchemes", *problems)
    ok("securitySchemes: bearerAuth (http bearer), oauth2Password, openIdConnect (the provider's discovery URL), apiKey (X-API-Key header)")
    security = document.get("paths", {}).get("/todos", {}).get("get", {}).get("security", [])
    missing = [r for r in ({"bearerAuth": ["member"]}, {"oauth2Password": ["member"]}, {"openIdConnect": ["member"]}, {"apiKey": ["member"]})
               if r not in security]
    if missing:
        fail(f"GET /todos security lacks {missing}", json.dumps(security))
    ok("GET /todos security lists bearerAuth, oauth2Password, openIdConnect and apiKey, each with [member]")


def check_provider_tokens(server, provider):
    for alg in PINNED:
        subject = f"oidc-{alg.lower()}-user"
        token = provider.mint(provider.claims(subject, groups=["Members"]), alg=alg)
        me = expect(server.call("GET", "/me", token=token), 200, f"GET /me with a {alg} provider token").json()
        if me.get("id") != subject or me.get("roles") != ["member"] or me.get("scheme") != "openIdConnect" or me.get("issuer") != provider.issuer:
            fail(f"GET /me with a {alg} provider token", f"expected id {subject}, roles [member], scheme openIdConnect, issuer {provider.issuer}", me)
        expect(server.call("GET", "/todos", token=token), 200, f"GET /todos with a {alg} provider token")
        expect(server.call("POST", "/todos", token=token, body={"title": "from oidc"}), 201, f"POST /todos with a {alg} provider token")
        listed = expect(server.call("GET", "/todos", token=token), 200, f"GET /todos with a {alg} provider token").json()
        if not any(item.get("title") == "from oidc" for item in items(listed) if isinstance(item, dict)):
            fail(f"the todo a {alg} provider token created is not in its list", listed)
        forbidden = expect_problem(server.call("GET", "/admin/todos", token=token), 403, f"GET /admin/todos with a {alg} member token")
        if not any("insufficient_scope" in c for c in forbidden.challenges()):
            fail(f"GET /admin/todos with a {alg} member token: no insufficient_scope challenge", forbidden.describe())
        ok(f"a provider {alg} token, groups [Members]: /me (member, openIdConnect), GET and POST /todos; /admin/todos 403 insufficient_scope")
    admin = provider.mint(provider.claims("oidc-admin", groups=["Admins"]))
    expect(server.call("GET", "/admin/todos", token=admin), 200, "GET /admin/todos with a provider token, groups [Admins]")
    ok("a provider token with groups [Admins] → /admin/todos 200")
    for name, claims in (("no role claim", provider.claims("oidc-no-roles")),
                         ("only unmapped groups", provider.claims("oidc-unmapped", groups=["Strangers"]))):
        me = expect(server.call("GET", "/me", token=provider.mint(claims)), 200, f"GET /me, a provider token with {name}").json()
        if me.get("roles") != []:
            fail(f"GET /me, a provider token with {name}: roles should be []", me)
        expect_problem(server.call("GET", "/todos", token=provider.mint(claims)), 403, f"GET /todos, a provider token with {name}")
        ok(f"a provider token with {name} → /me 200 with roles [], /todos 403")


def check_bad_tokens(server, provider):
    bodies = {}
    for name, reason, token in provider.bad_tokens(provider.claims("mallory", groups=["Admins"])):
        response = expect_invalid_token(server.call("GET", "/todos", token=token), f"a token with {name} ({reason})")
        words = re.findall(r"signature|\bkid\b|\balg\w*", response.text, re.IGNORECASE)
        if words:
            fail(f"the 401 for a token with {name} names {words}", response.text)
        body = response.json()
        bodies[name] = {k: v for k, v in body.items() if k not in ("instance", "requestId", "request_id", "traceId")} if isinstance(body, dict) else body
    distinct = {json.dumps(body, sort_keys=True) for body in bodies.values()}
    if len(distinct) != 1:
        fail("the 401 bodies differ between bad tokens (they may reveal why)", *sorted(distinct))
    ok(f"{len(bodies)} bad tokens (alg none, HS256 with the public key, wrong alg, unknown or no kid, bad signature, "
       "expired, nbf/iat ahead, wrong iss/aud, oversized, duplicate claim, crit, typ) → 401 invalid_token, one problem body for all")


def check_rotation(server, provider):
    before = provider.jwks_fetches
    old = provider.active["RS256"]
    new = provider.rotate("RS256")
    token = provider.mint(provider.claims("oidc-rotated", groups=["Members"]))
    _, tries = retry(f"a token under the new kid {new}", COOLDOWN + 3, lambda: server.call("GET", "/me", token=token), {401})
    fetched = provider.jwks_fetches - before
    if not 1 <= fetched <= 3:
        fail(f"after a rotation the server fetched /jwks {fetched} times (expected 1 to 3)")
    old_token = provider.mint(provider.claims("oidc-old-kid", groups=["Members"]), kid=old)
    expect(server.call("GET", "/me", token=old_token), 200, "a token under the previous kid, still published")
    ok(f"rotate(RS256): the new kid works after {tries} request(s), /jwks fetched {fetched} time(s); the old kid still works")

    time.sleep(COOLDOWN + 0.5)
    unpublished = provider.add_key("RS256", published=False)
    token = provider.mint(provider.claims("oidc-burst", groups=["Members"]), key=unpublished)
    before = provider.jwks_fetches
    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda _: server.call("GET", "/todos", token=token), range(20)))
    during = provider.jwks_fetches - before
    if any(r.status != 401 for r in responses):
        fail("a burst of unknown-kid tokens: not all 401", sorted({r.status for r in responses}))
    if during > 2:
        fail(f"a burst of 20 unknown-kid requests fetched /jwks {during} times (at most 2)")
    ok(f"20 concurrent requests under an unknown kid → 401, /jwks fetched {during} time(s)")


def check_jwks_down(server, provider):
    known = provider.mint(provider.claims("oidc-cached", groups=["Members"]), alg="EdDSA")
    provider.jwks_down = True
    try:
        provider.rotate("ES256")  # published, but the server cannot fetch it
        time.sleep(COOLDOWN + 0.5)  # so the unseen kid may trigger a fetch (which fails)
        expect(server.call("GET", "/me", token=known), 200, "JWKS down: a new token under a known kid")
        unseen = provider.mint(provider.claims("oidc-unseen", groups=["Members"]), alg="ES256")
        response = expect_problem(server.call("GET", "/me", token=unseen), 503, "JWKS down: a token under a kid never seen")
        if not (response.header("Retry-After") or "").isdigit() or int(response.header("Retry-After")) < 1:
            fail("JWKS down: the 503 has no Retry-After in seconds", response.describe())
        ok(f"JWKS down: a known kid still → 200 (cached keys); an unseen kid → 503 problem, Retry-After {response.header('Retry-After')}")
    finally:
        provider.jwks_down = False
    _, tries = retry("JWKS back up: the new kid", COOLDOWN + 3, lambda: server.call("GET", "/me", token=unseen), {503})
    ok(f"JWKS back up: the new kid works after {tries} request(s)")


def check_fresh_server_while_down(api, env, provider, directory):
    provider.jwks_down = True
    try:
        fresh = Server(api, env, "fresh", directory)
        fresh.wait_live()
        token = provider.mint(provider.claims("oidc-fresh", groups=["Members"]))
        response = expect_problem(fresh.call("GET", "/me", token=token), 503, "a server started while the JWKS is down")
        if not (response.header("Retry-After") or "").isdigit():
            fail("a server started while the JWKS is down: no Retry-After", response.describe())
        time.sleep(0.5)
        if fresh.process.poll() is not None:
            fail(f"the server started while the JWKS was down exited with {fresh.process.returncode}")
        expect(fresh.call("GET", "/health/live"), 200, "/health/live on the server started while the JWKS is down")
        ok(f"a server started while the JWKS is down: a provider token → 503 problem, Retry-After {response.header('Retry-After')}; it stays up")
    finally:
        provider.jwks_down = False
    _, tries = retry("the fresh server once the JWKS is back", 13, lambda: fresh.call("GET", "/me", token=token), {503})
    ok(f"… and once the JWKS is back the same token → 200 (after {tries} request(s))")
    fresh.stop()


def check_api_keys(server, api, env, provider):
    created = cli(api, env, "key", "create", "--name", "ci-bot", "--roles", "member")
    lines = created.stdout.splitlines()
    if len(lines) != 1 or not lines[0].startswith("wk_"):
        fail("`api key create` should print the key alone on stdout (one line, wk_…)", f"{len(lines)} line(s)")
    key = lines[0].strip()
    SENT.add(key)
    expect(server.call("GET", "/todos", api_key=key), 200, "GET /todos with X-API-Key")
    me = expect(server.call("GET", "/me", api_key=key), 200, "GET /me with X-API-Key").json()
    if me.get("scheme") != "apiKey" or not str(me.get("id", "")).startswith("apikey:") or me.get("roles") != ["member"]:
        fail("GET /me with an API key: expected scheme apiKey, id apikey:…, roles [member]", me)
    expect_problem(server.call("GET", "/admin/todos", api_key=key), 403, "GET /admin/todos with a member API key")
    ok("`api key create --roles member`: the key alone on stdout; X-API-Key → /todos 200, /me (apiKey, apikey:…), /admin/todos 403")

    admin = cli(api, env, "token", "mint", "--sub", "root", "--roles", "admin").stdout.strip()
    prefix, secret = key[3:15], key[16:]

    deadline = time.monotonic() + 3  # the use may be recorded just after the response
    while True:
        response = expect(server.call("GET", "/admin/api-keys", token=admin), 200, "GET /admin/api-keys as admin")
        if key in response.text or secret in response.text:
            fail("GET /admin/api-keys shows the key's secret")
        entry = next((e for e in items(response.json()) if isinstance(e, dict) and e.get("name") == "ci-bot"), None)
        if entry is None or prefix not in str(entry.get("prefix")):
            fail(f"GET /admin/api-keys does not list ci-bot with prefix {prefix}", response.text[:1000])
        last_used = entry.get("last_used_at", entry.get("lastUsedAt"))
        if last_used is not None:
            break
        if time.monotonic() > deadline:
            fail("GET /admin/api-keys: ci-bot has no last_used_at after it was used", entry)
        time.sleep(0.25)
    ok(f"GET /admin/api-keys lists ci-bot by name and prefix {prefix}, last used {last_used}, never the secret")
    listed = cli(api, env, "key", "list")
    if key in listed.stdout + listed.stderr or secret in listed.stdout + listed.stderr or "ci-bot" not in listed.stdout:
        fail("`api key list` should name ci-bot and never show the key", listed.stdout[:1000])
    ok("`api key list` names ci-bot, never the key")

    cli(api, env, "key", "revoke", str(entry["id"]))
    expect_invalid_token(server.call("GET", "/todos", api_key=key), "a revoked API key, same server")
    ok("`api key revoke`: the key → 401 at once, without a restart")

    expires_at = int(time.time()) + 4
    stamp = datetime.fromtimestamp(expires_at, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    expiring = cli(api, env, "key", "create", "--name", "ci-expiring", "--roles", "member", "--expires", stamp).stdout.strip()
    SENT.add(expiring)
    if time.time() >= expires_at - 0.5:
        fail("`api key create` took too long to test expiry")
    expect(server.call("GET", "/todos", api_key=expiring), 200, f"an API key expiring at {stamp}, before then")
    time.sleep(max(0.0, expires_at + 1.5 - time.time()))
    expect_invalid_token(server.call("GET", "/todos", api_key=expiring), f"an API key that expired at {stamp}")
    ok(f"an API key with --expires {stamp}: 200 before, 401 after")

    both = cli(api, env, "key", "create", "--name", "ci-both", "--roles", "member").stdout.strip()
    SENT.add(both)
    expect(server.call("GET", "/todos", api_key=both), 200, "GET /todos with a fresh API key")
    provider_token = provider.mint(provider.claims("oidc-both", groups=["Members"]))
    expect_problem(server.call("GET", "/todos", token=provider_token, api_key=both), 401, "Authorization: Bearer and X-API-Key together")
    expect_problem(server.call("GET", "/todos", api_key="wk_nope"), 401, "a malformed API key (wk_nope)")
    ok("Bearer and X-API-Key together → 401; a malformed key wk_nope → 401")


def check_paseto(server, api, env):
    token = cli(api, env, "token", "mint", "--sub", "paseto-user", "--roles", "member").stdout.strip()
    expect(server.call("GET", "/todos", token=token), 200, "GET /todos with a PASETO member token")
    me = expect(server.call("GET", "/me", token=token), 200, "GET /me with a PASETO token").json()
    if me.get("scheme") != "bearerAuth" or me.get("id") != "paseto-user":
        fail("GET /me with a PASETO token: expected scheme bearerAuth, id paseto-user", me)
    ok("PASETO unchanged: a minted member token → /todos 200, /me scheme bearerAuth")


def check_logs(servers, secret_key):
    time.sleep(0.2)  # `api serve` writes its lines in batches (LOG_BATCH_MS, 20 ms): let the last ones out
    secrets_sent = {value for value in SENT if len(value) >= 20} | {secret_key}
    secrets_sent |= {value[16:] for value in SENT if API_KEY_PATTERN.fullmatch(value)}  # an API key's secret part alone
    for server in servers:
        text = server.log()
        leaked = [value[:12] + "…" for value in secrets_sent if value in text]
        if leaked:
            fail(f"the {server.name} server's log contains credentials it was sent: {leaked}")
        if JWT_PATTERN.search(text) or API_KEY_PATTERN.search(text):
            fail(f"the {server.name} server's log contains something shaped like a JWT or an API key")
    ok(f"no API key, JWT, PASETO token or AUTH_SECRET_KEY in the servers' logs ({sum(len(s.log()) for s in servers)} bytes)")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    api = os.path.abspath(sys.argv[1])
    if not os.environ.get("DATABASE_URL"):
        sys.exit("FAIL DATABASE_URL is not set: run under with-temp-postgres.py")
    directory = tempfile.mkdtemp(prefix="warrant-oidc-")
    provider = Provider(audience=AUDIENCE)
    try:
        provider.start()
        keys = generate_keys(api)
        env = dict(os.environ, APP_ENV="test", AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"], AUTH_PUBLIC_KEYS=keys["AUTH_PUBLIC_KEYS"],
                   AUTH_CREDENTIALS="paseto,oidc,apiKey", AUTH_OIDC_ISSUER=provider.issuer, AUTH_OIDC_AUDIENCE=AUDIENCE,
                   AUTH_OIDC_ROLES_CLAIM="groups", AUTH_OIDC_ROLE_MAP="Members=member,Admins=admin",
                   AUTH_OIDC_JWKS_COOLDOWN_SECONDS=str(COOLDOWN), AUTH_OIDC_JWKS_REFRESH_SECONDS="3600",
                   AUTH_OIDC_JWKS_MAX_STALE_SECONDS="3600",
                   LOG_LEVEL="trace")  # every line the server can log is searched for credentials
        cli(api, env, "migrate")
        server = Server(api, env, "main", directory)
        server.wait_live()
        ok(f"the server is up at {server.base}, trusting the provider at {provider.issuer}")

        check_openapi(server, provider)
        check_provider_tokens(server, provider)
        check_bad_tokens(server, provider)
        check_rotation(server, provider)
        check_jwks_down(server, provider)
        check_fresh_server_while_down(api, env, provider, directory)
        check_api_keys(server, api, env, provider)
        check_paseto(server, api, env)
        if server.process.poll() is not None:
            fail(f"the server exited with {server.process.returncode} during the checks")
        for each in SERVERS:
            each.stop()
        check_logs(SERVERS, keys["AUTH_SECRET_KEY"])
    finally:
        for each in SERVERS:
            each.stop()
        provider.stop()
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
