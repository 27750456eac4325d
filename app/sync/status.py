"""What the sync panel shows, and the conflict inbox.

`sync_status(workspace)`: last contact, changes waiting to be sent, quarantined changes,
open conflicts, last error. `list_conflicts` / `resolve_conflict`: both values side by side;
choosing one writes it as a normal local edit (or, when the kept value is chosen, a change
affirming it) which the county merges and which closes the conflict on every device.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select

from app.errors import N_, NotFound, ValidationError
from app.models import SYNCED_MODELS, ChangeLogEntry, new_id, utc_now
from app.models.sync_state import (OutgoingParcel, SyncConflict, SyncHistory, SyncQuarantine,
                                   SyncServer)
from app.changes import Changes
from app.protocol.reasons import UPDATE_NEEDED
from app.sync.changelog import snapshot
from app.sync.clock import ClockCheck, clock_check
from app.sync.blobs import pending_blobs
from app.sync.outbox import pending_filter


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    last_contact: datetime | None
    pending_changes: int
    parcels_waiting: int
    quarantined: int
    conflicts: int
    last_error: str
    update_needed: int = 0  # refused until the county server is updated (still waiting)
    clock: ClockCheck | None = None  # this laptop's clock against the county and its records
    attachments_waiting: int = 0  # attachments' content the county does not hold yet
    attachment_bytes_waiting: int = 0


def sync_status(workspace) -> SyncStatus:
    store = workspace.store
    device_id = store.device_id
    waiting = pending_blobs(store)
    with workspace.read() as session:
        server = session.get(SyncServer, "county")
        count = lambda model, *where: session.scalar(  # noqa: E731
            select(func.count()).select_from(model).where(*where))
        return SyncStatus(
            enrolled=server is not None,
            server_url=server.url if server else "",
            last_contact=server.last_contact_at if server else None,
            pending_changes=count(ChangeLogEntry, *pending_filter(device_id)),
            parcels_waiting=count(OutgoingParcel, OutgoingParcel.acked_at.is_(None)),
            quarantined=count(SyncQuarantine, SyncQuarantine.dismissed_at.is_(None)),
            conflicts=count(SyncConflict, SyncConflict.resolved_at.is_(None)),
            last_error=server.last_error if server else "",
            update_needed=count(SyncQuarantine, SyncQuarantine.dismissed_at.is_(None),
                                SyncQuarantine.code == UPDATE_NEEDED),
            clock=clock_check(store),
            attachments_waiting=len(waiting),
            attachment_bytes_waiting=sum(size for _digest, size in waiting))


def sync_history(workspace, limit: int = 50) -> list[SyncHistory]:
    with workspace.read() as session:
        return list(session.scalars(select(SyncHistory).order_by(SyncHistory.id.desc())
                                    .limit(limit)))


def list_quarantine(workspace) -> list[SyncQuarantine]:
    with workspace.read() as session:
        return list(session.scalars(select(SyncQuarantine).where(
            SyncQuarantine.dismissed_at.is_(None)).order_by(SyncQuarantine.id)))


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    record_id: str
    field: str
    current_value: Any  # what the record holds now
    proposed_value: Any  # the other edit
    proposed_by_device: str
    detected_at: datetime
    resolved: bool


def list_conflicts(workspace, include_resolved: bool = False) -> list[ConflictView]:
    with workspace.read() as session:
        query = select(SyncConflict).order_by(SyncConflict.detected_at)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        return [ConflictView(c.id, c.kind, c.record_id, c.field, c.current_value,
                             c.proposed_value, c.proposed_by_device, c.detected_at,
                             c.resolved_at is not None) for c in session.scalars(query)]


def resolve_conflict(workspace, conflict_id: str, choice: str) -> Changes:
    """`choice` is "current" (keep what the record holds) or "proposed" (take the other)."""
    if choice not in ("current", "proposed"):
        raise ValidationError(N_("Please choose one of the two values."), field="choice")
    with workspace.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound(N_("This conflict no longer exists."))
        model = SYNCED_MODELS[conflict.kind]
        record = session.get(model, conflict.record_id)
        if record is None:
            raise NotFound(N_("The record of this conflict no longer exists."))
        value = conflict.current_value if choice == "current" else conflict.proposed_value
        column = model.__table__.c[conflict.field]
        from app.sync.inbox import _column_value

        new_value = _column_value(column, value)
        if getattr(record, conflict.field) != new_value:
            setattr(record, conflict.field, new_value)
            session.flush()  # logged by the change-log hook as an ordinary edit
        else:
            store = workspace.store
            record.hlc = store.clock.now().encode()
            session.flush()
            session.execute(insert(ChangeLogEntry).values(
                change_id=new_id(), hlc=record.hlc, device_id=store.device_id,
                author_id=workspace.user_id, kind=conflict.kind, record_id=record.id,
                op="update", fields=[conflict.field], snapshot=snapshot(record)))
        conflict.resolved_at = utc_now()
        workspace.audit(session, "sync.conflict_resolved", conflict.kind, record.id,
                        {"field": conflict.field, "choice": choice})
    return Changes.of(conflict.kind, conflict.record_id)
