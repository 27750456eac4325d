"""Erasure of a person (删除请求, PIPL art. 47): on a recorded lawful ground, the person's
personal data leaves the store, its change log, its search keys and drafts, and — by a
synced `Erasure` record that the county and every other laptop apply the same way — the
county and the station's other laptops, also for records that arrive later.

What stays: what the monthly figures need, anonymous (ids, dates, domains, stages, amounts,
the person's target groups and household link; `app.protocol.erasures` lists the fields
blanked per kind), and an audit entry naming the erasure, its ground and the user, never the
data. This laptop's export files about the person (answers to access requests, printed case
files, in every user's export folder) are deleted too. A live person (and a household erased with its last member) is tombstoned at the
instant of the erasure (`erased_at` == `deleted_at`): lists, search and reports of persons no
longer show them, and the monthly figures still count them anonymously, so the figures before
and after are equal.

Where the personal data is: `app.sync.erasures.HOLDERS` (every holder inside the store; a new
holder such as attachments is one more entry there). Who may: a supervisor or the admin,
after confirming.

    erase_person(workspace, person_id, ground, confirmed=True) -> Created(erasure id, changes)
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import N_, NotFound, ValidationError
from app.models import (SYNCED_MODELS, CaseFile, Erasure, Household, Person, RecordMerge,
                        utc_now)
from app.models.rights import ERASURE_GROUNDS
from app.protocol.erasures import BLANK, FREE_TEXT, Erased, redact, with_merged
from app.services.workspace import Changes, Created, Workspace
from app.sync.erasures import apply_erasures, records_about

# The lawful grounds (PIPL art. 47), shown translated in context "Core".
GROUND_TEXT = {
    "purpose_achieved": N_("The purpose of processing is achieved or no longer needed"),
    "retention_expired": N_("The retention period has ended or the service has stopped"),
    "consent_withdrawn": N_("The person withdrew consent"),
    "unlawful_processing": N_("The data was processed against laws or regulations"),
    "agreement_violation": N_("The data was processed against what was agreed"),
}
assert tuple(GROUND_TEXT) == ERASURE_GROUNDS


def erasure_grounds() -> list[tuple[str, str]]:
    """(code, English source text) of each lawful ground, in order (translate the text)."""
    return [(code, GROUND_TEXT[code]) for code in ERASURE_GROUNDS]


def erase_person(workspace: Workspace, person_id: str, ground: str, *,
                 confirmed: bool = False) -> Created:
    """Erase one person's personal data on a lawful `ground` (a code of
    `erasure_grounds()`), in one transaction. The household goes with the person when no
    other live member is left in it. Returns the `Erasure` id and what changed.

    Errors: PermissionDenied (not a supervisor or admin), ValidationError (field "ground",
    or "confirmed" when not confirmed), NotFound (no such person, or already erased)."""
    workspace.require_role("supervisor", "admin")
    if ground not in ERASURE_GROUNDS:
        raise ValidationError(N_("Please choose the lawful ground of this erasure."),
                              field="ground")
    if not confirmed:
        raise ValidationError(N_("Please confirm the erasure: it cannot be undone."),
                              field="confirmed")
    with workspace.write() as session:
        person = session.get(Person, person_id or "")
        if person is None or person.erased_at is not None:
            raise NotFound(N_("This record no longer exists."))
        household_id = _household_going_too(session, person)
        erased = Erased({person.id}, {household_id} if household_id else set())
        merges = session.execute(select(RecordMerge.__table__)).mappings().all()
        with_merged(erased, [dict(m) for m in merges])  # their merged-away duplicates too
        erased.cases = erased_in_cases(session, erased)
        erased.about = records_about(session, erased)
        terms = [t for t in (person.name_zh, person.name_bo, person.name_latin,
                             person.id_number, person.phone) if t and len(t) >= 2]
        now = utc_now()
        changes = _scrub_logged(session, erased, now)
        session.flush()
        redacted, more = _redact_mentions(session, workspace.station_id, terms)
        erased.redacted, erased.terms = set(redacted), terms
        changes |= more
        session.flush()
        erasure = Erasure(station_id=workspace.station_id, person_id=person.id,
                          household_id=household_id or "", ground=ground,
                          erased_by=workspace.user_id, redacted=sorted(redacted))
        session.add(erasure)
        session.flush()
        apply_erasures(session, erased)  # old versions, search keys, drafts, sync copies
        workspace.audit(session, "person.erased", "person", person.id,
                        {"ground": ground, "erasure": erasure.id,
                         "household": household_id or ""})
        case_numbers = [row.case_number for row in session.scalars(select(CaseFile).where(
            CaseFile.id.in_(sorted(erased.cases))))]
    remove_exports(workspace, person.id, case_numbers)
    return Created(erasure.id, changes | Changes(frozenset({"person", "erasure"}),
                                                 frozenset({person_id, erasure.id})))


def remove_exports(workspace: Workspace, person_id: str, case_numbers: list[str]) -> int:
    """Delete this laptop's export files about the person (every user's export folder):
    answers to their access requests and printed case files of their cases. Returns how many.
    Files copied elsewhere are the user's to delete (the user guide says so)."""
    from pathlib import Path

    from app.services.exports import EXPORTS_DIRNAME

    root = Path(workspace.data_dir) / EXPORTS_DIRNAME
    patterns = [f"access-request-{person_id[-8:]}-*"] + [f"case-{number}-*" for number in
                                                         case_numbers if number]
    removed = 0
    for folder in (root.iterdir() if root.is_dir() else ()):
        for pattern in patterns:
            for path in folder.glob(pattern) if folder.is_dir() else ():
                if path.is_file():
                    path.unlink()
                    removed += 1
    return removed


def erased_in_cases(session: Session, erased: Erased) -> set[str]:
    return set(session.scalars(select(CaseFile.id).where(
        CaseFile.person_id.in_(sorted(erased.persons)))))


def _household_going_too(session: Session, person: Person) -> str | None:
    """The person's household when nobody else lives in it (live members other than them)."""
    household = session.get(Household, person.household_id)
    if household is None or household.merged_into:
        return None
    other = session.scalar(select(Person.id).where(
        Person.household_id == household.id, Person.id != person.id,
        Person.deleted_at.is_(None)).limit(1))
    return None if other else household.id


def _redact_mentions(session: Session, station_id: str,
                     terms: list[str]) -> tuple[list[str], Changes]:
    """Every other record whose free text (`FREE_TEXT`) names the person — a visit note, a
    relative's notes, an activity's title — gets the mention replaced by ＊＊ (logged, so the
    redacted text travels). Returns the ids and what changed."""
    from sqlalchemy import or_

    ids, changes = [], Changes()
    if not terms:
        return ids, changes
    for kind, names in FREE_TEXT.items():
        model = SYNCED_MODELS[kind]
        columns = [getattr(model, name) for name in names]
        rows = session.scalars(select(model).where(or_(*(
            column.contains(term, autoescape=True) for column in columns for term in terms))))
        for row in rows:
            for name in names:
                text = getattr(row, name) or ""
                cleaned = redact(text, terms)
                if cleaned != text:
                    setattr(row, name, cleaned)
            ids.append(row.id)
            changes |= Changes.of(kind, row.id)
    return ids, changes


def _scrub_logged(session: Session, erased: Erased, now) -> Changes:
    """Blank the records through the ORM, so the blanked fields travel to the county as
    ordinary changes (logged), and tombstone the person (and household) at `now`."""
    changes = Changes()
    for kind, ids in erased.about.items():
        model = SYNCED_MODELS[kind]
        for row in session.scalars(select(model).where(model.id.in_(sorted(ids)))):
            for name, blank in BLANK[kind].items():
                if getattr(row, name) != blank:
                    setattr(row, name, blank)
            if kind in ("person", "household"):
                row.erased_at = now
                if row.deleted_at is None:
                    row.deleted_at = now  # same instant: still counted, anonymously
            changes |= Changes.of(kind, row.id)
    return changes
