"""A throwaway PostgreSQL 15 cluster for test scripts: started in a temp folder on a free loopback port,
stopped and deleted on exit. As root, the server runs as the `postgres` user (PostgreSQL refuses root).

    with TemporaryPostgres() as url:
        ...  # postgresql://postgres@127.0.0.1:PORT/warrant
"""
import os
import shutil
import socket
import subprocess
import tempfile

BIN = os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin")


def _as_postgres(command):
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class TemporaryPostgres:
    def __init__(self, database="warrant", settings=None):
        self.database = database
        self.settings = settings or {}  # extra server settings, such as {"max_connections": "10"}

    def __enter__(self):
        self.directory = tempfile.mkdtemp(prefix="warrant-pg-")
        os.chmod(self.directory, 0o755)
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        data = os.path.join(self.directory, "data")
        subprocess.run(_as_postgres([f"{BIN}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                     "--locale=C", "--no-sync"]), check=True, stdout=subprocess.DEVNULL)
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.directory} -c fsync=off"
        options += "".join(f" -c {name}={value}" for name, value in self.settings.items())
        subprocess.run(_as_postgres([f"{BIN}/pg_ctl", "-D", data, "-l", os.path.join(self.directory, "log"),
                                     "-o", options, "-w", "start"]), check=True, stdout=subprocess.DEVNULL)
        admin = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        subprocess.run(["psql", "-qX", admin, "-c", f"CREATE DATABASE {self.database}"], check=True, stdout=subprocess.DEVNULL)
        return f"postgresql://postgres@127.0.0.1:{self.port}/{self.database}"

    def __exit__(self, *exc):
        subprocess.run(_as_postgres([f"{BIN}/pg_ctl", "-D", os.path.join(self.directory, "data"), "-m", "immediate", "-w", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(self.directory, ignore_errors=True)
        return False
