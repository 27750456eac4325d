"""A throwaway PostgreSQL cluster for the ingest benchmark: initdb in a temp dir (as the
`postgres` user when run as root), pg_ctl on 127.0.0.1 with a free port, removed afterwards.
Production-like durability (fsync on, the default)."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager


def pg_bin() -> str | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


@contextmanager
def postgres_cluster():
    """Yields a SQLAlchemy URL; raises RuntimeError (with why) if none can be started."""
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = tempfile.mkdtemp(prefix="bench-pg-")
    os.chmod(root, 0o755)
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    data = os.path.join(root, "data")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    try:
        subprocess.run(as_postgres + [f"{binaries}/initdb", "-D", data, "-U", "postgres",
                                      "--auth=trust", "-E", "UTF8"],
                       check=True, capture_output=True, timeout=120)
        subprocess.run(as_postgres + [f"{binaries}/pg_ctl", "-D", data, "-w", "-l",
                                      os.path.join(root, "log"), "-o",
                                      f"-h 127.0.0.1 -p {port} -k {root}", "start"],
                       check=True, capture_output=True, timeout=120)
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=postgres dbname=postgres").close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_postgres + [f"{binaries}/pg_ctl", "-D", data, "-m", "immediate",
                                      "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
