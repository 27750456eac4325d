"""Shared by the rights tests (issue 19): a household of two with a full record of one of
them, and a scan of every table of a database for text."""
from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, select, text

from app.models import CaseFile
from app.services import cases, households, records
from tests.test_services import valid_id

ERASED_NAME, ERASED_BO, ERASED_LATIN = "格桑卓嘎", "སྐལ་བཟང་སྒྲོལ་དཀར", "Kelsang Drolkar"
OTHER_NAME = "次旦多吉"
ERASED_ID = valid_id("19470512", "246")
OTHER_ID = valid_id("19500101", "135")
SECRETS = ("格桑", "卓嘎", ERASED_BO, "Kelsang", ERASED_ID, "13800138000", "左腿旧伤", "独居老人",
           "每周探访", "陪同就医记录", "轮椅一台")


def two_person_household(workspace, village_id, day: date) -> dict:
    """A household of two; the first has a case file with a service record, a resource
    link, an activity attended and a visit; returns their ids."""
    household_id, changes = households.create_household(
        workspace, households.HouseholdInput(village_id=village_id, address_zh="白定村三组",
                                             phone="0891-6321234"),
        [households.PersonInput(name_zh=ERASED_NAME, name_bo=ERASED_BO,
                                name_latin=ERASED_LATIN, sex="F", birth_date="1947-05-12",
                                id_number=ERASED_ID, relation="head", phone="13800138000",
                                target_groups=["elderly_in_hardship"], notes="左腿旧伤"),
         households.PersonInput(name_zh=OTHER_NAME, sex="M", birth_date="1950-01-01",
                                id_number=OTHER_ID, relation="spouse", phone="13900139000",
                                notes="耳背，照顾格桑卓嘎")])
    person_ids = sorted(changes.ids - {household_id})
    with workspace.read() as session:
        from app.models import Person

        erased = next(p for p in person_ids if session.get(Person, p).name_zh == ERASED_NAME)
    other = next(p for p in person_ids if p != erased)
    case_id, _ = cases.open_case(workspace, cases.CaseInput(
        person_id=erased, domain_code="elderly_care", intake_reason="独居老人",
        opened_on=day))
    with workspace.write() as session:  # straight to services for this test
        case = session.get(CaseFile, case_id)
        case.stage, case.plan_goals = "service", "每周探访"
    service_id, _ = cases.add_service_record(workspace, case_id, cases.ServiceRecordInput(
        served_on=day, item_code="ec.health", minutes=30, notes="陪同就医记录"))
    link_id, _ = records.link_resource(workspace, records.ResourceLinkInput(
        linked_on=day, domain_code="social_assistance", source_code="charity",
        provider_name="慈善总会", person_id=erased, household_id=household_id, money="200",
        in_kind_description="轮椅一台", in_kind_value="300"))
    visit_id, _ = records.record_visit(workspace, records.VisitInput(
        household_id=household_id, visited_on=day, domain_code="elderly_care",
        service_items=["ec.health"], people_served=2, notes="二人在家，格桑卓嘎血压偏高"))
    activity_id, _ = records.record_activity(workspace, records.ActivityInput(
        kind="group", title="健康讲座", held_on=day, domain_code="elderly_care",
        service_items=["ec.health"], attendee_ids=[erased, other]))
    return {"household": household_id, "erased": erased, "other": other, "case": case_id,
            "service": service_id, "link": link_id, "visit": visit_id, "activity": activity_id}


def database_text(connection) -> str:
    """Every value of every table of a database (SQLAlchemy connection), as text."""
    parts = []
    for table in inspect(connection).get_table_names():
        for row in connection.execute(text(f'SELECT * FROM "{table}"')):
            parts.append(repr(tuple(row)))
            parts.extend(str(value) for value in row
                         if isinstance(value, (bytes, memoryview)) is False)
    return "\n".join(parts)


def found_secrets(connection, secrets=SECRETS) -> list[str]:
    found = database_text(connection)
    return [secret for secret in secrets if secret in found]


def station_secrets(workspace, secrets=SECRETS) -> list[str]:
    with workspace.store.session() as session:
        return found_secrets(session.connection(), secrets)


__all__ = ["two_person_household", "found_secrets", "station_secrets", "select"]
