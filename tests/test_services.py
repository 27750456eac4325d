"""Use cases end to end on the real encrypted store: households, visits, cases, activities,
resource links, search and duplicates. Bad input is refused with a field and changes nothing."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.models import CaseFile, ChangeLogEntry, Person, Task, Visit
from app.services import cases, households, queries, records
from app.validation.id_number import id_check_character

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def valid_id(birth="19580307", sequence="123"):
    first17 = "540102" + birth + sequence
    return first17 + id_check_character(first17)


def make_household(worker, village_id, *members):
    members = members or (households.PersonInput(name_zh="扎西次仁", name_bo="བཀྲ་ཤིས་ཚེ་རིང",
                                                 sex="M", birth_date="1958-03-07",
                                                 id_number=valid_id()),)
    household_id, changes = households.create_household(
        worker, households.HouseholdInput(village_id=village_id), list(members))
    return household_id, sorted(changes.ids - {household_id})


def change_count(workspace):
    with workspace.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogEntry))


def test_bad_id_number_is_refused_with_the_field_and_nothing_saved(worker, village_id):
    before = change_count(worker)
    bad = valid_id()[:-1] + ("0" if valid_id()[-1] != "0" else "1")
    with pytest.raises(ValidationError) as error:
        make_household(worker, village_id, households.PersonInput(name_zh="王五", id_number=bad))
    assert error.value.field == "id_number"
    assert change_count(worker) == before


def test_full_width_id_number_is_accepted_and_sex_birth_taken_from_it(worker, village_id):
    full_width = valid_id().translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    _household, (person_id,) = make_household(
        worker, village_id, households.PersonInput(name_zh="央金", id_number=full_width))
    with worker.read() as session:
        person = session.get(Person, person_id)
    assert person.id_number == valid_id()
    assert person.birth_date == "1958-03-07"
    assert person.sex == ("M" if int(valid_id()[16]) % 2 else "F")


def test_same_id_number_twice_is_refused(worker, village_id):
    make_household(worker, village_id)
    with pytest.raises(ValidationError) as error:
        make_household(worker, village_id)
    assert error.value.field == "id_number"


def test_search_finds_people_by_pinyin_initials_tibetan_wylie_and_id(worker, village_id):
    make_household(worker, village_id)
    make_household(worker, village_id, households.PersonInput(name_zh="张三", sex="M"))
    with worker.read() as session:
        def names(query):
            return {p.name_zh for p in queries.search_people(session, queries.PeopleFilter(query))}
        assert names("zs") == {"张三"}
        assert names("zhangsan") == {"张三"}
        assert "扎西次仁" in names("tashi")
        assert "扎西次仁" in names("བཀྲ་ཤིས")
        assert "扎西次仁" in names("bkra")
        assert names(valid_id()[:10]) == {"扎西次仁"}
        assert names("nobody-like-this") == set()


def test_duplicates_are_shown_before_creating(worker, village_id):
    make_household(worker, village_id)
    by_id = households.find_possible_duplicates(
        worker, households.PersonInput(name_zh="别人", id_number=valid_id()))
    assert [c.reason for c in by_id] == ["id_number"]
    by_name = households.find_possible_duplicates(
        worker, households.PersonInput(name_zh="扎西次仁", birth_date="1958"))
    assert by_name and by_name[0].reason == "name_and_birth"
    by_transliteration = households.find_possible_duplicates(
        worker, households.PersonInput(name_bo="བཀྲ་ཤིས་ཚེ་རིང"))
    assert by_transliteration
    assert households.find_possible_duplicates(
        worker, households.PersonInput(name_zh="完全不同")) == []


def test_visit_with_follow_up_creates_a_task(worker, village_id):
    household_id, _ = make_household(worker, village_id)
    visit_id, changes = records.record_visit(worker, records.VisitInput(
        household_id=household_id, visited_on=YESTERDAY, domain_code="elderly_care",
        service_items=["ec.health"], notes="血压偏高", follow_up_on=date.today() + timedelta(7)))
    assert "task" in changes.kinds
    with worker.read() as session:
        assert session.get(Visit, visit_id).service_items == ["ec.health"]
        assert [t.kind for t in queries.open_tasks(session, worker.user_id)] == ["follow_up"]
        assert [h.id for h in queries.recent_households(session, worker.user_id)] == [household_id]


@pytest.mark.parametrize("field,value", [
    ("visited_on", (date.today() + timedelta(days=2)).isoformat()),
    ("visited_on", "2026-02-30"),
    ("domain_code", "no_such_domain"),
    ("service_items", ["cw.verification_visit"]),  # an item of another domain
])
def test_bad_visit_input_is_refused(worker, village_id, field, value):
    household_id, _ = make_household(worker, village_id)
    data = records.VisitInput(household_id=household_id, visited_on=YESTERDAY,
                              domain_code="elderly_care", service_items=["ec.health"])
    setattr(data, field, value)
    before = change_count(worker)
    with pytest.raises(ValidationError) as error:
        records.record_visit(worker, data)
    assert error.value.field == field
    assert change_count(worker) == before


def test_case_workflow_with_return_and_approval(worker, supervisor, village_id):
    _household, (person_id,) = make_household(worker, village_id)
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="独居，行动不便",
        opened_on=YESTERDAY))
    cases.advance_case(worker, case_id)  # intake → assessment
    with pytest.raises(ValidationError) as empty:
        cases.advance_case(worker, case_id)  # the assessment is not written yet
    assert empty.value.field == "assessment"
    cases.update_case(worker, case_id, assessment="需要日常照料与精神慰藉")
    cases.advance_case(worker, case_id)  # assessment → planning
    with pytest.raises(ConflictError):
        cases.advance_case(worker, case_id)  # the plan needs the supervisor
    cases.update_case(worker, case_id, plan_goals="每周探访", plan_actions="链接志愿者")
    cases.submit_case_for_review(worker, case_id)
    with pytest.raises(PermissionDenied):
        cases.approve_case(worker, case_id)
    with pytest.raises(ConflictError):
        cases.update_case(worker, case_id, plan_goals="edit while waiting")
    cases.return_case(supervisor, case_id, "目标请具体到次数")
    with worker.read() as session:
        task = queries.open_tasks(session, worker.user_id)[0]
        assert (task.kind, task.case_id, task.text) == ("fix_case", case_id, "目标请具体到次数")
    cases.update_case(worker, case_id, plan_goals="每周探访两次")
    cases.submit_case_for_review(worker, case_id)
    cases.approve_case(supervisor, case_id, "同意")
    cases.add_service_record(worker, case_id, cases.ServiceRecordInput(
        served_on=date.today(), item_code="ec.health", minutes=45))
    cases.advance_case(worker, case_id)
    cases.update_case(worker, case_id, closure_reason="goals_met", closure_summary="目标达成")
    cases.submit_case_for_review(worker, case_id)
    cases.approve_case(supervisor, case_id)
    with worker.read() as session:
        case = session.get(CaseFile, case_id)
        assert (case.stage, case.closed_on) == ("closed", date.today())
        tasks = session.scalars(select(Task).where(Task.case_id == case_id)).all()
        assert all(t.done_at is not None for t in tasks)


def test_returning_a_case_needs_a_comment(worker, supervisor, village_id):
    _household, (person_id,) = make_household(worker, village_id)
    case_id, _ = cases.open_case(worker, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="x", opened_on=YESTERDAY))
    cases.update_case(worker, case_id, assessment="a")
    cases.advance_case(worker, case_id)
    cases.advance_case(worker, case_id)
    cases.update_case(worker, case_id, plan_goals="g")
    cases.submit_case_for_review(worker, case_id)
    with pytest.raises(ValidationError):
        cases.return_case(supervisor, case_id, "   ")


def test_activity_roster_and_headcount(worker, village_id):
    _household, people = make_household(worker, village_id, households.PersonInput(name_zh="甲"),
                                         households.PersonInput(name_zh="乙"))
    _id, _ = records.record_activity(worker, records.ActivityInput(
        kind="group", title="老年健康小组", held_on=YESTERDAY, domain_code="elderly_care",
        attendee_ids=people, headcount=0))
    with pytest.raises(ValidationError) as error:
        records.record_activity(worker, records.ActivityInput(
            kind="themed", title="宣传日", held_on=YESTERDAY, domain_code="child_welfare"))
    assert error.value.field == "headcount"


def test_resource_link_amounts_are_exact_fen(worker, village_id):
    household_id, _ = make_household(worker, village_id)
    link_id, _ = records.link_resource(worker, records.ResourceLinkInput(
        linked_on=YESTERDAY, domain_code="social_assistance", source_code="charity",
        provider_name="拉萨市慈善总会", household_id=household_id, money="１,２００.５０"))
    from app.models import ResourceLink

    with worker.read() as session:
        assert session.get(ResourceLink, link_id).money_fen == 120050
    with pytest.raises(ValidationError):
        records.link_resource(worker, records.ResourceLinkInput(
            linked_on=YESTERDAY, domain_code="social_assistance", source_code="charity",
            provider_name="x", money="-5"))


def test_duplicate_check_ignores_shared_initials_and_single_name_parts(worker, village_id):
    make_household(worker, village_id, households.PersonInput(name_zh="张三"),
                   households.PersonInput(name_zh="次仁拉姆", name_bo="ཚེ་རིང་ལྷ་མོ"))
    assert households.find_possible_duplicates(worker, households.PersonInput(name_zh="赵帅")) == []
    assert households.find_possible_duplicates(worker, households.PersonInput(name_zh="扎西次仁")) == []
    homophone = households.find_possible_duplicates(worker, households.PersonInput(name_zh="章三"))
    assert [c.name_zh for c in homophone] == ["张三"]
    other_script = households.find_possible_duplicates(
        worker, households.PersonInput(name_bo="ཚེ་རིང་ལྷ་མོ།"))
    assert [c.name_zh for c in other_script] == ["次仁拉姆"]


def test_common_and_rare_search_plans_give_the_same_people(worker, village_id):
    """The EXISTS walk used for common prefixes and the IN lookup used for rare ones agree."""
    members = [households.PersonInput(name_zh=name) for name in
               ("张三", "张四", "赵帅", "扎西次仁", "多吉", "德吉", "卓玛", "次仁拉姆")]
    for member in members:
        make_household(worker, village_id, member)
    with worker.read() as session:
        for text in ("z", "zs", "zhang", "d", "ciren", "tsering", "བཀྲ", "nobody"):
            filters = queries.PeopleFilter(text)
            rare = [p.id for p in session.scalars(queries.people_query(filters))]
            common = [p.id for p in session.scalars(queries.people_query(filters, common_search=True))]
            assert rare == common, text
        assert not queries.is_common_search(session, "z")  # a handful of keys is not "common"
