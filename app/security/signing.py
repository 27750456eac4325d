"""Ed25519 signatures over raw 32-byte keys."""
from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


class BadSignature(Exception):
    """The signature does not match the data and public key."""


def generate_ed25519() -> tuple[bytes, bytes]:
    """A new key pair as (raw private 32 bytes, raw public 32 bytes)."""
    private = Ed25519PrivateKey.generate()
    private_raw = private.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    public_raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                   serialization.PublicFormat.Raw)
    return private_raw, public_raw


def sign(private_raw: bytes, data: bytes) -> bytes:
    """A 64-byte Ed25519 signature of `data`."""
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(data)


def verify(public_raw: bytes, data: bytes, signature: bytes) -> None:
    """Return quietly if the signature is valid; otherwise raise BadSignature."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError) as exc:
        raise BadSignature("signature does not verify") from exc
