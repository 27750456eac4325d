"""The transactional outbox: every change to a synced record appends a change-log entry
in the same flush, stamped with this device's hybrid logical clock and the author.

Records are never hard-deleted: a delete sets `deleted_at` (a tombstone) and is logged as
op "delete". A hard delete of a synced record is a bug and aborts the transaction.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect, insert, or_, select
from sqlalchemy.orm import Session

from app.models.base import SyncedRecord, new_id
from app.models.system import ChangeLogEntry
from app.protocol.hlc import HlcTimestamp, HybridLogicalClock, node_for_device

UNLOGGED_FIELDS = {"hlc", "updated_at", "created_at"}


def json_value(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def snapshot(record: SyncedRecord) -> dict[str, Any]:
    mapper = inspect(record).mapper
    return {column.key: json_value(getattr(record, column.key)) for column in mapper.column_attrs}


def changed_fields(record: SyncedRecord) -> list[str]:
    state = inspect(record)
    return sorted(
        attr.key
        for attr in state.attrs
        if attr.key not in UNLOGGED_FIELDS and attr.history.has_changes()
    )


def _before_flush(session: Session, _context, _instances) -> None:
    store = session.info.get("store")
    for record in session.deleted:
        if isinstance(record, SyncedRecord):
            raise RuntimeError(f"hard delete of a synced {record.__sync_kind__}; set deleted_at")
    inserted = [r for r in session.new if isinstance(r, SyncedRecord)]
    pending = [(record, "insert", None) for record in inserted]
    for record in session.dirty:
        if not isinstance(record, SyncedRecord) or not session.is_modified(record):
            continue
        fields = changed_fields(record)
        if not fields:
            continue
        op = "delete" if "deleted_at" in fields and record.deleted_at else "update"
        pending.append((record, op, fields))
    for record, _op, _fields in pending:
        record.hlc = store.clock.now().encode()
    session.info.setdefault("pending_changes", []).extend(pending)


def _after_flush(session: Session, _context) -> None:
    pending = session.info.pop("pending_changes", [])
    if not pending:
        return
    store = session.info["store"]
    rows = []
    for record, op, fields in pending:
        data = snapshot(record)
        rows.append({
            "change_id": new_id(),
            "hlc": record.hlc,
            "device_id": store.device_id,
            "author_id": session.info.get("actor_id"),
            "kind": record.__sync_kind__,
            "record_id": record.id,
            "op": op,
            "fields": fields if fields is not None else sorted(set(data) - UNLOGGED_FIELDS),
            "snapshot": data,
        })
    session.connection().execute(insert(ChangeLogEntry), rows)


def attach_change_log(store) -> None:
    """Give the store its clock and install the hooks.

    The clock resumes from the last stamp this device made itself (stamps taken in from the
    county are not resumed from: a fast laptop elsewhere must not pull this one into its
    future), with the county correction last measured (app.sync.clock)."""
    device_id = store.device_id
    with store.session() as session:
        newest = session.scalar(select(ChangeLogEntry.hlc).where(
            ChangeLogEntry.device_id == device_id,  # made here, not taken in from the county
            or_(ChangeLogEntry.parcel_seq.is_(None), ChangeLogEntry.parcel_seq != 0))
            .order_by(ChangeLogEntry.seq.desc()).limit(1))
    last = HlcTimestamp.decode(newest) if newest else None
    from app.sync.clock import county_offset_ms

    store.clock = HybridLogicalClock(node_for_device(device_id), last=last,
                                     offset_ms=county_offset_ms(store))
    for factory in (store._sessions, store._writers):
        event.listen(factory, "before_flush", _before_flush)
        event.listen(factory, "after_flush", _after_flush)
