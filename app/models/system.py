"""Bookkeeping tables: the change log (outbox), the audit chain, drafts, key/value meta."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id, utc_now


class ChangeLogEntry(Base):
    """One change to one synced record, written in the same transaction as the change."""

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    hlc: Mapped[str] = mapped_column(String(40), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    author_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))  # insert / update / delete
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)  # what this change touched
    snapshot: Mapped[dict] = mapped_column(JSON, default=dict)  # the record after the change
    parcel_seq: Mapped[int | None] = mapped_column(Integer, index=True)  # set when packed
    acked_at: Mapped[datetime | None] = mapped_column(DateTime)  # set on a signed receipt


class AuditEntry(Base):
    """Append-only, hash-chained: who did what, when (changes, sign-ins, exports)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(48))
    target_kind: Mapped[str] = mapped_column(String(32), default="")
    target_id: Mapped[str] = mapped_column(String(36), default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """A form being filled in, kept inside the encrypted store so nothing is lost on a crash."""

    __tablename__ = "draft"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    form: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), default="")  # "" for a new record
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Meta(Base):
    """Device-level values by key: the settings of scope "device" (app/services/settings.py),
    the station id, clock state. Never the device's identity or keys (`DeviceIdentity`)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeviceIdentity(Base):
    """This device's identity and secret keys (one row, id 1), kept apart from settings:
    the device id, its Ed25519 signing and X25519 box key pairs (base64), and the county's
    recovery public key the station's data key is sealed to."""

    __tablename__ = "device_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    sign_private: Mapped[str] = mapped_column(Text)
    sign_public: Mapped[str] = mapped_column(Text)
    box_private: Mapped[str] = mapped_column(Text)
    box_public: Mapped[str] = mapped_column(Text)
    county_recovery_public: Mapped[str] = mapped_column(Text, default="")
