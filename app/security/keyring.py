"""The key file beside the encrypted database (see docs/security-model.md).

It holds the database's random 256-bit data key only in wrapped form: one slot per user, under
an Argon2id key from that user's password, and one copy sealed to the county recovery key. The
sign-in lockout counters live here because the database cannot be opened before sign-in.
Every method that changes the keyring writes the file at once, under a lock (see below).

Concurrent use (several app windows, the command line, threads): one writer at a time holds
an OS file lock on `keyring.json.lock` (the `filelock` library: flock on POSIX, msvcrt on
Windows); inside it the file is read again, changed and written with `app.files`
(unique temporary file, fsync, atomic replace, fsync of the folder), so no update is lost and
no reader ever sees a partial file. A sign-in attempt is *counted before its guess is
evaluated* (inside the lock), so parallel attempts cannot outrun the lockout, and an attempt
refused during a lockout is counted too. The waiting time runs on the boot clock
(CLOCK_BOOTTIME, with the boot id) when the failure happened in the same boot, so moving the
wall clock forward or back does not end a lockout; after a reboot the wall clock is all there
is (a clock set back never shortens the wait).
"""
from __future__ import annotations

import base64
import hmac
import json
import math
import os
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

from filelock import FileLock, Timeout

from app.errors import N_, AuthenticationError, LockedOut, StoreError, UserError, ValidationError
from app.files import write_atomically
from app.security.aead import WrongKey, unwrap_key, wrap_key
from app.security.kdf import SALT_LENGTH, KdfParams, default_kdf_params, derive_key
from app.security.sealing import SealError, open_sealed, public_key_fingerprint, seal

FORMAT, VERSION = "station-ledger-keyring", 1
RECOVERY_AAD, RECOVERY_INFO = b"recovery", b"station-ledger recovery v1"
KEY_CHECK_LABEL = b"station-ledger key check"
FREE_FAILURES, FIRST_DELAY_SECONDS, MAX_DELAY_SECONDS = 3, 30, 15 * 60
LOCK_TIMEOUT_SECONDS = 60
_unknown_names_lock = threading.Lock()  # counters of unknown names live in memory only
_UNKNOWN_NAME_COUNTERS: dict[str, dict[str, dict]] = {}  # by key file, then name


class RecoveryFailed(UserError):
    """The county recovery key does not open this station's key file."""


@dataclass(frozen=True)
class Unlocked:
    """A successful sign-in: who, the database key, and how many wrong passwords preceded it."""
    user_id: str
    data_key: bytes = field(repr=False)
    failures_before: int
    refused_before: int = 0  # attempts refused during a lockout (their guess never evaluated)


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


def _lockout_entry(raw: dict) -> dict:
    """A lockout counter: evaluated failures, refused attempts, and when the last failure was
    (wall clock, and boot clock with the boot id)."""
    return {"failures": int(raw["failures"]), "refused": int(raw.get("refused", 0)),
            "last_failure_at": float(raw["last_failure_at"]),
            "boot_id": str(raw.get("boot_id", "")), "boot_clock": float(raw.get("boot_clock", 0))}


def _seconds_left(entry: dict, now: float, uptime: float, boot: str) -> float:
    """Seconds until `entry` allows another attempt (never more than its full delay)."""
    delay = lockout_delay_seconds(entry["failures"])
    if delay == 0:
        return 0
    if boot and entry["boot_id"] == boot and uptime >= entry["boot_clock"]:
        elapsed = uptime - entry["boot_clock"]          # same boot: the wall clock is ignored
    else:
        elapsed = max(0.0, now - entry["last_failure_at"])  # clock set back: full wait
    return min(delay, delay - elapsed)


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


def boot_id() -> str:
    """This boot's id (Linux); "" where the system gives none (then only the wall clock)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read().strip()
    except OSError:
        return ""


def boot_clock() -> float:
    """Seconds since boot, suspend included; not changed by setting the wall clock."""
    clock = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(clock) if clock is not None else time.monotonic()


class Keyring:
    """Wrapped copies of the data key, plus sign-in lockout counters."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._slots: dict[str, PasswordSlot] = {}  # by user_id
        self._recovery: dict | None = None         # {"key_id": str, "sealed": bytes}
        self._lockout: dict[str, dict] = {}        # by username key, saved in the file
        self._key_check: str | None = None
        self._switched_off: dict[str, str] = {}    # username key -> user id, no slot left

    @classmethod
    def load(cls, path: Path) -> "Keyring":
        """Read the key file; a missing file gives an empty keyring."""
        keyring = cls(path)
        keyring._reload()
        return keyring

    def _reload(self) -> None:
        """Replace this object's state with the file's (a missing file: empty)."""
        try:
            data = json.loads(self.path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            self._slots, self._recovery, self._lockout, self._key_check = {}, None, {}, None
            self._switched_off = {}
            return
        except OSError as exc:
            raise StoreError(N_("The key file %1 cannot be read."), self.path) from exc
        except ValueError as exc:
            raise StoreError(N_("The key file %1 is damaged."), self.path) from exc
        try:
            if data["format"] != FORMAT or data["version"] != VERSION:
                raise ValueError("unknown format or version")
            slots = {}
            for s in data["slots"]:
                slots[s["user_id"]] = PasswordSlot(
                    str(s["user_id"]), str(s["username"]), _unb64(s["salt"]),
                    KdfParams.from_dict(s["kdf"]), _unb64(s["wrapped"]))
            recovery = None
            if data["recovery"] is not None:
                recovery = {"key_id": str(data["recovery"]["key_id"]),
                            "sealed": _unb64(data["recovery"]["sealed"])}
            lockout = {str(name): _lockout_entry(e) for name, e in data["lockout"].items()}
            key_check = str(data["key_check"]) if data["key_check"] else None
            switched_off = {str(name): str(user_id)
                            for name, user_id in (data.get("switched_off") or {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreError(N_("The key file %1 is damaged."), self.path) from exc
        self._slots, self._recovery, self._lockout, self._key_check = (
            slots, recovery, lockout, key_check)
        self._switched_off = switched_off

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the key file's lock, with this object refreshed from the file."""
        lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_SECONDS, mode=0o600)
        try:
            lock.acquire()
        except Timeout as exc:
            raise StoreError(N_("The key file %1 is busy; try again."), self.path) from exc
        except OSError as exc:
            raise StoreError(N_("The key file %1 cannot be written."), self.path) from exc
        try:
            self._reload()
            yield
        finally:
            lock.release()

    def _write(self) -> None:
        """Write this object's state (call with the lock held)."""
        recovery = self._recovery and {"key_id": self._recovery["key_id"],
                                       "sealed": _b64(self._recovery["sealed"])}
        slots = [{"user_id": s.user_id, "username": s.username, "salt": _b64(s.salt),
                  "kdf": s.kdf.to_dict(), "wrapped": _b64(s.wrapped)} for s in self._slots.values()]
        data = {"format": FORMAT, "version": VERSION, "key_check": self._key_check,
                "slots": slots, "recovery": recovery, "lockout": self._lockout,
                "switched_off": self._switched_off}
        try:
            write_atomically(self.path, json.dumps(data, indent=1, ensure_ascii=False).encode())
        except OSError as exc:
            raise StoreError(N_("The key file %1 cannot be written."), self.path) from exc

    def save(self) -> None:
        """Nothing to do: every change is written at once, under the lock. Kept so callers
        that save explicitly keep working; it never overwrites a newer file."""

    def _slot_for(self, username: str) -> PasswordSlot | None:
        key = _username_key(username)
        return next((s for s in self._slots.values() if _username_key(s.username) == key), None)

    def has_user(self, username: str) -> bool:
        return self._slot_for(username) is not None

    def user_ids(self) -> list[str]:
        """The user ids that have a password slot in this key file."""
        return sorted(self._slots)

    def usernames(self) -> list[str]:
        return sorted(s.username for s in self._slots.values())

    def add_password_slot(self, user_id: str, username: str, password: str, data_key: bytes,
                          params: KdfParams | None = None) -> None:
        """Let `username` reach `data_key` with `password` (replaces that user's slot).

        Does not apply the password policy: callers use validate_new_password first."""
        username = unicodedata.normalize("NFC", username).strip()
        if not username:
            raise ValidationError(N_("Enter a user name."), field="username")
        params = params or default_kdf_params()
        salt = os.urandom(SALT_LENGTH)
        wrapped = wrap_key(derive_key(password, salt, params), data_key, aad=_slot_aad(user_id))
        with self._locked():
            other = self._slot_for(username)
            if other is not None and other.user_id != user_id:
                raise ValidationError(N_("The user name %1 is already taken."), username,
                                      field="username")
            self._require_data_key(data_key)
            self._slots[user_id] = PasswordSlot(user_id, username, salt, params, wrapped)
            self._switched_off = {name: uid for name, uid in self._switched_off.items()
                                  if uid != user_id and name != _username_key(username)}
            self._write()

    def rename_slot(self, user_id: str, username: str) -> None:
        """The user's slot answers to `username` from now on (same password; the wrapped key
        is bound to the user id, not the name). No slot: nothing to do. ValidationError if
        another user's slot has that name."""
        username = unicodedata.normalize("NFC", username).strip()
        with self._locked():
            slot = self._slots.get(user_id)
            other = self._slot_for(username)
            if other is not None and other.user_id != user_id:
                raise ValidationError(N_("The user name %1 is already taken."), username,
                                      field="username")
            if slot is None or slot.username == username:
                return
            self._lockout.pop(_username_key(slot.username), None)
            self._slots[user_id] = PasswordSlot(user_id, username, slot.salt, slot.kdf,
                                                slot.wrapped)
            self._write()

    def switch_off(self, user_id: str) -> None:
        """The user was switched off: their slot goes (the old password no longer unwraps the
        data key), only a note of the name stays, so the right person trying to sign in is
        told to ask the admin. A new slot (add_password_slot) switches them on again."""
        with self._locked():
            slot = self._slots.pop(user_id, None)
            if slot is None:
                return
            self._lockout.pop(_username_key(slot.username), None)
            self._switched_off[_username_key(slot.username)] = user_id
            self._write()

    def remove_slot(self, user_id: str) -> None:
        with self._locked():
            slot = self._slots.pop(user_id, None)
            if slot is not None:
                self._lockout.pop(_username_key(slot.username), None)
                self._write()

    def _counters(self, has_slot: bool) -> dict[str, dict]:
        """Saved counters for names with a slot; memory-only ones (per process) for others."""
        if has_slot:
            return self._lockout
        with _unknown_names_lock:
            return _UNKNOWN_NAME_COUNTERS.setdefault(str(self.path.resolve()), {})

    def unlock(self, username: str, password: str, *, now: float | None = None,
               uptime: float | None = None) -> Unlocked:
        """Check the password and return the data key, enforcing and counting attempts.

        `now` (wall clock) and `uptime` (boot clock), in seconds, are for tests; given only
        `now`, both clocks move together. Raises LockedOut (seconds to wait) while locked out,
        AuthenticationError for a wrong name or password, StoreError if the file is busy or
        damaged. The attempt is counted, under the file lock, before the guess is evaluated."""
        if uptime is None:
            uptime = boot_clock() if now is None else now
        now = time.time() if now is None else now
        name, boot = _username_key(username), boot_id()
        with self._locked():
            slot = self._slot_for(username)
            counters = self._counters(slot is not None)
            entry = counters.get(name) or _lockout_entry({"failures": 0, "last_failure_at": 0})
            seconds_left = _seconds_left(entry, now, uptime, boot)
            if seconds_left > 0:
                counters[name] = {**entry, "refused": entry["refused"] + 1}
                if slot is not None:
                    self._write()
                raise LockedOut(math.ceil(seconds_left))
            counters[name] = {**entry, "failures": entry["failures"] + 1, "last_failure_at": now,
                              "boot_id": boot, "boot_clock": uptime}
            if slot is not None:
                self._write()
            params = slot.kdf if slot is not None else self._typical_params()
        try:
            if slot is None:  # spend the same work, so timing does not reveal unknown names
                derive_key(password, os.urandom(SALT_LENGTH), params)
                if name in self._switched_off:
                    raise AuthenticationError(N_("This account has been switched off. Ask the "
                                                 "station admin."))
                raise WrongKey("no such user")
            kek = derive_key(password, slot.salt, slot.kdf)
            data_key = unwrap_key(kek, slot.wrapped, aad=_slot_aad(slot.user_id))
        except WrongKey:
            raise AuthenticationError(N_("Wrong user name or password.")) from None
        if self._key_check is not None and not self.check_data_key(data_key):
            raise StoreError(N_("The key file %1 is damaged."), self.path)
        with self._locked():  # the right password: the count starts again
            if self._lockout.pop(name, None) is not None:
                self._write()
        return Unlocked(slot.user_id, data_key, entry["failures"], entry["refused"])

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
        self.add_password_slot(user_id, username, new_password, data_key)
        with self._locked():
            if self._lockout.pop(_username_key(username), None) is not None:
                self._write()

    def set_recovery(self, county_recovery_public: bytes, data_key: bytes) -> None:
        sealed = seal(county_recovery_public, data_key, aad=RECOVERY_AAD, info=RECOVERY_INFO)
        with self._locked():
            self._require_data_key(data_key)
            self._recovery = {"key_id": public_key_fingerprint(county_recovery_public),
                              "sealed": sealed}
            self._write()

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
        with self._locked():
            self._key_check = _key_check(data_key)
            self._write()

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
