"""The county server on SQLite and on a real PostgreSQL: enrollment, ingest with merge and
quarantine, idempotent receipts, pull, refusals, OpenAPI, command line, throughput."""
from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import func, select

from app.server.cli import main as server_main
from app.server.db import Feed, ServerRecord
from app.server.enrollment import Refused, issue_enrollment_code, revoke_device
from app.server.ingest import accept_parcel
from app.server.status import station_sync_state
from app.services.queries import villages
from app.sync.client import SyncClient
from app.sync.outbox import next_parcel
from app.sync.transport import HttpTransport, ServerRefused
from app.protocol.wire import make_parcel
from tests.sync.sync_support import (InProcessTransport, add_households, county_user,
                                     local_records, make_station,
                                     server_records, sign_in)


def test_station_syncs_through_the_server(tmp_path, live_server, server_store, recovery_public):
    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    client = SyncClient(workspace.store, HttpTransport(live_server.url))
    client.enroll(live_server.url, issue_enrollment_code(server_store, "jia", station_name="甲乡"),
                  fingerprint=live_server.fingerprint)
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    add_households(workspace, 20, village)
    client.sync_now()
    assert server_records(server_store, "jia") == local_records(workspace.store)
    state = station_sync_state(server_store)
    assert state[0]["station"] == "jia" and state[0]["devices"] == 1
    with pytest.raises(ServerRefused):  # a used code cannot enroll another device
        SyncClient(workspace.store, HttpTransport(live_server.url)).enroll(
            live_server.url, "AAAA-BBBB-CCCC-DDDD", fingerprint=live_server.fingerprint)
    revoke_device(server_store, workspace.store.device_id)
    add_households(workspace, 1, village)
    with pytest.raises(ServerRefused):
        client.sync_now()
    workspace.store.close()


def test_openapi_description(live_server):
    spec = httpx.get(live_server.url + "/openapi.json").json()
    assert {"/v1/parcels", "/v1/pull", "/v1/enroll", "/v1/health"} <= set(spec["paths"])
    body = spec["paths"]["/v1/parcels"]["post"]["requestBody"]["content"]
    assert "application/octet-stream" in body


def test_ingest_throughput_in_bulk(server_store, county_keys):
    """Bulk ingest of one big parcel (reported; the floor is loose for a shared CI box)."""
    from app.security.signing import generate_ed25519
    from app.server.enrollment import enroll_device
    from app.models import new_id
    from app.protocol.wire import b64, sign_document

    sign_private, sign_public = generate_ed25519()
    device_id = new_id()
    enroll_device(server_store, county_keys, sign_document({
        "code": issue_enrollment_code(server_store, "jia"), "device_id": device_id,
        "sign_public": b64(sign_public), "box_public": b64(county_keys.box_public),
        "station_org_id": ""}, sign_private))
    count = 20000
    county_user(server_store, "jia", "u1")
    changes = [{"change_id": new_id(), "hlc": f"{1700000000000 + i:013d}-0000-00000000000000aa",
                "device_id": device_id, "author_id": "u1", "kind": "visit", "record_id": new_id(), "op": "insert",
                "fields": ["notes"], "base": None,
                "snapshot": {"id": "", "notes": f"走访 {i}", "people_served": 1}}
               for i in range(count)]
    for change in changes:
        change["snapshot"]["id"] = change["record_id"]
    parcel = make_parcel({"type": "push", "device": device_id, "seq": 1, "prev": ""},
                         {"changes": changes}, recipient_box_public=county_keys.box_public,
                         sender_sign_private=sign_private)
    started = time.perf_counter()
    accept_parcel(server_store, county_keys, parcel)
    seconds = time.perf_counter() - started
    with server_store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ServerRecord)) == count + 1
    print(f"\ningest: {count / seconds:,.0f} records/s ({server_store.engine.dialect.name})")
    assert count / seconds > 1000  # a floor against regressions; numbers in docs/server.md


def test_forged_parcel_applies_nothing(tmp_path, server_store, county_keys, recovery_public):
    from app.server.enrollment import enroll_device

    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    client = SyncClient(workspace.store, InProcessTransport(server_store, county_keys))
    client.enroll("http://county.invalid", issue_enrollment_code(server_store, "jia"),
                  fingerprint=county_keys.enrolment_fingerprint, allow_plain_http=True)
    data = next_parcel(workspace.store, 1000).data
    forged = make_parcel({"type": "push", "device": workspace.store.device_id, "seq": 1,
                          "prev": ""}, {"changes": []}, recipient_box_public=county_keys.box_public,
                         sender_sign_private=b"\x02" * 32)
    for bad in (forged, data[:100], data.replace(b'"seq":1', b'"seq":2', 1)):
        with pytest.raises(Refused):
            accept_parcel(server_store, county_keys, bad)
    with server_store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Feed)) == 0
    accept_parcel(server_store, county_keys, data)
    workspace.store.close()


def test_command_line(tmp_path, county_db_url, capsys):
    keys = tmp_path / "keys"
    assert server_main(["keys", "--dir", str(keys)]) == 0
    assert server_main(["--db", county_db_url, "init-db"]) == 0
    assert server_main(["--db", county_db_url, "enroll-code", "--station", "jia",
                        "--keys", str(keys), "--role", "admin"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-2]
    assert len(code) == 19
    assert server_main(["--db", county_db_url, "stations"]) == 0
    assert server_main(["--db", county_db_url, "revoke", "no-such-device"]) == 1
    (tmp_path / "usb" / "to-county").mkdir(parents=True)
    assert server_main(["--db", county_db_url, "import-parcels", "--keys", str(keys),
                        "--from", str(tmp_path / "usb")]) == 0
