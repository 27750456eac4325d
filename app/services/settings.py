"""Every setting in one registry: key, type, default, bounds or choices, scope, who may change it.

    get_setting(workspace, "idle_lock_minutes") -> 10
    set_setting(workspace, "idle_lock_minutes", 15) -> Changes      (validated, audited)

Scopes: "device" settings live in this computer's `meta` table (not synced), "user" settings
on the signed-in user's row (they follow the user to another device), "station" settings are
synced records of the station (`StationSetting`, one per key with the same id on every laptop,
merged field by field; the county lets only the station admin change them). The device's identity and keys are not settings:
they are `DeviceIdentity` (app/models/system.py). Environment variables: `app.environment`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.changes import Changes
from app.errors import N_, ValidationError
from app.services.workspace import Workspace


def _languages() -> tuple[str, ...]:
    from app.i18n import available_languages

    return tuple(available_languages())


@dataclass(frozen=True)
class Setting:
    key: str
    type: type                      # int, bool or str
    default: Any
    scope: str                      # "device", "user" or "station"
    minimum: int | None = None      # for int
    maximum: int | None = None
    choices: Callable[[], tuple[str, ...]] | None = None  # for str
    admin_only: bool = False
    invalid: str = N_("Please choose a valid value.")  # the message when out of bounds
    audit_action: str = ""          # written to the audit log when changed ("" = not audited)

    def clean(self, value: Any) -> Any:
        """`value` converted to the setting's type and checked; ValidationError naming the
        setting's key as the field otherwise."""
        try:
            if self.type is bool:
                if isinstance(value, str):
                    value = value.strip().lower() in ("1", "true", "yes", "on")
                return bool(value)
            value = self.type(value)
        except (TypeError, ValueError):
            raise ValidationError(self.invalid, field=self.key) from None
        if self.minimum is not None and value < self.minimum or \
                self.maximum is not None and value > self.maximum:
            raise ValidationError(self.invalid, field=self.key)
        if self.choices is not None and value not in self.choices():
            raise ValidationError(self.invalid, field=self.key)
        return value


REGISTRY: dict[str, Setting] = {setting.key: setting for setting in (
    Setting("idle_lock_minutes", int, 10, "device", minimum=1, maximum=120, admin_only=True,
            invalid=N_("The lock time must be between 1 and 120 minutes."),
            audit_action="settings.idle_lock"),
    Setting("language", str, "zh_CN", "user", choices=_languages,
            invalid=N_("Please choose a language.")),
    Setting("larger_text", bool, False, "user"),
    # Retention (app.services.retention): records older than this are listed for review;
    # 0 = no review for that kind. Nothing is deleted without a person confirming.
    Setting("retention_closed_case_years", int, 10, "station", minimum=0, maximum=50,
            admin_only=True, invalid=N_("The number of years must be between 0 and 50."),
            audit_action="settings.retention"),
    Setting("retention_inactive_person_years", int, 5, "station", minimum=0, maximum=50,
            admin_only=True, invalid=N_("The number of years must be between 0 and 50."),
            audit_action="settings.retention"),
    # after a sync, the county is asked for a newer program at most every so many hours
    Setting("update_check_hours", int, 6, "device", minimum=1, maximum=168, admin_only=True,
            invalid=N_("Check for a newer program every 1 to 168 hours."),
            audit_action="settings.update_check"),
    Setting("update_last_checked_at", str, "", "device"),  # ISO time (UTC) of the last check
)}


def setting(key: str) -> Setting:
    """The registry's entry (KeyError for an unknown key: a bug, not a user's mistake)."""
    return REGISTRY[key]


def _read_raw(workspace: Workspace, item: Setting) -> Any:
    if item.scope == "device":
        return workspace.store.get_meta(item.key)
    if item.scope == "user":
        from app.models import User

        with workspace.read() as session:
            return getattr(session.get(User, workspace.user_id), item.key)
    if item.scope == "station":
        from app.models import StationSetting
        from app.models.rights import station_setting_id

        with workspace.read() as session:
            row = session.get(StationSetting, station_setting_id(workspace.station_id, item.key))
            return None if row is None or row.deleted_at is not None else row.value
    raise NotImplementedError(item.scope)


def get_setting(workspace: Workspace, key: str) -> Any:
    """The setting's value, of its type; the default when it was never set (or is unusable)."""
    item = setting(key)
    raw = _read_raw(workspace, item)
    if raw is None:
        return item.default
    try:
        return item.clean(raw)
    except ValidationError:
        return item.default


def set_setting(workspace: Workspace, key: str, value: Any) -> Changes:
    """Check and store one setting in one transaction (audited when the registry says so).
    Raises ValidationError (field = key) or PermissionDenied (an admin's setting)."""
    item = setting(key)
    if item.admin_only:
        workspace.require_role("admin")
    value = item.clean(value)
    with workspace.write() as session:
        if item.scope == "device":
            workspace.store.set_meta(session, item.key, str(int(value) if item.type is bool
                                                            else value))
        elif item.scope == "user":
            from app.models import User

            setattr(session.get(User, workspace.user_id), item.key, value)
        elif item.scope == "station":
            from app.models import StationSetting
            from app.models.rights import station_setting_id

            record_id = station_setting_id(workspace.station_id, item.key)
            row = session.get(StationSetting, record_id)
            if row is None:
                row = StationSetting(id=record_id, station_id=workspace.station_id,
                                     key=item.key)
                session.add(row)
            row.value = str(int(value) if item.type is bool else value)
        else:
            raise NotImplementedError(item.scope)
        if item.audit_action:
            workspace.audit(session, item.audit_action, details={item.key: value})
    if item.scope == "user":
        setattr(workspace, item.key, value)  # the open session follows at once
    return Changes.of("setting", item.key)
