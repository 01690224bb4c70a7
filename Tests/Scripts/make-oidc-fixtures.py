"""Writes the OpenID Connect fixtures the Swift unit tests load with a fixed clock (no network):

    Tests/WarrantOIDCTests/Fixtures/jwks.json        the key set (public keys; the private ones live only in this run)
    Tests/WarrantOIDCTests/Fixtures/discovery.json   a discovery document for https://issuer.example.test
    Tests/WarrantOIDCTests/Fixtures/cases.json       tokens and what the verifier must say: "verified" or "refused:<reason>"
    Tests/WarrantOIDCTests/Fixtures/providers.json   Cognito, Auth0, Entra ID and Keycloak claim sets, a roles setting, the roles

Tokens are minted with PyJWT and cryptography (oidc_provider.py). Before anything is written, every case is
checked twice: by a small reference verifier here that spells out the rules below, and by PyJWT (with the
same clock, key, issuer, audience and leeway): a "verified" case must decode with PyJWT, a refused one must
fail in PyJWT unless it is marked as refused by a rule PyJWT does not have (duplicate members, strict
base64url, typ, crit, …). Each role-mapping expectation is checked against a reference mapper.

The rules (the Swift verifier's, in order): more than 8192 bytes → tooLarge; not three non-empty strict
base64url segments, header or payload not a JSON object, a duplicate member, `crit`, a `typ` other than
JWT / at+jwt / application/at+jwt (any case), no string `alg` → malformed; `kid` missing, empty, not a string
or not in the JWKS → unknownKey; `alg` not the key's pinned one (RSA RS256, EC P-256 ES256, OKP Ed25519 EdDSA)
→ wrongAlgorithm; the signature does not verify → badSignature; `iss` not the issuer → wrongIssuer; `sub` not
a non-empty string, `exp` missing or not a number, `nbf`/`iat` present and not numbers, `aud` not a string or
array of strings → invalidClaims; `aud` without the audience → wrongAudience; with 60 s leeway: now ≥ exp + 60
→ expired, now < nbf − 60 → notYetValid, iat > now + 60 → issuedInFuture.

usage: make-oidc-fixtures.py [OUTPUT_DIRECTORY]   (default Tests/WarrantOIDCTests/Fixtures; run with the tools venv)
"""
import base64
import json
import math
import os
import re
import sys
from datetime import datetime, timezone

import jwt
import jwt.api_jwt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oidc_provider import Provider, SigningKey, b64url, compact_json, flip_byte  # noqa: E402

NOW = 1893456000  # 2030-01-01T00:00:00Z
ISSUER = "https://issuer.example.test"
AUDIENCE = "https://api.example.test"
ROLES_CLAIM = "roles"
LEEWAY = 60
MAX_TOKEN_BYTES = 8192
REASONS = {"malformed", "tooLarge", "unknownKey", "wrongAlgorithm", "badSignature", "expired", "notYetValid",
           "issuedInFuture", "wrongIssuer", "wrongAudience", "invalidClaims"}
ACCEPTED_TYPES = {"jwt", "at+jwt", "application/at+jwt"}
# The Swift parser's bounds for a header or payload (CompactJWT.limits): fixtures meant to get past parsing stay inside them.
JSON_LIMITS = {"depth": 8, "string": 4096, "keys": 128, "array": 512}


# -- the cases ------------------------------------------------------------------------------------------------

def build_cases(provider, keys):
    """[{name, token, expect, roles?, subject?, lax?}]; `lax` names the rule that refuses a token PyJWT accepts."""
    cases = []

    def verified(name, token, roles, subject="user-1"):
        cases.append({"name": name, "token": token, "expect": "verified", "roles": roles, "subject": subject})

    def refused(name, reason, token, lax=None):
        cases.append({"name": name, "token": token, "expect": "refused:" + reason, "lax": lax})

    claims = provider.claims("user-1", now=NOW, roles=["member"])
    without = lambda *names: {k: v for k, v in claims.items() if k not in names}  # noqa: E731
    mint = provider.mint
    rsa_kid, ec_kid, ed_kid = provider.active["RS256"], provider.active["ES256"], provider.active["EdDSA"]
    good = mint(claims)
    header_segment, payload_segment, signature_segment = good.split(".")

    # Verified.
    verified("RS256", good, ["member"])
    verified("ES256", mint(claims, alg="ES256"), ["member"])
    verified("EdDSA", mint(claims, alg="EdDSA"), ["member"])
    verified("RS256 by a key whose JWK has no alg (pinned by key type)", mint(claims, key=keys["noalg"]), ["member"])
    verified("aud an array containing the audience", mint(dict(claims, aud=["https://other-api.example.test", AUDIENCE])), ["member"])
    verified("aud an array of just the audience", mint(dict(claims, aud=[AUDIENCE])), ["member"])
    verified("no roles claim", mint(without("roles")), [])
    verified("roles of another shape grant nothing", mint(dict(claims, roles={"member": True})), [])
    verified("roles as a space-separated string", mint(dict(claims, roles="member admin")), ["member", "admin"])
    verified("roles repeated: first occurrence kept", mint(dict(claims, roles=["member", "admin", "member"])), ["member", "admin"])
    verified("roles: only the strings of the array", mint(dict(claims, roles=["member", 7, None, "admin"])), ["member", "admin"])
    verified("expired 30 s ago, within the leeway", mint(dict(claims, iat=NOW - 330, nbf=NOW - 330, exp=NOW - 30)), ["member"])
    verified("expired 59 s ago, within the leeway", mint(dict(claims, iat=NOW - 359, nbf=NOW - 359, exp=NOW - 59)), ["member"])
    verified("nbf 60 s ahead, within the leeway", mint(dict(claims, nbf=NOW + 60)), ["member"])
    verified("iat 60 s ahead, within the leeway", mint(dict(claims, iat=NOW + 60, nbf=NOW + 60)), ["member"])
    verified("no nbf and no iat", mint(without("nbf", "iat")), ["member"])
    verified("fractional exp", mint(dict(claims, exp=NOW + 300.5)), ["member"])
    verified("typ at+jwt", mint(claims, header_overrides={"typ": "at+jwt"}), ["member"])
    verified("typ application/at+jwt", mint(claims, header_overrides={"typ": "application/at+jwt"}), ["member"])
    verified("typ in another case (AT+JWT)", mint(claims, header_overrides={"typ": "AT+JWT"}), ["member"])
    verified("typ jwt in lower case", mint(claims, header_overrides={"typ": "jwt"}), ["member"])
    verified("no typ", mint(claims, header_overrides={"typ": None}), ["member"])
    verified("an unknown header member is ignored", mint(claims, header_overrides={"x5t": "bm90LWEtdGh1bWJwcmludA"}), ["member"])
    verified("a non-ASCII subject", mint(dict(claims, sub="user-\u00e9\u00e8")), ["member"], subject="user-\u00e9\u00e8")
    verified("exactly 8192 bytes", provider.sized(claims, MAX_TOKEN_BYTES), ["member"])

    # Shared with the end-to-end check (oidc-check.py): each bad variant, with the reason the rules give.
    lax_shared = {"duplicate claim in the payload": "a duplicate member is malformed (PyJWT keeps the last one)",
                  "oversized (8193 bytes)": "tokens over 8192 bytes are refused unread (PyJWT has no limit)",
                  "oversized (over 9000 bytes)": "tokens over 8192 bytes are refused unread (PyJWT has no limit)",
                  "typ JOSE": "typ must be JWT, at+jwt or application/at+jwt (PyJWT ignores typ)"}
    for name, reason, token in provider.bad_tokens(claims):
        refused(name, reason, token, lax=lax_shared.get(name))

    # tooLarge.
    refused("garbage over 8192 bytes (size is checked first)", "tooLarge", "x" * 9000)

    # malformed.
    refused("two segments", "malformed", f"{header_segment}.{payload_segment}")
    refused("four segments", "malformed", f"{good}.{signature_segment}")
    refused("an empty payload segment", "malformed", f"{header_segment}..{signature_segment}")
    refused("an empty header segment", "malformed", f".{payload_segment}.{signature_segment}")
    refused("a padded signature segment", "malformed", good + "=" * (-len(signature_segment) % 4), lax="segments are unpadded base64url (PyJWT adds padding)")
    standard = signature_segment.translate(str.maketrans("-_", "+/"))
    assert standard != signature_segment, "the signature happens to have no - or _: run again"
    refused("the standard base64 alphabet (+ /) in the signature", "malformed", f"{header_segment}.{payload_segment}.{standard}")
    refused("non-zero unused bits in the signature's last character", "malformed",
            f"{header_segment}.{payload_segment}.{noncanonical(signature_segment)}", lax="base64url must be canonical (Python ignores the unused bits)")
    refused("header not JSON", "malformed", mint(claims, raw_header='{"alg":"RS256","kid":"' + rsa_kid + '"'))
    refused("header a JSON array", "malformed", mint(claims, raw_header='["RS256"]'))
    refused("payload a JSON array", "malformed", mint(claims, raw_payload="[]"))
    refused("payload a JSON string", "malformed", mint(claims, raw_payload='"user-1"'))
    refused("payload not UTF-8", "malformed", mint(claims, raw_payload=compact_json(claims)[:-1].encode() + b',"name":"\xff"}'))
    refused("NaN in the payload", "malformed", mint(claims, raw_payload=compact_json(claims)[:-1] + ',"score":NaN}'),
            lax="NaN is not JSON (Python's parser accepts it)")
    refused("a duplicate member in a nested claim", "malformed",
            mint(claims, raw_payload=compact_json(claims)[:-1] + ',"realm_access":{"roles":["member"],"roles":["admin"]}}'),
            lax="a duplicate member anywhere is malformed (PyJWT keeps the last one)")
    refused("a duplicate alg in the header", "malformed",
            mint(claims, raw_header=f'{{"alg":"none","kid":"{rsa_kid}","typ":"JWT","alg":"RS256"}}'),
            lax="a duplicate member is malformed (PyJWT keeps the last one)")
    refused("crit an empty list", "malformed", mint(claims, header_overrides={"crit": []}))
    refused("typ JWS", "malformed", mint(claims, header_overrides={"typ": "JWS"}), lax="typ must be JWT, at+jwt or application/at+jwt")
    refused("typ a number", "malformed", mint(claims, header_overrides={"typ": 1}), lax="typ must be a string")
    refused("typ null", "malformed", mint(claims, raw_header=f'{{"alg":"RS256","kid":"{rsa_kid}","typ":null}}'), lax="typ must be a string")
    refused("no alg", "malformed", mint(claims, header_overrides={"alg": None}))
    refused("alg null", "malformed", mint(claims, raw_header=f'{{"alg":null,"kid":"{rsa_kid}","typ":"JWT"}}'))
    refused("alg a number", "malformed", mint(claims, raw_header=f'{{"alg":256,"kid":"{rsa_kid}","typ":"JWT"}}'))
    refused("no alg and no kid (alg is read first)", "malformed", mint(claims, header_overrides={"alg": None, "kid": None}))

    # unknownKey.
    refused("kid a number", "unknownKey", mint(claims, raw_header='{"alg":"RS256","kid":1,"typ":"JWT"}'))
    refused("kid of a key no longer in the JWKS", "unknownKey", mint(claims, key=keys["retired"]))
    refused("kid in another case", "unknownKey", mint(claims, kid=rsa_kid.upper()))
    refused("unknown kid with alg none (kid is read first)", "unknownKey", mint(claims, alg="none", kid="no-such-kid", signature_override=b"\x01"))

    # wrongAlgorithm.
    refused("alg rs256 in lower case", "wrongAlgorithm", mint(claims, header_overrides={"alg": "rs256"}))
    refused("alg Ed25519 (the fully specified name) on the Ed25519 kid", "wrongAlgorithm",
            mint(claims, alg="EdDSA", header_overrides={"alg": "Ed25519"}))
    refused("RS256 header on the Ed25519 kid", "wrongAlgorithm", mint(claims, alg="RS256", kid=ed_kid))
    refused("HS256 keyed with the EC public key PEM", "wrongAlgorithm", mint(claims, alg="HS256", kid=ec_kid, key=provider.key(ec_kid).public_pem()))
    refused("alg none on the RSA key without a JWK alg", "wrongAlgorithm", mint(claims, alg="none", kid=keys["noalg"].kid, signature_override=b"\x01"))
    refused("RS512 on the RSA key without a JWK alg", "wrongAlgorithm", mint(claims, alg="RS512", kid=keys["noalg"].kid))

    # badSignature.
    refused("a flipped ES256 signature byte", "badSignature", mint(claims, alg="ES256", signature_override=flip_byte))
    refused("a flipped EdDSA signature byte", "badSignature", mint(claims, alg="EdDSA", signature_override=flip_byte))
    refused("signed by another P-256 key under the published kid", "badSignature", mint(claims, alg="ES256", key=SigningKey.generate("ES256", ec_kid)))
    refused("signed by another Ed25519 key under the published kid", "badSignature", mint(claims, alg="EdDSA", key=SigningKey.generate("EdDSA", ed_kid)))
    refused("signed by the key without a JWK alg under the RSA kid", "badSignature", mint(claims, kid=rsa_kid, key=keys["noalg"]))
    admin_payload = b64url(compact_json(dict(claims, roles=["admin"])))
    refused("the payload changed after signing", "badSignature", f"{header_segment}.{admin_payload}.{signature_segment}")
    refused("a signature one byte short", "badSignature", mint(claims, signature_override=lambda s: s[:-1]))
    refused("an all-zero signature", "badSignature", mint(claims, signature_override=lambda s: bytes(len(s))))
    refused("an ES256 signature in DER form", "badSignature", mint(claims, alg="ES256", signature_override=raw_to_der))
    attacker = SigningKey.generate("RS256", rsa_kid)
    refused("a jwk header embedding the signer's key is ignored", "badSignature",
            mint(claims, key=attacker, header_overrides={"jwk": attacker.public_jwk(), "jku": "https://evil.example.test/jwks"}))
    refused("a bad signature on an expired token (signature first)", "badSignature",
            mint(dict(claims, exp=NOW - 3600), signature_override=flip_byte))

    # wrongIssuer.
    refused("iss with a trailing slash", "wrongIssuer", mint(dict(claims, iss=ISSUER + "/")))
    refused("iss in another case", "wrongIssuer", mint(dict(claims, iss=ISSUER.upper())))
    refused("no iss", "wrongIssuer", mint(without("iss")))
    refused("iss a number", "wrongIssuer", mint(dict(claims, iss=1)))
    refused("wrong iss on an expired token (claims before times)", "wrongIssuer", mint(dict(claims, iss="https://evil.example.test", exp=NOW - 3600)))
    refused("wrong iss and no sub (iss first)", "wrongIssuer", mint({k: v for k, v in dict(claims, iss="https://evil.example.test").items() if k != "sub"}))

    # invalidClaims.
    refused("sub empty", "invalidClaims", mint(dict(claims, sub="")), lax="sub must be a non-empty string (PyJWT accepts \"\")")
    refused("sub a number", "invalidClaims", mint(dict(claims, sub=42)))
    refused("sub null", "invalidClaims", mint(dict(claims, sub=None)))
    refused("exp a numeric string", "invalidClaims", mint(dict(claims, exp=str(NOW + 300))), lax="exp must be a JSON number (PyJWT takes int() of it)")
    refused("exp null", "invalidClaims", mint(dict(claims, exp=None)))
    refused("exp true", "invalidClaims", mint(dict(claims, exp=True)))
    refused("nbf a numeric string", "invalidClaims", mint(dict(claims, nbf=str(NOW))), lax="nbf must be a JSON number (PyJWT takes int() of it)")
    refused("iat a numeric string", "invalidClaims", mint(dict(claims, iat=str(NOW))), lax="iat must be a JSON number (PyJWT takes int() of it)")
    refused("iat an object", "invalidClaims", mint(dict(claims, iat={"at": NOW})))
    refused("aud a number", "invalidClaims", mint(dict(claims, aud=1)))
    refused("aud an array holding a number", "invalidClaims", mint(dict(claims, aud=[AUDIENCE, 1])),
            lax="aud must be a string or an array of strings (PyJWT only looks for the audience)")
    refused("aud an object", "invalidClaims", mint(dict(claims, aud={"aud": AUDIENCE})))
    refused("no sub and the wrong aud (claims before audience)", "invalidClaims", mint({k: v for k, v in dict(claims, aud="https://other-api.example.test").items() if k != "sub"}))
    refused("expired and exp a string (claims before times)", "invalidClaims", mint(dict(claims, exp="0")))

    # wrongAudience.
    refused("aud an array without the audience", "wrongAudience", mint(dict(claims, aud=["https://other-api.example.test", "account"])))
    refused("aud an empty array", "wrongAudience", mint(dict(claims, aud=[])))
    refused("aud with a trailing slash", "wrongAudience", mint(dict(claims, aud=AUDIENCE + "/")))
    refused("aud in another case", "wrongAudience", mint(dict(claims, aud=AUDIENCE.upper())))
    refused("wrong aud on an expired token (audience before times)", "wrongAudience", mint(dict(claims, aud="https://other-api.example.test", exp=NOW - 3600)))

    # Times.
    refused("expired exactly 60 s ago", "expired", mint(dict(claims, iat=NOW - 360, nbf=NOW - 360, exp=NOW - 60)))
    refused("exp 0", "expired", mint(dict(claims, iat=0, nbf=0, exp=0)))
    refused("nbf 61 s ahead", "notYetValid", mint(dict(claims, nbf=NOW + 61)))
    refused("iat 61 s ahead", "issuedInFuture", mint(dict(claims, iat=NOW + 61, nbf=NOW)))
    refused("expired and nbf in the future (exp first)", "expired", mint(dict(claims, nbf=NOW + 600, exp=NOW - 600)))
    refused("nbf and iat in the future (nbf first)", "notYetValid", mint(dict(claims, nbf=NOW + 600, iat=NOW + 600, exp=NOW + 900)))
    return cases


def noncanonical(segment):
    """The segment with unused low bits set in its last character (decodes to the same bytes in lax decoders)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    unused = {2: 4, 3: 2}[len(segment) % 4]  # 2 chars carry 1 byte (4 bits spare), 3 chars 2 bytes (2 spare)
    last = alphabet.index(segment[-1])
    return segment[:-1] + alphabet[last | ((1 << unused) - 1)]


def raw_to_der(signature):
    """An ES256 r‖s signature re-encoded as DER (what OpenSSL returns; JWS uses r‖s)."""
    return encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))


# -- the reference verifier --------------------------------------------------------------------------------

class Refused(Exception):
    pass


def strict_b64url(segment):
    if not segment or not re.fullmatch(r"[A-Za-z0-9_-]+", segment) or len(segment) % 4 == 1:
        raise Refused("malformed")
    data = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    if b64url(data) != segment:
        raise Refused("malformed")  # not the canonical spelling
    return data


def strict_json_object(data):
    def members(pairs):
        names = [name for name, _ in pairs]
        if len(names) != len(set(names)):
            raise Refused("malformed")
        return dict(pairs)

    def constant(name):
        raise Refused("malformed")

    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=members, parse_constant=constant)
    except (UnicodeDecodeError, ValueError):
        raise Refused("malformed")
    if not isinstance(value, dict):
        raise Refused("malformed")
    return value


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def pinned_algorithm(jwk):
    return {("RSA", None): "RS256", ("EC", "P-256"): "ES256", ("OKP", "Ed25519"): "EdDSA"}.get(
        (jwk["kty"], None if jwk["kty"] == "RSA" else jwk.get("crv")))


def signature_verifies(jwk, signature, signed):
    def integer(name):
        return int.from_bytes(strict_b64url(jwk[name]), "big")

    try:
        if jwk["kty"] == "RSA":
            rsa.RSAPublicNumbers(integer("e"), integer("n")).public_key().verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        elif jwk["kty"] == "EC":
            if len(signature) != 64:
                return False
            der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
            ec.EllipticCurvePublicNumbers(integer("x"), integer("y"), ec.SECP256R1()).public_key().verify(der, signed, ec.ECDSA(hashes.SHA256()))
        else:
            ed25519.Ed25519PublicKey.from_public_bytes(strict_b64url(jwk["x"])).verify(signature, signed)
        return True
    except (InvalidSignature, ValueError):
        return False


def reference_verify(token, jwks, now=NOW, issuer=ISSUER, audience=AUDIENCE, roles_claim=ROLES_CLAIM):
    """("verified", roles, subject) or ("refused:<reason>", None, None), by the rules in the docstring."""
    try:
        if len(token.encode()) > MAX_TOKEN_BYTES:
            raise Refused("tooLarge")
        parts = token.split(".")
        if len(parts) != 3:
            raise Refused("malformed")
        header_bytes, payload_bytes, signature = (strict_b64url(part) for part in parts)
        header, claims = strict_json_object(header_bytes), strict_json_object(payload_bytes)
        if "crit" in header:
            raise Refused("malformed")
        if "typ" in header and not (isinstance(header["typ"], str) and header["typ"].lower() in ACCEPTED_TYPES):
            raise Refused("malformed")
        if not isinstance(header.get("alg"), str):
            raise Refused("malformed")
        kid = header.get("kid")
        keys = {jwk["kid"]: jwk for jwk in jwks["keys"]}
        if not isinstance(kid, str) or not kid or kid not in keys:
            raise Refused("unknownKey")
        if header["alg"] != pinned_algorithm(keys[kid]):
            raise Refused("wrongAlgorithm")
        if not signature_verifies(keys[kid], signature, f"{parts[0]}.{parts[1]}".encode()):
            raise Refused("badSignature")
        if claims.get("iss") != issuer:
            raise Refused("wrongIssuer")
        subject, audiences = claims.get("sub"), claims.get("aud", [])
        if not isinstance(subject, str) or not subject or not is_number(claims.get("exp")):
            raise Refused("invalidClaims")
        if any(name in claims and not is_number(claims[name]) for name in ("nbf", "iat")):
            raise Refused("invalidClaims")
        audiences = [audiences] if isinstance(audiences, str) else audiences
        if not isinstance(audiences, list) or not all(isinstance(item, str) for item in audiences):
            raise Refused("invalidClaims")
        if audience not in audiences:
            raise Refused("wrongAudience")
        if now >= claims["exp"] + LEEWAY:
            raise Refused("expired")
        if "nbf" in claims and now < claims["nbf"] - LEEWAY:
            raise Refused("notYetValid")
        if "iat" in claims and claims["iat"] > now + LEEWAY:
            raise Refused("issuedInFuture")
        return "verified", map_roles(claims, roles_claim, {}), subject
    except Refused as refusal:
        return "refused:" + refusal.args[0], None, None


def role_values(claims, place):
    """The values at a claim name or JSON Pointer: an array's strings, or a string's space-separated words."""
    if place.startswith("/"):
        value = claims
        for token in place[1:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(value, dict) or token not in value:
                return []
            value = value[token]
    else:
        value = claims.get(place)
    if isinstance(value, str):
        return [word for word in value.split(" ") if word]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def map_roles(claims, roles_claim, role_map):
    """Warrant roles: each configured place in order, mapped when there is a map, duplicates dropped."""
    roles = []
    for place in (part.strip() for part in roles_claim.split(",")):
        for value in role_values(claims, place):
            role = role_map.get(value) if role_map else value
            if role and role not in roles:
                roles.append(role)
    return roles


def json_shape(value, depth=1):
    """(depth, longest string, most keys, longest array) of a JSON value, to compare with JSON_LIMITS."""
    if isinstance(value, dict):
        inner = [json_shape(item, depth + 1) for item in value.values()] + [(depth, max(map(len, value), default=0), 0, 0)]
        return (max(i[0] for i in inner), max(i[1] for i in inner), max([len(value)] + [i[2] for i in inner]), max(i[3] for i in inner))
    if isinstance(value, list):
        inner = [json_shape(item, depth + 1) for item in value] + [(depth, 0, 0, len(value))]
        return (max(i[0] for i in inner), max(i[1] for i in inner), max(i[2] for i in inner), max(i[3] for i in inner))
    return (depth - 1, len(value) if isinstance(value, str) else 0, 0, 0)


# -- PyJWT's opinion -----------------------------------------------------------------------------------------

class FixedClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.fromtimestamp(NOW, tz or timezone.utc)


def pyjwt_decode(token, jwks):
    """The claims if PyJWT accepts the token with the key its kid names (alg pinned), else None."""
    jwt.api_jwt.datetime = FixedClock  # PyJWT reads the time as datetime.now(tz=timezone.utc)
    try:
        jwk = {key["kid"]: key for key in jwks["keys"]}[jwt.get_unverified_header(token)["kid"]]
        algorithm = pinned_algorithm(jwk)
        key = jwt.PyJWK(jwk, algorithm=algorithm).key
        return jwt.decode(token, key, algorithms=[algorithm], audience=AUDIENCE, issuer=ISSUER, leeway=LEEWAY,
                          options={"require": ["exp", "iss", "sub", "aud"]})
    except Exception:
        return None


# -- role mapping --------------------------------------------------------------------------------------------

def provider_claim_sets():
    """Decoded access tokens as Cognito, Auth0, Entra ID and Keycloak issue them, with a roles setting each."""
    iat, exp = NOW - 60, NOW + 3540
    cognito = {
        "sub": "8f3e2d1c-5b4a-4c3d-9e8f-7a6b5c4d3e2f", "cognito:groups": ["Admins"],
        "iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123", "version": 2,
        "client_id": "3n4b5c6d7e8f9g0h1i2j3k4l5m", "origin_jti": "0e1d2c3b-4a59-4867-9584-a3b2c1d0e9f8",
        "event_id": "6f5e4d3c-2b1a-4098-8776-655443322110", "token_use": "access",
        "scope": "aws.cognito.signin.user.admin openid todos/read todos/write", "auth_time": iat, "exp": exp, "iat": iat,
        "jti": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "username": "alice",
    }
    auth0 = {
        "https://todo.example.com/roles": ["admin"], "iss": "https://todo-tenant.eu.auth0.com/",
        "sub": "auth0|65f0c0ffee0123456789abcd", "aud": ["https://api.example.test", "https://todo-tenant.eu.auth0.com/userinfo"],
        "iat": iat, "exp": exp, "scope": "openid profile email read:todos", "azp": "kR3t9QxZpL2mN8vB4cD6fG1hJ7kL0pQs",
        "permissions": ["read:todos"],
    }
    entra = {
        "aud": "api://6e4f2a1b-3c5d-4e7f-8a9b-0c1d2e3f4a5b", "iss": "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
        "iat": iat, "nbf": iat, "exp": exp, "aio": "AWQAm/8ZAAAA", "azp": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "azpacr": "0",
        "name": "Alice Example", "oid": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "preferred_username": "alice@contoso.example",
        "rh": "0.AXEA", "roles": ["Todo.Admin"], "scp": "Todos.ReadWrite", "sub": "l3_roISQU222bULS9yi2k0XpqpOiMz5H3ZACo1GeXA",
        "tid": "72f988bf-86f1-41af-91ab-2d7cd011db47", "uti": "fqiBqXLPj0eQa82S-IYFAA", "ver": "2.0",
    }
    keycloak = {
        "exp": exp, "iat": iat, "auth_time": iat, "jti": "onrtac:2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
        "iss": "https://keycloak.example.test/realms/todo", "aud": "account", "sub": "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9",
        "typ": "Bearer", "azp": "todo-web", "sid": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "acr": "1",
        "allowed-origins": ["https://todo.example.test"],
        "realm_access": {"roles": ["offline_access", "uma_authorization", "default-roles-todo", "todo-admin"]},
        "resource_access": {"todo-api": {"roles": ["member"]}, "account": {"roles": ["manage-account", "view-profile"]},
                            "urn:todo/reports": {"roles": ["auditor"]}},
        "scope": "openid email profile", "email_verified": True, "preferred_username": "alice",
    }
    keycloak_array = dict(keycloak, aud=["todo-api", "account"])
    return [
        {"provider": "cognito", "claims": cognito, "rolesClaim": "cognito:groups", "roleMap": {"Admins": "admin", "Members": "member"}, "expect": ["admin"]},
        {"provider": "cognito", "claims": cognito, "rolesClaim": "cognito:groups,scope",
         "roleMap": {"Admins": "admin", "todos/read": "member", "todos/write": "member"}, "expect": ["admin", "member"]},
        {"provider": "cognito", "claims": cognito, "rolesClaim": "scope", "roleMap": {}, "expect":
            ["aws.cognito.signin.user.admin", "openid", "todos/read", "todos/write"]},
        {"provider": "auth0", "claims": auth0, "rolesClaim": "permissions", "roleMap": {"read:todos": "member"}, "expect": ["member"]},
        {"provider": "auth0", "claims": auth0, "rolesClaim": "https://todo.example.com/roles", "roleMap": {}, "expect": ["admin"]},
        {"provider": "auth0", "claims": auth0, "rolesClaim": "https://todo.example.com/roles,permissions",
         "roleMap": {"admin": "admin", "read:todos": "member"}, "expect": ["admin", "member"]},
        {"provider": "auth0", "claims": auth0, "rolesClaim": "roles", "roleMap": {}, "expect": []},
        {"provider": "entra", "claims": entra, "rolesClaim": "roles", "roleMap": {"Todo.Admin": "admin"}, "expect": ["admin"]},
        {"provider": "entra", "claims": entra, "rolesClaim": "roles,scp", "roleMap": {"Todo.Admin": "admin", "Todos.ReadWrite": "member"},
         "expect": ["admin", "member"]},
        {"provider": "entra", "claims": entra, "rolesClaim": "scp,roles", "roleMap": {"Todo.Admin": "admin", "Todos.ReadWrite": "member"},
         "expect": ["member", "admin"]},
        {"provider": "entra", "claims": entra, "rolesClaim": "roles", "roleMap": {"Todo.Reader": "member"}, "expect": []},
        {"provider": "entra", "claims": entra, "rolesClaim": "roles,scp", "roleMap": {"Todo.Admin": "member", "Todos.ReadWrite": "member"},
         "expect": ["member"]},
        {"provider": "keycloak", "claims": keycloak, "rolesClaim": "/realm_access/roles", "roleMap": {},
         "expect": ["offline_access", "uma_authorization", "default-roles-todo", "todo-admin"]},
        {"provider": "keycloak", "claims": keycloak, "rolesClaim": "/resource_access/todo-api/roles", "roleMap": {}, "expect": ["member"]},
        {"provider": "keycloak", "claims": keycloak_array, "rolesClaim": "/realm_access/roles,/resource_access/todo-api/roles",
         "roleMap": {"todo-admin": "admin", "member": "member"}, "expect": ["admin", "member"]},
        {"provider": "keycloak", "claims": keycloak, "rolesClaim": "/resource_access/urn:todo~1reports/roles", "roleMap": {}, "expect": ["auditor"]},
        {"provider": "keycloak", "claims": keycloak, "rolesClaim": "/resource_access/todo-web/roles", "roleMap": {}, "expect": []},
        {"provider": "keycloak", "claims": keycloak, "rolesClaim": "/realm_access", "roleMap": {}, "expect": []},
        {"provider": "keycloak", "claims": keycloak, "rolesClaim": "realm_access/roles", "roleMap": {}, "expect": []},
    ]


# -- main ----------------------------------------------------------------------------------------------------

def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Tests", "WarrantOIDCTests", "Fixtures")
    failures = []

    def check(condition, what):
        if not condition:
            print("FAIL " + what)
            failures.append(what)
        return condition

    provider = Provider(issuer=ISSUER, audience=AUDIENCE)
    keys = {"noalg": provider.add_key("RS256", kid="rs256-no-alg", publish_alg=False),
            "retired": provider.add_key("RS256", kid="rs256-retired", published=False)}
    jwks = provider.jwks()
    discovery = provider.discovery()
    cases = build_cases(provider, keys)

    names = [case["name"] for case in cases]
    check(len(names) == len(set(names)), "case names are unique")
    lax = []
    for case in cases:
        name, token, expect = case["name"], case["token"], case["expect"]
        if not check(expect == "verified" or expect.split(":", 1)[1] in REASONS, f"{name}: {expect} is a known outcome"):
            continue
        outcome, roles, subject = reference_verify(token, jwks)
        check(outcome == expect, f"{name}: the reference verifier says {outcome}, the case says {expect}")
        decoded = pyjwt_decode(token, jwks)
        if expect == "verified":
            check(decoded is not None and decoded["sub"] == case["subject"], f"{name}: PyJWT does not verify it")
            check(roles == case["roles"] and subject == case["subject"], f"{name}: roles {roles} / subject {subject!r} differ from the case")
        elif decoded is not None:
            if check(case["lax"] is not None, f"{name}: PyJWT accepts it, and no rule PyJWT lacks is named"):
                lax.append(f"{name} ({case['lax']})")
        if expect not in ("refused:malformed", "refused:tooLarge"):
            header, payload = (json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))) for part in token.split(".")[:2])
            for part in (header, payload):
                depth, string, members, items = json_shape(part)
                check(depth <= JSON_LIMITS["depth"] and string <= JSON_LIMITS["string"] and members <= JSON_LIMITS["keys"]
                      and items <= JSON_LIMITS["array"], f"{name}: within the Swift parser's JSON limits")
    for setting in provider_claim_sets():
        mapped = map_roles(setting["claims"], setting["rolesClaim"], setting["roleMap"])
        check(mapped == setting["expect"], f"{setting['provider']} {setting['rolesClaim']}: the reference maps {mapped}, expected {setting['expect']}")
    written = json.dumps(jwks) + json.dumps(discovery)
    check(all(set(jwk) <= {"kty", "use", "kid", "alg", "n", "e", "crv", "x", "y"} for jwk in jwks["keys"]) and "PRIVATE" not in written,
          "the JWKS holds public members only")
    if failures:
        print(f"FAIL {len(failures)} problem(s); nothing written")
        sys.exit(1)

    verified = sum(case["expect"] == "verified" for case in cases)
    print(f"ok   {len(cases)} cases ({verified} verified, {len(cases) - verified} refused): the reference verifier agrees with every one")
    print(f"ok   PyJWT verifies every verified case and refuses every refused one, except {len(lax)} it has no rule for:")
    for line in lax:
        print(f"       {line}")
    print(f"ok   {len(provider_claim_sets())} provider claim sets map to the expected roles")

    os.makedirs(output, exist_ok=True)
    documents = {
        "jwks.json": jwks,
        "discovery.json": discovery,
        "cases.json": {"now": NOW, "issuer": ISSUER, "audience": AUDIENCE, "rolesClaim": ROLES_CLAIM,
                       "cases": [{k: v for k, v in case.items() if k != "lax"} for case in cases]},
        "providers.json": provider_claim_sets(),
    }
    for name, document in documents.items():
        with open(os.path.join(output, name), "w") as file:
            json.dump(document, file, indent=2)
            file.write("\n")
    print(f"ok   wrote {', '.join(documents)} to {os.path.relpath(output)}")


if __name__ == "__main__":
    main()
