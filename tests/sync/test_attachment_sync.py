"""Attachments between laptops through the county: the metadata as the synced kind
"attachment", the content in 64 KiB pieces that resume after a cut. A 5 MB scan goes up and
comes down byte-exact through a link that drops, cuts and duplicates; the county keeps it
only encrypted; a laptop opening an attachment whose content is not here fetches it on demand.
Real stores, a real county server on loopback."""
from __future__ import annotations

import hashlib

import httpx
import pytest
from sqlalchemy import func, select

from app.server.blobs import read_blob
from app.server.db import CountyBlob, CountyBlobPiece
from app.server.enrollment import issue_enrollment_code
from app.services.attachment_content import thumbnail_of
from app.services.attachments import (ContentNotHere, add_attachment, attachments_of,
                                      fetch_attachment, list_attachments, read_attachment,
                                      remove_attachment)
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.services.join import join_station
from app.sync.transport import HttpTransport, LinkDown
from tests.attachments.samples import MARKER, camera_jpeg, pdf_with_text
from tests.sync.lossy_proxy import LossyProxy
from tests.sync.sync_support import (PASSWORD, add_households, fingerprint_of, make_station,
                                     server_records, sign_in)


@pytest.fixture()
def laptops(tmp_path, live_server, server_store, recovery_public):
    """The station's computer (admin, enrolled) with one household, and a second laptop of
    the same station (joined, not yet holding anything added after)."""
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    admin = sign_in(tmp_path / "a")
    add_user(admin, "dawa", "达瓦", "admin", PASSWORD)
    with admin.read() as session:
        village = villages(session, admin.station_id)[0].id
    household_id = add_households(admin, 1, village)[0]
    SyncClient(admin.store, HttpTransport(url)).enroll(
        url, issue_enrollment_code(server_store, "jia"), fingerprint=fingerprint_of(url))
    SyncClient(admin.store, HttpTransport(url)).sync_now()
    join_station(tmp_path / "b", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="dawa", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    other = sign_in(tmp_path / "b", "dawa")
    yield admin, other, household_id
    sign_out(admin)
    sign_out(other)


def _sync_through(proxy_url: str, workspace) -> SyncClient:
    """sync_now through the lossy link until it gets through (each try resumes)."""
    transport = HttpTransport(proxy_url, client=httpx.Client(
        timeout=httpx.Timeout(10.0), limits=httpx.Limits(max_keepalive_connections=0)))
    stages = []
    client = SyncClient(workspace.store, transport, max_failures=4, backoff_seconds=0.02,
                        thumbnailer=thumbnail_of, progress=stages.append)
    client.stages = stages
    try:
        for _attempt in range(300):
            try:
                report = client.sync_now()
                report.stages = stages
                return report
            except LinkDown:
                continue
        pytest.fail("never got through the lossy link")
    finally:
        transport.close()


@pytest.mark.slow
def test_a_5_mb_scan_crosses_a_cut_link_both_ways_byte_exact(laptops, live_server,
                                                            server_store, county_keys, tmp_path):
    admin, other, household_id = laptops
    scan = pdf_with_text(MARKER, pad_to=5 * 1024 * 1024)
    created = add_attachment(admin, "household", household_id, scan, "低保申请扫描.pdf")
    digest = hashlib.sha256(scan).hexdigest()
    assert MARKER.encode() in scan  # the scan below looks for it

    proxy = LossyProxy(live_server.port, seed=19).start()
    try:
        sent = _sync_through(proxy.url, admin)
        moved = [p for p in sent.stages if p.stage == "attachments"]
        assert moved[-1].done == moved[-1].total == len(scan)  # progress in bytes
        with server_store.transaction() as session:
            pieces = session.scalar(select(func.count()).select_from(CountyBlobPiece))
            blob = session.get(CountyBlob, ("jia", digest))
        assert blob is not None and blob.complete and pieces == 81  # 5 MiB + the PDF / 64 KiB
        assert read_blob(server_store, county_keys, "jia", digest) == scan
        assert ("attachment", created.id) in server_records(server_store, "jia")
        county_files = [p for p in tmp_path.glob("county.db*") if p.is_file()]
        assert county_files and not any(MARKER.encode() in p.read_bytes() for p in county_files)

        received = _sync_through(proxy.url, other)
    finally:
        proxy.stop()
    assert all(proxy.stats[name] for name in ("dropped", "cut", "duplicated")), proxy.stats
    assert sent is not None and received.blobs_fetched == 1
    assert "attachment" in received.changes.kinds
    with other.read() as session:
        [info] = list_attachments(session, "household", household_id)
        assert info.here and info.filename == "低保申请扫描.pdf"
        assert read_attachment(session, created.id) == scan
    # once sent, it is not sent again
    assert SyncClient(admin.store, HttpTransport(live_server.url)).sync_now().blobs_sent == 0


def test_an_attachment_not_here_yet_is_fetched_when_opened(laptops, live_server, server_store,
                                                          monkeypatch):
    admin, other, household_id = laptops
    photo = camera_jpeg(1600, 1200)
    created = add_attachment(admin, "household", household_id, photo, "房屋照片.jpg")
    with admin.read() as session:
        stored = read_attachment(session, created.id)
    # the metadata reaches the second laptop before the content (sent by hand, no blobs)
    client = SyncClient(admin.store, HttpTransport(live_server.url))
    client._push_all(type("R", (), {"pushed_changes": 0, "parcels_sent": 0, "conflicts": 0,
                                    "quarantined": 0})())
    pull = SyncClient(other.store, HttpTransport(live_server.url))
    monkeypatch.setattr("app.sync.client.fetch_missing_blobs", lambda *_a: 0)
    pull.sync_now()
    monkeypatch.undo()
    [info] = attachments_of(other, "household", household_id)
    assert not info.here and info.thumbnail is None and info.size == len(stored)
    with other.read() as session, pytest.raises(ContentNotHere) as caught:
        read_attachment(session, created.id)
    assert "房屋照片.jpg" in str(caught.value)
    with pytest.raises(ContentNotHere):  # the county does not hold it yet
        fetch_attachment(other, created.id)

    assert SyncClient(admin.store, HttpTransport(live_server.url)).sync_now().blobs_sent == 1
    result = fetch_attachment(other, created.id)
    assert "attachment" in result.changes.kinds
    [info] = attachments_of(other, "household", household_id)
    assert info.here and info.thumbnail  # made on arrival
    with other.read() as session:
        assert read_attachment(session, created.id) == stored

    # a removal travels as a tombstone
    remove_attachment(admin, created.id, "duplicate photo")
    SyncClient(admin.store, HttpTransport(live_server.url)).sync_now()
    SyncClient(other.store, HttpTransport(live_server.url)).sync_now()
    assert attachments_of(other, "household", household_id) == []


def test_a_usb_stick_carries_the_content_to_the_county_sealed(laptops, server_store,
                                                              county_keys, tmp_path):
    from app.server.folder import import_folder

    admin, _other, household_id = laptops
    scan = pdf_with_text(MARKER, pad_to=200_000)
    add_attachment(admin, "household", household_id, scan, "usb-scan.pdf")
    digest = hashlib.sha256(scan).hexdigest()
    stick = tmp_path / "stick"
    stick.mkdir()  # a plugged-in stick: sync-export never makes the folder
    client = SyncClient(admin.store)
    assert client.export_to_folder(stick) >= 1
    pieces = sorted((stick / "to-county" / "blobs").glob("*.piece"))
    assert len(pieces) == 4  # 200 KB in 64 KiB pieces
    assert not any(MARKER.encode() in path.read_bytes() for path in stick.rglob("*")
                   if path.is_file())
    imported = import_folder(server_store, county_keys, stick)
    assert imported.blobs == 1 and imported.refused == []
    assert read_blob(server_store, county_keys, "jia", digest) == scan
    assert import_folder(server_store, county_keys, stick).blobs == 1  # again: harmless
    assert client.import_from_folder(stick).blobs_sent == 1
    (stick.parent / "stick2").mkdir()
    client.export_to_folder(stick.parent / "stick2")
    assert not list((stick.parent / "stick2" / "to-county").glob("*.blob"))  # sent: not again


def test_content_damaged_here_is_reported_and_holds_up_nothing(laptops, live_server,
                                                               server_store, county_keys):
    from app.models import AttachmentBlob
    from app.sync.status import sync_history

    admin, other, household_id = laptops
    bad = add_attachment(admin, "household", household_id, pdf_with_text("bad"), "bad.pdf")
    good = add_attachment(admin, "household", household_id, pdf_with_text("good"), "good.pdf")
    with admin.read() as session:
        bad_digest = read_attachment_digest(session, bad.id)
        good_bytes = read_attachment(session, good.id)
    with admin.store.transaction() as session:  # a disk fault flipped bytes of one blob
        blob = session.get(AttachmentBlob, bad_digest)
        blob.data = blob.data[:-5] + b"XXXXX"
    report = SyncClient(admin.store, HttpTransport(live_server.url)).sync_now()
    assert report.blobs_sent == 1 and len(report.blob_problems) == 1
    assert bad_digest[:12] in report.blob_problems[0]
    assert read_blob(server_store, county_keys, "jia", hashlib.sha256(good_bytes).hexdigest()) \
        == good_bytes
    assert read_blob(server_store, county_keys, "jia", bad_digest) is None
    assert "not sent" in sync_history(admin)[0].detail  # said, not hidden
    # the other laptop still gets everything the county holds
    received = SyncClient(other.store, HttpTransport(live_server.url),
                          thumbnailer=thumbnail_of).sync_now()
    assert received.blobs_fetched == 1


def read_attachment_digest(session, attachment_id: str) -> str:
    from app.models import Attachment

    return session.get(Attachment, attachment_id).sha256
