"""Access request (查阅请求, PIPL art. 45): everything the station holds about one person, as
a JSON file (typed: `AccessReport`, schema in docs/access-request.schema.json) and a PDF in
the person's language (Chinese or Tibetan), written into the user's export folder and
audited (who, when, which person; no data in the audit).

What is reported, one section per holder (`HOLDERS`, the one list of where personal data
about a person is; a new holder such as attachments is one more entry):

- `person`: the person's own record; `household`: their household's record (address,
  phone, village, notes); `household_members`: the other members **by relation only** (no
  name, ID number, phone or notes of anyone else: a household record needs only that the
  person lives with a spouse, a child …);
- `visits` to the household, `case_files` of the person with their `case_services` and
  `case_reviews`, `activities` attended (without the activity's notes and headcount, which
  are about the group), `resource_links` to the person or to the household as a whole;
- each record with the history of its changes from the change log (when, what, who);
  deleted records too (a tombstone still holds the data; its `deleted_at` says when).

    answer_access_request(workspace, person_id, language="bo") -> AccessResult
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.changes import Changes
from app.errors import N_, NotFound, ValidationError
from app.models import (Activity, Attachment, Attendance, CaseFile, CaseReview,
                        CaseServiceRecord, ChangeLogEntry, Household, Person, ResourceLink, User,
                        Visit)
from app.protocol.hlc import HlcTimestamp
from app.services.consent import GIVER_TEXT, PURPOSE_TEXT
from app.services.workspace import Workspace

FORMAT = "station-ledger-access-request/1"
LANGUAGES = ("zh_CN", "bo")
HIDDEN = {"id", "hlc", "created_at", "updated_at", "station_id", "merged_into", "erased_at"}
USER_FIELDS = {"worker_id", "organiser_id", "registered_by", "reviewer_id", "assignee_id"}
ATTACHMENT_FIELDS = ("owner_kind", "filename", "mime", "size", "deleted_at")
ACTIVITY_FIELDS = ("kind", "title", "held_on", "domain_code", "service_items", "location")


class Change(msgspec.Struct, forbid_unknown_fields=True):
    """One change of a record: when (UTC, ISO), insert/update/delete, who, the new values."""
    at: str
    op: str
    author: str
    fields: dict[str, Any]


class Item(msgspec.Struct, forbid_unknown_fields=True):
    """One record: its kind and id, its fields now (display-ready raw values: codes, dates
    as ISO text, users as names), and its history, oldest first."""
    kind: str
    id: str
    fields: dict[str, Any]
    history: list[Change] = []


class AccessReport(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    person_id: str
    station_id: str
    language: str
    made_at: str
    made_by: str
    sections: dict[str, list[Item]]


@dataclass
class _Context:
    session: Session
    person: Person
    users: dict[str, str]
    cases: list[str] = field(default_factory=list)


def _value(name: str, value: Any, users: dict[str, str]) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if name in USER_FIELDS and value:
        return users.get(value, "")
    return value


def _fields(row, users: dict[str, str], only: tuple[str, ...] | None = None) -> dict[str, Any]:
    names = only or [c.key for c in row.__table__.columns if c.key not in HIDDEN]
    return {name: _value(name, getattr(row, name), users) for name in names}


def _history(ctx: _Context, kind: str, record_id: str,
             only: tuple[str, ...] | None = None) -> list[Change]:
    changes = []
    for entry in ctx.session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == record_id, ChangeLogEntry.kind == kind)
            .order_by(ChangeLogEntry.seq)):
        names = [n for n in (entry.fields or []) if n not in HIDDEN and (not only or n in only)]
        try:
            at = datetime.fromtimestamp(HlcTimestamp.decode(entry.hlc).millis / 1000,
                                        tz=timezone.utc).replace(tzinfo=None).isoformat()
        except Exception:  # noqa: BLE001 - an unreadable stamp still shows, without a time
            at = ""
        snapshot = entry.snapshot or {}
        changes.append(Change(at, entry.op, ctx.users.get(entry.author_id or "", ""),
                              {n: _value(n, snapshot.get(n), ctx.users) for n in names}))
    return changes


def _items(ctx: _Context, kind: str, rows, only: tuple[str, ...] | None = None) -> list[Item]:
    return [Item(kind, row.id, _fields(row, ctx.users, only), _history(ctx, kind, row.id, only))
            for row in rows]


def person_section(ctx: _Context) -> list[Item]:
    return _items(ctx, "person", [ctx.person])


def household_section(ctx: _Context) -> list[Item]:
    household = ctx.session.get(Household, ctx.person.household_id)
    return _items(ctx, "household", [household] if household is not None else [])


def members_section(ctx: _Context) -> list[Item]:
    """The other live members, by relation only (see the module's docstring)."""
    others = ctx.session.scalars(select(Person).where(
        Person.household_id == ctx.person.household_id, Person.id != ctx.person.id,
        Person.deleted_at.is_(None)).order_by(Person.id))
    return [Item("person", "", {"relation": other.relation}) for other in others]


def visits_section(ctx: _Context) -> list[Item]:
    return _items(ctx, "visit", ctx.session.scalars(select(Visit).where(
        Visit.household_id == ctx.person.household_id)
        .order_by(Visit.visited_on, Visit.id)))


def cases_section(ctx: _Context) -> list[Item]:
    rows = list(ctx.session.scalars(select(CaseFile).where(
        CaseFile.person_id == ctx.person.id)
        .order_by(CaseFile.opened_on, CaseFile.id)))
    ctx.cases = [row.id for row in rows]
    return _items(ctx, "case_file", rows)


def services_section(ctx: _Context) -> list[Item]:
    return _items(ctx, "case_service", ctx.session.scalars(select(CaseServiceRecord).where(
        CaseServiceRecord.case_id.in_(ctx.cases))
        .order_by(CaseServiceRecord.served_on, CaseServiceRecord.id)))


def reviews_section(ctx: _Context) -> list[Item]:
    return _items(ctx, "case_review", ctx.session.scalars(select(CaseReview).where(
        CaseReview.case_id.in_(ctx.cases))
        .order_by(CaseReview.decided_at, CaseReview.id)))


def activities_section(ctx: _Context) -> list[Item]:
    rows = ctx.session.scalars(select(Activity).where(
        Activity.id.in_(select(Attendance.activity_id).where(
            Attendance.person_id == ctx.person.id))).order_by(Activity.held_on, Activity.id))
    return _items(ctx, "activity", rows, ACTIVITY_FIELDS)


def resources_section(ctx: _Context) -> list[Item]:
    return _items(ctx, "resource_link", ctx.session.scalars(select(ResourceLink).where(
        or_(ResourceLink.person_id == ctx.person.id,
            (ResourceLink.household_id == ctx.person.household_id)
            & ResourceLink.person_id.is_(None))).order_by(ResourceLink.linked_on, ResourceLink.id)))


def attachments_section(ctx: _Context) -> list[Item]:
    """Files attached to the person or to a record reported above: name, type, size and
    history (the content is not copied into the report; a copy is given on request)."""
    session, person = ctx.session, ctx.person
    owners = {
        "person": [person.id], "household": [person.household_id], "case_file": ctx.cases,
        "visit": list(session.scalars(select(Visit.id).where(
            Visit.household_id == person.household_id))),
        "case_service": list(session.scalars(select(CaseServiceRecord.id).where(
            CaseServiceRecord.case_id.in_(ctx.cases)))),
        "resource_link": list(session.scalars(select(ResourceLink.id).where(or_(
            ResourceLink.person_id == person.id,
            (ResourceLink.household_id == person.household_id)
            & ResourceLink.person_id.is_(None))))),
    }
    wanted = [(Attachment.owner_kind == kind) & Attachment.owner_id.in_(ids)
              for kind, ids in owners.items() if ids]
    return _items(ctx, "attachment", session.scalars(select(Attachment).where(or_(*wanted))
                                                     .order_by(Attachment.id)),
                  ATTACHMENT_FIELDS)


# Every holder of personal data about a person, in the order reported (the cases come
# before their services and reviews). A new holder (attachments) is one more entry here.
HOLDERS: tuple[tuple[str, Callable[[_Context], list[Item]]], ...] = (
    ("person", person_section), ("household", household_section),
    ("household_members", members_section), ("visits", visits_section),
    ("case_files", cases_section), ("case_services", services_section),
    ("case_reviews", reviews_section), ("activities", activities_section),
    ("resource_links", resources_section), ("attachments", attachments_section),
)
EXTRA_LABELS = {
    "case_number": N_("Case number"),
    "opened_on": N_("Opened on"), "closed_on": N_("Closed on"),
    "intake_source": N_("Intake source"), "reviewer_id": N_("Reviewer"),
    "decision": N_("Decision"), "comments": N_("Comments"), "decided_at": N_("Date"),
    "owner_kind": N_("Attached to"), "filename": N_("File name"), "mime": N_("File type"),
    "size": N_("Size in bytes"),
}
SECTION_TITLES = {
    "person": N_("The person"), "household": N_("Household"),
    "household_members": N_("Other members of the household (relation only)"),
    "visits": N_("Household visits"), "case_files": N_("Case files"),
    "case_services": N_("Service records"), "case_reviews": N_("Supervisor's reviews"),
    "activities": N_("Activities attended"), "resource_links": N_("Resources received"),
    "attachments": N_("Attachments"),
}


def access_report(workspace: Workspace, person_id: str, language: str = "zh_CN") -> AccessReport:
    """Everything held about one person, also one deleted (a tombstone still holds the data;
    an erased person has none left: NotFound). Read only. Errors: PermissionDenied (a
    worker; access requests are answered by a supervisor or the admin), NotFound,
    ValidationError (field "language")."""
    workspace.require_role("supervisor", "admin")
    if language not in LANGUAGES:
        raise ValidationError(N_("Please choose a language."), field="language")
    with workspace.read() as session:
        person = session.get(Person, person_id or "")
        if person is None or person.erased_at is not None:  # a deleted person's data is
            raise NotFound(N_("This record no longer exists."))  # still held: reported
        users = {u.id: u.display_name for u in session.scalars(select(User))}
        ctx = _Context(session, person, users)
        sections = {name: holder(ctx) for name, holder in HOLDERS}
    return AccessReport(FORMAT, person_id, workspace.station_id, language,
                        datetime.now(timezone.utc).replace(tzinfo=None).isoformat(
                            timespec="seconds"),
                        workspace.display_name, sections)


def report_schema() -> dict:
    """The JSON Schema of the JSON file (msgspec's, from `AccessReport`)."""
    return msgspec.json.schema(AccessReport)


@dataclass
class AccessResult:
    json_path: Path
    pdf_path: Path
    records: int
    seconds: float

    @property
    def changes(self) -> Changes:
        return Changes.of("audit")


def answer_access_request(workspace: Workspace, person_id: str, language: str = "zh_CN",
                          folder: str | Path | None = None) -> AccessResult:
    """Write the JSON file and the PDF for one person into `folder` (default: the user's
    export folder), each atomically, and audit it ("person.access_request": the person's id,
    the language and the file names, no data). Errors: as `access_report`, ExportError when
    the PDF cannot be laid out."""
    from app.files import atomic_output
    from app.reports.access_pdf import write_access_pdf
    from app.services.exports import export_folder

    started = time.perf_counter()
    report = access_report(workspace, person_id, language)
    folder = Path(folder) if folder else export_folder(workspace)
    stem = f"access-request-{person_id[-8:]}-{date.today():%Y%m%d}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    with workspace.read() as session:
        from app.models import OrgUnit
        from app.reports.text import ReportText

        names = {unit.id: {"zh": unit.name_zh, "bo": unit.name_bo, "en": unit.name_en}
                 for unit in session.scalars(select(OrgUnit))}
        text = ReportText.from_session(language, session, names)
    with atomic_output(json_path) as handle:
        handle.write(msgspec.json.format(msgspec.json.encode(report), indent=1))
    from app.services.history import FIELD_LABELS

    with atomic_output(pdf_path) as handle:
        write_access_pdf(report, text, handle, section_titles=SECTION_TITLES,
                         field_labels={**FIELD_LABELS, **EXTRA_LABELS},
                         value_labels={"consent_by": GIVER_TEXT,
                                       "consent_purposes": PURPOSE_TEXT})
    records = sum(len(items) for items in report.sections.values())
    with workspace.write() as session:
        workspace.audit(session, "person.access_request", "person", person_id,
                        {"language": language, "files": [json_path.name, pdf_path.name],
                         "records": records})
    return AccessResult(json_path, pdf_path, records, time.perf_counter() - started)
