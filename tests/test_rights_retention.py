"""Retention (issue 19, part 3): the station's policy (two station settings, synced records,
admin only) lists closed case files and inactive persons due for review; nothing is deleted
by listing them."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, update

from app.errors import PermissionDenied, ValidationError
from app.models import CaseFile, ChangeLogEntry, Person, StationSetting, User
from app.services import cases, households, retention
from app.services.settings import get_setting, set_setting

TODAY = date(2026, 11, 29)


@pytest.fixture()
def admin(worker):
    with worker.read() as session:
        user = session.scalar(select(User).where(User.username == "admin"))
    return replace(worker, user_id=user.id, username=user.username, role=user.role,
                   display_name=user.display_name)


def _person(workspace, village_id, name):
    household_id, changes = households.create_household(
        workspace, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh=name, sex="F", birth_date="1950")])
    return next(iter(changes.ids - {household_id}))


def test_policy_lists_records_due_for_review_and_deletes_nothing(worker, supervisor, admin,
                                                                 village_id):
    old = _person(worker, village_id, "旧档案")
    recent = _person(worker, village_id, "新档案")
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=recent, domain_code="elderly_care", intake_reason="x",
        opened_on=date(2012, 1, 5)))
    with worker.write() as session:  # an old life: plain SQL keeps the dates as set
        session.execute(update(CaseFile).where(CaseFile.id == case_id).values(
            stage="closed", closed_on=date(2014, 3, 1)))
        session.execute(update(Person).where(Person.id == old).values(
            updated_at=datetime(2019, 6, 1)))
    with pytest.raises(PermissionDenied):
        retention.due_for_review(worker, TODAY)
    with pytest.raises(PermissionDenied):
        set_setting(supervisor, "retention_closed_case_years", 3)
    with pytest.raises(ValidationError) as bad:
        set_setting(admin, "retention_inactive_person_years", 99)
    assert bad.value.field == "retention_inactive_person_years"

    due = retention.due_for_review(supervisor, TODAY)
    assert [(d.kind, d.id, d.reason) for d in due] == [
        ("case_file", case_id, "closed_case"), ("person", old, "inactive_person")]
    assert due[1].label == "旧档案" and due[1].last == date(2019, 6, 1)

    set_setting(admin, "retention_closed_case_years", 0)  # off
    set_setting(admin, "retention_inactive_person_years", 8)
    assert get_setting(worker, "retention_inactive_person_years") == 8
    assert retention.due_for_review(supervisor, TODAY) == []
    with worker.read() as session:
        assert session.scalar(select(func.count()).select_from(Person).where(
            Person.deleted_at.is_(None))) == 2
        settings = session.scalars(select(StationSetting)).all()
        assert {(s.key, s.value) for s in settings} == {
            ("retention_closed_case_years", "0"), ("retention_inactive_person_years", "8")}
        # a synced record: it travels to the county and the station's other laptops
        assert session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.kind == "station_setting")) == 2
