"""Corrections, deletes and restores travel to the county as field-level changes: different
fields edited on two laptops offline merge, the same field reaches the conflict inbox, and
the county's monthly figures follow (a visit moved to another domain moves its count; a
deleted visit leaves them and comes back when restored). Real county on loopback."""
from __future__ import annotations

from tests.sync.sync_support import fingerprint_of  # noqa: E402

from datetime import date

import pytest

from app.server.enrollment import issue_enrollment_code
from app.server.rollup import county_summary
from app.services import corrections, history, records
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.services.join import join_station
from app.sync.status import list_conflicts
from app.sync.transport import HttpTransport
from tests.sync.sync_support import (PASSWORD, add_households, local_records, make_station,
                                     server_records, sign_in)

MONTH = date.today().strftime("%Y-%m")


@pytest.fixture()
def laptops(tmp_path, live_server, server_store, recovery_public):
    """The station's computer (admin) and a second admin's laptop, both synced once."""
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    admin = sign_in(tmp_path / "a")
    add_user(admin, "dawa", "达瓦", "admin", PASSWORD)
    with admin.read() as session:
        village = villages(session, admin.station_id)[0].id
    household_id = add_households(admin, 1, village)[0]
    visit_id, _ = records.record_visit(admin, records.VisitInput(
        household_id=household_id, visited_on=date.today(), domain_code="elderly_care",
        service_items=["ec.health"], notes="第一次"))
    sync = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    sync(admin).enroll(url, issue_enrollment_code(server_store, "jia"),
                  fingerprint=fingerprint_of(url))
    sync(admin).sync_now()
    join_station(tmp_path / "b", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="dawa", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    other = sign_in(tmp_path / "b", "dawa")
    yield admin, other, household_id, visit_id, sync
    sign_out(admin)
    if not getattr(other, "signed_out", False):
        sign_out(other)


def _county_visits_by_domain(server_store) -> dict[str, int]:
    summary = county_summary(server_store, MONTH)
    return {code: f.visits for code, f in summary.current.breakdowns["domain"].items() if f.visits}


def _edit(workspace, visit_id, **values):
    corrections.update_record(workspace, "visit", visit_id, values)


def test_corrections_merge_conflict_and_move_the_county_figures(laptops, server_store):
    admin, other, household_id, visit_id, sync = laptops
    assert _county_visits_by_domain(server_store) == {"elderly_care": 1}
    # offline on both: different fields of the same visit
    _edit(admin, visit_id, domain_code="child_welfare", service_items=["cw.verification_visit"])
    _edit(other, visit_id, notes="补记：老人血压偏高", people_served=2)
    for workspace in (admin, other, admin):
        sync(workspace).sync_now()
    assert _county_visits_by_domain(server_store) == {"child_welfare": 1}
    for workspace in (admin, other):
        values = corrections.record_for_edit(workspace, "visit", visit_id).values
        assert (values["domain_code"], values["notes"], values["people_served"]) == (
            "child_welfare", "补记：老人血压偏高", 2)
        assert list_conflicts(workspace) == []
    # the same field on both: the conflict inbox, both values kept
    _edit(admin, visit_id, notes="甲的改正")
    _edit(other, visit_id, notes="乙的改正")
    for workspace in (admin, other, admin):
        sync(workspace).sync_now()
    for workspace in (admin, other):
        assert [(c.field, c.current_value, c.proposed_value) for c in list_conflicts(workspace)] \
            == [("notes", "甲的改正", "乙的改正")]
    assert local_records(admin.store) == local_records(other.store) == \
        server_records(server_store, "jia")


def test_a_deleted_visit_leaves_the_county_figures_and_returns_when_restored(laptops,
                                                                             server_store):
    admin, other, _household_id, visit_id, sync = laptops
    corrections.delete_record(other, "visit", visit_id, "录重了")
    sync(other).sync_now()
    sync(admin).sync_now()
    assert _county_visits_by_domain(server_store) == {}
    assert corrections.record_for_edit(admin, "visit", visit_id).deleted
    deleted = [e for e in history.record_history(admin, "visit", visit_id) if e.op == "Deleted"]
    assert [(e.reason, e.author, e.this_device) for e in deleted] == [("录重了", "达瓦", False)]
    corrections.restore_record(admin, "visit", visit_id)
    sync(admin).sync_now()
    sync(other).sync_now()
    assert _county_visits_by_domain(server_store) == {"elderly_care": 1}
    assert not corrections.record_for_edit(other, "visit", visit_id).deleted
    assert local_records(admin.store) == local_records(other.store) == \
        server_records(server_store, "jia")


def test_a_user_switched_off_on_one_laptop_cannot_sign_in_on_another(laptops, tmp_path):
    from app.errors import AuthenticationError
    from app.services import staff

    admin, other, _household_id, _visit_id, sync = laptops
    staff.set_user_active(admin, staff.user_id_of(admin, "dawa"), False)
    sync(admin).sync_now()
    sync(other).sync_now()  # dawa's own laptop hears of it
    sign_out(other)
    other.signed_out = True
    with pytest.raises(AuthenticationError) as error:
        sign_in(tmp_path / "b", "dawa")
    assert "switched off" in error.value.source
    # and the key slot is gone from that laptop's key file: the old password opens nothing
    from app.security.keyring import Keyring

    keyring = Keyring.load(tmp_path / "b" / "keyring.json")
    assert "dawa" not in keyring.usernames()
    with pytest.raises(AuthenticationError) as error:  # still told why
        sign_in(tmp_path / "b", "dawa")
    assert "switched off" in error.value.source
