"""Correct, delete (with a reason), restore and see the history of saved records; staff
turnover (switch off, role, hand over the caseload). Real encrypted store, real services,
figures from the real monthly summary."""
from __future__ import annotations

import json

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import (AuthenticationError, ConflictError, NotFound, PermissionDenied,
                        ValidationError)
from app.models import (Activity, Attendance, AuditEntry, CaseFile, ChangeLogEntry, Person,
                        ResourceLink, User, Visit)
from app.reports.source import StoreRecordSource
from app.reports.summary import compute_monthly_summary
from app.services import cases, corrections, history, households, queries, records, staff
from app.services.station import sign_in
from tests.conftest import ADMIN_PASSWORD, WORKER_PASSWORD
from tests.test_services import make_household

TODAY = date.today()
DAY = TODAY.replace(day=1) if TODAY.day > 1 else TODAY
MONTH = DAY.strftime("%Y-%m")


@pytest.fixture()
def admin(worker):
    with worker.read() as session:
        user = session.scalar(select(User).where(User.username == "admin"))
    return replace(worker, user_id=user.id, username=user.username, role=user.role,
                   display_name=user.display_name)


def _domain_visits(workspace) -> dict[str, int]:
    with workspace.read() as session:
        summary = compute_monthly_summary(StoreRecordSource(session, workspace.station_id), MONTH)
    return {code: figures.visits
            for code, figures in summary.current.breakdowns["domain"].items() if figures.visits}


def _visit(worker, household_id, **kw):
    data = records.VisitInput(household_id=household_id, visited_on=DAY,
                              domain_code="elderly_care", service_items=["ec.health"],
                              notes="血压偏高")
    for key, value in kw.items():
        setattr(data, key, value)
    return data


def test_correcting_a_visit_domain_moves_its_count_in_the_monthly_figures(worker, village_id):
    household_id, _ = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, _visit(worker, household_id))
    assert _domain_visits(worker) == {"elderly_care": 1}
    changes = corrections.update_visit(worker, visit_id, _visit(
        worker, household_id, domain_code="child_welfare",
        service_items=["cw.verification_visit"], notes="改正：儿童福利走访", people_served=3))
    assert "visit" in changes.kinds
    assert _domain_visits(worker) == {"child_welfare": 1}
    with worker.read() as session:
        visit = session.get(Visit, visit_id)
        assert (visit.notes, visit.people_served) == ("改正：儿童福利走访", 3)
        last = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.record_id == visit_id)
                               .order_by(ChangeLogEntry.seq.desc())).first()
    # one field-level change for the county's three-way merge: only what changed
    assert (last.op, last.fields) == ("update", ["domain_code", "notes", "people_served",
                                                 "service_items"])


def test_a_correction_is_checked_like_a_new_record_and_changes_nothing_when_refused(
        worker, village_id):
    household_id, _ = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, _visit(worker, household_id))
    with worker.read() as session:
        before = session.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc()))
    with pytest.raises(ValidationError) as error:
        corrections.update_visit(worker, visit_id, _visit(
            worker, household_id, visited_on=TODAY + timedelta(days=3)))
    assert error.value.field == "visited_on"
    with worker.read() as session:
        assert session.scalar(select(ChangeLogEntry.seq).order_by(
            ChangeLogEntry.seq.desc())) == before


def test_only_the_author_and_the_admin_may_correct_a_supervisor_reads(
        worker, supervisor, admin, village_id):
    household_id, (person_id,) = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, _visit(worker, household_id))
    with pytest.raises(PermissionDenied):
        corrections.update_visit(supervisor, visit_id, _visit(worker, household_id, notes="x"))
    with pytest.raises(PermissionDenied):
        corrections.delete_record(supervisor, "visit", visit_id, "不对")
    with pytest.raises(PermissionDenied):
        households.update_person(supervisor, person_id, households.PersonInput(name_zh="改名"))
    corrections.update_visit(admin, visit_id, _visit(worker, household_id, notes="管理员改正"))
    with worker.read() as session:
        assert session.get(Visit, visit_id).notes == "管理员改正"


def test_delete_needs_a_reason_hides_from_figures_and_lists_and_the_admin_restores(
        worker, admin, village_id):
    household_id, _ = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, _visit(
        worker, household_id, follow_up_on=TODAY + timedelta(days=7)))
    with pytest.raises(ValidationError) as error:
        corrections.delete_record(worker, "visit", visit_id, "   ")
    assert error.value.field == "reason"
    corrections.delete_record(worker, "visit", visit_id, "录错了户")
    assert _domain_visits(worker) == {}
    with worker.read() as session:
        assert queries.visits_between(session, worker.station_id, DAY, TODAY) == []
        assert queries.open_tasks(session, worker.user_id) == []  # its follow-up went with it
        audit = session.scalars(select(AuditEntry).where(AuditEntry.target_id == visit_id)).one()
        assert (audit.action, audit.details) == ("visit.deleted", {"reason": "录错了户"})
    assert [row.id for row in corrections.deleted_records(admin)] == [visit_id]
    with pytest.raises(PermissionDenied):
        corrections.restore_record(worker, "visit", visit_id)
    corrections.restore_record(admin, "visit", visit_id)
    assert _domain_visits(worker) == {"elderly_care": 1}
    with pytest.raises(ConflictError):
        corrections.restore_record(admin, "visit", visit_id)
    ops = [entry.op for entry in history.record_history(worker, "visit", visit_id)]
    assert ops == ["Created", "Deleted", "Restored"]
    deleted = history.record_history(worker, "visit", visit_id)[1]
    assert deleted.reason == "录错了户" and deleted.author == "卓玛"


def test_history_names_who_changed_which_field_old_and_new_in_the_users_language(
        worker, admin, village_id):
    household_id, _ = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, _visit(worker, household_id))
    corrections.update_visit(admin, visit_id, _visit(worker, household_id,
                                                     domain_code="child_welfare",
                                                     service_items=["cw.verification_visit"]))
    entries = history.record_history(worker, "visit", visit_id)
    assert [e.author for e in entries] == ["卓玛", "次仁"]
    assert all(e.this_device and e.device for e in entries)
    changed = {c.field: (c.label, c.old, c.new) for c in entries[1].changes}
    assert changed["domain_code"] == ("Service domain", "养老服务", "儿童福利")
    assert set(changed) == {"domain_code", "service_items"}
    english = history.record_history(replace(worker, language="en"), "visit", visit_id)
    assert dict((c.field, c.new) for c in english[1].changes)["domain_code"] != "儿童福利"


def test_activity_roster_headcount_and_resource_link_corrections(worker, village_id):
    household_id, people = make_household(worker, village_id, households.PersonInput(name_zh="甲"),
                                          households.PersonInput(name_zh="乙"))
    activity_id, _ = records.record_activity(worker, records.ActivityInput(
        kind="group", title="老年健康小组", held_on=DAY, domain_code="elderly_care",
        attendee_ids=people[:1]))
    corrections.update_activity(worker, activity_id, records.ActivityInput(
        kind="themed", title="健康宣传日", held_on=DAY, domain_code="elderly_care",
        village_id=village_id, attendee_ids=people[1:], headcount=30))
    with worker.read() as session:
        activity = session.get(Activity, activity_id)
        assert (activity.kind, activity.title, activity.headcount, activity.village_id) == (
            "themed", "健康宣传日", 30, village_id)
        live = session.scalars(select(Attendance.person_id).where(
            Attendance.activity_id == activity_id, Attendance.deleted_at.is_(None))).all()
        assert live == people[1:]
    link_id, _ = records.link_resource(worker, records.ResourceLinkInput(
        linked_on=DAY, domain_code="social_assistance", source_code="charity",
        provider_name="慈善总会", household_id=household_id, money="500"))
    corrections.update_resource_link(worker, link_id, records.ResourceLinkInput(
        linked_on=DAY, domain_code="social_assistance", source_code="charity",
        provider_name="慈善总会", person_id=people[0], money="800.50"))
    with worker.read() as session:
        link = session.get(ResourceLink, link_id)
        assert (link.money_fen, link.household_id, link.person_id) == (80050, None, people[0])


def test_household_with_members_cannot_be_deleted_and_person_restore_keeps_id_unique(
        worker, admin, village_id):
    household_id, (person_id,) = make_household(worker, village_id)
    with pytest.raises(ConflictError):
        corrections.delete_record(worker, "household", household_id, "重复")
    households.delete_person(worker, person_id, "重复登记")
    with worker.read() as session:
        assert session.get(Person, person_id).deleted_at is not None
    from tests.test_services import valid_id

    make_household(worker, village_id, households.PersonInput(
        name_zh="扎西次仁", sex="M", id_number=valid_id()))
    with pytest.raises(ConflictError):
        corrections.restore_record(admin, "person", person_id)


def test_service_record_correction(worker, supervisor, village_id):
    _h, (person_id,) = make_household(worker, village_id)
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="x", opened_on=DAY))
    with worker.write() as session:  # straight to services for this test
        session.get(CaseFile, case_id).stage = "service"
    record_id, _ = cases.add_service_record(worker, case_id, cases.ServiceRecordInput(
        served_on=DAY, item_code="ec.health", minutes=30))
    corrections.update_service_record(worker, record_id, corrections.ServiceRecordEdit(
        served_on=DAY, item_code="ec.health", minutes=45, notes="陪同就医"))
    entries = history.record_history(worker, "case_service", record_id)
    assert [(c.field, c.old, c.new) for c in entries[-1].changes] == [
        ("minutes", "30", "45"), ("notes", "", "陪同就医")]
    with pytest.raises(ValidationError) as error:
        corrections.update_service_record(worker, record_id, corrections.ServiceRecordEdit(
            served_on=DAY - timedelta(days=40), item_code="ec.health"))
    assert error.value.field == "served_on"


# -- staff turnover ------------------------------------------------------------------------

def test_a_switched_off_worker_cannot_sign_in_and_keeps_authorship(
        station_dir, worker, admin, village_id):
    from app.security.keyring import Keyring
    from app.services.station import keyring_path

    household_id, _ = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, _visit(worker, household_id))
    with pytest.raises(PermissionDenied):
        staff.set_user_active(worker, worker.user_id, False)
    with pytest.raises(ConflictError):
        staff.set_user_active(admin, admin.user_id, False)
    staff.set_user_active(admin, worker.user_id, False)
    with pytest.raises(AuthenticationError) as error:
        sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    assert "switched off" in error.value.source
    with worker.read() as session:
        assert session.get(Visit, visit_id).worker_id == worker.user_id
    assert history.record_history(admin, "visit", visit_id)[0].author == "卓玛"
    # the key slot went with the switch-off: the old password unwraps nothing any more
    keyring = Keyring.load(keyring_path(station_dir))
    assert worker.user_id not in keyring.user_ids() and "zhuoma" not in keyring.usernames()
    stored = json.loads((station_dir / "keyring.json").read_text())
    assert worker.user_id not in [slot["user_id"] for slot in stored["slots"]]
    with pytest.raises(ValidationError) as error:  # on again: only with a new password
        staff.set_user_active(admin, worker.user_id, True)
    assert error.value.field == "password"
    staff.set_user_active(admin, worker.user_id, True, "zhuoma-again-7")
    with pytest.raises(AuthenticationError):
        sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    sign_in(station_dir, "zhuoma", "zhuoma-again-7").store.close()


def test_role_change_keeps_one_admin(worker, admin, supervisor):
    staff.set_user_role(admin, supervisor.user_id, "worker")
    with worker.read() as session:
        assert session.get(User, supervisor.user_id).role == "worker"
    with pytest.raises(ConflictError):
        staff.set_user_role(admin, admin.user_id, "worker")
    with pytest.raises(ValidationError):
        staff.set_user_role(admin, supervisor.user_id, "boss")


def test_transfer_hands_open_cases_and_tasks_over_and_the_case_shows_who_held_it(
        station_dir, worker, supervisor, admin, village_id):
    from app.services.station import add_user

    add_user(sign_in(station_dir, "admin", ADMIN_PASSWORD), "lihua", "李华", "worker",
             "lihua-pass-1")
    lihua = staff.user_id_of(worker, "lihua")
    household_id, (person_id,) = make_household(worker, village_id)
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="独居", opened_on=DAY))
    records.record_visit(worker, _visit(worker, household_id, follow_up_on=TODAY + timedelta(3)))
    with pytest.raises(PermissionDenied):
        staff.transfer_caseload(worker, worker.user_id, lihua)
    result, changes = staff.transfer_caseload(supervisor, worker.user_id, lihua)
    assert (result.cases, result.tasks) == (1, 1)
    assert {"case_file", "task"} <= changes.kinds
    with worker.read() as session:
        assert session.get(CaseFile, case_id).worker_id == lihua
        assert [t.kind for t in queries.open_tasks(session, lihua)] == ["follow_up"]
        assert queries.open_tasks(session, worker.user_id) == []
        assert session.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "caseload.transferred")).all() == ["caseload.transferred"]
    assert [name for _at, name in history.case_holders(worker, case_id)] == ["卓玛", "李华"]
    staff.set_user_active(admin, lihua, False)
    with pytest.raises(ValidationError) as error:
        staff.transfer_caseload(admin, worker.user_id, lihua)
    assert error.value.field == "to_user_id"


def test_unknown_kind_and_missing_record_are_user_errors(worker):
    with pytest.raises(NotFound):
        corrections.delete_record(worker, "audit_log", "x", "because")
    with pytest.raises(NotFound):
        corrections.update_visit(worker, "no-such-id", records.VisitInput(
            household_id="", visited_on=DAY, domain_code="elderly_care"))



# -- household facts -----------------------------------------------------------------------

def test_one_head_per_household_and_changing_the_head_is_one_action(worker, village_id):
    from app.services import household_facts

    household_id, (head_id,) = make_household(worker, village_id)
    with pytest.raises(ValidationError) as error:
        households.add_person(worker, household_id, households.PersonInput(
            name_zh="次仁", relation="head"))
    assert error.value.field == "relation"
    with pytest.raises(ValidationError):  # no relation chosen: never a silent default
        households.add_person(worker, household_id, households.PersonInput(name_zh="次仁",
                                                                          relation=""))
    son_id, _ = households.add_person(worker, household_id, households.PersonInput(
        name_zh="次仁", relation="child"))
    household_facts.set_head(worker, son_id, former_head_relation="parent")
    with worker.read() as session:
        assert session.get(Person, son_id).relation == "head"
        assert session.get(Person, head_id).relation == "parent"
    with pytest.raises(ValidationError):
        households.create_household(worker, households.HouseholdInput(village_id=village_id), [
            households.PersonInput(name_zh="甲", relation="head"),
            households.PersonInput(name_zh="乙", relation="head")])


def test_move_a_person_and_record_a_death_which_leaves_lists_and_figures(worker, village_id):
    from app.services import household_facts

    first, (head_id,) = make_household(worker, village_id)
    member_id, _ = households.add_person(worker, first, households.PersonInput(
        name_zh="卓嘎", relation="spouse", target_groups=["elderly_in_hardship"]))
    second, _ = make_household(worker, village_id, households.PersonInput(name_zh="平措"))
    with pytest.raises(ConflictError):  # the head of a household with others: hand over first
        household_facts.move_person(worker, head_id, second)
    household_facts.move_person(worker, member_id, second, relation="spouse")
    with worker.read() as session:
        assert session.get(Person, member_id).household_id == second
    earlier = DAY
    records.record_visit(worker, _visit(worker, second, visited_on=earlier))

    def groups_visited() -> dict:
        with worker.read() as session:
            summary = compute_monthly_summary(StoreRecordSource(session, worker.station_id), MONTH)
        return {g: f.visits for g, f in summary.current.breakdowns["target_group"].items()
                if f.visits}

    assert groups_visited() == {"elderly_in_hardship": 1}
    household_facts.set_person_status(worker, member_id, "deceased", earlier)
    assert groups_visited() == {"": 1}  # gone from the figures from that date
    with worker.read() as session:
        found = queries.search_people(session, queries.PeopleFilter(query="卓嘎"))
        assert found == []  # and from the active lists
        assert queries.search_people(session, queries.PeopleFilter(
            query="卓嘎", include_departed=True))[0].id == member_id
        assert session.get(Person, member_id).deleted_at is None  # not a deletion
    with pytest.raises(ValidationError) as error:
        household_facts.set_person_status(worker, member_id, "emigrated", earlier)
    assert error.value.field == "status"
    entries = history.record_history(worker, "person", member_id)
    assert {c.field for c in entries[-1].changes} == {"status", "status_on"}


def test_people_are_found_by_the_last_digits_of_the_id_number(worker, village_id):
    from tests.test_services import valid_id

    number = valid_id()
    make_household(worker, village_id)
    with worker.read() as session:
        for query in (number[:6], number[-4:], number[-6:]):
            assert [p.id_number for p in queries.search_people(
                session, queries.PeopleFilter(query=query))] == [number], query
        assert queries.search_people(session, queries.PeopleFilter(query="9999")) == []


def test_a_case_file_opened_by_mistake_is_deleted_with_its_tasks_and_restored(
        worker, supervisor, admin, village_id):
    _h, (person_id,) = make_household(worker, village_id)
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="x", opened_on=DAY))
    corrections.update_record(worker, "case_file", case_id, {"assessment": "需要照料"})
    with pytest.raises(PermissionDenied):
        corrections.delete_record(supervisor, "case_file", case_id, "错")
    corrections.delete_record(worker, "case_file", case_id, "开错了个案")
    with worker.read() as session:
        assert queries.cases_of_worker(session, worker.user_id) == []
    assert [r.kind for r in corrections.deleted_records(admin)] == ["case_file"]
    corrections.restore_record(admin, "case_file", case_id)
    with worker.read() as session:
        assert [c.id for c in queries.cases_of_worker(session, worker.user_id)] == [case_id]
        assert session.get(CaseFile, case_id).assessment == "需要照料"


def test_people_sharing_an_id_number_are_suggested_and_merged(worker, admin, village_id):
    from sqlalchemy import update

    from app.services import merging
    from tests.test_services import valid_id

    _h1, (first,) = make_household(worker, village_id)  # has valid_id()
    _h2, (second,) = make_household(worker, village_id, households.PersonInput(name_zh="扎西"))
    with worker.write() as session:  # as if it arrived from another laptop, registered offline
        session.execute(update(Person).where(Person.id == second).values(id_number=valid_id()))
    suggestions = merging.merge_suggestions(worker)
    assert [(s.id_number, s.person_ids) for s in suggestions] == [(valid_id(), (first, second))]
    merging.merge_records(admin, "person", first, second, {"name_zh": "merged"})
    assert merging.merge_suggestions(worker) == []
    with worker.read() as session:
        kept = session.get(Person, first)
        assert (kept.name_zh, kept.id_number) == ("扎西", valid_id())
    merged_history = history.record_history(worker, "person", second)
    assert ("merged_into", "扎西") in {(c.field, c.new) for e in merged_history for c in e.changes}
