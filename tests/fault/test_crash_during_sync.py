"""kill -9 during sync, on both sides: a station keeps saving visits and syncing while the
station process or the county server process is killed at random moments. Afterwards one
clean sync must leave the server holding exactly what the station holds: no acknowledged save
lost, nothing duplicated, nothing left unsynced, both databases intact."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select

from tests.fault.figures import report, scaled
from tests.postgres_cluster import free_port

ROOT = Path(__file__).resolve().parents[2]
PROCS = str(ROOT / "tests" / "fault" / "sync_procs.py")


def _start(*args: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, PROCS, *args], stdout=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT),
                                            "STATION_LEDGER_FAST_KDF": "1"})
    watchdog = threading.Timer(90, child.kill)  # a child that never gets ready is killed
    watchdog.start()
    line = child.stdout.readline().strip()
    watchdog.cancel()
    assert line == "ready", f"{args[0]} did not start"
    return child


def _kill(child: subprocess.Popen) -> list[str]:
    child.send_signal(signal.SIGKILL)
    lines = child.stdout.read().splitlines()
    child.wait(30)
    return lines


def _snapshots(store, models) -> dict:
    from app.sync.changelog import snapshot

    skip = ("hlc", "updated_at", "created_at")
    found = {}
    with store.session() as session:
        for kind, model in models.items():
            for record in session.scalars(select(model)):
                found[(kind, record.id)] = {k: v for k, v in snapshot(record).items()
                                            if k not in skip}
    return found


def test_kill_9_during_sync_on_both_sides(tmp_path):
    from app.models import SYNCED_MODELS
    from app.server.db import ServerRecord, ServerStore
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport
    from bench import data, syncsetup

    work, port = tmp_path / "county", free_port()
    work.mkdir()
    url = f"http://127.0.0.1:{port}"
    server = _start("server", str(work), str(port))
    server_store = ServerStore(f"sqlite:///{work / 'county.db'}")
    workspace = syncsetup.enrolled_station(tmp_path, server_store, url, people=30)
    workspace.store.close()
    station = tmp_path / "station"
    rng = random.Random(int(os.environ.get("CRASH_SEED", "5")))
    rounds, saved, kills, number = scaled(4, 16), set(), {"client": 0, "server": 0}, 0
    try:
        for index in range(rounds):
            if server.poll() is not None:
                server = _start("server", str(work), str(port))
            client = _start("client", str(station), url, str(number))
            time.sleep(rng.uniform(0.2, 2.0))
            if index % 2:  # kill the server mid-sync, let the client notice, bring it back
                _kill(server)
                kills["server"] += 1
                time.sleep(rng.uniform(0.1, 0.6))
                server = _start("server", str(work), str(port))
                time.sleep(rng.uniform(0.2, 1.5))
            lines = _kill(client)
            kills["client"] += 1
            saved |= {line.split()[1] for line in lines if line.startswith("saved ")}
            number += 10_000
        if server.poll() is not None:
            server = _start("server", str(work), str(port))
        workspace = data.sign_in(station)
        try:
            SyncClient(workspace.store, HttpTransport(url)).sync_now()
            assert workspace.store.integrity_check() == "ok"
            local = _snapshots(workspace.store, SYNCED_MODELS)
            pending = SyncClient(workspace.store).pending_changes()
        finally:
            workspace.store.close()
    finally:
        _kill(server)
    with server_store.transaction() as session:
        remote = {(r.kind, r.record_id): {k: v for k, v in r.snapshot.items()
                                          if k not in ("hlc", "updated_at", "created_at")}
                  for r in session.scalars(select(ServerRecord))}
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    server_store.close()
    lost_saves = [v for v in saved if ("visit", v) not in local]
    missing = [key for key in local if key not in remote]
    differing = [key for key in local if key in remote and remote[key] != local[key]]
    phantom = [key for key in remote if key not in local]
    report("crash_during_sync", "kill -9 of the station or the county server during sync",
           cases=kills["client"] + kills["server"], failures=len(differing) + len(phantom),
           records_lost=len(lost_saves) + len(missing), kills=kills, saves=len(saved),
           records=len(local), pending_after=pending)
    assert len(saved) >= rounds  # the test really saved while being killed
    assert lost_saves == [] and missing == [] and differing == [] and phantom == []
    assert pending == 0
