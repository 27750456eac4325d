"""This laptop's clock against the county's: the correction the clock uses, and the warnings.

Every county answer carries the county's time (HTTP header `X-County-Time`, and the signed
receipt's `received_at`). `note_county_time` stores the difference (county minus laptop, in
ms, meta `county_clock_offset_ms`); when it is more than `CLOCK_WARN_MS` the device's hybrid
logical clock adds it to the laptop clock, so stamps follow the county even before someone
fixes the laptop, and `clock_check` tells the user. Typed dates are never changed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import or_, select

from app.models import ChangeLogEntry
from app.protocol import hlc
from app.protocol.hlc import CLOCK_WARN_MS, HlcTimestamp

OFFSET_KEY = "county_clock_offset_ms"


def county_offset_ms(store) -> int:
    """The correction the clock applies: county minus laptop time, 0 when within the warning
    threshold or never measured."""
    try:
        offset = int(store.get_meta(OFFSET_KEY) or 0)
    except ValueError:
        return 0
    return offset if abs(offset) > CLOCK_WARN_MS else 0


def parse_county_time(text: str | None) -> int | None:
    """Milliseconds since the epoch from the county's ISO time (naive = UTC), or None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp() * 1000)


def note_county_time(store, county_ms: int | None) -> None:
    """Remember how far the laptop clock is from the county's and correct the clock."""
    if county_ms is None:
        return
    offset = county_ms - hlc.wall_clock_ms()
    with store.transaction() as session:
        store.set_meta(session, OFFSET_KEY, str(offset))
    if store.clock is not None:
        store.clock.offset_ms = offset if abs(offset) > CLOCK_WARN_MS else 0


@dataclass(frozen=True)
class ClockCheck:
    """`county_offset_ms`: county minus laptop (None: never measured); `ahead_of_laptop_ms`:
    how far this device's last record is ahead of the laptop clock (0 when it is not)."""
    county_offset_ms: int | None
    ahead_of_laptop_ms: int

    @property
    def differs_from_county(self) -> bool:
        return self.county_offset_ms is not None and abs(self.county_offset_ms) > CLOCK_WARN_MS

    @property
    def earlier_than_newest_record(self) -> bool:
        return self.ahead_of_laptop_ms > CLOCK_WARN_MS

    @property
    def ok(self) -> bool:
        return not (self.differs_from_county or self.earlier_than_newest_record)


def clock_check(store) -> ClockCheck:
    """What the sign-in, Today line and Sync page warn about (one read)."""
    raw = store.get_meta(OFFSET_KEY)
    try:
        offset = int(raw) if raw is not None else None
    except ValueError:
        offset = None
    with store.session() as session:
        newest = session.scalar(select(ChangeLogEntry.hlc).where(
            ChangeLogEntry.device_id == store.device_id,  # made here, not taken in from the county
            or_(ChangeLogEntry.parcel_seq.is_(None), ChangeLogEntry.parcel_seq != 0))
            .order_by(ChangeLogEntry.seq.desc()).limit(1))
    ahead = 0
    if newest:
        ahead = max(0, HlcTimestamp.decode(newest).millis - hlc.wall_clock_ms())
    return ClockCheck(offset, ahead)
