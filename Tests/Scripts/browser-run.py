"""Prepares a throwaway database with one member account and an API key, then runs browser-docs-check.py
four times against it: signed in through the OAuth2 password flow, with the API key, through a local
OpenID Connect provider's authorization-code flow (oidc_provider.py), and with a token, uploading a file to a
todo through Try it out's form.

usage: browser-run.py API_BINARY ASSETS_DIR [extra browser-docs-check arguments for the first run]
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oidc_provider import Provider  # noqa: E402
from temp_postgres import TemporaryPostgres  # noqa: E402

api, assets, *extra = sys.argv[1:]
keys = dict(line.split("=", 1) for line in subprocess.check_output([api, "keys", "generate"], text=True).splitlines()
            if "=" in line and not line.startswith("#"))
check = os.path.join(os.path.dirname(os.path.abspath(__file__)), "browser-docs-check.py")
with TemporaryPostgres() as url, Provider() as provider:
    env = dict(os.environ, APP_ENV="test", DATABASE_URL=url, AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"])
    subprocess.run([api, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([api, "user", "create", "--email", "docs@example.com", "--role", "member"], env=env, check=True,
                   input="docs-check-password\n", text=True, stdout=subprocess.DEVNULL)
    api_key = subprocess.run([api, "key", "create", "--name", "docs-check", "--roles", "member"], env=env, check=True,
                             capture_output=True, text=True).stdout.strip()
    common = [sys.executable, check, api, assets,
              "--env", f"DATABASE_URL={url}", "--env", f"AUTH_SECRET_KEY={keys['AUTH_SECRET_KEY']}", "--env", "APP_ENV=test",
              "--env", "AUTH_CREDENTIALS=paseto,oidc,apiKey", "--env", f"AUTH_OIDC_ISSUER={provider.issuer}",
              "--env", f"AUTH_OIDC_AUDIENCE={provider.audience}", "--env", "AUTH_OIDC_ROLES_CLAIM=groups",
              "--env", "AUTH_OIDC_ROLE_MAP=Members=member,Admins=admin", "--env", "DOCS_OAUTH_CLIENT_ID=swagger-ui"]
    def mint(subject, role):
        return subprocess.run([api, "token", "mint", "--sub", subject, "--roles", role], env=env, check=True,
                              capture_output=True, text=True).stdout.strip()
    # A todo of the token's subject, and a PNG for Swagger UI's file input.
    todo = subprocess.run(["psql", url, "-Atqc", "INSERT INTO todos (owner, title) VALUES ('docs-uploader', 'with a file') RETURNING id"],
                          check=True, capture_output=True, text=True).stdout.strip()
    picture = os.path.join(tempfile.mkdtemp(prefix="warrant-upload-"), "pixel.png")
    with open(picture, "wb") as out:
        out.write(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"))
    runs = [
        ["--operation", "GET", "/todos", "--expect-status", "200", "--login", "docs@example.com", "docs-check-password",
         "--access-check", mint("access-member", "member"), mint("access-admin", "admin"), *extra],
        ["--operation", "GET", "/me", "--expect-status", "200", "--api-key", api_key, "--expect-text", '"scheme": "apiKey"'],
        ["--operation", "GET", "/me", "--expect-status", "200", "--oidc-code", "--expect-text", '"scheme": "openIdConnect"'],
        ["--operation", "PUT", "/todos/{id}/attachment", "--expect-status", "200", "--token", mint("docs-uploader", "member"),
         "--param", "id", todo, "--file", "file", picture, "--expect-text", '"filename": "pixel.png"'],
    ]
    for arguments in runs:
        result = subprocess.run(common + arguments)
        if result.returncode != 0:
            sys.exit(result.returncode)
