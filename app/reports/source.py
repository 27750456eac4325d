"""Where the monthly summary gets its records: a small protocol over plain dicts.

The computation (app.reports.summary) never touches ORM objects, so the same code runs on a
station's encrypted store (`StoreRecordSource`) and on the county server's stored snapshots
(a `RecordSource` written there). A record is a dict keyed by the model's column names; dates
may be `date` objects or ISO strings, JSON lists may be lists or JSON text.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Protocol, runtime_checkable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import (Activity, Attendance, CaseFile, CaseServiceRecord, ContractTarget,
                        Household, OrgUnit, Person, ResourceLink, Visit)

RECORD_KINDS = ("visit", "activity", "attendance", "resource_link", "case_file", "case_service",
                "person", "household", "org_unit", "contract_target")


@runtime_checkable
class RecordSource(Protocol):
    """Gives the records of one kind as dicts (keys = the model's column names).

    `start` and `end` (inclusive) are a *hint* for dated kinds: a source should return at
    least every record dated within them (visit.visited_on, activity.held_on and its
    attendance, resource_link.linked_on, case_service.served_on) and may return more; the
    computation filters again. Undated kinds (person, household, org_unit, contract_target,
    case_file, which services of older cases need) ignore the hint. Deleted records
    (`deleted_at` set) may be included: they are skipped by the computation.
    """

    def records(self, kind: str, start: date | None = None,
                end: date | None = None) -> Iterable[dict]: ...


def as_date(value) -> date | None:
    """A `date` from a date, a datetime or an ISO string ("2026-10-03", "2026-10-03T08:00")."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def as_list(value) -> list:
    """A JSON list column as a list, whether it arrives decoded or as JSON text."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return list(json.loads(value))
    return list(value)


class ListRecordSource:
    """Records held in memory, `{kind: [dict, ...]}`: for tests and for the county server."""

    def __init__(self, records: dict[str, list[dict]]) -> None:
        self._records = records

    def records(self, kind: str, start: date | None = None,
                end: date | None = None) -> Iterator[dict]:
        return iter(self._records.get(kind, ()))


# Columns each kind needs: only these are selected from the store.
COLUMNS: dict[str, tuple[type, tuple[str, ...]]] = {
    "visit": (Visit, ("station_id", "household_id", "visited_on", "domain_code",
                      "people_served")),
    "activity": (Activity, ("station_id", "village_id", "kind", "domain_code", "held_on",
                            "headcount")),
    "attendance": (Attendance, ("activity_id", "person_id")),
    "resource_link": (ResourceLink, ("station_id", "linked_on", "domain_code", "source_code",
                                     "household_id", "person_id", "money_fen",
                                     "in_kind_value_fen")),
    "case_file": (CaseFile, ("station_id", "case_number", "person_id", "domain_code",
                             "opened_on", "stage", "review_state")),
    "case_service": (CaseServiceRecord, ("case_id", "served_on")),
    "person": (Person, ("household_id", "target_groups", "status", "status_on")),
    "household": (Household, ("station_id", "village_id")),
    "org_unit": (OrgUnit, ("kind", "parent_id", "code", "name_zh", "name_bo", "name_en")),
    "contract_target": (ContractTarget, ("station_id", "year", "measure", "domain_code",
                                         "target")),
}
DATE_COLUMN = {"visit": "visited_on", "activity": "held_on", "resource_link": "linked_on",
               "case_service": "served_on"}


class StoreRecordSource:
    """The records of one station in the local store, selected column by column in SQL.

    Only live records are selected (tombstones are filtered in SQL), only the columns the
    computation reads, and dated kinds only within the hinted window, so a station with
    100k records is summarised from a few thousand rows.
    """

    def __init__(self, session: Session, station_id: str) -> None:
        self.session = session
        self.station_id = station_id

    def _query(self, kind: str, start: date | None, end: date | None):
        model, names = COLUMNS[kind]
        columns = [model.id, model.hlc, *(getattr(model, name) for name in names)]
        if kind in ("person", "household"):  # erased while live: still counted (summary)
            columns += [model.deleted_at, model.erased_at]
            query = select(*columns).where(or_(model.deleted_at.is_(None),
                                               model.deleted_at == model.erased_at))
        else:
            query = select(*columns).where(model.deleted_at.is_(None))
        if kind in DATE_COLUMN:
            column = getattr(model, DATE_COLUMN[kind])
            if start is not None:
                query = query.where(column >= start)
            if end is not None:
                query = query.where(column <= end)
        if kind in ("visit", "activity", "resource_link", "case_file", "household",
                    "contract_target"):
            query = query.where(model.station_id == self.station_id)
        elif kind == "attendance":
            live = select(Activity.id).where(Activity.station_id == self.station_id,
                                             Activity.deleted_at.is_(None))
            if start is not None:
                live = live.where(Activity.held_on >= start)
            if end is not None:
                live = live.where(Activity.held_on <= end)
            query = query.where(Attendance.activity_id.in_(live))
        elif kind == "case_service":
            query = query.where(CaseServiceRecord.case_id.in_(
                select(CaseFile.id).where(CaseFile.station_id == self.station_id)))
        elif kind == "person":
            query = query.where(Person.household_id.in_(
                select(Household.id).where(Household.station_id == self.station_id)))
        elif kind == "org_unit":
            station = select(OrgUnit.parent_id).where(OrgUnit.id == self.station_id)
            query = query.where(or_(OrgUnit.id == self.station_id,
                                    OrgUnit.parent_id == self.station_id,
                                    OrgUnit.id == station.scalar_subquery()))
        return query

    def records(self, kind: str, start: date | None = None,
                end: date | None = None) -> Iterator[dict]:
        if kind not in COLUMNS:
            raise ValueError(f"unknown record kind {kind!r}")
        result = self.session.execute(self._query(kind, start, end))
        for row in result.mappings():
            yield dict(row)
