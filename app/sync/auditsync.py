"""The device's side of anchoring its audit log at the county: the key made at enrolment, the
entries that travel with each parcel, and what the county answered about them.

Arithmetic in app.security.auditchain; the county's check in app.server.audit.
"""
from __future__ import annotations

import base64
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.system import AuditEntry, Meta
from app.security.auditchain import AUDIT_KEY, AUDIT_KEY_SEQ, GENESIS_HASH, tag

AUDIT_SENT_SEQ = "audit_sent_seq"  # entries up to here are in a parcel
AUDIT_ACKED_SEQ = "audit_acked_seq"  # … and up to here the county has checked
AUDIT_COUNTY = "audit_county_verdict"  # the county's last word on this log (JSON)
MAX_AUDIT_PER_PARCEL = 5000  # a long log goes out over several parcels ("more")


def _get(session: Session, key: str, default: str = "") -> str:
    row = session.get(Meta, key)
    return row.value if row is not None and row.value is not None else default


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def anchor_audit_key(session: Session, key: bytes) -> tuple[int, str]:
    """Start the audit key at the newest entry (at enrolment); returns that entry's (seq,
    hash) — the anchor the county is told with the key."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, hash_ = (last.seq, last.hash) if last else (0, GENESIS_HASH)
    _set(session, AUDIT_KEY, base64.b64encode(key).decode())
    _set(session, AUDIT_KEY_SEQ, str(seq))
    return seq, hash_


def audit_entries_after(session: Session, seq: int, limit: int | None = None) -> list[dict]:
    """The entries after `seq` (at most `limit`), oldest first, as they travel."""
    return [{"seq": e.seq, "at": e.at.isoformat(), "actor_id": e.actor_id,
             "device_id": e.device_id, "action": e.action, "target_kind": e.target_kind,
             "target_id": e.target_id, "details": e.details, "prev_hash": e.prev_hash,
             "hash": e.hash}
            for e in session.scalars(select(AuditEntry).where(AuditEntry.seq > seq)
                                     .order_by(AuditEntry.seq).limit(limit))]




def pack_audit(session: Session) -> dict | None:
    """The next audit entries not yet in a parcel (at most MAX_AUDIT_PER_PARCEL; `more` when
    others follow), with the seq and tag of the current key; None when there are none.
    Marks them as packed (in the caller's transaction)."""
    after = int(_get(session, AUDIT_SENT_SEQ, "0"))
    entries = audit_entries_after(session, after, MAX_AUDIT_PER_PARCEL + 1)
    if not entries:
        return None
    more = len(entries) > MAX_AUDIT_PER_PARCEL
    entries = entries[:MAX_AUDIT_PER_PARCEL]
    _set(session, AUDIT_SENT_SEQ, str(entries[-1]["seq"]))
    key = _get(session, AUDIT_KEY)
    key_seq = int(_get(session, AUDIT_KEY_SEQ, "0"))
    return {"entries": entries, "more": more, "key_seq": key_seq,
            "tag": tag(base64.b64decode(key), key_seq) if key else ""}


def audit_pending(session: Session) -> bool:
    after = int(_get(session, AUDIT_SENT_SEQ, "0"))
    return session.scalar(select(AuditEntry.seq).where(AuditEntry.seq > after).limit(1)) \
        is not None


def unpack_audit(session: Session) -> None:
    """A parcel was discarded unseen: its audit entries go out again with the next one."""
    _set(session, AUDIT_SENT_SEQ, _get(session, AUDIT_ACKED_SEQ, "0"))


def note_county_verdict(session: Session, verdict: dict | None) -> None:
    """Keep what the county's receipt said about the audit log (shown by `verify`)."""
    if not isinstance(verdict, dict):
        return
    if verdict.get("ok") and isinstance(verdict.get("upto"), int):
        _set(session, AUDIT_ACKED_SEQ, str(verdict["upto"]))
    _set(session, AUDIT_COUNTY, json.dumps(verdict, ensure_ascii=False))


def county_verdict(session: Session) -> dict | None:
    text = _get(session, AUDIT_COUNTY)
    return json.loads(text) if text else None
