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

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from app.progress import Cancelled, Progress
from app.services.workspace import Changes
from app.ui.qtfix import emit

DEFAULT_INTERVAL_SECONDS = 60


@dataclass(frozen=True)
class Outcome:
    state: str  # synced / unreachable / refused / cancelled / not_enrolled
    message: str = ""
    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def changes(self) -> Changes:
        """What the screens refresh: the records received, and the sync state itself."""
        if self.state == "not_enrolled":
            return Changes()
        return Changes(frozenset(self.kinds | {"sync"}), frozenset(self.ids))


def attempt(workspace, progress: Progress | None = None, note_unreachable: bool = True,
            still_signed_in: Callable[[], bool] = lambda: True) -> Outcome:
    """Runs on a worker thread: look at the server, then push and pull."""
    from app.models.sync_state import SyncServer
    from app.sync.client import SyncClient, record_history
    from app.sync.transport import HttpTransport, LinkDown, ServerRefused
    from app.sync.wire import ParcelError

    with workspace.read() as session:
        server = session.get(SyncServer, "county")
        url = server.url if server is not None else ""
    if not url:
        return Outcome("not_enrolled")
    progress = progress or Progress()  # Cancel (or the lock) stops the client between batches

    def report(p) -> None:
        if not still_signed_in():
            progress.cancel()
        progress.notify(p.done, p.total)

    transport = HttpTransport(url)
    try:
        try:
            transport.health()
        except (LinkDown, ServerRefused) as exc:
            if note_unreachable:  # in English in the store, like the client's own history
                english = exc.message() if hasattr(exc, "message") else str(exc)
                record_history(workspace.store, "unreachable", english, error=english)
            return Outcome("unreachable", _message(exc))
        client = SyncClient(workspace.store, transport, progress=report, cancel=progress.event)
        try:
            result = client.sync_now()  # writes its own history and last error
        except Cancelled:
            return Outcome("cancelled")
        except LinkDown as exc:
            return Outcome("unreachable", _message(exc))
        except (ServerRefused, ParcelError) as exc:
            return Outcome("refused", _message(exc))
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
        context.op(attempt, progress, note, lambda: context.workspace is workspace,
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
