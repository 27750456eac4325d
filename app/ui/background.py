"""Run functions off the GUI thread and hand results back to it (Picard/Anki style).

    runner.run(fn, arg, on_result=..., on_error=...)

`fn` runs on a QThreadPool thread; `on_result(result)` or `on_error(exception)` runs on the GUI
thread (queued signal). `Runner(synchronous=True)` calls everything inline, for tests. A job
that takes a `progress` keyword gets a `Progress` it can report to and poll for cancel.
"""
from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """The user cancelled a long job; never shown as an error."""


class Progress(QObject):
    """Thread-safe enough for our use: the worker writes ints, the GUI reads a flag."""

    changed = Signal(int, int)  # done, total (emitted from the worker thread; queued to GUI)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self.changed.emit(int(done), int(total))

    def cancel(self) -> None:
        self.cancelled = True


class _Job(QRunnable):
    def __init__(self, runner: "Runner", job_id: int, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.runner, self.job_id, self.fn, self.args, self.kwargs = runner, job_id, fn, args, kwargs

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread, not lost
            error.__traceback_text__ = traceback.format_exc()
            self.runner._finished.emit(self.job_id, None, error)
        else:
            self.runner._finished.emit(self.job_id, result, None)


class Runner(QObject):
    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)

    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
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
            self.busy_changed.emit(True)
        self.pool.start(_Job(self, job_id, fn, args, kwargs))
        return job_id

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: object, error: object) -> None:
        on_result, on_error = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
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
        return self.pool.waitForDone(msecs)
