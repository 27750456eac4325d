"""Settings: language and larger text (per user, applied at once), password, and for the
administrator the idle-lock time and new users."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from app.errors import N_, ValidationError
from app.i18n import available_languages, language_display_name
from app.services import station
from app.ui.pages.base import Page
from app.ui.text import tr_enum, trf
from app.ui.widgets.fields import CodeCombo, FieldErrors
from app.ui.qtfix import emit


class SettingsPage(Page):
    language_chosen = Signal(str)
    larger_text_chosen = Signal(bool)
    lock_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.errors = FieldErrors()
        self.display_box, self.password_box, self.admin_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.language = CodeCombo()
        self.language.set_choices([(c, language_display_name(c)) for c in available_languages()])
        self.language.activated.connect(lambda _i: emit(self.language_chosen, self.language.code()))
        self.larger = QCheckBox()
        self.larger.toggled.connect(self.larger_text_chosen)
        self.language_label = QLabel()
        display = QFormLayout(self.display_box)
        display.addRow(self.language_label, self.language)
        display.addRow(self.larger)
        self.old_pw, self.new_pw, self.again_pw = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.old_pw, self.new_pw, self.again_pw):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pw_labels = [QLabel(), QLabel(), QLabel()]
        self.pw_button = QPushButton()
        self.pw_button.clicked.connect(self.change_password)
        self.pw_done = QLabel()
        pw = QFormLayout(self.password_box)
        pw.addRow(self.pw_labels[0], self.errors.wrap("old_password", self.old_pw))
        pw.addRow(self.pw_labels[1], self.errors.wrap("password", self.new_pw, "new_password"))
        pw.addRow(self.pw_labels[2], self.errors.wrap("again", self.again_pw))
        pw.addRow(self.pw_button, self.pw_done)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 120)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.save_lock_minutes)
        self.user_name, self.user_display, self.user_pw = QLineEdit(), QLineEdit(), QLineEdit()
        self.user_pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_role = CodeCombo()
        self.add_user_button = QPushButton()
        self.add_user_button.clicked.connect(self.add_user)
        self.admin_labels = [QLabel() for _ in range(5)]
        admin = QFormLayout(self.admin_box)
        admin.addRow(self.admin_labels[0], self.errors.wrap("idle_lock_minutes", self.lock_minutes))
        self.lock_done = QLabel()
        admin.addRow(self.lock_button, self.lock_done)
        admin.addRow(self.admin_labels[1], self.errors.wrap("username", self.user_name))
        admin.addRow(self.admin_labels[2], self.errors.wrap("display_name", self.user_display))
        admin.addRow(self.admin_labels[3], self.errors.wrap("role", self.user_role))
        admin.addRow(self.admin_labels[4], self.errors.wrap("new_user_password", self.user_pw))
        admin.addRow(self.add_user_button)
        self.lock_now = QPushButton()
        self.lock_now.clicked.connect(self.lock_requested)
        self.undo_note = QLabel()
        self.undo_note.setWordWrap(True)
        self.about_button = QPushButton()
        self.about_button.clicked.connect(self.show_about)
        inner = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(inner)  # scrolls on small screens (Tibetan lines are tall)
        layout.addWidget(self.head)
        layout.addWidget(self.display_box)
        layout.addWidget(self.password_box)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.lock_now)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.about_button)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.head.setText(self.tr("Settings"))
        self.display_box.setTitle(self.tr("Language and text size"))
        self.language_label.setText(self.tr("&Language"))
        self.language_label.setBuddy(self.language)
        self.larger.setText(self.tr("&Larger text"))
        self.password_box.setTitle(self.tr("Change my password"))
        for label, text in zip(self.pw_labels, (self.tr("Current password"), self.tr("New password"),
                                                self.tr("New password again"))):
            label.setText(text)
        self.pw_button.setText(self.tr("Change &password"))
        self.admin_box.setTitle(self.tr("Station administration"))
        for label, text in zip(self.admin_labels, (
                self.tr("Lock after minutes without use"), self.tr("User name"), self.tr("Full name"),
                self.tr("Role"), self.tr("First password"))):
            label.setText(text)
        self.lock_button.setText(self.tr("Save lock time"))
        self.user_role.set_choices([(r, tr_enum(r)) for r in ("worker", "supervisor", "admin")])
        self.add_user_button.setText(self.tr("Add &user"))
        self.lock_now.setText(self.tr("Lock the screen now (Ctrl+L)"))
        self.about_button.setText(self.tr("About Station Ledger, diagnostics (F1)"))
        self.undo_note.setText(self.tr(
            "Undo (Ctrl+Z) takes back the last visit, activity, resource link or household member "
            "you saved, for as long as the status bar offers it. Other changes are corrected by "
            "editing the record."))
        self._stale = True

    def refresh(self) -> None:
        workspace = self.context.workspace
        if workspace is None:
            return
        self.language.set_code(workspace.language)
        self.larger.blockSignals(True)
        self.larger.setChecked(workspace.larger_text)
        self.larger.blockSignals(False)
        self.admin_box.setVisible(workspace.role == "admin")
        self.context.read(station.idle_lock_minutes, on_result=self.lock_minutes.setValue)

    def _failed(self, error) -> None:
        if not self.errors.show(error):
            self.context.errors.show(error, self)

    def change_password(self) -> None:
        self.errors.clear()
        self.pw_done.clear()
        if self.new_pw.text() != self.again_pw.text():
            self.errors.show(ValidationError(N_("The two passwords are not the same."), field="again"))
            return
        old, new = self.old_pw.text(), self.new_pw.text()

        def done(_result) -> None:
            for edit in (self.old_pw, self.new_pw, self.again_pw):
                edit.clear()
            self.pw_done.setText(self.tr("Password changed."))

        self.context.write(station.change_password, old, new, on_result=done, on_error=self._failed)

    def save_lock_minutes(self) -> None:
        self.errors.clear()
        self.lock_done.clear()
        minutes = self.lock_minutes.value()

        def done(_result) -> None:
            self.context.lock_minutes_changed()
            self.lock_done.setText(trf(self.tr("Saved: the screen locks after %1 minutes "
                                               "without use."), minutes))

        self.context.write(station.set_idle_lock_minutes, minutes, on_error=self._failed,
                           on_result=done)

    def add_user(self) -> None:
        self.errors.clear()

        def done(_user_id) -> None:
            for edit in (self.user_name, self.user_display, self.user_pw):
                edit.clear()

        def failed(error) -> None:
            if getattr(error, "field", None) == "password":
                error.field = "new_user_password"
            self._failed(error)

        self.context.write(station.add_user, self.user_name.text(), self.user_display.text(),
                           self.user_role.code(), self.user_pw.text(), on_result=done, on_error=failed)

    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
