"""The sign-in screen: user, password, language. Signing in (Argon2id) runs off the GUI thread;
a wrong password or a lock-out is said on the screen itself, translated.

This module is imported before the sign-in screen paints, so it imports no database code:
the sign-in use case is imported on the worker thread, after the warm-up (app/ui/warm_up.py)
has loaded it (tests/ui/test_start_imports.py keeps it that way)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app.errors import UserError
from app.i18n import available_languages, language_display_name
from app.ui import warm_up
from app.ui.context import AppContext
from app.ui.text import error_message
from app.ui.widgets.fields import ERROR_STYLE, CodeCombo
from app.ui.qtfix import emit


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Workspace
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, language: str, demo_hint: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.demo_hint = demo_hint
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = CodeCombo()
        self.language.set_choices([(c, language_display_name(c)) for c in available_languages()])
        self.language.set_code(language)
        self.language.activated.connect(self._language_activated)
        self.language_touched = False  # chosen here: it becomes the user's language
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, buddy in zip(self.labels, (self.username, self.password, self.language)):
            label.setBuddy(buddy)
        self.error = QLabel()
        self.shown_error: BaseException | None = None  # re-rendered when the language changes
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.username, self.password, self.language)):
            form.addRow(label, widget)
        # What can appear later (a wrong password's error, the demo hint known ~1 s after the
        # first paint) sits in the room under the fields and grows downwards: the title and the
        # fields keep their place while someone may already be typing or clicking. The column
        # is as wide as the window allows up to 520 px, not as wide as its text, so a long
        # hint or error wraps instead of widening the fields.
        column = QWidget()
        column.setMaximumWidth(520)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addStretch(1)
        inner.addWidget(self.title)
        inner.addLayout(form)
        below = QVBoxLayout()
        below.addWidget(self.error)
        below.addWidget(self.button)
        below.addWidget(self.hint)
        below.addStretch(1)
        inner.addLayout(below, 2)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 1000)
        layout.addStretch(1)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.language)
        self.setTabOrder(self.language, self.button)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Station Ledger"))
        self.title.setText(self.tr("Station Ledger — sign in"))
        for label, text in zip(self.labels, (self.tr("&User name"), self.tr("&Password"),
                                             self.tr("&Language"))):
            label.setText(text)
        self.button.setText(self.tr("&Sign in"))
        self.hint.setText(self.tr("Demo station: user zhuoma, lihua, wangfang (supervisor) or admin, "
                                  "password demo1234.") if self.demo_hint else "")
        self.hint.setVisible(self.demo_hint)
        if self.shown_error is not None:  # a wrong password's message, in the new language
            self.error.setText(error_message(self.shown_error))

    def show_demo_hint(self) -> None:
        """The demo's user names and password under the form (known after the key file was
        read, off the GUI thread)."""
        self.demo_hint = True
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_activated(self, _index: int) -> None:
        self.language_touched = True
        emit(self.language_chosen, self.language.code())

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        self.error.clear()
        self.shown_error = None
        self.button.setEnabled(False)
        self.button.setText(self.tr("Signing in…"))
        warm_up.hold()  # the pages' imports wait until the main window has painted
        self.context.runner.run(sign_in_when_loaded, self.context.data_dir, self.username.text(),
                                self.password.text(), on_result=self._done, on_error=self._failed)

    def _done(self, workspace) -> None:
        self.password.clear()
        self.button.setEnabled(True)
        self.retranslate()
        emit(self.signed_in, workspace)

    def _failed(self, error: BaseException) -> None:
        warm_up.release()
        self.button.setEnabled(True)
        self.retranslate()
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, UserError):
            self.shown_error = error
            self.error.setText(error_message(error))
        else:
            self.context.errors.show(error, self)


def sign_in_when_loaded(data_dir, username: str, password: str):
    """Worker thread: wait for the warm-up imports, then the sign-in use case
    (`app.services.station.sign_in`: Argon2id, open the store) -> Workspace."""
    warm_up.wait()
    from app.services import station

    return station.sign_in(data_dir, username, password)
