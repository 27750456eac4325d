"""Ingest pauses Python's cyclic garbage collector while a parcel is merged (a throughput
measure, app/server/ingest.py) and always turns it back on: after a good parcel, after a
refused one, and only when the last of several parcels in progress (threads) ends."""
from __future__ import annotations

import gc
import threading

import pytest

from app.server import ingest
from app.server.enrollment import Refused


def test_collector_back_on_after_refused_and_accepted_parcels(server_store, county_keys):
    assert gc.isenabled()
    with pytest.raises(Refused):
        ingest.accept_parcel(server_store, county_keys, b"not a parcel")
    assert gc.isenabled()
    seen = []
    real = ingest._apply_changes

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    from tests.server.test_ingest_bulk import _Device, DEV_A

    device = _Device(server_store, county_keys, DEV_A)
    ingest._apply_changes = spy
    try:
        ingest.accept_parcel(server_store, county_keys, device.parcel(county_keys, []))
    finally:
        ingest._apply_changes = real
    assert seen == [False]  # paused while merging …
    assert gc.isenabled()  # … and on again


def test_collector_stays_off_until_the_last_parcel_in_progress_ends():
    first_in, release = threading.Event(), threading.Event()
    states = []

    def slow_parcel():
        with ingest._collector_paused():
            first_in.set()
            release.wait(10)

    thread = threading.Thread(target=slow_parcel)
    thread.start()
    first_in.wait(10)
    with ingest._collector_paused():
        states.append(gc.isenabled())
    states.append(gc.isenabled())  # the other parcel is still in progress
    release.set()
    thread.join(10)
    states.append(gc.isenabled())
    assert states == [False, False, True]
