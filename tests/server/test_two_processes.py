"""Several county server processes behind one database must neither lose nor duplicate a
parcel (issue 16, "Run like a server"; issue 18): two real `station-ledger-server serve`
processes (uvicorn) on one real PostgreSQL; one device's parcels are each sent to both
processes at the same instant, 200 times — as a device retrying through a load balancer
would. Every change is applied exactly once, the device's chain (sequence + hash of the
previous parcel) is intact, both processes answer every copy with the same signed receipt,
and the records end as the device last wrote them.

The rule that makes it hold (app/server/ingest.py, app/server/enrollment.active_device): the
device row is locked (`SELECT … FOR UPDATE`) before its chain is checked, so the second copy
waits for the first to commit and then finds it (same hash: the stored receipt)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.security.signing import generate_ed25519
from app.server.db import Device, DeviceParcel, Feed, ServerQuarantine, ServerRecord, ServerStore
from app.server.enrollment import enroll_device, issue_enrollment_code
from app.server.keys import create_county_keys
from app.protocol.wire import b64, make_parcel, parcel_hash, read_document, sign_document
from tests.postgres_cluster import admin_conninfo, free_port
from tests.sync.sync_support import county_user

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
ORG = "0190aaaa-0000-7000-8000-0000000000c1"
DEVICE = "0190dddd-0000-7000-8000-0000000000c2"
AUTHOR = "0190bbbb-0000-7000-8000-0000000000c3"
ROUNDS = 200


def _serve(url: str, keys_dir: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "app.server.cli", "--db", url, "serve", "--keys", str(keys_dir),
         "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log.open("wb"),
        stderr=subprocess.STDOUT)
    return child, f"http://127.0.0.1:{port}"


def _wait_healthy(child: subprocess.Popen, base: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{base}/v1/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"server did not start: {log.read_text()[-2000:]}")


def _post(base: str, data: bytes) -> tuple[int, bytes]:
    request = urllib.request.Request(f"{base}/v1/parcels", data=data, method="POST",
                                     headers={"Content-Type": "application/octet-stream"})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _hlc(tick: int) -> str:
    return f"{1_700_000_000_000 + tick:013d}-0000-c2" + "0" * 14


def _change(tick: int, kind: str, record_id: str, op: str, snapshot: dict, fields=None,
            base=None) -> dict:
    hlc = _hlc(tick)
    snapshot = {"id": record_id, "hlc": hlc, "updated_at": "2026-01-01T00:00:00", **snapshot}
    return {"change_id": f"0190cccc-0000-7000-8000-{tick:012d}", "hlc": hlc,
            "device_id": DEVICE, "author_id": AUTHOR, "kind": kind, "record_id": record_id,
            "op": op, "snapshot": snapshot, "base": base,
            "fields": fields if fields is not None else sorted(
                set(snapshot) - {"hlc", "updated_at"})}


def _record_id(kind: int, n: int) -> str:
    return f"0190eeee-000{kind}-7000-8000-{n:012d}"


@pytest.fixture()
def county_db(postgres_url):
    _url, port = postgres_url
    import psycopg

    name = f"county_two_{os.getpid()}_{time.monotonic_ns()}"
    with psycopg.connect(admin_conninfo(port), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/{name}"


def test_one_device_parcels_sent_to_two_processes_at_once_apply_exactly_once(tmp_path,
                                                                             county_db):
    keys = create_county_keys(tmp_path / "keys")
    store = ServerStore(county_db)
    store.create_schema()  # before the processes start: neither races to make the schema
    county_user(store, "jia", AUTHOR, role="worker", station_org_id=ORG)
    sign_private, sign_public = generate_ed25519()
    enroll_device(store, keys, sign_document({
        "code": issue_enrollment_code(store, "jia"), "device_id": DEVICE,
        "sign_public": b64(sign_public), "box_public": b64(keys.box_public),
        "station_org_id": ORG}, sign_private))

    servers = []
    try:
        for name in ("a", "b"):
            log = tmp_path / f"server-{name}.log"
            child, base = _serve(county_db, tmp_path / "keys", log)
            servers.append((child, base, log))
        for child, base, log in servers:
            _wait_healthy(child, base, log)

        prev, tick, sent_changes, inserts = "", 0, 0, 0
        phones: dict[str, str] = {}  # household → the phone the device wrote last
        chain: list[str] = []
        for seq in range(1, ROUNDS + 1):
            changes = []
            household = _record_id(1, seq)
            for kind, code, snapshot in (
                    ("household", 1, {"station_id": ORG, "village_id": "v1",
                                      "address_zh": f"{seq}号", "phone": "", "notes": "",
                                      "deleted_at": None}),
                    ("person", 2, {"household_id": household, "name_zh": f"卓玛{seq}",
                                   "phone": "", "notes": "", "relation": "head"}),
                    ("visit", 3, {"station_id": ORG, "household_id": household,
                                  "notes": f"走访 {seq}", "people_served": 1})):
                tick += 1
                changes.append(_change(tick, kind, _record_id(code, seq), "insert", snapshot))
                inserts += 1
            phones[household] = ""
            if seq > 1:  # and an update of a household of an earlier parcel
                earlier = _record_id(1, 1 + (seq * 7) % (seq - 1))
                tick += 1
                phone = f"138{seq:08d}"
                changes.append(_change(tick, "household", earlier, "update", {
                    "station_id": ORG, "phone": phone}, ["phone"],
                    {"phone": phones[earlier]}))
                phones[earlier] = phone
            sent_changes += len(changes)
            data = make_parcel({"type": "push", "device": DEVICE, "seq": seq, "prev": prev},
                               {"changes": changes}, recipient_box_public=keys.box_public,
                               sender_sign_private=sign_private)
            prev = parcel_hash(data)
            chain.append(prev)

            start = threading.Barrier(len(servers))
            answers: list = [None] * len(servers)

            def send(index: int, base: str) -> None:
                start.wait()
                answers[index] = _post(base, data)

            threads = [threading.Thread(target=send, args=(i, base))
                       for i, (_child, base, _log) in enumerate(servers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(90)
            statuses = [answer[0] if answer else None for answer in answers]
            assert statuses == [200] * len(servers), (seq, answers)
            receipts = {answer[1] for answer in answers}
            assert len(receipts) == 1, f"parcel {seq}: the processes signed different receipts"
            body = read_document(receipts.pop(), keys.sign_public)
            assert (body["seq"], body["parcel_hash"]) == (seq, prev)
            assert (body["applied"], body["duplicates"], body["quarantined"]) == \
                (len(changes), 0, [])
        for child, _base, log in servers:
            assert child.poll() is None, log.read_text()[-2000:]
    finally:
        for child, _base, _log in servers:
            child.terminate()
        for child, _base, _log in servers:
            try:
                child.wait(15)
            except subprocess.TimeoutExpired:
                child.kill()

    with store.transaction() as session:
        parcels = session.execute(select(DeviceParcel.seq, DeviceParcel.hash).where(
            DeviceParcel.device_id == DEVICE).order_by(DeviceParcel.seq)).all()
        assert [seq for seq, _hash in parcels] == list(range(1, ROUNDS + 1))
        assert [hash_ for _seq, hash_ in parcels] == chain
        device = session.get(Device, DEVICE)
        assert (device.last_seq, device.last_hash) == (ROUNDS, chain[-1])
        fed = session.scalars(select(Feed.change_id).where(Feed.origin_device == DEVICE)).all()
        assert len(fed) == len(set(fed)) == sent_changes  # every change once in the feed
        records = {r.record_id: r.snapshot for r in session.scalars(
            select(ServerRecord).where(ServerRecord.kind != "user"))}
        assert len(records) == inserts  # every record once
        assert {h: records[h]["phone"] for h in phones} == phones  # the device's last word
        assert session.scalar(select(func.count()).select_from(ServerQuarantine)) == 0
    store.close()
