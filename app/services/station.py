"""The life of a station's data directory: set up, open, sign in and out, passwords.

A data directory holds `station.db` (SQLCipher, random 256-bit key), `keyring.json` (that
key wrapped per user and for the county's recovery key) and `backups/` (encrypted copies).
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, or_, select

from app.errors import N_, AuthenticationError, NotFound, StoreError, ValidationError
from app.models import DeviceIdentity, OrgUnit, User, new_id
from app.models.migrate import migrate
from app.models.store import DATABASE_FILENAME, Store
from app.security.keyring import Keyring, validate_new_password
from app.security.sealing import generate_x25519, public_key_fingerprint
from app.security.signing import generate_ed25519
from app.services.audit import record_audit
from app.services.catalog import bundled_catalog, import_catalog
from app.services.search_index import rekey_if_outdated
from app.services.station_files import (JOIN_MARKER, KEYRING_FILENAME,  # noqa: F401 - re-exported
                                        is_set_up, keyring_path)
from app.services.workspace import Changes, Created, Workspace
from app.sync.changelog import attach_change_log
from app.text.tibetan import normalize_tibetan
from app.validation.fields import clean_text

PLACE_NAME_MAX = 100
DISPLAY_NAME_MAX = 60


@dataclass(frozen=True)
class PlaceName:
    zh: str
    bo: str = ""
    en: str = ""


@dataclass(frozen=True)
class StationSetup:
    county: PlaceName
    station: PlaceName
    villages: tuple[PlaceName, ...]
    admin_username: str
    admin_display_name: str
    admin_password: str
    county_recovery_public: bytes
    station_code: str = ""


def open_store(data_dir: Path, data_key: bytes) -> Store:
    """Open, migrate (after an encrypted backup) and attach the change log."""
    store = Store(Path(data_dir), data_key)
    try:
        migrate(store, backup_dir=Path(data_dir) / "backups")
        attach_change_log(store)
        rekey_if_outdated(store)
    except Exception:
        store.close()
        raise
    return store


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def clean_username(username: str) -> str:
    """The user name as stored (trimmed, lower case); ValidationError (field "username") unless
    2 to 32 letters, digits, dots, dashes or underscores."""
    username = (username or "").strip().lower()
    if not (2 <= len(username) <= 32) or not all(c.isalnum() or c in "._-" for c in username):
        raise ValidationError(
            N_("A user name has 2 to 32 letters, digits, dots, dashes or underscores."),
            field="username")
    return username


def create_device_store(data_dir: Path, county_recovery_public: bytes) -> tuple[Store, bytes]:
    """A new, empty encrypted store for this device: a random data key, the newest schema,
    the device's identity and keys, the catalogue, and the change log attached. The caller
    adds the station (new, or joined from the county) and the key slots, then closes it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    data_key = os.urandom(32)
    store = Store(data_dir, data_key)
    try:
        migrate(store)
        sign_private, sign_public = generate_ed25519()
        box_private, box_public = generate_x25519()
        with store.transaction() as session:
            store.set_device_identity(session, DeviceIdentity(
                device_id=new_id(), sign_private=_b64(sign_private), sign_public=_b64(sign_public),
                box_private=_b64(box_private), box_public=_b64(box_public),
                county_recovery_public=_b64(county_recovery_public)))
            import_catalog(session, bundled_catalog())
        attach_change_log(store)
    except Exception:
        store.close()
        raise
    return store, data_key


def clean_place_name(place: PlaceName, field: str) -> PlaceName:
    """A place name under the text policy: one line each, Tibetan in its canonical form;
    a character that cannot be printed raises ValidationError naming it."""
    return PlaceName(
        zh=clean_text(place.zh, max_length=PLACE_NAME_MAX, field=field, multiline=False),
        bo=normalize_tibetan(clean_text(place.bo, max_length=PLACE_NAME_MAX, field=field,
                                        multiline=False)),
        en=clean_text(place.en, max_length=PLACE_NAME_MAX, field=field, multiline=False))


def clean_display_name(raw: str) -> str:
    return clean_text(raw, max_length=DISPLAY_NAME_MAX, field="display_name", multiline=False)


def create_station(data_dir: Path, setup: StationSetup) -> None:
    """First run: a new encrypted store with the station, its villages and first admin.

    Every name goes through the text policy (`app.text.policy`) before anything is written."""
    store, _data_key = create_station_store(data_dir, setup)
    store.close()


def create_station_store(data_dir: Path, setup: StationSetup) -> tuple[Store, bytes]:
    """`create_station`, leaving the store open: (store, data key); the caller closes it.
    For building on the new station at once (the demo) without unlocking it again."""
    data_dir = Path(data_dir)
    if is_set_up(data_dir) or (data_dir / DATABASE_FILENAME).exists():
        raise StoreError(N_("A station is already set up in %1."), data_dir)
    setup = replace(setup, county=clean_place_name(setup.county, "county"),
                    station=clean_place_name(setup.station, "station"),
                    villages=tuple(clean_place_name(v, "villages") for v in setup.villages),
                    admin_display_name=clean_display_name(setup.admin_display_name),
                    station_code=clean_text(setup.station_code, max_length=32, field="code",
                                            multiline=False))
    username = clean_username(setup.admin_username)
    validate_new_password(setup.admin_password)
    if not setup.station.zh.strip() or not setup.admin_display_name.strip():
        raise ValidationError(N_("Please fill in the station name and your name."), field="station")
    store, data_key = create_device_store(data_dir, setup.county_recovery_public)
    try:
        device_id = store.device_id
        admin_id = new_id()
        with store.transaction(actor_id=admin_id) as session:
            county = OrgUnit(kind="county", name_zh=setup.county.zh, name_bo=setup.county.bo,
                             name_en=setup.county.en)
            session.add(county)
            session.flush()
            station = OrgUnit(kind="station", parent_id=county.id, code=setup.station_code,
                              name_zh=setup.station.zh, name_bo=setup.station.bo,
                              name_en=setup.station.en)
            session.add(station)
            session.flush()
            for village in setup.villages:
                session.add(OrgUnit(kind="village", parent_id=station.id, name_zh=village.zh,
                                    name_bo=village.bo, name_en=village.en))
            session.add(User(id=admin_id, username=username, role="admin",
                             display_name=setup.admin_display_name.strip(), station_id=station.id))
            store.set_meta(session, "station_id", station.id)
            # the station's own computer is its first device: case numbers 2026-A-0001 …
            # (the county gives the same letter to the device that first binds the station)
            store.set_meta(session, "case_prefix", "A")
            record_audit(session, action="station.created", actor_id=admin_id, device_id=device_id,
                         target_kind="org_unit", target_id=station.id,
                         details={"recovery_key": public_key_fingerprint(setup.county_recovery_public)})
        keyring = Keyring.load(keyring_path(data_dir))
        keyring.set_key_check(data_key)
        keyring.set_recovery(setup.county_recovery_public, data_key)
        keyring.add_password_slot(admin_id, username, setup.admin_password, data_key)
    except BaseException:
        store.close()
        raise
    return store, data_key


def workspace_for(data_dir: Path, store: Store, user_id: str, data_key: bytes) -> Workspace:
    """The Workspace of an active user on an open store."""
    with store.session() as session:
        user = session.get(User, user_id)
        if user is None or user.deleted_at is not None:
            raise AuthenticationError(N_("Wrong user name or password."))
        if not user.active:  # the password was right: say why, so they ask the admin
            raise AuthenticationError(N_("This account has been switched off. Ask the "
                                         "station admin."))
        return Workspace(data_dir=Path(data_dir), store=store, user_id=user.id,
                         username=user.username, display_name=user.display_name,
                         role=user.role, station_id=user.station_id, language=user.language,
                         larger_text=user.larger_text, data_key=data_key)


def sign_in(data_dir: Path, username: str, password: str) -> Workspace:
    """Unwrap the data key with the user's password, open the store, log the sign-in."""
    if (Path(data_dir) / JOIN_MARKER).exists():
        raise StoreError(N_("Joining this computer to the station did not finish. Run the "
                            "join again (same code and password) to finish it."))
    if not is_set_up(data_dir):
        raise StoreError(N_("No station is set up in %1."), data_dir)
    keyring = Keyring.load(keyring_path(data_dir))
    unlocked = keyring.unlock(username, password)
    store = open_store(data_dir, unlocked.data_key)
    try:
        drop_switched_off_slots(keyring, store)  # this user's too, if switched off elsewhere
        workspace = workspace_for(data_dir, store, unlocked.user_id, unlocked.data_key)
        with workspace.write() as session:
            workspace.audit(session, "user.signed_in",
                            details={"failed_attempts_before": unlocked.failures_before})
    except Exception:
        store.close()
        raise
    return workspace


def drop_switched_off_slots(keyring: Keyring, store: Store) -> list[str]:
    """Remove the key slots of users switched off (or deleted) in the store, e.g. by the admin
    on another computer and received by sync: their old password must not open the station's
    key on this computer. Returns the user ids whose slots went."""
    with store.session() as session:
        gone = set(session.scalars(select(User.id).where(
            or_(User.active.is_(False), User.deleted_at.is_not(None)))))
    removed = [user_id for user_id in keyring.user_ids() if user_id in gone]
    for user_id in removed:
        keyring.switch_off(user_id)
    return removed


def sign_out(workspace: Workspace) -> None:
    with workspace.write() as session:
        workspace.audit(session, "user.signed_out")
    workspace.store.close()


def idle_lock_minutes(workspace: Workspace) -> int:
    """Minutes without input before the screen locks (the registry's `idle_lock_minutes`)."""
    from app.services.settings import get_setting

    return get_setting(workspace, "idle_lock_minutes")


def set_idle_lock_minutes(workspace: Workspace, minutes: int) -> Changes:
    """Admins only; 1 to 120 minutes (ValidationError at the field otherwise); audited."""
    from app.services.settings import set_setting

    return set_setting(workspace, "idle_lock_minutes", minutes)


def change_password(workspace: Workspace, old_password: str, new_password: str) -> Changes:
    """Re-wrap the data key under the new password; the database is not re-encrypted."""
    validate_new_password(new_password)
    keyring = Keyring.load(keyring_path(workspace.data_dir))
    keyring.change_password(workspace.username, old_password, new_password)
    with workspace.write() as session:
        workspace.audit(session, "user.password_changed", "user", workspace.user_id)
    return Changes.of("user", workspace.user_id)


def add_user(workspace: Workspace, username: str, display_name: str, role: str,
             password: str) -> Created:
    """An admin adds a worker or supervisor, who gets their own key slot."""
    workspace.require_role("admin")
    username = clean_username(username)
    if role not in ("worker", "supervisor", "admin"):
        raise ValidationError(N_("Please choose a role."), field="role")
    display_name = clean_display_name(display_name)
    if not display_name:
        raise ValidationError(N_("Please enter the person's name."), field="display_name")
    validate_new_password(password)
    keyring = Keyring.load(keyring_path(workspace.data_dir))
    if keyring.has_user(username):
        raise ValidationError(N_("The user name %1 is already taken."), username, field="username")
    data_key = workspace.data_key
    if not keyring.check_data_key(data_key):
        raise StoreError(N_("The data store cannot be opened with this key."))
    with workspace.write() as session:
        taken = session.scalar(select(func.count()).select_from(User).where(User.username == username))
        if taken:
            raise ValidationError(N_("The user name %1 is already taken."), username, field="username")
        user = User(username=username, display_name=display_name.strip(), role=role,
                    station_id=workspace.station_id)
        session.add(user)
        session.flush()
        workspace.audit(session, "user.added", "user", user.id, {"role": role})
        # written inside the transaction: if the key file cannot be written, no user is made
        keyring.add_password_slot(user.id, username, password, data_key)
    return Created(user.id, Changes.of("user", user.id))


def recover_password(data_dir: Path, county_recovery_private: bytes, username: str,
                     new_password: str) -> None:
    """At the county: open the station's key with the recovery key, set a new password."""
    validate_new_password(new_password)
    keyring = Keyring.load(keyring_path(data_dir))
    data_key = keyring.recover_data_key(county_recovery_private)
    store = open_store(data_dir, data_key)
    try:
        with store.transaction() as session:
            user = session.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None:
                raise NotFound(N_("There is no user %1 at this station."), username)
            keyring.reset_password(user.id, user.username, new_password, data_key)
            record_audit(session, action="user.password_recovered", actor_id=None,
                         device_id=store.device_id, target_kind="user", target_id=user.id)
    finally:
        store.close()


def verify_station(workspace: Workspace) -> dict:
    """The store's integrity check ("ok" when whole), where the audit chain breaks (None when
    unbroken), what the county found in this device's audit log at the last sync, and how many change-log entries and records of each kind the store holds."""
    from app.models import SYNCED_MODELS, ChangeLogEntry
    from app.services.audit import verify_audit_chain
    from app.sync.auditsync import county_verdict

    with workspace.read() as session:
        county = county_verdict(session)
        return {
            "integrity_check": workspace.store.integrity_check(),
            "audit_chain_broken_at": verify_audit_chain(session),
            # what the county found when it replayed this device's audit log with its key
            "county_audit_check": county if county is not None else "not checked yet",
            "change_log_entries": session.scalar(select(func.count()).select_from(ChangeLogEntry)),
            "records": {kind: session.scalar(select(func.count()).select_from(model))
                        for kind, model in SYNCED_MODELS.items()},
        }
