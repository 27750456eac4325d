"""Child processes for the kill -9 sync test.

    python tests/fault/sync_procs.py server WORK PORT   # the county server (SQLite) on PORT
    python tests/fault/sync_procs.py client DATA URL N  # record visits and sync, forever

The client prints "saved <visit id>" after each acknowledged save and "synced" after each
sync that the server acknowledged; link failures (the server was killed) are retried.
"""
from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path


def server(work: str, port: str) -> None:
    from bench.syncsetup import ServerThread, county

    store, keys = county(Path(work))
    with ServerThread(store, keys, int(port)):
        print("ready", flush=True)
        while True:
            time.sleep(1)


def client(data_dir: str, url: str, start: str) -> None:
    from sqlalchemy import select

    from app.models import Household
    from app.services import records
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport, LinkDown
    from bench import data

    workspace = data.sign_in(Path(data_dir))
    with workspace.read() as session:
        houses = list(session.scalars(select(Household.id).limit(50)))
    sync = SyncClient(workspace.store, HttpTransport(url, read_seconds=10), max_failures=1,
                      backoff_seconds=0.05)
    print("ready", flush=True)
    number = int(start)
    while True:
        for _ in range(7):
            visit_id, _ = records.record_visit(workspace, records.VisitInput(
                household_id=houses[number % len(houses)],
                visited_on=date.today() - timedelta(days=1), domain_code="elderly_care",
                service_items=["ec.health"], notes=f"sync crash #{number}"))
            print(f"saved {visit_id}", flush=True)
            number += 1
        try:
            sync.sync_now()
            print("synced", flush=True)
        except LinkDown:
            time.sleep(0.05)


if __name__ == "__main__":
    if sys.argv[1] == "server":
        server(*sys.argv[2:4])
    else:
        client(*sys.argv[2:5])
