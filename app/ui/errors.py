"""The one place errors are shown. Classified where they enter the app:

* `UserError` (app.errors): the user can act on it; its message is shown translated. Errors
  with a `field` are shown at the field by forms (see widgets/fields.py) before reaching here.
* `Cancelled`: the user asked for it; nothing is shown.
* anything else is a bug: a short apology with "Copy details" (the traceback, no personal data
  beyond what the message holds).

Background failures that the user did not start (refreshes, sync) go to the status bar via
`notify`, not to modal pop-ups.
"""
from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError
from app.progress import Cancelled
from app.ui.text import error_message
from app.ui.qtfix import emit


def classify(error: BaseException) -> str:
    if isinstance(error, Cancelled):
        return "cancelled"  # the one Cancelled (reports, sync, the runner): the user asked for it
    if isinstance(error, UserError):
        return "user"
    return "bug"


def details_of(error: BaseException) -> str:
    return getattr(error, "__traceback_text__", "") or "".join(
        traceback.format_exception(type(error), error, error.__traceback__))


class ErrorPresenter(QObject):
    notified = Signal(str)  # a quiet message for the status bar
    shown = Signal(str)  # the text of a dialog that was shown (tests listen to this)

    def __init__(self, parent: QObject | None = None, modal: bool = True) -> None:
        super().__init__(parent)
        self.modal = modal  # tests turn dialogs off and read `shown`
        self.last_text = ""

    def text_for(self, error: BaseException) -> str:
        kind = classify(error)
        if kind == "user":
            return error_message(error)
        return self.tr("Something went wrong. Your saved work is safe. "
                       "Please tell your administrator and give them the details.")

    def show(self, error: BaseException, parent: QWidget | None = None) -> None:
        kind = classify(error)
        if kind == "cancelled":
            return
        text = self.text_for(error)
        self.last_text = text
        emit(self.shown, text)
        if kind == "bug":
            traceback.print_exception(error)
        if not self.modal:
            return
        from app.ui.widgets.dialogs import message_box

        box = message_box(QMessageBox.Icon.Warning if kind == "user" else QMessageBox.Icon.Critical,
                          self.tr("Station Ledger"), text, parent, QMessageBox.StandardButton.Ok)
        if kind == "bug":
            box.setDetailedText(details_of(error))
            copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
            copy.clicked.disconnect()
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
                text + "\n\n" + details_of(error)))
        box.exec()

    def notify(self, error: BaseException) -> None:
        """For failures the user did not ask for: a line in the status bar."""
        if classify(error) == "cancelled":
            return
        if classify(error) == "bug":
            traceback.print_exception(error)
        self.last_text = self.text_for(error)
        emit(self.notified, self.last_text)


def show_uncaught(errors: ErrorPresenter):
    """A `sys.excepthook` for the running app: an exception that escapes a slot (a click, a
    shortcut, a timer) is shown from the one place, not only printed to a console nobody
    reads. `KeyboardInterrupt` keeps Python's default."""
    import sys

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error.__traceback__ = tb
        errors.show(error)

    return hook
