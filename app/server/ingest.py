"""Accepting a device's parcel: check the chain, open it, merge every change, sign a receipt.

All in one transaction per parcel, so a refused parcel applies nothing. Per device the
parcels form a chain (sequence + hash of the previous parcel): a parcel seen before gets its
stored receipt again (idempotent); a reordered, replayed-with-changes or forked parcel is
refused. Inside a good parcel one bad change is quarantined with a reason and the rest are
applied. Work is done in bulk (one read per table, executemany writes) for throughput.
"""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.server.db import (CountyStation, DeviceParcel, Feed, ServerConflict, ServerQuarantine,
                           ServerRecord, ServerStore, utc_now)
from app.server.enrollment import Refused, active_device
from app.server.keys import CountyKeys
from app.server.validation import validate_change
from app.models import new_id
from app.sync.kinds import APPEND_ONLY_KINDS
from app.sync.merge import RecordState, merge_change
from app.sync.wire import ParcelError, open_parcel, read_header, sign_document, unb64

COUNTY_ORIGIN = "county"
CHUNK = 5000


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def accept_parcel(store: ServerStore, keys: CountyKeys, parcel: bytes) -> bytes:
    """The signed receipt for `parcel` (stored, so a repeat gets the same bytes)."""
    try:
        header, *_ = read_header(parcel)
        device_id, seq, prev = str(header["device"]), int(header["seq"]), str(header["prev"])
        if header.get("type") != "push" or seq < 1:
            raise ValueError("not a push parcel")
    except (ParcelError, KeyError, ValueError, TypeError) as exc:
        raise Refused(f"not a valid parcel: {exc}", 400) from exc
    with store.transaction() as session:
        device = active_device(session, device_id)
        try:
            opened = open_parcel(parcel, sender_sign_public=unb64(device.sign_public),
                                 recipient_box_private=keys.box_private)
        except ParcelError as exc:
            raise Refused(f"parcel refused: {exc}", 403) from exc
        seen = session.get(DeviceParcel, (device_id, seq))
        if seen is not None:
            if seen.hash == opened.hash:
                device.last_contact_at = utc_now()
                return seen.receipt
            raise Refused("a different parcel with this sequence was already received", 409,
                          expected_seq=device.last_seq + 1, last_hash=device.last_hash)
        if seq != device.last_seq + 1 or prev != device.last_hash:
            raise Refused("parcel out of order", 409, expected_seq=device.last_seq + 1,
                          last_hash=device.last_hash)
        station = session.get(CountyStation, device.station_key, with_for_update=True)
        changes = opened.payload.get("changes")
        if not isinstance(changes, list):
            raise Refused("parcel has no list of changes", 400)
        outcome = _apply_changes(session, station, device_id, seq, changes)
        receipt = sign_document({
            "type": "receipt", "device": device_id, "seq": seq, "parcel_hash": opened.hash,
            "received_at": utc_now().isoformat(), **outcome}, keys.sign_private)
        session.add(DeviceParcel(device_id=device_id, seq=seq, hash=opened.hash,
                                 change_count=len(changes), receipt=receipt))
        device.last_seq, device.last_hash = seq, opened.hash
        device.last_contact_at = utc_now()
    return receipt


def _apply_changes(session: Session, station: CountyStation, device_id: str, parcel_seq: int,
                   changes: list) -> dict:
    good, quarantined = [], []
    for change in changes:
        reason = validate_change(change, device_id, station.org_id)
        if reason:
            quarantined.append(_quarantine_row(device_id, parcel_seq, change, reason))
        else:
            good.append(change)
    change_ids = [c["change_id"] for c in good]
    done = set()
    for part in _chunks(change_ids):
        done.update(session.scalars(select(Feed.change_id).where(Feed.change_id.in_(part))))
    fresh = [c for c in good if c["change_id"] not in done]
    states, known = _load_states(session, station.key, fresh)
    open_conflicts = _load_open_conflicts(session, station.key, fresh)
    feed, conflicts, resolved, last_device = [], [], [], {}
    for change in fresh:
        key = (change["kind"], change["record_id"])
        result = merge_change(states.get(key), fields=change["fields"],
                              snapshot=change["snapshot"], base=change.get("base"),
                              hlc=change["hlc"], append_only=change["kind"] in APPEND_ONLY_KINDS)
        states[key] = result.state
        if result.changed:
            last_device[key] = device_id
        feed.append({"station_key": station.key, "kind": key[0], "record_id": key[1],
                     "origin_device": device_id, "change_id": change["change_id"]})
        for name in result.applied_fields + result.affirmed_fields:
            conflict_id = open_conflicts.pop((key, name), None)
            if conflict_id:
                resolved.append(conflict_id)
                feed.append(_feed_row(station.key, "~conflict", conflict_id))
        for item in result.conflicts:
            conflict_id = new_id()
            conflicts.append({"id": conflict_id, "station_key": station.key, "kind": key[0],
                              "record_id": key[1], "field": item.field,
                              "current_value": item.current_value,
                              "proposed_value": item.proposed_value,
                              "proposed_by_device": device_id,
                              "change_id": change["change_id"], "detected_at": utc_now()})
            open_conflicts[(key, item.field)] = conflict_id
            feed.append(_feed_row(station.key, "~conflict", conflict_id))
        if result.conflicts:
            feed.append(_feed_row(station.key, key[0], key[1]))  # the device gets the kept value
    _write_states(session, station.key, states, known, last_device)
    if conflicts:
        session.execute(ServerConflict.__table__.insert(), conflicts)
    for part in _chunks(resolved):
        session.execute(update(ServerConflict).where(ServerConflict.id.in_(part))
                        .values(resolved_at=utc_now()))
    if feed:
        _bulk_insert(session, Feed.__table__, feed)
    if quarantined:
        session.execute(ServerQuarantine.__table__.insert(), quarantined)
    return {"applied": len(fresh), "duplicates": len(good) - len(fresh),
            "conflicts": [c["id"] for c in conflicts],
            "quarantined": [{"change_id": q["change_id"], "reason": q["reason"]}
                            for q in quarantined]}


def _bulk_insert(session: Session, table, rows: list[dict]) -> None:
    """executemany straight on the driver: SQLAlchemy's per-row parameter processing costs
    more than the database itself at tens of thousands of rows (JSON dumped here)."""
    import json

    names = list(rows[0])
    json_columns = {c.name for c in table.c if c.type.__class__.__name__ == "JSON"}
    marker = "?" if session.bind.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join([marker] * len(names))})")
    values = [tuple(json.dumps(row[n], ensure_ascii=False) if n in json_columns else row[n]
                    for n in names) for row in rows]
    session.connection().exec_driver_sql(sql, values)


def _feed_row(station_key: str, kind: str, record_id: str) -> dict:
    return {"station_key": station_key, "kind": kind, "record_id": record_id,
            "origin_device": COUNTY_ORIGIN, "change_id": None}


def _quarantine_row(device_id: str, parcel_seq: int, change, reason: str) -> dict:
    change = change if isinstance(change, dict) else {"value": repr(change)[:2000]}
    return {"device_id": device_id, "parcel_seq": parcel_seq,
            "change_id": str(change.get("change_id", ""))[:100],
            "kind": str(change.get("kind", ""))[:100],
            "record_id": str(change.get("record_id", ""))[:100],
            "reason": reason, "change": change, "at": utc_now()}


def _load_states(session: Session, station_key: str, changes: list):
    record_ids = sorted({c["record_id"] for c in changes})
    states, known = {}, set()
    table = ServerRecord.__table__
    for part in _chunks(record_ids):
        rows = session.execute(select(table.c.kind, table.c.record_id, table.c.snapshot,
                                      table.c.field_hlc).where(
            table.c.station_key == station_key, table.c.record_id.in_(part)))
        for kind, record_id, snapshot, field_hlc in rows:
            states[(kind, record_id)] = RecordState(snapshot, field_hlc)
            known.add((kind, record_id))
    return states, known


def _load_open_conflicts(session: Session, station_key: str, changes: list) -> dict:
    record_ids = sorted({c["record_id"] for c in changes})
    found = {}
    for part in _chunks(record_ids):
        rows = session.execute(select(ServerConflict.id, ServerConflict.kind,
                                      ServerConflict.record_id, ServerConflict.field).where(
            ServerConflict.station_key == station_key, ServerConflict.record_id.in_(part),
            ServerConflict.resolved_at.is_(None)))
        for conflict_id, kind, record_id, name in rows:
            found[((kind, record_id), name)] = conflict_id
    return found


def _write_states(session: Session, station_key: str, states: dict, known: set,
                  last_device: dict) -> None:
    table = ServerRecord.__table__
    inserts, updates = [], []
    for key, state in states.items():
        row = {"snapshot": state.snapshot, "field_hlc": state.field_hlc, "hlc": state.hlc,
               "last_device": last_device.get(key, "")}
        if key in known:
            if key in last_device:
                updates.append({**row, "b_kind": key[0], "b_record_id": key[1]})
        else:
            inserts.append({**row, "station_key": station_key, "kind": key[0],
                            "record_id": key[1]})
    if inserts:
        _bulk_insert(session, table, inserts)
    if updates:
        from sqlalchemy import bindparam

        statement = table.update().where(
            table.c.station_key == station_key, table.c.kind == bindparam("b_kind"),
            table.c.record_id == bindparam("b_record_id"))
        session.connection().execute(statement, updates)
