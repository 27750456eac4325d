"""What a station records: household visits, group/themed activities, resource links."""
from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord

ACTIVITY_KINDS = ("group", "themed", "community")


class Visit(SyncedRecord, Base):
    """入户走访: one household visit with the service items delivered."""

    __tablename__ = "visit"
    __sync_kind__ = "visit"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date, index=True)
    domain_code: Mapped[str] = mapped_column(String(48))
    service_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    people_served: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)


class Activity(SyncedRecord, Base):
    """小组活动 / 主题活动 / 社区活动 with a roster of registered people or a headcount."""

    __tablename__ = "activity"
    __sync_kind__ = "activity"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    village_id: Mapped[str | None] = mapped_column(ForeignKey("org_unit.id"))
    organiser_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(16))
    domain_code: Mapped[str] = mapped_column(String(48))
    service_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    headcount: Mapped[int] = mapped_column(Integer, default=0)  # when names are not known
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(SyncedRecord, Base):
    __tablename__ = "attendance"
    __sync_kind__ = "attendance"
    __append_only__ = True

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)


class ResourceLink(SyncedRecord, Base):
    """资源链接: who or what was linked to whom; money in fen (1/100 yuan) and/or in kind."""

    __tablename__ = "resource_link"
    __sync_kind__ = "resource_link"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    linked_on: Mapped[date] = mapped_column(Date, index=True)
    domain_code: Mapped[str] = mapped_column(String(48))
    source_code: Mapped[str] = mapped_column(String(48))
    provider_name: Mapped[str] = mapped_column(String(200))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    money_fen: Mapped[int] = mapped_column(Integer, default=0)
    in_kind_description: Mapped[str] = mapped_column(String(400), default="")
    in_kind_value_fen: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class ContractTarget(SyncedRecord, Base):
    """A yearly target of the station's government-purchased service contract (e.g. 1,200
    households visited, 40 case files), against which the monthly summary shows progress."""

    __tablename__ = "contract_target"
    __sync_kind__ = "contract_target"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(String(32))  # visits / case_files / group_activities ...
    domain_code: Mapped[str] = mapped_column(String(48), default="")  # "" = all domains
    target: Mapped[int] = mapped_column(Integer)


class RecordMerge(SyncedRecord, Base):
    """Two records of one person (or household) merged into one: `merged_id` was tombstoned
    "merged into" `survivor_id`, and everything that pointed to it now points to the survivor.
    Synced and append-only: every laptop and the county apply it the same way, also to
    records that arrive later naming the merged-away id (app.protocol.merges)."""

    __tablename__ = "record_merge"
    __sync_kind__ = "merge"
    __append_only__ = True

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # person / household
    survivor_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    taken: Mapped[list[str]] = mapped_column(JSON, default=list)  # fields from the merged one


class DeletionNote(SyncedRecord, Base):
    """Why a record was deleted (the reason a person must give), synced so the record's
    history shows it on every laptop and at the county. Append-only."""

    __tablename__ = "deletion_note"
    __sync_kind__ = "deletion_note"
    __append_only__ = True

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    deleted_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
