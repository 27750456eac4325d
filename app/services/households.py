"""Households and people: create, edit, tombstone, and warn about likely duplicates first.

Every person keeps a set of search keys (Chinese, pinyin, initials, Tibetan, Wylie, known
transliterations) in `person_search_key`, refreshed in the same transaction as the person.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, NotFound, ValidationError
from app.models import Household, OrgUnit, Person, PersonSearchKey
from app.models.people import RELATIONS, SEXES
from app.services.catalog import require_code
from app.services.search_index import refresh_search_keys
from app.services.workspace import Changes, Created, Workspace
from app.text.policy import normalize_text
from app.text.search_keys import name_identity_keys, person_search_keys
from app.validation.fields import (PartialDate, clean_chinese_name, clean_phone, clean_text,
                                   clean_tibetan_name)
from app.validation.id_number import normalize_id_number, parse_id_number, region_is_known


@dataclass
class PersonInput:
    """What a form or the command line gives for one person (raw text, validated here)."""

    name_zh: str = ""
    name_bo: str = ""
    name_latin: str = ""
    sex: str = "U"
    birth_date: str = ""
    id_number: str = ""
    relation: str = "other"
    phone: str = ""
    target_groups: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass
class HouseholdInput:
    village_id: str
    address_zh: str = ""
    address_bo: str = ""
    phone: str = ""
    notes: str = ""


def validate_person(session: Session, data: PersonInput, known_id_number: str | None = None) -> dict:
    """Check every field; returns clean column values or raises ValidationError (field set).
    `known_id_number`: the number the person already has (not refused for its region)."""
    name_zh = clean_chinese_name(data.name_zh) if data.name_zh.strip() else ""
    name_bo = clean_tibetan_name(data.name_bo) if data.name_bo.strip() else ""
    name_latin = clean_text(data.name_latin, max_length=120, field="name_latin",
                            multiline=False)
    if not (name_zh or name_bo):
        raise ValidationError(N_("Please enter the name in Chinese or in Tibetan."), field="name_zh")
    if data.sex not in SEXES:
        raise ValidationError(N_("Please choose the sex."), field="sex")
    if data.relation not in RELATIONS:
        raise ValidationError(N_("Please choose the relation to the head of household."),
                              field="relation")
    birth = PartialDate.parse(data.birth_date).iso() if data.birth_date.strip() else ""
    if birth and birth > date.today().isoformat():
        raise ValidationError(N_("The birth date cannot be in the future."), field="birth_date")
    id_number = None
    sex = data.sex
    if data.id_number.strip():
        # a number already stored for this person keeps working even if its region code is
        # unknown (saved before the check; flagged by people_with_unknown_region)
        parsed = parse_id_number(data.id_number, check_region=(
            normalize_id_number(data.id_number) != (known_id_number or "")))
        id_number = parsed.number
        if birth and len(birth) == 10 and birth != parsed.birth_date.isoformat():
            raise ValidationError(
                N_("The birth date does not match the ID number (%1)."),
                parsed.birth_date.isoformat(), field="birth_date")
        birth = birth if len(birth) == 10 else parsed.birth_date.isoformat()
        if sex == "U":
            sex = parsed.sex
        elif sex != parsed.sex:
            raise ValidationError(N_("The sex does not match the ID number."), field="sex")
    for code in data.target_groups:
        require_code(session, "target_group", code, field="target_groups")
    return {
        "name_zh": name_zh, "name_bo": name_bo, "name_latin": name_latin, "sex": sex,
        "birth_date": birth, "id_number": id_number, "relation": data.relation,
        "phone": clean_phone(data.phone),
        "target_groups": sorted(set(data.target_groups)),
        "notes": clean_text(data.notes, max_length=4000, field="notes"),
    }


def people_with_unknown_region(session: Session) -> list[Person]:
    """Live people whose ID number has no known region code (saved before the check, or
    from another laptop): flagged for a worker to compare with the ID card, never refused."""
    return [person for person in session.scalars(select(Person).where(
        Person.id_number.is_not(None), Person.deleted_at.is_(None)).order_by(Person.id))
        if not region_is_known((person.id_number or "")[:6])]


def _require_id_number_free(session: Session, id_number: str | None, except_id: str = "") -> None:
    if not id_number:
        return
    holder = session.scalar(select(Person).where(
        Person.id_number == id_number, Person.deleted_at.is_(None), Person.id != except_id))
    if holder is not None:
        raise ValidationError(N_("The ID number %1 is already registered for %2."),
                              id_number, holder.name_zh or holder.name_bo, field="id_number")


def _validate_household(session: Session, workspace: Workspace, data: HouseholdInput) -> dict:
    village = session.get(OrgUnit, data.village_id or "")
    if village is None or village.kind != "village" or village.parent_id != workspace.station_id:
        raise ValidationError(N_("Please choose the village."), field="village_id")
    return {
        "village_id": village.id,
        "address_zh": clean_text(data.address_zh, max_length=200, field="address_zh",
                                 multiline=False),
        "address_bo": clean_text(data.address_bo, max_length=400, field="address_bo",
                                 multiline=False),
        "phone": clean_phone(data.phone),
        "notes": clean_text(data.notes, max_length=4000, field="notes"),
    }


def create_household(workspace: Workspace, household: HouseholdInput,
                     members: list[PersonInput]) -> Created:
    """A new household with its members (the first listed is the head unless one is marked)."""
    if not members:
        raise ValidationError(N_("A household needs at least one member."), field="members")
    if sum(member.relation == "head" for member in members) > 1:
        raise ValidationError(N_("A household has exactly one head."), field="relation")
    with workspace.write() as session:
        row = Household(station_id=workspace.station_id, registered_by=workspace.user_id,
                        **_validate_household(session, workspace, household))
        session.add(row)
        session.flush()
        ids = [row.id]
        for index, member in enumerate(members):
            values = validate_person(session, member)
            if index == 0 and not any(m.relation == "head" for m in members):
                values["relation"] = "head"  # the first listed is the head unless one is marked
            _require_id_number_free(session, values["id_number"])
            person = Person(household_id=row.id, **values)
            session.add(person)
            session.flush()
            refresh_search_keys(session, person, new=True)
            ids.append(person.id)
        workspace.audit(session, "household.created", "household", row.id,
                        {"members": len(members)})
    return Created(row.id, Changes(frozenset({"household", "person"}), frozenset(ids)))


def update_household(workspace: Workspace, household_id: str, data: HouseholdInput) -> Changes:
    """Correct a household's village, address, phone or notes (its author or the admin)."""
    from app.services.authorship import require_may_edit

    with workspace.write() as session:
        row = _live(session, Household, household_id)
        require_may_edit(workspace, session, "household", row)
        for key, value in _validate_household(session, workspace, data).items():
            setattr(row, key, value)
    return Changes.of("household", household_id)


def add_person(workspace: Workspace, household_id: str, data: PersonInput) -> Created:
    with workspace.write() as session:
        _live(session, Household, household_id)
        values = validate_person(session, data)
        _require_id_number_free(session, values["id_number"])
        if values["relation"] == "head":
            from app.services.household_facts import require_no_other_head

            require_no_other_head(session, household_id)
        person = Person(household_id=household_id, **values)
        session.add(person)
        session.flush()
        refresh_search_keys(session, person, new=True)
    return Created(person.id, Changes.of("person", person.id))


def update_person(workspace: Workspace, person_id: str, data: PersonInput) -> Changes:
    """Correct a person's details (whoever registered them, or the admin)."""
    from app.services.authorship import require_may_edit

    with workspace.write() as session:
        person = _live(session, Person, person_id)
        require_may_edit(workspace, session, "person", person)
        values = validate_person(session, data, known_id_number=person.id_number)
        _require_id_number_free(session, values["id_number"], except_id=person_id)
        if values["relation"] == "head" and person.relation != "head":
            from app.services.household_facts import require_no_other_head

            require_no_other_head(session, person.household_id, except_id=person_id)
        for key, value in values.items():
            setattr(person, key, value)
        session.flush()
        refresh_search_keys(session, person)
    return Changes.of("person", person_id)


def delete_person(workspace: Workspace, person_id: str, reason: str) -> Changes:
    """A tombstone with a reason: the person disappears from lists and syncs as deleted
    (see app.services.deletion.delete_record)."""
    from app.services.deletion import delete_record

    return delete_record(workspace, "person", person_id, reason)


def _live(session: Session, model, record_id: str):
    row = session.get(model, record_id or "")
    if row is None or row.deleted_at is not None:
        raise NotFound(N_("This record no longer exists."))
    return row


@dataclass(frozen=True)
class DuplicateCandidate:
    person_id: str
    household_id: str
    name_zh: str
    name_bo: str
    birth_date: str
    id_number: str
    reason: str  # "id_number" / "name_and_birth" / "name_match"


def find_possible_duplicates(workspace: Workspace, data: PersonInput) -> list[DuplicateCandidate]:
    """People already registered who may be this person: same ID number, or the same whole
    name (equal, same pinyin, or the same name elements in another script), with the same
    birth year first."""
    found: dict[str, DuplicateCandidate] = {}
    with workspace.read() as session:
        def add(person: Person, reason: str) -> None:
            if person.id not in found:
                found[person.id] = DuplicateCandidate(
                    person.id, person.household_id, person.name_zh, person.name_bo,
                    person.birth_date, person.id_number or "", reason)

        if data.id_number.strip():
            try:
                number = parse_id_number(data.id_number).number
            except ValidationError:
                number = ""
            if number:
                for person in session.scalars(select(Person).where(
                        Person.id_number == number, Person.deleted_at.is_(None))):
                    add(person, "id_number")
        wanted = name_identity_keys(data.name_zh, data.name_bo, data.name_latin)
        keys = person_search_keys(*(normalize_text(value, multiline=False) for value in (
            data.name_zh, data.name_bo, data.name_latin)))
        if wanted and keys:
            candidates = session.scalars(
                select(Person).join(PersonSearchKey, PersonSearchKey.person_id == Person.id)
                .where(PersonSearchKey.key.in_(sorted(keys)), Person.deleted_at.is_(None))
                .distinct().limit(500))
            birth_year = data.birth_date.strip()[:4]
            for person in candidates:
                theirs = name_identity_keys(person.name_zh, person.name_bo, person.name_latin)
                if not theirs & wanted:
                    continue
                same_birth_year = bool(birth_year) and person.birth_date[:4] == birth_year
                add(person, "name_and_birth" if same_birth_year else "name_match")
    order = {"id_number": 0, "name_and_birth": 1, "name_match": 2}
    return sorted(found.values(), key=lambda c: order[c.reason])

