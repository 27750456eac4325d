"""A county server on loopback and a station with a month of work, for the sync benchmark and
the kill -9 sync fault test. Everything real: county keys, SQLite county store, uvicorn,
an enrolled encrypted station, changes made through the use cases."""
from __future__ import annotations

import asyncio
import random
import socket
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from bench import data

STATION_KEY = "cgt"


class ServerThread:
    """uvicorn serving the county app on 127.0.0.1 (a free port, or `port`)."""

    def __init__(self, server_store, keys, port: int = 0) -> None:
        import uvicorn

        from app.server.api import create_app, server_config

        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(server_config(create_app(server_store, keys), "127.0.0.1",
                                                   self.port))
        self.thread = threading.Thread(
            target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])), daemon=True)

    def __enter__(self) -> "ServerThread":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("county server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *_exc) -> None:
        self.server.should_exit = True
        self.thread.join(20)
        self.sock.close()


def county(work: Path):
    from app.server.db import ServerStore
    from app.server.keys import create_county_keys, load_county_keys

    keys_dir = work / "county-keys"
    keys = load_county_keys(keys_dir) if keys_dir.exists() else create_county_keys(keys_dir)
    store = ServerStore(f"sqlite:///{work / 'county.db'}")
    store.create_schema()
    return store, keys


def enrolled_station(work: Path, server_store, url: str, people: int = 600):
    """A station with `people` people, enrolled and fully synced; returns its workspace."""
    from app.server.enrollment import issue_enrollment_code
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport

    data_dir = data.new_station(work / "station")
    workspace = data.sign_in(data_dir)
    data.add_people(workspace, people)
    client = SyncClient(workspace.store, HttpTransport(url))
    fingerprint = client.transport.health()["fingerprint"]  # the bench trusts its own county
    client.enroll(url, issue_enrollment_code(server_store, STATION_KEY, station_name="蔡公堂"),
                  fingerprint=fingerprint)
    client.sync_now()
    return workspace


def month_of_work(workspace, *, seed: int = 3, visits: int = 400, households: int = 20,
                  activities: int = 12, links: int = 40) -> None:
    """About a month of a station's work, through the use cases (one transaction each)."""
    from sqlalchemy import select

    from app.models import Household, Person
    from app.services import households as hh
    from app.services import records

    rng = random.Random(seed)
    villages = data.village_ids(workspace)
    given = ["秀英", "桂兰", "建国", "志强", "丽华", "海燕", "晓东", "玉梅", "小龙", "子涵"]
    for index in range(households):
        name = "王李张刘陈杨赵黄"[index % 8] + given[index % 10]
        hh.create_household(workspace, hh.HouseholdInput(village_id=rng.choice(villages),
                                                         address_zh=f"新{index}号"),
                            [hh.PersonInput(name_zh=name, relation="head", sex="F"),
                             hh.PersonInput(name_zh=name[0] + "小" + name[1], relation="child"),
                             hh.PersonInput(name_zh=name[0] + "乐", relation="grandchild")])
    with workspace.read() as session:
        house_ids = list(session.scalars(select(Household.id)))
        people = list(session.scalars(select(Person.id).limit(2000)))
    day = lambda: date.today() - timedelta(days=rng.randint(1, 30))  # noqa: E731
    for index in range(visits):
        records.record_visit(workspace, records.VisitInput(
            household_id=rng.choice(house_ids), visited_on=day(), domain_code="elderly_care",
            service_items=rng.sample(["ec.health", "ec.emotional_comfort"], rng.randint(1, 2)),
            people_served=rng.randint(1, 4),
            notes=rng.choice(["了解近况，生活基本稳定。", "老人腿脚不便，已联系村医上门。",
                              "孩子在校情况良好，监护人按时接送。", f"第{index}次走访，需跟进低保复核。"])))
    for index in range(activities):
        records.record_activity(workspace, records.ActivityInput(
            kind=("group", "themed", "community")[index % 3], title=["老年人健康讲座", "儿童安全教育小组", "政策宣传日"][index % 3],
            held_on=day(), domain_code="elderly_care", service_items=["ec.health"],
            village_id=rng.choice(villages), attendee_ids=rng.sample(people, 12)))
    for index in range(links):
        records.link_resource(workspace, records.ResourceLinkInput(
            linked_on=day(), domain_code="social_assistance", source_code="charity",
            provider_name="拉萨市慈善总会", household_id=rng.choice(house_ids),
            money=str(rng.choice([200, 500, 800]))))


def pending_wire_changes(store) -> list[dict]:
    """The pending changes exactly as parcels carry them (for the zstd floor)."""
    from sqlalchemy import select

    from app.models import ChangeLogEntry
    from app.sync.outbox import _wire_changes, pending_filter

    with store.session() as session:
        entries = session.scalars(select(ChangeLogEntry).where(
            *pending_filter(store.device_id)).order_by(ChangeLogEntry.seq)).all()
        return _wire_changes(session, list(entries)) if entries else []
