"""PySide6 6.12.0's emit() takes a reference from True on every call (fatal on Python 3.11
after a few thousand emits); app.ui.qtfix.emit gives it back."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from app.ui.qtfix import emit


class _Sender(QObject):
    number = Signal(int)


def test_emitting_through_the_helper_keeps_true_alive(qapp):
    sender = _Sender()
    received = []
    sender.number.connect(received.append)
    before = sys.getrefcount(True)
    for value in range(5000):
        emit(sender.number, value)
    assert len(received) == 5000
    assert abs(sys.getrefcount(True) - before) < 50
