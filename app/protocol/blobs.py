"""Attachment content between a station and the county: content-addressed, in pieces.

The content of an attachment (an `attachment_blob`, named by the SHA-256 hex of its bytes)
travels apart from the parcels, in pieces of `PIECE_BYTES` (64 KiB), so a cut link costs at
most one piece and a transfer resumes where it stopped:

    upload   POST /v1/blobs/status  signed JSON {device, sha256, size, at}
                                    -> {"received": n, "complete": bool}
             PUT  /v1/blobs/{sha256}/{offset}  body: device signature (64) || sealed piece
                                    -> {"received": n, "complete": bool}
    download POST /v1/blobs/fetch   signed JSON {device, sha256, offset, at}
                                    -> the piece at `offset`, sealed to the device
                                       (header X-Blob-Size: the whole size)

Pieces are sealed boxes (app.security.sealing) to the county's box key going up and to the
device's box key coming down, bound by `piece_aad` to device, content and offset; the upload
body is signed by the device (`piece_signed_bytes`). The county accepts pieces in order only
(an offset behind what it holds is answered with what it holds: a piece sent twice is
harmless), checks the SHA-256 of the whole once the last piece is in, and keeps the pieces
encrypted at rest. Both sides check the SHA-256 of what they assemble.
"""
from __future__ import annotations

import hashlib
import re

PIECE_BYTES = 64 * 1024
MAX_BLOB_BYTES = 10 * 1024 * 1024  # the station's limit per attached file, after processing
UP_INFO = b"station-ledger blob piece to county v1"
DOWN_INFO = b"station-ledger blob piece to device v1"
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
SIGNATURE_BYTES = 64
DEVICE_HEADER = "X-Device-Id"  # on an uploaded piece
BLOB_SIZE_HEADER = "X-Blob-Size"  # on a fetched piece
MAX_PIECE_BODY = SIGNATURE_BYTES + PIECE_BYTES + 4096  # signature, sealed piece, overhead


def piece_aad(direction: str, device_id: str, sha256: str, offset: int) -> bytes:
    """What a sealed piece is bound to ("up" or "down")."""
    return f"blob-{direction}|{device_id}|{sha256}|{offset}".encode()


def piece_signed_bytes(device_id: str, sha256: str, offset: int, sealed: bytes) -> bytes:
    """What the device signs for an uploaded piece."""
    return piece_aad("up", device_id, sha256, offset) + b"|" + \
        hashlib.sha256(sealed).hexdigest().encode()


def piece_count(size: int) -> int:
    return max(1, -(-size // PIECE_BYTES))
