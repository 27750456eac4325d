"""Erasure is a synced operation (issue 19, part 2): laptop A erases a person while laptop B,
offline, adds a service record and edits the person's notes; after sync the person's
personal data is gone from every table of A, of B and of the county's database (the whole
text of each scanned for the name and ID number), B's late records included, and the monthly
figures at the county are the same before and after. Real county on loopback, on SQLite and on PostgreSQL."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import Person
from app.reports.source import StoreRecordSource
from app.reports.summary import compute_monthly_summary
from app.server.enrollment import issue_enrollment_code
from app.server.rollup import county_summary
from app.services import cases, corrections, erasure
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.sync.client import SyncClient
from app.services.join import join_station
from app.sync.transport import HttpTransport
from tests.rights_support import SECRETS, found_secrets, station_secrets, two_person_household
from tests.sync.sync_support import PASSWORD, fingerprint_of, make_station, sign_in

DAY = date.today().replace(day=1)
MONTH = DAY.strftime("%Y-%m")
LATE = ("B的晚到记录格桑", "格桑的新备注")


def _county_secrets(server_store, secrets) -> list[str]:
    with server_store.sessions() as session:
        return found_secrets(session.connection(), secrets)


def test_erasure_reaches_the_county_and_the_other_laptop_and_late_records(
        tmp_path, live_server, server_store, recovery_public):
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    a = sign_in(tmp_path / "a")
    add_user(a, "dawa", "达瓦", "admin", PASSWORD)
    with a.read() as session:
        village = villages(session, a.station_id)[0].id
    ids = two_person_household(a, village, DAY)
    sync = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    sync(a).enroll(url, issue_enrollment_code(server_store, "jia"),
                   fingerprint=fingerprint_of(url))
    sync(a).sync_now()
    join_station(tmp_path / "b", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="dawa", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    b = sign_in(tmp_path / "b", "dawa")
    try:
        assert station_secrets(b) == list(SECRETS)  # B holds it all before
        assert _county_secrets(server_store, SECRETS) == list(SECRETS)
        # B, offline, records more about the person; A erases
        cases.add_service_record(b, ids["case"], cases.ServiceRecordInput(
            served_on=DAY, item_code="ec.health", minutes=20, notes=LATE[0]))
        corrections.update_record(b, "person", ids["erased"], {"notes": LATE[1]})
        with b.read() as session:  # every record, the late ones included, before erasure
            before = compute_monthly_summary(StoreRecordSource(session, b.station_id),
                                             MONTH).current
        erasure.erase_person(a, ids["erased"], "consent_withdrawn", confirmed=True)
        assert station_secrets(a) == []
        for workspace in (a, b, a, b):
            sync(workspace).sync_now()
        for workspace in (a, b):  # every change accepted: nothing left pending or refused
            assert sync(workspace).pending_changes() == 0
        everything = SECRETS + LATE
        assert station_secrets(a, everything) == []
        assert station_secrets(b, everything) == []
        assert _county_secrets(server_store, everything) == []
        after = county_summary(server_store, MONTH).current
        assert after == before and after.total.case_services == 2
        with a.read() as session:
            assert compute_monthly_summary(StoreRecordSource(session, a.station_id),
                                           MONTH).current == before
        with b.read() as session:
            erased = session.get(Person, ids["erased"])
            assert erased.deleted_at is not None and erased.erased_at is not None
            assert session.get(Person, ids["other"]).name_zh == "次旦多吉"
    finally:
        sign_out(a)
        sign_out(b)
