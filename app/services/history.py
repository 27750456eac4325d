"""The history of one record, read from the change log: who changed which field, when, on
which device, old value → new value, with the reasons of deletions (synced `deletion_note`s).
A record's history also lists the files attached to it and removed from it (the change log's
"attachment" entries whose owner is the record).

Values come back as display text in the workspace's language (catalogue codes as their
labels, user ids as names, household and person ids as names, money in yuan); field names
and kinds of change are English source strings marked `N_()` (context "Core") for the
interface to translate. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_
from app.models import ChangeLogEntry, DeletionNote, Person, User
from app.services.catalog import label_map
from app.services.workspace import Workspace
from app.protocol.hlc import HlcTimestamp

HIDDEN_FIELDS = {"id", "hlc", "created_at", "updated_at", "station_id"}

# Field labels (context "Core"), shared by every kind.
FIELD_LABELS = {
    "household_id": N_("Household"), "person_id": N_("Person"), "worker_id": N_("Worker"),
    "organiser_id": N_("Organiser"), "registered_by": N_("Registered by"),
    "visited_on": N_("Date"), "held_on": N_("Date"), "linked_on": N_("Date"),
    "served_on": N_("Date"), "domain_code": N_("Service domain"),
    "service_items": N_("Service items"), "item_code": N_("Service item"),
    "people_served": N_("People served"), "notes": N_("Notes"),
    "follow_up_on": N_("Follow-up"), "kind": N_("Kind"), "title": N_("Title"),
    "village_id": N_("Village"), "location": N_("Location"), "headcount": N_("Headcount"),
    "source_code": N_("Source"), "provider_name": N_("Provider"), "money_fen": N_("Money (yuan)"),
    "in_kind_description": N_("Goods in kind"), "in_kind_value_fen": N_("Value of goods (yuan)"),
    "address_zh": N_("Address (Chinese)"), "address_bo": N_("Address (Tibetan)"),
    "phone": N_("Phone"), "relation": N_("Relation to the head"), "name_zh": N_("Name (Chinese)"),
    "name_bo": N_("Name (Tibetan)"), "name_latin": N_("Name (Latin letters)"), "sex": N_("Sex"),
    "birth_date": N_("Birth date"), "id_number": N_("ID number"),
    "target_groups": N_("Target groups"), "minutes": N_("Minutes"),
    "deleted_at": N_("Deleted"), "case_id": N_("Case file"), "stage": N_("Stage"),
    "review_state": N_("Review"), "risk_level": N_("Risk"), "role": N_("Role"),
    "active": N_("Active"), "assignee_id": N_("Assigned to"), "display_name": N_("Name"),
    "intake_reason": N_("Reason for intake"), "assessment": N_("Needs assessment"),
    "plan_goals": N_("Goals"), "plan_actions": N_("Actions"),
    "closure_reason": N_("Reason for closing"), "closure_summary": N_("Closing summary"),
    "merged_into": N_("Merged into"), "status": N_("Status"), "status_on": N_("Since"),
    "survivor_id": N_("Kept record"), "merged_id": N_("Merged-away record"),
    "consent_by": N_("Consent given by"), "consent_on": N_("Consent given on"),
    "consent_purposes": N_("Consent for"), "erased_at": N_("Personal data erased"),
}
OPS = {"insert": N_("Created"), "update": N_("Changed"), "delete": N_("Deleted"),
       "restore": N_("Restored")}
# An attachment's changes, shown in its owner record's history (the file's name only).
ATTACHMENT_OPS = {"insert": N_("File attached"), "update": N_("File changed"),
                  "delete": N_("File removed"), "restore": N_("File restored")}
ATTACHMENT_LABEL = N_("File")
# Fields holding fixed codes the interface translates itself (context "Enum").
ENUM_FIELDS = {"sex", "relation", "kind", "stage", "review_state", "risk_level", "role", "status"}
_CATALOG_FIELDS = {"domain_code": "domain", "service_items": "service_item",
                   "item_code": "service_item", "source_code": "resource_source",
                   "target_groups": "target_group"}
_MONEY_FIELDS = {"money_fen", "in_kind_value_fen"}
_USER_FIELDS = {"worker_id", "organiser_id", "registered_by", "assignee_id"}


@dataclass(frozen=True)
class FieldChange:
    field: str  # the column name
    label: str  # English source (N_, context "Core")
    old: str  # display text ("" when there was none)
    new: str
    enum: bool = False  # old/new are codes for the interface's "Enum" labels


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime  # UTC, from the change's hybrid-logical-clock stamp
    author: str  # display name, "" when the change came from another device via the county
    device: str  # device id; `this_device` says whether it is this laptop
    this_device: bool
    op: str  # English source (N_): Created / Changed / Deleted / Restored
    changes: tuple[FieldChange, ...]
    reason: str = ""  # why it was deleted


class _Formatter:
    def __init__(self, session: Session, language: str) -> None:
        self.session = session
        self.language = language
        self.labels = {kind: label_map(session, kind, language)
                       for kind in set(_CATALOG_FIELDS.values())}
        self.users = dict(session.execute(select(User.id, User.display_name)).all())
        self._names: dict[str, str] = {}

    def person_name(self, person_id: str) -> str:
        if person_id not in self._names:
            person = self.session.get(Person, person_id)
            self._names[person_id] = (person.name_zh or person.name_bo) if person else person_id
        return self._names[person_id]

    def household_name(self, household_id: str) -> str:
        head = self.session.scalar(select(Person).where(
            Person.household_id == household_id, Person.relation == "head").limit(1)) \
            or self.session.scalar(select(Person).where(
                Person.household_id == household_id).order_by(Person.id).limit(1))
        return (head.name_zh or head.name_bo) if head is not None else household_id[:8]

    def value(self, field: str, value) -> str:
        if value is None or value == "" or value == []:
            return ""
        if field in _CATALOG_FIELDS:
            labels = self.labels[_CATALOG_FIELDS[field]]
            codes = value if isinstance(value, list) else [value]
            return "、".join(labels.get(code, code) for code in codes)
        if field in _MONEY_FIELDS:
            return f"{int(value) / 100:.2f}"
        if field in _USER_FIELDS:
            return self.users.get(value, str(value)[:8])
        if field == "household_id":
            return self.household_name(value)
        if field == "person_id":
            return self.person_name(value)
        if field in ("merged_into", "survivor_id", "merged_id"):
            person = self.session.get(Person, value)
            return (person.name_zh or person.name_bo) if person is not None \
                else self.household_name(value)
        if field == "deleted_at":
            return str(value)[:16].replace("T", " ")
        if isinstance(value, list):
            return "、".join(str(v) for v in value)
        if isinstance(value, bool):
            return "✓" if value else "✗"
        return str(value)


def _at(entry: ChangeLogEntry) -> datetime:
    try:
        millis = HlcTimestamp.decode(entry.hlc).millis
    except Exception:  # noqa: BLE001 - an unreadable stamp still shows, without a time
        return datetime(1970, 1, 1)
    return datetime.fromtimestamp(millis / 1000, tz=timezone.utc).replace(tzinfo=None)


def record_history(workspace: Workspace, kind: str, record_id: str) -> list[HistoryEntry]:
    """Every change of one record, oldest first (see the module docstring for the shapes),
    with the files attached to it and removed from it (`ATTACHMENT_OPS`, the file's name;
    a removal with its reason) in the order they happened on this computer."""
    from app.models import Attachment

    with workspace.read() as session:
        fmt = _Formatter(session, workspace.language)
        device = workspace.store.device_id
        timeline = _entries(session, fmt, device, kind, record_id)
        owned = list(session.scalars(select(Attachment.id).where(
            Attachment.owner_kind == kind, Attachment.owner_id == record_id)))
        for attachment_id in owned:
            timeline += _entries(session, fmt, device, "attachment", attachment_id)
        return [entry for _seq, entry in sorted(timeline, key=lambda pair: pair[0])]


def _entries(session: Session, fmt: _Formatter, device: str, kind: str,
             record_id: str) -> list[tuple[int, HistoryEntry]]:
    """(change-log sequence, entry) of each change of one record, oldest first."""
    # the reasons of deletions, synced with them (oldest first), by who deleted
    notes = list(session.scalars(select(DeletionNote).where(
        DeletionNote.record_id == record_id).order_by(DeletionNote.hlc)))
    attachment = kind == "attachment"
    entries: list[tuple[int, HistoryEntry]] = []
    previous: dict = {}
    for entry in session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == record_id, ChangeLogEntry.kind == kind)
            .order_by(ChangeLogEntry.seq)):
        snapshot = entry.snapshot or {}
        names = sorted(set(snapshot) if entry.op == "insert" else set(entry.fields or snapshot))
        changes = []
        for name in names:
            if name in HIDDEN_FIELDS or name not in snapshot:
                continue
            old, new = previous.get(name), snapshot.get(name)
            if entry.op != "insert" and old == new:
                continue
            if entry.op == "insert" and new in (None, "", [], 0, False) or name == "deleted_at":
                continue
            changes.append(FieldChange(name, FIELD_LABELS.get(name, name),
                                       fmt.value(name, old) if entry.op != "insert" else "",
                                       fmt.value(name, new), name in ENUM_FIELDS))
        op = entry.op
        if op == "update" and "deleted_at" in (entry.fields or []) \
                and previous.get("deleted_at") and not snapshot.get("deleted_at"):
            op = "restore"
        elif op == "update" and snapshot.get("deleted_at") and not previous.get("deleted_at"):
            op = "delete"
        reason, author_id = "", entry.author_id
        if op == "delete" and notes:  # deletions and their notes, in the same order
            note = notes.pop(0)
            reason, author_id = note.reason, author_id or note.deleted_by
        previous = {**previous, **snapshot}
        if attachment:  # in the owner's history: which file, nothing of its inner fields
            filename = str(previous.get("filename") or "")
            changes = [FieldChange("filename", ATTACHMENT_LABEL, "", filename)]
            if op == "update" and not (set(entry.fields or ()) - {"updated_at", "hlc"}):
                continue
        elif op in ("update",) and not changes:
            continue
        entries.append((entry.seq, HistoryEntry(
            at=_at(entry), author=fmt.users.get(author_id or "", ""),
            device=entry.device_id, this_device=entry.device_id == device,
            op=(ATTACHMENT_OPS if attachment else OPS)[op], changes=tuple(changes),
            reason=reason)))
    return entries


def describe_record(session: Session, kind: str, row, language: str = "zh_CN") -> str:
    """A one-line description of a record for lists (deleted records, merge suggestions)."""
    fmt = _Formatter(session, language)
    if kind == "person":
        return " ".join(part for part in (row.name_zh, row.name_bo, row.id_number or "") if part)
    if kind == "household":
        return " ".join(part for part in (fmt.household_name(row.id), row.address_zh) if part)
    if kind == "visit":
        return f"{row.visited_on} {fmt.household_name(row.household_id)} " \
               f"{fmt.value('domain_code', row.domain_code)}"
    if kind == "activity":
        return f"{row.held_on} {row.title}"
    if kind == "resource_link":
        return f"{row.linked_on} {row.provider_name} {fmt.value('money_fen', row.money_fen)}"
    if kind == "case_service":
        return f"{row.served_on} {fmt.value('item_code', row.item_code)}"
    if kind == "case_file":
        return f"{row.case_number} {fmt.person_name(row.person_id)}"
    return row.id


def case_holders(workspace: Workspace, case_id: str) -> list[tuple[datetime, str]]:
    """Who held a case file when: (from, worker's name), oldest first, from the change log."""
    holders: list[tuple[datetime, str]] = []
    with workspace.read() as session:
        users = dict(session.execute(select(User.id, User.display_name)).all())
        last = None
        for entry in session.scalars(select(ChangeLogEntry).where(
                ChangeLogEntry.record_id == case_id, ChangeLogEntry.kind == "case_file")
                .order_by(ChangeLogEntry.seq)):
            worker = (entry.snapshot or {}).get("worker_id")
            if worker and worker != last:
                holders.append((_at(entry), users.get(worker, worker[:8])))
                last = worker
    return holders
