"""A tamper-evident audit log (issue 11, item 3).

A worker holds the station's data key, so she can rewrite or delete audit entries in her
store and recompute the hash chain: the local `verify` then calls it intact. The log is also
folded into a forward-secure key the county holds from enrolment, and travels with the
parcels: after the next sync the county (real server on loopback) has found it, the device's
`verify` says so, and the county's device list shows it. An untouched log stays "ok".
"""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.models.system import AuditEntry
from app.server.db import DeviceAuditEntry
from app.server.enrollment import issue_enrollment_code, list_devices
from app.services.audit import _entry_hash, verify_audit_chain
from app.services.queries import villages
from app.services.station import sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.sync.sync_support import PASSWORD, add_households, enroll, make_station, sign_in


@pytest.fixture()
def synced(tmp_path, live_server, server_store, county_keys, recovery_public):
    """An enrolled station that synced once, then did more work (audited) offline."""
    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    client = SyncClient(workspace.store, HttpTransport(live_server.url), backoff_seconds=0.05)
    enroll(client, live_server.url, issue_enrollment_code(server_store, "jia"), county_keys)
    client.sync_now()
    for _ in range(3):  # sign-ins and sign-outs are audited
        sign_out(workspace)
        workspace = sign_in(tmp_path / "a")
    client = SyncClient(workspace.store, HttpTransport(live_server.url), backoff_seconds=0.05)
    yield tmp_path, workspace, client
    workspace.store.close()


def _recompute_chain(session) -> None:
    """What a dishonest user does after editing: make the local chain consistent again."""
    prev = "0" * 64
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        entry.prev_hash = prev
        entry.hash = _entry_hash(prev, entry.seq, entry.at, entry.actor_id, entry.device_id,
                                 entry.action, entry.target_kind, entry.target_id,
                                 entry.details)
        prev = entry.hash


def _verify(data_dir, capsys) -> tuple[int, dict, str]:
    (data_dir / "pw").write_text(PASSWORD)
    code = cli_main(["--data-dir", str(data_dir), "verify", "--user", "admin",
                     "--password-file", str(data_dir / "pw")])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


def _device_audit(server_store, device_id) -> str:
    return next(d["audit"] for d in list_devices(server_store) if d["device_id"] == device_id)


@pytest.fixture(params=[5000, 2], ids=["one parcel", "2 entries a parcel"])
def per_parcel(request, monkeypatch):
    """How many audit entries go in one parcel (a long log travels in several)."""
    import app.sync.auditsync as auditsync

    monkeypatch.setattr(auditsync, "MAX_AUDIT_PER_PARCEL", request.param)
    return request.param


def test_untouched_log_is_confirmed_by_the_county(synced, server_store, capsys, per_parcel):
    tmp_path, workspace, client = synced
    client.sync_now()
    assert _device_audit(server_store, workspace.store.device_id).startswith("ok up to entry")
    with server_store.transaction() as session:
        held = session.scalars(select(DeviceAuditEntry.seq).where(
            DeviceAuditEntry.device_id == workspace.store.device_id)).all()
    with workspace.read() as session:
        local = session.scalars(select(AuditEntry.seq)).all()
    assert sorted(set(held)) == sorted(local)  # the whole log reached the county
    sign_out(workspace)
    code, report, _err = _verify(tmp_path / "a", capsys)
    assert code == 0 and report["county_audit_check"]["ok"] is True
    assert report["county_audit_check"]["upto"] == max(local)  # confirmed to the last entry


@pytest.mark.parametrize("tamper", ["rewrite", "delete_last", "rewrite_synced"])
def test_a_rewritten_log_is_found_by_the_county_after_sync(synced, server_store, capsys,
                                                           tamper, per_parcel):
    tmp_path, workspace, client = synced
    with workspace.store.transaction() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        if tamper == "rewrite":  # an early entry not yet sent: a sign-in made someone else's
            entries[-5].actor_id = "someone-else"
        elif tamper == "delete_last":
            for entry in entries[-2:]:
                session.delete(entry)
        else:  # an entry the county already holds
            entries[1].details = {"note": "nothing happened"}
        session.flush()
        _recompute_chain(session)
    with workspace.read() as session:
        assert verify_audit_chain(session) is None  # locally: looks intact
    device_id = workspace.store.device_id
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    add_households(workspace, 1, village, prefix="新")  # ordinary work goes on
    report = client.sync_now()
    assert report.quarantined == 0  # the station's records still arrive
    found = _device_audit(server_store, device_id)
    assert not found.startswith("ok"), found
    sign_out(workspace)
    code, verify, err = _verify(tmp_path / "a", capsys)
    assert verify["audit_chain_broken_at"] is None
    assert verify["county_audit_check"]["ok"] is False
    assert verify["county_audit_check"]["problem"] in found
    assert code == 1 and "AUDIT LOG TAMPERED" in err
