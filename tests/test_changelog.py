"""The change log is written in the same transaction as the change, with clock and author."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.models import ChangeLogEntry, OrgUnit, Person
from app.services import households
from app.protocol.hlc import HlcTimestamp, HybridLogicalClock


def _entries(workspace, record_id):
    with workspace.read() as session:
        return list(session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == record_id).order_by(ChangeLogEntry.seq)))


def test_insert_update_and_tombstone_are_logged_with_author_and_clock(worker, village_id):
    household_id, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="张三", sex="M", birth_date="1950")])
    person_id = next(iter(changes.ids - {household_id}))
    households.update_person(worker, person_id, households.PersonInput(
        name_zh="张三", sex="M", birth_date="1950", phone="13800138000", relation="head"))
    households.delete_person(worker, person_id, "moved away, registered twice")
    entries = _entries(worker, person_id)
    assert [e.op for e in entries] == ["insert", "update", "delete"]
    assert entries[1].fields == ["phone"]
    assert entries[2].snapshot["deleted_at"] is not None
    assert all(e.author_id == worker.user_id for e in entries)
    assert all(e.device_id == worker.store.device_id for e in entries)
    stamps = [e.hlc for e in entries]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    with worker.read() as session:
        assert session.get(Person, person_id).hlc == stamps[-1]


def test_a_failed_use_case_leaves_neither_record_nor_change_log(worker, village_id):
    with worker.read() as session:
        before = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    with pytest.raises(Exception):
        households.create_household(worker, households.HouseholdInput(village_id=village_id), [
            households.PersonInput(name_zh="李四", sex="M"),
            households.PersonInput(name_zh="", name_bo=""),  # invalid second member
        ])
    with worker.read() as session:
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry)) == before
        assert session.scalar(select(func.count()).select_from(Person).where(
            Person.name_zh == "李四")) == 0


def test_hard_delete_of_a_synced_record_is_refused(worker):
    with pytest.raises(RuntimeError, match="tombstone|deleted_at"):
        with worker.write() as session:
            session.delete(session.scalars(select(OrgUnit)).first())


@given(st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.integers(-3, 3)), max_size=60))
@settings(max_examples=200, deadline=None)
def test_clock_never_runs_backwards(events):
    """Whatever the wall clock does and whatever remote stamps arrive, stamps increase."""
    wall = [1_000]
    clock = HybridLogicalClock("a" * 16, wall_ms=lambda: wall[0])
    previous = clock.now()
    for step, remote, skew in events:
        wall[0] += step - 2  # the wall clock may also go backwards
        if remote:
            stamp = clock.observe(HlcTimestamp(wall[0] + skew, abs(skew), "b" * 16))
        else:
            stamp = clock.now()
        assert stamp > previous
        assert stamp.encode() > previous.encode()  # text order is time order
        previous = stamp


@given(st.integers(0, 10**13 - 1), st.integers(0, 0xFFFF))
def test_clock_stamps_round_trip_through_text(millis, counter):
    stamp = HlcTimestamp(millis, counter, "0123456789abcdef")
    assert HlcTimestamp.decode(stamp.encode()) == stamp
