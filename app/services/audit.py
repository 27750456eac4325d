"""The audit log: append-only and hash-chained, so a removed or edited entry is detectable.

Each entry's hash covers the previous entry's hash and the entry's own content in a
canonical JSON form. Written in the caller's transaction (one transaction per use case).
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import utc_now
from app.models.system import AuditEntry

GENESIS_HASH = "0" * 64


def _entry_hash(prev_hash: str, seq: int, at: datetime, actor_id, device_id, action,
                target_kind, target_id, details) -> str:
    body = json.dumps(
        [seq, at.isoformat(), actor_id, device_id, action, target_kind, target_id, details],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


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
