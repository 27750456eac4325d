"""One progress-and-cancel handle for every long job: reports, sync and the interface's runner.

    progress = Progress(on_report=lambda done, total: ...)
    progress.report(3, 10)   # from the worker; raises Cancelled once cancel() was called
    progress.cancel()        # from anyone (the Cancel button, the lock, Ctrl+C)
    progress.cancelled       # a flag to poll; progress.event is the same as a threading.Event

Headless (no Qt): the interface turns reports into a queued signal itself. Listeners run on the
thread that calls `report()`, so they must be quick and thread-safe.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import N_, UserError

Listener = Callable[[int, int], None]


class Cancelled(UserError):
    """The person stopped the job; what was already committed stays, nothing else was written.
    Never shown as an error (the interface and the command line recognise it)."""

    def __init__(self, source: str = N_("Cancelled. Nothing more was done.")) -> None:
        super().__init__(source)


class Progress:
    """`done` of `total` steps (any unit; `total` may change) and a cancel flag."""

    def __init__(self, on_report: Listener | None = None) -> None:
        self.event = threading.Event()  # set by cancel(); blocking waits can use it
        self._listeners: list[Listener] = [on_report] if on_report is not None else []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    def cancel(self) -> None:
        self.event.set()

    def check(self) -> None:
        """Raise `Cancelled` if cancel() was called."""
        if self.event.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Tell the listeners; raise `Cancelled` if cancel() was called (a good place to stop)."""
        self.check()
        self.notify(done, total)

    def notify(self, done: int, total: int) -> None:
        """Tell the listeners without checking for cancel (for code that checks it itself)."""
        for listener in list(self._listeners):
            listener(int(done), int(total))

    def is_cancelled(self) -> bool:
        """The `cancel()` poll the report functions take (`cancel=progress.is_cancelled`)."""
        return self.event.is_set()
