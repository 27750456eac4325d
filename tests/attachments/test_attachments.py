"""Attachments in the real encrypted store: processed (upright, downscaled, no metadata),
deduplicated by content, read back byte-exact, deleted with a reason, purged for good,
refused with a message naming the file, and carried by a backup and its restore."""
from __future__ import annotations

import hashlib
import io

import pytest
from sqlalchemy import func, select, text

from app.errors import NotFound, PermissionDenied, ValidationError
from app.models import Attachment, AttachmentBlob, ChangeLogEntry, DeletionNote
from app.services import households
from app.services.attachment_content import MAX_EDGE
from app.services.attachments import (add_attachment, list_attachments, purge_attachments,
                                      read_attachment, remove_attachment)
from app.services.backup import back_up_now
from app.services.restore import restore_backup
from app.services.station import sign_in, sign_out
from tests.attachments.samples import MARKER, camera_jpeg, pdf_with_text, png_with_text
from tests.conftest import WORKER_PASSWORD


@pytest.fixture()
def household(worker, village_id):
    hid, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id, address_zh="一组"),
        [households.PersonInput(name_zh="卓玛", relation="head", sex="F")])
    return hid


def test_a_camera_photo_is_stored_upright_downscaled_and_without_any_metadata(worker, household):
    from PIL import Image

    raw = camera_jpeg(3000, 1000)
    assert b"SERIAL-" + MARKER.encode() in raw
    created = add_attachment(worker, "household", household, raw, "家访照片.jpg")
    with worker.read() as session:
        [info] = list_attachments(session, "household", household)
        stored = read_attachment(session, created.id)
    assert (info.id, info.filename, info.mime, info.size) == (created.id, "家访照片.jpg",
                                                              "image/jpeg", len(stored))
    assert info.sha256 == hashlib.sha256(stored).hexdigest() and info.here
    image = Image.open(io.BytesIO(stored))
    # orientation 6 applied: the 3000×1000 sensor image is a 1000×3000 portrait, then
    # downscaled so its longer edge is MAX_EDGE
    assert image.size == (round(MAX_EDGE / 3), MAX_EDGE)
    assert image.getpixel((image.width // 2, 5))[0] > 150  # the red half is now on top
    assert not image.getexif() and "exif" not in image.info and "comment" not in image.info
    assert MARKER.encode() not in stored and b"CameraMaker" not in stored
    thumb = Image.open(io.BytesIO(info.thumbnail))
    assert thumb.format == "PNG" and max(thumb.size) == 160


def test_png_keeps_png_without_text_and_pdf_is_kept_byte_for_byte(worker, household):
    from PIL import Image

    png = add_attachment(worker, "person", _person(worker, household), png_with_text(), "a.png")
    pdf_bytes = pdf_with_text("consent form")
    pdf = add_attachment(worker, "household", household, pdf_bytes, "同意书.pdf")
    with worker.read() as session:
        stored_png = read_attachment(session, png.id)
        assert read_attachment(session, pdf.id) == pdf_bytes
        [pdf_info] = list_attachments(session, "household", household)
    assert Image.open(io.BytesIO(stored_png)).format == "PNG"
    assert MARKER.encode() not in stored_png
    assert pdf_info.mime == "application/pdf"
    first_page = Image.open(io.BytesIO(pdf_info.thumbnail))  # the first page, drawn small
    assert first_page.format == "PNG" and max(first_page.size) == 160


def test_the_viewer_gets_pages_rendered_in_memory(worker, household):
    from PIL import Image

    from app.services.attachment_content import page_images

    scan = add_attachment(worker, "household", household, pdf_with_text("hello"), "a.pdf")
    photo = add_attachment(worker, "household", household, camera_jpeg(600, 400), "b.jpg")
    with worker.read() as session:
        pdf_bytes, photo_bytes = read_attachment(session, scan.id), read_attachment(session, photo.id)
    [page] = page_images(pdf_bytes, "application/pdf")
    rendered = Image.open(io.BytesIO(page))
    assert max(rendered.size) == 1600 and rendered.getextrema() != ((255, 255),) * 3
    assert page_images(photo_bytes, "image/jpeg") == [photo_bytes]


def test_the_same_scan_on_two_records_is_stored_once(worker, household):
    raw = camera_jpeg(800, 600)
    person = _person(worker, household)
    first = add_attachment(worker, "household", household, raw, "one.jpg")
    second = add_attachment(worker, "person", person, raw, "two.jpg")
    with worker.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
        assert read_attachment(session, first.id) == read_attachment(session, second.id)
        assert [a.filename for a in list_attachments(session, "household", household)] == \
            ["one.jpg"]
        assert [a.filename for a in list_attachments(session, "person", person)] == ["two.jpg"]


def test_the_same_file_again_on_the_same_record_is_refused_by_name(worker, household):
    raw = pdf_with_text("the same consent form")
    add_attachment(worker, "household", household, raw, "同意书.pdf")
    with worker.read() as session:
        before = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    with pytest.raises(ValidationError) as refused:
        add_attachment(worker, "household", household, raw, "同意书-副本.pdf")
    assert refused.value.field == "file" and "同意书-副本.pdf" in refused.value.message()
    assert "同意书.pdf" in refused.value.message().replace("同意书-副本.pdf", "")  # as listed
    with worker.read() as session:
        assert [a.filename for a in list_attachments(session, "household", household)] == \
            ["同意书.pdf"]  # nothing added, nothing logged
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == before
    # removed, it may be attached again
    [info] = attachments_of_household(worker, household)
    remove_attachment(worker, info.id, "扫描不清")
    again = add_attachment(worker, "household", household, raw, "同意书.pdf")
    assert [a.id for a in attachments_of_household(worker, household)] == [again.id]


def test_attaching_and_removing_show_in_the_owners_history(worker, household):
    from app.services.history import ATTACHMENT_OPS, record_history

    add_attachment(worker, "household", household, pdf_with_text("x"), "同意书.pdf")
    [info] = attachments_of_household(worker, household)
    remove_attachment(worker, info.id, "扫描不清")
    entries = record_history(worker, "household", household)
    assert [e.op for e in entries] == ["Created", "File attached", "File removed"]
    attached, removed = entries[1:]
    assert [(c.label, c.new) for c in attached.changes] == [("File", "同意书.pdf")]
    assert [(c.label, c.new) for c in removed.changes] == [("File", "同意书.pdf")]
    assert removed.reason == "扫描不清" and attached.author == worker.display_name
    assert attached.this_device and attached.at <= removed.at
    # the household's member has a history of their own, without the household's files
    person_ops = [e.op for e in record_history(worker, "person", _person(worker, household))]
    assert not set(person_ops) & set(ATTACHMENT_OPS.values())


def attachments_of_household(worker, household):
    with worker.read() as session:
        return list_attachments(session, "household", household)


def test_a_file_from_disk_and_refusals_name_the_file(worker, household, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_with_text("from disk"))
    created = add_attachment(worker, "household", household, path)
    with worker.read() as session:
        assert list_attachments(session, "household", household)[0].filename == "scan.pdf"
        assert read_attachment(session, created.id) == path.read_bytes()
    (tmp_path / "notes.txt").write_text("hello")
    refusals = {
        "notes.txt": (tmp_path / "notes.txt", None),
        "empty.jpg": (b"", "empty.jpg"),
        "big.pdf": (pdf_with_text(pad_to=11 * 1024 * 1024), "big.pdf"),
        "broken.jpg": (camera_jpeg(400, 300)[:600], "broken.jpg"),
        "photo.heic": (b"\0\0\0\x18ftypheic" + b"\0" * 100, "photo.heic"),
        "damaged.pdf": (b"%PDF-1.4\n" + b"garbage " * 50, "damaged.pdf"),
        "two-pages.tif": (_two_page_tiff(), "two-pages.tif"),
        "missing.jpg": (tmp_path / "missing.jpg", None),
    }
    for name, (source, filename) in refusals.items():
        with pytest.raises(ValidationError) as caught:
            add_attachment(worker, "household", household, source, filename)
        assert caught.value.field == "file" and name in str(caught.value), name
    with worker.read() as session:
        assert len(list_attachments(session, "household", household)) == 1


def test_owner_must_be_a_live_record_of_a_known_kind_and_supervisors_only_read(
        worker, supervisor, household):
    raw = pdf_with_text("x")
    with pytest.raises(ValidationError) as caught:
        add_attachment(worker, "activity", household, raw, "x.pdf")
    assert caught.value.field == "owner_kind"
    with pytest.raises(NotFound):
        add_attachment(worker, "visit", household, raw, "x.pdf")
    with pytest.raises(PermissionDenied):
        add_attachment(supervisor, "household", household, raw, "x.pdf")


def test_remove_is_a_synced_tombstone_with_its_reason(worker, supervisor, household):
    created = add_attachment(worker, "household", household, pdf_with_text("x"), "x.pdf")
    with pytest.raises(ValidationError):
        remove_attachment(worker, created.id, "  ")
    with pytest.raises(PermissionDenied):
        remove_attachment(supervisor, created.id, "wrong file")
    changes = remove_attachment(worker, created.id, "wrong file")
    assert "attachment" in changes.kinds and created.id in changes.ids
    with worker.read() as session:
        assert list_attachments(session, "household", household) == []
        [removed] = list_attachments(session, "household", household, include_removed=True)
        assert removed.id == created.id and removed.removed
        with pytest.raises(NotFound):
            read_attachment(session, created.id)
        ops = list(session.scalars(select(ChangeLogEntry.op).where(
            ChangeLogEntry.record_id == created.id).order_by(ChangeLogEntry.seq)))
        note = session.scalar(select(DeletionNote).where(DeletionNote.record_id == created.id))
    assert ops == ["insert", "delete"] and note.reason == "wrong file"


def test_purge_leaves_no_row_snapshot_or_content(worker, household):
    shared = camera_jpeg(500, 400)
    kept = add_attachment(worker, "household", household, shared, "kept.jpg")
    # the same content on another record (the same record refuses it twice)
    gone = add_attachment(worker, "person", _person(worker, household), shared, "secret-name.jpg")
    only = add_attachment(worker, "household", household, pdf_with_text(MARKER), "only.pdf")
    remove_attachment(worker, only.id, "erasure requested")
    with worker.write() as session:
        assert purge_attachments(session, [gone.id, only.id]) == 2
    with worker.read() as session:
        assert [a.id for a in list_attachments(session, "household", household)] == [kept.id]
        assert read_attachment(session, kept.id) == read_attachment(session, kept.id)
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
        assert session.get(Attachment, gone.id) is None
        for row_id in (gone.id, only.id):
            assert session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
                ChangeLogEntry.record_id == row_id)) == 0
        assert session.scalar(select(func.count()).select_from(DeletionNote).where(
            DeletionNote.record_id == only.id)) == 0
        dump = "\n".join(str(row) for row in session.execute(text(
            "SELECT kind, snapshot FROM change_log")).all())
    assert "secret-name" not in dump and "only.pdf" not in dump


def test_backup_and_restore_carry_attachments_byte_exact(worker, household, tmp_path):
    photo = add_attachment(worker, "household", household, camera_jpeg(1200, 900), "p.jpg")
    scan = add_attachment(worker, "household", household, pdf_with_text(MARKER), "s.pdf")
    with worker.read() as session:
        before = {a.id: (read_attachment(session, a.id), a.thumbnail)
                  for a in list_attachments(session, "household", household)}
    (tmp_path / "usb").mkdir()  # a plugged-in stick: a backup never makes its folder
    info = back_up_now(worker, tmp_path / "usb")
    raw = (info.path / "station.db").read_bytes()
    assert MARKER.encode() not in raw
    worker.store.close()
    restore_backup(info.path, tmp_path / "restored", username="zhuoma", password=WORKER_PASSWORD)
    restored = sign_in(tmp_path / "restored", "zhuoma", WORKER_PASSWORD)
    try:
        with restored.read() as session:
            after = {a.id: (read_attachment(session, a.id), a.thumbnail)
                     for a in list_attachments(session, "household", household)}
    finally:
        sign_out(restored)
    assert set(after) == {photo.id, scan.id} and after == before


def _two_page_tiff() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    first, second = Image.new("RGB", (300, 400), "white"), Image.new("RGB", (300, 400), "grey")
    first.save(buffer, "TIFF", save_all=True, append_images=[second])
    return buffer.getvalue()


def _person(worker, household) -> str:
    from app.models import Person

    with worker.read() as session:
        return session.scalar(select(Person.id).where(Person.household_id == household))


def test_a_merge_moves_the_merged_away_persons_attachments_to_the_survivor(worker, village_id):
    from app.services.merging import merge_records

    first, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="格桑", relation="head", sex="F")])
    second, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="格桑", relation="head", sex="F")])
    survivor, merged = _person(worker, first), _person(worker, second)
    consent = add_attachment(worker, "person", merged, pdf_with_text("consent"), "consent.pdf")
    form = add_attachment(worker, "household", second, pdf_with_text("form"), "form.pdf")
    merge_records(worker, "person", survivor, merged)
    merge_records(worker, "household", first, second)
    with worker.read() as session:
        assert [a.id for a in list_attachments(session, "person", survivor)] == [consent.id]
        assert [a.id for a in list_attachments(session, "household", first)] == [form.id]
        assert list_attachments(session, "person", merged) == []


def test_a_one_page_tiff_scan_becomes_a_jpeg(worker, household):
    from PIL import Image

    image = Image.new("RGB", (2480, 3508), "white")  # an A4 page at 300 dpi
    buffer = io.BytesIO()
    image.save(buffer, "TIFF")
    created = add_attachment(worker, "household", household, buffer.getvalue(), "scan.tif")
    with worker.read() as session:
        stored = Image.open(io.BytesIO(read_attachment(session, created.id)))
    assert stored.format == "JPEG" and stored.size == (1414, 2000)
