"""Per-station sync state for the county admin: devices, last contact, records, inbox; what
each device says it runs (`record_device_versions`)."""
from __future__ import annotations

from sqlalchemy import func, select, update

from app.protocol.headers import APP_VERSION_FORM, SCHEMA_FORM
from app.server.db import (CountyStation, Device, ServerConflict, ServerFlag, ServerQuarantine,
                           ServerRecord, ServerStore)


def station_sync_state(store: ServerStore) -> list[dict]:
    with store.transaction() as session:
        stations = session.scalars(select(CountyStation).order_by(CountyStation.key)).all()
        result = []
        for station in stations:
            devices = session.scalars(select(Device).where(
                Device.station_key == station.key)).all()
            contacts = [d.last_contact_at for d in devices if d.last_contact_at]
            result.append({
                "station": station.key, "name": station.name, "org_id": station.org_id,
                "devices": len(devices),
                "revoked_devices": sum(1 for d in devices if d.revoked_at is not None),
                "last_contact": max(contacts).isoformat() if contacts else None,
                "records": session.scalar(select(func.count()).select_from(ServerRecord).where(
                    ServerRecord.station_key == station.key)),
                "open_conflicts": session.scalar(select(func.count()).select_from(
                    ServerConflict).where(ServerConflict.station_key == station.key,
                                          ServerConflict.resolved_at.is_(None))),
                "quarantined": session.scalar(select(func.count()).select_from(
                    ServerQuarantine).where(ServerQuarantine.device_id.in_(
                        [d.id for d in devices] or [""]),
                        ServerQuarantine.resolved_at.is_(None))),  # still refused
                "flagged": session.scalar(select(func.count()).select_from(ServerFlag).where(
                    ServerFlag.station_key == station.key)),
            })
        return result


def record_device_versions(store: ServerStore, device_id: str, app_version: str | None,
                           schema_revision: str | None) -> bool:
    """Keep what a device said it runs (the headers of its push or pull, sent after the
    county has checked the device's signature). Values of another form are ignored; nothing
    is written when they did not change. Returns whether the device row changed."""
    app_version = app_version if app_version and APP_VERSION_FORM.fullmatch(app_version) else None
    schema_revision = (schema_revision if schema_revision
                       and SCHEMA_FORM.fullmatch(schema_revision) else None)
    if app_version is None and schema_revision is None:
        return False
    with store.transaction() as session:
        device = session.get(Device, device_id)
        if device is None or (device.app_version, device.schema_revision) == (
                app_version or device.app_version, schema_revision or device.schema_revision):
            return False
        session.execute(update(Device).where(Device.id == device_id).values(
            app_version=app_version or device.app_version,
            schema_revision=schema_revision or device.schema_revision))
    return True
