"""A merge of duplicates is a synced operation: merged on laptop A while laptop B, offline,
adds a visit and a resource link for the merged-away person's household and person; after
sync on A, B and the county everything points to the survivor, every copy is the same and
the monthly figures count every record once. Real county on loopback."""
from __future__ import annotations

from tests.sync.sync_support import fingerprint_of  # noqa: E402

from datetime import date

from sqlalchemy import select

from app.models import CaseFile, Person, RecordMerge, ResourceLink
from app.server.rollup import county_summary
from app.services import cases, households, merging, records
from app.services.queries import villages
from app.services.station import add_user, sign_out
from app.server.enrollment import issue_enrollment_code
from app.sync.client import SyncClient
from app.services.join import join_station
from app.sync.transport import HttpTransport
from tests.sync.sync_support import PASSWORD, local_records, make_station, server_records, sign_in

MONTH = date.today().strftime("%Y-%m")


def _person_household(workspace, village, name):
    household_id, changes = households.create_household(
        workspace, households.HouseholdInput(village_id=village, address_zh=f"{name}家"),
        [households.PersonInput(name_zh=name, sex="F", birth_date="1950-02-03")])
    return household_id, sorted(changes.ids - {household_id})[0]


def _visit(workspace, household_id):
    return records.record_visit(workspace, records.VisitInput(
        household_id=household_id, visited_on=date.today(), domain_code="elderly_care",
        service_items=["ec.health"], people_served=2))[0]


def _totals(summary) -> tuple:
    total = summary.current.total
    return (total.visits, total.case_files, total.resource_links, total.person_times)


def test_merge_on_a_while_b_adds_records_for_the_merged_away_person(
        tmp_path, live_server, server_store, recovery_public):
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    a = sign_in(tmp_path / "a")
    add_user(a, "dawa", "达瓦", "admin", PASSWORD)
    with a.read() as session:
        village = villages(session, a.station_id)[0].id
    h1, p1 = _person_household(a, village, "卓玛")
    h2, p2 = _person_household(a, village, "卓玛")  # registered twice
    for household in (h1, h2):
        _visit(a, household)
    for person in (p1, p2):
        cases.open_case(a, cases.CaseInput(person_id=person, domain_code="elderly_care",
                                           intake_reason="独居", opened_on=date.today()))
    sync = lambda ws: SyncClient(ws.store, HttpTransport(url), backoff_seconds=0.05)  # noqa
    sync(a).enroll(url, issue_enrollment_code(server_store, "jia"),
                  fingerprint=fingerprint_of(url))
    sync(a).sync_now()
    join_station(tmp_path / "b", url=url, code=issue_enrollment_code(server_store, "jia"),
                 username="dawa", password=PASSWORD, county_recovery_public=recovery_public,
                 fingerprint=fingerprint_of(url))
    b = sign_in(tmp_path / "b", "dawa")
    try:
        assert _totals(county_summary(server_store, MONTH)) == (2, 2, 0, 4)
        # A merges the two persons and the two households; B, offline, records for the
        # merged-away ones
        merging.merge_records(a, "person", p1, p2, {"name_latin": "merged"})
        merging.merge_records(a, "household", h1, h2, {"address_zh": "merged"})
        visit_b = _visit(b, h2)
        link_b, _ = records.link_resource(b, records.ResourceLinkInput(
            linked_on=date.today(), domain_code="social_assistance", source_code="charity",
            provider_name="慈善总会", person_id=p2, household_id=h2, money="300"))
        for workspace in (a, b, a, b):
            sync(workspace).sync_now()
        county = server_records(server_store, "jia")
        for copy in (local_records(a.store), local_records(b.store), county):
            assert copy[("visit", visit_b)]["household_id"] == h1
            assert copy[("resource_link", link_b)]["person_id"] == p1
            assert copy[("resource_link", link_b)]["household_id"] == h1
            assert {copy[key]["person_id"] for key in copy if key[0] == "case_file"} == {p1}
            assert {copy[key]["household_id"] for key in copy if key[0] == "visit"} == {h1}
            assert copy[("person", p2)]["deleted_at"] and copy[("person", p2)]["merged_into"] == p1
            assert copy[("household", h2)]["merged_into"] == h1
            assert not copy[("person", p1)]["deleted_at"]
        assert local_records(a.store) == local_records(b.store) == county
        # every record counted once: the two visits and two case files of before, and B's
        assert _totals(county_summary(server_store, MONTH)) == (3, 2, 1, 6)
        with b.read() as session:
            assert session.scalar(select(RecordMerge.survivor_id).where(
                RecordMerge.merged_id == p2)) == p1
            assert session.get(ResourceLink, link_b).person_id == p1
            assert {c.person_id for c in session.scalars(select(CaseFile))} == {p1}
            assert session.get(Person, p2).merged_into == p1
    finally:
        sign_out(a)
        sign_out(b)
