"""What a device and the county share about enrolment: the county key fingerprint printed with
the enrolment code, and how secrets in an enrolment request are sealed to the county key.

Fingerprint: SHA-256 over a label, the county's Ed25519 signing key and X25519 box key; the
first 15 bytes (120 bits) written in the enrolment-code alphabet (no 0/O, 1/I) as six groups
of four: `K7QM-3XHD-…`. The device's checks (typed fingerprint, server address) are in
app.sync.trust; the county prints it (app.server.keys).
"""
from __future__ import annotations

import hashlib

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols, read over the phone
FINGERPRINT_LABEL = b"station-ledger county keys v1"
FINGERPRINT_BYTES = 15
FINGERPRINT_SYMBOLS = FINGERPRINT_BYTES * 8 // 5
ENROL_SEAL_INFO = b"station-ledger enrolment v1"


def county_fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """`XXXX-XXXX-XXXX-XXXX-XXXX-XXXX` for the county's two public keys (32 bytes each)."""
    digest = hashlib.sha256(FINGERPRINT_LABEL + sign_public + box_public).digest()
    number = int.from_bytes(digest[:FINGERPRINT_BYTES], "big")
    symbols = []
    for _ in range(FINGERPRINT_SYMBOLS):
        number, index = divmod(number, 32)
        symbols.append(ALPHABET[index])
    text = "".join(reversed(symbols))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def enrol_seal_aad(device_id: str, sign_public_b64: str) -> bytes:
    """What a secret sealed in an enrolment request is bound to: the device id and its
    signing key (a relay cannot move it into a request of its own)."""
    return b"SLE1" + device_id.encode() + b"|" + sign_public_b64.encode()
