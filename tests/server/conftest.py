"""Server test fixtures: the county database as SQLite and as a real, throwaway PostgreSQL
cluster (initdb under `runuser -u postgres` in a temp dir, pg_ctl on 127.0.0.1 with a free
port, removed afterwards). PostgreSQL tests are skipped, saying why, only when the
PostgreSQL server binaries are not installed."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest

os.environ.setdefault("STATION_LEDGER_FAST_KDF", "1")


def _pg_bin() -> str | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    pg_bin = _pg_bin()
    if pg_bin is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = tempfile.mkdtemp(prefix="station-ledger-pg-")
    os.chmod(root, 0o755)
    data = os.path.join(root, "data")
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    subprocess.run(as_postgres + [f"{pg_bin}/initdb", "-D", data, "-U", "postgres",
                                  "--auth=trust", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True)
    subprocess.run(as_postgres + [f"{pg_bin}/pg_ctl", "-D", data, "-w", "-l",
                                  os.path.join(root, "log"), "-o",
                                  f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
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
        yield url, port
    finally:
        subprocess.run(as_postgres + [f"{pg_bin}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def county_db_url(request, tmp_path):
    """A fresh, empty county database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'county.db'}"
        return
    _url, port = request.getfixturevalue("postgres_url")
    import psycopg

    name = f"county_{os.getpid()}_{time.monotonic_ns()}"
    admin = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/{name}"


@pytest.fixture()
def server_store(county_db_url):
    from app.server.db import ServerStore

    store = ServerStore(county_db_url)
    store.create_schema()
    yield store
    store.close()


@pytest.fixture()
def county_keys(tmp_path):
    from app.server.keys import create_county_keys

    return create_county_keys(tmp_path / "county-keys")


@pytest.fixture()
def recovery_public():
    from app.security.sealing import generate_x25519

    return generate_x25519()[1]


@pytest.fixture()
def live_server(server_store, county_keys):
    from app.server.api import create_app
    from tests.sync.sync_support import ServerThread

    server = ServerThread(create_app(server_store, county_keys)).start()
    yield server
    server.stop()
