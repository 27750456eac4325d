"""People filters in SQL: service domain, worker, case status and "visited between", alone and
with a text search. Expected answers are built independently, in Python, from the raw tables
(every person, case file, visit, household), so the SQL is checked against a second reading of
the rules rather than against itself."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from app.models import CaseFile, Household, Person, Visit, utc_now
from app.services import cases, corrections, households, records
from app.services.queries import PeopleFilter, count_people, people_query, search_people

TODAY = date.today()
D1, D2, D3 = TODAY - timedelta(days=40), TODAY - timedelta(days=20), TODAY - timedelta(days=5)


def _household(workspace, village_id, *names):
    house_id, changes = households.create_household(
        workspace, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh=name) for name in names])
    with workspace.read() as session:
        ids = {p.name_zh: p.id for p in session.scalars(
            select(Person).where(Person.household_id == house_id))}
    return house_id, ids


def _visit(workspace, house_id, day, domain):
    item = {"elderly_care": "ec.health", "child_welfare": "cw.verification_visit",
            "social_assistance": "sa.care", "social_affairs": "sf.counselling"}[domain]
    visit_id, _ = records.record_visit(workspace, records.VisitInput(
        household_id=house_id, visited_on=day, domain_code=domain, service_items=[item]))
    return visit_id


def _case(workspace, person_id, domain, day=D1):
    case_id, _ = cases.open_case(workspace, cases.CaseInput(
        person_id=person_id, domain_code=domain, intake_reason="x", opened_on=day))
    return case_id


@pytest.fixture()
def world(worker, supervisor, village_id):
    """Four households: who registered, visited and handles whose cases is deliberately mixed,
    with a tombstoned visit, a tombstoned case, a closed case and one waiting for review."""
    ids = {}
    house_a, people = _household(worker, village_id, "张三", "张小花")  # registered by worker
    ids.update(people)
    house_b, people = _household(supervisor, village_id, "李四")  # registered by supervisor
    ids.update(people)
    house_c, people = _household(supervisor, village_id, "王五", "王小明")
    ids.update(people)
    house_d, people = _household(supervisor, village_id, "赵六")  # nothing ever happens here
    ids.update(people)
    ids.update(house_a=house_a, house_b=house_b, house_c=house_c, house_d=house_d)

    _visit(worker, house_a, D1, "elderly_care")
    _visit(supervisor, house_c, D2, "child_welfare")
    gone = _visit(worker, house_b, D3, "social_affairs")  # entered by mistake, then undone
    corrections.delete_record(worker, "visit", gone, "entered twice")

    _case(worker, ids["张三"], "elderly_care")  # open
    review = _case(worker, ids["李四"], "social_assistance")
    cases.update_case(worker, review, assessment="a")
    cases.advance_case(worker, review)
    cases.advance_case(worker, review)
    cases.update_case(worker, review, plan_goals="g")
    cases.submit_case_for_review(worker, review)  # waiting for the supervisor
    closed = _case(worker, ids["王小明"], "social_affairs")
    tombstoned = _case(worker, ids["赵六"], "child_welfare")
    with worker.write() as session:
        session.get(CaseFile, closed).stage = "closed"
        session.get(CaseFile, tombstoned).deleted_at = utc_now()
    return ids


def _tables(workspace):
    with workspace.read() as session:
        people = [(p.id, p.household_id, p.name_zh) for p in session.scalars(
            select(Person).where(Person.deleted_at.is_(None)))]
        case_files = [(c.person_id, c.domain_code, c.worker_id, c.stage, c.review_state,
                       c.deleted_at) for c in session.scalars(select(CaseFile))]
        visits = [(v.household_id, v.domain_code, v.worker_id, v.visited_on, v.deleted_at)
                  for v in session.scalars(select(Visit))]
        registered = dict(session.execute(select(Household.id, Household.registered_by)).all())
    return people, case_files, visits, registered


def expected(workspace, *, domain=None, worker_id=None, status=None, start=None, end=None,
             names=None) -> set[str]:
    """The same rules, read plainly over all rows in Python."""
    people, case_files, visits, registered = _tables(workspace)
    answer = set()
    for pid, hid, name in people:
        my_cases = [c for c in case_files if c[0] == pid and c[5] is None]
        my_visits = [v for v in visits if v[0] == hid and v[4] is None]
        if domain and not (any(c[1] == domain for c in my_cases)
                           or any(v[1] == domain for v in my_visits)):
            continue
        if worker_id and not (any(c[2] == worker_id for c in my_cases)
                              or any(v[2] == worker_id for v in my_visits)
                              or registered[hid] == worker_id):
            continue
        if status == "open" and not any(c[3] != "closed" for c in my_cases):
            continue
        if status == "review" and not any(c[4] == "submitted" for c in my_cases):
            continue
        if status == "none" and my_cases:
            continue
        if (start or end) and not any((start is None or v[3] >= start) and
                                      (end is None or v[3] <= end) for v in my_visits):
            continue
        if names is not None and name not in names:
            continue
        answer.add(name)
    return answer


def found(workspace, **fields) -> set[str]:
    filters = PeopleFilter(**fields)
    with workspace.read() as session:
        rows = search_people(session, filters, limit=1000)
        assert count_people(session, filters) == len(rows)
    return {p.name_zh for p in rows}


def test_new_fields_default_to_no_filter(worker, world):
    assert found(worker) == {"张三", "张小花", "李四", "王五", "王小明", "赵六"}
    assert PeopleFilter() == PeopleFilter(query="", village_id=None, target_group=None, sex=None,
                                          domain_code=None, worker_id=None, case_status=None,
                                          visited_from=None, visited_to=None)


@pytest.mark.parametrize("domain", ["elderly_care", "child_welfare", "social_assistance",
                                    "social_affairs"])
def test_domain_filter(worker, world, domain):
    assert found(worker, domain_code=domain) == expected(worker, domain=domain)


def test_domain_filter_by_hand(worker, world):
    # the case of 张三 and the visit to his household (so also 张小花)
    assert found(worker, domain_code="elderly_care") == {"张三", "张小花"}
    # the visit to 王五's household; the tombstoned child-welfare case of 赵六 does not count
    assert found(worker, domain_code="child_welfare") == {"王五", "王小明"}
    # a closed case still says the person was served in that domain; the tombstoned visit to
    # 李四's household does not
    assert found(worker, domain_code="social_affairs") == {"王小明"}


def test_worker_filter(worker, supervisor, world):
    for user in (worker, supervisor):
        assert found(worker, worker_id=user.user_id) == expected(worker, worker_id=user.user_id)
    # the worker registered household A, visited it, and handles the cases of 张三, 李四,
    # 王小明 (the tombstoned case of 赵六 and the tombstoned visit to B do not count)
    assert found(worker, worker_id=worker.user_id) == {"张三", "张小花", "李四", "王小明"}
    # the supervisor registered B, C and D and visited C
    assert found(worker, worker_id=supervisor.user_id) == {"李四", "王五", "王小明", "赵六"}
    assert found(worker, worker_id="nobody") == set()


@pytest.mark.parametrize("status", ["open", "review", "none"])
def test_case_status_filter(worker, world, status):
    assert found(worker, case_status=status) == expected(worker, status=status)


def test_case_status_filter_by_hand(worker, world):
    assert found(worker, case_status="open") == {"张三", "李四"}  # 王小明's case is closed
    assert found(worker, case_status="review") == {"李四"}
    # 赵六's only case is tombstoned: he has no case file
    assert found(worker, case_status="none") == {"张小花", "王五", "赵六"}
    with pytest.raises(ValueError):
        found(worker, case_status="bogus")


@pytest.mark.parametrize("start,end", [
    (D1, D1), (D1 + timedelta(days=1), D2), (None, D1), (D2, None), (D3, TODAY),
    (D1, TODAY), (None, D1 - timedelta(days=1)), (D2 + timedelta(days=1), D3)])
def test_visited_between(worker, world, start, end):
    assert found(worker, visited_from=start, visited_to=end) == expected(worker, start=start, end=end)


def test_visited_between_by_hand(worker, world):
    assert found(worker, visited_from=D1, visited_to=D1) == {"张三", "张小花"}  # both ends inclusive
    assert found(worker, visited_from=D1 + timedelta(days=1)) == {"王五", "王小明"}
    assert found(worker, visited_from=D3) == set()  # only the tombstoned visit to B was then


def test_filters_combine_with_each_other_and_with_a_text_search(worker, supervisor, world):
    assert found(worker, query="wang", worker_id=worker.user_id) == {"王小明"}
    assert found(worker, query="zs", case_status="none") == set()  # 张三 has an open case
    assert found(worker, query="zhang", case_status="none") == {"张小花"}
    combos = [
        dict(query="wang", domain_code="child_welfare", visited_from=D2),
        dict(query="li", worker_id=supervisor.user_id, case_status="review"),
        dict(query="zhang", domain_code="elderly_care", case_status="open", visited_to=D1),
        dict(query="z", worker_id=supervisor.user_id, case_status="none"),
    ]
    for combo in combos:
        names = found(worker, query=combo.pop("query"))
        filters = dict(combo)
        want = expected(worker, domain=filters.get("domain_code"),
                        worker_id=filters.get("worker_id"), status=filters.get("case_status"),
                        start=filters.get("visited_from"), end=filters.get("visited_to"),
                        names=names)
        assert want, combo  # each combination keeps someone: the check is not vacuous
    assert found(worker, query="wang", domain_code="child_welfare", visited_from=D2) == {"王五", "王小明"}
    assert found(worker, query="li", worker_id=supervisor.user_id, case_status="review") == {"李四"}
    assert found(worker, query="zhang", domain_code="elderly_care", case_status="open",
                 visited_to=D1) == {"张三"}
    assert found(worker, query="z", worker_id=supervisor.user_id, case_status="none") == {"赵六"}


def test_new_filters_with_village_and_keyset_paging(worker, supervisor, world, village_id):
    """The village filter joins household; the worker filter's own household lookup must not
    collide with it. Pages by `id < last id` give the same people as one query."""
    from app.services.ui_queries import person_rows

    filters = PeopleFilter(village_id=village_id, worker_id=supervisor.user_id)
    assert found(worker, village_id=village_id, worker_id=supervisor.user_id) == \
        expected(worker, worker_id=supervisor.user_id)
    pages, after = [], None
    while True:
        page = person_rows(worker, filters, limit=2, after_id=after)
        pages += page
        if len(page) < 2:
            break
        after = page[-1].id
    assert {p.name_zh for p in pages} == {"李四", "王五", "王小明", "赵六"}
    assert [p.id for p in pages] == sorted((p.id for p in pages), reverse=True)


def test_the_subqueries_use_the_existing_indexes(worker, world):
    """visit.household_id, visit.visited_on and case_file.person_id are indexed (0001); the
    correlated EXISTS look up by them instead of scanning the tables."""
    filters = PeopleFilter(domain_code="elderly_care", worker_id=worker.user_id,
                           case_status="open", visited_from=D1, visited_to=D2)
    statement = people_query(filters)
    with worker.read() as session:
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(row[-1] for row in session.execute(text("EXPLAIN QUERY PLAN " + str(compiled))))
    assert "ix_visit_household_id" in plan, plan
    assert "ix_case_file_person_id" in plan, plan
    assert "SCAN visit" not in plan and "SCAN case_file" not in plan, plan
