"""Erasure of a person (issue 19, part 2) on one laptop: on a lawful ground, by a supervisor
or the admin after confirming, the person's personal data is gone from every table of the
real encrypted store (records, old change-log versions, search keys, drafts), the household
member who stays keeps theirs, the monthly figures are the same before and after, and the
audit names the erasure, not the data."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import NotFound, PermissionDenied, ValidationError
from app.models import AuditEntry, CaseFile, Erasure, Person
from app.reports.source import StoreRecordSource
from app.reports.summary import compute_monthly_summary
from app.services import access_request, drafts, erasure, queries
from app.services.exports import export_folder
from tests.rights_support import (ERASED_NAME, OTHER_NAME, SECRETS, station_secrets,
                                  two_person_household)

DAY = date.today().replace(day=1)
MONTH = DAY.strftime("%Y-%m")


def figures(workspace):
    with workspace.read() as session:
        summary = compute_monthly_summary(StoreRecordSource(session, workspace.station_id), MONTH)
    return summary.current


def test_erasure_removes_the_person_everywhere_and_keeps_the_figures(worker, supervisor,
                                                                     village_id):
    ids = two_person_household(worker, village_id, DAY)
    drafts.save_draft(worker, "person", {"name_zh": ERASED_NAME + "改"}, ids["erased"])
    drafts.save_draft(worker, "visit", {"notes": "再访" + ERASED_NAME})  # a new visit, unsaved
    answer = access_request.answer_access_request(supervisor, ids["erased"], "zh_CN")
    with worker.read() as session:
        number = session.get(CaseFile, ids["case"]).case_number
    printed = export_folder(worker) / f"case-{number}-zh_CN.pdf"
    printed.write_bytes(b"%PDF- a printed case file")
    kept = export_folder(worker) / "monthly-2026-11.pdf"
    kept.write_bytes(b"%PDF- figures")
    assert station_secrets(worker) == list(SECRETS)  # the scan sees them before
    before = figures(worker)

    with pytest.raises(PermissionDenied):
        erasure.erase_person(worker, ids["erased"], "consent_withdrawn", confirmed=True)
    with pytest.raises(ValidationError) as no_ground:
        erasure.erase_person(supervisor, ids["erased"], "because", confirmed=True)
    assert no_ground.value.field == "ground"
    with pytest.raises(ValidationError) as unconfirmed:
        erasure.erase_person(supervisor, ids["erased"], "consent_withdrawn")
    assert unconfirmed.value.field == "confirmed"

    erasure_id, changes = erasure.erase_person(supervisor, ids["erased"], "consent_withdrawn",
                                               confirmed=True)
    assert {"person", "erasure", "case_file", "case_service"} <= changes.kinds
    assert station_secrets(worker) == []
    after = figures(worker)
    assert after == before  # every figure and breakdown, the target group slice included
    assert after.total.visits == 1 and after.total.resource_links == 1
    assert after.breakdowns["target_group"]["elderly_in_hardship"].visits == 1

    with worker.read() as session:
        person = session.get(Person, ids["erased"])
        assert person.deleted_at is not None and person.erased_at == person.deleted_at
        assert (person.name_zh, person.id_number, person.phone) == ("", None, "")
        assert person.target_groups == ["elderly_in_hardship"]  # what the figures need
        other = session.get(Person, ids["other"])
        assert (other.name_zh, other.deleted_at) == (OTHER_NAME, None)
        assert other.notes == "耳背，照顾＊＊"  # a mention in someone else's record: redacted
        from app.models import Visit

        assert session.get(Visit, ids["visit"]).notes == "二人在家，＊＊血压偏高"
        assert session.get(Erasure, erasure_id).redacted == sorted([ids["other"], ids["visit"]])
        assert session.get(CaseFile, ids["case"]).case_number  # the case stays, anonymous
        assert session.get(Erasure, erasure_id).ground == "consent_withdrawn"
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "person.erased")).one()
        assert audit.target_id == ids["erased"] and audit.details["ground"] == \
            "consent_withdrawn"
        # search finds the one who stays, not the erased person
        search = lambda text: [p.id for p in queries.search_people(  # noqa: E731
            session, queries.PeopleFilter(query=text))]
        assert search("次旦") == [ids["other"]]
        assert search("格桑") == []
    assert drafts.load_draft(worker, "person", ids["erased"]) is None
    assert drafts.load_draft(worker, "visit") is None
    assert not answer.pdf_path.exists() and not answer.json_path.exists()
    assert not printed.exists() and kept.exists()
    with pytest.raises(NotFound):  # erased once
        erasure.erase_person(supervisor, ids["erased"], "consent_withdrawn", confirmed=True)


def test_last_member_takes_the_household_with_them(worker, supervisor, village_id):
    from app.models import Household
    from app.services import households

    household_id, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id, address_zh="塔玛村独户"),
        [households.PersonInput(name_zh="独居者甲", sex="M", birth_date="1940")])
    person_id = sorted(changes.ids - {household_id})[0]
    before = figures(worker)
    erasure.erase_person(supervisor, person_id, "purpose_achieved", confirmed=True)
    assert station_secrets(worker, ("塔玛村独户", "独居者甲")) == []
    assert figures(worker) == before
    with worker.read() as session:
        household = session.get(Household, household_id)
        assert household.erased_at is not None and household.erased_at == household.deleted_at


def test_a_duplicate_merged_into_the_person_is_erased_with_them(worker, supervisor, village_id):
    from app.services import households, merging

    ids = two_person_household(worker, village_id, DAY)
    dup_household, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="格桑卓嘎", name_latin="Kelsang D", sex="F",
                                birth_date="1947")])
    duplicate = next(iter(changes.ids - {dup_household}))
    merging.merge_records(worker, "person", ids["erased"], duplicate)
    erasure.erase_person(supervisor, ids["erased"], "consent_withdrawn", confirmed=True)
    assert station_secrets(worker) == []
    with worker.read() as session:
        assert session.get(Person, duplicate).erased_at is not None
