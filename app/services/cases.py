"""Case files: intake → needs assessment → service plan → services → closure.

The supervisor's checkpoints are the service plan and the closure: the worker submits, the
supervisor approves (the case moves on) or returns it with comments, which become a task on
the worker's "today" list; resubmitting completes that task.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, ConflictError, NotFound, PermissionDenied, ValidationError
from app.models import CaseFile, CaseReview, CaseServiceRecord, Meta, Person, Task, utc_now
from app.models.cases import (CASE_PREFIX_KEY, CASE_STAGES,  # noqa: F401 - for the screens and sync
                              RESTORED_PREFIX_KEY, RISK_LEVELS)
from app.services.catalog import require_code
from app.services.records import record_date
from app.services.workspace import Changes, Created, Workspace
from app.validation.fields import clean_text

NEXT_STAGE = {"intake": "assessment", "assessment": "planning", "planning": "service",
              "service": "closure", "closure": "closed"}
REVIEWED_STAGES = ("planning", "closure")  # moving on from these needs a supervisor
REQUIRED_FIELD = {"intake": "intake_reason", "assessment": "assessment",
                  "planning": "plan_goals", "closure": "closure_summary"}
EDITABLE_FIELDS = ("intake_reason", "assessment", "plan_goals", "plan_actions",
                   "closure_reason", "closure_summary", "risk_level")


@dataclass
class CaseInput:
    person_id: str
    domain_code: str
    intake_reason: str
    opened_on: str | date
    risk_level: str = "low"
    intake_source: str = "outreach"


def _case(session: Session, case_id: str) -> CaseFile:
    case = session.get(CaseFile, case_id or "")
    if case is None or case.deleted_at is not None:
        raise NotFound(N_("This case file no longer exists."))
    return case


def _next_case_number(session: Session, station_id: str, year: int, prefix: str) -> str:
    """`2026-B-0007`: year, this device's letter(s), a count per device and year — unique
    across the station's laptops without asking anyone. A device that does not know its
    letter yet (enrolled before letters existed, not synced since) keeps the old `2026-0007`
    form until its next sync tells it."""
    stem = f"{year}-{prefix}-" if prefix else f"{year}-"
    numbers = session.scalars(select(CaseFile.case_number).where(
        CaseFile.station_id == station_id, CaseFile.case_number.like(f"{stem}%")))
    highest = 0
    for number in numbers:
        tail = number[len(stem):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{stem}{highest + 1:04d}"


def case_prefix(session: Session) -> str:
    row = session.get(Meta, CASE_PREFIX_KEY)
    return row.value if row is not None else ""


def open_case(workspace: Workspace, data: CaseInput) -> Created:
    """Open a case file with the next case number of this device's letter. ConflictError on a
    computer restored from a backup that has not enrolled again (the lost laptop's letter
    must not be used twice); ValidationError naming the field for bad input."""
    with workspace.write() as session:
        if not case_prefix(session) and session.get(Meta, RESTORED_PREFIX_KEY) is not None:
            raise ConflictError(N_(
                "This computer was restored from a backup. Connect it to the county server "
                "again (Sync page) before opening case files: its case numbers need a new "
                "letter, the lost computer's may still be in use."))
        person = session.get(Person, data.person_id or "")
        if person is None or person.deleted_at is not None:
            raise ValidationError(N_("Please choose the person this case is about."),
                                  field="person_id")
        require_code(session, "domain", data.domain_code, field="domain_code")
        if data.risk_level not in RISK_LEVELS:
            raise ValidationError(N_("Please choose the risk level."), field="risk_level")
        opened_on = record_date(data.opened_on, field="opened_on")
        case = CaseFile(
            case_number=_next_case_number(session, workspace.station_id, opened_on.year,
                                          case_prefix(session)),
            station_id=workspace.station_id, person_id=person.id, worker_id=workspace.user_id,
            domain_code=data.domain_code, opened_on=opened_on, risk_level=data.risk_level,
            intake_source=clean_text(data.intake_source, max_length=32, field="intake_source",
                                     multiline=False),
            intake_reason=clean_text(data.intake_reason, max_length=8000, field="intake_reason",
                                     required=True))
        session.add(case)
        session.flush()
        workspace.audit(session, "case.opened", "case_file", case.id)
    return Created(case.id, Changes.of("case_file", case.id))


def update_case(workspace: Workspace, case_id: str, **fields: str) -> Changes:
    """Edit the text of the case; not while it waits for the supervisor, not once closed."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with workspace.write() as session:
        case = _case(session, case_id)
        _require_owner(workspace, case)
        if case.review_state == "submitted" or case.stage == "closed":
            raise ConflictError(N_("This case is waiting for review or closed; it cannot be edited."))
        for name, value in fields.items():
            if name == "risk_level":
                if value not in RISK_LEVELS:
                    raise ValidationError(N_("Please choose the risk level."), field=name)
                case.risk_level = value
            else:
                setattr(case, name, clean_text(value, max_length=8000, field=name))
    return Changes.of("case_file", case_id)


def _require_owner(workspace: Workspace, case: CaseFile) -> None:
    if case.worker_id != workspace.user_id and workspace.role != "admin":
        raise PermissionDenied(N_("Only the case's own worker may change it."))


def _require_filled(case: CaseFile) -> None:
    required = REQUIRED_FIELD.get(case.stage)
    if required and not getattr(case, required).strip():
        raise ValidationError(N_("Please fill in this stage before moving on."), field=required)


def advance_case(workspace: Workspace, case_id: str) -> Changes:
    """Move to the next stage where no review is needed (intake, assessment, service)."""
    with workspace.write() as session:
        case = _case(session, case_id)
        _require_owner(workspace, case)
        if case.stage in REVIEWED_STAGES or case.stage == "closed":
            raise ConflictError(N_("This stage needs the supervisor's approval to move on."))
        _require_filled(case)
        case.stage = NEXT_STAGE[case.stage]
        case.review_state = "none"
        workspace.audit(session, "case.advanced", "case_file", case.id, {"stage": case.stage})
    return Changes.of("case_file", case_id)


def submit_case_for_review(workspace: Workspace, case_id: str) -> Changes:
    with workspace.write() as session:
        case = _case(session, case_id)
        _require_owner(workspace, case)
        if case.stage not in REVIEWED_STAGES:
            raise ConflictError(N_("Only a service plan or a closure is submitted for review."))
        if case.review_state == "submitted":
            raise ConflictError(N_("This case is already waiting for review."))
        _require_filled(case)
        case.review_state = "submitted"
        changes = Changes.of("case_file", case_id)
        for task in session.scalars(select(Task).where(
                Task.case_id == case.id, Task.kind == "fix_case", Task.done_at.is_(None))):
            task.done_at = utc_now()
            changes |= Changes.of("task", task.id)
        workspace.audit(session, "case.submitted", "case_file", case.id, {"stage": case.stage})
    return changes


def _decide(workspace: Workspace, case_id: str, decision: str, comments: str) -> Changes:
    if not workspace.is_supervisor:
        raise PermissionDenied(N_("Only a supervisor may review case files."))
    with workspace.write() as session:
        case = _case(session, case_id)
        if case.review_state != "submitted":
            raise ConflictError(N_("This case is not waiting for review."))
        if case.worker_id == workspace.user_id:
            raise PermissionDenied(N_("You cannot review a case file of your own."))
        comments = clean_text(comments, max_length=4000, field="comments",
                              required=decision == "returned")
        review = CaseReview(case_id=case.id, reviewer_id=workspace.user_id, stage=case.stage,
                            decision=decision, comments=comments, decided_at=utc_now())
        session.add(review)
        changes = Changes(frozenset({"case_file", "case_review"}), frozenset({case.id}))
        if decision == "approved":
            case.stage = NEXT_STAGE[case.stage]
            case.review_state = "approved"
            if case.stage == "closed":
                case.closed_on = date.today()
        else:
            case.review_state = "returned"
            task = Task(assignee_id=case.worker_id, kind="fix_case", case_id=case.id,
                        text=comments)
            session.add(task)
            session.flush()
            changes |= Changes.of("task", task.id)
        workspace.audit(session, f"case.{decision}", "case_file", case.id, {"stage": review.stage})
    return changes


def approve_case(workspace: Workspace, case_id: str, comments: str = "") -> Changes:
    return _decide(workspace, case_id, "approved", comments)


def return_case(workspace: Workspace, case_id: str, comments: str) -> Changes:
    """Send back to the worker: the comments become a task naming what to fix."""
    return _decide(workspace, case_id, "returned", comments)


@dataclass
class ServiceRecordInput:
    served_on: str | date
    item_code: str
    minutes: int = 0
    notes: str = ""


def add_service_record(workspace: Workspace, case_id: str,
                       data: ServiceRecordInput) -> Created:
    with workspace.write() as session:
        case = _case(session, case_id)
        if case.stage != "service":
            raise ConflictError(N_("Services are recorded once the service plan is approved."))
        require_code(session, "service_item", data.item_code, field="item_code")
        if not 0 <= int(data.minutes) <= 24 * 60:
            raise ValidationError(N_("Minutes must be between 0 and 1440."), field="minutes")
        served_on = record_date(data.served_on, field="served_on")
        if served_on < case.opened_on:
            raise ValidationError(N_("A service cannot be before the case was opened."),
                                  field="served_on")
        record = CaseServiceRecord(case_id=case.id, worker_id=workspace.user_id,
                                   served_on=served_on, item_code=data.item_code,
                                   minutes=int(data.minutes),
                                   notes=clean_text(data.notes, max_length=8000, field="notes"))
        session.add(record)
        session.flush()
    return Created(record.id, Changes(frozenset({"case_service", "case_file"}), frozenset({record.id, case_id})))


def complete_task(workspace: Workspace, task_id: str) -> Changes:
    with workspace.write() as session:
        task = session.get(Task, task_id)
        if task is None or task.assignee_id != workspace.user_id:
            raise NotFound(N_("This task no longer exists."))
        task.done_at = task.done_at or utc_now()
    return Changes.of("task", task_id)
