"""Helpers shared by the sync and server tests: a real county server on 127.0.0.1 in a
thread, real encrypted stations, and comparisons of what each side holds."""
from __future__ import annotations

import asyncio
import socket
import threading
import time
from pathlib import Path

from sqlalchemy import select

from app.models import SYNCED_MODELS

PASSWORD = "admin-pass-1"


class ServerThread:
    """uvicorn serving the county app on a random loopback port, stopped by `stop()`."""

    def __init__(self, app, tls: tuple[str, str] | None = None) -> None:
        import uvicorn

        from app.server.api import server_config

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        keys = getattr(app.state, "keys", None)
        self.fingerprint = keys.enrolment_fingerprint if keys else ""  # the enrolment sheet
        cert, key = tls or (None, None)
        self.server = uvicorn.Server(server_config(app, "127.0.0.1", self.port, tls_cert=cert,
                                                   tls_key=key))
        self.thread = threading.Thread(
            target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])), daemon=True)

    def start(self) -> "ServerThread":
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.sock.close()


def make_station(data_dir: Path, name: str, recovery_public: bytes, code: str = "") -> Path:
    from app.services.station import PlaceName, StationSetup, create_station

    create_station(data_dir, StationSetup(
        county=PlaceName("城关区", "", "Chengguan"), station=PlaceName(name, "", name),
        villages=(PlaceName(f"{name}一村"), PlaceName(f"{name}二村")),
        admin_username="admin", admin_display_name="管理员", admin_password=PASSWORD,
        county_recovery_public=recovery_public, station_code=code))
    return data_dir


def sign_in(data_dir: Path, username: str = "admin", password: str = PASSWORD):
    from app.services.station import sign_in as service_sign_in

    return service_sign_in(data_dir, username, password)


def local_records(store, kinds=None) -> dict[tuple[str, str], dict]:
    """Every synced record on a device as {(kind, id): comparable snapshot}."""
    from app.sync.changelog import snapshot

    found = {}
    with store.session() as session:
        for kind, model in SYNCED_MODELS.items():
            if kinds and kind not in kinds:
                continue
            for record in session.scalars(select(model)):
                found[(kind, record.id)] = comparable(snapshot(record))
    return found


def comparable(snap: dict) -> dict:
    return {k: v for k, v in snap.items() if k not in ("hlc", "updated_at", "created_at")}


def server_records(server_store, station_key: str) -> dict[tuple[str, str], dict]:
    from app.server.db import ServerRecord

    with server_store.transaction() as session:
        return {(r.kind, r.record_id): comparable(r.snapshot) for r in session.scalars(
            select(ServerRecord).where(ServerRecord.station_key == station_key))}


def add_households(workspace, count: int, village_id: str, prefix: str = "户") -> list[str]:
    from app.services.households import HouseholdInput, PersonInput, create_household

    ids = []
    for index in range(count):
        household_id, _ = create_household(
            workspace, HouseholdInput(village_id=village_id, address_zh=f"{prefix}{index}号"),
            [PersonInput(name_zh=prefix + "".join("零一二三四五六七八九"[int(d)] for d in str(index)),
                         relation="head", sex="F")])
        ids.append(household_id)
    return ids


def enroll(client, url: str, code: str, county_keys, label: str = "") -> dict:
    """`client.enroll` with the county key fingerprint read off the enrolment sheet."""
    return client.enroll(url, code, label, fingerprint=county_keys.enrolment_fingerprint)


def join(data_dir: Path, url: str, code: str, username: str, recovery_public: bytes,
         county_keys, password: str = PASSWORD):
    """`join_station` for `username`, checking the county key fingerprint."""
    from app.services.join import join_station

    return join_station(data_dir, url=url, code=code, username=username, password=password,
                        county_recovery_public=recovery_public,
                        fingerprint=county_keys.enrolment_fingerprint)


class InProcessTransport:
    """Enrolment straight into the county functions (no HTTP), for tests of the parcels."""

    def __init__(self, server_store, county_keys) -> None:
        from app.server.enrollment import enroll_device
        from app.protocol.wire import b64

        self.enroll = lambda request: enroll_device(server_store, county_keys, request)
        self.health = lambda: {"county_sign_public": b64(county_keys.sign_public),
                               "county_box_public": b64(county_keys.box_public)}


def county_user(server_store, station_key: str, user_id: str, role: str = "worker",
                station_org_id: str = "") -> None:
    """A user the county already knows (a merged `user` record), for tests that send
    hand-made parcels: the county refuses changes whose author it does not know. Once."""
    from app.server.db import CountyStation, ServerRecord

    snapshot = {"id": user_id, "username": user_id, "role": role, "active": True,
                "station_id": station_org_id or None, "deleted_at": None}
    with server_store.transaction() as session:
        if session.get(CountyStation, station_key) is None:
            session.add(CountyStation(key=station_key, name=station_key))
        if session.get(ServerRecord, (station_key, "user", user_id)) is None:
            session.add(ServerRecord(station_key=station_key, kind="user", record_id=user_id,
                                     snapshot=snapshot, field_hlc={}, hlc=""))


def fingerprint_of(url: str) -> str:
    """The county key fingerprint a test server shows (for tests about something else; the
    enrolment tests compare against the keys' own fingerprint, as the sheet does)."""
    from app.sync.transport import HttpTransport

    transport = HttpTransport(url)
    try:
        return transport.health()["fingerprint"]
    finally:
        transport.close()
