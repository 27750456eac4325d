"""Household visits, group/themed activities and resource links: the daily records."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.errors import N_, ValidationError
from app.models import (Activity, Attendance, Household, OrgUnit, Person, ResourceLink, Task,
                        Visit)
from app.models.records import ACTIVITY_KINDS
from app.services.catalog import require_code
from app.services.workspace import Changes, Workspace
from app.validation.fields import clean_text, parse_amount_fen, parse_date

EARLIEST_RECORD_DATE = date(2000, 1, 1)


def record_date(value: str | date, *, field: str) -> date:
    """A date of something that happened: not in the future, not absurdly old."""
    if isinstance(value, date):
        if value > date.today():
            raise ValidationError(N_("The date cannot be in the future."), field=field)
        return value
    return parse_date(value, field=field, not_after=date.today(), not_before=EARLIEST_RECORD_DATE)


def _items(session: Session, domain_code: str, items: list[str], field: str) -> list[str]:
    for code in items:
        require_code(session, "service_item", code, field=field, parent_code=domain_code)
    return sorted(set(items))


@dataclass
class VisitInput:
    household_id: str
    visited_on: str | date
    domain_code: str
    service_items: list[str] = field(default_factory=list)
    notes: str = ""
    follow_up_on: str | date | None = None
    people_served: int = 1


def visit_values(session: Session, data: VisitInput) -> dict:
    """Check a visit's fields; clean column values (household_id, visited_on, domain_code,
    service_items, people_served, notes, follow_up_on) or ValidationError naming the field."""
    household = session.get(Household, data.household_id or "")
    if household is None or household.deleted_at is not None:
        raise ValidationError(N_("Please choose the household."), field="household_id")
    visited_on = record_date(data.visited_on, field="visited_on")
    require_code(session, "domain", data.domain_code, field="domain_code")
    items = _items(session, data.domain_code, data.service_items, "service_items")
    if not items:
        raise ValidationError(N_("Please choose at least one service item."),
                              field="service_items")
    follow_up = None
    if data.follow_up_on:
        follow_up = (data.follow_up_on if isinstance(data.follow_up_on, date) else
                     parse_date(data.follow_up_on, field="follow_up_on"))
        if follow_up <= visited_on:
            raise ValidationError(N_("The follow-up date must be after the visit."),
                                  field="follow_up_on")
    if not 1 <= int(data.people_served) <= 50:
        raise ValidationError(N_("People served must be between 1 and 50."),
                              field="people_served")
    return {"household_id": household.id, "visited_on": visited_on,
            "domain_code": data.domain_code, "service_items": items,
            "people_served": int(data.people_served),
            "notes": clean_text(data.notes, max_length=8000, field="notes"),
            "follow_up_on": follow_up}


def follow_up_task(workspace: Workspace, values: dict) -> Task:
    return Task(assignee_id=workspace.user_id, kind="follow_up",
                household_id=values["household_id"], due_on=values["follow_up_on"],
                text=values["notes"][:200])


def record_visit(workspace: Workspace, data: VisitInput) -> tuple[str, Changes]:
    """入户走访. A follow-up date also puts a follow-up task on the worker's list."""
    with workspace.write() as session:
        values = visit_values(session, data)
        visit = Visit(station_id=workspace.station_id, worker_id=workspace.user_id, **values)
        session.add(visit)
        session.flush()
        changes = Changes.of("visit", visit.id)
        if values["follow_up_on"]:
            task = follow_up_task(workspace, values)
            session.add(task)
            session.flush()
            changes |= Changes.of("task", task.id)
    return visit.id, changes


@dataclass
class ActivityInput:
    kind: str
    title: str
    held_on: str | date
    domain_code: str
    service_items: list[str] = field(default_factory=list)
    village_id: str | None = None
    location: str = ""
    attendee_ids: list[str] = field(default_factory=list)
    headcount: int = 0  # used when names are not known; at least the roster size
    notes: str = ""


def activity_values(session: Session, data: ActivityInput) -> tuple[dict, list[str]]:
    """Check an activity's fields: (clean column values, sorted attendee ids) or
    ValidationError naming the field."""
    if data.kind not in ACTIVITY_KINDS:
        raise ValidationError(N_("Please choose the kind of activity."), field="kind")
    title = clean_text(data.title, max_length=200, field="title", required=True,
                       multiline=False)
    held_on = record_date(data.held_on, field="held_on")
    require_code(session, "domain", data.domain_code, field="domain_code")
    items = _items(session, data.domain_code, data.service_items, "service_items")
    if data.village_id:
        village = session.get(OrgUnit, data.village_id)
        if village is None or village.kind != "village":
            raise ValidationError(N_("Please choose the village."), field="village_id")
    attendees = sorted(set(data.attendee_ids))
    for person_id in attendees:
        person = session.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise ValidationError(N_("A person on the roster no longer exists."),
                                  field="attendee_ids")
    headcount = int(data.headcount or 0)
    if headcount < 0 or headcount > 5000:
        raise ValidationError(N_("The headcount must be between 0 and 5000."), field="headcount")
    headcount = max(headcount, len(attendees))
    if headcount == 0:
        raise ValidationError(N_("Please add participants or enter the headcount."),
                              field="headcount")
    return ({"village_id": data.village_id or None, "kind": data.kind, "title": title,
             "held_on": held_on, "domain_code": data.domain_code, "service_items": items,
             "location": clean_text(data.location, max_length=200, field="location",
                                    multiline=False),
             "headcount": headcount,
             "notes": clean_text(data.notes, max_length=8000, field="notes")}, attendees)


def record_activity(workspace: Workspace, data: ActivityInput) -> tuple[str, Changes]:
    """小组活动 / 主题活动 / 社区活动 with a roster of registered people and/or a headcount."""
    with workspace.write() as session:
        values, attendees = activity_values(session, data)
        activity = Activity(station_id=workspace.station_id, organiser_id=workspace.user_id,
                            **values)
        session.add(activity)
        session.flush()
        session.add_all(Attendance(activity_id=activity.id, person_id=p) for p in attendees)
    return activity.id, Changes(frozenset({"activity", "attendance"}), frozenset({activity.id}))


@dataclass
class ResourceLinkInput:
    linked_on: str | date
    domain_code: str
    source_code: str
    provider_name: str
    household_id: str | None = None
    person_id: str | None = None
    money: str = ""  # yuan, as typed
    in_kind_description: str = ""
    in_kind_value: str = ""  # yuan, as typed
    notes: str = ""


def resource_values(session: Session, data: ResourceLinkInput) -> dict:
    """Check a resource link's fields: clean column values or ValidationError naming the field."""
    linked_on = record_date(data.linked_on, field="linked_on")
    require_code(session, "domain", data.domain_code, field="domain_code")
    require_code(session, "resource_source", data.source_code, field="source_code")
    provider = clean_text(data.provider_name, max_length=200, field="provider_name",
                          required=True, multiline=False)
    money = parse_amount_fen(data.money, field="money") if data.money.strip() else 0
    in_kind = clean_text(data.in_kind_description, max_length=400, field="in_kind_description")
    in_kind_value = (parse_amount_fen(data.in_kind_value, field="in_kind_value")
                     if data.in_kind_value.strip() else 0)
    if money == 0 and not in_kind:
        raise ValidationError(N_("Enter an amount of money or describe what was given in kind."),
                              field="money")
    household = session.get(Household, data.household_id) if data.household_id else None
    if data.household_id and (household is None or household.deleted_at is not None):
        raise ValidationError(N_("Please choose the household."), field="household_id")
    person = session.get(Person, data.person_id) if data.person_id else None
    if data.person_id and (person is None or person.deleted_at is not None):
        raise ValidationError(N_("Please choose the person."), field="person_id")
    return {"linked_on": linked_on, "domain_code": data.domain_code,
            "source_code": data.source_code, "provider_name": provider,
            "household_id": data.household_id or None, "person_id": data.person_id or None,
            "money_fen": money, "in_kind_description": in_kind,
            "in_kind_value_fen": in_kind_value,
            "notes": clean_text(data.notes, max_length=4000, field="notes")}


def link_resource(workspace: Workspace, data: ResourceLinkInput) -> tuple[str, Changes]:
    """资源链接: money in yuan and/or goods in kind, from a source, to a household or person."""
    with workspace.write() as session:
        link = ResourceLink(station_id=workspace.station_id, worker_id=workspace.user_id,
                            **resource_values(session, data))
        session.add(link)
        session.flush()
    return link.id, Changes.of("resource_link", link.id)
