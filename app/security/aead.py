"""AES-256-GCM with a random 12-byte nonce; blobs are nonce || ciphertext-with-tag."""
from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LENGTH = 12
TAG_LENGTH = 16


class WrongKey(Exception):
    """Decryption failed: wrong key, wrong associated data, or tampered/truncated blob."""


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate `plaintext` (and `aad`) under a 32-byte key."""
    if len(key) != 32:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    nonce = os.urandom(NONCE_LENGTH)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Reverse `encrypt`; raises WrongKey if anything does not authenticate."""
    if len(key) != 32:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    if len(blob) < NONCE_LENGTH + TAG_LENGTH:
        raise WrongKey("ciphertext too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_LENGTH], blob[NONCE_LENGTH:], aad)
    except InvalidTag as exc:
        raise WrongKey("authentication failed") from exc


def wrap_key(kek: bytes, key: bytes, aad: bytes) -> bytes:
    """Encrypt a key under a key-encryption key."""
    return encrypt(kek, key, aad)


def unwrap_key(kek: bytes, wrapped: bytes, aad: bytes) -> bytes:
    """Decrypt a wrapped key; raises WrongKey on any authentication failure."""
    return decrypt(kek, wrapped, aad)
