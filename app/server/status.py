"""Per-station sync state for the county admin: devices, last contact, records, inbox."""
from __future__ import annotations

from sqlalchemy import func, select

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
