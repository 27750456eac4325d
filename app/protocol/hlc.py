"""Hybrid logical clock: stamps that sort like wall time and order causally related changes
across devices (Kulkarni et al. 2014), with one rule added for laptops whose clock was wrong.

Encoded as a fixed-width string so that text order is time order:
`<13-digit milliseconds>-<4 hex counter>-<16 hex node>`.

The rule (docs/sync-protocol.md, "Clocks"):

- physical time is the laptop's clock plus the county correction (`offset_ms`, learned from
  the county time every county answer carries; 0 until then or while the two agree);
- a local stamp is later than every stamp this device made or took in, while the previous
  stamp is at most `REBASE_MS` ahead of physical time (the ordinary HLC);
- if the previous stamp is further ahead than that, the clock ran fast and was corrected:
  the next stamp **rebases** to physical time (counter 0) instead of creeping on in the
  future. Stamps of one device then step back once; nothing depends on that order (the merge
  decides by each change's base values, the county's order is the order of arrival) — see
  app.protocol.merge;
- a remote stamp more than `REBASE_MS` ahead of physical time is not taken in
  (`ClockError`), so one fast laptop does not drag every other device into its future.

Stamps are never refused at the county for being early or late; typed dates (visit dates,
birth dates) are data, not stamps, and are never shifted.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
REBASE_MS = 10 * 60 * 1000  # a previous stamp further ahead than this: rebase to physical time
MAX_DRIFT_MS = REBASE_MS  # remote stamps further ahead than this are not taken in
CLOCK_WARN_MS = 5 * 60 * 1000  # the laptop and county clocks differ by more: warn the user


class ClockError(Exception):
    pass


def wall_clock_ms() -> int:
    """The laptop's clock in milliseconds since the epoch (tests move it)."""
    return time.time_ns() // 1_000_000


def node_for_device(device_id: str) -> str:
    return hashlib.sha256(device_id.encode()).hexdigest()[:16]


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    millis: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.millis:013d}-{self.counter:04x}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> "HlcTimestamp":
        try:
            millis, counter, node = text.split("-")
            if len(millis) != 13:
                raise ValueError(millis)
            return cls(int(millis), int(counter, 16), node)
        except (ValueError, AttributeError) as exc:
            raise ClockError(f"not a clock stamp: {text!r}") from exc


class HybridLogicalClock:
    """`now()` for a local event, `observe(stamp)` for a stamp from elsewhere.

    `wall_ms`: a function giving the laptop clock (ms); `offset_ms`: county time minus laptop
    time, added to the laptop clock (set by the sync client; 0 = no correction)."""

    def __init__(self, node: str, last: HlcTimestamp | None = None, wall_ms=None,
                 offset_ms: int = 0) -> None:
        self.node = node
        self._wall_ms = wall_ms or (lambda: wall_clock_ms())
        self._last = last or HlcTimestamp(0, 0, node)
        self._lock = threading.Lock()
        self.offset_ms = offset_ms
        self.rebased_from: HlcTimestamp | None = None  # the stamp abandoned at the last rebase

    @property
    def last(self) -> HlcTimestamp:
        return self._last

    def physical_ms(self) -> int:
        return self._wall_ms() + self.offset_ms

    def ahead_ms(self) -> int:
        """How far the last stamp is ahead of physical time (0 when it is not)."""
        return max(0, self._last.millis - self.physical_ms())

    def now(self) -> HlcTimestamp:
        """A stamp for a local event (see the module rule: later than every stamp seen, or a
        rebase to physical time after a corrected fast clock)."""
        with self._lock:
            physical = self.physical_ms()
            last = self._last
            if physical > last.millis:
                stamp = HlcTimestamp(physical, 0, self.node)
            elif last.millis - physical > REBASE_MS:
                self.rebased_from = last
                stamp = HlcTimestamp(physical, 0, self.node)
            else:
                stamp = self._next_counter(last.millis, last.counter)
            self._last = stamp
            return stamp

    def observe(self, remote: HlcTimestamp) -> HlcTimestamp:
        """Take in a stamp received from elsewhere; returns the new local stamp.
        Raises ClockError (and changes nothing) for a stamp too far in the future."""
        with self._lock:
            physical = self.physical_ms()
            if remote.millis - physical > MAX_DRIFT_MS:
                raise ClockError("remote clock is too far ahead")
            last = self._last
            if last.millis - physical > REBASE_MS:  # our own stamp is the stale fast one
                last = HlcTimestamp(physical, 0, self.node)
            top = max(physical, last.millis, remote.millis)
            if top == last.millis == remote.millis:
                stamp = self._next_counter(top, max(last.counter, remote.counter))
            elif top == last.millis:
                stamp = self._next_counter(top, last.counter)
            elif top == remote.millis:
                stamp = self._next_counter(top, remote.counter)
            else:
                stamp = HlcTimestamp(top, 0, self.node)
            self._last = stamp
            return stamp

    def _next_counter(self, millis: int, counter: int) -> HlcTimestamp:
        if counter >= MAX_COUNTER:  # more than 65k events in one millisecond: borrow the next
            return HlcTimestamp(millis + 1, 0, self.node)
        return HlcTimestamp(millis, counter + 1, self.node)
