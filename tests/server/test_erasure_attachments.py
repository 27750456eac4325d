"""Erasure reaches attachments (issue 19: "an erased person is gone from every table,
snapshot and attachment on both laptops and at the county"): files attached to the person and
to their case file are listed by an access request, then erased with the person — metadata,
change-log snapshots and content on laptop A (where the erasure is made), on laptop B (which
had fetched the content) and at the county (its record and its stored pieces). Real county
on loopback, SQLite and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import select

from app.models import Attachment, AttachmentBlob
from app.server.db import CountyBlob, ServerRecord
from app.server.enrollment import issue_enrollment_code
from app.services import erasure
from app.services.access_request import access_report
from app.services.attachments import add_attachment
from app.services.join import join_station
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.attachments.samples import camera_jpeg, pdf_with_text
from tests.rights_support import station_secrets, two_person_household
from tests.server.test_erasure_county import DAY, _county_secrets
from tests.sync.sync_support import PASSWORD, fingerprint_of, make_station, sign_in

FILE_NAMES = ("格桑的身份证复印件.pdf", "格桑家中照片.jpg")
PDF_TEXT = "ERASE-ME-SCAN-7731"


def _held(workspace, ids: list[str], digests: set[str]) -> tuple[int, int]:
    with workspace.read() as session:
        rows = len(session.scalars(select(Attachment.id).where(Attachment.id.in_(ids))).all())
        blobs = len(session.scalars(select(AttachmentBlob.sha256).where(
            AttachmentBlob.sha256.in_(sorted(digests)))).all())
    return rows, blobs


def test_erasure_takes_the_persons_attachments_everywhere(
        tmp_path, live_server, server_store, recovery_public):
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    a = sign_in(tmp_path / "a")
    add_user(a, "dawa", "达瓦", "admin", PASSWORD)
    with a.read() as session:
        village = villages(session, a.station_id)[0].id
    ids = two_person_household(a, village, DAY)
    scan = add_attachment(a, "person", ids["erased"], pdf_with_text(PDF_TEXT), FILE_NAMES[0]).id
    photo = add_attachment(a, "case_file", ids["case"], camera_jpeg(800, 600), FILE_NAMES[1]).id
    kept = add_attachment(a, "person", ids["other"], camera_jpeg(640, 480), "次旦的照片.jpg").id
    with a.read() as session:
        digests = {session.get(Attachment, i).sha256 for i in (scan, photo)}
    sync = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    sync(a).enroll(url, issue_enrollment_code(server_store, "jia"),
                   fingerprint=fingerprint_of(url))
    sync(a).sync_now()
    join_station(tmp_path / "b", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="dawa", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    b = sign_in(tmp_path / "b", "dawa")
    try:
        sync(b).sync_now()  # B fetches the content
        assert _held(b, [scan, photo], digests) == (2, 2)
        with server_store.sessions() as session:
            assert len(session.scalars(select(CountyBlob.sha256).where(
                CountyBlob.sha256.in_(sorted(digests)))).all()) == 2
        # the access request lists both files (and not the other member's)
        listed = access_report(a, ids["erased"], "zh_CN").sections["attachments"]
        assert sorted(item.fields["filename"] for item in listed) == sorted(FILE_NAMES)

        erasure.erase_person(a, ids["erased"], "consent_withdrawn", confirmed=True)
        assert _held(a, [scan, photo], digests) == (0, 0)
        for workspace in (a, b, a, b):
            sync(workspace).sync_now()
        for workspace in (a, b):
            assert _held(workspace, [scan, photo], digests) == (0, 0)
            assert station_secrets(workspace, FILE_NAMES + (PDF_TEXT,)) == []
            assert _held(workspace, [kept], set()) == (1, 0)  # the other member's file stays
        assert _county_secrets(server_store, FILE_NAMES + (PDF_TEXT,)) == []
        with server_store.sessions() as session:
            assert session.scalars(select(CountyBlob.sha256).where(
                CountyBlob.sha256.in_(sorted(digests)))).all() == []
            names = {s["filename"] for s in session.scalars(select(ServerRecord.snapshot).where(
                ServerRecord.kind == "attachment"))}
        assert "次旦的照片.jpg" in names and not names & set(FILE_NAMES)
    finally:
        sign_out(a)
        sign_out(b)
