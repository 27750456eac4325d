"""Read-side queries for lists and search. Search runs in SQL over stored keys (a range scan
on an index), never by filtering rows in Python or in a Qt proxy model."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from app.models import CaseFile, Household, OrgUnit, Person, PersonSearchKey, Task, Visit
from app.text.search_keys import query_search_keys


@dataclass(frozen=True)
class PeopleFilter:
    query: str = ""
    village_id: str | None = None
    target_group: str | None = None
    sex: str | None = None
    # Service domain code: a live case file in that domain, or a live visit to the household
    # in that domain.
    domain_code: str | None = None
    # User id: handles one of the person's live case files, visited the household (live visit)
    # or registered the household (household.registered_by).
    worker_id: str | None = None
    # One of CASE_STATUSES: "open" = a live case file not closed; "review" = a live case file
    # waiting for the supervisor (review_state "submitted"); "none" = no live case file at all.
    case_status: str | None = None
    # "Visited between": the household had a live visit on a day in [visited_from, visited_to]
    # (both inclusive; either end may be None for open-ended).
    visited_from: date | None = None
    visited_to: date | None = None
    # People who died or moved away (person.status) are left out unless asked for.
    include_departed: bool = False


CASE_STATUSES = ("open", "review", "none")


def _live_case(*conditions):
    """EXISTS a live case file of the outer person (index ix_case_file_person_id)."""
    return select(CaseFile.id).where(CaseFile.person_id == Person.id, CaseFile.deleted_at.is_(None),
                                     *conditions).correlate(Person).exists()


def _live_visit(*conditions):
    """EXISTS a live visit to the outer person's household (index ix_visit_household_id)."""
    return select(Visit.id).where(Visit.household_id == Person.household_id,
                                  Visit.deleted_at.is_(None), *conditions).correlate(Person).exists()


# Above every code point (SQLite compares UTF-8 bytes): a key that continues with a character
# beyond the Basic Multilingual Plane (彭𬊤, U+2C2A4) is still inside its prefix's range.
_AFTER_EVERY_CHARACTER = "\U0010ffff"


def _key_ranges(query: str):
    clauses = []
    for key in query_search_keys(query):
        if key:
            clauses.append(and_(PersonSearchKey.key >= key,
                                PersonSearchKey.key < key + _AFTER_EVERY_CHARACTER))
    return clauses


# Above this many matching keys a search walks people newest first (EXISTS) instead of
# gathering every match (IN). Measured at 100,000 people (docs/benchmarks.md, "Desktop app"):
# gathering costs about 1 ms per 2,000 keys from the covering key index, walking about 4 µs
# per person passed; the two cross near 10,000 keys (about 10 % of the people).
COMMON_SEARCH_KEYS = 10_000
# A count that would have to walk people (a common search, or no search text) stops here; the
# list then says "1,000+ people" (exact counts of rare searches come from their keys, cheaply).
COUNT_CAP = 200


@dataclass(frozen=True)
class PeopleCount:
    """How many people match: `count` exactly, or at least `count` when `capped`."""
    count: int
    capped: bool = False


def is_common_search(session: Session, query: str) -> bool:
    """Does the typed text match many stored keys (a short prefix such as "d" or "540")?
    Counts at most COMMON_SEARCH_KEYS keys (index only), so the question itself stays cheap."""
    ranges = _key_ranges(query) if query.strip() else []
    if not ranges:
        return False
    sample = select(PersonSearchKey.person_id).where(or_(*ranges)).limit(COMMON_SEARCH_KEYS)
    return session.scalar(select(func.count()).select_from(sample.subquery())) >= COMMON_SEARCH_KEYS


def people_query(filters: PeopleFilter, *, common_search: bool = False) -> Select:
    """Live people matching the filter, newest registered first (ids are time-ordered).

    A rare search collects the matching people from the key index first (IN); a common one
    (see `is_common_search`) walks people newest first and checks each one's keys (EXISTS),
    so a page of 200 is found without gathering every match of a one-letter prefix."""
    query = select(Person).where(Person.deleted_at.is_(None))
    if not filters.include_departed:
        query = query.where(Person.status == "")
    if filters.query.strip():
        ranges = _key_ranges(filters.query)
        if not ranges:
            return query.where(text("0"))
        if common_search:
            query = query.where(exists(select(PersonSearchKey.key).where(
                PersonSearchKey.person_id == Person.id, or_(*ranges))))
        else:
            query = query.where(Person.id.in_(
                select(PersonSearchKey.person_id).where(or_(*ranges))))
    if filters.village_id:  # checked per person (EXISTS): a join let SQLite read the whole
        # village before the search keys, 0.1-0.2 s at 100,000 people
        query = query.where(select(Household.id).where(
            Household.id == Person.household_id, Household.village_id == filters.village_id
        ).correlate(Person).exists())
    if filters.target_group:
        query = query.where(exists(
            select(text("1")).select_from(func.json_each(Person.target_groups))
            .where(text("json_each.value = :group"))).params(group=filters.target_group))
    if filters.sex:
        query = query.where(Person.sex == filters.sex)
    if filters.domain_code:
        query = query.where(or_(_live_case(CaseFile.domain_code == filters.domain_code),
                                _live_visit(Visit.domain_code == filters.domain_code)))
    if filters.worker_id:
        house = aliased(Household)  # the village filter may already join Household
        registered = select(house.id).where(house.id == Person.household_id,
                                            house.registered_by == filters.worker_id
                                            ).correlate(Person).exists()
        query = query.where(or_(_live_case(CaseFile.worker_id == filters.worker_id),
                                _live_visit(Visit.worker_id == filters.worker_id), registered))
    if filters.case_status == "open":
        query = query.where(_live_case(CaseFile.stage != "closed"))
    elif filters.case_status == "review":
        query = query.where(_live_case(CaseFile.review_state == "submitted"))
    elif filters.case_status == "none":
        query = query.where(~_live_case())
    elif filters.case_status:
        raise ValueError(f"unknown case status filter {filters.case_status!r}")
    if filters.visited_from or filters.visited_to:
        window = []
        if filters.visited_from:
            window.append(Visit.visited_on >= filters.visited_from)
        if filters.visited_to:
            window.append(Visit.visited_on <= filters.visited_to)
        query = query.where(_live_visit(*window))
    return query.order_by(Person.id.desc())


def search_people(session: Session, filters: PeopleFilter, limit: int = 100,
                  offset: int = 0) -> list[Person]:
    query = people_query(filters, common_search=is_common_search(session, filters.query))
    return list(session.scalars(query.limit(limit).offset(offset)))


def count_people(session: Session, filters: PeopleFilter) -> int:
    """The exact number of people matching (may read every match: see count_people_capped)."""
    query = people_query(filters).with_only_columns(Person.id).order_by(None)
    return session.scalar(select(func.count()).select_from(query.subquery()))


def count_people_capped(session: Session, filters: PeopleFilter, cap: int = COUNT_CAP) -> PeopleCount:
    """The number of people matching, for the list's "N people" while the user types.

    The whole list and a rare search alone are counted exactly (from covering indexes: ids,
    status and keys, never the people's rows); a common search, or any other filter (village,
    group, ...: each person checked in turn), is counted up to `cap` + 1 people and says
    `capped` above `cap` (at least `cap` people match)."""
    common = is_common_search(session, filters.query)
    query = people_query(filters, common_search=common).with_only_columns(Person.id).order_by(None)
    other_filters = filters != PeopleFilter(query=filters.query,
                                            include_departed=filters.include_departed)
    walking = common or other_filters
    if walking:
        query = query.limit(cap + 1)
    found = session.scalar(select(func.count()).select_from(query.subquery()))
    if walking and found > cap:
        return PeopleCount(cap, capped=True)
    return PeopleCount(found)


def recent_households(session: Session, worker_id: str, limit: int = 20) -> list[Household]:
    """The households this worker visited most recently, for a quick next visit."""
    last_visit = (select(Visit.household_id, func.max(Visit.visited_on).label("last"))
                  .where(Visit.worker_id == worker_id, Visit.deleted_at.is_(None))
                  .group_by(Visit.household_id).subquery())
    query = (select(Household).join(last_visit, last_visit.c.household_id == Household.id)
             .where(Household.deleted_at.is_(None)).order_by(last_visit.c.last.desc()).limit(limit))
    return list(session.scalars(query))


def household_members(session: Session, household_id: str) -> list[Person]:
    return list(session.scalars(select(Person).where(
        Person.household_id == household_id, Person.deleted_at.is_(None)).order_by(Person.id)))


def household_head_name(session: Session, household_id: str) -> str:
    members = household_members(session, household_id)
    head = next((p for p in members if p.relation == "head"), members[0] if members else None)
    return (head.name_zh or head.name_bo) if head else ""


def villages(session: Session, station_id: str) -> list[OrgUnit]:
    return list(session.scalars(select(OrgUnit).where(
        OrgUnit.kind == "village", OrgUnit.parent_id == station_id,
        OrgUnit.deleted_at.is_(None)).order_by(OrgUnit.name_zh)))


def open_tasks(session: Session, user_id: str) -> list[Task]:
    return list(session.scalars(select(Task).where(
        Task.assignee_id == user_id, Task.done_at.is_(None), Task.deleted_at.is_(None))
        .order_by(Task.due_on.is_(None), Task.due_on, Task.id)))


def cases_waiting_for_review(session: Session, station_id: str) -> list[CaseFile]:
    return list(session.scalars(select(CaseFile).where(
        CaseFile.station_id == station_id, CaseFile.review_state == "submitted",
        CaseFile.deleted_at.is_(None)).order_by(CaseFile.updated_at)))


def cases_of_worker(session: Session, worker_id: str, include_closed: bool = False) -> list[CaseFile]:
    query = select(CaseFile).where(CaseFile.worker_id == worker_id, CaseFile.deleted_at.is_(None))
    if not include_closed:
        query = query.where(CaseFile.stage != "closed")
    return list(session.scalars(query.order_by(CaseFile.opened_on.desc())))


def visits_between(session: Session, station_id: str, start: date, end: date) -> list[Visit]:
    return list(session.scalars(select(Visit).where(
        Visit.station_id == station_id, Visit.visited_on >= start, Visit.visited_on <= end,
        Visit.deleted_at.is_(None)).order_by(Visit.visited_on.desc())))
