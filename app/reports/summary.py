"""Compute the monthly summary of one or more stations from plain record dicts.

Definitions (see docs/reports.md): households visited = distinct households with at least
one visit in the period; person-times served = visits' people_served + activity headcounts
+ case service records; 主题活动 = themed + community activities; case files established =
case files opened in the period; case services = service records dated in the period;
resource amount = money + in-kind value. Deleted records (tombstones) are never counted.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from app.progress import Cancelled  # the one Cancelled, raised when cancel() says so
from app.reports.figures import (PERIODS, Manifest, Month, MonthlySummary,
                                 PeriodFigures, period_bounds, target_progress)
from app.reports.source import RecordSource, as_date, as_list

NONE = ""  # the breakdown code of "no village" / "no target group"


__all__ = ["Cancelled", "compute_monthly_summary"]


def _present(person: dict, on) -> bool:
    """Still living in the household on the day `on` (ISO date or date; None: yes)."""
    left = person.get("status_on")
    if not person.get("status") or not left or on is None:
        return True
    return str(left)[:10] > str(on)[:10]


def _live(record: dict) -> bool:
    return not record.get("deleted_at")


def _counted(record: dict) -> bool:
    """A person or household still counted: live, or erased while live (an erasure
    tombstones it at the erasure's own instant, `deleted_at` == `erased_at`; the figures keep
    its anonymous facts so they are the same before and after: app.services.erasure)."""
    deleted = record.get("deleted_at")
    return not deleted or str(deleted) == str(record.get("erased_at") or "")


class _Counter:
    """Accumulates figures of every period and slice, and the manifest of what was counted."""

    def __init__(self, month: Month) -> None:
        bounds = period_bounds(month)
        self.bounds = bounds
        self.periods = {name: PeriodFigures(*bounds[name]) for name in PERIODS}
        self.visited: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.entries: set[tuple[str, str, str]] = set()

    def periods_of(self, day) -> list[str]:
        day = as_date(day)
        if day is None:
            return []
        return [name for name, (start, end) in self.bounds.items() if start <= day <= end]

    def add(self, names: list[str], slices: dict[str, list[str]], **amounts: int) -> None:
        for name in names:
            period = self.periods[name]
            targets = [period.total] + [period.slice(dimension, code)
                                        for dimension, codes in slices.items() for code in codes]
            for figures in targets:
                for measure, amount in amounts.items():
                    setattr(figures, measure, getattr(figures, measure) + amount)

    def visit_household(self, names: list[str], slices: dict[str, list[str]], household: str):
        for name in names:
            self.visited[(name, "", "")].add(household)
            for dimension, codes in slices.items():
                for code in codes:
                    self.visited[(name, dimension, code)].add(household)

    def finish(self) -> dict[str, PeriodFigures]:
        for (name, dimension, code), households in self.visited.items():
            period = self.periods[name]
            figures = period.total if not dimension else period.slice(dimension, code)
            figures.households_visited = len(households)
        return self.periods


def compute_monthly_summary(source: RecordSource, month: "str | Month",
                            station_ids: list[str] | None = None, *,
                            cancel: Callable[[], bool] | None = None) -> MonthlySummary:
    """The summary of `month` ("YYYY-MM") for the stations in `source`.

    `station_ids` limits the records counted to those stations (the county server passes the
    stations of a county, or one station); None counts every station the source holds.
    `cancel()` is polled between record kinds; when it returns True, `Cancelled` is raised.
    """
    month = Month.parse(month)
    wanted = set(station_ids) if station_ids else None
    counter = _Counter(month)
    window = (min(start for start, _end in counter.bounds.values()), month.end)

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    def mine(record: dict) -> bool:
        return _live(record) and (wanted is None or record.get("station_id") in wanted)

    names, stations, parents = {}, [], {}
    for unit in filter(_live, source.records("org_unit")):
        names[unit["id"]] = {"zh": unit.get("name_zh") or "", "bo": unit.get("name_bo") or "",
                             "en": unit.get("name_en") or ""}
        if unit.get("kind") == "station" and (wanted is None or unit["id"] in wanted):
            stations.append(unit["id"])
        if unit.get("kind") == "village" and unit.get("parent_id"):
            parents[unit["id"]] = unit["parent_id"]
    village_stations = {village: station for village, station in parents.items()
                        if wanted is None or station in wanted}
    households = {h["id"]: h for h in source.records("household") if _counted(h)}
    people = {p["id"]: p for p in source.records("person") if _counted(p)}
    members: dict[str, list[dict]] = defaultdict(list)
    for person in people.values():
        members[person.get("household_id")].append(person)
    check()

    def household_slices(household_id, on=None) -> dict[str, list[str]]:
        """Village and target groups of a household; members who died or moved away on or
        before `on` (the record's date) no longer give it their groups."""
        household = households.get(household_id) or {}
        groups = sorted({g for p in members.get(household_id, ()) if _present(p, on)
                         for g in as_list(p.get("target_groups"))})
        return {"target_group": groups or [NONE], "village": [household.get("village_id") or NONE]}

    def person_slices(person_id) -> dict[str, list[str]]:
        person = people.get(person_id) or {}
        household = households.get(person.get("household_id")) or {}
        return {"target_group": sorted(set(as_list(person.get("target_groups")))) or [NONE],
                "village": [household.get("village_id") or NONE]}

    def note(kind: str, record: dict) -> None:
        counter.entries.add((kind, record["id"], record.get("hlc") or ""))

    def note_household(household_id) -> None:
        if household_id in households:
            note("household", households[household_id])
            for person in members.get(household_id, ()):
                note("person", person)

    def note_person(person_id) -> None:
        if person_id in people:
            note("person", people[person_id])
            note_household(people[person_id].get("household_id"))

    for visit in source.records("visit", *window):
        periods = counter.periods_of(visit.get("visited_on"))
        if not periods or not mine(visit):
            continue
        household = visit.get("household_id")
        slices = {"domain": [visit.get("domain_code") or NONE],
                  **household_slices(household, visit.get("visited_on"))}
        counter.add(periods, slices, visits=1, person_times=int(visit.get("people_served") or 0))
        counter.visit_household(periods, slices, household)
        note("visit", visit)
        note_household(household)
    check()

    roster: dict[str, list[dict]] = defaultdict(list)
    for attendance in source.records("attendance", *window):
        if _live(attendance):
            roster[attendance.get("activity_id")].append(attendance)
    for activity in source.records("activity", *window):
        periods = counter.periods_of(activity.get("held_on"))
        if not periods or not mine(activity):
            continue
        kind = "group_activities" if activity.get("kind") == "group" else "themed_activities"
        slices = {"domain": [activity.get("domain_code") or NONE],
                  "village": [activity.get("village_id") or NONE]}
        counter.add(periods, slices, **{kind: 1}, person_times=int(activity.get("headcount") or 0))
        note("activity", activity)
        # By target group: the activity counts under each group of its registered attendees,
        # and each registered attendee is one person-time of their groups.
        attendees_by_group: dict[str, int] = defaultdict(int)
        for attendance in roster.get(activity["id"], ()):
            note("attendance", attendance)
            note_person(attendance.get("person_id"))
            for group in person_slices(attendance.get("person_id"))["target_group"]:
                attendees_by_group[group] += 1
        for group, count in attendees_by_group.items():
            for name in periods:
                figures = counter.periods[name].slice("target_group", group)
                setattr(figures, kind, getattr(figures, kind) + 1)
                figures.person_times += count
    check()

    cases = {}
    for case in source.records("case_file"):
        if not mine(case):
            continue
        cases[case["id"]] = case
        periods = counter.periods_of(case.get("opened_on"))
        if periods:
            slices = {"domain": [case.get("domain_code") or NONE], **person_slices(case.get("person_id"))}
            counter.add(periods, slices, case_files=1)
            note("case_file", case)
            note_person(case.get("person_id"))
    for service in source.records("case_service", *window):
        periods = counter.periods_of(service.get("served_on"))
        case = cases.get(service.get("case_id"))
        if not periods or case is None or not _live(service):
            continue
        slices = {"domain": [case.get("domain_code") or NONE], **person_slices(case.get("person_id"))}
        counter.add(periods, slices, case_services=1, person_times=1)
        note("case_service", service)
        note("case_file", case)
        note_person(case.get("person_id"))
    check()

    for link in source.records("resource_link", *window):
        periods = counter.periods_of(link.get("linked_on"))
        if not periods or not mine(link):
            continue
        if link.get("person_id") in people:
            slices = person_slices(link["person_id"])
            note_person(link["person_id"])
        else:
            slices = household_slices(link.get("household_id"), link.get("linked_on"))
            note_household(link.get("household_id"))
        slices = {"domain": [link.get("domain_code") or NONE],
                  "resource_source": [link.get("source_code") or NONE], **slices}
        counter.add(periods, slices, resource_links=1,
                    resource_money_fen=int(link.get("money_fen") or 0),
                    resource_in_kind_fen=int(link.get("in_kind_value_fen") or 0))
        note("resource_link", link)
    check()

    periods = counter.finish()
    targets = []
    for target in source.records("contract_target"):
        if mine(target) and int(target.get("year") or 0) == month.year:
            targets.append((target.get("measure") or "", target.get("domain_code") or "",
                            int(target.get("target") or 0)))
            note("contract_target", target)
    station_ids_out = tuple(sorted(wanted if wanted is not None else stations))
    return MonthlySummary(month, station_ids_out, periods, target_progress(periods, month, targets),
                          Manifest.of(counter.entries), names, village_stations)
