"""The bytes that travel between a device and the county: parcels, receipts, pull requests.

A parcel is the same byte string over HTTP and on a USB stick (docs/sync-protocol.md):

    b"SLP1" | u32 header length | header (canonical JSON)
            | u32 body length   | body = sealed box of zstd(JSON payload)
            | Ed25519 signature (64 bytes) over everything before it

The body is sealed (ephemeral X25519 → HKDF-SHA256 → AES-256-GCM) to the recipient's public
key with `MAGIC + header` as associated data, so the header cannot be changed without the box
failing to open, and the signature proves which key made the parcel. The parcel's hash
(SHA-256 of all its bytes) chains a device's parcels: each header names the previous hash.
"""
from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any

import msgspec
import zstandard

from app.security.sealing import SealError, open_sealed, seal
from app.security.signing import BadSignature, sign, verify

MAGIC = b"SLP1"
FORMAT_VERSION = 1
SEAL_INFO = b"station-ledger parcel v1"
SIGNATURE_LENGTH = 64
MAX_PARCEL_BYTES = 64 * 1024 * 1024
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
ZSTD_LEVEL = 3


class ParcelError(Exception):
    """A parcel, receipt or request is malformed, tampered with, or not for us."""


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# The fast codec for bulk JSON (payloads, stored snapshots): msgspec, compact, UTF-8 as is.
_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder()
JSON_ERRORS = (msgspec.DecodeError, ValueError, RecursionError)


def json_text(value: Any) -> str:
    """Compact JSON text of `value` (UTF-8 kept, not escaped; key order as given). Raises
    TypeError for a value JSON cannot hold."""
    try:
        return _ENCODER.encode(value).decode()
    except msgspec.EncodeError as exc:
        raise TypeError(str(exc)) from exc


def json_value(data: bytes | str) -> Any:
    """The value of a JSON document; one of JSON_ERRORS if it is not JSON (NaN and
    Infinity are not JSON and are refused)."""
    return _DECODER.decode(data)


def parcel_hash(parcel: bytes) -> str:
    return hashlib.sha256(parcel).hexdigest()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class Parcel:
    header: dict
    payload: dict
    hash: str
    size: int = 0  # bytes of the payload after decompression


def make_parcel(header: dict, payload: dict, *, recipient_box_public: bytes,
                sender_sign_private: bytes) -> bytes:
    header = {**header, "v": FORMAT_VERSION}
    header_bytes = canonical_json(header)
    compressed = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(canonical_json(payload))
    body = seal(recipient_box_public, compressed, aad=MAGIC + header_bytes, info=SEAL_INFO)
    unsigned = (MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
                + struct.pack(">I", len(body)) + body)
    return unsigned + sign(sender_sign_private, unsigned)


def read_header(parcel: bytes) -> tuple[dict, bytes, bytes, bytes]:
    """Split a parcel without opening it: (header, header bytes, body, signed part)."""
    if len(parcel) > MAX_PARCEL_BYTES:
        raise ParcelError("parcel too large")
    if len(parcel) < len(MAGIC) + 8 + SIGNATURE_LENGTH or not parcel.startswith(MAGIC):
        raise ParcelError("not a parcel, or truncated")
    position = len(MAGIC)
    (header_length,) = struct.unpack_from(">I", parcel, position)
    position += 4
    header_bytes = parcel[position:position + header_length]
    position += header_length
    if len(parcel) < position + 4:
        raise ParcelError("truncated parcel")
    (body_length,) = struct.unpack_from(">I", parcel, position)
    position += 4
    body = parcel[position:position + body_length]
    position += body_length
    if len(body) != body_length or len(parcel) != position + SIGNATURE_LENGTH:
        raise ParcelError("parcel lengths do not add up")
    try:
        header = json.loads(header_bytes)
    except (ValueError, RecursionError) as exc:
        raise ParcelError("header is not JSON") from exc
    if not isinstance(header, dict) or header.get("v") != FORMAT_VERSION:
        raise ParcelError("unknown parcel format version")
    return header, header_bytes, body, parcel[:position]


def verify_parcel_signature(parcel: bytes, sender_sign_public: bytes) -> None:
    *_, signed = read_header(parcel)
    try:
        verify(sender_sign_public, signed, parcel[len(signed):])
    except BadSignature as exc:
        raise ParcelError("parcel signature does not verify") from exc


def _decompress(compressed: bytes, limit: int) -> bytes:
    """zstd, streamed, refusing output beyond `limit` bytes (whatever the frame declares)."""
    reader = zstandard.ZstdDecompressor().stream_reader(compressed)
    raw = reader.read(limit + 1)
    while len(raw) <= limit:
        more = reader.read(limit + 1 - len(raw))
        if not more:
            break
        raw += more
    if len(raw) > limit:
        raise ParcelTooBig("parcel payload too large when decompressed")
    return raw


class ParcelTooBig(ParcelError):
    """A parcel's payload is over the size or item limit of the one opening it."""


def open_parcel(parcel: bytes, *, sender_sign_public: bytes, recipient_box_private: bytes,
                max_payload_bytes: int = MAX_PAYLOAD_BYTES,
                max_changes: int | None = None) -> Parcel:
    """Verify the signature, open the box, decompress (at most `max_payload_bytes`; with
    `max_changes`, at most that many `"change_id"` keys, counted before parsing): the whole
    parcel, ParcelTooBig past a limit, or ParcelError. The signature is checked before
    anything is decrypted or decompressed."""
    header, header_bytes, body, _signed = read_header(parcel)
    verify_parcel_signature(parcel, sender_sign_public)
    try:
        compressed = open_sealed(recipient_box_private, body, aad=MAGIC + header_bytes,
                                 info=SEAL_INFO)
        raw = _decompress(compressed, max_payload_bytes)
    except (SealError, zstandard.ZstdError) as exc:
        raise ParcelError("parcel body does not open") from exc
    if max_changes is not None and raw.count(b'"change_id":') > max_changes:
        raise ParcelTooBig("too many changes in one parcel")
    try:
        payload = json_value(raw)
    except JSON_ERRORS as exc:
        raise ParcelError("parcel payload is not readable JSON") from exc
    if not isinstance(payload, dict):
        raise ParcelError("parcel payload is not an object")
    return Parcel(header=header, payload=payload, hash=parcel_hash(parcel), size=len(raw))


# -- signed JSON documents: receipts (county → device) and pull requests (device → county) ----
def sign_document(body: dict, sign_private: bytes) -> bytes:
    signature = sign(sign_private, canonical_json(body))
    return canonical_json({"body": body, "signature": b64(signature)})


def read_document(data: bytes, sign_public: bytes | None) -> dict:
    """The body of a signed document; verified when `sign_public` is given."""
    try:
        wrapper = json.loads(data)
        body, signature = wrapper["body"], unb64(wrapper["signature"])
        if not isinstance(body, dict):
            raise ValueError("body")
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ParcelError("not a signed document") from exc
    if sign_public is not None:
        try:
            verify(sign_public, canonical_json(body), signature)
        except (BadSignature, RecursionError) as exc:
            raise ParcelError("document signature does not verify") from exc
    return body
