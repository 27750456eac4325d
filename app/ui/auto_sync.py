"""One place that syncs with the county, by the "Sync now" button or by itself.

`AutoSync` owns a QTimer on the GUI side: every `interval_seconds` (60 by default) it asks the
background runner to do `attempt()` off the GUI thread: nothing when this computer is not
enrolled; a cheap look at the server (`/health`); only when that answers, `sync_now()`. The
timer is paused while a sync runs (by the button or by itself), so two never overlap.
Failures never pop up: an unreachable server is written to the sync history once (when it
goes away, not every minute) and to the status line; the outcome is broadcast as a change of
kind "sync" so the Sync and Today pages refresh.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.workspace import Changes
from app.ui.background import Progress
from app.ui.qtfix import emit

DEFAULT_INTERVAL_SECONDS = 60


@dataclass(frozen=True)
class Outcome:
    state: str  # synced / unreachable / refused / cancelled / not_enrolled
    message: str = ""
    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)


def attempt(workspace, progress: Progress | None = None, note_unreachable: bool = True,
            still_signed_in: Callable[[], bool] = lambda: True) -> Outcome:
    """Runs on a worker thread: look at the server, then push and pull."""
    from app.models.sync_state import SyncServer
    from app.sync.client import SyncCancelled, SyncClient, record_history
    from app.sync.transport import HttpTransport, LinkDown, ServerRefused
    from app.protocol.wire import ParcelError

    with workspace.read() as session:
        server = session.get(SyncServer, "county")
        url = server.url if server is not None else ""
    if not url:
        return Outcome("not_enrolled")
    cancel = threading.Event()
    if progress is not None:
        progress.cancel_events.append(cancel)  # Cancel (or the lock) stops between batches
        if progress.cancelled:
            cancel.set()

    def report(p) -> None:
        if not still_signed_in():
            cancel.set()
        if progress is not None:
            emit(progress.changed, int(p.done), int(p.total))

    transport = HttpTransport(url)
    try:
        try:
            transport.health()
        except (LinkDown, ServerRefused) as exc:
            if note_unreachable:  # in English in the store, like the client's own history
                english = exc.message() if hasattr(exc, "message") else str(exc)
                record_history(workspace.store, "unreachable", english, error=english)
            return Outcome("unreachable", _message(exc))
        client = SyncClient(workspace.store, transport, progress=report, cancel=cancel)
        try:
            result = client.sync_now()  # writes its own history and last error
        except SyncCancelled:
            return Outcome("cancelled")
        except LinkDown as exc:
            return Outcome("unreachable", _message(exc))
        except (ServerRefused, ParcelError) as exc:
            return Outcome("refused", _message(exc))
        from app.services.updates import fetch_after_sync

        fetch_after_sync(workspace)  # a newer signed release waits for the next start
        return Outcome("synced", kinds=frozenset(result.kinds), ids=frozenset(result.ids))
    finally:
        transport.close()


def _message(exc: Exception) -> str:
    from app.errors import UserError
    from app.ui.text import error_message

    return error_message(exc) if isinstance(exc, UserError) else str(exc)


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
        context.read(attempt, progress, note, lambda: context.workspace is workspace,
                     on_result=self._finished, on_error=self._failed)
        return True

    def _failed(self, error: BaseException) -> None:
        self.context.errors.notify(error)  # the status bar, never a pop-up
        self._finished(Outcome("refused", str(error)))

    def _finished(self, outcome: Outcome) -> None:
        self.running = False
        self.last = outcome
        if self.context.workspace is not None:
            self.timer.start()
        emit(self.finished, outcome)
        if outcome.state != "not_enrolled":
            emit(self.context.changed, Changes(frozenset(outcome.kinds | {"sync"}),
                                               frozenset(outcome.ids)))
