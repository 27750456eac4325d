"""Fuzzing of parcel and import parsing (hypothesis): real parcels, receipts, pull requests
and pull parcels, mutated (bit flips, cuts, insertions, overwrites), fed to every parser a
device or the county runs on received bytes. Each must refuse with its own error
(ParcelError / Refused) and apply nothing; any other exception, or a change, is a failure."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.fault.figures import report, scaled

MUTATION = st.tuples(st.sampled_from(["flip", "cut", "insert", "overwrite"]),
                     st.integers(0, 1 << 20), st.binary(min_size=1, max_size=24))
MUTATIONS = st.lists(MUTATION, min_size=1, max_size=4)


def mutate(data: bytes, mutations) -> bytes:
    for kind, position, junk in mutations:
        at = position % (len(data) + 1)
        if kind == "flip" and data:
            at %= len(data)
            data = data[:at] + bytes([data[at] ^ (1 << (junk[0] % 8))]) + data[at + 1:]
        elif kind == "cut":
            data = data[:at]
        elif kind == "insert":
            data = data[:at] + junk + data[at:]
        else:
            data = data[:at] + junk + data[at + len(junk):]
    return data


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    """An enrolled station, its county (store, keys, live server) and real received bytes."""
    from app.server.ingest import accept_parcel
    from app.server.pull import build_pull_parcel
    from app.sync.client import SyncClient
    from app.sync.outbox import next_parcel
    from bench import syncsetup

    work = tmp_path_factory.mktemp("fuzz")
    store, keys = syncsetup.county(work)
    with syncsetup.ServerThread(store, keys) as server:
        workspace = syncsetup.enrolled_station(work, store, server.url, people=12)
        syncsetup.month_of_work(workspace, visits=20, households=2, activities=1, links=2)
        push = next_parcel(workspace.store, 500)
        client = SyncClient(workspace.store)
        pull_request = client._pull_request(0, 100)
        device = workspace.store.device_id
        samples = {"push": push.data, "pull_request": pull_request,
                   "pull": build_pull_parcel(store, keys, device, 0, 100)}
        samples["receipt"] = accept_parcel(store, keys, push.data)
        yield {"store": store, "keys": keys, "workspace": workspace, "samples": samples}
    workspace.store.close()
    store.close()


def _fuzz(name: str, what: str, sample: bytes, attempt, allowed: tuple, state) -> None:
    figures = {"cases": 0, "failures": []}

    @settings(max_examples=scaled(120, 1500), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(MUTATIONS)
    def run(mutations):
        data = mutate(sample, mutations)
        if data == sample:
            return
        figures["cases"] += 1
        before = state()
        try:
            attempt(data)
            figures["failures"].append(f"accepted a mutated {name}: {mutations!r}")
        except allowed:
            pass
        except Exception as exc:  # noqa: BLE001 - the point of the test
            figures["failures"].append(f"{type(exc).__name__}: {exc!s:.120} for {mutations!r}")
        if state() != before:
            figures["failures"].append(f"state changed after a refused {name}")

    run()
    report(f"fuzz_{name}", what, cases=figures["cases"], failures=len(figures["failures"]),
           first_failures=figures["failures"][:3])
    assert figures["failures"] == []


def _server_state(store):
    from app.server.db import Device, ServerRecord

    def state():
        with store.transaction() as session:
            return (session.scalar(select(func.count()).select_from(ServerRecord)),
                    tuple(session.execute(select(Device.last_seq, Device.last_hash)).all()))
    return state


def test_server_refuses_mutated_parcels(synced):
    from app.server.enrollment import Refused
    from app.server.ingest import accept_parcel

    store, keys = synced["store"], synced["keys"]
    _fuzz("push_parcel", "county ingest of mutated push parcels", synced["samples"]["push"],
          lambda data: accept_parcel(store, keys, data), (Refused,), _server_state(store))


def test_server_refuses_mutated_pull_requests(synced):
    from app.server.enrollment import Refused
    from app.server.pull import check_pull_request

    store = synced["store"]
    _fuzz("pull_request", "county check of mutated pull requests",
          synced["samples"]["pull_request"], lambda data: check_pull_request(store, data),
          (Refused,), _server_state(store))


def test_station_refuses_mutated_pull_parcels_and_receipts(synced):
    from app.sync.inbox import apply_pull_parcel
    from app.sync.outbox import accept_receipt
    from app.protocol.wire import ParcelError

    workspace = synced["workspace"]

    def state():
        from app.models import ChangeLogEntry
        from app.models.sync_state import SyncServer

        with workspace.read() as session:
            server = session.get(SyncServer, "county")
            return (session.scalar(select(func.count()).select_from(ChangeLogEntry)),
                    session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
                        ChangeLogEntry.acked_at.is_not(None))), server.pull_cursor)

    _fuzz("pull_parcel", "station opening mutated pull parcels", synced["samples"]["pull"],
          lambda data: apply_pull_parcel(workspace.store, data), (ParcelError,), state)
    _fuzz("receipt", "station checking mutated receipts", synced["samples"]["receipt"],
          lambda data: accept_receipt(workspace.store, data), (ParcelError,), state)


def test_folder_import_survives_mutated_files(synced, tmp_path):
    """A USB stick with damaged files: each is refused by name, the rest still imported."""
    from app.server.folder import import_folder

    store, keys, push = synced["store"], synced["keys"], synced["samples"]["push"]
    state = _server_state(store)
    inbox = tmp_path / "stick" / "to-county"
    inbox.mkdir(parents=True)
    failures, cases = [], scaled(25, 200)
    rng = random.Random(3)
    for index in range(cases):
        mutations = [(rng.choice(["flip", "cut", "insert", "overwrite"]), rng.randrange(1 << 20),
                      rng.randbytes(rng.randint(1, 24)))]
        (inbox / f"damaged-{index:04d}.parcel").write_bytes(mutate(push, mutations))
    (inbox / "junk.pull-request").write_bytes(b"\xff\xfe not a request")
    before = state()
    try:
        result = import_folder(store, keys, Path(tmp_path / "stick"))
        refused = len(result.refused)
    except Exception as exc:  # noqa: BLE001
        failures.append(f"{type(exc).__name__}: {exc!s:.160}")
        refused = 0
    if state() != before:
        failures.append("state changed")
    report("fuzz_folder_import", "county import of a folder of damaged parcels",
           cases=cases + 1, failures=len(failures), refused=refused, first_failures=failures[:3])
    assert failures == []
