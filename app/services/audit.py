"""The audit log: append-only and hash-chained, so a removed or edited entry is detectable.

Each entry's hash covers the previous entry's hash and the entry's own content in a
canonical JSON form. Written in the caller's transaction (one transaction per use case).
Once the device is enrolled, every new entry also advances the forward-secure audit key the
county holds a copy of (app.security.auditchain), so the county detects at the next sync a
log that was rewritten or cut here, even with the chain recomputed.
"""
from __future__ import annotations

import base64
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import utc_now
from app.models.system import AuditEntry, Meta
from app.security.auditchain import AUDIT_KEY, AUDIT_KEY_SEQ, GENESIS_HASH, entry_hash, ratchet


def _entry_hash(prev_hash: str, seq: int, at: datetime, actor_id, device_id, action,
                target_kind, target_id, details) -> str:
    return entry_hash(prev_hash, seq, at.isoformat(), actor_id, device_id, action,
                      target_kind, target_id, details)


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def _advance_key(session: Session, entry: AuditEntry) -> None:
    """Fold the new entry into the audit key (if the device is enrolled); the old key is
    overwritten in the same transaction."""
    row = session.get(Meta, AUDIT_KEY)
    if row is None or not row.value:
        return
    key = ratchet(base64.b64decode(row.value), entry.hash)
    row.value = base64.b64encode(key).decode()
    _set_meta(session, AUDIT_KEY_SEQ, str(entry.seq))


def record_audit(session: Session, *, action: str, actor_id: str | None, device_id: str,
                 target_kind: str = "", target_id: str = "", details: dict | None = None) -> AuditEntry:
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last.seq + 1, last.hash) if last else (1, GENESIS_HASH)
    at = utc_now()
    details = details or {}
    entry = AuditEntry(
        seq=seq, at=at, actor_id=actor_id, device_id=device_id, action=action,
        target_kind=target_kind, target_id=target_id, details=details, prev_hash=prev_hash,
        hash=_entry_hash(prev_hash, seq, at, actor_id, device_id, action, target_kind,
                         target_id, details),
    )
    session.add(entry)
    session.flush()
    _advance_key(session, entry)
    return entry


def verify_audit_chain(session: Session) -> int | None:
    """Return the seq of the first entry that breaks the chain, or None if it is intact."""
    prev_hash, expected_seq = GENESIS_HASH, 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        recomputed = _entry_hash(prev_hash, entry.seq, entry.at, entry.actor_id, entry.device_id,
                                 entry.action, entry.target_kind, entry.target_id, entry.details)
        if entry.seq != expected_seq or entry.prev_hash != prev_hash or entry.hash != recomputed:
            return entry.seq
        prev_hash, expected_seq = entry.hash, expected_seq + 1
    return None
