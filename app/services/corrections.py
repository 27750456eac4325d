"""Open, correct, delete and restore saved records (the second year of records).

Every kind a station records can be opened again and corrected through the same checks as
when it was first saved: household visits, activities (with their roster), resource links,
households, persons and case service records. Who may change a record: its author (the worker
who recorded it) and the station admin; a supervisor reads. A delete is a tombstone with a
required reason (audited, shown in the record's history); the station admin may restore it.

Each use case is one transaction; the change-log hook turns the changed fields into one
field-level change for the county's three-way merge, so a correction syncs like any edit and
the monthly figures (computed from live records) follow it.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, ConflictError, NotFound, PermissionDenied, ValidationError
from app.models import (Activity, Attendance, CaseFile, CaseServiceRecord, ChangeLogEntry,
                        DeletionNote, Household, Person, ResourceLink, Task, Visit, utc_now)
from app.services.cases import ServiceRecordInput
from app.services.catalog import require_code
from app.services.records import (ActivityInput, ResourceLinkInput, VisitInput,
                                  activity_values, follow_up_task, record_date, resource_values,
                                  visit_values)
from app.services.authorship import (AUTHOR_COLUMN, EDITABLE_MODELS, author_of,  # noqa: F401
                                     live, may_edit, model_of, require_may_edit)
from app.services.deletion import (MAX_REASON, UNDO_REASON, clean_reason,  # noqa: F401
                                   delete_record, undo_new_record)
from app.services.search_index import refresh_search_keys
from app.services.workspace import Changes, Workspace
from app.validation.fields import clean_text

def _apply(row, values: dict) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


# -- corrections ---------------------------------------------------------------------------

def update_visit(workspace: Workspace, visit_id: str, data: VisitInput) -> Changes:
    """Correct a household visit (every field). A follow-up date set for the first time puts
    a follow-up task on the visit's worker's list."""
    with workspace.write() as session:
        visit = live(session, "visit", visit_id)
        require_may_edit(workspace, session, "visit", visit)
        values = visit_values(session, data)
        had_follow_up = visit.follow_up_on is not None
        _apply(visit, values)
        changes = Changes.of("visit", visit_id)
        if values["follow_up_on"] and not had_follow_up:
            task = follow_up_task(workspace, values)
            task.assignee_id = visit.worker_id
            session.add(task)
            session.flush()
            changes |= Changes.of("task", task.id)
    return changes


def update_activity(workspace: Workspace, activity_id: str, data: ActivityInput) -> Changes:
    """Correct an activity: its fields, and its roster (a person taken off is a tombstoned
    attendance; a person added is a new one)."""
    with workspace.write() as session:
        activity = live(session, "activity", activity_id)
        require_may_edit(workspace, session, "activity", activity)
        values, attendees = activity_values(session, data)
        _apply(activity, values)
        current = {a.person_id: a for a in session.scalars(select(Attendance).where(
            Attendance.activity_id == activity_id, Attendance.deleted_at.is_(None)))}
        now = utc_now()
        for person_id, attendance in current.items():
            if person_id not in attendees:
                attendance.deleted_at = now
        session.add_all(Attendance(activity_id=activity_id, person_id=p)
                        for p in attendees if p not in current)
    return Changes(frozenset({"activity", "attendance"}), frozenset({activity_id}))


def update_resource_link(workspace: Workspace, link_id: str, data: ResourceLinkInput) -> Changes:
    with workspace.write() as session:
        link = live(session, "resource_link", link_id)
        require_may_edit(workspace, session, "resource_link", link)
        _apply(link, resource_values(session, data))
    return Changes.of("resource_link", link_id)


ServiceRecordEdit = ServiceRecordInput  # the same fields as when it was first recorded


def update_service_record(workspace: Workspace, record_id: str, data: ServiceRecordEdit) -> Changes:
    """Correct one service record of a case (date, service item, minutes, notes)."""
    with workspace.write() as session:
        record = live(session, "case_service", record_id)
        require_may_edit(workspace, session, "case_service", record)
        case = session.get(CaseFile, record.case_id)
        require_code(session, "service_item", data.item_code, field="item_code")
        if not 0 <= int(data.minutes) <= 24 * 60:
            raise ValidationError(N_("Minutes must be between 0 and 1440."), field="minutes")
        served_on = record_date(data.served_on, field="served_on")
        if case is not None and served_on < case.opened_on:
            raise ValidationError(N_("A service cannot be before the case was opened."),
                                  field="served_on")
        _apply(record, {"served_on": served_on, "item_code": data.item_code,
                        "minutes": int(data.minutes),
                        "notes": clean_text(data.notes, max_length=8000, field="notes")})
    return Changes(frozenset({"case_service", "case_file"}),
                   frozenset({record_id, record.case_id}))


# -- delete and restore --------------------------------------------------------------------

def restore_record(workspace: Workspace, kind: str, record_id: str) -> Changes:
    """The station admin brings a deleted record back (audited). A person whose ID number
    has since been given to someone else cannot come back until that is sorted out."""
    workspace.require_role("admin")
    with workspace.write() as session:
        row = session.get(model_of(kind), record_id or "")
        if row is None:
            raise NotFound(N_("This record no longer exists."))
        if row.deleted_at is None:
            raise ConflictError(N_("This record is not deleted."))
        parent = _parent(session, kind, row)
        if parent is not None and parent.deleted_at is not None:
            raise ConflictError(N_("Restore the household this record belongs to first."))
        if kind == "person" and row.id_number and session.scalar(select(Person.id).where(
                Person.id_number == row.id_number, Person.deleted_at.is_(None))):
            raise ConflictError(N_("The ID number %1 is now registered for someone else."),
                                row.id_number)
        row.deleted_at = None
        session.flush()
        if kind == "person":
            refresh_search_keys(session, row)
        workspace.audit(session, f"{kind}.restored", kind, record_id)
    return Changes.of(kind, record_id)


def _parent(session: Session, kind: str, row):
    if kind in ("visit", "person"):
        return session.get(Household, row.household_id)
    if kind == "case_file":
        return session.get(Person, row.person_id)
    if kind == "case_service":
        return session.get(CaseFile, row.case_id)
    return None


@dataclass(frozen=True)
class DeletedRow:
    kind: str
    id: str
    deleted_at: str
    description: str


def deleted_records(workspace: Workspace, limit: int = 200) -> list[DeletedRow]:
    """Tombstoned records of every editable kind, newest first (for the admin to restore)."""
    from app.services.history import describe_record

    found = []
    with workspace.read() as session:
        for kind, model in EDITABLE_MODELS.items():
            for row in session.scalars(select(model).where(model.deleted_at.is_not(None))
                                       .order_by(model.deleted_at.desc()).limit(limit)):
                found.append(DeletedRow(kind, row.id, row.deleted_at.isoformat(timespec="minutes"),
                                        describe_record(session, kind, row, workspace.language)))
    found.sort(key=lambda r: r.deleted_at, reverse=True)
    return found[:limit]


# -- one record, as a form or the command line sees it -------------------------------------

@dataclass(frozen=True)
class EditableRecord:
    """A saved record as its form fields (`values`, keyed like the kind's input dataclass),
    whether the signed-in user may change it, and whether it is deleted."""

    kind: str
    id: str
    values: dict
    may_edit: bool
    deleted: bool
    labels: dict  # display names of the households and people `values` refers to, by id


def _input_values(session: Session, kind: str, row) -> dict:
    if kind == "visit":
        return {"household_id": row.household_id, "visited_on": row.visited_on.isoformat(),
                "domain_code": row.domain_code, "service_items": list(row.service_items or []),
                "notes": row.notes, "people_served": row.people_served,
                "follow_up_on": row.follow_up_on.isoformat() if row.follow_up_on else None}
    if kind == "activity":
        attendees = session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == row.id, Attendance.deleted_at.is_(None))
            .order_by(Attendance.person_id)).all()
        return {"kind": row.kind, "title": row.title, "held_on": row.held_on.isoformat(),
                "domain_code": row.domain_code, "service_items": list(row.service_items or []),
                "village_id": row.village_id, "location": row.location,
                "attendee_ids": list(attendees), "headcount": row.headcount, "notes": row.notes}
    if kind == "resource_link":
        return {"linked_on": row.linked_on.isoformat(), "domain_code": row.domain_code,
                "source_code": row.source_code, "provider_name": row.provider_name,
                "household_id": row.household_id, "person_id": row.person_id,
                "money": _yuan(row.money_fen), "in_kind_description": row.in_kind_description,
                "in_kind_value": _yuan(row.in_kind_value_fen), "notes": row.notes}
    if kind == "case_service":
        return {"served_on": row.served_on.isoformat(), "item_code": row.item_code,
                "minutes": row.minutes, "notes": row.notes}
    if kind == "household":
        return {"village_id": row.village_id, "address_zh": row.address_zh,
                "address_bo": row.address_bo, "phone": row.phone, "notes": row.notes}
    if kind == "person":
        return {"name_zh": row.name_zh, "name_bo": row.name_bo, "name_latin": row.name_latin,
                "sex": row.sex, "birth_date": row.birth_date, "id_number": row.id_number or "",
                "relation": row.relation, "phone": row.phone,
                "target_groups": list(row.target_groups or []), "notes": row.notes}
    if kind == "case_file":
        from app.services.cases import EDITABLE_FIELDS

        return {name: getattr(row, name) for name in EDITABLE_FIELDS}
    raise NotFound(N_("This kind of record cannot be changed here."))


def _labels(session: Session, values: dict) -> dict:
    from app.services.ui_queries import household_row

    labels = {}
    people = list(values.get("attendee_ids") or []) + [values.get("person_id") or ""]
    for person_id in filter(None, people):
        person = session.get(Person, person_id)
        if person is not None:
            labels[person_id] = " · ".join(x for x in (person.name_zh, person.name_bo,
                                                       person.birth_date[:4]) if x)
    household_id = values.get("household_id")
    if household_id:
        household = session.get(Household, household_id)
        if household is not None:
            row = household_row(session, household, "zh_CN")
            labels[household_id] = " · ".join(x for x in (row.head, row.village, row.address) if x)
    return labels


UPDATERS = {"visit": update_visit, "activity": update_activity,
            "resource_link": update_resource_link, "case_service": update_service_record}


def _yuan(fen: int) -> str:
    return "" if not fen else f"{fen // 100}" if fen % 100 == 0 else f"{fen / 100:.2f}"


def record_for_edit(workspace: Workspace, kind: str, record_id: str) -> EditableRecord:
    """Open a saved record (also a deleted one, for the admin to look at before restoring)."""
    with workspace.read() as session:
        row = session.get(model_of(kind), record_id or "")
        if row is None:
            raise NotFound(N_("This record no longer exists."))
        if kind == "person":  # a child's record: only those who serve the child
            from app.services.sensitivity import Viewer

            Viewer(session, workspace).require(row)
        values = _input_values(session, kind, row)
        return EditableRecord(kind, row.id, values,
                              may_edit(workspace, session, kind, row) and row.deleted_at is None,
                              row.deleted_at is not None, _labels(session, values))


def update_record(workspace: Workspace, kind: str, record_id: str, values: dict) -> Changes:
    """Correct a record from a dict of form fields (as `record_for_edit` gives them); fields
    left out keep their saved value. Dispatches to the kind's own correction use case."""
    from app.services import households

    current = record_for_edit(workspace, kind, record_id)
    merged = {**current.values, **values}
    if kind == "visit":
        return update_visit(workspace, record_id, VisitInput(**merged))
    if kind == "activity":
        return update_activity(workspace, record_id, ActivityInput(**merged))
    if kind == "resource_link":
        return update_resource_link(workspace, record_id, ResourceLinkInput(**merged))
    if kind == "case_service":
        return update_service_record(workspace, record_id, ServiceRecordEdit(**merged))
    if kind == "case_file":  # the case's texts, with the case workflow's own rules
        from app.services.cases import update_case

        return update_case(workspace, record_id, **{k: v for k, v in values.items()})
    if kind == "household":
        return households.update_household(workspace, record_id, households.HouseholdInput(**merged))
    return households.update_person(workspace, record_id, households.PersonInput(**merged))
