"""A device follows merges made elsewhere: local rows that still name a merged-away id are
pointed at the survivor (app.protocol.merges names the references). Mechanism for the inbox;
the merge use case itself is `app.services.merging`.
"""
from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS
from app.protocol.merges import REFERENCES


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
