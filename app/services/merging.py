"""Merge duplicates: two records of one person, or of one household, become one.

The worker picks the surviving value field by field; visits, case files, attendance, resource
links and tasks of the merged-away record move to the survivor; the merged-away record is
tombstoned "merged into" the survivor (both histories stay). A `RecordMerge` record travels
with the changes, so the county and every other laptop apply the same merge, also to records
made offline elsewhere that still name the merged-away id (app.protocol.merges).

Merge suggestions: people who share an ID number (e.g. registered on two laptops offline).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import N_, ValidationError
from app.models import Person, RecordMerge, utc_now
from app.models import SYNCED_MODELS
from app.services.corrections import live, require_may_edit
from app.services.workspace import Changes, Workspace
from app.protocol.merges import REFERENCES

PERSON_FIELDS = ("name_zh", "name_bo", "name_latin", "sex", "birth_date", "id_number", "phone",
                 "target_groups", "notes", "relation")
HOUSEHOLD_FIELDS = ("village_id", "address_zh", "address_bo", "phone", "notes")
FIELDS = {"person": PERSON_FIELDS, "household": HOUSEHOLD_FIELDS}


def _repoint(session: Session, kind: str, merged_id: str, survivor_id: str) -> Changes:
    """Point every live reference to `merged_id` at `survivor_id`, as logged ORM edits."""
    changes = Changes()
    for referring, fields in REFERENCES[kind].items():
        model = SYNCED_MODELS[referring]
        for name in fields:
            column = getattr(model, name)
            rows = list(session.scalars(select(model).where(column == merged_id,
                                                            model.deleted_at.is_(None))))
            for row in rows:
                setattr(row, name, survivor_id)
            if rows:
                changes |= Changes(frozenset({referring}), frozenset(r.id for r in rows))
    return changes


def merge_records(workspace: Workspace, kind: str, survivor_id: str, merged_id: str,
                  chosen: dict[str, str] | None = None) -> tuple[str, Changes]:
    """Merge `merged_id` into `survivor_id` (both persons or both households). `chosen` maps
    a field to "merged" to take the merged-away record's value (default: the survivor's).
    Returns the merge id. Errors: ValidationError (field "merged_id"/"chosen"),
    PermissionDenied (the user may not change one of them), NotFound."""
    if kind not in FIELDS:
        raise ValidationError(N_("Only persons and households can be merged."), field="kind")
    chosen = dict(chosen or {})
    unknown = set(chosen) - set(FIELDS[kind])
    if unknown or any(v not in ("survivor", "merged") for v in chosen.values()):
        raise ValidationError(N_("There is no field %1 in this record."),
                              ", ".join(sorted(unknown)) or "?", field="chosen")
    if survivor_id == merged_id:
        raise ValidationError(N_("Choose two different records to merge."), field="merged_id")
    with workspace.write() as session:
        survivor = live(session, kind, survivor_id)
        merged = live(session, kind, merged_id)
        require_may_edit(workspace, session, kind, survivor)
        require_may_edit(workspace, session, kind, merged)
        taken = {name: getattr(merged, name) for name, side in chosen.items()
                 if side == "merged"}
        merged.deleted_at, merged.merged_into = utc_now(), survivor.id
        session.flush()  # the ID number is free for the survivor once the other is gone
        if kind == "person":
            if taken.get("relation") == "head" and survivor.household_id != merged.household_id:
                taken.pop("relation")  # never a second head in the survivor's household
            for name, value in taken.items():
                setattr(survivor, name, value)
            if "target_groups" not in taken:  # groups are facts about the person: keep both
                survivor.target_groups = sorted(set(survivor.target_groups or [])
                                                | set(merged.target_groups or []))
        else:
            for name, value in taken.items():
                setattr(survivor, name, value)
        changes = _repoint(session, kind, merged.id, survivor.id)
        if kind == "household":
            heads = [p for p in session.scalars(select(Person).where(
                Person.household_id == survivor.id, Person.relation == "head",
                Person.deleted_at.is_(None))).all()]
            for extra in heads[1:]:  # one head: the survivor's keeps it
                extra.relation = "other"
        session.flush()
        from app.services.households import refresh_search_keys

        if kind == "person":
            refresh_search_keys(session, merged)
            refresh_search_keys(session, survivor)
        merge = RecordMerge(station_id=workspace.station_id, kind=kind, survivor_id=survivor.id,
                            merged_id=merged.id, merged_by=workspace.user_id,
                            taken=sorted(taken))
        session.add(merge)
        session.flush()
        workspace.audit(session, f"{kind}.merged", kind, merged.id,
                        {"into": survivor.id, "chosen": chosen})
    return merge.id, changes | Changes(frozenset({kind, "merge"}),
                                       frozenset({survivor_id, merged_id, merge.id}))


def apply_remote_merges(session: Session, redirects: dict[str, str]) -> int:
    """On a device: point local rows that still name a merged-away id at the survivor (plain
    SQL, not logged: the county applies the same rule to the copies it sends). Returns the
    number of rows changed."""
    count = 0
    for refs in REFERENCES.values():
        for referring, fields in refs.items():
            table = SYNCED_MODELS[referring].__table__
            for name in fields:
                column = table.c[name]
                for merged_id, survivor_id in redirects.items():
                    count += session.execute(update(table).where(column == merged_id)
                                             .values({name: survivor_id})).rowcount or 0
    return count


@dataclass(frozen=True)
class MergeSuggestion:
    id_number: str
    person_ids: tuple[str, ...]  # oldest registered first
    names: tuple[str, ...]


def merge_suggestions(workspace: Workspace, limit: int = 100) -> list[MergeSuggestion]:
    """Live people who share an ID number (the same person registered twice)."""
    with workspace.read() as session:
        numbers = session.scalars(select(Person.id_number).where(
            Person.id_number.is_not(None), Person.deleted_at.is_(None))
            .group_by(Person.id_number).having(func.count() > 1).limit(limit)).all()
        found = []
        for number in numbers:
            people = session.scalars(select(Person).where(
                Person.id_number == number, Person.deleted_at.is_(None)).order_by(Person.id)).all()
            found.append(MergeSuggestion(number, tuple(p.id for p in people),
                                         tuple(" ".join(x for x in (p.name_zh, p.name_bo) if x)
                                               for p in people)))
        return found


def merge_sides(workspace: Workspace, kind: str, survivor_id: str,
                merged_id: str) -> list[tuple[str, str, str]]:
    """(field, survivor's value, merged-away record's value) for the fields that differ,
    as display text, for the merge form."""
    from app.services.history import _Formatter

    with workspace.read() as session:
        survivor = session.get(SYNCED_MODELS[kind], survivor_id)
        merged = session.get(SYNCED_MODELS[kind], merged_id)
        if survivor is None or merged is None:
            raise ValidationError(N_("Choose two different records to merge."), field="merged_id")
        fmt = _Formatter(session, workspace.language)
        rows = []
        for name in FIELDS[kind]:
            ours, theirs = getattr(survivor, name), getattr(merged, name)
            if ours != theirs:
                rows.append((name, fmt.value(name, ours), fmt.value(name, theirs)))
        return rows
