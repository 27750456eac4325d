"""Hybrid logical clock: timestamps that sort like wall time but never run backwards,
and that order causally related changes across devices (Kulkarni et al. 2014).

Encoded as a fixed-width string so that text order is time order:
`<13-digit milliseconds>-<4 hex counter>-<16 hex node>`.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
MAX_DRIFT_MS = 24 * 3600 * 1000  # refuse remote stamps more than a day in our future


class ClockError(Exception):
    pass


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
            return cls(int(millis), int(counter, 16), node)
        except ValueError as exc:
            raise ClockError(f"not a clock stamp: {text!r}") from exc


class HybridLogicalClock:
    def __init__(self, node: str, last: HlcTimestamp | None = None, wall_ms=None) -> None:
        self.node = node
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = last or HlcTimestamp(0, 0, node)
        self._lock = threading.Lock()

    @property
    def last(self) -> HlcTimestamp:
        return self._last

    def now(self) -> HlcTimestamp:
        """A stamp for a local event: later than every stamp seen before."""
        with self._lock:
            physical = self._wall_ms()
            if physical > self._last.millis:
                stamp = HlcTimestamp(physical, 0, self.node)
            else:
                stamp = self._next_counter(self._last.millis, self._last.counter)
            self._last = stamp
            return stamp

    def observe(self, remote: HlcTimestamp) -> HlcTimestamp:
        """Merge a stamp received from another device; returns the new local stamp."""
        with self._lock:
            physical = self._wall_ms()
            if remote.millis - physical > MAX_DRIFT_MS:
                raise ClockError("remote clock is too far ahead")
            top = max(physical, self._last.millis, remote.millis)
            if top == self._last.millis == remote.millis:
                counter = max(self._last.counter, remote.counter)
                stamp = self._next_counter(top, counter)
            elif top == self._last.millis:
                stamp = self._next_counter(top, self._last.counter)
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
