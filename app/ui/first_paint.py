"""Know when a screen was first painted: start work that must not delay it, and time start-up.

    when_painted(widget, name, then=None)   call `then()` once, on the GUI thread, just after
                                            the widget's first paint event was handled

Every call also tells `listeners` (callables taking `(name, widget)`) and, when the environment
variable STATION_LEDGER_PAINT_MARKS is "1", prints `paint-mark <name> <seconds>` to stderr, where
seconds is `time.monotonic()` (one clock for every process on the machine, so a parent that
noted the same clock before spawning the program knows how long the screen took). The bench
(bench/startup_app.py) uses the listeners; nothing in the program depends on them.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.environment import environment

listeners: list[Callable[[str, QWidget], None]] = []


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, name: str, then: Callable[[], None] | None) -> None:
        super().__init__(widget)
        self.widget, self.name, self.then = widget, name, then

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # after this paint event has been handled
        return False

    def _painted(self) -> None:
        if environment().paint_marks:
            print(f"paint-mark {self.name} {time.monotonic():.4f}", file=sys.stderr, flush=True)
        for listener in list(listeners):
            listener(self.name, self.widget)
        if self.then is not None:
            self.then()
        self.deleteLater()


def when_painted(widget: QWidget, name: str, then: Callable[[], None] | None = None) -> None:
    """Run `then` (and tell the listeners) once, after the first paint of `widget`."""
    watcher = _FirstPaint(widget, name, then)
    widget.installEventFilter(watcher)
