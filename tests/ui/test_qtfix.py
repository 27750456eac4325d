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



def test_void_qt_calls_keep_none_alive(prepared_app):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on EVERY call of a C++ method
    that returns void (setToolTip, painting, style overrides called by Qt ...): the UI suite
    drove None's count to zero and the interpreter aborted ("deallocating None"), and so would a
    long day in the app. pyproject pins PySide6 below 6.12; this fails on any release that has
    the bug again."""
    from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

    label = QLabel("ཀཁག 中文")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setToolTip("x")
    assert abs(sys.getrefcount(None) - before) < 100
    table = QTableWidget(8, 3)  # painted through TallStackStyle's Python overrides
    for row in range(8):
        table.setItem(row, 0, QTableWidgetItem("བཀྲ་ཤིས"))
    table.resize(300, 200)
    table.grab()
    before = sys.getrefcount(None)
    for _ in range(200):
        table.grab()
    assert abs(sys.getrefcount(None) - before) < 100
