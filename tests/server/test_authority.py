"""The county is the authority for what a device may change (issue 11, item 2).

A worker's laptop holds the station's data key, so it can write anything into its own store
and send it. A real county on loopback must refuse what the worker's role does not allow —
changing a user, forging a supervisor's review or approval — apply nothing of it, and the
device must keep those changes pending with the reason; the station's other laptop still signs
the admin in after syncing.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import CaseFile, CaseReview, ChangeLogEntry, User, utc_now
from app.models.sync_state import SyncQuarantine
from app.server.db import ServerQuarantine, ServerRecord
from app.server.enrollment import issue_enrollment_code
from app.services.cases import CaseInput, open_case
from app.services.preferences import set_language
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.sync.status import sync_status
from app.sync.transport import HttpTransport
from tests.sync.sync_support import PASSWORD, add_households, enroll, join, make_station, sign_in


@pytest.fixture()
def station(tmp_path, live_server, server_store, county_keys, recovery_public):
    """Station jia: the admin's computer (admin code), a worker's laptop (worker code)."""
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    admin = sign_in(tmp_path / "a")
    add_user(admin, "zhuoma", "卓玛", "worker", PASSWORD)
    add_user(admin, "wangfang", "王芳", "supervisor", PASSWORD)
    client = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    enroll(client(admin), url, issue_enrollment_code(server_store, "jia"), county_keys)
    client(admin).sync_now()
    join(tmp_path / "w", url, issue_enrollment_code(server_store, "jia", role="worker"),
         "zhuoma", recovery_public, county_keys)
    worker = sign_in(tmp_path / "w", "zhuoma")
    yield tmp_path, admin, worker, client
    sign_out(admin)
    sign_out(worker)


def _user_ids(workspace) -> dict[str, str]:
    with workspace.read() as session:
        return {u.username: u.id for u in session.scalars(select(User))}


def _server_snapshot(server_store, kind, record_id):
    with server_store.transaction() as session:
        row = session.get(ServerRecord, ("jia", kind, record_id))
        return row.snapshot if row else None


def test_worker_device_cannot_change_a_user_or_forge_a_review(station, server_store):
    tmp_path, admin, worker, client = station
    with admin.read() as session:
        from app.models import Person
        village = villages(session, admin.station_id)[0].id
    household = add_households(admin, 1, village, prefix="管")[0]
    with admin.read() as session:
        person_id = session.scalar(select(Person.id).where(Person.household_id == household))
    admins_case, _ = open_case(admin, CaseInput(person_id=person_id, intake_reason="低保",
                                                domain_code="social_assistance",
                                                opened_on=date.today()))
    client(admin).sync_now()
    client(worker).sync_now()  # the worker's laptop has the admin's case now
    users = _user_ids(worker)
    with worker.read() as session:
        village = villages(session, worker.station_id)[0].id
    household = add_households(worker, 1, village, prefix="卓")[0]
    with worker.read() as session:
        from app.models import Person
        person_id = session.scalar(select(Person.id).where(Person.household_id == household))
    case_id, _ = open_case(worker, CaseInput(person_id=person_id, domain_code="social_assistance",
                                             intake_reason="独居老人", opened_on=date.today()))
    set_language(worker, "bo")  # her own preference: allowed
    # The dishonest part, straight into the worker's own store (she holds its key):
    with worker.store.transaction(actor_id=users["zhuoma"]) as session:
        target = session.get(User, users["admin"])
        target.active, target.role = False, "worker"
    with worker.store.transaction(actor_id=users["wangfang"]) as session:  # claims the supervisor
        session.add(CaseReview(case_id=case_id, reviewer_id=users["wangfang"], stage="planning",
                               decision="approved", comments="", decided_at=utc_now()))
        session.get(CaseFile, case_id).review_state = "approved"
    with worker.store.transaction(actor_id=users["admin"]) as session:  # claims the admin
        session.get(User, users["wangfang"]).role = "admin"
    with worker.store.transaction(actor_id=users["zhuoma"]) as session:  # someone else's case
        session.get(CaseFile, admins_case).assessment = "改写别人的评估"

    report = client(worker).sync_now()
    assert report.quarantined == 5
    assert _server_snapshot(server_store, "case_file", admins_case)["assessment"] == ""

    admin_record = _server_snapshot(server_store, "user", users["admin"])
    assert (admin_record["active"], admin_record["role"]) == (True, "admin")
    assert _server_snapshot(server_store, "user", users["wangfang"])["role"] == "supervisor"
    assert _server_snapshot(server_store, "user", users["zhuoma"])["language"] == "bo"
    assert _server_snapshot(server_store, "case_file", case_id)["review_state"] == "none"
    with server_store.transaction() as session:
        assert session.scalars(select(ServerRecord).where(
            ServerRecord.kind == "case_review")).all() == []
        reasons = {(q.kind, q.code) for q in session.scalars(select(ServerQuarantine))}
        texts = {q.reason for q in session.scalars(select(ServerQuarantine))}
    assert reasons == {("user", "admin_only"), ("case_review", "supervisor_review"),
                       ("case_file", "supervisor_decision"), ("case_file", "own_case")}
    assert "Only the station admin may change user records (this change acts as worker)." \
        in texts

    # Not delivered: pending on the worker's laptop, each with the county's reason.
    assert sync_status(worker).pending_changes == 5
    with worker.read() as session:
        held = session.scalars(select(SyncQuarantine)).all()
        assert {q.kind for q in held} == {"user", "case_review", "case_file"}
        assert all(q.reason for q in held)
        pending = session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.device_id == worker.store.device_id,
            ChangeLogEntry.acked_at.is_(None))).all()
        assert {q.change_id for q in held} == {entry.change_id for entry in pending}

    # The station's own computer pulls and still signs the admin in.
    client(admin).sync_now()
    sign_out(admin)
    again = sign_in(tmp_path / "a", "admin")
    assert again.role == "admin"
    with again.read() as session:
        assert session.get(User, users["admin"]).active is True
    sign_out(again)


def test_supervisor_device_cannot_act_as_the_admin(
        tmp_path, live_server, server_store, county_keys, recovery_public):
    url = live_server.url
    make_station(tmp_path / "a", "乙乡", recovery_public)
    admin = sign_in(tmp_path / "a")
    add_user(admin, "wangfang", "王芳", "supervisor", PASSWORD)
    client = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    enroll(client(admin), url, issue_enrollment_code(server_store, "yi"), county_keys)
    add_user(admin, "lihua", "李华", "worker", PASSWORD)  # after enrolment: a user change
    report = client(admin).sync_now()
    assert report.quarantined == 0
    join(tmp_path / "s", url, issue_enrollment_code(server_store, "yi", role="supervisor"),
         "wangfang", recovery_public, county_keys)
    supervisor = sign_in(tmp_path / "s", "wangfang")
    users = _user_ids(supervisor)
    # A supervisor's laptop may not act as the admin, whoever the change names.
    with supervisor.store.transaction(actor_id=users["admin"]) as session:
        session.get(User, users["lihua"]).role = "supervisor"
    report = client(supervisor).sync_now()
    assert report.quarantined == 1
    with server_store.transaction() as session:
        row = session.get(ServerRecord, ("yi", "user", users["lihua"]))
        assert row.snapshot["role"] == "worker"
    sign_out(admin)
    sign_out(supervisor)


def test_a_device_changes_only_its_own_station_and_only_as_known_users(server_store,
                                                                      county_keys):
    """Hand-made parcels from an admin device of station jia: org units of another station,
    records of another station, authors the county does not know or who were deactivated."""
    from app.models import new_id
    from app.server.ingest import accept_parcel
    from app.protocol.wire import read_document
    from tests.server.test_bounds import ORG, Device
    from tests.sync.sync_support import county_user

    device = Device(server_store, county_keys)  # admin code; "u1" a worker of ORG
    county_user(server_store, "jia", "boss", role="admin", station_org_id=ORG)
    county_user(server_store, "jia", "gone", role="admin", station_org_id=ORG)
    with server_store.transaction() as session:
        row = session.get(ServerRecord, ("jia", "user", "gone"))
        row.snapshot = {**row.snapshot, "active": False}

    def change(record_kind, author, **snapshot):
        record_id = new_id()
        return {"change_id": new_id(), "hlc": "1700000000000-0000-" + "a" * 16,
                "device_id": device.id, "author_id": author, "kind": record_kind,
                "record_id": record_id, "op": "insert", "fields": sorted(snapshot),
                "base": None, "snapshot": {"id": record_id, **snapshot}}

    other_org = new_id()
    changes = [
        change("org_unit", "boss", kind="village", parent_id=other_org, name_zh="外村"),
        change("org_unit", "boss", kind="village", parent_id=ORG, name_zh="新村"),  # fine
        change("household", "boss", station_id=other_org, address_zh="外"),
        change("household", "nobody", station_id=ORG, address_zh="一"),
        change("household", "gone", station_id=ORG, address_zh="二"),
        change("household", None, station_id=ORG, address_zh="三"),
        change("household", "u1", station_id=ORG, address_zh="四"),  # fine
    ]
    receipt = read_document(accept_parcel(server_store, county_keys, device.parcel(changes)),
                            None)
    reasons = {q["change_id"]: q["code"] for q in receipt["quarantined"]}
    assert receipt["applied"] == 2
    assert [reasons.get(c["change_id"]) for c in changes] == [
        "other_org_unit", None, "other_station", "unknown_author", "inactive_author",
        "no_author", None]


def test_contract_targets_are_the_countys_terms(station, server_store):
    """No station device may create or edit a contract target (even the station's own admin
    computer): the county refuses each such change with its reason, the device keeps it
    pending, and the target the county sets arrives on the station unchanged."""
    from app.errors import NotFound
    from app.models import ContractTarget
    from app.protocol.reasons import REASONS
    from app.server.targets import set_contract_target
    from app.services.corrections import update_record

    _tmp_path, admin, _worker, client = station
    year = date.today().year
    target_id = set_contract_target(server_store, "jia", year, "visits", "", 1200, by="wangjun")
    client(admin).sync_now()
    with admin.read() as session:
        assert session.get(ContractTarget, target_id).target == 1200
    # no use case of the station writes a target: the desktop only shows them
    with pytest.raises(NotFound):
        update_record(admin, "contract_target", target_id, {"target": 1})

    users = _user_ids(admin)
    # a tampered or old program writes targets straight into its own store
    with admin.store.transaction(actor_id=users["admin"]) as session:
        session.get(ContractTarget, target_id).target = 5
        session.add(ContractTarget(station_id=admin.station_id, year=year,
                                   measure="case_services", domain_code="", target=3))
    report = client(admin).sync_now()
    assert report.quarantined == 2
    assert _server_snapshot(server_store, "contract_target", target_id)["target"] == 1200
    with server_store.transaction() as session:
        refused = session.scalars(select(ServerQuarantine)).all()
        assert {(q.kind, q.code) for q in refused} == {("contract_target", "county_only")}
        assert session.scalars(select(ServerRecord).where(
            ServerRecord.kind == "contract_target")).all()[0].record_id == target_id
    assert sync_status(admin).pending_changes == 2
    with admin.read() as session:
        held = session.scalars(select(SyncQuarantine).where(
            SyncQuarantine.dismissed_at.is_(None))).all()
        assert {q.kind for q in held} == {"contract_target"}
        assert {q.reason for q in held} == {REASONS["county_only"]}
    # the county changes its term: it arrives on the station
    set_contract_target(server_store, "jia", year, "visits", "", 1500, by="wangjun")
    client(admin).sync_now()
    with admin.read() as session:
        assert session.get(ContractTarget, target_id).target == 1500
