"""A device's own sync bookkeeping (local only, never synced): its enrollment with the county
server, the parcels it sent and their receipts, parcels it received, the conflict inbox, the
quarantine, and a short sync history for the plain-language sync panel."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utc_now


class SyncServer(Base):
    """The county server this device is enrolled with (one row, id "county")."""

    __tablename__ = "sync_server"

    id: Mapped[str] = mapped_column(String(16), primary_key=True, default="county")
    url: Mapped[str] = mapped_column(String(400), default="")
    county_box_public: Mapped[str] = mapped_column(String(64))  # base64 X25519
    county_sign_public: Mapped[str] = mapped_column(String(64))  # base64 Ed25519
    station_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    pull_cursor: Mapped[int] = mapped_column(Integer, default=0)
    batch_size: Mapped[int] = mapped_column(Integer, default=200)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")


class OutgoingParcel(Base):
    """A sealed parcel of this device's changes, kept byte for byte until its receipt."""

    __tablename__ = "sync_outgoing_parcel"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    change_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    receipt: Mapped[bytes | None] = mapped_column(LargeBinary)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class ReceivedParcel(Base):
    """A parcel from the county already applied (so a second copy changes nothing)."""

    __tablename__ = "sync_received_parcel"

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    after_seq: Mapped[int] = mapped_column(Integer)
    upto_seq: Mapped[int] = mapped_column(Integer)
    item_count: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SyncConflict(Base):
    """Two devices changed the same field: both values, until a person chooses."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the county's conflict id
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    current_value: Mapped[Any] = mapped_column(JSON)  # kept in the record for now
    proposed_value: Mapped[Any] = mapped_column(JSON)  # the other edit
    proposed_by_device: Mapped[str] = mapped_column(String(36), default="")
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)


class SyncQuarantine(Base):
    """A change the county refused (outgoing) or this device could not apply (incoming).

    An outgoing change stays pending (app.sync.outbox: held, sent again at the next sync);
    its row is closed (`dismissed_at`) when the county accepts it or a person discards it."""

    __tablename__ = "sync_quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))  # outgoing / incoming
    change_id: Mapped[str] = mapped_column(String(36), default="")
    kind: Mapped[str] = mapped_column(String(32), default="")
    record_id: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text)  # in English (the county's words)
    code: Mapped[str] = mapped_column(String(32), default="", server_default="")  # reasons.py
    args: Mapped[list | None] = mapped_column(JSON)  # the values of the reason's %1, %2
    snapshot: Mapped[dict] = mapped_column(JSON, default=dict)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncHistory(Base):
    """What sync did and what went wrong, for the sync panel (never pop-ups)."""

    __tablename__ = "sync_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    event: Mapped[str] = mapped_column(String(24))  # push / pull / error / enroll / export
    detail: Mapped[str] = mapped_column(Text, default="")
