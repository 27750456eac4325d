"""Per-parcel and per-device bounds of the county's ingest (app/server/bounds.py), on SQLite
and PostgreSQL: quarantine rows capped per parcel (the refused changes still in the receipt),
the hourly quota per device (429, nothing applied), nothing decompressed before the
signature is checked, malformed device ids refused; and a device whose parcel is too large
for the county repacks it smaller and delivers everything (real county on loopback)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

import app.server.ingest as ingest
import app.protocol.wire as wire
from app.models import new_id
from app.security.signing import generate_ed25519
from app.server.db import Feed, ServerQuarantine, ServerRecord
from app.server.enrollment import Refused, enroll_device, issue_enrollment_code
from app.server.ingest import accept_parcel
from app.protocol.wire import b64, make_parcel, parcel_hash, read_document, sign_document
from tests.sync.sync_support import county_user

ORG = "0190aaaa-0000-7000-8000-00000000000a"


class Device:
    def __init__(self, store, keys) -> None:
        self.private, public = generate_ed25519()
        self.id, self.seq, self.prev, self.keys = new_id(), 0, "", keys
        enroll_device(store, keys, sign_document({
            "code": issue_enrollment_code(store, "jia"), "device_id": self.id,
            "sign_public": b64(public), "box_public": b64(keys.box_public),
            "station_org_id": ORG}, self.private))
        county_user(store, "jia", "u1", station_org_id=ORG)

    def parcel(self, changes: list, private: bytes | None = None) -> bytes:
        self.seq += 1
        data = make_parcel({"type": "push", "device": self.id, "seq": self.seq,
                            "prev": self.prev}, {"changes": changes},
                           recipient_box_public=self.keys.box_public,
                           sender_sign_private=private or self.private)
        self.prev = parcel_hash(data)
        return data

    def visits(self, count: int, **extra) -> list[dict]:
        changes = []
        for i in range(count):
            record_id = new_id()
            changes.append({"change_id": new_id(), "hlc": f"{1_700_000_000_000 + i:013d}-0000-"
                            + "a" * 16, "device_id": self.id, "author_id": "u1",
                            "kind": "visit", "record_id": record_id, "op": "insert",
                            "fields": ["notes"], "base": None,
                            "snapshot": {"id": record_id, "station_id": ORG, "notes": "走访",
                                         **extra}})
        return changes


def _count(store, model) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_quarantine_rows_are_capped_per_parcel(server_store, county_keys, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_QUARANTINE_PER_PARCEL", 50)
    device = Device(server_store, county_keys)
    bad = device.visits(120, favourite_colour="red")
    receipt = read_document(accept_parcel(server_store, county_keys,
                                          device.parcel(bad + device.visits(3))), None)
    assert receipt["applied"] == 3
    assert len(receipt["quarantined"]) == 120  # every refused change is named, with its reason
    assert {q["code"] for q in receipt["quarantined"]} == {"unknown_fields"}
    assert _count(server_store, ServerQuarantine) == 50  # … but only 50 rows are kept


def test_hourly_quota_per_device(server_store, county_keys, monkeypatch):
    monkeypatch.setattr(ingest, "HOURLY_CHANGES", 100)
    device = Device(server_store, county_keys)
    accept_parcel(server_store, county_keys, device.parcel(device.visits(60)))
    before = _count(server_store, Feed)
    with pytest.raises(Refused) as refused:
        accept_parcel(server_store, county_keys, device.parcel(device.visits(60)))
    assert refused.value.status == 429
    assert _count(server_store, Feed) == before  # nothing of it applied
    other = Device(server_store, county_keys)  # another device has its own quota
    accept_parcel(server_store, county_keys, other.parcel(other.visits(60)))


def test_nothing_is_decompressed_before_the_signature_checks(server_store, county_keys,
                                                              monkeypatch):
    device = Device(server_store, county_keys)
    forged = device.parcel(device.visits(5), private=generate_ed25519()[0])
    opened = []
    real = wire._decompress
    monkeypatch.setattr(wire, "_decompress", lambda *a: opened.append(1) or real(*a))
    with pytest.raises(Refused) as refused:
        accept_parcel(server_store, county_keys, forged)
    assert refused.value.status == 403 and opened == []
    device.seq, device.prev = 0, ""
    accept_parcel(server_store, county_keys, device.parcel(device.visits(5)))
    assert opened == [1]


def test_identifiers_from_outside_must_be_device_ids(server_store, county_keys):
    private, public = generate_ed25519()
    for bad_id in ("../../etc/passwd", "a" * 36, "X" * 8, ""):
        with pytest.raises(Refused) as refused:
            enroll_device(server_store, county_keys, sign_document({
                "code": issue_enrollment_code(server_store, "jia"), "device_id": bad_id,
                "sign_public": b64(public), "box_public": b64(county_keys.box_public)},
                private))
        assert refused.value.status == 400
        parcel = make_parcel({"type": "push", "device": bad_id, "seq": 1, "prev": ""},
                             {"changes": []}, recipient_box_public=county_keys.box_public,
                             sender_sign_private=private)
        with pytest.raises(Refused) as refused:
            accept_parcel(server_store, county_keys, parcel)
        assert refused.value.status == 400


def test_a_parcel_too_large_for_the_county_is_repacked_smaller(
        tmp_path, live_server, server_store, county_keys, recovery_public, monkeypatch):
    from app.services.queries import villages
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport
    from tests.sync.sync_support import add_households, enroll, make_station, sign_in

    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    add_households(workspace, 40, village)
    client = SyncClient(workspace.store, HttpTransport(live_server.url), backoff_seconds=0.05)
    enroll(client, live_server.url, issue_enrollment_code(server_store, "jia"), county_keys)
    monkeypatch.setattr(ingest, "MAX_CHANGES_PER_PARCEL", 30)
    pending = client.pending_changes()
    assert pending > 60
    report = client.sync_now()
    assert report.pushed_changes == pending and client.pending_changes() == 0
    assert report.parcels_sent >= 3
    with server_store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ServerRecord).where(
            ServerRecord.kind == "household")) == 40
    workspace.store.close()
