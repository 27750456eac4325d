"""A second device for an existing station (e.g. the supervisor's laptop), joined resumably.

Instead of setting up a new station, the device gets its own encrypted store and device keys,
enrolls with a code the county issued for the station, pulls the station's records (users,
households, cases ...) and gives the named, already existing user a password on this device.

Every step can be cut (kill -9, power, the link) and the same `sync-join` command run again
finishes it. While a join is under way the folder holds `join.json` (the step reached; no
secret) and is not "set up", so nobody can sign in to a half-filled store:

1. `creating`: the marker is written first, then the store (random data key, device keys).
   A folder cut here is cleared and started again (nothing was sent to the county).
2. `keys`: the key file holds the data key wrapped under the password given for the join (a
   temporary slot) and sealed to the county recovery key. From here on a retry opens the same
   store with the same password, so the device keeps its identity.
3. `enrolled`: the county recorded this device's keys; the code is bound to this device id,
   which may present it again (a retry), no other device may.
4. pulling: the pull cursor is kept in the store, so a retry continues where it stopped.
5. the user's own key slot replaces the temporary one, the station id is set, and the marker
   is removed last: only now is the folder set up.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.errors import N_, AuthenticationError, NotFound, StoreError, ValidationError
from app.files import write_atomically
from app.models import User
from app.models.store import DATABASE_FILENAME
from app.security.keyring import Keyring, validate_new_password
from app.services.station import JOIN_MARKER, create_device_store, keyring_path, open_store
from app.sync.client import SyncClient, SyncReport, verified_county_keys
from app.sync.transport import HttpTransport
from app.sync.trust import check_server_url

JOIN_SLOT = "join-in-progress"  # user id of the temporary key slot while joining


def _join_name(username: str) -> str:
    """The temporary slot's user name ('#' never occurs in a real user name)."""
    return username + "#join"
STEPS = ("creating", "keys", "enrolled", "pulled", "done")

# Fault-injection point for tests (kill -9 at each step); None in the app.
step_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if step_hook is not None:
        step_hook(name)


def _marker(data_dir: Path) -> dict | None:
    try:
        return json.loads((data_dir / JOIN_MARKER).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"step": "creating"}  # unreadable: treat as not started


def _write_marker(data_dir: Path, step: str, username: str) -> None:
    write_atomically(data_dir / JOIN_MARKER,
                     json.dumps({"step": step, "username": username}).encode())
    _step(step)


def _clear_unfinished_store(data_dir: Path) -> None:
    for name in (DATABASE_FILENAME, DATABASE_FILENAME + "-wal", DATABASE_FILENAME + "-shm",
                 "keyring.json"):
        (data_dir / name).unlink(missing_ok=True)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)


def join_in_progress(data_dir: Path) -> bool:
    """True while a join of this folder has started and not finished."""
    return (Path(data_dir) / JOIN_MARKER).exists()


def join_station(data_dir: Path, *, url: str, code: str, username: str, password: str,
                 county_recovery_public: bytes, fingerprint: str, label: str = "",
                 allow_plain_http: bool = False,
                 transport: HttpTransport | None = None) -> SyncReport:
    """Join (or finish joining) this folder to the station of `code`; see the module text.
    Only the county keys that give `fingerprint` are trusted (checked, with the address rule,
    before anything is created or sent, on every attempt).

    Raises StoreError if a station is already set up here, AuthenticationError when a retry
    gives another password than the first attempt, LinkDown/ServerRefused from the county,
    UntrustedServer for other keys, NotFound if the station has no user `username`."""
    data_dir = Path(data_dir)
    marker = _marker(data_dir)
    if marker is None and (data_dir / DATABASE_FILENAME).exists():
        raise StoreError(N_("A station is already set up in %1."), data_dir)
    validate_new_password(password)
    username = username.strip().lower()
    check_server_url(url, allow_plain_http)
    transport = transport or HttpTransport(url)
    verified_county_keys(transport, fingerprint)  # before anything is made or sent
    if marker is None or marker.get("step") == "creating":
        data_dir.mkdir(parents=True, exist_ok=True)
        _clear_unfinished_store(data_dir)
        _write_marker(data_dir, "creating", username)
        store, data_key = create_device_store(data_dir, county_recovery_public)
        try:
            _step("store-created")
            keyring = Keyring.load(keyring_path(data_dir))
            keyring.set_key_check(data_key)
            keyring.set_recovery(county_recovery_public, data_key)
            keyring.add_password_slot(JOIN_SLOT, _join_name(username), password, data_key)
            _write_marker(data_dir, "keys", username)
        except BaseException:
            store.close()
            raise
    else:
        if marker.get("username") != username:
            raise ValidationError(N_("This folder is being joined for the user %1; finish that "
                                     "join or choose an empty folder."), marker.get("username"),
                                  field="username")
        keyring = Keyring.load(keyring_path(data_dir))
        slot_name = username if keyring.has_user(username) else _join_name(username)
        try:
            data_key = keyring.unlock(slot_name, password).data_key
        except AuthenticationError:
            raise AuthenticationError(N_("To finish joining this computer, give the same "
                                         "password as in the first attempt.")) from None
        store = open_store(data_dir, data_key)
    try:
        return _finish(data_dir, store, keyring, data_key, url=url, code=code, username=username,
                       password=password, label=label, transport=transport,
                       fingerprint=fingerprint, allow_plain_http=allow_plain_http)
    finally:
        store.close()


def _finish(data_dir: Path, store, keyring: Keyring, data_key: bytes, *, url: str, code: str,
            username: str, password: str, label: str,
            transport: HttpTransport | None, fingerprint: str,
            allow_plain_http: bool) -> SyncReport:
    client = SyncClient(store, transport or HttpTransport(url),
                        progress=lambda p: _step(f"pull-{p.stage}"))
    # again on a retry: the code knows this device
    answer = client.enroll(url, code, label, fingerprint=fingerprint,
                           allow_plain_http=allow_plain_http)
    if not answer.get("station_org_id"):
        raise ValidationError(N_("The station's own computer has not synced yet; sync it "
                                 "first, then join this device."))
    _write_marker(data_dir, "enrolled", username)
    report = SyncReport()
    client._pull_all(report)
    _write_marker(data_dir, "pulled", username)
    with store.transaction() as session:
        user = session.scalar(select(User).where(User.username == username,
                                                 User.deleted_at.is_(None)))
        if user is None or user.station_id != answer["station_org_id"]:
            raise NotFound(N_("There is no user %1 at this station."), username)
        store.set_meta(session, "station_id", answer["station_org_id"])
        user_id, name = user.id, user.username
    keyring.add_password_slot(user_id, name, password, data_key)
    _step("user-slot")
    keyring.remove_slot(JOIN_SLOT)
    _step("join-slot-removed")
    os.unlink(data_dir / JOIN_MARKER)
    _step("done")
    return report
