"""Concurrent edits of one field land in the conflict inbox with both values (no silent
last-writer-wins); other fields merge; append-only kinds never conflict; one bad change is
quarantined with a reason and the rest are applied."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from app.models import ChangeLogEntry, Household, new_id
from app.server.enrollment import issue_enrollment_code
from app.services.households import HouseholdInput, update_household
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.services.sync import join_station
from app.sync.status import list_conflicts, list_quarantine, resolve_conflict, sync_status
from app.sync.transport import HttpTransport
from tests.sync.sync_support import (PASSWORD, add_households, local_records, make_station,
                                     server_records, sign_in)


@pytest.fixture()
def pair(tmp_path, live_server, server_store, recovery_public):
    """Station A's own computer and a second admin's laptop, both synced once."""
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    admin = sign_in(tmp_path / "a")
    add_user(admin, "wangfang", "王芳", "admin", PASSWORD)  # supervisors only read records
    with admin.read() as session:
        village = villages(session, admin.station_id)[0].id
    household_id = add_households(admin, 1, village)[0]
    sync = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    sync(admin).enroll(url, issue_enrollment_code(server_store, "jia"),
                       fingerprint=live_server.fingerprint)
    sync(admin).sync_now()
    join_station(tmp_path / "s", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="wangfang", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=live_server.fingerprint)
    laptop = sign_in(tmp_path / "s", "wangfang")
    yield admin, laptop, household_id, village, sync
    sign_out(admin)
    sign_out(laptop)


def _edit(workspace, household_id, village, **values):
    with workspace.read() as session:
        row = session.get(Household, household_id)
        data = HouseholdInput(village_id=village, address_zh=row.address_zh,
                              phone=row.phone, notes=row.notes)
    for name, value in values.items():
        setattr(data, name, value)
    update_household(workspace, household_id, data)


def test_concurrent_edits_of_one_field_go_to_the_inbox(pair, server_store):
    admin, laptop, household_id, village, sync = pair
    _edit(admin, household_id, village, notes="门口有狗", phone="13800000000")
    _edit(laptop, household_id, village, notes="老人独居", address_zh="新地址")
    sync(admin).sync_now()
    sync(laptop).sync_now()
    sync(admin).sync_now()
    for workspace in (admin, laptop):
        conflicts = list_conflicts(workspace)
        assert [(c.field, c.current_value, c.proposed_value) for c in conflicts] == [
            ("notes", "门口有狗", "老人独居")]
        with workspace.read() as session:
            row = session.get(Household, household_id)
            # the fields only one side changed are merged; the disputed one keeps the first
            assert (row.notes, row.phone, row.address_zh) == ("门口有狗", "13800000000", "新地址")
    resolve_conflict(admin, list_conflicts(admin)[0].id, "proposed")
    sync(admin).sync_now()
    sync(laptop).sync_now()
    for workspace in (admin, laptop):
        assert list_conflicts(workspace) == []
        with workspace.read() as session:
            assert session.get(Household, household_id).notes == "老人独居"
    assert local_records(admin.store) == local_records(laptop.store) == \
        server_records(server_store, "jia")


def test_keeping_the_current_value_also_closes_the_conflict(pair):
    admin, laptop, household_id, village, sync = pair
    _edit(admin, household_id, village, notes="甲")
    _edit(laptop, household_id, village, notes="乙")
    sync(admin).sync_now()
    sync(laptop).sync_now()
    resolve_conflict(laptop, list_conflicts(laptop)[0].id, "current")
    sync(laptop).sync_now()
    sync(admin).sync_now()
    assert list_conflicts(admin) == [] and list_conflicts(laptop) == []
    with laptop.read() as session:
        assert session.get(Household, household_id).notes == "甲"


def test_append_only_records_from_both_devices_never_conflict(pair, server_store):
    from datetime import date

    from app.models import CaseServiceRecord, Person
    from app.services.cases import CaseInput, open_case

    admin, laptop, household_id, _village, sync = pair
    with admin.read() as session:
        person_id = session.scalar(select(Person.id).where(Person.household_id == household_id))
    case_id, _ = open_case(admin, CaseInput(person_id, "social_assistance", "困难", date.today()))
    sync(admin).sync_now()
    sync(laptop).sync_now()
    for workspace in (admin, laptop):  # both record a service on the case, offline
        with workspace.write() as session:
            session.add(CaseServiceRecord(case_id=case_id, worker_id=workspace.user_id,
                                          served_on=date.today(), item_code="sa.counselling",
                                          minutes=30, notes=workspace.username))
    for workspace in (admin, laptop, admin):
        sync(workspace).sync_now()
    assert list_conflicts(admin) == [] and list_conflicts(laptop) == []
    assert local_records(admin.store, {"case_service"}) == \
        local_records(laptop.store, {"case_service"})
    assert len(local_records(admin.store, {"case_service"})) == 2


def test_one_bad_change_is_quarantined_and_the_rest_applied(pair, server_store):
    admin, _laptop, household_id, village, sync = pair
    _edit(admin, household_id, village, notes="好的修改")
    with admin.store.transaction() as session:
        session.execute(insert(ChangeLogEntry).values(
            change_id=new_id(), hlc=admin.store.clock.now().encode(),
            device_id=admin.store.device_id, kind="household", record_id=household_id,
            op="update", fields=["favourite_colour"],
            snapshot={"id": household_id, "favourite_colour": "red"}))
    _edit(admin, household_id, village, phone="13900000000")
    sync(admin).sync_now()
    quarantined = list_quarantine(admin)
    assert [(q.direction, q.record_id) for q in quarantined] == [("outgoing", household_id)]
    assert "favourite_colour" in quarantined[0].reason
    assert quarantined[0].code == "unknown_fields"
    status = sync_status(admin)
    # the refused change is not counted as delivered: it stays waiting, with its reason
    assert (status.pending_changes, status.quarantined) == (1, 1)
    on_server = server_records(server_store, "jia")[("household", household_id)]
    assert (on_server["notes"], on_server["phone"]) == ("好的修改", "13900000000")
    sync(admin).sync_now()  # sent again, checked again, refused again: still one row each side
    assert len(list_quarantine(admin)) == 1 and sync_status(admin).pending_changes == 1
    from app.server.db import ServerQuarantine

    with server_store.transaction() as session:
        rows = session.scalars(select(ServerQuarantine)).all()
        assert [(r.attempts, r.resolved_at) for r in rows] == [(2, None)]
