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

Restoring is `app.services.restore.restore_backup`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout
from app.changes import Changes
from app.errors import N_, StoreError, UserError, ValidationError
from app.files import fsync_file, fsync_folder, write_atomically
from app.models import utc_now
from app.models.store import DATABASE_FILENAME, Store
from app.security.keyring import Keyring

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

    @property
    def changes(self) -> Changes:
        """An operation's result: a backup changes no record (only the audit trail)."""
        return Changes()


@dataclass(frozen=True)
class AutoBackupSettings:
    folder: str       # "" = automatic backups off
    every_hours: int  # 1 … 168
    keep: int         # 1 … 100
    last_at: datetime | None

    @property
    def changes(self) -> Changes:
        """An operation's result: device settings, no synced record."""
        return Changes()


class AutoBackupOutcome(NamedTuple):
    """What `run_auto_backup` did: the backup made (None when none was due) and no record
    changes (an operation's result)."""

    made: BackupInfo | None
    changes: Changes = Changes()


# -- checking ---------------------------------------------------------------------------------
def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def damaged(path: Path, what: str) -> BackupRefused:
    """The error for a backup whose part `what` failed a check."""
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
        raise damaged(path, "open") from exc
    try:
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        if problems:
            raise damaged(path, "cipher_integrity_check")
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise damaged(path, "integrity_check")
        meta = dict(connection.execute(
            "SELECT key, value FROM meta WHERE key IN ('device_id', 'station_id')").fetchall())
        if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                              "name = 'device_identity'").fetchone():  # schema 0006 and later
            device = connection.execute(
                "SELECT device_id FROM device_identity WHERE id = 1").fetchone()
            meta["device_id"] = device[0] if device else ""
        meta["schema_revision"] = connection.execute(
            "SELECT version_num FROM alembic_version").fetchone()[0]
        return meta
    except BackupRefused:
        raise
    except Exception as exc:  # wrong key, not a database, truncated, no tables
        raise damaged(path, "open") from exc
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
        raise damaged(backup, MANIFEST) from exc
    for name, expected in files.items():
        path = backup / name
        try:
            if path.stat().st_size != int(expected["size"]) or file_sha256(path) != expected["sha256"]:
                raise damaged(backup, name)
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise damaged(backup, name) from exc
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

    A missing folder is an error, never made (automatic backups and "back up now" alike): a
    mistyped or unplugged USB stick must not turn into a folder on this computer's own disk.
    Raises BackupRefused/StoreError with a readable message (folder missing or not writable,
    disk full, the copy failed its check); the previous backups are untouched in every case."""
    report = progress or (lambda _done, _total: None)
    folder = Path(folder)
    if not 1 <= keep <= 100:
        raise ValidationError(N_("Keep between 1 and 100 backups."), field="keep")
    if not folder.is_dir():
        raise StoreError(N_("The backup folder %1 is not there. Is the USB stick or disk "
                            "connected?"), folder)
    try:
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
    # no report before the copy: the bar stays "busy" while VACUUM INTO runs (one step)
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
    fsync_file(copy)
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
                         "sha256": file_sha256(partial / file)}
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
    if keep is None:  # 0 is not "the default": make_backup refuses it by name
        keep = auto_backup_settings(workspace).keep
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
        if not target.is_dir():
            raise ValidationError(N_("The backup folder %1 is not there. Is the USB stick or "
                                     "disk connected?"), folder, field="backup_folder")
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


def run_auto_backup(workspace) -> AutoBackupOutcome:
    """`auto_backup_if_due` as an operation (the interface's timer runs it with `context.op`)."""
    return AutoBackupOutcome(auto_backup_if_due(workspace))
