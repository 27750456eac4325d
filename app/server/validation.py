"""Checks on one incoming change, against the frozen schema of the sending station's
revision (app.protocol.schema); a failing change is quarantined with a reason code.

`change_validator(device_id, station_org_id, revision)` gives the check for the changes of
one parcel: `check(change)` is None when the change may be merged, else `(code, args)` with
a code of app.protocol.reasons. Every field of the snapshot and of the base values is
checked for its declared type and bounds (msgspec); an ID number whose region code is not
known is *flagged* (`id_number_flag`), not refused — old records may carry one.

Revisions (docs/sync-protocol.md, "Mixed versions"): a station at a revision this county
knows is checked against that revision; a newer station is checked against the newest
revision the county knows, and a change naming fields the county does not know yet is
quarantined as `update_needed` (it stays pending on the device and goes through once the
county is updated). Clock stamps are checked for form only, never for being early or late.
"""
from __future__ import annotations

from typing import Callable

from app.protocol.reasons import UPDATE_NEEDED
from app.protocol.schema import (LEGACY_REVISION, newest_revision, revision_key, schema_for)
from app.validation.id_number import id_number_problem

OPS = ("insert", "update", "delete")
_OPS = frozenset(OPS)
Reason = tuple[str, tuple]


def validate_change(change, device_id: str, station_org_id: str | None,
                    revision: str = LEGACY_REVISION) -> Reason | None:
    """None if the change may be merged, else (reason code, its values)."""
    return change_validator(device_id, station_org_id, revision)(change)


def change_validator(device_id: str, station_org_id: str | None,
                     revision: str | None = None) -> Callable[[object], Reason | None]:
    """`validate_change` for the changes of one parcel of `revision`."""
    revision = str(revision or LEGACY_REVISION)
    schema = schema_for(revision)
    newer = schema is None and revision_key(revision) > revision_key(newest_revision())
    if schema is None:
        schema = schema_for(newest_revision())
    kinds = schema.kinds

    def unknown(kind: str, names: set[str]) -> Reason:
        if newer:
            return UPDATE_NEEDED, (revision, newest_revision())
        return "unknown_fields", (kind, ", ".join(sorted(names))[:200])

    def check(change) -> Reason | None:
        if not isinstance(change, dict):
            return "not_a_change", ()
        get = change.get
        change_id, kind, record_id = get("change_id"), get("kind"), get("record_id")
        if not isinstance(change_id, str) or not 1 <= len(change_id) <= 36:
            return "bad_change_id", ()
        kind_schema = kinds.get(kind) if isinstance(kind, str) else None
        if kind_schema is None:
            if newer and isinstance(kind, str):
                return UPDATE_NEEDED, (revision, newest_revision())
            return "unknown_kind", (str(kind)[:40],)
        columns = kind_schema.columns
        if not isinstance(record_id, str) or not 1 <= len(record_id) <= 36:
            return "bad_record_id", ()
        op = get("op")
        if not isinstance(op, str) or op not in _OPS:
            return "bad_op", ()
        if get("device_id") != device_id:
            return "foreign_device", ()
        fields, snapshot, base = get("fields"), get("snapshot"), get("base")
        if not isinstance(fields, list):
            return "bad_fields", ()
        try:  # the columns are all text: a list inside them holds only text
            known_fields = columns.issuperset(fields)
        except TypeError:  # an unhashable item
            return "bad_fields", ()
        if not known_fields and not all(isinstance(name, str) for name in fields):
            return "bad_fields", ()
        if not isinstance(snapshot, dict) or snapshot.get("id") != record_id:
            return "bad_snapshot", ()
        if base is not None and not isinstance(base, dict):
            return "bad_base", ()
        if not (known_fields and columns.issuperset(snapshot)
                and (not base or columns.issuperset(base))):
            return unknown(kind, (set(fields) | set(snapshot) | set(base or {})) - columns)
        stamp = get("hlc")
        parts = stamp.split("-") if isinstance(stamp, str) else ()
        if len(parts) != 3 or len(parts[0]) != 13 or not parts[0].isdigit():
            return "bad_clock", ()
        try:
            int(parts[1], 16)
        except ValueError:
            return "bad_clock", ()
        problem = kind_schema.check(snapshot) or (base and kind_schema.check(base, base=True))
        if problem:
            return "bad_value", (kind, problem)
        station_id = snapshot.get("station_id")
        if station_org_id and kind != "org_unit" and station_id is not None \
                and station_id != station_org_id:
            return "other_station", ()
        return None

    return check


def id_number_flag(change: dict) -> str | None:
    """The reason a person's ID number is flagged (unknown region code, bad check
    character …), or None. Flagged records are stored and merged like any other."""
    if change.get("kind") != "person":
        return None
    number = (change.get("snapshot") or {}).get("id_number")
    if not number:
        return None
    return id_number_problem(str(number))
