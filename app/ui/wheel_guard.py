"""The mouse wheel scrolls forms; it does not change the fields it passes over.

Scrolling a long visit form over its 服务领域 (service domain) combo box changed the domain and
cleared the ticked service items: Qt's combo boxes, spin boxes and date edits take a wheel event
even when they do not have the focus. One application-wide event filter fixes the kind:

- a wheel event on a QComboBox or QAbstractSpinBox (QDateEdit, QSpinBox …) that does not have
  the keyboard focus is left to its parents (the form's scroll area scrolls);
- those widgets get `Qt.StrongFocus` when polished (a wheel does not give them the focus; a click
  or Tab does, and then the wheel changes the value as the user expects).

    install_wheel_guard(app)   # once, in prepare_application
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """The application event filter described in the module docstring."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and \
                not watched.hasFocus():
            event.ignore()  # not taken here: QApplication hands it to the parent widgets
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED) and \
                watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on `app` once (kept as the application's child); returns it."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
