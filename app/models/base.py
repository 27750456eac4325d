"""Declarative base and the columns every synced record shares.

Every record that travels to the county carries a client-made UUIDv7 id, the hybrid logical
clock stamp of its last change (`hlc`), and a `deleted_at` tombstone instead of a hard delete.
"""
from __future__ import annotations

from datetime import datetime, timezone

import uuid6
from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A time-ordered UUIDv7 made on this device (unique without asking the server)."""
    return str(uuid6.uuid7())


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SyncedRecord:
    """Mixin for records that are written to the change log and synced to the county.

    `__sync_kind__` names the record kind on the wire; `__append_only__` kinds (visit notes,
    service records, payments) never conflict when merged.
    """

    __sync_kind__: str = ""
    __append_only__: bool = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    hlc: Mapped[str] = mapped_column(String(40), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
