"""Sealed boxes to an X25519 public key (county recovery key, sync parcels).

Format: b"SLS1" || ephemeral public key (32) || nonce (12) || AES-256-GCM ciphertext.
The box key is HKDF-SHA256(ECDH shared secret, salt = eph_pub || recipient_pub, info).
"""
from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"SLS1"
KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
HEADER_LENGTH = len(MAGIC) + KEY_LENGTH + NONCE_LENGTH
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


class SealError(Exception):
    """A sealed box could not be opened (wrong key, aad or info; damaged or truncated)."""


def _raw_public(public_key: X25519PublicKey) -> bytes:
    return public_key.public_bytes(*_RAW)


def generate_x25519() -> tuple[bytes, bytes]:
    """A new key pair as (raw private 32 bytes, raw public 32 bytes)."""
    private = X25519PrivateKey.generate()
    private_raw = private.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    return private_raw, _raw_public(private.public_key())


def _box_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes, info: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=eph_pub + recipient_pub,
                info=info)
    return hkdf.derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, *, aad: bytes, info: bytes) -> bytes:
    """Encrypt `plaintext` so only the holder of the matching private key can open it."""
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    eph_pub = _raw_public(ephemeral.public_key())
    key = _box_key(ephemeral.exchange(recipient), eph_pub, recipient_public, info)
    nonce = os.urandom(NONCE_LENGTH)
    return MAGIC + eph_pub + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(recipient_private: bytes, sealed: bytes, *, aad: bytes, info: bytes) -> bytes:
    """Open a sealed box; raises SealError if anything does not fit."""
    if len(sealed) < HEADER_LENGTH + TAG_LENGTH or not sealed.startswith(MAGIC):
        raise SealError("not a sealed box, or truncated")
    eph_pub = sealed[len(MAGIC):len(MAGIC) + KEY_LENGTH]
    nonce = sealed[len(MAGIC) + KEY_LENGTH:HEADER_LENGTH]
    try:
        private = X25519PrivateKey.from_private_bytes(recipient_private)
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = _box_key(shared, eph_pub, _raw_public(private.public_key()), info)
        return AESGCM(key).decrypt(nonce, sealed[HEADER_LENGTH:], aad)
    except (InvalidTag, ValueError) as exc:
        raise SealError("sealed box does not open with this key") from exc


def public_key_fingerprint(public: bytes) -> str:
    """First 16 hex characters of SHA-256 of the raw public key (display and key ids)."""
    return hashlib.sha256(public).hexdigest()[:16]
