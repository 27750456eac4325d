"""Fixtures for sync tests: county keys, a county server store, a live server on loopback."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("STATION_LEDGER_FAST_KDF", "1")


@pytest.fixture()
def county_keys(tmp_path):
    from app.server.keys import create_county_keys

    return create_county_keys(tmp_path / "county-keys")


@pytest.fixture()
def recovery_public():
    from app.security.sealing import generate_x25519

    return generate_x25519()[1]


@pytest.fixture()
def server_store(tmp_path):
    from app.server.db import ServerStore

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    yield store
    store.close()


@pytest.fixture()
def live_server(server_store, county_keys):
    from app.server.api import create_app

    from tests.sync.sync_support import ServerThread

    server = ServerThread(create_app(server_store, county_keys)).start()
    yield server
    server.stop()
