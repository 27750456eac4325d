"""Retention (issue 19): the station's policy lists records due for review; nothing is
deleted without a person confirming (then it is an erasure, app.services.erasure, or a delete
with a reason, app.services.deletion).

The policy is two station settings (app.services.settings, synced to every laptop of the
station, set by the admin): `retention_closed_case_years` (a case file closed longer ago
than this) and `retention_inactive_person_years` (a person with nothing recorded about them
— visit to their household, case file or service, activity attended, resource received,
change to their record — for longer than this). 0 switches a rule off.

    due_for_review(workspace, today=None) -> list[DueRecord]
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.errors import N_
from app.models import (Activity, Attendance, CaseFile, CaseServiceRecord, Person,
                        ResourceLink, Visit)
from app.services.sensitivity import Viewer, masked_name
from app.services.settings import get_setting
from app.services.workspace import Workspace

REASONS = {"closed_case": N_("Case file closed more than %1 years ago"),
           "inactive_person": N_("Nothing recorded for more than %1 years")}


@dataclass(frozen=True)
class DueRecord:
    kind: str           # "case_file" or "person"
    id: str
    label: str          # case number, or the person's name (masked for a child)
    last: date          # closed on / last recorded
    reason: str         # a key of REASONS (English source with %1 = years)
    years: int


POLICY_KEYS = ("retention_closed_case_years", "retention_inactive_person_years")


def retention_policy(workspace: Workspace) -> dict[str, int]:
    """The station's two retention settings, by key (years; 0 = off)."""
    return {key: get_setting(workspace, key) for key in POLICY_KEYS}


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def due_for_review(workspace: Workspace, today: date | None = None) -> list[DueRecord]:
    """The records the station's retention policy says are due for review, oldest first.
    Supervisors and the admin only (PermissionDenied)."""
    workspace.require_role("supervisor", "admin")
    today = today or date.today()
    case_years = get_setting(workspace, "retention_closed_case_years")
    person_years = get_setting(workspace, "retention_inactive_person_years")
    due: list[DueRecord] = []
    with workspace.read() as session:
        if case_years:
            cutoff = _years_before(today, case_years)
            for case in session.scalars(select(CaseFile).where(
                    CaseFile.station_id == workspace.station_id, CaseFile.deleted_at.is_(None),
                    CaseFile.stage == "closed", CaseFile.closed_on < cutoff)):
                due.append(DueRecord("case_file", case.id, case.case_number, case.closed_on,
                                     "closed_case", case_years))
        if person_years:
            cutoff = _years_before(today, person_years)
            last = _last_recorded(session)
            viewer = Viewer(session, workspace, today)
            for person in session.scalars(select(Person).where(Person.deleted_at.is_(None))):
                seen = max(filter(None, (last["person"].get(person.id),
                                         last["household"].get(person.household_id),
                                         person.updated_at.date() if person.updated_at
                                         else None)), default=None)
                if seen is not None and seen < cutoff:
                    name = person.name_zh or person.name_bo
                    due.append(DueRecord("person", person.id, name if viewer.sees(person)
                                         else masked_name(name), seen, "inactive_person",
                                         person_years))
    return sorted(due, key=lambda record: (record.last, record.kind, record.id))


def _last_recorded(session) -> dict[str, dict[str, date]]:
    """The last day something was recorded, per person id and per household id."""
    by_person: dict[str, date] = {}
    by_household: dict[str, date] = {}

    def note(target: dict, key, day) -> None:
        if key and day and (key not in target or day > target[key]):
            target[key] = day

    for household_id, day in session.execute(select(Visit.household_id, func.max(
            Visit.visited_on)).where(Visit.deleted_at.is_(None)).group_by(Visit.household_id)):
        note(by_household, household_id, day)
    for person_id, opened, closed, served in session.execute(
            select(CaseFile.person_id, func.max(CaseFile.opened_on), func.max(CaseFile.closed_on),
                   func.max(CaseServiceRecord.served_on))
            .outerjoin(CaseServiceRecord, CaseServiceRecord.case_id == CaseFile.id)
            .where(CaseFile.deleted_at.is_(None)).group_by(CaseFile.person_id)):
        for day in (opened, closed, served):
            note(by_person, person_id, day)
    for person_id, day in session.execute(select(Attendance.person_id, func.max(
            Activity.held_on)).join(Activity, Activity.id == Attendance.activity_id)
            .group_by(Attendance.person_id)):
        note(by_person, person_id, day)
    for person_id, household_id, day in session.execute(select(
            ResourceLink.person_id, ResourceLink.household_id, func.max(ResourceLink.linked_on))
            .where(ResourceLink.deleted_at.is_(None))
            .group_by(ResourceLink.person_id, ResourceLink.household_id)):
        note(by_person if person_id else by_household, person_id or household_id, day)
    return {"person": by_person, "household": by_household}
