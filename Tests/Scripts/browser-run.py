"""Prepares a throwaway database with one member account, then runs browser-docs-check.py against it.

usage: browser-run.py API_BINARY ASSETS_DIR [extra browser-docs-check arguments]
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from temp_postgres import TemporaryPostgres  # noqa: E402

api, assets, *extra = sys.argv[1:]
keys = dict(line.split("=", 1) for line in subprocess.check_output([api, "keys", "generate"], text=True).splitlines()
            if "=" in line and not line.startswith("#"))
with TemporaryPostgres() as url:
    env = dict(os.environ, APP_ENV="test", DATABASE_URL=url, AUTH_SECRET_KEY=keys["AUTH_SECRET_KEY"])
    subprocess.run([api, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([api, "user", "create", "--email", "docs@example.com", "--role", "member"], env=env, check=True,
                   input="docs-check-password\n", text=True, stdout=subprocess.DEVNULL)
    check = os.path.join(os.path.dirname(os.path.abspath(__file__)), "browser-docs-check.py")
    arguments = [sys.executable, check, api, assets, "--operation", "GET", "/todos", "--expect-status", "200",
                 "--login", "docs@example.com", "docs-check-password",
                 "--env", f"DATABASE_URL={url}", "--env", f"AUTH_SECRET_KEY={keys['AUTH_SECRET_KEY']}", "--env", "APP_ENV=test", *extra]
    sys.exit(subprocess.run(arguments).returncode)
