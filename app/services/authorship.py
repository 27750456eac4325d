"""Who may change a saved record: its author (the worker who recorded it) and the station
admin; a supervisor reads. Shared by corrections, deletes, household facts and merges.

    live(session, kind, id)                  the live row, or NotFound
    require_may_edit(workspace, session, kind, row)   PermissionDenied unless allowed
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, NotFound, PermissionDenied
from app.models import (Activity, CaseFile, CaseServiceRecord, ChangeLogEntry, Household, Person,
                        ResourceLink, Visit)
from app.services.workspace import Workspace

# The record kinds a person can open, correct, delete and restore, by their wire name.
EDITABLE_MODELS: dict[str, type] = {
    "visit": Visit, "activity": Activity, "resource_link": ResourceLink,
    "household": Household, "person": Person, "case_service": CaseServiceRecord,
    "case_file": CaseFile,  # corrected on the Case files page (app.services.cases); deleted here
}
# The column naming who recorded it; kinds without one take the author of their first change.
AUTHOR_COLUMN = {"visit": "worker_id", "activity": "organiser_id", "resource_link": "worker_id",
                 "case_service": "worker_id", "household": "registered_by",
                 "case_file": "worker_id"}  # a case file: the worker who holds it now


def model_of(kind: str) -> type:
    model = EDITABLE_MODELS.get(kind)
    if model is None:
        raise NotFound(N_("This kind of record cannot be changed here."))
    return model


def author_of(session: Session, kind: str, row) -> str | None:
    """The user id of whoever recorded `row` (its author column, else its first change)."""
    column = AUTHOR_COLUMN.get(kind)
    if column and getattr(row, column, None):
        return getattr(row, column)
    if kind == "person":
        household = session.get(Household, row.household_id)
        first = session.scalar(select(ChangeLogEntry.author_id).where(
            ChangeLogEntry.record_id == row.id).order_by(ChangeLogEntry.seq).limit(1))
        return first or (household.registered_by if household is not None else None)
    return session.scalar(select(ChangeLogEntry.author_id).where(
        ChangeLogEntry.record_id == row.id).order_by(ChangeLogEntry.seq).limit(1))


def may_edit(workspace: Workspace, session: Session, kind: str, row) -> bool:
    """The author and the station admin may change a record; a supervisor only reads it."""
    if workspace.role == "admin":
        return True
    if workspace.role == "supervisor":
        return False
    return author_of(session, kind, row) == workspace.user_id


def require_may_edit(workspace: Workspace, session: Session, kind: str, row) -> None:
    if not may_edit(workspace, session, kind, row):
        raise PermissionDenied(N_("Only the worker who recorded this and the station admin "
                                  "may change it."))


def live(session: Session, kind: str, record_id: str):
    row = session.get(model_of(kind), record_id or "")
    if row is None or row.deleted_at is not None:
        raise NotFound(N_("This record no longer exists."))
    return row
