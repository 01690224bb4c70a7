"""Runs a command with DATABASE_URL pointing at a throwaway PostgreSQL cluster, then removes the cluster.

usage: with-temp-postgres.py COMMAND [ARGUMENTS...]
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from temp_postgres import TemporaryPostgres  # noqa: E402

with TemporaryPostgres() as url:
    sys.exit(subprocess.run(sys.argv[1:], env=dict(os.environ, DATABASE_URL=url)).returncode)
