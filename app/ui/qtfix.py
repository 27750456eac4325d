"""Work around a PySide6 6.12.0 bug: `SignalInstance.emit()` returns `True` without taking a
reference to it, so every emit from Python takes one reference from `True`. On Python 3.11
(`True` is not immortal before 3.12) a session of ordinary use drives its count to zero and the
interpreter aborts ("bool_dealloc: deallocating True or False"). Measured here:
`emit` 100 times → `sys.getrefcount(True)` 100 lower.

Every emit in the interface goes through `emit(signal, *args)`, which gives the reference back
when (and only when) the bug is present; a fixed PySide6 makes it a plain emit.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_broken: bool | None = None


class _Probe(QObject):
    ping = Signal()


def _emit_steals_true() -> bool:
    if sys.version_info >= (3, 12):
        return False  # True is immortal: nothing to give back
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    stolen = before - sys.getrefcount(True)
    for _ in range(max(stolen, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return stolen >= 8


def emit(signal, *args) -> None:
    global _broken
    if _broken is None:
        _broken = _emit_steals_true()
    result = signal.emit(*args)
    if _broken and (result is True or result is False):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
