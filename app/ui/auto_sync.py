"""One place that syncs with the county, by the "Sync now" button or by itself.

`AutoSync` owns a QTimer on the GUI side: every `interval_seconds` (60 by default) it asks the
background runner to do `app.services.sync.sync_once` off the GUI thread: nothing when this
computer is not enrolled; a cheap look at the server (`/health`); only when that answers, push
and pull. The timer is paused while a sync runs (by the button or by itself), so two never
overlap.
Failures never pop up: an unreachable server is written to the sync history once (when it
goes away, not every minute) and to the status line; the outcome is broadcast as a change of
kind "sync" so the Sync and Today pages refresh.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.progress import Progress
from app.services import sync as sync_cases
from app.services.sync import Outcome
from app.ui.qtfix import emit

DEFAULT_INTERVAL_SECONDS = 60


def outcome_text(outcome: Outcome) -> str:
    """The outcome's problem in the user's language (the county's or the link's message)."""
    from app.ui.text import error_message

    return error_message(outcome.error) if outcome.error is not None else outcome.message


class AutoSync(QObject):
    started = Signal()
    finished = Signal(object)  # Outcome

    def __init__(self, context, interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.running = False
        self.last: Outcome | None = None
        self.progress_factory: Callable[[], Progress | None] = lambda: None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.set_interval(interval_seconds)

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(max(1, int(seconds * 1000)))
        if not self.running:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.run_now(manual=False)

    def run_now(self, manual: bool = True, progress: Progress | None = None) -> bool:
        """Start a sync unless one is running; False when it could not start."""
        workspace = self.context.workspace
        if self.running or workspace is None:
            return False
        self.running = True
        self.timer.stop()  # paused while this sync runs
        if progress is None:
            progress = self.progress_factory()
        note = manual or self.last is None or self.last.state != "unreachable"
        context = self.context
        emit(self.started)
        context.op(sync_cases.sync_once, progress, note, lambda: context.workspace is workspace,
                   on_result=self._finished, on_error=self._failed)
        return True

    def _failed(self, error: BaseException) -> None:
        self.context.errors.notify(error)  # the status bar, never a pop-up
        outcome = Outcome("refused", str(error))
        emit(self.context.changed, outcome.changes)  # the Sync and Today pages show the failure
        self._finished(outcome)

    def _finished(self, outcome: Outcome) -> None:
        self.running = False
        self.last = outcome
        if self.context.workspace is not None:
            self.timer.start()
        emit(self.finished, outcome)
