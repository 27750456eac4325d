"""Read-only queries the desktop screens need, returning plain rows (safe across threads).

No Qt here. Each function opens its own short read session on the workspace; results are
frozen dataclasses or tuples, never live ORM objects, so a worker thread can hand them to the
GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.models import (Activity, CaseFile, CaseReview, CaseServiceRecord, ChangeLogEntry,
                        Household, OrgUnit, Person, ResourceLink, Task, User, Visit)
from app.services.catalog import catalog_labels, label_map
from app.services.queries import (PeopleFilter, cases_of_worker, cases_waiting_for_review,
                                  household_members, is_common_search, open_tasks, people_query,
                                  recent_households, villages)
from app.services.sensitivity import Viewer, mask_row, masked_name
from app.services.workspace import Workspace


@dataclass(frozen=True)
class PersonRow:
    id: str
    household_id: str
    name_zh: str
    name_bo: str
    name_latin: str
    sex: str
    birth_date: str
    id_number: str
    relation: str
    village: str
    target_groups: tuple[str, ...]
    sensitive: bool = False  # a child's record (app.services.sensitivity)
    masked: bool = False  # shown masked: this user may not see it


def _person_row(viewer: Viewer, p: Person, village: str) -> PersonRow:
    row = PersonRow(p.id, p.household_id, p.name_zh, p.name_bo, p.name_latin, p.sex,
                    p.birth_date, p.id_number or "", p.relation, village,
                    tuple(p.target_groups or ()), sensitive=viewer.sensitive(p))
    return row if viewer.sees(p) else mask_row(row)


def _shown_name(viewer: Viewer, person: Person, language: str = "zh_CN") -> str:
    """The person's name as this user may see it (masked for a child they do not serve)."""
    name = person.name_bo if language == "bo" and person.name_bo else (
        person.name_zh or person.name_bo)
    return name if viewer.sees(person) else masked_name(person.name_zh or person.name_bo)


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    head: str
    village: str
    address: str
    members: int
    live: bool = True  # False: deleted, merged away or erased (nothing to act on)


def _place(unit: OrgUnit | None, language: str) -> str:
    if unit is None:
        return ""
    if language == "bo" and unit.name_bo:
        return unit.name_bo
    if language == "en" and unit.name_en:
        return unit.name_en
    return unit.name_zh


def person_rows(workspace: Workspace, filters: PeopleFilter, limit: int, offset: int = 0,
                after_id: str | None = None) -> list[PersonRow]:
    """One page of people: keyset paging (`after_id`, ids are time-ordered) or offset."""
    with workspace.read() as session:
        query = people_query(filters, common_search=is_common_search(session, filters.query))
        if after_id:
            query = query.where(Person.id < after_id)
        elif offset:
            query = query.offset(offset)
        people = list(session.scalars(query.limit(limit)))
        house_ids = {p.household_id for p in people}
        village_of = {}
        if house_ids:
            for hid, unit in session.execute(
                    select(Household.id, OrgUnit).join(OrgUnit, OrgUnit.id == Household.village_id)
                    .where(Household.id.in_(house_ids))):
                village_of[hid] = _place(unit, workspace.language)
        viewer = Viewer(session, workspace)
        return [_person_row(viewer, p, village_of.get(p.household_id, "")) for p in people]


def household_row(session, household: Household, language: str,
                  viewer: Viewer | None = None) -> HouseholdRow:
    members = household_members(session, household.id)
    head = next((p for p in members if p.relation == "head"), members[0] if members else None)
    name = (head.name_zh or head.name_bo) if head else ""
    if head is not None and head.name_zh and head.name_bo:
        name = f"{head.name_zh} {head.name_bo}"
    if head is not None and viewer is not None and not viewer.sees(head):
        name = masked_name(head.name_zh or head.name_bo)
    address = household.address_bo if language == "bo" and household.address_bo else household.address_zh
    return HouseholdRow(household.id, name, _place(session.get(OrgUnit, household.village_id), language),
                        address, len(members))


def households_for_picking(workspace: Workspace, query: str = "", limit: int = 30,
                           include_id: str = "") -> list[HouseholdRow]:
    """Recent households first (no query), or the households of people matching `query`;
    `include_id` (e.g. the household a follow-up task names) is always in the answer."""
    with workspace.read() as session:
        if not query.strip():
            rows = recent_households(session, workspace.user_id, limit)
            if len(rows) < limit:
                seen = {h.id for h in rows}
                rows += [h for h in session.scalars(select(Household).where(
                    Household.deleted_at.is_(None), Household.station_id == workspace.station_id)
                    .order_by(Household.id.desc()).limit(limit)) if h.id not in seen][:limit - len(rows)]
        else:
            people = session.scalars(people_query(PeopleFilter(query=query)).limit(limit))
            ids = list(dict.fromkeys(p.household_id for p in people))
            rows = [session.get(Household, hid) for hid in ids]
            rows = [h for h in rows if h is not None and h.deleted_at is None]
        if include_id and include_id not in {h.id for h in rows}:
            extra = session.get(Household, include_id)
            if extra is not None and extra.deleted_at is None:
                rows.insert(0, extra)
        viewer = Viewer(session, workspace)
        return [household_row(session, h, workspace.language, viewer) for h in rows]


@dataclass(frozen=True)
class FoundRecord:
    kind: str    # "person", "household" or "case_file" (the kinds `show --kind` takes)
    id: str
    name: str    # the person's name, the household head's, or the case's person
    detail: str  # village, or the case number


def find_records(workspace: Workspace, text: str, limit: int = 20) -> list[FoundRecord]:
    """People, households and case files matching `text`, by the app's own search: people by
    the People page's keys (Chinese, pinyin, initials, Tibetan, Wylie, Latin, ID number),
    households as the household picker finds them (of those people), case files whose number
    starts with `text` or whose person was found. At most `limit` of each kind. ValidationError
    (field "query") for empty text."""
    from app.errors import N_, ValidationError

    text = (text or "").strip()
    if not text:
        raise ValidationError(N_("Type a name, pinyin, Tibetan, ID number or case number to "
                                 "search for."), field="query")
    if not 1 <= int(limit) <= 500:
        raise ValidationError(N_("Show 1 to 500 records of each kind."), field="limit")
    people = person_rows(workspace, PeopleFilter(query=text), limit)
    found = [FoundRecord("person", p.id, " ".join(n for n in (p.name_zh, p.name_bo) if n)
                         or p.name_latin, p.village) for p in people]
    found += [FoundRecord("household", h.id, h.head, h.village)
              for h in households_for_picking(workspace, text, limit)]
    with workspace.read() as session:
        person_ids = [p.id for p in people]
        matches = CaseFile.case_number.startswith(text, autoescape=True)
        cases = session.scalars(select(CaseFile).where(
            CaseFile.station_id == workspace.station_id, CaseFile.deleted_at.is_(None),
            matches | CaseFile.person_id.in_(person_ids) if person_ids else matches)
            .order_by(CaseFile.case_number.desc()).limit(limit))
        for case in cases:
            person = session.get(Person, case.person_id)
            name = (person.name_zh or person.name_bo) if person else ""
            found.append(FoundRecord("case_file", case.id, name, case.case_number))
    return found


def household_detail(workspace: Workspace, household_id: str) -> tuple[HouseholdRow, list[PersonRow]]:
    """The household and its live members as this user may see them; a household that is
    gone (deleted, merged away, erased) comes back with `live` False and no members."""
    with workspace.read() as session:
        household = session.get(Household, household_id)
        if household is None or household.deleted_at is not None or household.merged_into:
            return HouseholdRow(household_id, "", "", "", 0, live=False), []
        viewer = Viewer(session, workspace)
        row = household_row(session, household, workspace.language, viewer)
        members = [_person_row(viewer, p, row.village)
                   for p in household_members(session, household_id)]
        return row, members


def labels(workspace: Workspace, kind: str, parent_code: str | None = None) -> list[tuple[str, str]]:
    with workspace.read() as session:
        return [(item.code, item.label) for item in
                catalog_labels(session, kind, workspace.language, parent_code)]


def village_choices(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.read() as session:
        return [(v.id, _place(v, workspace.language)) for v in villages(session, workspace.station_id)]


def worker_choices(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.read() as session:
        return [(u.id, u.display_name) for u in session.scalars(select(User).where(
            User.station_id == workspace.station_id, User.active.is_(True),
            User.deleted_at.is_(None)).order_by(User.display_name))]


@dataclass(frozen=True)
class RecordRow:
    id: str
    day: date
    title: str
    domain: str
    detail: str
    worker: str


def _names(session) -> dict[str, str]:
    return dict(session.execute(select(User.id, User.display_name)).all())


def visit_rows(workspace: Workspace, domain_code: str = "", worker_id: str = "",
               start: date | None = None, end: date | None = None, limit: int = 500) -> list[RecordRow]:
    with workspace.read() as session:
        domains = label_map(session, "domain", workspace.language)
        items = label_map(session, "service_item", workspace.language)
        users = _names(session)
        query = select(Visit).where(Visit.deleted_at.is_(None), Visit.station_id == workspace.station_id)
        if domain_code:
            query = query.where(Visit.domain_code == domain_code)
        if worker_id:
            query = query.where(Visit.worker_id == worker_id)
        if start:
            query = query.where(Visit.visited_on >= start)
        if end:
            query = query.where(Visit.visited_on <= end)
        rows = []
        viewer = Viewer(session, workspace)
        for visit in session.scalars(query.order_by(Visit.visited_on.desc(), Visit.id.desc()).limit(limit)):
            head = household_row(session, session.get(Household, visit.household_id),
                                 workspace.language, viewer)
            rows.append(RecordRow(visit.id, visit.visited_on, head.head, domains.get(visit.domain_code, ""),
                                  "、".join(items.get(c, c) for c in visit.service_items),
                                  users.get(visit.worker_id, "")))
        return rows


def activity_rows(workspace: Workspace, limit: int = 500) -> list[RecordRow]:
    with workspace.read() as session:
        domains = label_map(session, "domain", workspace.language)
        kinds = label_map(session, "activity_kind", workspace.language)
        users = _names(session)
        return [RecordRow(a.id, a.held_on, a.title, domains.get(a.domain_code, ""),
                          f"{kinds.get(a.kind, a.kind)} · {a.headcount}", users.get(a.organiser_id, ""))
                for a in session.scalars(select(Activity).where(
                    Activity.deleted_at.is_(None), Activity.station_id == workspace.station_id)
                    .order_by(Activity.held_on.desc(), Activity.id.desc()).limit(limit))]


def resource_rows(workspace: Workspace, limit: int = 500) -> list[RecordRow]:
    with workspace.read() as session:
        domains = label_map(session, "domain", workspace.language)
        sources = label_map(session, "resource_source", workspace.language)
        users = _names(session)
        viewer = Viewer(session, workspace)
        rows = []
        for link in session.scalars(select(ResourceLink).where(
                ResourceLink.deleted_at.is_(None), ResourceLink.station_id == workspace.station_id)
                .order_by(ResourceLink.linked_on.desc(), ResourceLink.id.desc()).limit(limit)):
            money = f"¥{link.money_fen / 100:,.2f}" if link.money_fen else ""
            detail = " · ".join(x for x in (sources.get(link.source_code, ""), money,
                                            link.in_kind_description) if x)
            rows.append(RecordRow(link.id, link.linked_on,
                                  f"{_recipient(session, link, workspace.language, viewer)} ← {link.provider_name}",
                                  domains.get(link.domain_code, ""), detail, users.get(link.worker_id, "")))
        return rows


def _recipient(session, link: ResourceLink, language: str, viewer: Viewer) -> str:
    """Who received a resource link: the person, else the household's head, else "—"."""
    if link.person_id:
        person = session.get(Person, link.person_id)
        if person is not None:
            return _shown_name(viewer, person, language)
    if link.household_id:
        household = session.get(Household, link.household_id)
        if household is not None:
            return household_row(session, household, language, viewer).head or "—"
    return "—"


@dataclass(frozen=True)
class CaseRow:
    id: str
    number: str
    person: str
    domain: str
    stage: str
    review_state: str
    risk_level: str
    opened_on: date
    worker: str


def _case_row(session, case: CaseFile, domains: dict, users: dict,
              viewer: Viewer | None = None) -> CaseRow:
    person = session.get(Person, case.person_id)
    name = (person.name_zh or person.name_bo) if person else ""
    if person is not None and viewer is not None:
        name = _shown_name(viewer, person)
    return CaseRow(case.id, case.case_number, name, domains.get(case.domain_code, ""), case.stage,
                   case.review_state, case.risk_level, case.opened_on, users.get(case.worker_id, ""))


def case_rows(workspace: Workspace, scope: str = "mine", stage: str = "") -> list[CaseRow]:
    """scope: "mine" (the worker's open cases), "review" (waiting for me), "all" (the station)."""
    with workspace.read() as session:
        domains = label_map(session, "domain", workspace.language)
        users = _names(session)
        if scope == "review":
            cases = [c for c in cases_waiting_for_review(session, workspace.station_id)
                     if c.worker_id != workspace.user_id]
        elif scope == "all":
            cases = list(session.scalars(select(CaseFile).where(
                CaseFile.station_id == workspace.station_id, CaseFile.deleted_at.is_(None))
                .order_by(CaseFile.opened_on.desc())))
        else:
            cases = cases_of_worker(session, workspace.user_id, include_closed=stage == "closed")
        if stage:
            cases = [c for c in cases if c.stage == stage]
        viewer = Viewer(session, workspace)
        return [_case_row(session, c, domains, users, viewer) for c in cases]


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    worker_id: str
    fields: dict
    reviews: tuple[tuple[str, str, str, str], ...]  # (when, reviewer, decision, comments)
    services: tuple[tuple[date, str, int, str], ...]  # (day, item label, minutes, notes)
    domain_code: str
    service_ids: tuple[str, ...] = ()  # the ids of `services`, in the same order


def case_detail(workspace: Workspace, case_id: str) -> CaseDetail:
    with workspace.read() as session:
        case = session.get(CaseFile, case_id)
        domains = label_map(session, "domain", workspace.language)
        items = label_map(session, "service_item", workspace.language)
        users = _names(session)
        reviews = tuple((r.decided_at.strftime("%Y-%m-%d %H:%M"), users.get(r.reviewer_id, ""),
                         r.decision, r.comments) for r in session.scalars(
            select(CaseReview).where(CaseReview.case_id == case_id).order_by(CaseReview.decided_at.desc())))
        service_rows = list(session.scalars(select(CaseServiceRecord).where(
            CaseServiceRecord.case_id == case_id, CaseServiceRecord.deleted_at.is_(None))
            .order_by(CaseServiceRecord.served_on.desc())))
        services = tuple((s.served_on, items.get(s.item_code, s.item_code), s.minutes, s.notes)
                         for s in service_rows)
        fields = {name: getattr(case, name) for name in (
            "intake_reason", "assessment", "plan_goals", "plan_actions", "closure_reason",
            "closure_summary", "risk_level")}
        viewer = Viewer(session, workspace)
        person = session.get(Person, case.person_id)
        if person is not None:
            viewer.require(person)  # a child's case: only those who serve the child
        return CaseDetail(_case_row(session, case, domains, users, viewer), case.worker_id, fields,
                          reviews, services, case.domain_code,
                          tuple(s.id for s in service_rows))


@dataclass(frozen=True)
class TaskRow:
    id: str
    kind: str  # fix_case / follow_up
    text: str
    due_on: date | None
    case_id: str
    case_number: str
    household_id: str
    household: str


def task_rows(workspace: Workspace) -> list[TaskRow]:
    with workspace.read() as session:
        rows = []
        viewer = Viewer(session, workspace)
        for task in open_tasks(session, workspace.user_id):
            case = session.get(CaseFile, task.case_id) if task.case_id else None
            house = session.get(Household, task.household_id) if task.household_id else None
            head = household_row(session, house, workspace.language, viewer).head if house else ""
            rows.append(TaskRow(task.id, task.kind, task.text, task.due_on, task.case_id or "",
                                case.case_number if case else "", task.household_id or "", head))
        return rows


def unsynced_changes(workspace: Workspace) -> int:
    with workspace.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.acked_at.is_(None))) or 0


def person_label(workspace: Workspace, person_id: str) -> str:
    with workspace.read() as session:
        person = session.get(Person, person_id)
        return _shown_name(Viewer(session, workspace), person) if person else ""


def task_for_case(workspace: Workspace, case_id: str) -> str:
    with workspace.read() as session:
        task = session.scalar(select(Task).where(Task.case_id == case_id, Task.done_at.is_(None)))
        return task.text if task else ""
