"""The county side at scale, and the first thing a person trying the app waits for.

    .venv/bin/python -m bench.county_bench demo       # `station-ledger demo`, wall time
    .venv/bin/python -m bench.county_bench processes  # HTTP ingest with 1, 2, 4 servers

demo: `station-ledger demo` (300 households, a year of work, production Argon2id) run as a
fresh process `DEMO_RUNS` times into an empty folder; wall time from spawn to exit and the
child's CPU time (user + system). Target ≤ 10 s.

processes: real `station-ledger-server serve` processes (uvicorn) on one throwaway PostgreSQL
(fsync on). `STATIONS` stations with two enrolled devices each; their parcels (sealed, signed,
with the outbox's header; `BATCH` changes: inserts, updates with base values, the second device
editing notes the first also edits, a bad change per 1,000; bench/server_ingest.build_stream)
are made before the clock starts. Then one client thread per station posts its devices'
parcels in order over HTTP to server `i % processes`; applied changes over the time from the
first post to the last receipt give records/s (a run fails if any change other than the
planted bad ones is quarantined). Each station's client posts from its own
loopback address (127.0.0.10, .11 …): the server's upload slots are per client address (2)
and per process (4), and a 429 is sent again as a device would. Every receipt is checked
(its parcel, applied + quarantined = sent). Peak RSS (VmHWM) of each server process is read from /proc before it
stops: with one process, the server's peak while ingesting all the records.
Parcels of one station are applied one at a time (the station row is locked per parcel), so
several processes help only across stations — as on a county server, where each station
syncs its own devices.
"""
from __future__ import annotations

import http.client
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench.common import ROOT, load_average, quick, summary, write_result
from bench.server_ingest import Device, build_stream
from tests.postgres_cluster import admin_conninfo, free_port, throwaway_postgres

DEMO_TARGET_SECONDS = 10.0
BATCH = 2000


def bench_demo(work: Path) -> dict:
    runs = 2 if quick() else 3
    walls, cpus, errors = [], [], []
    env = {k: v for k, v in os.environ.items() if k != "STATION_LEDGER_FAST_KDF"}
    for run in range(runs):
        folder = work / f"demo-{run}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(folder),
                               "demo"], cwd=ROOT, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            errors.append(done.stderr.strip()[-300:])
            continue
        walls.append(wall)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        shutil.rmtree(folder, ignore_errors=True)
    return {"wall": summary(walls), "cpu": summary(cpus), "errors": errors,
            "target_seconds": DEMO_TARGET_SECONDS, "households": 300}


# -- several server processes on one PostgreSQL ----------------------------------------------
class _Station:
    """A station with one enrolled device and a known author; its parcels, made up front."""

    def __init__(self, store, keys, key: str, records: int) -> None:
        from app.models import new_id
        from app.server.db import ServerRecord

        org, author = new_id(), new_id()
        device = Device(store, keys, org, station_key=key)
        second = Device(store, keys, org, station_key=key)  # edits notes the first also edits
        with store.transaction() as session:
            session.add(ServerRecord(station_key=key, kind="user", record_id=author,
                                     snapshot={"id": author, "username": key, "role": "worker",
                                               "station_id": org, "active": True},
                                     field_hlc={}, hlc=""))
        self.parcels, self.expected = build_stream(records, BATCH, device, second,
                                                   keys.box_public, org, seed=len(key),
                                                   author=author)
        self.records, self.device_id = records, device.id


def _serve(url: str, keys_dir: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "app.server.cli", "--db", url, "serve", "--keys", str(keys_dir),
         "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log.open("wb"),
        stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-500:]}")
        try:
            with urllib.request.urlopen(f"{base}/v1/health", timeout=2):
                return child, base
        except OSError:
            time.sleep(0.1)
    child.kill()
    raise RuntimeError("server did not start")


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _post(base: str, data: bytes, source: str) -> bytes:
    """POST a parcel from the loopback address `source` (each station its own address, as on
    a real network: the server allows 2 uploads in progress per client address and 4 in all
    per process, app/server/bounds.py); a 429 (no slot free) is sent again, as a device does."""
    host, port = base.removeprefix("http://").split(":")
    deadline = time.monotonic() + 600
    while True:
        connection = http.client.HTTPConnection(host, int(port), timeout=300,
                                                source_address=(source, 0))
        try:
            connection.request("POST", "/v1/parcels", body=data,
                               headers={"Content-Type": "application/octet-stream"})
            answer = connection.getresponse()
            body = answer.read()
        finally:
            connection.close()
        if answer.status == 200:
            return body
        if answer.status != 429 or time.monotonic() > deadline:
            raise RuntimeError(f"HTTP {answer.status}: {body[:300]!r}")
        time.sleep(0.05)


def _one_scale(admin: str, port: int, work: Path, processes: int, stations: int,
               records: int, run_no: int) -> dict:
    import psycopg

    from app.protocol.wire import parcel_hash, read_document
    from app.server.db import ServerStore
    from app.server.keys import create_county_keys

    name = f"bench_scale_{os.getpid()}_{processes}_{run_no}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/{name}"
    keys_dir = work / f"keys-{processes}-{run_no}"
    keys = create_county_keys(keys_dir)
    store = ServerStore(url)
    store.create_schema()
    each = records // stations
    made = [_Station(store, keys, f"s{index:02d}", each) for index in range(stations)]
    store.close()
    servers = [_serve(url, keys_dir, work / f"server-{processes}-{run_no}-{i}.log")
               for i in range(processes)]
    failures: list[str] = []
    totals = {"applied": 0, "quarantined": 0}
    lock = threading.Lock()

    def deliver(index: int, station: _Station) -> None:
        base = servers[index % processes][1]
        try:
            for data in station.parcels:
                body = read_document(_post(base, data, f"127.0.0.{10 + index}"),
                                     keys.sign_public)
                if body["parcel_hash"] != parcel_hash(data):
                    raise RuntimeError("a receipt for another parcel")
                with lock:
                    totals["applied"] += body["applied"]
                    totals["quarantined"] += len(body["quarantined"])
        except Exception as exc:  # noqa: BLE001 - reported
            failures.append(f"{type(exc).__name__}: {exc}"[:300])

    threads = [threading.Thread(target=deliver, args=(i, s)) for i, s in enumerate(made)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    peaks = [_peak_rss_mib(child.pid) for child, _base in servers]
    for child, _base in servers:
        child.terminate()
    for child, _base in servers:
        try:
            child.wait(20)
        except subprocess.TimeoutExpired:
            child.kill()
    sent = each * stations
    delivered = totals["applied"] + totals["quarantined"]
    if delivered != sent:
        failures.append(f"receipts account for {delivered} of {sent} changes")
    bad = sum(station.expected["quarantined"] for station in made)  # 1 in 1,000, by design
    if totals["quarantined"] != bad:  # any other refusal means the path measured is wrong
        failures.append(f"{totals['quarantined']} changes quarantined, {bad} expected")
    return {"processes": processes, "stations": stations, "records": sent,
            "applied": totals["applied"], "quarantined": totals["quarantined"],
            # the rate counts applied changes only: a refused change is not ingested
            "seconds": seconds, "records_per_s": totals["applied"] / seconds,
            "peak_rss_mib": peaks, "failures": failures}


def bench_processes(work: Path) -> dict:
    records = 20_000 if quick() else 100_000
    stations = 8
    runs = 1 if quick() else 2
    out: dict = {"records": records, "stations": stations, "batch": BATCH, "scale": []}
    with throwaway_postgres(fsync=True) as (_url, port):
        admin = admin_conninfo(port)
        for processes in (1, 2, 4):
            results = [_one_scale(admin, port, work, processes, stations, records, run)
                       for run in range(runs)]
            rates = [r["records_per_s"] for r in results]
            out["scale"].append({
                "processes": processes, "records_per_s": statistics.median(rates),
                "records_per_s_runs": rates,
                "applied": sum(r["applied"] for r in results),
                "quarantined": sum(r["quarantined"] for r in results),
                "peak_rss_mib": max(max(r["peak_rss_mib"]) for r in results),
                "failures": [f for r in results for f in r["failures"]],
                "load_after": load_average()})
        # the server's memory while one process ingests 100,000 records of one station
        memory = _one_scale(admin, port, work, 1, 1, 100_000, 99)
        out["memory"] = {"records": memory["records"], "peak_rss_mib": memory["peak_rss_mib"][0],
                         "records_per_s": memory["records_per_s"],
                         "failures": memory["failures"]}
    return out


def run(part: str) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-county-"))
    try:
        if part == "demo":
            write_result("demo", bench_demo(work))
        elif part == "processes":
            write_result("county_processes", bench_processes(work))
        else:
            raise SystemExit(f"unknown part {part!r}: demo or processes")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "demo")
