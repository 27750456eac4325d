"""Attachment content to and from the county, in pieces that survive a cut link.

The mechanism of app/protocol/blobs.py on the station's side (no policy; `SyncClient` calls
it after the parcels, `app.services.sync` to fetch one attachment when it is opened):

    send_pending_blobs(link)          every complete blob of a live attachment the county
                                      does not hold yet (`sent_at` empty); returns how many
    fetch_blob(link, sha256, mime, thumbnail)   one blob from the county (resumes from the
                                      pieces already here); True when it is here whole
    fetch_missing_blobs(link, thumbnail)        every live attachment's content not here yet
    pending_blobs(store) / missing_blobs(store)  what those would move (for progress)
    export_blobs_to_folder(store, folder) / import_blob_receipts(store, folder)
                                      the same upload on a USB stick (`SyncFolder`)

`link` is a `BlobLink`: the store, the transport, and the client's retry and cancel hooks.
A cut costs at most one piece: an upload asks the county how much it holds and goes on from
there; a download keeps each piece in `attachment_blob_part` until the whole is in, checks
its SHA-256 and only then makes it the blob (a mismatch throws the pieces away).
"""
from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select

from app.models import Attachment, AttachmentBlob, AttachmentBlobPart, utc_now
from app.models.store import Store
from app.protocol.blobs import (DOWN_INFO, MAX_BLOB_BYTES, PIECE_BYTES, UP_INFO, piece_aad,
                                piece_signed_bytes)
from app.protocol.wire import ParcelError, sign_document
from app.security.sealing import SealError, open_sealed, seal
from app.security.signing import sign
from app.sync.outbox import county_server, device_keys
from app.sync.transport import LinkDown, ServerRefused

Thumbnailer = Callable[[bytes, str], "bytes | None"]


class BlobDamaged(ParcelError):
    """A blob arrived whole but its SHA-256 does not match: its pieces were thrown away."""


@dataclass
class BlobLink:
    store: Store
    transport: object  # app.sync.transport.HttpTransport
    retry: Callable[[int, Exception], None]  # wait before another try, or raise the error
    check_cancel: Callable[[], None]
    on_piece: Callable[[int], None] = lambda _bytes: None  # progress: bytes moved
    problems: list[str] = field(default_factory=list)  # blobs skipped this time, and why


def _signed(link: BlobLink, body: dict) -> bytes:
    keys = device_keys(link.store)
    return sign_document({"device": keys.device_id, "at": utc_now().isoformat(), **body},
                         keys.sign_private)


def _live_digests(session) -> set[str]:
    return set(session.scalars(select(Attachment.sha256).where(
        Attachment.deleted_at.is_(None))))


def pending_blobs(store: Store) -> list[tuple[str, int]]:
    """(sha256, size) of the content the county does not hold yet (live attachments only)."""
    with store.session() as session:
        rows = session.execute(select(AttachmentBlob.sha256, AttachmentBlob.size).where(
            AttachmentBlob.complete.is_(True), AttachmentBlob.sent_at.is_(None))).all()
        live = _live_digests(session)
    return sorted((digest, size) for digest, size in rows if digest in live)


def send_pending_blobs(link: BlobLink) -> int:
    """Send every pending blob; returns how many the county now holds. One that cannot go
    (damaged here, refused by the county) is noted in `link.problems` and the rest go on:
    it never holds up the others or the pull. The link's failures (LinkDown) and a cancel
    stop the whole sync as for parcels."""
    sent = 0
    for digest, _size in pending_blobs(link.store):
        link.check_cancel()
        try:
            send_blob(link, digest)
        except (BlobDamaged, ServerRefused) as exc:
            link.problems.append(f"attachment content {digest[:12]} not sent: {exc}")
            continue
        sent += 1
    return sent


def send_blob(link: BlobLink, digest: str) -> None:
    """Upload one blob, resuming where the county stands; marks it sent when the county says
    it holds it whole and verified."""
    with link.store.session() as session:
        data = session.get(AttachmentBlob, digest).data
        county_box = base64.b64decode(county_server(session).county_box_public)
    if hashlib.sha256(data).hexdigest() != digest:
        raise BlobDamaged("the stored content does not match its hash (damaged on this disk)")
    keys = device_keys(link.store)
    failures, restarts, reported = 0, 0, 0
    complete, offset = False, None

    def progressed(held: int) -> None:  # bytes the county holds, reported once each
        nonlocal reported
        if held > reported:
            link.on_piece(held - reported)
            reported = held

    while not complete:
        link.check_cancel()
        try:
            if offset is None:
                status = link.transport.blob_status(_signed(link, {"sha256": digest,
                                                                   "size": len(data)}))
                offset, complete = int(status["received"]), bool(status["complete"])
                progressed(len(data) if complete else offset)
                continue
            piece = data[offset:offset + PIECE_BYTES]
            sealed = seal(county_box, piece, aad=piece_aad("up", keys.device_id, digest, offset),
                          info=UP_INFO)
            signature = sign(keys.sign_private,
                             piece_signed_bytes(keys.device_id, digest, offset, sealed))
            answer = link.transport.put_blob_piece(keys.device_id, digest, offset,
                                                   signature + sealed)
        except LinkDown as exc:
            failures += 1
            link.retry(failures, exc)
            offset = None  # ask again how much arrived
            continue
        except ServerRefused as exc:
            if exc.status == 409 and isinstance(exc.details.get("received"), int):
                offset = exc.details["received"]  # out of step: go on from what it holds
                continue
            raise
        failures = 0
        received, complete = int(answer["received"]), bool(answer["complete"])
        if not complete and received < offset:  # the whole did not verify: it started again
            restarts += 1
            if restarts > 1:
                raise BlobDamaged("the county could not verify an attachment's content")
        progressed(len(data) if complete else received)
        offset = received
    with link.store.transaction() as session:
        session.get(AttachmentBlob, digest).sent_at = utc_now()


def export_blobs_to_folder(store: Store, folder) -> int:
    """Write the content the county does not hold yet onto a USB stick (`SyncFolder`): per
    blob a signed request announcing it and every piece signed and sealed to the county (no
    plaintext on the stick). Returns how many blobs were written."""
    from app.sync.transport import write_atomically

    keys = device_keys(store)
    with store.session() as session:
        pending = sorted(set(session.scalars(select(AttachmentBlob.sha256).where(
            AttachmentBlob.complete.is_(True), AttachmentBlob.sent_at.is_(None)))) &
            _live_digests(session))
        county_box = base64.b64decode(county_server(session).county_box_public)
    for digest in pending:
        with store.session() as session:
            data = session.get(AttachmentBlob, digest).data
        folder.blob_piece_path(keys.device_id, digest, 0).parent.mkdir(parents=True,
                                                                        exist_ok=True)
        for offset in range(0, len(data), PIECE_BYTES):
            sealed = seal(county_box, data[offset:offset + PIECE_BYTES],
                          aad=piece_aad("up", keys.device_id, digest, offset), info=UP_INFO)
            signature = sign(keys.sign_private,
                             piece_signed_bytes(keys.device_id, digest, offset, sealed))
            write_atomically(folder.blob_piece_path(keys.device_id, digest, offset),
                             signature + sealed)
        write_atomically(folder.blob_request_path(keys.device_id, digest), sign_document(
            {"device": keys.device_id, "at": utc_now().isoformat(), "sha256": digest,
             "size": len(data)}, keys.sign_private))  # last: the county reads it first
    return len(pending)


def import_blob_receipts(store: Store, folder) -> int:
    """Mark as sent the blobs the county's signed receipts on the USB stick say it holds
    whole and verified; a receipt that does not verify is ignored. Returns how many."""
    from app.protocol.wire import read_document

    keys = device_keys(store)
    with store.session() as session:
        county_sign = base64.b64decode(county_server(session).county_sign_public)
    marked = 0
    for path in folder.blob_receipts(keys.device_id):
        try:
            body = read_document(path.read_bytes(), county_sign)
        except (ParcelError, OSError):
            continue
        if body.get("device") != keys.device_id or body.get("complete") is not True:
            continue
        with store.transaction() as session:
            blob = session.get(AttachmentBlob, str(body.get("sha256", "")))
            if blob is not None and blob.sent_at is None:
                blob.sent_at = utc_now()
                marked += 1
    return marked


def _next_offset(session, digest: str) -> int:
    last = session.execute(select(AttachmentBlobPart.offset, func.length(AttachmentBlobPart.data))
                           .where(AttachmentBlobPart.sha256 == digest)
                           .order_by(AttachmentBlobPart.offset.desc()).limit(1)).first()
    return 0 if last is None else last[0] + last[1]


def fetch_blob(link: BlobLink, digest: str, mime: str, thumbnail: Thumbnailer) -> bool:
    """Fetch one blob from the county into the store. False when the county does not hold it
    (not sent yet by the laptop that has it). Raises BlobDamaged on a SHA-256 mismatch."""
    keys = device_keys(link.store)
    with link.store.session() as session:
        blob = session.get(AttachmentBlob, digest)
        if blob is not None and blob.complete:
            return True
        offset = _next_offset(session, digest)
    if offset:
        link.on_piece(offset)  # pieces fetched before a cut count as moved
    failures, size = 0, None
    while size is None or offset < size:
        link.check_cancel()
        try:
            sealed, size = link.transport.fetch_blob_piece(_signed(link, {"sha256": digest,
                                                                          "offset": offset}))
        except LinkDown as exc:
            failures += 1
            link.retry(failures, exc)
            continue
        except ServerRefused as exc:
            if exc.status == 404:
                return False
            raise
        failures = 0
        if not 0 < size <= MAX_BLOB_BYTES:
            raise BlobDamaged("the county announced an attachment of an impossible size")
        try:
            piece = open_sealed(keys.box_private, sealed,
                                aad=piece_aad("down", keys.device_id, digest, offset),
                                info=DOWN_INFO)
        except SealError as exc:
            raise BlobDamaged("a piece of an attachment could not be opened") from exc
        if len(piece) != min(PIECE_BYTES, size - offset):
            raise BlobDamaged("a piece of an attachment has the wrong length")
        with link.store.transaction() as session:
            session.merge(AttachmentBlobPart(sha256=digest, offset=offset, data=piece))
        link.on_piece(len(piece))
        offset += len(piece)
    with link.store.transaction() as session:
        parts = session.scalars(select(AttachmentBlobPart.data).where(
            AttachmentBlobPart.sha256 == digest).order_by(AttachmentBlobPart.offset)).all()
        data = b"".join(parts)
        session.execute(delete(AttachmentBlobPart).where(AttachmentBlobPart.sha256 == digest))
        if hashlib.sha256(data).hexdigest() != digest:
            session.commit()
            raise BlobDamaged("an attachment arrived damaged; it is fetched again next time")
        blob = session.get(AttachmentBlob, digest) or AttachmentBlob(sha256=digest)
        blob.size, blob.data, blob.complete = len(data), data, True
        blob.thumbnail, blob.sent_at = thumbnail(data, mime), utc_now()  # the county has it
        session.add(blob)
    return True


def missing_blobs(store: Store) -> list[tuple[str, str, int]]:
    """(sha256, mime, size) of live attachments whose content is not here whole."""
    with store.session() as session:
        here = set(session.scalars(select(AttachmentBlob.sha256).where(
            AttachmentBlob.complete.is_(True))))
        rows = session.execute(select(Attachment.sha256, Attachment.mime, Attachment.size)
                               .where(Attachment.deleted_at.is_(None)).distinct()).all()
    found: dict[str, tuple[str, str, int]] = {}
    for digest, mime, size in rows:
        if digest not in here:
            found.setdefault(digest, (digest, mime, size))
    return sorted(found.values())


def fetch_missing_blobs(link: BlobLink, thumbnail: Thumbnailer) -> int:
    """Fetch every live attachment's content the county holds and this laptop lacks."""
    fetched = 0
    for digest, mime, _size in missing_blobs(link.store):
        link.check_cancel()
        try:
            fetched += fetch_blob(link, digest, mime, thumbnail)
        except (BlobDamaged, ServerRefused) as exc:  # noted; the others still come
            link.problems.append(f"attachment content {digest[:12]} not fetched: {exc}")
    return fetched


