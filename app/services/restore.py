"""Restoring a backup (app/services/backup.py) onto a new laptop or into a new data folder.

`restore_backup` checks the manifest and hashes first (no key needed), opens the copy with a
user's password or the county recovery key and checks every page, gives the restored store a
**new device identity** (the old device id is recorded as superseded, for the county to revoke
at the next enrolment), re-queues every change the county never acknowledged under the new
identity (change ids unchanged, so the county skips any it already has), and forgets the old
enrolment: the device enrols again, and the next sync delivers what was not delivered.
The files are assembled in a hidden folder beside the target and moved in key file first,
database last, so a cut restore leaves a folder that is not set up and can be restored again.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, update

from app.errors import N_, NotFound, StoreError
from app.files import fsync_file, fsync_folder
from app.models import SYNCED_MODELS, ChangeLogEntry, DeviceIdentity, User, new_id
from app.models.cases import CASE_PREFIX_KEY, RESTORED_PREFIX_KEY
from app.models.store import DATABASE_FILENAME, Store
from app.models.sync_state import OutgoingParcel, SyncHistory, SyncServer
from app.security.keyring import Keyring, validate_new_password
from app.services.backup import (AUTO_LAST, KEYRING, SUPERSEDED, check_database_copy, damaged,
                                 file_sha256, read_manifest)


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
    for leftover in data_dir.parent.glob(f".{data_dir.name}.restoring-*"):  # a cut restore
        shutil.rmtree(leftover, ignore_errors=True)
    staging = data_dir.parent / f".{data_dir.name}.restoring-{uuid.uuid4().hex[:8]}"
    staging.mkdir(mode=0o700)
    try:
        for name in (DATABASE_FILENAME, KEYRING):
            shutil.copyfile(backup / name, staging / name)
            os.chmod(staging / name, 0o600)
            fsync_file(staging / name)
        if file_sha256(staging / DATABASE_FILENAME) != manifest["files"][DATABASE_FILENAME]["sha256"]:
            raise damaged(backup, DATABASE_FILENAME)
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
    from app.security.sealing import generate_x25519
    from app.security.signing import generate_ed25519

    sign_private, sign_public = generate_ed25519()
    box_private, box_public = generate_x25519()
    new_device = new_id()
    with store.transaction() as session:
        identity = session.get(DeviceIdentity, 1)
        old_device = (identity.device_id if identity is not None else "") or manifest["device_id"]
        user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                                 User.deleted_at.is_(None)))
        if user is None:
            raise NotFound(N_("There is no user %1 at this station."), username)
        superseded = json.loads(store.get_meta(SUPERSEDED, "[]") or "[]")
        superseded.append(old_device)
        if identity is None:
            identity = DeviceIdentity(id=1, county_recovery_public="")
            session.add(identity)
        identity.device_id = new_device
        identity.sign_private, identity.sign_public = _b64(sign_private), _b64(sign_public)
        identity.box_private, identity.box_public = _b64(box_private), _b64(box_public)
        # the lost laptop's letter is not this computer's: it may still be issuing numbers
        # with it (stolen, found again), so no case numbers here until the county gives a
        # new letter at the next enrolment (app.services.cases.open_case says so)
        old_prefix = store.get_meta(CASE_PREFIX_KEY, "") or ""
        for key, value in {SUPERSEDED: json.dumps(superseded), AUTO_LAST: "",
                           CASE_PREFIX_KEY: "", RESTORED_PREFIX_KEY: old_prefix or "-"}.items():
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
        # the Sync page's history says why this computer must connect again
        session.add(SyncHistory(event="restore", detail=f"restored from a backup of "
                                f"{manifest['created_at']}; replaces device {old_device}; "
                                f"{pending} changes wait; enrol again"))
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
