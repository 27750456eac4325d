"""Attachments: scans, photos and PDFs kept with a record, only inside the encrypted store.

- `Attachment` (synced kind "attachment"): the metadata of one file attached to one record —
  which record (`owner_kind`, `owner_id`), the file name the worker gave, its type, size and
  the SHA-256 of the stored (processed) content. Deleting one is a tombstone like any record.
- `AttachmentBlob`: the content, keyed by its SHA-256, stored once however many records carry
  it (dedup by content), with its thumbnail (PNG) for images and PDFs. Not a synced record:
  it travels to the county in pieces (app.sync.blobs), and `sent_at` says the county holds it
  whole and verified. `complete` is False while a blob fetched from the county is arriving
  (its pieces wait in `AttachmentBlobPart`).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, SyncedRecord, utc_now
from app.models.records import DeletionNote
from app.models.system import ChangeLogEntry

# The record kinds an attachment may belong to (wire names of the synced kinds).
OWNER_KINDS = ("person", "household", "visit", "case_file", "case_service", "resource_link")
# What is stored: images are re-encoded (JPEG stays JPEG; PNG stays PNG), PDFs kept as they are.
STORED_TYPES = ("image/jpeg", "image/png", "application/pdf")
MAX_STORED_BYTES = 10 * 1024 * 1024  # per file, after processing


class Attachment(SyncedRecord, Base):
    """One file attached to one record (the content is an `AttachmentBlob`)."""

    __tablename__ = "attachment"
    __sync_kind__ = "attachment"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    owner_kind: Mapped[str] = mapped_column(String(16))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(48))
    size: Mapped[int] = mapped_column(Integer)  # bytes of the stored content
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # hex, of the stored content
    added_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))


class AttachmentBlob(Base):
    """The content of attachments, once per SHA-256 (hex) of the bytes."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)  # PNG, at most 160 px
    complete: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)  # the county has it, verified


class AttachmentBlobPart(Base):
    """A piece of a blob being fetched from the county (resumable): removed once whole."""

    __tablename__ = "attachment_blob_part"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    offset: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


def purge_attachments(session: Session, attachment_ids) -> int:
    """Erase attachments for good (an erasure, inside the caller's transaction): their
    metadata rows, every change-log snapshot of them, their deletion notes, and the content
    (and thumbnails, and pieces being fetched) no remaining attachment uses. No tombstone is
    left. The store runs with `secure_delete`, so the freed pages are zeroed.

    Returns how many attachment rows were erased. The caller audits the erasure."""
    ids = sorted(set(attachment_ids))
    if not ids:
        return 0
    digests = set(session.scalars(select(Attachment.sha256).where(Attachment.id.in_(ids))))
    erased = session.execute(delete(Attachment).where(Attachment.id.in_(ids))).rowcount or 0
    session.execute(delete(ChangeLogEntry).where(ChangeLogEntry.kind == "attachment",
                                                ChangeLogEntry.record_id.in_(ids)))
    for note_id in list(session.scalars(select(DeletionNote.id).where(
            DeletionNote.record_kind == "attachment", DeletionNote.record_id.in_(ids)))):
        session.execute(delete(ChangeLogEntry).where(ChangeLogEntry.record_id == note_id))
        session.execute(delete(DeletionNote).where(DeletionNote.id == note_id))
    still_used = set(session.scalars(select(Attachment.sha256).where(
        Attachment.sha256.in_(digests))))
    unused = sorted(digests - still_used)
    if unused:
        session.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256.in_(unused)))
        session.execute(delete(AttachmentBlobPart).where(AttachmentBlobPart.sha256.in_(unused)))
    session.expire_all()
    return erased
