"""Delete a saved record: a tombstone with a required reason (audited, shown in the record's
history, travelling with the tombstone as a `DeletionNote`), and the one-minute undo of a
record just saved. Restoring is in `app.services.corrections`.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, ConflictError, ValidationError
from app.models import CaseFile, DeletionNote, Person, Task, utc_now
from app.services.authorship import live, require_may_edit
from app.services.search_index import refresh_search_keys
from app.services.workspace import Changes, Workspace
from app.validation.fields import clean_text

MAX_REASON = 400
UNDO_REASON = N_("Undone right after saving")


def clean_reason(reason: str) -> str:
    text = clean_text(reason, max_length=MAX_REASON, field="reason")
    if not text:
        raise ValidationError(N_("Please say why this record is deleted."), field="reason")
    return text


def delete_record(workspace: Workspace, kind: str, record_id: str, reason: str) -> Changes:
    """Tombstone a record with a required reason (audited; shown in its history). A household
    with members still in it cannot be deleted: move or delete them first.

    Errors: ValidationError (field "reason"), PermissionDenied, NotFound, ConflictError."""
    reason = clean_reason(reason)
    with workspace.write() as session:
        row = live(session, kind, record_id)
        require_may_edit(workspace, session, kind, row)
        changes = Changes.of(kind, record_id)
        if kind == "household" and session.scalar(select(Person.id).where(
                Person.household_id == record_id, Person.deleted_at.is_(None)).limit(1)):
            raise ConflictError(N_("This household still has members: move or delete them "
                                   "first."))
        row.deleted_at = utc_now()
        session.flush()
        if kind == "person":
            refresh_search_keys(session, row)
        if kind in ("visit", "activity"):
            changes |= _close_follow_ups(session, row, kind)
        if kind == "case_file":
            changes |= _close_case_tasks(session, row)
        session.add(DeletionNote(station_id=workspace.station_id, record_kind=kind,
                                 record_id=record_id, reason=reason,
                                 deleted_by=workspace.user_id))  # travels with the tombstone
        workspace.audit(session, f"{kind}.deleted", kind, record_id, {"reason": reason})
    return changes


def undo_new_record(workspace: Workspace, kind: str, record_id: str) -> Changes:
    """The one-minute undo of a record just saved: a delete with the reason "undone"."""
    return delete_record(workspace, kind, record_id, UNDO_REASON)


def _close_follow_ups(session: Session, row, kind: str) -> Changes:
    if kind != "visit" or row.follow_up_on is None:
        return Changes()
    tasks = list(session.scalars(select(Task).where(
        Task.kind == "follow_up", Task.household_id == row.household_id,
        Task.due_on == row.follow_up_on, Task.done_at.is_(None), Task.deleted_at.is_(None))))
    for task in tasks:
        task.deleted_at = utc_now()
    return Changes(frozenset({"task"}), frozenset(t.id for t in tasks)) if tasks else Changes()


def _close_case_tasks(session: Session, case: CaseFile) -> Changes:
    tasks = list(session.scalars(select(Task).where(
        Task.case_id == case.id, Task.done_at.is_(None), Task.deleted_at.is_(None))))
    for task in tasks:
        task.deleted_at = utc_now()
    return Changes(frozenset({"task"}), frozenset(t.id for t in tasks)) if tasks else Changes()
