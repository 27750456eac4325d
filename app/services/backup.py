"""Backups a worker can trust: made while the app is open, still encrypted, verified, rotated,
and restorable onto a new laptop (see docs/user-guide.md, "Backup and restore").

A backup is one folder `station-ledger-backup-YYYYMMDD-HHMMSS-ffffff/` holding

- `station.db`: a consistent copy of the store made by SQLite's `VACUUM INTO` from one read
  snapshot (the app may keep writing meanwhile), encrypted with the **same** raw data key;
- `keyring.json`: the key file at that moment (wrapped keys only: password slots and the copy
  sealed to the county recovery key; never the data key in the clear);
- `manifest.json`: format, times, station and device ids, schema revision, the size and
  SHA-256 of both files, and a SHA-256 of the manifest itself ("check").

It is written as a hidden `.…partial` folder, checked (opened with the key, `PRAGMA
cipher_integrity_check` and `integrity_check`, the key file's key check), then renamed into
place: a kill or a pulled USB stick leaves at worst a partial folder that is never listed and
is removed by the next backup. Only then are backups beyond the newest `keep` removed.

Restoring (`restore_backup`) checks the manifest and hashes first, opens the copy with a
user's password or the county recovery key, gives the restored store a **new device
identity** (the old device id is recorded as superseded, for the county to revoke), re-queues
every change the county never acknowledged under the new identity, and forgets the old
enrolment: the device enrols again, and the next sync delivers what was not delivered.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import delete, select, update

from app.errors import N_, NotFound, StoreError, UserError, ValidationError
from app.files import fsync_folder, write_atomically
from app.models import ChangeLogEntry, User, new_id, utc_now
from app.models.store import DATABASE_FILENAME, Store
from app.models.sync_state import OutgoingParcel, SyncServer
from app.security.keyring import Keyring, validate_new_password

FORMAT, VERSION = "station-ledger-backup", 1
PREFIX = "station-ledger-backup-"
MANIFEST = "manifest.json"
KEYRING = "keyring.json"
DEFAULT_KEEP = 10
LOCK_NAME = ".station-ledger-backup.lock"
Progress = Callable[[int, int], None]

# Device settings (meta table) for automatic backups.
AUTO_FOLDER, AUTO_HOURS, AUTO_KEEP, AUTO_LAST = (
    "backup_auto_folder", "backup_auto_hours", "backup_keep", "backup_last_auto_at")
SUPERSEDED = "superseded_device_ids"

_in_process = threading.Lock()


class BackupRefused(UserError):
    """A backup that is damaged, incomplete, not a backup, or not for this use."""


@dataclass(frozen=True)
class BackupInfo:
    """One complete backup folder: where, when (UTC), whose, and its size in bytes."""
    path: Path
    created_at: datetime
    station_id: str
    device_id: str
    schema_revision: str
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the new device id, the one it replaces, and what is waiting to sync."""
    data_dir: Path
    new_device_id: str
    superseded_device_id: str
    pending_changes: int
    records: int


@dataclass(frozen=True)
class _NewIdentity:
    device_id: str
    superseded_device_id: str
    user_id: str
    username: str
    pending_changes: int
    records: int


@dataclass(frozen=True)
class AutoBackupSettings:
    folder: str       # "" = automatic backups off
    every_hours: int  # 1 … 168
    keep: int         # 1 … 100
    last_at: datetime | None


# -- checking ---------------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _damaged(path: Path, what: str) -> BackupRefused:
    return BackupRefused(N_("The backup %1 is damaged or incomplete (%2); it cannot be used."),
                         path, what)


def check_database_copy(path: Path, data_key: bytes) -> dict[str, str]:
    """Open an encrypted copy read-only with `data_key`, check every page (HMAC and b-tree).

    Returns the copy's meta values (device_id, station_id) and its schema revision.
    Raises BackupRefused naming what failed."""
    import sqlcipher3

    try:
        connection = sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except Exception as exc:
        raise _damaged(path, "open") from exc
    try:
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise _damaged(path, "cipher_integrity_check")
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise _damaged(path, "integrity_check")
        meta = dict(connection.execute(
            "SELECT key, value FROM meta WHERE key IN ('device_id', 'station_id')").fetchall())
        meta["schema_revision"] = connection.execute(
            "SELECT version_num FROM alembic_version").fetchone()[0]
        return meta
    except BackupRefused:
        raise
    except Exception as exc:  # wrong key, not a database, truncated, no tables
        raise _damaged(path, "open") from exc
    finally:
        connection.close()


def _manifest_check(manifest: dict) -> str:
    """SHA-256 of the manifest's canonical JSON without its own "check" field."""
    body = {key: value for key, value in manifest.items() if key != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"))
                          .encode()).hexdigest()


def read_manifest(backup: Path) -> dict:
    """The manifest, after checking every listed file's size and SHA-256 (no key needed)."""
    backup = Path(backup)
    try:
        manifest = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
        if manifest["format"] != FORMAT or manifest["version"] != VERSION:
            raise ValueError("format")
        if manifest["check"] != _manifest_check(manifest):
            raise ValueError("check")
        files = manifest["files"]
        if set(files) != {DATABASE_FILENAME, KEYRING}:
            raise ValueError("files")
    except FileNotFoundError as exc:
        raise BackupRefused(N_("The folder %1 is not a Station Ledger backup."), backup) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _damaged(backup, MANIFEST) from exc
    for name, expected in files.items():
        path = backup / name
        try:
            if path.stat().st_size != int(expected["size"]) or _sha256(path) != expected["sha256"]:
                raise _damaged(backup, name)
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise _damaged(backup, name) from exc
    return manifest


def _info(path: Path, manifest: dict) -> BackupInfo:
    return BackupInfo(path=path, created_at=datetime.fromisoformat(manifest["created_at"]),
                      station_id=manifest["station_id"], device_id=manifest["device_id"],
                      schema_revision=manifest["schema_revision"],
                      size_bytes=sum(int(f["size"]) for f in manifest["files"].values()))


def list_backups(folder: Path, station_id: str | None = None) -> list[BackupInfo]:
    """Complete backups in `folder` (newest first), optionally of one station only.

    Reads manifests only (fast); `read_manifest` checks the files themselves."""
    found = []
    folder = Path(folder)
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        if not path.name.startswith(PREFIX) or not path.is_dir():
            continue
        try:
            manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
            info = _info(path, manifest)
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if station_id is None or info.station_id == station_id:
            found.append(info)
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)


# -- making -----------------------------------------------------------------------------------
def _remove_tree(path: Path) -> None:
    """Rename first (so a half-removed folder is never mistaken for a backup), then remove."""
    doomed = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.deleting")
    os.replace(path, doomed)
    shutil.rmtree(doomed, ignore_errors=True)


def _sweep_leftovers(folder: Path) -> None:
    """Remove partial folders left by an interrupted backup (called under the folder lock)."""
    for path in folder.iterdir():
        if path.name.startswith(f".{PREFIX}") and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)


def make_backup(store: Store, data_dir: Path, data_key: bytes, folder: Path, *,
                keep: int = DEFAULT_KEEP, progress: Progress | None = None) -> BackupInfo:
    """Write, verify and rotate one backup of the open `store` into `folder`.

    Raises BackupRefused/StoreError with a readable message (folder not writable, disk full,
    the copy failed its check); the previous backups are untouched in every case."""
    report = progress or (lambda _done, _total: None)
    folder = Path(folder)
    if not 1 <= keep <= 100:
        raise ValidationError(N_("Keep between 1 and 100 backups."), field="keep")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(folder / LOCK_NAME), timeout=120)
        with _in_process, lock:
            return _make_backup_locked(store, Path(data_dir), data_key, folder, keep, report)
    except Timeout as exc:
        raise StoreError(N_("Another backup into %1 is still running; try again later."),
                         folder) from exc
    except OSError as exc:
        raise StoreError(N_("The backup could not be written to %1 (%2). The earlier backups "
                            "are unchanged."), folder, exc.strerror or exc) from exc


def _make_backup_locked(store: Store, data_dir: Path, data_key: bytes, folder: Path, keep: int,
                        report: Progress) -> BackupInfo:
    _sweep_leftovers(folder)
    created = utc_now()
    name = PREFIX + created.strftime("%Y%m%d-%H%M%S-%f")
    partial = folder / f".{name}.partial"
    partial.mkdir(mode=0o700)
    report(0, 4)
    copy = partial / DATABASE_FILENAME
    raw = store.engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM INTO ?", (str(copy),))  # one consistent read snapshot
    except Exception as exc:
        raise StoreError(N_("The backup could not be written to %1 (%2). The earlier backups "
                            "are unchanged."), folder, str(exc)) from exc
    finally:
        raw.close()
    os.chmod(copy, 0o600)
    _fsync_file(copy)
    report(1, 4)
    keyring_bytes = (data_dir / KEYRING).read_bytes()  # replaced atomically: always whole
    write_atomically(partial / KEYRING, keyring_bytes)
    keyring = Keyring.load(partial / KEYRING)
    if not keyring.check_data_key(data_key):
        raise BackupRefused(N_("The key file does not fit this station's data; no backup was "
                               "made."))
    meta = check_database_copy(copy, data_key)
    report(2, 4)
    manifest = {
        "format": FORMAT, "version": VERSION, "created_at": created.isoformat(),
        "station_id": meta.get("station_id", ""), "device_id": meta.get("device_id", ""),
        "schema_revision": meta["schema_revision"],
        "files": {file: {"size": (partial / file).stat().st_size,
                         "sha256": _sha256(partial / file)}
                  for file in (DATABASE_FILENAME, KEYRING)}}
    manifest["check"] = _manifest_check(manifest)
    write_atomically(partial / MANIFEST, json.dumps(manifest, indent=1).encode())
    fsync_folder(partial)
    final = folder / name
    os.replace(partial, final)
    fsync_folder(folder)
    report(3, 4)
    info = _info(final, manifest)
    for old in list_backups(folder, info.station_id)[keep:]:
        _remove_tree(old.path)
    fsync_folder(folder)
    report(4, 4)
    return info


def back_up_now(workspace, folder: Path | str, *, keep: int | None = None,
                progress: Progress | None = None) -> BackupInfo:
    """The signed-in user's "Back up now" into `folder` (a USB stick, a second disk …)."""
    if not str(folder).strip():
        raise ValidationError(N_("Choose a folder for the backup."), field="backup_folder")
    keep = keep or auto_backup_settings(workspace).keep
    info = make_backup(workspace.store, workspace.data_dir, workspace.data_key, Path(folder),
                       keep=keep, progress=progress)
    with workspace.write() as session:
        workspace.audit(session, "backup.made", details={"folder": str(folder),
                                                         "backup": info.path.name})
    return info


# -- automatic backups -------------------------------------------------------------------------
def auto_backup_settings(workspace) -> AutoBackupSettings:
    store = workspace.store
    last = store.get_meta(AUTO_LAST)
    return AutoBackupSettings(folder=store.get_meta(AUTO_FOLDER, "") or "",
                              every_hours=int(store.get_meta(AUTO_HOURS, "24")),
                              keep=int(store.get_meta(AUTO_KEEP, str(DEFAULT_KEEP))),
                              last_at=datetime.fromisoformat(last) if last else None)


def set_auto_backup(workspace, folder: str, every_hours: int, keep: int) -> AutoBackupSettings:
    """Admin: automatic backups into `folder` ("" turns them off) every so many hours."""
    workspace.require_role("admin")
    folder = (folder or "").strip()
    if folder:
        target = Path(folder)
        if target.resolve() == Path(workspace.data_dir).resolve() or \
                Path(workspace.data_dir).resolve() in target.resolve().parents:
            raise ValidationError(N_("Choose a second location for automatic backups, not the "
                                     "data folder itself."), field="backup_folder")
    if not 1 <= int(every_hours) <= 168:
        raise ValidationError(N_("Back up every 1 to 168 hours."), field="backup_hours")
    if not 1 <= int(keep) <= 100:
        raise ValidationError(N_("Keep between 1 and 100 backups."), field="keep")
    with workspace.write() as session:
        for key, value in ((AUTO_FOLDER, folder), (AUTO_HOURS, str(int(every_hours))),
                           (AUTO_KEEP, str(int(keep)))):
            workspace.store.set_meta(session, key, value)
        workspace.audit(session, "settings.auto_backup",
                        details={"folder": folder, "hours": int(every_hours), "keep": int(keep)})
    return auto_backup_settings(workspace)


def auto_backup_if_due(workspace, *, now: datetime | None = None,
                       progress: Progress | None = None) -> BackupInfo | None:
    """Make the scheduled backup if one is set up and due (or the clock went back); else None."""
    settings = auto_backup_settings(workspace)
    if not settings.folder:
        return None
    now = now or utc_now()
    last = settings.last_at
    if last is not None and last <= now < last + timedelta(hours=settings.every_hours):
        return None
    info = make_backup(workspace.store, workspace.data_dir, workspace.data_key,
                       Path(settings.folder), keep=settings.keep, progress=progress)
    with workspace.write() as session:
        workspace.store.set_meta(session, AUTO_LAST, now.isoformat())
        workspace.audit(session, "backup.made", details={"folder": settings.folder,
                                                         "backup": info.path.name,
                                                         "automatic": True})
    return info


# -- restoring --------------------------------------------------------------------------------
def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def restore_backup(backup: Path | str, data_dir: Path | str, *, username: str,
                   password: str | None = None, recovery_private: bytes | None = None,
                   new_password: str | None = None) -> RestoreResult:
    """Restore `backup` into an empty `data_dir` (a new laptop or folder).

    Opens it with `username`'s password as it was at backup time, or with the county's
    private recovery key (then `username` gets `new_password`). The restored device gets a
    new identity and must enrol again; the old device id is kept in meta
    `superseded_device_ids` and sent with the next enrolment so the county can revoke it.
    Raises BackupRefused (damaged), AuthenticationError/LockedOut, RecoveryFailed, StoreError."""
    from app.models.migrate import migrate
    from app.services.audit import record_audit

    backup, data_dir = Path(backup), Path(data_dir)
    manifest = read_manifest(backup)
    if (data_dir / DATABASE_FILENAME).exists():
        raise StoreError(N_("A station is already set up in %1."), data_dir)
    if recovery_private is not None:
        validate_new_password(new_password or "")
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = data_dir.parent / f".{data_dir.name}.restoring-{uuid.uuid4().hex[:8]}"
    staging.mkdir(mode=0o700)
    try:
        for name in (DATABASE_FILENAME, KEYRING):
            shutil.copyfile(backup / name, staging / name)
            os.chmod(staging / name, 0o600)
            _fsync_file(staging / name)
        if _sha256(staging / DATABASE_FILENAME) != manifest["files"][DATABASE_FILENAME]["sha256"]:
            raise _damaged(backup, DATABASE_FILENAME)
        keyring = Keyring.load(staging / KEYRING)
        if recovery_private is not None:
            data_key = keyring.recover_data_key(recovery_private)
        else:
            data_key = keyring.unlock(username, password or "").data_key
        check_database_copy(staging / DATABASE_FILENAME, data_key)
        store = Store(staging, data_key)
        try:
            migrate(store, backup_dir=staging / "backups")
            new = _take_new_identity(store, manifest, username)
            if recovery_private is not None:
                keyring.reset_password(new.user_id, new.username, new_password, data_key)
            with store.transaction() as session:
                record_audit(session, action="station.restored", actor_id=new.user_id,
                             device_id=new.device_id, target_kind="device",
                             target_id=new.device_id,
                             details={"backup": backup.name,
                                      "backup_created_at": manifest["created_at"],
                                      "superseded_device": new.superseded_device_id,
                                      "with_recovery_key": recovery_private is not None})
            store.checkpoint()
        finally:
            store.close()
        _move_into_place(staging, data_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(data_dir, new.device_id, new.superseded_device_id, new.pending_changes,
                         new.records)


def _take_new_identity(store: Store, manifest: dict, username: str) -> _NewIdentity:
    """New device id and keys, the old id listed as superseded, unacknowledged changes
    re-queued under the new id, the old enrolment and outgoing parcels forgotten."""
    from sqlalchemy import func

    from app.models import SYNCED_MODELS
    from app.security.sealing import generate_x25519
    from app.security.signing import generate_ed25519

    sign_private, sign_public = generate_ed25519()
    box_private, box_public = generate_x25519()
    new_device = new_id()
    with store.transaction() as session:
        old_device = store.get_meta("device_id") or manifest["device_id"]
        user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                                 User.deleted_at.is_(None)))
        if user is None:
            raise NotFound(N_("There is no user %1 at this station."), username)
        superseded = json.loads(store.get_meta(SUPERSEDED, "[]") or "[]")
        superseded.append(old_device)
        for key, value in {"device_id": new_device, "device_sign_private": _b64(sign_private),
                           "device_sign_public": _b64(sign_public),
                           "device_box_private": _b64(box_private),
                           "device_box_public": _b64(box_public),
                           SUPERSEDED: json.dumps(superseded),
                           AUTO_LAST: ""}.items():
            store.set_meta(session, key, value)
        # Every change the county never acknowledged travels again, from the new device. The
        # county skips change ids it already applied, so a change the old laptop did deliver
        # after this backup is not applied twice.
        pending = session.execute(
            update(ChangeLogEntry)
            .where(ChangeLogEntry.device_id == old_device, ChangeLogEntry.acked_at.is_(None))
            .values(device_id=new_device, parcel_seq=None)).rowcount
        session.execute(delete(OutgoingParcel))
        session.execute(delete(SyncServer))
        records = sum(session.scalar(select(func.count()).select_from(model))
                      for model in SYNCED_MODELS.values())
    return _NewIdentity(new_device, old_device, user.id, user.username, pending, records)


def _move_into_place(staging: Path, data_dir: Path) -> None:
    """Key file first, database last: a kill in between leaves a folder that is not set up
    (no station.db), so the restore can simply be run again."""
    for name in sorted(os.listdir(staging), key=lambda n: n == DATABASE_FILENAME):
        source, target = staging / name, data_dir / name
        if source.is_dir():
            if target.exists():
                shutil.rmtree(target)
        os.replace(source, target)
    os.chmod(data_dir, 0o700)
    fsync_folder(data_dir)
