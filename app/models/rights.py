"""People's rights over their data (PIPL): erasures of a person, and the station's own
policies (retention) that every laptop of the station shares."""
from __future__ import annotations

import uuid

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord

# The lawful grounds of an erasure (PIPL art. 47), as codes; their text is translated.
ERASURE_GROUNDS = ("purpose_achieved", "retention_expired", "consent_withdrawn",
                   "unlawful_processing", "agreement_violation")


class Erasure(SyncedRecord, Base):
    """A person's personal data was erased on a lawful ground: the record of the erasure,
    never of the data. Synced and append-only: the county and every laptop apply the same
    rule (app.protocol.erasures) to what they hold, also to records that arrive later.
    `household_id` is set when the person's household was erased with them (they were its
    last member), else ""."""

    __tablename__ = "erasure"
    __sync_kind__ = "erasure"
    __append_only__ = True

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    person_id: Mapped[str] = mapped_column(String(36), index=True)
    household_id: Mapped[str] = mapped_column(String(36), default="")
    ground: Mapped[str] = mapped_column(String(32))
    erased_by: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    # ids of other records whose free text named the person (redacted where it was made):
    # every holder replaces the old versions' text of these records with the redacted text
    redacted: Mapped[list[str]] = mapped_column(JSON, default=list)


def station_setting_id(station_id: str, key: str) -> str:
    """The same record id for one setting of one station on every laptop (so two laptops
    setting it edit one record, merged field by field, instead of making two)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"station-ledger:setting:{station_id}:{key}"))


class StationSetting(SyncedRecord, Base):
    """A setting of scope "station" (app.services.settings): one per key, synced, changed by
    the station admin only (the county checks it)."""

    __tablename__ = "station_setting"
    __sync_kind__ = "station_setting"

    station_id: Mapped[str] = mapped_column(ForeignKey("org_unit.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(200), default="")
