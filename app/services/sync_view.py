"""What the Sync page and the conflict inbox show, read in one go and in plain terms (no Qt).

`overview(workspace)`: the sync status, the history (with the numbers of a sync picked out of
its detail), the quarantine (each reason sorted into a few plain kinds) and the changes still
waiting. `conflict_rows(workspace)`: each open conflict with a readable name of its record and
whether the other value was made on this computer. `local_time` turns the stored naive UTC
times into this computer's local time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select

from app.models import SYNCED_MODELS, Household, Person
from app.sync import status as sync_status


def local_time(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class HistoryRow:
    at: str
    event: str  # enroll / sync / error / unreachable / export / import / …
    numbers: tuple[int, ...]  # sync: (sent, received)
    detail: str


@dataclass(frozen=True)
class QuarantineRow:
    at: str
    direction: str  # outgoing (the county refused) / incoming (this computer could not apply)
    kind: str
    record_name: str
    reason: str  # unknown_fields / clock / other_device / not_applied / malformed / other
    detail: str
    code: str = ""  # the county's reason code (app.protocol.reasons), "" for older rows
    args: tuple = ()  # its values
    id: int = 0  # the quarantine row (for "send again" / "discard")


@dataclass(frozen=True)
class Overview:
    status: sync_status.SyncStatus
    history: list[HistoryRow]
    quarantine: list[QuarantineRow]


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    record_name: str
    field: str
    here: Any  # what the record holds on this computer now
    other: Any  # the other edit
    other_made_here: bool  # the other edit was made on this computer (and lost the race)
    at: str


_SYNC_NUMBERS = re.compile(r"sent (\d+), received (\d+)")


def _history_row(entry) -> HistoryRow:
    numbers: tuple[int, ...] = ()
    found = _SYNC_NUMBERS.search(entry.detail or "") if entry.event == "sync" else None
    if found:
        numbers = (int(found.group(1)), int(found.group(2)))
    return HistoryRow(local_time(entry.at), entry.event, numbers, entry.detail or "")


_CODE_KINDS = {"unknown_fields": "unknown_fields", "unknown_kind": "unknown_fields",
               "update_needed": "update_needed", "foreign_device": "other_device",
               "bad_value": "bad_value"}


def reason_kind(reason: str, code: str = "") -> str:
    if code:
        return _CODE_KINDS.get(code, "malformed" if code.startswith("bad_") else "other")
    text = (reason or "").lower()
    if text.startswith("unknown field") or text.startswith("unknown record kind"):
        return "unknown_fields"
    if "clock stamp too far" in text:
        return "clock"
    if "another device" in text:
        return "other_device"
    if "could not be applied on this device" in text:
        return "not_applied"
    if "malformed" in text or "missing" in text or "unknown operation" in text:
        return "malformed"
    return "other"


def overview(workspace, history_limit: int = 30) -> Overview:
    status = sync_status.sync_status(workspace)
    history = [_history_row(h) for h in sync_status.sync_history(workspace, history_limit)]
    quarantined = sync_status.list_quarantine(workspace)
    with workspace.read() as session:
        rows = [QuarantineRow(local_time(q.at), q.direction, q.kind,
                              record_name(session, q.kind, q.record_id, workspace.language),
                              reason_kind(q.reason, q.code or ""), q.reason, q.code or "",
                              tuple(q.args or ()), q.id) for q in quarantined]
    return Overview(status, history, rows)


def conflict_rows(workspace) -> list[ConflictRow]:
    device_id = workspace.store.device_id
    conflicts = sync_status.list_conflicts(workspace)
    with workspace.read() as session:
        return [ConflictRow(c.id, c.kind, record_name(session, c.kind, c.record_id,
                                                      workspace.language),
                            c.field, c.current_value, c.proposed_value,
                            c.proposed_by_device == device_id, local_time(c.detected_at))
                for c in conflicts]


# -- readable names of records ---------------------------------------------------------------
def _name(record, language: str) -> str:
    names = [getattr(record, "name_zh", ""), getattr(record, "name_bo", "")]
    if language == "bo":
        names.reverse()
    return next((n for n in names if n), getattr(record, "name_latin", "") or "")


def _household_name(session, household, language: str) -> str:
    if household is None:
        return ""
    head = session.scalars(select(Person).where(
        Person.household_id == household.id, Person.deleted_at.is_(None))
        .order_by((Person.relation != "head"), Person.created_at)).first()
    address = household.address_bo if language == "bo" and household.address_bo else \
        household.address_zh
    return " · ".join(x for x in (_name(head, language) if head else "", address) if x)


def record_name(session, kind: str, record_id: str, language: str = "zh_CN") -> str:
    """A name a person recognises: the household head and address, a person's name, a case
    number, an activity's title; the start of the id when the record is not (yet) here."""
    model = SYNCED_MODELS.get(kind)
    record = session.get(model, record_id) if model is not None and record_id else None
    if record is None:
        return record_id[:8]
    if kind == "household":
        text = _household_name(session, record, language)
    elif kind == "person":
        text = _name(record, language)
    elif kind in ("visit", "resource_link"):
        day = getattr(record, "visited_on", None) or getattr(record, "linked_on", None)
        household = session.get(Household, record.household_id) if record.household_id else None
        text = " · ".join(x for x in (_household_name(session, household, language),
                                      day.isoformat() if day else "") if x)
    elif kind == "case_file":
        person = session.get(Person, record.person_id)
        text = " · ".join(x for x in (record.case_number, _name(person, language) if person
                                      else "") if x)
    elif kind == "activity":
        text = f"{record.title} · {record.held_on.isoformat()}"
    else:
        text = next((str(getattr(record, a)) for a in ("display_name", "title", "text")
                     if getattr(record, a, "")), "") or _name(record, language)
    return text or record_id[:8]
