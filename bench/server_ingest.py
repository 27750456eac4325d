"""County server ingest throughput: records/s through `accept_parcel`, in parcels.

    .venv/bin/python -m bench.server_ingest --db sqlite   --records 50000
    .venv/bin/python -m bench.server_ingest --db postgres --records 50000

Prints one JSON object on stdout (progress goes to stderr); `records_per_s` is the median
over `--runs` (default 3) runs, each on a fresh, empty county database. Target: 50,000/s.

What one run does, like a station's two devices syncing a backlog:
- two devices of one station are enrolled; their parcels are made (sealed, signed) before
  the clock starts — the device's work is not the county's;
- `--records` changes in parcels of `--batch` (default 2,000): device A inserts households,
  people, visits and case services (append-only), and updates records it inserted in earlier
  parcels (1–3 fields with their base values); every 5th parcel is device B's, editing the
  notes of records A also edits — concurrent edits of one field, which become conflicts;
  one change in every 1,000 names an unknown field and is quarantined;
- timed: `accept_parcel` for each parcel in order (verify signature and chain, open, validate,
  merge, write, sign the receipt, commit) — the whole server path except HTTP;
- checked afterwards: every parcel got a receipt, the counts of records, conflicts and
  quarantined changes are the ones the stream implies.

SQLite: a file in a temp dir with the server's own settings (WAL, synchronous=FULL).
PostgreSQL: `--pg-url URL` of an empty database you own, or (default) a throwaway cluster
in a temp dir (tests/postgres_cluster.py, run as `postgres` when we are root), with fsync ON unless `--pg-fsync off` (the test cluster runs it off).

For the bench runner: `python -m bench.server_ingest --db sqlite --records 50000` and parse
stdout as JSON, or in-process `from bench.server_ingest import run; run("sqlite", 50000)`.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.postgres_cluster import admin_conninfo, throwaway_postgres

os.environ.setdefault("STATION_LEDGER_FAST_KDF", "1")

HLC_BASE = 1_700_000_000_000
TARGET = 50_000


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Databases:
    """Fresh empty county database URLs, one per run."""

    def __init__(self, kind: str, workdir: Path, pg_url: str | None, pg_fsync: bool) -> None:
        self.kind, self.workdir, self.pg_url, self.pg_fsync = kind, workdir, pg_url, pg_fsync
        self.stack = contextlib.ExitStack()
        self.admin = None
        self.count = 0

    def __enter__(self):
        if self.kind == "postgres" and not self.pg_url:
            _url, port = self.stack.enter_context(throwaway_postgres(fsync=self.pg_fsync))
            self.admin = admin_conninfo(port)
        return self

    def __exit__(self, *exc):
        self.stack.close()
        return False

    def fresh(self) -> str:
        self.count += 1
        if self.kind == "sqlite":
            return f"sqlite:///{self.workdir / f'county-{self.count}.db'}"
        if self.pg_url:  # a database the caller owns: empty it
            from app.server.db import ServerBase, ServerStore

            store = ServerStore(self.pg_url)
            ServerBase.metadata.drop_all(store.engine)
            store.close()
            return self.pg_url
        import psycopg

        name = f"bench_county_{os.getpid()}_{self.count}"
        with psycopg.connect(self.admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        port = self.admin.split("port=")[1].split()[0]
        return f"postgresql+psycopg://postgres@127.0.0.1:{port}/{name}"


# -- the change stream ---------------------------------------------------------------------------
class Device:
    def __init__(self, store, keys, station_org_id: str, station_key: str = "jia") -> None:
        from app.models import new_id
        from app.security.signing import generate_ed25519
        from app.server.enrollment import enroll_device, issue_enrollment_code
        from app.protocol.hlc import node_for_device
        from app.protocol.wire import b64, sign_document

        self.sign_private, sign_public = generate_ed25519()
        self.id, self.station_org_id = new_id(), station_org_id
        self.node = node_for_device(self.id)
        enroll_device(store, keys, sign_document({
            "code": issue_enrollment_code(store, station_key), "device_id": self.id,
            "sign_public": b64(sign_public), "box_public": b64(keys.box_public),
            "station_org_id": station_org_id}, self.sign_private))
        self.seq, self.prev, self.tick = 0, "", 0

    def hlc(self) -> str:
        self.tick += 1
        return f"{HLC_BASE + self.tick:013d}-0000-{self.node}"

    def parcel(self, changes: list[dict], county_box_public: bytes) -> bytes:
        from app.protocol.wire import make_parcel, parcel_hash
        from app.sync.outbox import push_header

        self.seq += 1
        # the outbox's own header: the county validates against this schema revision
        header = push_header(self.id, self.station_org_id, self.seq, self.prev, len(changes))
        data = make_parcel(header, {"changes": changes}, recipient_box_public=county_box_public,
                           sender_sign_private=self.sign_private)
        self.prev = parcel_hash(data)
        return data


def _snapshot(kind: str, record_id: str, i: int, org: str, refs: dict, hlc: str) -> dict:
    now = "2026-01-01T08:00:00"
    common = {"id": record_id, "created_at": now, "updated_at": now, "hlc": hlc,
              "deleted_at": None}
    if kind == "household":
        return {**common, "station_id": org, "village_id": refs["village"],
                "address_zh": f"幸福路{i}号", "address_bo": "", "phone": f"138{i:08d}",
                "notes": "", "registered_by": refs["worker"]}
    if kind == "person":
        return {**common, "household_id": refs["household"], "name_zh": f"卓玛{i}",
                "name_bo": "སྒྲོལ་མ", "name_latin": f"zhuoma {i}", "sex": "F",
                "birth_date": "1950-03-01", "id_number": "", "relation": "head",
                "phone": "", "notes": "", "target_groups": ["elderly"]}
    if kind == "visit":
        return {**common, "station_id": org, "household_id": refs["household"],
                "worker_id": refs["worker"], "visited_on": "2026-01-02",
                "domain_code": "elderly", "service_items": ["el.home_visit", "el.check"],
                "people_served": 2, "notes": f"走访 {i}，老人身体尚可", "follow_up_on": None}
    return {**common, "case_id": refs["case"], "worker_id": refs["worker"],  # case_service
            "served_on": "2026-01-02", "item_code": "sa.counselling", "minutes": 30,
            "notes": f"服务 {i}"}


UPDATE_FIELDS = {"household": ["phone", "notes", "address_zh"],
                 "person": ["phone", "notes", "name_latin"],
                 "visit": ["notes", "people_served", "follow_up_on"]}


def build_stream(records: int, batch: int, device_a: Device, device_b: Device,
                 county_box_public: bytes, org: str, seed: int = 7, author: str = ""):
    """The parcels (bytes) in arrival order and what they should leave on the server;
    every change is authored by `author` (a user the county knows)."""
    from app.models import new_id

    rng = random.Random(seed)
    refs = {"village": new_id(), "worker": author or new_id(), "case": new_id(),
            "household": new_id()}
    current: dict[tuple[str, str], dict] = {}  # the record as device A has it
    original: dict[tuple[str, str], dict] = {}  # as device B last saw it (at insert time)
    editable: list[tuple[str, str]] = []
    parcels, expected = [], {"inserts": 0, "updates": 0, "quarantined": 0, "b_changes": 0}
    made, index = 0, 0
    while made < records:
        size = min(batch, records - made)
        from_b = len(parcels) % 5 == 4 and len(editable) > size
        device = device_b if from_b else device_a
        changes = []
        for _ in range(size):
            index += 1
            hlc = device.hlc()
            change = {"change_id": new_id(), "hlc": hlc, "device_id": device.id,
                      "author_id": refs["worker"], "base": None}
            if index % 1000 == 500:  # a bad change: quarantined, the rest still apply
                record_id = new_id()
                snap = {**_snapshot("visit", record_id, index, org, refs, hlc),
                        "favourite_colour": 1}
                change.update(kind="visit", record_id=record_id, op="insert",
                              fields=["notes"], snapshot=snap)
                expected["quarantined"] += 1
            elif from_b:  # B edits notes it saw at insert time: conflicts where A changed them
                key = rng.choice(editable)
                seen = original[key]
                value = f"乙设备备注 {index}"
                snap = {**seen, "notes": value, "hlc": hlc}
                change.update(kind=key[0], record_id=key[1], op="update", fields=["notes"],
                              snapshot=snap, base={"notes": seen["notes"]})
                expected["b_changes"] += 1
            elif editable and rng.random() < 0.25:  # A updates one of its earlier records
                key = rng.choice(editable)
                old = current[key]
                names = rng.sample(UPDATE_FIELDS[key[0]], rng.randint(1, 3))
                snap = {**old, "hlc": hlc, "updated_at": "2026-01-03T09:00:00"}
                for name in names:
                    snap[name] = (index % 7 if name == "people_served" else
                                  "2026-02-01" if name == "follow_up_on" else f"改 {index}")
                change.update(kind=key[0], record_id=key[1], op="update",
                              fields=sorted(names), snapshot=snap,
                              base={name: old[name] for name in names})
                current[key] = snap
                expected["updates"] += 1
            else:
                roll = rng.random()
                kind = ("household" if roll < 0.15 else "person" if roll < 0.5 else
                        "visit" if roll < 0.9 else "case_service")
                record_id = new_id()
                snap = _snapshot(kind, record_id, index, org, refs, hlc)
                if kind == "household":
                    refs["household"] = record_id
                change.update(kind=kind, record_id=record_id, op="insert",
                              fields=sorted(set(snap) - {"hlc", "created_at", "updated_at"}),
                              snapshot=snap)
                current[(kind, record_id)] = original[(kind, record_id)] = snap
                if kind != "case_service":
                    editable.append((kind, record_id))
                expected["inserts"] += 1
            changes.append(change)
        parcels.append(device.parcel(changes, county_box_public))
        made += size
    return parcels, expected


# -- one run and the whole benchmark -----------------------------------------------------------
def one_run(url: str, records: int, batch: int, workdir: Path, run_no: int) -> dict:
    from sqlalchemy import func, select

    from app.models import new_id
    from app.server.db import ServerConflict, ServerQuarantine, ServerRecord, ServerStore
    from app.server.ingest import accept_parcel
    from app.server.keys import create_county_keys
    from app.protocol.wire import read_document

    keys = create_county_keys(workdir / f"keys-{run_no}")
    store = ServerStore(url)
    try:
        store.create_schema()
        org = new_id()
        device_a = Device(store, keys, org)
        device_b = Device(store, keys, org)
        author = new_id()  # the county refuses changes of authors it does not know
        with store.transaction() as session:
            session.add(ServerRecord(station_key="jia", kind="user", record_id=author,
                                     snapshot={"id": author, "username": "zhuoma",
                                               "role": "worker", "station_id": org,
                                               "active": True}, field_hlc={}, hlc=""))
        started = time.perf_counter()
        parcels, expected = build_stream(records, batch, device_a, device_b, keys.box_public,
                                         org, author=author)
        log(f"  run {run_no}: {len(parcels)} parcels made in "
            f"{time.perf_counter() - started:.1f} s; ingesting")
        seconds, cpu, applied, conflicts, quarantined = [], 0.0, 0, 0, 0
        for data in parcels:
            started, started_cpu = time.perf_counter(), time.process_time()
            receipt = accept_parcel(store, keys, data)
            seconds.append(time.perf_counter() - started)
            cpu += time.process_time() - started_cpu
            body = read_document(receipt, keys.sign_public)
            applied += body["applied"]
            conflicts += len(body["conflicts"])
            quarantined += len(body["quarantined"])
        total = sum(seconds)
        with store.transaction() as session:
            stored = session.scalar(select(func.count()).select_from(ServerRecord)
                                    .where(ServerRecord.kind != "user"))
            stored_conflicts = session.scalar(select(func.count()).select_from(ServerConflict))
            stored_quarantine = session.scalar(
                select(func.count()).select_from(ServerQuarantine))
        good = records - expected["quarantined"]
        assert applied == good, (applied, good)
        assert stored == expected["inserts"], (stored, expected)
        assert quarantined == stored_quarantine == expected["quarantined"]
        assert stored_conflicts == conflicts and 0 < conflicts <= expected["b_changes"]
        ordered = sorted(seconds)
        return {"records_per_s": records / total, "seconds": total,
                "cpu_records_per_s": records / cpu, "cpu_seconds": cpu,
                "parcel_ms_p50": 1000 * statistics.median(ordered),
                "parcel_ms_max": 1000 * ordered[-1], "parcels": len(parcels),
                "applied": applied, "records_stored": stored, "conflicts": conflicts,
                "quarantined": quarantined, "updates": expected["updates"]}
    finally:
        store.close()


def run(db: str, records: int = 50_000, batch: int = 2_000, runs: int = 3,
        pg_url: str | None = None, pg_fsync: bool = True) -> dict:
    db = "postgres" if db in ("postgres", "postgresql", "pg") else db
    if db not in ("sqlite", "postgres"):
        raise ValueError(f"unknown database {db!r}")
    workdir = Path(tempfile.mkdtemp(prefix="station-ledger-bench-ingest-"))
    load_before = os.getloadavg()[0]
    results = []
    try:
        with Databases(db, workdir, pg_url, pg_fsync) as databases:
            for run_no in range(1, runs + 1):
                result = one_run(databases.fresh(), records, batch, workdir, run_no)
                log(f"  run {run_no}: {result['records_per_s']:,.0f} records/s "
                    f"({result['seconds']:.2f} s; CPU {result['cpu_records_per_s']:,.0f}/s)")
                results.append(result)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    rates = [r["records_per_s"] for r in results]
    median = statistics.median(rates)
    cpu_rates = [r["cpu_records_per_s"] for r in results]
    return {"name": f"server_ingest_{db}", "db": db, "records": records, "batch": batch,
            "runs": runs, "records_per_s": round(median),
            "records_per_s_runs": [round(r) for r in rates], "target": TARGET,
            # CPU time of this process only (PostgreSQL's own work is in its processes):
            # steadier than wall time when other work shares the machine.
            "cpu_records_per_s": round(statistics.median(cpu_rates)),
            "meets_target": median >= TARGET,
            "durability": ("sqlite WAL, synchronous=FULL" if db == "sqlite" else
                           "postgresql fsync=" + ("caller's server" if pg_url else
                                                  "on" if pg_fsync else "off")),
            "detail": results[rates.index(median)] if median in rates else results[0],
            "cpus": os.cpu_count(), "python": platform.python_version(),
            "load_before": load_before, "load_after": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server_ingest",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=2_000, help="changes per parcel")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database to use (emptied!)")
    parser.add_argument("--pg-fsync", choices=["on", "off"], default="on")
    parser.add_argument("--out", type=Path, help="also write the JSON to this file")
    args = parser.parse_args(argv)
    result = run(args.db, args.records, args.batch, max(1, args.runs), args.pg_url,
                 args.pg_fsync == "on")
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
