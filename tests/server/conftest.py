"""Server test fixtures: the county database as SQLite and as a real, throwaway PostgreSQL
cluster (initdb under `runuser -u postgres` in a temp dir, pg_ctl on 127.0.0.1 with a free
port, removed afterwards). PostgreSQL tests are skipped, saying why, only when the
PostgreSQL server binaries are not installed."""
from __future__ import annotations

import os
import time

import pytest

from tests.postgres_cluster import admin_conninfo, pg_bin, throwaway_postgres

os.environ.setdefault("STATION_LEDGER_FAST_KDF", "1")


@pytest.fixture(scope="session")
def postgres_url():
    if pg_bin() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with throwaway_postgres(fsync=False) as (url, port):
        yield url, port


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def county_db_url(request, tmp_path):
    """A fresh, empty county database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'county.db'}"
        return
    _url, port = request.getfixturevalue("postgres_url")
    import psycopg

    name = f"county_{os.getpid()}_{time.monotonic_ns()}"
    with psycopg.connect(admin_conninfo(port), autocommit=True) as connection:
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
