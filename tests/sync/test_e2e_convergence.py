"""Two stations and a supervisor's laptop, each on its own data directory, sync through one
county server (station A over HTTP, station B by USB folder) and converge."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import CaseFile, CaseReview, CatalogEntry, Person, User
from app.server.catalog import publish_catalog
from app.server.enrollment import issue_enrollment_code
from app.server.folder import import_folder
from app.services.cases import (CaseInput, advance_case, approve_case, open_case,
                                submit_case_for_review, update_case)
from app.services.catalog import bundled_catalog
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.services.sync import join_station
from app.sync.status import sync_status
from app.sync.transport import HttpTransport
from tests.sync.sync_support import (PASSWORD, add_households, local_records, make_station,
                                     server_records, sign_in)


def _client(workspace, url):
    return SyncClient(workspace.store, HttpTransport(url), backoff_seconds=0.05)


def test_two_stations_and_a_supervisor_converge(tmp_path, live_server, server_store,
                                                county_keys, recovery_public):
    url = live_server.url
    station_a = make_station(tmp_path / "a", "甲乡", recovery_public)
    station_b = make_station(tmp_path / "b", "乙乡", recovery_public)
    admin = sign_in(station_a)
    add_user(admin, "zhuoma", "卓玛", "worker", PASSWORD)
    add_user(admin, "wangfang", "王芳", "supervisor", PASSWORD)
    sign_out(admin)

    worker = sign_in(station_a, "zhuoma")
    with worker.read() as session:
        village_id = villages(session, worker.station_id)[0].id
    household_ids = add_households(worker, 5, village_id)
    with worker.read() as session:
        person_id = session.scalar(select(Person.id).where(
            Person.household_id == household_ids[0]))
    case_id, _ = open_case(worker, CaseInput(person_id, "social_assistance", "生活困难",
                                             date.today()))
    update_case(worker, case_id, assessment="需要照料", plan_goals="每周探访")
    advance_case(worker, case_id)
    advance_case(worker, case_id)
    submit_case_for_review(worker, case_id)
    _client(worker, url).enroll(url, issue_enrollment_code(server_store, "jia"),
                                fingerprint=live_server.fingerprint)
    _client(worker, url).sync_now()
    assert sync_status(worker).pending_changes == 0

    # Station B syncs by USB stick (enrolled once while at the county office).
    ws_b = sign_in(station_b)
    SyncClient(ws_b.store, HttpTransport(url)).enroll(
        url, issue_enrollment_code(server_store, "yi"), fingerprint=live_server.fingerprint)
    with ws_b.read() as session:
        village_b = villages(session, ws_b.station_id)[0].id
    add_households(ws_b, 3, village_b, prefix="乙")
    catalogue = bundled_catalog()
    catalogue["service_items"] = catalogue["service_items"] + [
        {"code": "charity_volunteering", "domain": "social_assistance", "kind": "service",
         "zh": "慈善志愿服务", "bo": "", "en": "Charity volunteering", "sort": 99}]
    publish_catalog(server_store, catalogue)
    stick = tmp_path / "usb"
    stick.mkdir()
    assert SyncClient(ws_b.store).export_to_folder(stick) >= 1
    imported = import_folder(server_store, county_keys, stick)
    assert imported.refused == [] and imported.receipts >= 1
    SyncClient(ws_b.store).import_from_folder(stick)
    assert sync_status(ws_b).pending_changes == 0 and sync_status(ws_b).parcels_waiting == 0
    with ws_b.read() as session:
        assert session.get(CatalogEntry, ("service_item", "charity_volunteering")) is not None

    # The supervisor's laptop joins station A, reviews the case, syncs.
    join_station(tmp_path / "s", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="wangfang", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=live_server.fingerprint)
    supervisor = sign_in(tmp_path / "s", "wangfang")
    with supervisor.read() as session:
        assert session.get(CaseFile, case_id).review_state == "submitted"
        assert session.scalar(select(User).where(User.username == "zhuoma")) is not None
    approve_case(supervisor, case_id, "同意")
    _client(supervisor, url).sync_now()

    # Station A receives the decision and the catalogue update.
    _client(worker, url).sync_now()
    with worker.read() as session:
        case = session.get(CaseFile, case_id)
        assert (case.stage, case.review_state) == ("service", "approved")
        assert session.scalar(select(CaseReview).where(CaseReview.case_id == case_id))
        assert session.get(CatalogEntry, ("service_item", "charity_volunteering")) is not None
    _client(supervisor, url).sync_now()

    on_server_a = server_records(server_store, "jia")
    assert local_records(worker.store) == on_server_a
    assert local_records(supervisor.store) == on_server_a
    assert local_records(ws_b.store) == server_records(server_store, "yi")
    assert not set(on_server_a) & set(server_records(server_store, "yi"))
    for workspace in (worker, ws_b, supervisor):
        status = sync_status(workspace)
        assert (status.pending_changes, status.conflicts, status.quarantined) == (0, 0, 0)
        sign_out(workspace)
