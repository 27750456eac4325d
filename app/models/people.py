"""Households, their members, and the search keys that find a person by any script."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord

SEXES = ("M", "F", "U")
RELATIONS = ("head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other")
# A person who left the household's life: not deleted (their records stay), but out of the
# active lists and of the figures from `status_on`.
PERSON_STATUSES = ("", "deceased", "moved_away")
# Consent (PIPL): who gave it and for which purposes ("" = not recorded).
CONSENT_GIVERS = ("", "self", "guardian", "other")
CONSENT_PURPOSES = ("services", "case_records", "referral", "county_reporting", "photos")


class Household(SyncedRecord, Base):
    __tablename__ = "household"
    __sync_kind__ = "household"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    village_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    address_zh: Mapped[str] = mapped_column(String(200), default="")
    address_bo: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    merged_into: Mapped[str | None] = mapped_column(String(36))  # set with the tombstone
    # Set when erased with its last member (app.services.erasure): see Person.erased_at.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)


class Person(SyncedRecord, Base):
    __tablename__ = "person"
    __sync_kind__ = "person"
    __table_args__ = (
        # Not unique: one person registered offline on two laptops is a duplicate to merge
        # (app.services.households refuses a number already on this laptop).
        Index(
            "ix_person_id_number_live",
            "id_number",
            sqlite_where=text("id_number IS NOT NULL AND deleted_at IS NULL"),
        ),
        # The live people newest first with their status, from the index alone: a search
        # walks it (and counts from it) without reading each person's row (migration 0009).
        Index("ix_person_live_id", "id", "status", sqlite_where=text("deleted_at IS NULL")),
    )

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    relation: Mapped[str] = mapped_column(String(16), default="other")
    name_zh: Mapped[str] = mapped_column(String(60), default="")
    name_bo: Mapped[str] = mapped_column(String(120), default="")
    name_latin: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[str] = mapped_column(String(1), default="U")
    birth_date: Mapped[str] = mapped_column(String(10), default="")  # "1958", "1958-03", "1958-03-07"
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str] = mapped_column(String(20), default="")
    target_groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="", server_default="")
    status_on: Mapped[date | None] = mapped_column(Date)
    merged_into: Mapped[str | None] = mapped_column(String(36))  # set with the tombstone
    consent_by: Mapped[str] = mapped_column(String(16), default="", server_default="")
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_purposes: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Set by an erasure (app.services.erasure): the personal fields are gone; a person who
    # was live is tombstoned at this same instant and still counted, anonymously, in figures.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime)


class PersonSearchKey(Base):
    """Derived, local only: one row per way a person can be found (name, pinyin, Wylie ...)."""

    __tablename__ = "person_search_key"
    # a prefix range of keys gives its people from the index alone (migration 0009)
    __table_args__ = (Index("ix_person_search_key_key_person", "key", "person_id"),)

    person_id: Mapped[str] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
