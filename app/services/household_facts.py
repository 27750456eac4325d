"""Household facts over time: exactly one head per household (changed by one explicit
action), a person moved to another household, a person who died or moved away (a status with
a date, not a deletion: their records stay; they leave the active lists and the figures from
that date).

Each use case is one transaction, audited; the changed fields (`relation`, `household_id`,
`status`, `status_on`) sync to the county as field-level changes like any correction.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, ConflictError, ValidationError
from app.models import Household, Person
from app.models.people import PERSON_STATUSES, RELATIONS
from app.services.corrections import live, require_may_edit
from app.services.records import record_date
from app.services.workspace import Changes, Workspace


def heads(session: Session, household_id: str, except_id: str = "") -> list[Person]:
    """The live, present heads of a household (normally exactly one)."""
    return list(session.scalars(select(Person).where(
        Person.household_id == household_id, Person.relation == "head",
        Person.deleted_at.is_(None), Person.status == "", Person.id != except_id)))


def require_no_other_head(session: Session, household_id: str, except_id: str = "") -> None:
    """Refuse a second head: changing the head is its own action (`set_head`)."""
    if heads(session, household_id, except_id):
        raise ValidationError(N_("This household already has a head. To change the head, "
                                 "use \u201cMake head of household\u201d."), field="relation")


def set_head(workspace: Workspace, person_id: str, former_head_relation: str = "other") -> Changes:
    """Make `person_id` the head of their household; the former head becomes
    `former_head_relation` (spouse, parent … default other)."""
    if former_head_relation not in RELATIONS or former_head_relation == "head":
        raise ValidationError(N_("Please choose the relation to the head of household."),
                              field="relation")
    with workspace.write() as session:
        person = live(session, "person", person_id)
        require_may_edit(workspace, session, "household",
                         live(session, "household", person.household_id))
        if person.status:
            raise ConflictError(N_("Someone who died or moved away cannot be the head."))
        changed = {person.id}
        for former in heads(session, person.household_id, except_id=person.id):
            former.relation = former_head_relation
            changed.add(former.id)
        person.relation = "head"
        workspace.audit(session, "household.head_changed", "household", person.household_id,
                        {"head": person.id})
    return Changes(frozenset({"person"}), frozenset(changed))


def move_person(workspace: Workspace, person_id: str, to_household_id: str,
                relation: str = "other") -> Changes:
    """Move a person to another household with their relation there (never a second head).
    A head with others still in the old household must hand the headship over first."""
    if relation not in RELATIONS:
        raise ValidationError(N_("Please choose the relation to the head of household."),
                              field="relation")
    with workspace.write() as session:
        person = live(session, "person", person_id)
        source = live(session, "household", person.household_id)
        target = session.get(Household, to_household_id or "")
        if target is None or target.deleted_at is not None:
            raise ValidationError(N_("Please choose the household."), field="household_id")
        if target.id == source.id:
            raise ValidationError(N_("This person already lives in this household."),
                                  field="household_id")
        require_may_edit(workspace, session, "person", person)
        if person.relation == "head" and session.scalar(select(Person.id).where(
                Person.household_id == source.id, Person.id != person.id,
                Person.deleted_at.is_(None), Person.status == "").limit(1)):
            raise ConflictError(N_("Make someone else the head of this household first."))
        if relation == "head":
            require_no_other_head(session, target.id)
        person.household_id, person.relation = target.id, relation
        workspace.audit(session, "person.moved", "person", person.id,
                        {"from": source.id, "to": target.id})
    return Changes(frozenset({"person", "household"}),
                   frozenset({person_id, source.id, target.id}))


def set_person_status(workspace: Workspace, person_id: str, status: str,
                      on: str | date | None = None) -> Changes:
    """Record that a person died ("deceased") or moved away ("moved_away") on a date, or
    ("") that they live here again. A head who leaves must hand the headship over first when
    others remain."""
    if status not in PERSON_STATUSES:
        raise ValidationError(N_("Please choose what happened."), field="status")
    with workspace.write() as session:
        person = live(session, "person", person_id)
        require_may_edit(workspace, session, "person", person)
        when = record_date(on or "", field="status_on") if status else None
        if status and person.relation == "head" and session.scalar(select(Person.id).where(
                Person.household_id == person.household_id, Person.id != person.id,
                Person.deleted_at.is_(None), Person.status == "").limit(1)):
            raise ConflictError(N_("Make someone else the head of this household first."))
        if not status and person.relation == "head":
            require_no_other_head(session, person.household_id, except_id=person.id)
        person.status, person.status_on = status, when
        workspace.audit(session, "person.status", "person", person.id,
                        {"status": status, "on": when.isoformat() if when else ""})
    return Changes.of("person", person_id)
