"""Contract targets set by the county: a station's yearly targets of its government-purchased
service contract (政府购买服务合同指标), published to the station through the pull channel.

A target is a `contract_target` record like the ones a station syncs: the county writes the
merged snapshot (`server_record`, per-field clocks stamped with the county's hybrid logical
clock node) and a feed row for the station, so every device of the station receives it with
its next pull and the monthly reports (the station's and the county roll-up) show progress
against it. One record per (station, year, measure, domain): setting it again updates it.
"""
from __future__ import annotations

import time

from sqlalchemy import select

from app.reports.figures import TARGET_MEASURES
from app.server.accounts import AccountError, audit
from app.server.db import CountyStation, Feed, ServerRecord, ServerStore, utc_now
from app.protocol.hlc import HlcTimestamp, node_for_device
from uuid6 import uuid7

KIND = "contract_target"
COUNTY_ORIGIN = "county"
MAX_TARGET = 10_000_000


def _county_stamp(after: str = "") -> str:
    """A county clock stamp later than `after` (the record's current stamp)."""
    stamp = HlcTimestamp(time.time_ns() // 1_000_000, 0, node_for_device(COUNTY_ORIGIN))
    if after:
        try:
            previous = HlcTimestamp.decode(after)
            if previous.millis >= stamp.millis:
                stamp = HlcTimestamp(previous.millis, previous.counter + 1, stamp.node)
        except Exception:  # a malformed stamp from a device: ours stands
            pass
    return stamp.encode()


def station_targets(store: ServerStore, station_key: str, year: int | None = None) -> list[dict]:
    """The station's live targets (sorted by year, measure, domain), as snapshots."""
    with store.transaction() as session:
        rows = session.scalars(select(ServerRecord).where(
            ServerRecord.station_key == station_key, ServerRecord.kind == KIND)).all()
        found = [dict(r.snapshot, last_device=r.last_device) for r in rows
                 if not r.snapshot.get("deleted_at")
                 and (year is None or int(r.snapshot.get("year") or 0) == year)]
    return sorted(found, key=lambda s: (s.get("year"), s.get("measure"), s.get("domain_code")))


def set_contract_target(store: ServerStore, station_key: str, year: int, measure: str,
                        domain_code: str, target: int, *, by: str, client: str = "") -> str:
    """Create or update one target and queue it for the station's devices; returns its id.

    Raises AccountError: bad_measure, bad_year, bad_target, unknown_station, station_unbound
    (no device of the station has enrolled yet, so its organisation id is unknown).
    """
    if measure not in TARGET_MEASURES:
        raise AccountError("bad_measure")
    if not 2000 <= year <= 2100:
        raise AccountError("bad_year")
    if not 0 <= target <= MAX_TARGET:
        raise AccountError("bad_target")
    with store.transaction() as session:
        station = session.get(CountyStation, station_key, with_for_update=True)
        if station is None:
            raise AccountError("unknown_station")
        if not station.org_id:
            raise AccountError("station_unbound")
        existing = next((r for r in session.scalars(select(ServerRecord).where(
            ServerRecord.station_key == station_key, ServerRecord.kind == KIND)
            .with_for_update())
            if int(r.snapshot.get("year") or 0) == year and r.snapshot.get("measure") == measure
            and (r.snapshot.get("domain_code") or "") == domain_code
            and not r.snapshot.get("deleted_at")), None)
        now = utc_now().isoformat()
        if existing is None:
            record_id = str(uuid7())
            hlc = _county_stamp()
            snapshot = {"id": record_id, "created_at": now, "updated_at": now, "hlc": hlc,
                        "deleted_at": None, "station_id": station.org_id, "year": year,
                        "measure": measure, "domain_code": domain_code, "target": target}
            session.add(ServerRecord(station_key=station_key, kind=KIND, record_id=record_id,
                                     snapshot=snapshot, field_hlc={f: hlc for f in snapshot},
                                     hlc=hlc, last_device=COUNTY_ORIGIN))
            before = None
        else:
            record_id = existing.record_id
            hlc = _county_stamp(existing.hlc)
            before = existing.snapshot.get("target")
            existing.snapshot = dict(existing.snapshot, target=target, updated_at=now, hlc=hlc)
            existing.field_hlc = dict(existing.field_hlc or {}, target=hlc, updated_at=hlc)
            existing.hlc, existing.last_device = hlc, COUNTY_ORIGIN
        session.add(Feed(station_key=station_key, kind=KIND, record_id=record_id,
                         origin_device=COUNTY_ORIGIN, change_id=None))
        audit(session, by, "contract_target_set", client, station=station_key, year=year,
              measure=measure, domain=domain_code, target=target, before=before)
    return record_id
