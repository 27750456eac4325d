"""Checks on one incoming change; a failing change is quarantined with the returned reason."""
from __future__ import annotations

from app.sync.hlc import MAX_DRIFT_MS, ClockError, HlcTimestamp
from app.sync.kinds import KIND_COLUMNS

OPS = ("insert", "update", "delete")


def _wall_ms() -> int:
    import time

    return time.time_ns() // 1_000_000


def validate_change(change, device_id: str, station_org_id: str | None) -> str | None:
    """None if the change may be merged, else a plain reason why it is quarantined."""
    if not isinstance(change, dict):
        return "not a change record"
    change_id, kind, record_id = (change.get("change_id"), change.get("kind"),
                                  change.get("record_id"))
    if not isinstance(change_id, str) or not 1 <= len(change_id) <= 36:
        return "missing or malformed change id"
    if kind not in KIND_COLUMNS:
        return f"unknown record kind {str(kind)[:40]!r}"
    if not isinstance(record_id, str) or not 1 <= len(record_id) <= 36:
        return "missing or malformed record id"
    if change.get("op") not in OPS:
        return "unknown operation"
    if change.get("device_id") != device_id:
        return "change made on another device"
    fields, snapshot, base = change.get("fields"), change.get("snapshot"), change.get("base")
    if not isinstance(fields, list) or not all(isinstance(name, str) for name in fields):
        return "malformed list of changed fields"
    if not isinstance(snapshot, dict) or snapshot.get("id") != record_id:
        return "snapshot missing or not of this record"
    if base is not None and not isinstance(base, dict):
        return "malformed base values"
    columns = KIND_COLUMNS[kind]
    unknown = (set(fields) | set(snapshot) | set(base or {})) - columns
    if unknown:
        return f"unknown fields for {kind}: {', '.join(sorted(unknown))[:200]}"
    try:
        stamp = HlcTimestamp.decode(str(change.get("hlc")))
    except ClockError:
        return "malformed clock stamp"
    if stamp.millis - _wall_ms() > MAX_DRIFT_MS:
        return "clock stamp too far in the future"
    station_id = snapshot.get("station_id")
    if station_org_id and kind != "org_unit" and station_id is not None \
            and station_id != station_org_id:
        return "record belongs to another station"
    return None
