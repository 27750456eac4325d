"""kill -9 at every step of `sync-join`, and a cut link: the folder is never signed into half
filled, and running the same join again (same code, same password) finishes it with every
record of the station (issue 11, item 5; real county on loopback, real stores)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import AuthenticationError, StoreError
from app.server.enrollment import issue_enrollment_code
from app.services.queries import villages
from app.services.station import is_set_up
from app.sync.client import SyncClient
from app.services.join import join_station
from app.sync.transport import HttpTransport, LinkDown
from tests.sync.sync_support import (add_households, local_records, make_station,
                                     server_records, sign_in)

ROOT = Path(__file__).resolve().parents[2]
STEPS = ["creating", "store-created", "keys", "enrolled", "pull-pull", "pulled", "user-slot",
         "join-slot-removed"]


@pytest.fixture()
def synced_station(tmp_path, live_server, server_store, recovery_public):
    make_station(tmp_path / "main", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "main")
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    client = SyncClient(workspace.store, HttpTransport(live_server.url))
    client.enroll(live_server.url, issue_enrollment_code(server_store, "jia", station_name="甲乡"), fingerprint=live_server.fingerprint)
    add_households(workspace, 6, village)
    client.sync_now()
    workspace.store.close()
    return server_records(server_store, "jia")


def assert_joined(folder: Path, county_holds: dict) -> None:
    assert is_set_up(folder)
    workspace = sign_in(folder, "admin", "laptop-pass-1")
    try:
        mine = local_records(workspace.store)
    finally:
        workspace.store.close()
    assert mine == county_holds


def test_kill_9_at_every_step_of_a_join_then_retry_finishes(tmp_path, live_server, server_store,
                                                           recovery_public, synced_station):
    from tests.fault.figures import report

    for step in STEPS:
        kill_at_step_then_retry(step, tmp_path, live_server, server_store, recovery_public,
                                synced_station)
    report("crash_during_join", "kill -9 at every step of sync-join, then the same join again",
           cases=len(STEPS), failures=0, steps=STEPS)


def kill_at_step_then_retry(step, tmp_path, live_server, server_store, recovery_public,
                            synced_station) -> None:
    folder = tmp_path / f"laptop-{step}"
    code = issue_enrollment_code(server_store, "jia")
    child = subprocess.run(
        [sys.executable, str(ROOT / "tests/fault/join_child.py"), str(folder), live_server.url,
         code, "laptop-pass-1", recovery_public.hex(), step, live_server.fingerprint],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert not is_set_up(folder)
    if (folder / "station.db").exists() and (folder / "keyring.json").exists():
        with pytest.raises(StoreError) as refused:
            sign_in(folder, "admin", "laptop-pass-1")
        assert "did not finish" in refused.value.message()
    if step not in ("creating", "store-created"):  # the store exists: only its password opens it
        with pytest.raises(AuthenticationError):
            join_station(folder, url=live_server.url, code=code, username="admin",
                         password="another-pass-2", county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
    join_station(folder, url=live_server.url, code=code, username="admin",
                 password="laptop-pass-1", county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
    assert_joined(folder, synced_station)


def test_cut_link_during_join_then_retry_finishes(tmp_path, live_server, server_store,
                                                  recovery_public, synced_station):
    from tests.postgres_cluster import free_port

    folder = tmp_path / "laptop"
    code = issue_enrollment_code(server_store, "jia")
    dead = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(LinkDown):
        join_station(folder, url=dead, code=code, username="admin", password="laptop-pass-1",
                     county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
    assert not is_set_up(folder)
    join_station(folder, url=live_server.url, code=code, username="admin",
                 password="laptop-pass-1", county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
    assert_joined(folder, synced_station)


def test_a_finished_folder_is_not_joined_again(tmp_path, live_server, server_store,
                                               recovery_public, synced_station):
    folder = tmp_path / "laptop"
    join_station(folder, url=live_server.url, code=issue_enrollment_code(server_store, "jia"),
                 username="admin", password="laptop-pass-1", county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
    with pytest.raises(StoreError):
        join_station(folder, url=live_server.url, code=issue_enrollment_code(server_store, "jia"),
                     username="admin", password="laptop-pass-1",
                     county_recovery_public=recovery_public,
                     fingerprint=live_server.fingerprint)
