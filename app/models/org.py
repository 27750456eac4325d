"""Organisation units (county → township station → village/community) and users."""
from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord

ORG_KINDS = ("county", "station", "village")
ROLES = ("worker", "supervisor", "admin")


class OrgUnit(SyncedRecord, Base):
    __tablename__ = "org_unit"
    __sync_kind__ = "org_unit"

    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    code: Mapped[str] = mapped_column(String(32), default="")
    name_zh: Mapped[str] = mapped_column(String(100))
    name_bo: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")


class User(SyncedRecord, Base):
    """A person who signs in. Passwords are not here: see app.security.keyring."""

    __tablename__ = "app_user"
    __sync_kind__ = "user"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    larger_text: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
