"""The key file beside the encrypted database (see docs/security-model.md).

It holds the database's random 256-bit data key only in wrapped form: one slot per user, under
an Argon2id key from that user's password, and one copy sealed to the county recovery key. The
sign-in lockout counters live here because the database cannot be opened before sign-in.
Every method that changes the keyring writes the file at once.
"""
from __future__ import annotations

import base64
import hmac
import json
import math
import os
import time
import unicodedata
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from app.errors import N_, AuthenticationError, LockedOut, StoreError, UserError, ValidationError
from app.security.aead import WrongKey, unwrap_key, wrap_key
from app.security.kdf import SALT_LENGTH, KdfParams, default_kdf_params, derive_key
from app.security.sealing import SealError, open_sealed, public_key_fingerprint, seal

FORMAT, VERSION = "station-ledger-keyring", 1
RECOVERY_AAD, RECOVERY_INFO = b"recovery", b"station-ledger recovery v1"
KEY_CHECK_LABEL = b"station-ledger key check"
FREE_FAILURES, FIRST_DELAY_SECONDS, MAX_DELAY_SECONDS = 3, 30, 15 * 60


class RecoveryFailed(UserError):
    """The county recovery key does not open this station's key file."""


@dataclass(frozen=True)
class Unlocked:
    """A successful sign-in: who, the database key, and how many wrong passwords preceded it."""
    user_id: str
    data_key: bytes = field(repr=False)
    failures_before: int


@dataclass(frozen=True)
class PasswordSlot:
    user_id: str
    username: str
    salt: bytes
    kdf: KdfParams
    wrapped: bytes


def lockout_delay_seconds(failures: int) -> int:
    """Wait after `failures` wrong passwords: none up to 3, then 30 s doubling, at most 15 min."""
    if failures <= FREE_FAILURES:
        return 0
    return min(FIRST_DELAY_SECONDS * 2 ** min(failures - FREE_FAILURES - 1, 16), MAX_DELAY_SECONDS)


def validate_new_password(password: str) -> None:
    """At least 8 characters, not one character repeated; deliberately nothing more."""
    if len(password) < 8:
        raise ValidationError(N_("The password needs at least 8 characters."), field="password")
    if len(set(password)) == 1:
        raise ValidationError(N_("The password must not be one character repeated."),
                              field="password")


def _username_key(username: str) -> str:
    return unicodedata.normalize("NFC", username).strip().casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _key_check(data_key: bytes) -> str:
    return hmac.new(data_key, KEY_CHECK_LABEL, sha256).hexdigest()


def _slot_aad(user_id: str) -> bytes:
    return b"slot:" + user_id.encode("utf-8")


def _write_atomically(path: Path, content: bytes) -> None:
    """Temporary file (mode 0o600), fsync, rename over `path`, fsync the folder."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)  # so the new file is created with our mode
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        if os.name == "posix":
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(N_("The key file %1 cannot be written."), path) from exc


class Keyring:
    """Wrapped copies of the data key, plus sign-in lockout counters."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._slots: dict[str, PasswordSlot] = {}  # by user_id
        self._recovery: dict | None = None         # {"key_id": str, "sealed": bytes}
        self._lockout: dict[str, dict] = {}        # by username key, saved in the file
        self._unknown_lockout: dict[str, dict] = {}  # names with no slot: memory only
        self._key_check: str | None = None

    @classmethod
    def load(cls, path: Path) -> "Keyring":
        """Read the key file; a missing file gives an empty keyring."""
        keyring = cls(path)
        try:
            data = json.loads(keyring.path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return keyring
        except OSError as exc:
            raise StoreError(N_("The key file %1 cannot be read."), keyring.path) from exc
        except ValueError as exc:
            raise StoreError(N_("The key file %1 is damaged."), keyring.path) from exc
        try:
            if data["format"] != FORMAT or data["version"] != VERSION:
                raise ValueError("unknown format or version")
            for s in data["slots"]:
                keyring._slots[s["user_id"]] = PasswordSlot(
                    str(s["user_id"]), str(s["username"]), _unb64(s["salt"]),
                    KdfParams.from_dict(s["kdf"]), _unb64(s["wrapped"]))
            if data["recovery"] is not None:
                keyring._recovery = {"key_id": str(data["recovery"]["key_id"]),
                                     "sealed": _unb64(data["recovery"]["sealed"])}
            keyring._lockout = {str(name): {"failures": int(e["failures"]),
                                            "last_failure_at": float(e["last_failure_at"])}
                                for name, e in data["lockout"].items()}
            keyring._key_check = str(data["key_check"]) if data["key_check"] else None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(N_("The key file %1 is damaged."), keyring.path) from exc
        return keyring

    def save(self) -> None:
        recovery = self._recovery and {"key_id": self._recovery["key_id"],
                                       "sealed": _b64(self._recovery["sealed"])}
        slots = [{"user_id": s.user_id, "username": s.username, "salt": _b64(s.salt),
                  "kdf": s.kdf.to_dict(), "wrapped": _b64(s.wrapped)} for s in self._slots.values()]
        data = {"format": FORMAT, "version": VERSION, "key_check": self._key_check,
                "slots": slots, "recovery": recovery, "lockout": self._lockout}
        _write_atomically(self.path, json.dumps(data, indent=1, ensure_ascii=False).encode())

    def _slot_for(self, username: str) -> PasswordSlot | None:
        key = _username_key(username)
        return next((s for s in self._slots.values() if _username_key(s.username) == key), None)

    def has_user(self, username: str) -> bool:
        return self._slot_for(username) is not None

    def usernames(self) -> list[str]:
        return sorted(s.username for s in self._slots.values())

    def add_password_slot(self, user_id: str, username: str, password: str, data_key: bytes,
                          params: KdfParams | None = None) -> None:
        """Let `username` reach `data_key` with `password` (replaces that user's slot).

        Does not apply the password policy: callers use validate_new_password first."""
        username = unicodedata.normalize("NFC", username).strip()
        if not username:
            raise ValidationError(N_("Enter a user name."), field="username")
        other = self._slot_for(username)
        if other is not None and other.user_id != user_id:
            raise ValidationError(N_("The user name %1 is already taken."), username,
                                  field="username")
        self._require_data_key(data_key)
        params = params or default_kdf_params()
        salt = os.urandom(SALT_LENGTH)
        wrapped = wrap_key(derive_key(password, salt, params), data_key, aad=_slot_aad(user_id))
        self._slots[user_id] = PasswordSlot(user_id, username, salt, params, wrapped)
        self.save()

    def remove_slot(self, user_id: str) -> None:
        slot = self._slots.pop(user_id, None)
        if slot is not None:
            self._lockout.pop(_username_key(slot.username), None)
            self.save()

    def unlock(self, username: str, password: str, *, now: float | None = None) -> Unlocked:
        """Check the password and return the data key, enforcing and counting failures."""
        now = time.time() if now is None else now
        slot = self._slot_for(username)
        counters = self._lockout if slot else self._unknown_lockout
        name = _username_key(username)
        entry = counters.get(name, {"failures": 0, "last_failure_at": 0.0})
        delay = lockout_delay_seconds(entry["failures"])
        seconds_left = min(delay, entry["last_failure_at"] + delay - now)
        if seconds_left > 0:
            raise LockedOut(math.ceil(seconds_left))
        try:
            if slot is None:  # spend the same work, so timing does not reveal unknown names
                derive_key(password, os.urandom(SALT_LENGTH), self._typical_params())
                raise WrongKey("no such user")
            kek = derive_key(password, slot.salt, slot.kdf)
            data_key = unwrap_key(kek, slot.wrapped, aad=_slot_aad(slot.user_id))
        except WrongKey:
            counters[name] = {"failures": entry["failures"] + 1, "last_failure_at": now}
            self.save()  # also for unknown names (same cost), though they stay out of the file
            raise AuthenticationError(N_("Wrong user name or password.")) from None
        if self._key_check is not None and not self.check_data_key(data_key):
            raise StoreError(N_("The key file %1 is damaged."), self.path)
        if counters.pop(name, None) is not None:
            self.save()
        return Unlocked(slot.user_id, data_key, entry["failures"])

    def _typical_params(self) -> KdfParams:
        return next(iter(self._slots.values())).kdf if self._slots else default_kdf_params()

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """Re-wrap the same data key under the new password and a fresh salt."""
        unlocked = self.unlock(username, old_password)
        slot = self._slots[unlocked.user_id]
        self.add_password_slot(slot.user_id, slot.username, new_password, unlocked.data_key)

    def reset_password(self, user_id: str, username: str, new_password: str,
                       data_key: bytes) -> None:
        """Give a user a new password after recovery; clears that user's lockout."""
        self._lockout.pop(_username_key(username), None)
        self.add_password_slot(user_id, username, new_password, data_key)

    def set_recovery(self, county_recovery_public: bytes, data_key: bytes) -> None:
        self._require_data_key(data_key)
        sealed = seal(county_recovery_public, data_key, aad=RECOVERY_AAD, info=RECOVERY_INFO)
        self._recovery = {"key_id": public_key_fingerprint(county_recovery_public),
                          "sealed": sealed}
        self.save()

    def recovery_key_id(self) -> str | None:
        return self._recovery["key_id"] if self._recovery else None

    def recover_data_key(self, county_recovery_private: bytes) -> bytes:
        """Open the sealed copy of the data key with the county's private recovery key."""
        if self._recovery is None:
            raise RecoveryFailed(N_("No county recovery key is set up for this station."))
        try:
            data_key = open_sealed(county_recovery_private, self._recovery["sealed"],
                                   aad=RECOVERY_AAD, info=RECOVERY_INFO)
        except SealError:
            raise RecoveryFailed(N_("This recovery key does not fit this station.")) from None
        if self._key_check is not None and not self.check_data_key(data_key):
            raise RecoveryFailed(N_("This recovery key does not fit this station."))
        return data_key

    def set_key_check(self, data_key: bytes) -> None:
        self._key_check = _key_check(data_key)
        self.save()

    def check_data_key(self, data_key: bytes) -> bool:
        """True if `data_key` is this keyring's database key (constant-time comparison)."""
        return self._key_check is not None and hmac.compare_digest(_key_check(data_key),
                                                                   self._key_check)

    def _require_data_key(self, data_key: bytes) -> None:
        """Refuse to wrap anything but this keyring's data key (first use sets the check)."""
        if len(data_key) != 32:
            raise ValueError("the data key must be 32 bytes")
        if self._key_check is None:
            self._key_check = _key_check(data_key)
        elif not self.check_data_key(data_key):
            raise ValueError("this is not the database key of this keyring")
