"""Applying a parcel from the county: records merged by the county, conflict inbox entries
and catalogue updates, in one transaction per parcel.

Each record is written with plain SQL (so the change-log hook does not treat it as a local
edit) and logged as a change that came from the county (`parcel_seq` 0, already acked): it
is the base for this device's next edit of that record and is never sent back. Fields this
device changed itself and the county has not merged yet keep their local value. A record
that cannot be applied here (e.g. it breaks a uniqueness rule) is quarantined; the rest are
applied.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Date, DateTime, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, StatementError

from app.models import SYNCED_MODELS, ChangeLogEntry, Person, RecordMerge, new_id, utc_now
from app.models.store import Store
from app.models.sync_state import ReceivedParcel, SyncConflict, SyncQuarantine
from app.protocol.hlc import ClockError, HlcTimestamp
from app.protocol.erasures import ERASURE_KIND, SCRUBBED_KINDS
from app.protocol.kinds import CATALOG_KIND, COUNTY_KINDS
from app.protocol.reasons import DUPLICATE_USERNAME
from app.protocol.merge import keep_local_fields
from app.sync.outbox import HELD_PARCEL_SEQ, REMOTE_PARCEL_SEQ, county_server, device_keys, pending_filter
from app.protocol.wire import ParcelError, open_parcel


FOLLOWED_BY_ERASURES = SCRUBBED_KINDS | {ERASURE_KIND}


@dataclass
class PullOutcome:
    after: int
    upto: int
    more: bool
    records: int = 0
    conflicts: int = 0
    quarantined: int = 0
    kinds: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    already_had: bool = False


def _column_value(column, value):
    if value is None or not isinstance(value, str):
        return value
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value[:10])
    return value


def _row_values(model, snapshot: dict) -> dict:
    columns = model.__table__.c
    return {name: _column_value(columns[name], value) for name, value in snapshot.items()
            if name in columns}


def apply_pull_parcel(store: Store, data: bytes) -> PullOutcome:
    keys = device_keys(store)
    with store.transaction() as session:
        server = county_server(session)
        parcel = open_parcel(data, sender_sign_public=base64.b64decode(server.county_sign_public),
                             recipient_box_private=keys.box_private)
        header = parcel.header
        if header.get("type") != "pull" or header.get("to") != keys.device_id:
            raise ParcelError("this parcel is not for this device")
        outcome = PullOutcome(int(header["after"]), int(header["upto"]), bool(header["more"]))
        if session.get(ReceivedParcel, parcel.hash) is not None \
                or outcome.upto <= server.pull_cursor and outcome.upto != outcome.after:
            outcome.already_had = True
            return outcome
        if outcome.after > server.pull_cursor:
            raise ParcelError("a parcel from the county is missing before this one")
        seen_seq = int(header.get("seen_seq", 0))
        records = parcel.payload.get("records", [])
        pending = _pending_fields(session, keys.device_id, seen_seq,
                                  [item.get("record_id", "") for item in records])
        newest = ""
        waiting = _open_incoming(session)
        for item in records:
            key = (str(item.get("kind", ""))[:32], str(item.get("record_id", ""))[:100])
            try:
                with session.begin_nested():
                    _apply_record(session, item, pending.get(item.get("record_id"), set()))
                outcome.records += 1
                outcome.kinds.add(str(item.get("kind")))
                outcome.ids.add(str(item.get("record_id")))
                newest = max(newest, str(item.get("hlc") or ""))
                if key in waiting:  # a newer state of a record that could not be applied
                    waiting.pop(key).dismissed_at = utc_now()
            except (IntegrityError, StatementError, KeyError, ValueError, TypeError) as exc:
                outcome.quarantined += 1
                row = waiting.get(key)
                if row is None:
                    row = waiting[key] = SyncQuarantine(direction="incoming", kind=key[0],
                                                        record_id=key[1])
                    session.add(row)
                row.reason, row.snapshot, row.at = (_reason(exc), item.get("snapshot") or {},
                                                    utc_now())
                row.code, row.args = _reason_code(key[0], row.snapshot, exc)
        outcome.records += _retry_incoming(session, keys.device_id, seen_seq, waiting, outcome)
        if "merge" in outcome.kinds:  # merged duplicates: local rows follow the survivor
            _follow_merges(session)
        if outcome.kinds & FOLLOWED_BY_ERASURES:  # erasures made elsewhere, or records of
            from app.sync.erasures import apply_erasures  # an erased person arriving late

            apply_erasures(session)
        for item in parcel.payload.get("conflicts", []):
            _store_conflict(session, item)
            outcome.conflicts += 1
        if newest:
            try:
                store.clock.observe(HlcTimestamp.decode(newest))
            except ClockError:
                pass
        server.pull_cursor = max(server.pull_cursor, outcome.upto)
        server.last_contact_at = utc_now()
        session.add(ReceivedParcel(hash=parcel.hash, after_seq=outcome.after,
                                   upto_seq=outcome.upto, item_count=len(records)))
    return outcome


def _follow_merges(session) -> None:
    from app.sync.merges import apply_remote_merges
    from app.protocol.merges import redirects_of

    merges = session.execute(select(RecordMerge.__table__)).mappings().all()
    apply_remote_merges(session, redirects_of([dict(m) for m in merges]))


def _open_incoming(session) -> dict:
    """Records from the county this device could not apply yet, by (kind, record id)."""
    rows = session.scalars(select(SyncQuarantine).where(
        SyncQuarantine.direction == "incoming", SyncQuarantine.dismissed_at.is_(None)))
    return {(row.kind, row.record_id): row for row in rows}


def _retry_incoming(session, device_id: str, seen_seq: int, waiting: dict,
                    outcome: PullOutcome) -> int:
    """The way out of the incoming quarantine: each record that could not be applied is
    tried again after every pull parcel (what blocked it, e.g. a missing parent or a local
    rule, may be gone). Returns how many went in now."""
    if not waiting:
        return 0
    pending = _pending_fields(session, device_id, seen_seq, [key[1] for key in waiting])
    done = 0
    for (kind, record_id), row in waiting.items():
        if row.dismissed_at is not None or not kind:
            continue
        item = {"kind": kind, "record_id": record_id, "snapshot": row.snapshot,
                "hlc": (row.snapshot or {}).get("hlc", ""), "origin": "county"}
        try:
            with session.begin_nested():
                _apply_record(session, item, pending.get(record_id, set()))
        except (IntegrityError, StatementError, KeyError, ValueError, TypeError):
            continue
        row.dismissed_at = utc_now()
        outcome.kinds.add(kind)
        outcome.ids.add(record_id)
        done += 1
    return done


def _reason_code(kind: str, snapshot: dict, exc: Exception) -> tuple[str, list]:
    """A code of app.protocol.reasons (and its values) for what the person can act on: a user
    name another user of this computer already has (two laptops added it offline); "" else."""
    text = str(getattr(exc, "orig", exc) or "")
    if kind == "user" and isinstance(exc, IntegrityError) and "user.username" in text:
        return DUPLICATE_USERNAME, [str((snapshot or {}).get("username", ""))[:64]]
    return "", []


def retry_incoming_row(session, device_id: str, row: SyncQuarantine) -> None:
    """Apply one record of the incoming quarantine now (after a person removed what blocked
    it) and close its row; raises IntegrityError (or another apply error) if it still
    cannot go in, leaving the session usable (a savepoint)."""
    seen_seq = session.scalar(select(func.max(ChangeLogEntry.parcel_seq)).where(
        ChangeLogEntry.acked_at.is_not(None), ChangeLogEntry.parcel_seq > 0)) or 0
    pending = _pending_fields(session, device_id, seen_seq, [row.record_id])
    item = {"kind": row.kind, "record_id": row.record_id, "snapshot": row.snapshot,
            "hlc": (row.snapshot or {}).get("hlc", ""), "origin": "county"}
    with session.begin_nested():
        _apply_record(session, item, pending.get(row.record_id, set()))
    row.dismissed_at = utc_now()


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc) or exc.__class__.__name__)
    return f"could not be applied on this device: {text[:300]}"


def _pending_fields(session, device_id: str, seen_seq: int, record_ids: list[str]):
    """Per record, the fields this device changed that the county has not merged yet
    (including changes it refused, which are sent again)."""
    found: dict[str, set[str]] = {}
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), 500):
        rows = session.execute(select(ChangeLogEntry.record_id, ChangeLogEntry.fields).where(
            *pending_filter(device_id), ChangeLogEntry.record_id.in_(ids[start:start + 500]),
            or_(ChangeLogEntry.parcel_seq.is_(None), ChangeLogEntry.parcel_seq > seen_seq,
                ChangeLogEntry.parcel_seq == HELD_PARCEL_SEQ)))
        for record_id, fields in rows:
            found.setdefault(record_id, set()).update(fields or [])
    return found


def _apply_record(session, item: dict, pending: set[str]) -> None:
    kind, record_id, server_snapshot = item["kind"], item["record_id"], item["snapshot"]
    if kind == CATALOG_KIND:
        from app.models.catalog import import_catalog

        import_catalog(session, server_snapshot)
        return
    if kind in COUNTY_KINDS:  # the county's terms: a local edit (refused there) never stands
        pending = set()
    model = SYNCED_MODELS[kind]
    table = model.__table__
    local = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    local_snapshot = _json_snapshot(model, dict(local)) if local is not None else None
    merged = _policy_text(keep_local_fields(server_snapshot, local_snapshot, pending))
    hlc = max(str(item.get("hlc") or ""), str((local_snapshot or {}).get("hlc") or ""))
    merged["hlc"] = hlc
    values = _row_values(model, merged)
    statement = sqlite_insert(table).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.id], set_={k: v for k, v in values.items() if k != "id"})
    session.execute(statement)
    if model is Person:
        from app.models.search_index import refresh_search_keys

        person = session.get(Person, record_id, populate_existing=True)
        refresh_search_keys(session, person)
        session.flush()
    session.execute(ChangeLogEntry.__table__.insert().values(
        change_id=new_id(), hlc=hlc, device_id=str(item.get("origin") or "county")[:36],
        author_id=None, kind=kind, record_id=record_id,
        op="insert" if local is None else "update", fields=sorted(merged),
        snapshot=merged, parcel_seq=REMOTE_PARCEL_SEQ, acked_at=utc_now()))


def _policy_text(snapshot: dict) -> dict:
    """Text values of a record from the county under the station's text policy (the same as a
    form's): what another device or the county sends cannot bring in control characters."""
    from app.text.policy import normalize_text

    return {name: normalize_text(value) if isinstance(value, str) and not _is_key(name) else value
            for name, value in snapshot.items()}


def _is_key(name: str) -> bool:
    return name in ("id", "hlc") or name.endswith("_id")


def _json_snapshot(model, row: dict) -> dict:
    from app.sync.changelog import json_value

    return {name: json_value(value) for name, value in row.items()}


def _store_conflict(session, item: dict) -> None:
    conflict = session.get(SyncConflict, item["id"])
    if conflict is None:
        conflict = SyncConflict(id=item["id"])
        session.add(conflict)
    conflict.kind, conflict.record_id, conflict.field = (item["kind"], item["record_id"],
                                                         item["field"])
    conflict.current_value, conflict.proposed_value = item["current_value"], item["proposed_value"]
    conflict.proposed_by_device = item.get("proposed_by_device", "")
    conflict.detected_at = datetime.fromisoformat(item["detected_at"])
    if item.get("resolved_at") and conflict.resolved_at is None:
        conflict.resolved_at = datetime.fromisoformat(item["resolved_at"])

