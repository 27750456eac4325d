"""Case files (个案): intake → needs assessment → service plan → services → closure,
with the supervisor's reviews and the tasks a returned case creates for its worker."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord

CASE_STAGES = ("intake", "assessment", "planning", "service", "closure", "closed")
CASE_PREFIX_KEY = "case_prefix"  # meta: this device's letters in case numbers, given by the county
# meta: the letter a restored store had (its lost laptop's): no case numbers until it enrols again
RESTORED_PREFIX_KEY = "case_prefix_of_lost_device"
REVIEW_STATES = ("none", "submitted", "approved", "returned")
RISK_LEVELS = ("low", "medium", "high")


class CaseFile(SyncedRecord, Base):
    __tablename__ = "case_file"
    __sync_kind__ = "case_file"

    case_number: Mapped[str] = mapped_column(String(32), index=True)
    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    domain_code: Mapped[str] = mapped_column(String(48))
    stage: Mapped[str] = mapped_column(String(16), default="intake")
    review_state: Mapped[str] = mapped_column(String(16), default="none")
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    risk_level: Mapped[str] = mapped_column(String(8), default="low")
    intake_source: Mapped[str] = mapped_column(String(32), default="outreach")
    intake_reason: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    plan_goals: Mapped[str] = mapped_column(Text, default="")
    plan_actions: Mapped[str] = mapped_column(Text, default="")
    closure_reason: Mapped[str] = mapped_column(String(32), default="")
    closure_summary: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)


class CaseServiceRecord(SyncedRecord, Base):
    """One service delivered within a case. Append-only: never conflicts on merge."""

    __tablename__ = "case_service"
    __sync_kind__ = "case_service"
    __append_only__ = True

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    served_on: Mapped[date] = mapped_column(Date, index=True)
    item_code: Mapped[str] = mapped_column(String(48))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseReview(SyncedRecord, Base):
    """A supervisor's decision on a submitted stage. Append-only."""

    __tablename__ = "case_review"
    __sync_kind__ = "case_review"
    __append_only__ = True

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    stage: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(16))  # approved / returned
    comments: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class Task(SyncedRecord, Base):
    """Something a worker must do: fix a returned case, make a follow-up visit."""

    __tablename__ = "task"
    __sync_kind__ = "task"

    assignee_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # fix_case / follow_up
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
