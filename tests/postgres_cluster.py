"""A throwaway PostgreSQL cluster: initdb in a temp dir (as the `postgres` user when we are
root), pg_ctl on 127.0.0.1 with a free port, stopped and removed afterwards. Shared by the
server tests (fsync off: speed) and the ingest benchmarks (fsync on: production durability)."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager


def pg_bin() -> str | None:
    """The folder of initdb/pg_ctl (Debian's versioned folder first), or None."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def admin_conninfo(port: int) -> str:
    return f"host=127.0.0.1 port={port} user=postgres dbname=postgres"


@contextmanager
def throwaway_postgres(*, fsync: bool = True) -> Iterator[tuple[str, int]]:
    """Yields (SQLAlchemy URL of the `postgres` database, port). RuntimeError if the
    PostgreSQL server binaries are not installed."""
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = tempfile.mkdtemp(prefix="station-ledger-pg-")
    os.chmod(root, 0o755)
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    data = os.path.join(root, "data")
    port = free_port()
    try:
        subprocess.run(as_postgres + [f"{binaries}/initdb", "-D", data, "-U", "postgres",
                                      "--auth=trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True, timeout=120)
        options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync={'on' if fsync else 'off'}"
        subprocess.run(as_postgres + [f"{binaries}/pg_ctl", "-D", data, "-w", "-l",
                                      os.path.join(root, "log"), "-o", options, "start"],
                       check=True, capture_output=True, timeout=120)
        import psycopg

        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(admin_conninfo(port)).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", port
    finally:
        subprocess.run(as_postgres + [f"{binaries}/pg_ctl", "-D", data, "-m", "immediate",
                                      "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
