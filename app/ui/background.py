"""Run functions off the GUI thread and hand results back to it (Picard/Anki style).

    runner.run(fn, arg, on_result=..., on_error=...)

`fn` runs on one of two long-lived Python worker threads; `on_result(result)` or
`on_error(exception)` runs on the GUI thread (a queued signal). `Runner(synchronous=True)` calls
everything inline, for tests. Long jobs take a `Progress` to report to and to poll for cancel.

Why Python threads and not QThreadPool: the store's engine keeps one SQLite connection per
thread (SQLAlchemy's SingletonThreadPool) and closes the oldest when more threads than its size
have connected. A QRunnable gets a fresh Python thread state for every job, so every job looked
like a new thread and could close a connection another job was using (a crash). Two fixed
threads keep two connections for the whole session.
"""
from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QObject, Signal, Slot
from app.ui.qtfix import emit


class Cancelled(Exception):
    """The user cancelled a long job; never shown as an error."""


class Progress(QObject):
    """Thread-safe enough for our use: the worker writes ints, the GUI reads a flag."""

    changed = Signal(int, int)  # done, total (emitted from the worker thread; queued to GUI)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False
        self.cancel_events: list[threading.Event] = []  # set on cancel (e.g. the sync client's)

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        emit(self.changed, int(done), int(total))

    def cancel(self) -> None:
        self.cancelled = True
        for event in self.cancel_events:
            event.set()


class Runner(QObject):
    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._executor: ThreadPoolExecutor | None = None
        self._futures: set[Future] = set()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple] = {}
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable, *args, on_result: Callable | None = None,
            on_error: Callable | None = None, **kwargs) -> int:
        job_id = next(self._ids)
        if self.synchronous:
            try:
                result = fn(*args, **kwargs)
            except BaseException as error:  # noqa: BLE001
                error.__traceback_text__ = traceback.format_exc()
                self._call(on_error, error)
            else:
                self._call(on_result, result)
            return job_id
        self._callbacks[job_id] = (on_result, on_error)
        if len(self._callbacks) == 1:
            emit(self.busy_changed, True)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="station-worker")
        future = self._executor.submit(self._work, job_id, fn, args, kwargs)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget_future)
        return job_id

    def _work(self, job_id: int, fn: Callable, args: tuple, kwargs: dict) -> None:
        try:
            result = fn(*args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread, not lost
            error.__traceback_text__ = traceback.format_exc()
            emit(self._finished, job_id, None, error)
        else:
            emit(self._finished, job_id, result, None)

    def _forget_future(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: object, error: object) -> None:
        on_result, on_error = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            emit(self.busy_changed, False)
        if error is not None:
            self._call(on_error, error)
        else:
            self._call(on_result, result)

    def _call(self, callback, value) -> None:
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException) and not isinstance(value, Cancelled):
            traceback.print_exception(value)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the jobs started so far have finished (their results arrive later)."""
        with self._lock:
            futures = set(self._futures)
        done, not_done = wait(futures, timeout=msecs / 1000)
        return not not_done

    def run_after_running(self, fn: Callable, *args, on_result: Callable | None = None,
                          on_error: Callable | None = None) -> int:
        """Run `fn` once every job started so far has finished (e.g. close the store only
        when no query is using it), without blocking the GUI thread."""
        with self._lock:
            before = set(self._futures)

        def after(*inner):
            wait(before)
            return fn(*inner)

        return self.run(after, *args, on_result=on_result, on_error=on_error)

    def forget_pending(self) -> None:
        """Results of jobs still running are dropped (e.g. when the screen is locked)."""
        if self._callbacks:
            self._callbacks.clear()
            emit(self.busy_changed, False)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
