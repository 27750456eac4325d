"""The monthly figures computed the plain way, over ORM objects in Python: a different code
path from app.reports.summary (which works on dicts from selected columns)."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from app.models import Activity, CaseFile, CaseServiceRecord, Household, Person, ResourceLink, Visit


def live(rows):
    return [row for row in rows if row.deleted_at is None]


def expected_figures(session, start, end, domain=None, village=None):
    households = {h.id: h for h in live(session.scalars(select(Household)))}
    people = {p.id: p for p in live(session.scalars(select(Person)))}

    def village_of_household(household_id):
        household = households.get(household_id)
        return household.village_id if household else ""

    def keep(record_domain, record_village):
        return (domain is None or record_domain == domain) and (
            village is None or record_village == village)

    visits = [v for v in live(session.scalars(select(Visit))) if start <= v.visited_on <= end
              and keep(v.domain_code, village_of_household(v.household_id))]
    activities = [a for a in live(session.scalars(select(Activity))) if start <= a.held_on <= end
                  and keep(a.domain_code, a.village_id or "")]
    cases = {c.id: c for c in live(session.scalars(select(CaseFile)))}

    def case_village(case):
        person = people.get(case.person_id)
        return village_of_household(person.household_id) if person else ""

    opened = [c for c in cases.values() if start <= c.opened_on <= end
              and keep(c.domain_code, case_village(c))]
    services = [s for s in live(session.scalars(select(CaseServiceRecord)))
                if s.case_id in cases and start <= s.served_on <= end
                and keep(cases[s.case_id].domain_code, case_village(cases[s.case_id]))]
    links = []
    for link in live(session.scalars(select(ResourceLink))):
        if not start <= link.linked_on <= end:
            continue
        if link.person_id in people:
            link_village = village_of_household(people[link.person_id].household_id)
        else:
            link_village = village_of_household(link.household_id)
        if keep(link.domain_code, link_village):
            links.append(link)
    return {
        "households_visited": len({v.household_id for v in visits}),
        "visits": len(visits),
        "case_files": len(opened),
        "case_services": len(services),
        "group_activities": sum(1 for a in activities if a.kind == "group"),
        "themed_activities": sum(1 for a in activities if a.kind in ("themed", "community")),
        "resource_links": len(links),
        "resource_money_fen": sum(link.money_fen for link in links),
        "resource_in_kind_fen": sum(link.in_kind_value_fen for link in links),
        "person_times": (sum(v.people_served for v in visits) + sum(a.headcount for a in activities)
                         + len(services)),
    }


def expected_households_by_group(session, start, end):
    """Distinct households visited per target group of their living members."""
    groups = defaultdict(set)
    for person in live(session.scalars(select(Person))):
        for group in person.target_groups or []:
            groups[person.household_id].add(group)
    out = defaultdict(set)
    for visit in live(session.scalars(select(Visit))):
        if start <= visit.visited_on <= end:
            for group in groups.get(visit.household_id) or {""}:
                out[group].add(visit.household_id)
    return {group: len(ids) for group, ids in out.items()}
