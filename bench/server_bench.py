"""County server ingest (records/s) on SQLite and PostgreSQL, and monthly report export time.

Ingest: the change log of the cached 100k-people station (households and people as the app
logged them) packed into a chain of real sealed, signed parcels of BATCH changes, then
`accept_parcel` timed per parcel (open, verify, validate, merge, receipt, commit).
Reports: a station with a month of work (bench/syncsetup.py); `prepare_monthly` (the summary)
and the PDF/XLSX rendering timed separately, Chinese and Tibetan and bilingual.
"""
from __future__ import annotations

import contextlib
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench import data, syncsetup
from bench.common import quick, summary, write_result
from bench.server_ingest import Databases

BATCH = 5000


def build_parcels(workspace, county_keys, limit: int) -> tuple[list[bytes], dict]:
    from sqlalchemy import select

    from app.models import ChangeLogEntry
    from app.sync.outbox import _wire_changes, device_keys, push_header
    from app.protocol.wire import make_parcel, parcel_hash

    keys = device_keys(workspace.store)
    parcels, prev = [], ""
    with workspace.read() as session:
        entries = list(session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)
                                       .limit(limit)))
        for seq, start in enumerate(range(0, len(entries), BATCH), start=1):
            changes = _wire_changes(session, entries[start:start + BATCH])
            header = push_header(keys.device_id, workspace.station_id, seq, prev,
                                 len(changes))  # as the outbox makes it
            parcel = make_parcel(header, {"changes": changes},
                                 recipient_box_public=county_keys.box_public,
                                 sender_sign_private=keys.sign_private)
            parcels.append(parcel)
            prev = parcel_hash(parcel)
    return parcels, {"device_id": keys.device_id, "sign_public": keys.sign_public,
                     "sign_private": keys.sign_private, "box_public": keys.box_public,
                     "station_org_id": workspace.station_id, "records": len(entries)}


@contextlib.contextmanager
def database_clock():
    """Seconds spent in the database while it runs, as `clock["seconds"]`: the bulk reads and
    writes of ingest (`_BulkIO`: driver calls only, the rows are built before) and every
    commit (the flush of the parcel's small rows and the fsync). Wall time less this is the
    server's own Python; records / this is the ceiling if that Python cost nothing."""
    from sqlalchemy.orm import Session

    from app.server import ingest as ingest_module

    clock = {"seconds": 0.0}
    patched = []

    def timed(owner, name):
        original = owner.__dict__[name]

        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                clock["seconds"] += time.perf_counter() - started
        patched.append((owner, name, original))
        setattr(owner, name, wrapper)

    for owner in (ingest_module._SqliteIO, ingest_module._PostgresIO):
        for name in ("applied_change_ids", "load_states", "load_open_conflicts",
                     "insert_records", "update_records", "insert_feed"):
            timed(owner, name)
    timed(Session, "commit")
    try:
        yield clock
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


def ingest(url: str, county_keys, parcels: list[bytes], device: dict) -> dict:
    from app.server.db import ServerStore
    from app.server.enrollment import enroll_device, issue_enrollment_code
    from app.server.ingest import accept_parcel
    from app.protocol.wire import b64, read_document, sign_document

    store = ServerStore(url)
    store.create_schema()
    try:
        enroll_device(store, county_keys, sign_document({
            "code": issue_enrollment_code(store, "cgt"), "device_id": device["device_id"],
            "sign_public": b64(device["sign_public"]), "box_public": b64(device["box_public"]),
            "station_org_id": device["station_org_id"]}, device["sign_private"]))
        per_parcel, applied, quarantined = [], 0, 0
        with database_clock() as clock:
            for parcel in parcels:
                started = time.perf_counter()
                receipt = accept_parcel(store, county_keys, parcel)
                per_parcel.append(time.perf_counter() - started)
                body = read_document(receipt, None)
                applied += body["applied"]
                quarantined += len(body["quarantined"])
                if body["quarantined"]:  # the path measured must be the one of a good change
                    raise RuntimeError(f"{len(body['quarantined'])} changes quarantined, "
                                       f"first: {body['quarantined'][0]['reason']}")
    finally:
        store.close()
    total = sum(per_parcel)
    if applied != device["records"]:
        raise RuntimeError(f"{applied} of {device['records']} changes applied")
    return {"records": device["records"], "applied": applied, "seconds": total,
            "records_per_second": device["records"] / total,
            "parcel_seconds": summary(per_parcel),
            # the database's share, and the rate if the server's Python cost nothing
            "database_seconds": clock["seconds"],
            "database_ceiling_records_per_second": device["records"] / clock["seconds"]}


def bench_ingest(work: Path) -> dict:
    from app.server.keys import create_county_keys

    county_keys = create_county_keys(work / "keys")
    data_dir = data.cached_station(work / "station", 100_000)
    workspace = data.sign_in(data_dir)
    started = time.perf_counter()  # the station's side: read its change log, pack and seal
    parcels, device = build_parcels(workspace, county_keys, 20_000 if quick() else 100_000)
    packing = time.perf_counter() - started
    workspace.store.close()
    results = {"batch": BATCH, "parcels": len(parcels), "bytes": sum(map(len, parcels)),
               "stream": "the station's first sync: its change log from the start (household "
                         "and person inserts) into an empty county",
               # the station packing those parcels (change log read, wire form, zstd, seal,
               # sign; not the outbox's bookkeeping), one pass, before the county's clock
               "station_pack_seconds": packing,
               "station_pack_records_per_second": device["records"] / packing}
    runs = 1 if quick() else 3
    for db, key in (("sqlite", "sqlite"), ("postgres", "postgresql")):
        try:
            with Databases(db, work, None, True) as databases:
                passes = [ingest(databases.fresh(), county_keys, parcels, device)
                          for _ in range(runs)]  # each on a fresh, empty county database
        except Exception as exc:  # noqa: BLE001 - reported in the doc
            if db == "sqlite":
                raise
            results["postgresql_error"] = f"{type(exc).__name__}: {exc}"[:300]
            continue
        passes.sort(key=lambda one: one["records_per_second"])
        results[key] = {**passes[len(passes) // 2],  # the median pass, with every pass's rate
                        "runs": [round(one["records_per_second"]) for one in passes]}
    return results


def bench_reports(work: Path) -> dict:
    from app.reports.export import prepare_monthly, render_monthly
    from app.services.queries import visits_between

    workspace = data.sign_in(data.new_station(work / "reports-station"))
    data.add_people(workspace, 600)
    syncsetup.month_of_work(workspace, visits=500)
    today = date.today()
    months = {f"{today:%Y-%m}", f"{date.fromordinal(today.toordinal() - 20):%Y-%m}"}
    with workspace.read() as session:
        month = max(months, key=lambda m: len(visits_between(
            session, workspace.station_id, date.fromisoformat(m + "-01"), today)))
    runs = 2 if quick() else 5
    out = {"month": month}
    for language in ("zh_CN", "bo", "bilingual"):
        for fmt in (("pdf", "xlsx") if language != "bilingual" else ("pdf",)):
            prepare, render, size = [], [], 0
            for _ in range(runs + 1):
                started = time.perf_counter()
                report = prepare_monthly(workspace, month, language)
                middle = time.perf_counter()
                size = len(render_monthly(report, fmt))
                prepare.append(middle - started)
                render.append(time.perf_counter() - middle)
            out[f"{fmt}_{language}"] = {  # the first run warms fonts and imports
                "first": prepare[0] + render[0], "prepare": summary(prepare[1:]),
                "render": summary(render[1:]),
                "total": summary([a + b for a, b in zip(prepare[1:], render[1:])]),
                "bytes": size, "records": len(report.summary.manifest.entries)}
    workspace.store.close()
    return out


def run(part: str = "all") -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-server-"))
    try:
        if part in ("all", "reports"):
            write_result("reports", bench_reports(work))
        if part in ("all", "ingest"):
            write_result("ingest", bench_ingest(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "all")
