"""Attachments: scans, photos and PDFs kept with a record (issue 19).

Owner kinds (the project's synced kind names; `OWNER_KINDS`):
    "person", "household", "visit", "case_file" (个案), "case_service" (a case file's
    service record), "resource_link" (资源链接). The aliases "case" and "service_record"
    are accepted for "case_file" and "case_service".

Use cases (each one transaction):
    add_attachment(workspace, owner_kind, owner_id, path_or_bytes, filename=None) -> Created
    remove_attachment(workspace, attachment_id, reason) -> Changes   (synced tombstone)
    purge_attachments(session, attachment_ids) -> int                (hard erase, for erasure)
Reads:
    list_attachments(session, owner_kind, owner_id, include_removed=False)
        -> list[AttachmentInfo]
    read_attachment(session, attachment_id) -> bytes       (plaintext, in memory only)
    fetch_attachment(workspace, attachment_id, progress) -> Fetched  (from the county, on
        demand when an attachment whose content is not here yet is opened)
    attachments_of(workspace, owner_kind, owner_id) / attachment_content(workspace, id)
        the same for `context.query` (they open their own read session)
    view_attachment(workspace, id) -> AttachmentView   (rendered for the viewer, in memory)
    camera_folder_files(workspace, folder) -> list[Path]  (photos of a camera folder)

The content is processed first (app.services.attachment_content: images upright, downscaled
to 2000 px, every metadata stripped; PDFs as they are; at most 10 MiB) and stored once per
SHA-256 inside the encrypted store (`attachment_blob`): the same scan attached to two records
is kept once; attached twice to the same record, it is refused. Nothing is written outside the store. The metadata travels to the county as the synced
kind "attachment"; the content in pieces (app.services.sync, app.sync.blobs).

Errors: ValidationError (field "file", "owner_kind" or "reason"), NotFound, PermissionDenied,
`ContentNotHere` (the content has not been fetched from the county to this laptop yet).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import N_, NotFound, PermissionDenied, UserError, ValidationError
from app.models import (Attachment, AttachmentBlob, AttachmentBlobPart, ChangeLogEntry,
                        DeletionNote, utc_now)
from app.models.attachments import OWNER_KINDS, purge_attachments  # noqa: F401 - storage level
from app.services.attachment_content import (ACCEPTED_SUFFIXES, MAX_INPUT_BYTES,
                                             process_content, too_large)
from app.services.authorship import live
from app.services.deletion import clean_reason
from app.services.workspace import Changes, Created, Workspace
from app.validation.fields import clean_text

KIND = "attachment"
ALIASES = {"case": "case_file", "service_record": "case_service"}
MAX_FILENAME = 200


class ContentNotHere(UserError):
    """The attachment's content is at the county and not yet on this laptop (fetch it)."""


@dataclass(frozen=True)
class AttachmentInfo:
    """One live attachment as screens, reports and access requests show it."""
    id: str
    owner_kind: str
    owner_id: str
    filename: str
    mime: str
    size: int  # bytes of the stored content
    sha256: str
    created: datetime
    thumbnail: bytes | None  # PNG, or None (a PDF, or content not on this laptop yet)
    here: bool  # the content is on this laptop
    removed: bool = False  # a tombstone (listed only with include_removed)


def owner_kind_of(raw: str) -> str:
    """The owner kind's wire name, or ValidationError (field "owner_kind")."""
    kind = ALIASES.get(raw, raw)
    if kind not in OWNER_KINDS:
        raise ValidationError(N_("Files cannot be attached to this kind of record."),
                              field="owner_kind")
    return kind


def _read_source(source: str | Path | bytes, filename: str | None) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), filename or ""
    path = Path(source)
    name = filename or path.name
    try:
        size = os.stat(path).st_size  # the real size: a too-large file is not read at all
        if size > MAX_INPUT_BYTES:
            raise too_large(name, size)
        with open(path, "rb") as handle:
            return handle.read(MAX_INPUT_BYTES + 1), name
    except OSError:
        raise ValidationError(N_("The file %1 cannot be read."), name, field="file") from None


def add_attachment(workspace: Workspace, owner_kind: str, owner_id: str,
                   source: str | Path | bytes, filename: str | None = None) -> Created:
    """Attach a file (a path, or its bytes with `filename`) to a live record. The content is
    processed (module docstring) outside the transaction, then stored once per SHA-256.

    Returns Created(attachment id, Changes of "attachment" and the owner record).
    Errors: ValidationError naming the file (unreadable, empty, too large, not an image or
    PDF, or the same content already attached to this record: nothing is added; another
    record may carry the same file), ValidationError("owner_kind"), NotFound (no such live record), PermissionDenied
    (a supervisor reads only)."""
    kind = owner_kind_of(owner_kind)
    if workspace.role not in ("worker", "admin"):
        raise PermissionDenied(N_("Your role (%1) may not do this."), workspace.role)
    raw, name = _read_source(source, filename)
    name = clean_text(Path(name.replace("\\", "/")).name or "file", max_length=MAX_FILENAME,
                      field="file", multiline=False)
    content = process_content(raw, name)
    digest = content.sha256
    with workspace.write() as session:
        live(session, kind, owner_id)
        attached_as = session.scalar(select(Attachment.filename).where(
            Attachment.owner_kind == kind, Attachment.owner_id == owner_id,
            Attachment.sha256 == digest, Attachment.deleted_at.is_(None)).limit(1))
        if attached_as is not None:  # named as the list shows it (a copy may have another name)
            raise ValidationError(N_("The file %1 is already attached to this record as %2."),
                                  name, attached_as, field="file")
        blob = session.get(AttachmentBlob, digest)
        if blob is None:
            session.add(AttachmentBlob(sha256=digest, size=len(content.data), data=content.data,
                                       thumbnail=content.thumbnail, complete=True))
        elif not blob.complete:  # it was arriving from the county: now it is here whole
            blob.data, blob.thumbnail, blob.complete = content.data, content.thumbnail, True
            session.execute(delete(AttachmentBlobPart).where(AttachmentBlobPart.sha256 == digest))
        row = Attachment(station_id=workspace.station_id, owner_kind=kind, owner_id=owner_id,
                         filename=name, mime=content.mime, size=len(content.data),
                         sha256=digest, added_by=workspace.user_id)
        session.add(row)
        session.flush()
        workspace.audit(session, "attachment.added", kind, owner_id,
                        {"attachment": row.id, "size": row.size})
    return Created(row.id, Changes(frozenset({KIND, kind}), frozenset({row.id, owner_id})))


def list_attachments(session: Session, owner_kind: str, owner_id: str, *,
                     include_removed: bool = False) -> list[AttachmentInfo]:
    """The live attachments of one record, oldest first; with `include_removed` also the
    removed ones (tombstones whose content may still be stored: what an erasure purges)."""
    kind = owner_kind_of(owner_kind)
    query = (select(Attachment, AttachmentBlob.thumbnail, AttachmentBlob.complete)
             .outerjoin(AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256)
             .where(Attachment.owner_kind == kind, Attachment.owner_id == owner_id)
             .order_by(Attachment.created_at, Attachment.id))
    if not include_removed:
        query = query.where(Attachment.deleted_at.is_(None))
    return [AttachmentInfo(row.id, row.owner_kind, row.owner_id, row.filename, row.mime,
                           row.size, row.sha256, row.created_at, thumbnail, bool(complete),
                           row.deleted_at is not None)
            for row, thumbnail, complete in session.execute(query).all()]


def attachments_of(workspace: Workspace, owner_kind: str, owner_id: str) -> list[AttachmentInfo]:
    """`list_attachments` in its own read session (for `context.query`)."""
    with workspace.read() as session:
        return list_attachments(session, owner_kind, owner_id)


def read_attachment(session: Session, attachment_id: str) -> bytes:
    """The stored content of a live attachment, checked against its SHA-256 (in memory only).
    NotFound; ContentNotHere when it has not been fetched from the county yet."""
    row = session.get(Attachment, attachment_id or "")
    if row is None or row.deleted_at is not None:
        raise NotFound(N_("This record no longer exists."))
    blob = session.get(AttachmentBlob, row.sha256)
    if blob is None or not blob.complete:
        raise ContentNotHere(N_("The file %1 is not on this computer yet; it is fetched from "
                                "the county at the next sync."), row.filename)
    if hashlib.sha256(blob.data).hexdigest() != row.sha256:
        raise NotFound(N_("The stored file %1 is damaged."), row.filename)
    return blob.data


def attachment_content(workspace: Workspace, attachment_id: str) -> bytes:
    """`read_attachment` in its own read session (for `context.query`)."""
    with workspace.read() as session:
        return read_attachment(session, attachment_id)


@dataclass(frozen=True)
class AttachmentView:
    """What the viewer shows: the images to draw (the photo, or each PDF page as PNG)."""
    id: str
    filename: str
    mime: str
    size: int
    pages: list[bytes]
    page_count: int  # a PDF's pages (the viewer shows at most MAX_VIEW_PAGES)


def view_attachment(workspace: Workspace, attachment_id: str) -> AttachmentView:
    """Read an attachment and render it for viewing, in memory (for `context.query`).
    Errors: NotFound, ContentNotHere."""
    from app.services.attachment_content import page_images, pdf_page_count

    with workspace.read() as session:
        data = read_attachment(session, attachment_id)
        row = session.get(Attachment, attachment_id)
        filename, mime = row.filename, row.mime
    pages = page_images(data, mime)
    count = pdf_page_count(data) if mime == "application/pdf" else 1
    return AttachmentView(attachment_id, filename, mime, len(data), pages, count)


CAMERA_SUFFIXES = ACCEPTED_SUFFIXES


CAMERA_DEPTH = 3  # a memory card's root: DCIM/100CANON/IMG_0001.JPG is two levels down
CAMERA_MAX_FILES = 5000  # a folder chosen by mistake (a whole disk) stops being listed here


def camera_folder_files(_workspace: Workspace, folder: str | Path) -> list[Path]:
    """The photos and PDFs in a camera's or scanner's folder (a USB camera, a memory card's
    root), newest first, looking up to `CAMERA_DEPTH` levels of sub-folders deep (DCIM/100CANON
    …; hidden folders skipped) and at most `CAMERA_MAX_FILES` files. Nothing is read but the
    names and dates. ValidationError (field "folder") if it cannot be listed."""
    root = Path(folder)
    found: list[Path] = []
    try:
        if not root.is_dir():
            raise OSError(str(root))
        level = [root]
        for _depth in range(CAMERA_DEPTH + 1):
            deeper: list[Path] = []
            for directory in level:
                if len(found) >= CAMERA_MAX_FILES:
                    break
                for entry in sorted(os.scandir(directory), key=lambda item: item.name):
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        deeper.append(Path(entry.path))
                    elif entry.is_file() and Path(entry.name).suffix.lower() in CAMERA_SUFFIXES \
                            and len(found) < CAMERA_MAX_FILES:
                        found.append(Path(entry.path))
            level = deeper
        dated = [(path.stat().st_mtime, path) for path in found]
    except OSError:
        raise ValidationError(N_("The folder %1 cannot be read."), str(root),
                              field="folder") from None
    return [path for _mtime, path in sorted(dated, key=lambda pair: (-pair[0], str(pair[1])))]


@dataclass(frozen=True)
class Fetched:
    """An attachment's content fetched from the county (an operation's result)."""
    attachment_id: str
    owner_id: str

    @property
    def changes(self) -> Changes:
        return Changes(frozenset({KIND}), frozenset({self.attachment_id, self.owner_id}))


def fetch_attachment(workspace: Workspace, attachment_id: str, progress=None) -> Fetched:
    """Bring one attachment's content from the county to this laptop (resumable: pieces
    already here are kept). Nothing to do when it is here. Raises NotFound, ContentNotHere
    (the county does not hold it yet), NotEnrolled, or the transport's LinkDown /
    ServerRefused; `progress` (app.progress.Progress) is told bytes and may cancel."""
    from app.progress import Progress
    from app.sync.blobs import fetch_blob
    from app.sync.client import SyncClient

    from app.services.attachment_content import thumbnail_of

    with workspace.read() as session:
        row = session.get(Attachment, attachment_id or "")
        if row is None or row.deleted_at is not None:
            raise NotFound(N_("This record no longer exists."))
        digest, mime, size, name, owner = row.sha256, row.mime, row.size, row.filename, row.owner_id
    progress = progress or Progress()
    client = SyncClient.for_workspace(workspace, cancel=progress.event)
    if client.transport is None:
        raise ContentNotHere(N_("The file %1 is not on this computer yet; it is fetched from "
                                "the county at the next sync."), name)
    moved = [0]

    def on_piece(count: int) -> None:
        moved[0] += count
        progress.notify(moved[0], size)

    try:
        link = client.blob_link()
        link.on_piece = on_piece
        if not fetch_blob(link, digest, mime, thumbnail_of):
            raise ContentNotHere(N_("The file %1 has not reached the county yet: the computer "
                                    "it was added on sends it at its next sync."), name)
    finally:
        client.transport.close()
    return Fetched(attachment_id, owner)


def remove_attachment(workspace: Workspace, attachment_id: str, reason: str) -> Changes:
    """Delete an attachment with a required reason: a synced tombstone with its reason
    (`DeletionNote`) and an audit entry. The content stays until no attachment uses it and
    the store is purged (an erasure). The worker who added it and the station admin may.

    Errors: ValidationError("reason"), NotFound, PermissionDenied."""
    reason = clean_reason(reason)
    with workspace.write() as session:
        row = session.get(Attachment, attachment_id or "")
        if row is None or row.deleted_at is not None:
            raise NotFound(N_("This record no longer exists."))
        if workspace.role != "admin" and row.added_by != workspace.user_id:
            raise PermissionDenied(N_("Only the worker who recorded this and the station admin "
                                      "may change it."))
        row.deleted_at = utc_now()
        session.add(DeletionNote(station_id=workspace.station_id, record_kind=KIND,
                                 record_id=row.id, reason=reason,
                                 deleted_by=workspace.user_id))
        workspace.audit(session, "attachment.deleted", KIND, row.id, {"reason": reason})
        return Changes(frozenset({KIND, row.owner_kind}), frozenset({row.id, row.owner_id}))
