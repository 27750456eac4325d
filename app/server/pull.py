"""Parcels from the county to one device: what its station's other devices and the county
changed since the device's cursor — records (review decisions, cases for the supervisor,
assignments/tasks, other devices' work), conflict inbox entries, catalogue updates.

The window is the next `max_items` feed rows after the cursor; each record in it is sent
once, in order of its first appearance (so a household comes before its members), with its
current merged state. Records whose window rows all came from the asking device are left
out (it has them). The parcel is sealed to the device's X25519 key and signed by the county.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from app.server.db import (CATALOG_STATION, CountyStation, Feed, ServerConflict, ServerRecord,
                           ServerStore, utc_now)
from app.server.enrollment import Refused, active_device
from app.server.keys import CountyKeys
from app.protocol.kinds import CONFLICT_KIND
from app.protocol.wire import ParcelError, make_parcel, read_document, unb64

MAX_ITEMS_LIMIT = 5000
REQUEST_MAX_AGE = timedelta(days=30)


def check_pull_request(store: ServerStore, request: bytes) -> dict:
    """The body of a pull request signed by an enrolled, not revoked device."""
    try:
        body = read_document(request, None)
        device_id = str(body["device"])
        after, max_items = int(body["after"]), int(body.get("max_items", 1000))
        made_at = datetime.fromisoformat(str(body["at"]))
        if not -2 ** 62 < after < 2 ** 62:
            raise ValueError("cursor out of range")
    except (ParcelError, KeyError, ValueError, TypeError) as exc:
        raise Refused("malformed pull request", 400) from exc
    with store.transaction() as session:
        device = active_device(session, device_id)
        sign_public = unb64(device.sign_public)
    try:
        read_document(request, sign_public)
    except ParcelError as exc:
        raise Refused("pull request signature does not verify", 403) from exc
    if made_at.tzinfo is not None:
        made_at = made_at.astimezone(timezone.utc).replace(tzinfo=None)
    if abs(utc_now() - made_at) > REQUEST_MAX_AGE:
        raise Refused("pull request too old", 403)
    return {"device": device_id, "after": max(0, after),
            "max_items": max(1, min(max_items, MAX_ITEMS_LIMIT))}


def build_pull_parcel(store: ServerStore, keys: CountyKeys, device_id: str, after: int,
                      max_items: int) -> bytes:
    with store.transaction() as session:
        device = active_device(session, device_id)
        # Ingest holds this lock while it writes, so every feed row below our window's end
        # is committed when we read (no gaps skipped by the cursor).
        session.get(CountyStation, device.station_key, with_for_update=True)
        rows = session.execute(
            select(Feed.seq, Feed.station_key, Feed.kind, Feed.record_id, Feed.origin_device)
            .where(Feed.station_key.in_([device.station_key, CATALOG_STATION]), Feed.seq > after)
            .order_by(Feed.seq).limit(max_items)).all()
        upto = rows[-1].seq if rows else after
        wanted: dict[tuple[str, str, str], bool] = {}
        for row in rows:
            key = (row.station_key, row.kind, row.record_id)
            wanted[key] = wanted.get(key, False) or row.origin_device != device_id
        keys_in_order = [key for key, needed in wanted.items() if needed]
        records, conflicts = _load_items(session, keys_in_order)
        more = bool(rows) and session.scalar(
            select(Feed.seq).where(Feed.station_key.in_([device.station_key, CATALOG_STATION]),
                                   Feed.seq > upto).limit(1)) is not None
        header = {"type": "pull", "to": device_id, "after": after, "upto": upto, "more": more,
                  "seen_seq": device.last_seq, "created": utc_now().isoformat()}
        device.last_contact_at = utc_now()
        device.pulled_upto = max(device.pulled_upto or 0, after)
        box_public = unb64(device.box_public)
    return make_parcel(header, {"records": records, "conflicts": conflicts},
                       recipient_box_public=box_public, sender_sign_private=keys.sign_private)


def _load_items(session, keys_in_order: list[tuple[str, str, str]]):
    record_keys = [k for k in keys_in_order if k[1] != CONFLICT_KIND]
    conflict_ids = [k[2] for k in keys_in_order if k[1] == CONFLICT_KIND]
    found = {}
    for start in range(0, len(record_keys), 500):
        part = record_keys[start:start + 500]
        by_station: dict[str, list[str]] = {}
        for station_key, _kind, record_id in part:
            by_station.setdefault(station_key, []).append(record_id)
        for station_key, ids in by_station.items():
            for row in session.scalars(select(ServerRecord).where(
                    ServerRecord.station_key == station_key, ServerRecord.record_id.in_(ids))):
                found[(row.station_key, row.kind, row.record_id)] = row
    records = [{"kind": key[1], "record_id": key[2], "snapshot": found[key].snapshot,
                "hlc": found[key].hlc, "origin": found[key].last_device}
               for key in record_keys if key in found]
    conflicts = []
    for start in range(0, len(conflict_ids), 500):
        for row in session.scalars(select(ServerConflict).where(
                ServerConflict.id.in_(conflict_ids[start:start + 500]))):
            conflicts.append({"id": row.id, "kind": row.kind, "record_id": row.record_id,
                              "field": row.field, "current_value": row.current_value,
                              "proposed_value": row.proposed_value,
                              "proposed_by_device": row.proposed_by_device,
                              "detected_at": row.detected_at.isoformat(),
                              "resolved_at": row.resolved_at.isoformat()
                              if row.resolved_at else None})
    return records, conflicts
