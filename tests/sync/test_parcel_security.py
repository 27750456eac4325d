"""Tampered, replayed, reordered, foreign-device and revoked-device parcels are refused with
nothing applied; the same parcel twice applies once and gets the same signed receipt."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.server.db import Feed
from app.server.enrollment import Refused, issue_enrollment_code, revoke_device
from app.server.ingest import accept_parcel
from app.sync.client import SyncClient
from app.sync.outbox import accept_receipt, next_parcel, pack_new_parcel
from app.sync.transport import ServerRefused
from tests.sync.sync_support import InProcessTransport, add_households, make_station, sign_in


@pytest.fixture()
def station(tmp_path, server_store, county_keys, recovery_public):
    from app.services.queries import villages

    make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    # in-process: the HTTP layer is covered by other tests
    client = SyncClient(workspace.store, InProcessTransport(server_store, county_keys))
    client.enroll("http://county.invalid", issue_enrollment_code(server_store, "jia"),
                  fingerprint=county_keys.enrolment_fingerprint, allow_plain_http=True)
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    yield workspace, village
    workspace.store.close()


def _feed_rows(server_store) -> int:
    with server_store.transaction() as session:
        return session.scalar(select(func.count()).select_from(Feed))


def test_same_parcel_twice_applies_once_with_the_same_receipt(station, server_store,
                                                              county_keys):
    workspace, _ = station
    parcel = next_parcel(workspace.store, 1000)
    first = accept_parcel(server_store, county_keys, parcel.data)
    rows = _feed_rows(server_store)
    assert accept_parcel(server_store, county_keys, parcel.data) == first
    assert _feed_rows(server_store) == rows
    assert accept_receipt(workspace.store, first).applied == parcel.change_count
    assert accept_receipt(workspace.store, first).already_had


def test_tampered_parcels_are_refused(station, server_store, county_keys):
    workspace, _ = station
    data = next_parcel(workspace.store, 1000).data
    for position in (10, len(data) // 2, len(data) - 70, len(data) - 1):
        tampered = bytearray(data)
        tampered[position] ^= 0x01
        with pytest.raises(Refused):
            accept_parcel(server_store, county_keys, bytes(tampered))
    with pytest.raises(Refused):
        accept_parcel(server_store, county_keys, data[:-5])
    assert _feed_rows(server_store) == 0


def test_reordered_and_replayed_parcels_are_refused(station, server_store, county_keys):
    workspace, village = station
    first = pack_new_parcel(workspace.store, 5)
    add_households(workspace, 2, village)
    second = pack_new_parcel(workspace.store, 1000)
    with pytest.raises(Refused) as refused:
        accept_parcel(server_store, county_keys, second.data)  # before the first: reordered
    assert refused.value.status == 409 and refused.value.details["expected_seq"] == 1
    assert _feed_rows(server_store) == 0
    receipt = accept_parcel(server_store, county_keys, first.data)
    accept_parcel(server_store, county_keys, second.data)
    rows = _feed_rows(server_store)
    assert accept_parcel(server_store, county_keys, first.data) == receipt  # replay: no effect
    assert _feed_rows(server_store) == rows


def test_foreign_and_revoked_devices_are_refused(tmp_path, station, server_store,
                                                 county_keys, recovery_public):
    workspace, _ = station
    make_station(tmp_path / "x", "外乡", recovery_public)
    stranger = sign_in(tmp_path / "x")
    from app.models.sync_state import SyncServer
    from app.protocol.wire import b64

    with stranger.store.transaction() as session:  # knows the county key, never enrolled
        session.add(SyncServer(id="county", county_box_public=b64(county_keys.box_public),
                               county_sign_public=b64(county_keys.sign_public),
                               station_key="jia"))
    with pytest.raises(Refused) as refused:
        accept_parcel(server_store, county_keys, next_parcel(stranger.store, 1000).data)
    assert refused.value.reason == "unknown device"
    stranger.store.close()
    # A parcel claiming to be from the enrolled device but signed by another key.
    from app.protocol.wire import make_parcel

    forged = make_parcel({"type": "push", "device": workspace.store.device_id, "seq": 1,
                          "prev": ""}, {"changes": []}, recipient_box_public=county_keys.box_public,
                         sender_sign_private=b"\x01" * 32)
    with pytest.raises(Refused):
        accept_parcel(server_store, county_keys, forged)
    revoke_device(server_store, workspace.store.device_id)
    with pytest.raises(Refused) as refused:
        accept_parcel(server_store, county_keys, next_parcel(workspace.store, 1000).data)
    assert "revoked" in refused.value.reason
    assert _feed_rows(server_store) == 0


def test_revoked_device_is_refused_over_http(station, live_server, server_store):
    workspace, _ = station
    from app.sync.transport import HttpTransport

    revoke_device(server_store, workspace.store.device_id)
    client = SyncClient(workspace.store, HttpTransport(live_server.url))
    with pytest.raises(ServerRefused) as refused:
        client.sync_now()
    assert refused.value.status == 403
    assert client.pending_changes() > 0
