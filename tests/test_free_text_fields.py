"""Issue 15, deliverable 6 (every field): each free-text field of every use case, given
hostile text, either stores exactly what the text policy makes of it or refuses it with a
ValidationError naming that field, changing nothing. (Printing and export of the fields that
reach a report: tests/reports/test_hostile_text.py.)"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Activity, CaseFile, ChangeLogEntry, Household, Person, ResourceLink, Visit
from app.services import cases, households, records
from app.text.policy import normalize_text
from tests.reports.test_hostile_text import hostile_text

PASSWORD = "admin-pass-1"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from app.security.sealing import generate_x25519
    from app.services.queries import villages
    from app.services.station import PlaceName, StationSetup, create_station, sign_in, sign_out

    data_dir = tmp_path_factory.mktemp("fields") / "station"
    create_station(data_dir, StationSetup(
        county=PlaceName("城关区"), station=PlaceName("测试社工站"), villages=(PlaceName("白定村"),),
        admin_username="admin", admin_display_name="站长", admin_password=PASSWORD,
        county_recovery_public=generate_x25519()[1]))
    workspace = sign_in(data_dir, "admin", PASSWORD)
    with workspace.read() as session:
        village_id = villages(session, workspace.station_id)[0].id
    household_id, changes = households.create_household(
        workspace, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="吕娟")])
    person_id = next(iter(changes.ids - {household_id}))
    case_id, _ = cases.open_case(workspace, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="独居",
        opened_on=date.today() - timedelta(days=1)))
    yield {"workspace": workspace, "village_id": village_id, "household_id": household_id,
           "person_id": person_id, "case_id": case_id}
    sign_out(workspace)


def _fields(w):
    """(field or fields a refusal may name, multiline, save(text) -> (model, id), column)
    for every free-text field."""
    ws, today = w["workspace"], date.today()

    def person(**kw):
        households.update_person(ws, w["person_id"], households.PersonInput(name_zh="吕娟", **kw))
        return Person, w["person_id"]

    def household(**kw):
        households.update_household(ws, w["household_id"],
                                    households.HouseholdInput(village_id=w["village_id"], **kw))
        return Household, w["household_id"]

    def case(name):
        def save(text):
            cases.update_case(ws, w["case_id"], **{name: text})
            return CaseFile, w["case_id"]
        return save

    def visit(text):
        return Visit, records.record_visit(ws, records.VisitInput(
            household_id=w["household_id"], visited_on=today, domain_code="elderly_care",
            service_items=["ec.health"], notes=text))[0]

    def activity(**kw):
        values = {"title": "活动", "location": "", "notes": ""} | kw
        return Activity, records.record_activity(ws, records.ActivityInput(
            kind="group", held_on=today, domain_code="elderly_care", headcount=3, **values))[0]

    def link(**kw):
        values = {"provider_name": "爱心企业", "in_kind_description": "米面", "notes": ""} | kw
        return ResourceLink, records.link_resource(ws, records.ResourceLinkInput(
            linked_on=today, domain_code="elderly_care", source_code="charity",
            household_id=w["household_id"], **values))[0]

    return [
        ("name_latin", False, lambda t: person(name_latin=t), "name_latin"),
        ("notes", True, lambda t: person(notes=t), "notes"),
        ("address_zh", False, lambda t: household(address_zh=t), "address_zh"),
        ("address_bo", False, lambda t: household(address_bo=t), "address_bo"),
        ("notes", True, lambda t: household(notes=t), "notes"),
        *[(name, True, case(name), name) for name in (
            "intake_reason", "assessment", "plan_goals", "plan_actions", "closure_reason",
            "closure_summary")],
        ("notes", True, visit, "notes"),
        ("title", False, lambda t: activity(title=t), "title"),
        ("location", False, lambda t: activity(location=t), "location"),
        ("notes", True, lambda t: activity(notes=t), "notes"),
        ("provider_name", False, lambda t: link(provider_name=t), "provider_name"),
        # nothing left in kind and no money: the rule names the money field
        (("in_kind_description", "money"), True, lambda t: link(in_kind_description=t),
         "in_kind_description"),
        ("notes", True, lambda t: link(notes=t), "notes"),
    ]


def _changes(workspace) -> int:
    with workspace.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogEntry))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=hostile_text)
def test_every_free_text_field_stores_the_policy_or_refuses_by_field(world, text):
    workspace = world["workspace"]
    for field, multiline, save, column in _fields(world):
        before = _changes(workspace)
        try:
            model, record_id = save(text)
        except ValidationError as error:
            assert error.field in (field if isinstance(field, tuple) else (field,)), (
                field, error.field, str(error))
            assert _changes(workspace) == before
            continue
        with workspace.read() as session:
            stored = getattr(session.get(model, record_id), column)
        assert stored == normalize_text(text, multiline=multiline), field
