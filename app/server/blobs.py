"""Attachment content at the county: received in pieces, verified, kept encrypted, served.

See app/protocol/blobs.py for the exchange. A station's blob is `(station_key, sha256)`:
a device sees and fetches only its own station's content. Each piece is stored encrypted at
rest (AES-256-GCM, key = HKDF-SHA256 of the county's box private key, bound to station,
content and offset), so the county database holds no plaintext scan or photo; the SHA-256 of
the whole is checked when the last piece is in (a mismatch throws the pieces away and the
device sends them again).

    blob_status(store, request)                  -> {"received", "complete", "size"}
    accept_piece(store, keys, device, sha, offset, body) -> {"received", "complete"}
    fetch_piece(store, keys, request)            -> (sealed piece, whole size)
    read_blob(store, keys, station_key, sha256)  -> bytes (the county's own use, tests)
    purge_blobs(session, station_key, sha256s)   -> int (an erasure)
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import delete, func, select

from app.protocol.blobs import (DOWN_INFO, MAX_BLOB_BYTES, PIECE_BYTES, SHA256_HEX,
                                SIGNATURE_BYTES, UP_INFO, piece_aad, piece_signed_bytes)
from app.protocol.wire import ParcelError, read_document, unb64
from app.security.aead import decrypt, encrypt
from app.security.sealing import SealError, open_sealed, seal
from app.security.signing import BadSignature, verify
from app.server.db import CountyBlob, CountyBlobPiece, ServerStore, utc_now
from app.server.enrollment import Refused, active_device
from app.server.keys import CountyKeys

REQUEST_MAX_AGE = timedelta(days=30)
STATION_QUOTA_BYTES = 20 * 1024 ** 3  # all attachments of one station (about 20 years of scans)
_AT_REST_INFO = b"station-ledger county blob at rest v1"


def _at_rest_key(keys: CountyKeys) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_AT_REST_INFO).derive(keys.box_private)


def _rest_aad(station_key: str, sha256: str, offset: int) -> bytes:
    return f"{station_key}|{sha256}|{offset}".encode()


def _checked_sha(sha256: str) -> str:
    if not isinstance(sha256, str) or not SHA256_HEX.match(sha256):
        raise Refused("malformed content hash", 400)
    return sha256


def _signed_request(store: ServerStore, request: bytes) -> tuple[dict, str]:
    """The body of a request signed by an enrolled, not revoked device, and its station."""
    try:
        body = read_document(request, None)
        device_id = str(body["device"])
        made_at = datetime.fromisoformat(str(body["at"]))
    except (ParcelError, KeyError, ValueError, TypeError) as exc:
        raise Refused("malformed blob request", 400) from exc
    with store.transaction() as session:
        device = active_device(session, device_id)
        sign_public, station_key = unb64(device.sign_public), device.station_key
    try:
        read_document(request, sign_public)
    except ParcelError as exc:
        raise Refused("blob request signature does not verify", 403) from exc
    if made_at.tzinfo is not None:
        made_at = made_at.astimezone(timezone.utc).replace(tzinfo=None)
    if abs(utc_now() - made_at) > REQUEST_MAX_AGE:
        raise Refused("blob request too old", 403)
    return body, station_key


def blob_status(store: ServerStore, request: bytes) -> dict:
    """How much of a blob the county holds; the first ask of an upload announces its size."""
    body, station_key = _signed_request(store, request)
    sha256 = _checked_sha(body.get("sha256"))
    size = body.get("size")
    if not isinstance(size, int) or not 0 < size <= MAX_BLOB_BYTES:
        raise Refused("blob size out of bounds", 413 if isinstance(size, int) and size > 0
                      else 400)
    with store.transaction() as session:
        blob = session.get(CountyBlob, (station_key, sha256), with_for_update=True)
        if blob is None:
            held = session.scalar(select(func.coalesce(func.sum(CountyBlob.size), 0)).where(
                CountyBlob.station_key == station_key)) or 0
            if held + size > STATION_QUOTA_BYTES:
                raise Refused("the station's attachment storage at the county is full", 413)
            blob = CountyBlob(station_key=station_key, sha256=sha256, size=size, received=0,
                              complete=False)
            session.add(blob)
        elif blob.size != size:
            raise Refused("blob size differs from the size announced before", 409)
        return {"received": blob.received, "complete": blob.complete, "size": blob.size}


def accept_piece(store: ServerStore, keys: CountyKeys, device_id: str, sha256: str,
                 offset: int, body: bytes) -> dict:
    """Store the piece at `offset` (signed by the device, sealed to the county). A piece the
    county already holds is acknowledged again; a gap is refused (409, with what it holds)."""
    sha256 = _checked_sha(sha256)
    if len(body) <= SIGNATURE_BYTES:
        raise Refused("malformed blob piece", 400)
    signature, sealed = body[:SIGNATURE_BYTES], body[SIGNATURE_BYTES:]
    with store.transaction() as session:
        device = active_device(session, device_id)
        station_key = device.station_key
        try:
            verify(unb64(device.sign_public), piece_signed_bytes(device_id, sha256, offset,
                                                                 sealed), signature)
        except BadSignature as exc:
            raise Refused("blob piece signature does not verify", 403) from exc
        try:
            piece = open_sealed(keys.box_private, sealed,
                                aad=piece_aad("up", device_id, sha256, offset), info=UP_INFO)
        except SealError as exc:
            raise Refused("blob piece cannot be opened", 400) from exc
        blob = session.get(CountyBlob, (station_key, sha256), with_for_update=True)
        if blob is None:
            raise Refused("announce the blob first", 409, received=0)
        if blob.complete or offset < blob.received:
            return {"received": blob.received, "complete": blob.complete}
        if offset != blob.received:
            raise Refused("blob piece out of order", 409, received=blob.received)
        if len(piece) != min(PIECE_BYTES, blob.size - offset):
            raise Refused("blob piece of the wrong length", 400)
        session.add(CountyBlobPiece(station_key=station_key, sha256=sha256, offset=offset,
                                    data=encrypt(_at_rest_key(keys), piece,
                                                 _rest_aad(station_key, sha256, offset))))
        blob.received = offset + len(piece)
        if blob.received == blob.size:
            session.flush()
            if _whole_digest(session, keys, station_key, sha256) == sha256:
                blob.complete, blob.completed_at = True, utc_now()
            else:  # damaged on the way or a broken device: start again
                session.execute(delete(CountyBlobPiece).where(
                    CountyBlobPiece.station_key == station_key,
                    CountyBlobPiece.sha256 == sha256))
                blob.received = 0
        return {"received": blob.received, "complete": blob.complete}


def _pieces(session, keys: CountyKeys, station_key: str, sha256: str):
    key = _at_rest_key(keys)
    for offset, data in session.execute(
            select(CountyBlobPiece.offset, CountyBlobPiece.data).where(
                CountyBlobPiece.station_key == station_key, CountyBlobPiece.sha256 == sha256)
            .order_by(CountyBlobPiece.offset)):
        yield offset, decrypt(key, data, _rest_aad(station_key, sha256, offset))


def _whole_digest(session, keys: CountyKeys, station_key: str, sha256: str) -> str:
    digest = hashlib.sha256()
    for _offset, piece in _pieces(session, keys, station_key, sha256):
        digest.update(piece)
    return digest.hexdigest()


def fetch_piece(store: ServerStore, keys: CountyKeys, request: bytes) -> tuple[bytes, int]:
    """The piece of a complete blob of the device's station at the asked offset, sealed to
    the device; 404 when the county does not hold it whole."""
    body, station_key = _signed_request(store, request)
    sha256 = _checked_sha(body.get("sha256"))
    offset = body.get("offset")
    if not isinstance(offset, int) or offset < 0 or offset % PIECE_BYTES:
        raise Refused("malformed blob offset", 400)
    device_id = str(body["device"])
    with store.transaction() as session:
        device = active_device(session, device_id)
        box_public = unb64(device.box_public)
        blob = session.get(CountyBlob, (station_key, sha256))
        if blob is None or not blob.complete:
            raise Refused("the county does not hold this content", 404)
        if offset >= blob.size:
            raise Refused("blob offset past the end", 400)
        row = session.get(CountyBlobPiece, (station_key, sha256, offset))
        if row is None:
            raise Refused("the county does not hold this content", 404)
        piece = decrypt(_at_rest_key(keys), row.data, _rest_aad(station_key, sha256, offset))
        size = blob.size
    return seal(box_public, piece, aad=piece_aad("down", device_id, sha256, offset),
                info=DOWN_INFO), size


def read_blob(store: ServerStore, keys: CountyKeys, station_key: str, sha256: str) -> bytes | None:
    """A complete blob's content (the county's own use), or None."""
    with store.transaction() as session:
        blob = session.get(CountyBlob, (station_key, sha256))
        if blob is None or not blob.complete:
            return None
        return b"".join(piece for _offset, piece in _pieces(session, keys, station_key, sha256))


def purge_blobs(session, station_key: str, sha256s) -> int:
    """Erase blobs of a station for good (inside the caller's transaction); returns how many."""
    digests = sorted(set(sha256s))
    if not digests:
        return 0
    session.execute(delete(CountyBlobPiece).where(CountyBlobPiece.station_key == station_key,
                                                  CountyBlobPiece.sha256.in_(digests)))
    return session.execute(delete(CountyBlob).where(
        CountyBlob.station_key == station_key, CountyBlob.sha256.in_(digests))).rowcount or 0
