"""Password-based key derivation: Argon2id with parameters stored beside each key slot.

`default_kdf_params()` returns the production cost (64 MiB, 3 passes, 4 lanes). Setting the
environment variable STATION_LEDGER_FAST_KDF=1 makes it return a cheap 8 MiB / 1 pass setting;
that exists only so the test suite stays fast and must never be set on a real station.
"""
from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32
SALT_LENGTH = 16
MIN_MEMORY_KIB = 8192  # 8 MiB: the floor accepted from a file
FAST_KDF_ENV = "STATION_LEDGER_FAST_KDF"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over memory, parallel lanes."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "KdfParams":
        """Load parameters read from a file, refusing values too weak to trust."""
        try:
            params = cls(memory_kib=int(d["memory_kib"]), iterations=int(d["iterations"]),
                         lanes=int(d["lanes"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"bad KDF parameters: {d!r}") from exc
        if params.memory_kib < MIN_MEMORY_KIB:
            raise ValueError(f"KDF memory {params.memory_kib} KiB is below {MIN_MEMORY_KIB} KiB")
        if params.iterations < 1:
            raise ValueError("KDF iterations must be at least 1")
        if params.lanes < 1:
            raise ValueError("KDF lanes must be at least 1")
        return params


DEFAULT_KDF_PARAMS = KdfParams()
FAST_TEST_KDF_PARAMS = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1, lanes=1)


def default_kdf_params() -> KdfParams:
    """Production parameters, or the cheap test ones when STATION_LEDGER_FAST_KDF=1."""
    from app.environment import environment

    if environment().fast_kdf:
        return FAST_TEST_KDF_PARAMS
    return DEFAULT_KDF_PARAMS


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key from `password` (NFC-normalised, UTF-8) and a 16-byte salt."""
    if len(salt) != SALT_LENGTH:
        raise ValueError(f"salt must be {SALT_LENGTH} bytes")
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    kdf = Argon2id(salt=salt, length=KEY_LENGTH, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(secret)
