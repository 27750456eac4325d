"""A county server that cannot be starved (issue 11, item 6).

The real `station-ledger-server serve` in its own process on loopback (so its peak memory,
VmHWM, is measured) under: 200 slow connections that never finish their headers, 32 uploads
of 15 MiB at once, and decompression bombs from an enrolled device. Throughout, health checks
keep answering 200; the slow connections are cut by the server; nothing gives a 5xx; peak
memory stays under a stated bound. Malformed and deeply nested bodies give 4xx. A slow body
is refused (408) and the device stops on a 5xx instead of retrying it for ever.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import zstandard
from fastapi import FastAPI, Request

from app.models import new_id
from app.security.signing import generate_ed25519
from app.server.bounds import HEADER_SECONDS, MAX_PARCEL_BYTES
from app.protocol.wire import b64, sign_document
from tests.fault.figures import report
from tests.postgres_cluster import free_port

PEAK_MEMORY_BOUND_MIB = 400  # the whole server process, after every attack below
ROOT = Path(__file__).resolve().parents[2]


def _peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """The county server in its own process, with one enrolled device (its key, its id)."""
    from app.server.db import ServerStore
    from app.server.enrollment import enroll_device, issue_enrollment_code
    from app.server.keys import create_county_keys

    work = tmp_path_factory.mktemp("county")
    db = f"sqlite:///{work / 'county.db'}"
    keys = create_county_keys(work / "keys")
    store = ServerStore(db)
    store.create_schema()
    private, public = generate_ed25519()
    device_id = new_id()
    enroll_device(store, keys, sign_document({
        "code": issue_enrollment_code(store, "jia"), "device_id": device_id,
        "sign_public": b64(public), "box_public": b64(keys.box_public)}, private))
    store.close()
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "app.server.cli", "--db", db, "serve", "--keys",
         str(work / "keys"), "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/v1/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline and process.poll() is None, "server did not start"
        time.sleep(0.2)
    yield {"url": url, "port": port, "pid": process.pid, "keys": keys,
           "device": (device_id, private)}
    process.terminate()
    process.wait(15)


class HealthWatch:
    """Health checks every 0.25 s on a fresh connection while an attack runs."""

    def __init__(self, url: str) -> None:
        self.url, self.statuses, self.stop = url, [], threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                self.statuses.append(httpx.get(self.url + "/v1/health", timeout=5).status_code)
            except httpx.HTTPError as exc:
                self.statuses.append(type(exc).__name__)
            time.sleep(0.25)

    def __enter__(self) -> "HealthWatch":
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop.set()
        self.thread.join(10)


def test_200_slow_connections_leave_health_checks_answering(county):
    sockets = []
    for _ in range(200):
        sock = socket.create_connection(("127.0.0.1", county["port"]))
        sock.sendall(b"POST /v1/parcels HTTP/1.1\r\nHost: county\r\nX-Slow: ")
        sockets.append(sock)
    started = time.monotonic()
    with HealthWatch(county["url"]) as watch:
        while time.monotonic() - started < HEADER_SECONDS + 4:
            for sock in sockets:
                try:
                    sock.sendall(b"a")  # one byte now and then: never a whole header
                except OSError:
                    pass
            time.sleep(2)
    closed = 0
    for sock in sockets:
        sock.settimeout(2)
        try:
            closed += sock.recv(100) == b""
        except (ConnectionResetError, socket.timeout, OSError):
            closed += 1
        sock.close()
    report("flood_slow_connections", "200 connections that never finish their headers",
           cases=len(watch.statuses), failures=sum(s != 200 for s in watch.statuses),
           cut_by_server=closed, peak_mib=round(_peak_mib(county["pid"]), 1))
    assert watch.statuses and all(status == 200 for status in watch.statuses), watch.statuses
    assert closed == 200  # the server cut every one of them at its header deadline


def test_32_big_uploads_are_bounded_and_health_still_answers(county):
    body = os.urandom(MAX_PARCEL_BYTES - 1024)

    def upload(_n):
        try:
            return httpx.post(county["url"] + "/v1/parcels", content=body, timeout=120,
                              headers={"Content-Type": "application/octet-stream"}).status_code
        except httpx.HTTPError as exc:  # refused (429) while still sending: the link closes
            return type(exc).__name__

    with HealthWatch(county["url"]) as watch, ThreadPoolExecutor(32) as pool:
        statuses = list(pool.map(upload, range(32)))
    peak = _peak_mib(county["pid"])
    report("flood_big_uploads", "32 uploads of 15 MiB at once", cases=32,
           failures=sum(isinstance(s, int) and s >= 500 for s in statuses),
           statuses={str(s): statuses.count(s) for s in set(statuses)}, peak_mib=round(peak, 1))
    assert not [s for s in statuses if isinstance(s, int) and s >= 500], statuses
    assert all(s in (400, 403, 429) or isinstance(s, str) for s in statuses), statuses
    assert 429 in statuses or any(isinstance(s, str) for s in statuses)  # the gate closed
    assert all(status == 200 for status in watch.statuses), watch.statuses
    assert peak < PEAK_MEMORY_BOUND_MIB


def _compressed(prefix: bytes, filler: bytes, times: int, suffix: bytes) -> bytes:
    """zstd of prefix + filler × times + suffix, made in pieces (never the whole in memory)."""
    compressor = zstandard.ZstdCompressor(level=19).compressobj()
    out = [compressor.compress(prefix)]
    piece = filler * max(1, (1 << 20) // len(filler))
    done = 0
    per_piece = len(piece) // len(filler)
    while done < times:
        count = min(per_piece, times - done)
        out.append(compressor.compress(piece if count == per_piece else filler * count))
        done += count
    out.append(compressor.compress(suffix))
    out.append(compressor.flush())
    return b"".join(out)


def _bomb(county, compressed: bytes, seq: int) -> bytes:
    """A parcel signed by the enrolled device whose compressed payload is `compressed`."""
    from app.security.sealing import seal
    from app.security.signing import sign
    from app.protocol.wire import MAGIC, SEAL_INFO, canonical_json
    import struct

    device_id, private = county["device"]
    header = canonical_json({"type": "push", "device": device_id, "seq": seq, "prev": "",
                             "v": 1})
    body = seal(county["keys"].box_public, compressed, aad=MAGIC + header, info=SEAL_INFO)
    unsigned = MAGIC + struct.pack(">I", len(header)) + header + struct.pack(">I", len(body)) + body
    return unsigned + sign(private, unsigned)


def test_decompression_bombs_are_refused_with_memory_bounded(county):
    tiny = b'{"change_id":"x","kind":"visit"},'
    bombs = {  # ~100 MB and 1 GiB when decompressed
        "3 million tiny changes": _compressed(b'{"changes":[', tiny, 3_000_000, b'{}]}'),
        "a gigabyte of spaces": _compressed(b'{"changes":[', b" " * 1024, 1024 ** 2, b"]}"),
        "a million tiny changes in 30 MB": _compressed(b'{"changes":[', tiny, 1_000_000,
                                                       b'{}]}'),
    }
    statuses = {}
    with HealthWatch(county["url"]) as watch:
        for name, compressed in bombs.items():
            parcel = _bomb(county, compressed, 1)
            assert len(parcel) < 2 * 1024 * 1024  # small on the wire
            started = time.monotonic()
            response = httpx.post(county["url"] + "/v1/parcels", content=parcel, timeout=120)
            statuses[name] = (response.status_code, round(time.monotonic() - started, 2),
                              response.json()["reason"])
    peak = _peak_mib(county["pid"])
    report("flood_decompression_bomb", "parcels of a few KB that decompress to 100 MB–1 GB",
           cases=len(statuses), failures=sum(s[0] >= 500 or s[0] == 200
                                             for s in statuses.values()),
           statuses=statuses, peak_mib=round(peak, 1))
    assert all(status == 413 for status, _s, _r in statuses.values()), statuses
    assert all(seconds < 10 for _st, seconds, _r in statuses.values()), statuses
    assert all(status == 200 for status in watch.statuses)
    assert peak < PEAK_MEMORY_BOUND_MIB


def test_malformed_bodies_get_4xx_never_5xx(county):
    url = county["url"]
    deep = b"[" * 60_000
    signed_deep = b'{"body":' + b'{"a":' * 20_000 + b"1" + b"}" * 20_000 + b',"signature":""}'
    cases = [
        ("POST", "/v1/enroll", deep, {}), ("POST", "/v1/pull", deep, {}),
        ("POST", "/v1/enroll", signed_deep[:64_000], {}), ("POST", "/v1/pull", b"\xff\xfe", {}),
        ("POST", "/v1/parcels", b"SLP1" + b"\xff" * 100, {}),
        ("POST", "/v1/parcels", b"", {}),
        ("POST", "/v1/parcels", b"SLP1\x00\x00\x00\x05[[[[[\x00\x00\x00\x00" + b"\x00" * 64, {}),
        ("GET", "/v1/devices/..%2F..%2Fetc%2Fpasswd/chain", b"", {}),
        ("GET", "/v1/devices/" + "a" * 36 + "/chain", b"", {}),
        ("GET", "/v1/devices/%00/chain", b"", {}),
    ]
    statuses = []
    for method, path, body, headers in cases:
        try:
            response = httpx.request(method, url + path, content=body, headers=headers,
                                     timeout=30)
            statuses.append((path, response.status_code))
        except httpx.HTTPError as exc:
            statuses.append((path, type(exc).__name__))
    for head in (b"Content-Length: 99999999999", b"Content-Length: -5",
                 b"Content-Length: 12abc", b"Transfer-Encoding: chunked\r\n\r\nzz\r\n\r\n"):
        with socket.create_connection(("127.0.0.1", county["port"])) as sock:
            sock.settimeout(10)
            sock.sendall(b"POST /v1/parcels HTTP/1.1\r\nHost: x\r\n" + head + b"\r\n\r\nxyz")
            answer = sock.recv(200)
            statuses.append((head.decode(), int(answer.split()[1]) if answer else "closed"))
    report("malformed_requests", "deep, truncated and malformed bodies and ids",
           cases=len(statuses), failures=sum(not (isinstance(s, int) and 400 <= s < 500)
                                          for _p, s in statuses), statuses=statuses)
    assert all(isinstance(s, int) and 400 <= s < 500 for _p, s in statuses), statuses


def test_a_slow_body_is_refused(tmp_path):
    """`read_body` through a real uvicorn: a body trickling below the minimum rate is cut."""
    from app.server.bounds import BodyRefused, read_body
    from tests.sync.sync_support import ServerThread

    app = FastAPI()
    outcome = {}

    @app.post("/upload")
    async def upload(request: Request):
        try:
            data = await read_body(request, 1_000_000, grace=1.0, min_rate=1000,
                                   chunk_seconds=1.5)
            outcome["result"] = len(data)
        except BodyRefused as exc:
            outcome["result"] = exc.status
        return {}

    server = ServerThread(app).start()
    try:
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
        started = time.monotonic()
        while "result" not in outcome and time.monotonic() - started < 10:
            try:
                sock.sendall(b"x" * 100)  # 200 bytes/s, far below 1000
            except OSError:
                break
            time.sleep(0.5)
        sock.close()
        assert outcome.get("result") == 408
        assert time.monotonic() - started < 5
    finally:
        server.stop()


def test_device_stops_on_a_5xx_and_backs_off_on_a_busy_server(tmp_path, recovery_keys):
    """The device reports a server fault (500) after one try, and gives up after a bounded
    number of tries, with growing pauses, when the server stays busy (503)."""
    from fastapi import FastAPI
    from fastapi.responses import JSONResponse

    from app.models.sync_state import SyncServer
    from app.sync.client import SyncClient
    from app.sync.status import sync_status
    from app.sync.transport import HttpTransport, LinkDown, ServerFailed
    from tests.sync.sync_support import ServerThread, make_station, sign_in

    calls = []
    answer = {"status": 500}
    app = FastAPI()

    @app.post("/v1/parcels")
    def parcels():
        calls.append(time.monotonic())
        return JSONResponse({"detail": "boom"}, status_code=answer["status"])

    make_station(tmp_path / "a", "甲乡", recovery_keys[1])
    workspace = sign_in(tmp_path / "a")
    with workspace.store.transaction() as session:  # enrolled (keys of some county)
        session.add(SyncServer(id="county", url="http://127.0.0.1", station_key="jia",
                               county_box_public=b64(b"\x01" * 32),
                               county_sign_public=b64(b"\x02" * 32)))
    server = ServerThread(app).start()
    try:
        client = SyncClient(workspace.store, HttpTransport(server.url), backoff_seconds=0.1)
        with pytest.raises(ServerFailed) as failed:
            client.sync_now()
        assert len(calls) == 1 and "500" in failed.value.message()
        assert "500" in sync_status(workspace).last_error
        calls.clear()
        answer["status"] = 503
        with pytest.raises(LinkDown):
            client.sync_now()
        assert len(calls) == client.max_failures
        pauses = [later - earlier for earlier, later in zip(calls, calls[1:])]
        assert pauses == sorted(pauses) and pauses[-1] >= 0.4  # backing off
    finally:
        server.stop()
        workspace.store.close()
