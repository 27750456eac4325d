"""A store follows erasures (app.protocol.erasures): the holders of personal data inside the
station's store, scrubbed in the caller's transaction. Mechanism, used the same way by the
erasure use case on the laptop where it is made (`app.services.erasure`) and by the inbox for
erasures made elsewhere (and for records that arrive after an erasure).

**Every holder of personal data is listed in `HOLDERS`** (a tuple of functions
`holder(session, erased) -> int`, the number of rows changed); a new kind of data about a
person (e.g. attachments) adds its function there and nowhere else. The access request
(`app.services.access_request.HOLDERS`) lists what it reports in the same way.
"""
from __future__ import annotations

import json

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS, Attachment, CaseFile, Erasure, RecordMerge
from app.models.attachments import purge_attachments
from app.models.people import PersonSearchKey
from app.models.sync_state import SyncConflict, SyncQuarantine
from app.models.system import ChangeLogEntry, Draft
from app.protocol.erasures import (BLANK, FREE_TEXT, Erased, erased_of, is_about, scrub,
                                   with_merged)


def erased_in(session: Session) -> Erased:
    """Every erasure this store holds, with the case files of the erased persons."""
    rows = session.execute(select(Erasure.__table__)).mappings().all()
    erased = erased_of([dict(row) for row in rows])
    if erased:
        merges = session.execute(select(RecordMerge.__table__)).mappings().all()
        with_merged(erased, [dict(m) for m in merges])
    if erased.persons:
        erased.cases |= set(session.scalars(select(CaseFile.id).where(
            CaseFile.person_id.in_(sorted(erased.persons)))))
    return erased


def _candidates(session: Session, kind: str, erased: Erased) -> list:
    """The rows of `kind` that may be about an erased person (then checked by `is_about`)."""
    model = SYNCED_MODELS[kind]
    table = model.__table__
    ids = {"person": erased.persons, "household": erased.households}
    if kind in ids:
        return list(session.execute(select(table).where(table.c.id.in_(sorted(ids[kind]))))
                    .mappings())
    conditions = []
    for name, wanted in (("person_id", erased.persons), ("household_id", erased.households),
                         ("case_id", erased.cases), ("record_id", erased.record_ids)):
        if name in table.c and wanted:
            conditions.append(table.c[name].in_(sorted(wanted)))
    if not conditions:
        return []
    from sqlalchemy import or_

    return list(session.execute(select(table).where(or_(*conditions))).mappings())


def scrub_records(session: Session, erased: Erased) -> int:
    """The records themselves, in plain SQL (not logged as local edits: the county applies
    the same rule to its copies). Returns the number of rows changed."""
    count = 0
    for kind in BLANK:
        model = SYNCED_MODELS[kind]
        table = model.__table__
        for row in _candidates(session, kind, erased):
            values = {name: row[name] for name in BLANK[kind]}
            if scrub(kind, row["id"], values, erased):
                count += session.execute(update(table).where(table.c.id == row["id"])
                                         .values(values)).rowcount or 0
    return count


def records_about(session: Session, erased: Erased) -> dict[str, set[str]]:
    """{kind: ids} of the records in the store about the erased persons."""
    return {kind: {row["id"] for row in _candidates(session, kind, erased)
                   if is_about(kind, row["id"], dict(row), erased)} for kind in BLANK}


def scrub_change_log(session: Session, erased: Erased) -> int:
    """Every change-log snapshot of those records, old versions included (the log is what
    history shows and what is sent: no old name survives in it)."""
    ids = sorted(set().union(*erased.about.values()) | erased.record_ids)
    rows = []
    for start in range(0, len(ids), 500):
        rows += session.execute(select(ChangeLogEntry.seq, ChangeLogEntry.kind,
                                       ChangeLogEntry.record_id, ChangeLogEntry.snapshot)
                                .where(ChangeLogEntry.record_id.in_(ids[start:start + 500]))
                                ).all()
    count = 0
    for seq, kind, record_id, snapshot in rows:
        snapshot = dict(snapshot or {})
        if scrub(kind, record_id, snapshot, erased):
            session.execute(update(ChangeLogEntry).where(ChangeLogEntry.seq == seq)
                            .values(snapshot=snapshot))
            count += 1
    return count


def scrub_search_keys(session: Session, erased: Erased) -> int:
    """The search keys (names, pinyin, ID number) of the erased persons."""
    if not erased.persons:
        return 0
    return session.execute(delete(PersonSearchKey).where(
        PersonSearchKey.person_id.in_(sorted(erased.persons)))).rowcount or 0


def scrub_drafts(session: Session, erased: Erased) -> int:
    """Drafts of forms about those records (by record, naming one of their ids, or — where
    the erasure is made — holding the person's name, ID number or phone)."""
    ids = erased.record_ids
    count = 0
    for draft in session.scalars(select(Draft)):
        text = json.dumps(draft.payload or {}, ensure_ascii=False)
        if draft.record_id in ids or any(i in text for i in ids) \
                or any(term in text for term in erased.terms):
            session.delete(draft)
            count += 1
    return count


def scrub_sync_inbox(session: Session, erased: Erased) -> int:
    """Copies kept by sync: refused or waiting changes (quarantine) and conflict values."""
    count = 0
    for row in session.scalars(select(SyncQuarantine).where(
            SyncQuarantine.kind.in_(sorted(BLANK)))):
        snapshot = dict(row.snapshot or {})
        if scrub(row.kind, row.record_id, snapshot, erased):
            row.snapshot = snapshot
            count += 1
    for row in session.scalars(select(SyncConflict).where(SyncConflict.kind.in_(sorted(BLANK)))):
        blank = BLANK[row.kind].get(row.field, ...)
        if blank is ... or row.record_id not in erased.about.get(row.kind, ()):
            continue
        row.current_value = row.proposed_value = blank
        row.resolved_at = row.resolved_at or row.detected_at
        count += 1
    return count


def scrub_redacted_history(session: Session, erased: Erased) -> int:
    """Other records whose free text named the person (redacted where the erasure was made,
    `Erasure.redacted`): their old change-log versions and sync copies take the redacted
    text the record holds now."""
    ids = sorted(erased.redacted)
    count = 0
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        now: dict[str, dict] = {}
        for kind, names in FREE_TEXT.items():
            table = SYNCED_MODELS[kind].__table__
            for row in session.execute(select(table).where(table.c.id.in_(part))).mappings():
                now[row["id"]] = {name: row[name] for name in names}
        for entry in session.scalars(select(ChangeLogEntry).where(
                ChangeLogEntry.record_id.in_(part))):
            current = now.get(entry.record_id)
            snapshot = dict(entry.snapshot or {})
            if current and any(n in snapshot and snapshot[n] != v for n, v in current.items()):
                snapshot.update({n: v for n, v in current.items() if n in snapshot})
                entry.snapshot = snapshot
                count += 1
        for row in session.scalars(select(SyncQuarantine).where(
                SyncQuarantine.record_id.in_(part))):
            current = now.get(row.record_id)
            if current:
                row.snapshot = {**(row.snapshot or {}),
                                **{n: v for n, v in current.items() if n in (row.snapshot or {})}}
                count += 1
    return count


def purge_attached_files(session: Session, erased: Erased) -> int:
    """Files attached to the person, their household, their case files or any record about
    them (`erased.about`): metadata, change-log snapshots and content erased for good
    (app.models.attachments.purge_attachments; the county erases its copy likewise)."""
    owners = {"person": erased.persons, "household": erased.households,
              "case_file": erased.cases, **erased.about}
    ids: list[str] = []
    for kind, wanted in owners.items():
        wanted = sorted(wanted)
        for start in range(0, len(wanted), 500):
            ids += session.scalars(select(Attachment.id).where(
                Attachment.owner_kind == kind,
                Attachment.owner_id.in_(wanted[start:start + 500])))
    return purge_attachments(session, ids)


# Every holder of personal data in the store (see the module's docstring).
HOLDERS = (scrub_records, scrub_change_log, scrub_search_keys, scrub_drafts, scrub_sync_inbox,
           scrub_redacted_history, purge_attached_files)


def apply_erasures(session: Session, erased: Erased | None = None) -> int:
    """Scrub every holder for `erased` (default: every erasure in the store). Idempotent.
    Returns the number of rows changed."""
    erased = erased_in(session) if erased is None else erased
    if not erased:
        return 0
    erased.about = records_about(session, erased)
    return sum(holder(session, erased) for holder in HOLDERS)
