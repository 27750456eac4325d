"""Exactly-once delivery of thousands of changes through a link that drops, cuts, delays
and duplicates: every change is applied once at the county and the device ends fully synced."""
from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from app.models import ChangeLogEntry
from app.server.db import Feed
from app.server.enrollment import issue_enrollment_code
from app.services.queries import villages
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport, LinkDown
from tests.sync.lossy_proxy import LossyProxy
from tests.sync.sync_support import add_households, local_records, make_station, server_records, sign_in


@pytest.mark.slow
def test_thousands_of_changes_arrive_exactly_once(tmp_path, live_server, server_store,
                                                  recovery_public):
    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    add_households(workspace, 1100, village)
    SyncClient(workspace.store, HttpTransport(live_server.url)).enroll(
        live_server.url, issue_enrollment_code(server_store, "jia"),
        fingerprint=live_server.fingerprint)
    proxy = LossyProxy(live_server.port).start()
    transport = HttpTransport(proxy.url, client=httpx.Client(
        timeout=httpx.Timeout(10.0), limits=httpx.Limits(max_keepalive_connections=0)))
    client = SyncClient(workspace.store, transport, max_failures=4, backoff_seconds=0.02)
    try:
        for _attempt in range(200):
            try:
                client.sync_now()
                break
            except LinkDown:
                continue
        else:
            pytest.fail("never got through the lossy link")
    finally:
        proxy.stop()
        transport.close()
    device_id = workspace.store.device_id
    with workspace.read() as session:
        local_ids = set(session.scalars(select(ChangeLogEntry.change_id).where(
            ChangeLogEntry.device_id == device_id)))
    with server_store.transaction() as session:
        applied = list(session.scalars(select(Feed.change_id).where(
            Feed.origin_device == device_id)))
    assert len(local_ids) > 2000
    assert len(applied) == len(set(applied)) and set(applied) == local_ids
    assert client.pending_changes() == 0
    assert server_records(server_store, "jia") == local_records(workspace.store)
    assert all(proxy.stats[name] for name in ("dropped", "cut", "duplicated")), proxy.stats
    workspace.store.close()
