"""The fast search paths (issue 18) answer exactly what a plain reading of the rules answers.

A small real store (people made through the use cases, so their search keys are the app's)
is searched with every prefix of names, pinyin, Tibetan and ID numbers, alone and with a
village: the first page of the hybrid plan (gathering keys or walking people, chosen by
`is_common_search`) equals the expected people computed in Python from the stored keys, in
newest-first order, whichever plan runs; the capped count is exact below its cap and says
"at least cap" above it, only when it had to walk people."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Household, Person, PersonSearchKey
from app.services import households
from app.services import queries
from app.services.queries import (PeopleCount, PeopleFilter, count_people, count_people_capped,
                                  search_people)
from app.services.ui_queries import person_rows
from app.text.search_keys import query_search_keys
from app.validation.id_number import id_check_character

NAMES = [("扎西次仁", "བཀྲ་ཤིས་ཚེ་རིང་", "Tashi Tsering"), ("卓玛", "སྒྲོལ་མ་", "Drolma"),
         ("王秀英", "", ""), ("王建国", "", ""), ("次仁卓玛", "ཚེ་རིང་སྒྲོལ་མ་", "Tsering Drolma"),
         ("李丽华", "", ""), ("单田芳", "", "")]
QUERIES = ["z", "zh", "zhuoma", "卓", "卓玛", "t", "tashi", "ts", "tsering", "扎西", "བཀྲ", "བཀྲ་ཤིས",
           "w", "wang", "王", "王秀", "d", "drolma", "5", "540", "540102", "5401021950", "shan", "x",
           "stf", "q"]


def _villages(workspace) -> list[str]:
    with workspace.read() as session:
        return [v.id for v in queries.villages(session, workspace.station_id)]


@pytest.fixture()
def store(worker, village_id):
    villages = _villages(worker)
    made = 0
    for house in range(14):
        members = []
        for member in range(3):
            zh, bo, latin = NAMES[(house + member) % len(NAMES)]
            made += 1
            body = f"540102{1940 + made}{1 + made % 12:02d}{1 + made % 28:02d}{made:03d}"
            members.append(households.PersonInput(name_zh=zh, name_bo=bo, name_latin=latin,
                                                  id_number=body + id_check_character(body)))
        households.create_household(
            worker, households.HouseholdInput(village_id=villages[house % len(villages)]), members)
    return worker


def _expected(session, filters: PeopleFilter) -> list[str]:
    """Live, present people with a stored key starting with one of the query's keys (and in
    the village), newest first: the rules read directly, in Python."""
    wanted = [k for k in query_search_keys(filters.query) if k]
    keys: dict[str, list[str]] = {}
    for person_id, key in session.execute(select(PersonSearchKey.person_id, PersonSearchKey.key)):
        keys.setdefault(person_id, []).append(key)
    village_of = {h: v for h, v in session.execute(select(Household.id, Household.village_id))}
    found = []
    for person in session.scalars(select(Person)):
        if person.deleted_at is not None or person.status:
            continue
        if filters.village_id and village_of[person.household_id] != filters.village_id:
            continue
        if any(k.startswith(w) for k in keys.get(person.id, ()) for w in wanted):
            found.append(person.id)
    return sorted(found, reverse=True)


@pytest.mark.parametrize("threshold", [10_000, 5])  # 5: every prefix counts as common
def test_first_page_and_count_equal_the_rules_on_either_plan(store, monkeypatch, threshold):
    monkeypatch.setattr(queries, "COMMON_SEARCH_KEYS", threshold)
    village = _villages(store)[0]
    checked = 0
    with store.read() as session:
        for text in QUERIES:
            for village_id in (None, village):
                filters = PeopleFilter(query=text, village_id=village_id)
                expected = _expected(session, filters)
                assert [p.id for p in search_people(session, filters, limit=10)] == expected[:10], text
                assert count_people(session, filters) == len(expected), text
                capped = count_people_capped(session, filters, cap=1000)
                assert capped == PeopleCount(len(expected)), text
                checked += bool(expected)
    assert [r.id for r in person_rows(store, PeopleFilter(query="zhuoma"), 200)] == \
        _expected_outside(store, "zhuoma")
    assert checked > 20  # the queries really match people


def _expected_outside(workspace, text: str) -> list[str]:
    with workspace.read() as session:
        return _expected(session, PeopleFilter(query=text))


def test_count_is_capped_only_where_it_walks_people(store, monkeypatch):
    with store.read() as session:
        everyone = count_people(session, PeopleFilter())
        assert everyone == 42
        # the whole list is counted exactly (an index of the live people)
        assert count_people_capped(session, PeopleFilter(), cap=5) == PeopleCount(42)
        # a rare search (few keys) is exact even above the cap
        assert queries.is_common_search(session, "wang") is False
        exact = count_people(session, PeopleFilter(query="wang"))
        assert exact > 5
        assert count_people_capped(session, PeopleFilter(query="wang"), cap=5) == PeopleCount(exact)
        # a common search walks people and stops: "at least 5"
        monkeypatch.setattr(queries, "COMMON_SEARCH_KEYS", 5)
        assert queries.is_common_search(session, "wang") is True
        assert count_people_capped(session, PeopleFilter(query="wang"), cap=5) == \
            PeopleCount(5, capped=True)
        assert count_people_capped(session, PeopleFilter(query="wang"), cap=exact) == \
            PeopleCount(exact)  # not more than the cap: exact, not capped
        # filters without text walk people too
        village = _villages(store)[0]
        in_village = count_people(session, PeopleFilter(village_id=village))
        assert in_village > 5
        assert count_people_capped(session, PeopleFilter(village_id=village), cap=5) == \
            PeopleCount(5, capped=True)
        assert count_people_capped(session, PeopleFilter(village_id=village), cap=100) == \
            PeopleCount(in_village)
        # and so does a rare search with a village: each person's household is checked
        monkeypatch.setattr(queries, "COMMON_SEARCH_KEYS", 10_000)
        with_village = PeopleFilter(query="wang", village_id=village)
        assert count_people(session, with_village) > 2
        assert count_people_capped(session, with_village, cap=2) == PeopleCount(2, capped=True)
