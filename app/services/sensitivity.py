"""Who sees a child's record (sensitive personal information: app.protocol.sensitivity).

The station admin and supervisors see every record (they assign and review the work). A
worker sees a child's record when they need it: they hold one of the child's case files,
registered the child's household, or visited it. Everyone else gets a masked row (the first
character of the name, then ＊; no Tibetan or Latin name, birth date, ID number or phone),
and opening the record itself is refused. Enforced here, in the read use cases
(`app.services.ui_queries`, `app.services.corrections.record_for_edit`), not only in the UI.

    viewer = Viewer(session, workspace)
    viewer.sees(person) -> bool
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, PermissionDenied
from app.models import CaseFile, Household, Visit
from app.protocol.sensitivity import is_child
from app.services.workspace import Workspace

MASK = "＊"


class Viewer:
    """The signed-in user's view of persons in one read (caches what it looked up)."""

    def __init__(self, session: Session, workspace: Workspace, today: date | None = None):
        self.session, self.workspace = session, workspace
        self.today = today or date.today()
        self._households: set[str] | None = None
        self._case_people: set[str] | None = None

    def _assigned(self, person) -> bool:
        user = self.workspace.user_id
        if self._case_people is None:
            self._case_people = set(self.session.scalars(select(CaseFile.person_id).where(
                CaseFile.worker_id == user, CaseFile.deleted_at.is_(None))))
            self._households = set(self.session.scalars(select(Household.id).where(
                Household.registered_by == user))) | set(self.session.scalars(
                    select(Visit.household_id).where(Visit.worker_id == user,
                                                     Visit.deleted_at.is_(None))))
        return person.id in self._case_people or person.household_id in self._households

    def sensitive(self, person) -> bool:
        return is_child({"birth_date": person.birth_date, "id_number": person.id_number},
                        self.today)

    def sees(self, person) -> bool:
        if self.workspace.role in ("admin", "supervisor") or not self.sensitive(person):
            return True
        return self._assigned(person)

    def require(self, person) -> None:
        if not self.sees(person):
            raise refusal()


def refusal() -> PermissionDenied:
    """The error (translated, context "Core") for opening a record this user may not see: a
    screen shows it instead of a form for a masked row."""
    return PermissionDenied(N_("This is a child's record: only the worker who serves the "
                               "child, a supervisor and the admin may open it."))


def masked_name(name: str) -> str:
    return (name[:1] + MASK) if name else MASK


def mask_row(row):
    """A PersonRow as a user who may not see the child gets it."""
    return replace(row, name_zh=masked_name(row.name_zh or row.name_bo), name_bo="",
                   name_latin="", birth_date="", id_number="", masked=True)
