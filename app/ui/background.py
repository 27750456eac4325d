"""Run functions off the GUI thread and hand results back to it (Picard/Anki style).

    runner.run(fn, arg, on_result=..., on_error=...)

`fn` runs on the runner's executor; `on_result(result)` or `on_error(exception)` runs later on
the GUI thread, always through the same path: a signal with a *queued* connection, delivered
by the Qt event loop. The executor is the only thing that differs between the app and the
tests:

* `Runner()` uses two long-lived Python worker threads (`ThreadPoolExecutor(2)`). The store
  hands out keyed connections from a thread-safe queue (`QueuePool`, see app/models/store.py),
  so any thread may use it; two workers keep one slow job (an export, a sync) from blocking
  the screens' queries without running more than two jobs at once on a small laptop.
* `Runner(InlineExecutor())` runs `fn` at once on the calling thread (for tests: no races, a
  fixed order). The result still goes through the queued signal, so a test meets what the app
  meets (late results, a refresh arriving after an error, callbacks that start new jobs) and
  must let the event loop run: `runner.settle()`.

A callback that raises is a bug: it goes to `on_unhandled` (the context shows it), never lost.
Long jobs take an `app.progress.Progress` to report to and to poll for cancel.
"""
from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor, wait

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot

from app.progress import Cancelled
from app.ui.qtfix import emit


class InlineExecutor(Executor):
    """Runs each job at once on the submitting thread and returns a finished Future (tests)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # noqa: BLE001 - the Future carries it
            future.set_exception(error)
        return future


class Runner(QObject):
    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self._own_executor = executor is None
        self._futures: set[Future] = set()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple] = {}
        self.on_unhandled: Callable[[BaseException], None] = traceback.print_exception
        # queued even when emitted on the GUI thread (the inline executor): one delivery path
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable, *args, on_result: Callable | None = None,
            on_error: Callable | None = None, **kwargs) -> int:
        """Run `fn(*args, **kwargs)` off the GUI thread; the callbacks run on the GUI thread."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_result, on_error)
        if len(self._callbacks) == 1:
            emit(self.busy_changed, True)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="station-worker")
        future = self._executor.submit(self._work, job_id, fn, args, kwargs)
        with self._lock:
            if not future.done():
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
        if job_id not in self._callbacks:
            return  # forgotten (the screen was locked): dropped
        on_result, on_error = self._callbacks.pop(job_id)
        if not self._callbacks:
            emit(self.busy_changed, False)
        try:
            if error is not None:
                self._call(on_error, error)
            else:
                self._call(on_result, result)
        except Exception as bug:  # noqa: BLE001 - a failing callback is shown, not swallowed
            bug.__traceback_text__ = traceback.format_exc()
            self.on_unhandled(bug)

    def _call(self, callback, value) -> None:
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException) and not isinstance(value, Cancelled):
            self.on_unhandled(value)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the jobs started so far have finished (their results arrive later)."""
        with self._lock:
            futures = set(self._futures)
        done, not_done = wait(futures, timeout=msecs / 1000)
        return not not_done

    def settle(self, msecs: int = 30000) -> bool:
        """Run the event loop until every job has finished and its result has been delivered,
        including jobs started by those results (tests; the app never blocks on this).
        False when `msecs` passed first."""
        deadline = time.monotonic() + msecs / 1000
        app = QCoreApplication.instance()
        while time.monotonic() < deadline:
            self.wait(max(1, int((deadline - time.monotonic()) * 1000)))
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if not self._callbacks:
                app.processEvents()  # what the last callbacks posted (e.g. a queued emit)
                if not self._callbacks:
                    return True
        return False

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
            if self._own_executor:
                self._executor = None
