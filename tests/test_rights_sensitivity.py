"""Consent and sensitivity (issue 19, part 4): a child's record (under 14, from the birth
date or the ID number) is shown masked to a worker who does not serve the child — in the
read use cases themselves, not only on screen — and opening it is refused; the worker who
visits the household, supervisors and the admin see it. The province export never carries
a child's name. Consent is recorded with who gave it, when and for what."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import Person, User
from app.protocol.sensitivity import birth_of, is_child
from app.services import consent, corrections, households, records, ui_queries
from app.services.queries import PeopleFilter
from tests.test_services import valid_id

TODAY = date.today()
CHILD_BIRTH = f"{TODAY.year - 9}0304"


@pytest.fixture()
def admin(worker):
    with worker.read() as session:
        user = session.scalar(select(User).where(User.username == "admin"))
    return replace(worker, user_id=user.id, username=user.username, role=user.role,
                   display_name=user.display_name)


def test_child_rule():
    assert birth_of("2015", None) == date(2015, 12, 31)
    assert birth_of("", "540102201503040012") == date(2015, 3, 4)
    assert is_child({"birth_date": "2013-06-01"}, date(2027, 5, 31))
    assert not is_child({"birth_date": "2013-06-01"}, date(2027, 6, 1))
    assert not is_child({"birth_date": "", "id_number": None})


def _rows(workspace):
    return {row.id: row for row in ui_queries.person_rows(workspace, PeopleFilter(), 100)}


def test_a_childs_record_is_masked_for_a_worker_who_does_not_serve_the_child(
        worker, supervisor, admin, village_id):
    household_id, changes = households.create_household(
        admin, households.HouseholdInput(village_id=village_id, address_zh="塔玛村"),
        [households.PersonInput(name_zh="次仁拉姆", name_bo="ཚེ་རིང་ལྷ་མོ", sex="F",
                                id_number=valid_id(CHILD_BIRTH, "246"), relation="child"),
         households.PersonInput(name_zh="普布", sex="M", birth_date="1980", relation="head")])
    child = next(p for p in changes.ids - {household_id} if _rows(admin)[p].name_zh == "次仁拉姆")
    shown = _rows(worker)[child]
    assert shown.masked and shown.sensitive
    assert (shown.name_zh, shown.name_bo, shown.id_number) == ("次＊", "", "")
    assert _rows(worker)[next(iter(changes.ids - {household_id, child}))].name_zh == "普布"
    members = ui_queries.household_detail(worker, household_id)[1]
    assert "次仁拉姆" not in repr(members)
    with pytest.raises(PermissionDenied):
        corrections.record_for_edit(worker, "person", child)
    for trusted in (supervisor, admin):
        row = _rows(trusted)[child]
        assert (row.name_zh, row.masked, row.sensitive) == ("次仁拉姆", False, True)
    # the worker who visits the household serves the child
    records.record_visit(worker, records.VisitInput(
        household_id=household_id, visited_on=TODAY, domain_code="child_welfare",
        service_items=["cw.verification_visit"]))
    assert _rows(worker)[child].name_zh == "次仁拉姆"
    assert corrections.record_for_edit(worker, "person", child).values["name_zh"] == "次仁拉姆"


def test_consent_is_recorded_with_who_when_and_what(worker, village_id):
    household_id, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="达娃", sex="F", birth_date="1960")])
    person = next(iter(changes.ids - {household_id}))
    with pytest.raises(ValidationError) as bad:
        consent.set_consent(worker, person, consent.ConsentInput("self", "2026-13-01",
                                                                 ["services"]))
    assert bad.value.field == "given_on"
    with pytest.raises(ValidationError) as none:
        consent.set_consent(worker, person, consent.ConsentInput("self", TODAY, []))
    assert none.value.field == "purposes"
    consent.set_consent(worker, person, consent.ConsentInput("self", TODAY.isoformat(),
                                                             ["services", "case_records"]))
    with worker.read() as session:
        row = session.get(Person, person)
        assert (row.consent_by, row.consent_on, row.consent_purposes) == (
            "self", TODAY, ["case_records", "services"])
    _h, child_changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="小扎西", sex="M", birth_date=f"{TODAY.year - 5}")])
    child = next(iter(child_changes.ids - {_h}))
    with pytest.raises(ValidationError) as child_self:
        consent.set_consent(worker, child, consent.ConsentInput("self", TODAY, ["services"]))
    assert child_self.value.field == "given_by"
    consent.set_consent(worker, child, consent.ConsentInput("guardian", TODAY, ["services"]))


def test_province_export_never_carries_a_childs_name(tmp_path):
    from app.server.db import ServerRecord, ServerStore
    from app.server.province import CHILD_WITHHELD, province_sheets

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    try:
        with store.transaction() as session:
            for pid, name, number in (("p-child", "小卓玛", valid_id(CHILD_BIRTH, "246")),
                                      ("p-adult", "大卓玛", valid_id("19600101", "135"))):
                session.add(ServerRecord(station_key="s", kind="person", record_id=pid,
                                         snapshot={"id": pid, "name_zh": name,
                                                   "id_number": number, "birth_date": ""},
                                         field_hlc={}))
                session.add(ServerRecord(
                    station_key="s", kind="case_file", record_id=f"c-{pid}", field_hlc={},
                    snapshot={"id": f"c-{pid}", "person_id": pid,
                              "opened_on": TODAY.isoformat(), "domain_code": "child_welfare"}))
        sheets = {s.kind: s for s in province_sheets(store, TODAY, TODAY, None, personal=True)}
        cases = sheets["case_file"]
        text = repr(cases.rows)
        assert "大卓玛" in text and "小卓玛" not in text and CHILD_WITHHELD in text
        assert valid_id(CHILD_BIRTH, "246") not in text
    finally:
        store.close()


def test_a_childs_case_file_is_printed_only_by_its_worker_or_a_supervisor(
        worker, supervisor, admin, village_id, tmp_path):
    from app.reports.export import export_case
    from app.services import cases

    household_id, changes = households.create_household(
        admin, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="小达瓦", sex="M", birth_date=f"{TODAY.year - 6}")])
    child = next(iter(changes.ids - {household_id}))
    case_id, _ = cases.open_case(admin, cases.CaseInput(
        person_id=child, domain_code="child_welfare", intake_reason="困境儿童",
        opened_on=TODAY))
    with admin.read() as session:
        from app.models import CaseFile

        number = session.get(CaseFile, case_id).case_number
    with pytest.raises(PermissionDenied):
        export_case(worker, number, tmp_path / "w.pdf")
    assert not (tmp_path / "w.pdf").exists()
    export_case(supervisor, number, tmp_path / "s.pdf")
    assert (tmp_path / "s.pdf").is_file()


def test_a_supervisor_records_consent_and_meets_the_childs_rule(worker, supervisor, village_id):
    """The People page offers Consent to a supervisor: it must work (it was refused as 'only
    the worker who recorded this'), and a child's consent still needs a guardian."""
    _h, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="央金", sex="F", birth_date="1970"),
         households.PersonInput(name_zh="小央金", sex="F", birth_date=f"{TODAY.year - 6}",
                                relation="child")])
    with worker.read() as session:
        adult, child = (session.scalar(select(Person.id).where(Person.name_zh == name))
                        for name in ("央金", "小央金"))
    consent.set_consent(supervisor, adult, consent.ConsentInput("self", TODAY, ["services"]))
    with pytest.raises(ValidationError) as child_self:
        consent.set_consent(supervisor, child, consent.ConsentInput("self", TODAY, ["services"]))
    assert child_self.value.field == "given_by"
    with worker.read() as session:
        assert session.get(Person, adult).consent_by == "self"
