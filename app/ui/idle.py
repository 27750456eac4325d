"""Lock after so many minutes without keyboard or mouse: an application-wide event filter.

The watcher keeps the time of the last input from a clock (`time.monotonic`, or one a test
gives) and a single-shot timer that wakes it when the limit could have passed; `check()` is
what the timer runs: it locks if the limit has passed since the last input, otherwise sleeps
for what is left. Input only notes the time (no timer restart per mouse move), and a test
drives the same `check()` with its own clock instead of waiting on wall time.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock  # seconds
        self.limit = 0.0    # seconds without input before `idle`; 0 = not watching
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self, msecs: int) -> None:
        """Watch: `idle` once `msecs` (at least 10) pass without input, from now."""
        self.limit = max(int(msecs), 10) / 1000
        self.last_input = self.clock()
        self.timer.start(max(int(msecs), 10))

    def stop(self) -> None:
        self.limit = 0.0
        self.timer.stop()

    @property
    def watching(self) -> bool:
        return self.limit > 0

    def check(self) -> bool:
        """The timer's work: emit `idle` (and stop watching) if the limit has passed since
        the last input, else sleep until it could have. Returns whether it locked."""
        if not self.watching:
            return False
        left = self.limit - (self.clock() - self.last_input)
        if left <= 0:
            self.stop()
            self.idle.emit()
            return True
        self.timer.start(max(int(left * 1000), 10))
        return False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if self.watching and event.type() in INPUT_EVENTS:
            self.last_input = self.clock()  # the count starts again
        return False
