"""Settings: language and larger text (per user, applied at once), password, backups (anyone:
"Back up now"; the administrator: automatic backups to a second location), and for the
administrator the idle-lock time and new users."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from app.errors import N_, ValidationError
from app.i18n import available_languages, language_display_name
from app.services import backup, station
from app.ui.auto_backup import AutoBackup
from app.ui.pages.base import Page
from app.ui.text import tr_enum, trf
from app.ui.widgets.dialogs import existing_directory, user_folder
from app.ui.widgets.progress import ProgressPanel
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
        self._build_backup_box()
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
        layout.addWidget(self.backup_box)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.lock_now)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.about_button)
        layout.addStretch(1)
        self.retranslate()

    def _build_backup_box(self) -> None:
        self.backup_box = QGroupBox()
        self.backup_note = QLabel()
        self.backup_note.setWordWrap(True)
        self.backup_now = QPushButton()
        self.backup_now.clicked.connect(self.choose_and_back_up)
        self.backup_progress = ProgressPanel()
        self.backup_state = QLabel()
        self.backup_state.setWordWrap(True)
        self.auto_folder = QLineEdit()
        self.auto_choose = QPushButton()
        self.auto_choose.clicked.connect(self.choose_auto_folder)
        self.auto_hours, self.auto_keep = QSpinBox(), QSpinBox()
        self.auto_hours.setRange(1, 168)
        self.auto_keep.setRange(1, 100)
        self.auto_save = QPushButton()
        self.auto_save.clicked.connect(self.save_auto_backup)
        self.auto_labels = [QLabel() for _ in range(3)]
        self.auto_widgets = [*self.auto_labels, self.auto_folder, self.auto_choose,
                             self.auto_hours, self.auto_keep, self.auto_save]
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.errors.wrap("backup_folder", self.auto_folder), 1)
        folder_row.addWidget(self.auto_choose)
        box = QFormLayout(self.backup_box)
        box.addRow(self.backup_note)
        box.addRow(self.backup_now)
        box.addRow(self.backup_progress)
        box.addRow(self.backup_state)
        box.addRow(self.auto_labels[0], folder_row)
        box.addRow(self.auto_labels[1], self.errors.wrap("backup_hours", self.auto_hours))
        box.addRow(self.auto_labels[2], self.errors.wrap("keep", self.auto_keep))
        box.addRow(self.auto_save)
        self.auto_backup = AutoBackup(self.context, parent=self)
        self.auto_backup.made.connect(self._backed_up)

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.head.setText(self.tr("Settings"))
        self.display_box.setTitle(self.tr("Language and text size"))
        self.language_label.setText(self.tr("&Language"))
        self.language_label.setBuddy(self.language)
        self.larger.setText(self.tr("Lar&ger text"))
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
        self.backup_box.setTitle(self.tr("Backups"))
        self.backup_note.setText(self.tr(
            "A backup is an encrypted copy of this station's records with its key file. It opens "
            "only with a user's password or the county recovery key. Keep it on a USB stick or a "
            "second disk, away from this computer."))
        self.backup_now.setText(self.tr("&Back up now…"))
        for label, text in zip(self.auto_labels, (self.tr("Automatic backups to"),
                                                  self.tr("Every (hours)"),
                                                  self.tr("Backups to keep"))):
            label.setText(text)
        self.auto_folder.setPlaceholderText(self.tr("No second location: automatic backups off"))
        self.auto_choose.setText(self.tr("Choose…"))
        self.auto_save.setText(self.tr("Save backup settings"))
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
        for widget in self.auto_widgets:
            widget.setVisible(workspace.role == "admin")
        self.context.query(backup.auto_backup_settings, on_result=self._show_auto_settings)
        self.context.query(station.idle_lock_minutes, on_result=self.lock_minutes.setValue)

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

        self.context.op(station.change_password, old, new, on_result=done, on_error=self._failed)

    def save_lock_minutes(self) -> None:
        self.errors.clear()
        self.lock_done.clear()
        minutes = self.lock_minutes.value()

        def done(_result) -> None:
            self.context.lock_minutes_changed()
            self.lock_done.setText(trf(self.tr("Saved: the screen locks after %1 minutes "
                                               "without use."), minutes))

        self.context.op(station.set_idle_lock_minutes, minutes, on_error=self._failed,
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

        self.context.op(station.add_user, self.user_name.text(), self.user_display.text(),
                        self.user_role.code(), self.user_pw.text(), on_result=done, on_error=failed)

    # -- backups ----------------------------------------------------------------------------
    def _show_auto_settings(self, settings) -> None:
        self.auto_folder.setText(settings.folder)
        self.auto_hours.setValue(settings.every_hours)
        self.auto_keep.setValue(settings.keep)

    def choose_and_back_up(self) -> None:
        folder = existing_directory(self, self.tr("Choose where to save the backup"),
                                    user_folder(self.context.data_dir))
        if folder:
            self.back_up_to(folder)

    def back_up_to(self, folder: str) -> None:
        """Back up into `folder` off the GUI thread, with progress; the result in the label."""
        if self.backup_progress.progress is not None:
            return  # one at a time
        self.errors.clear()
        self.backup_state.clear()
        self.backup_now.setEnabled(False)
        progress = self.backup_progress.start(self.tr("Writing and checking the backup…"))

        def finished() -> None:
            self.backup_progress.finish()
            self.backup_now.setEnabled(True)

        def done(info) -> None:
            finished()
            self._backed_up(info)

        def failed(error) -> None:
            finished()
            from app.progress import Cancelled

            if not isinstance(error, Cancelled):
                self._failed(error)

        self.context.op(backup.back_up_now, folder, progress=progress.report,
                        on_result=done, on_error=failed)

    def _backed_up(self, info) -> None:
        self.backup_state.setText(trf(self.tr("Backup written and checked: %1"), str(info.path)))

    def choose_auto_folder(self) -> None:
        folder = existing_directory(self, self.tr("Choose a second location"),
                                    user_folder(self.context.data_dir, self.auto_folder.text()))
        if folder:
            self.auto_folder.setText(folder)

    def save_auto_backup(self) -> None:
        self.errors.clear()
        self.context.op(backup.set_auto_backup, self.auto_folder.text(),
                        self.auto_hours.value(), self.auto_keep.value(),
                        on_result=lambda settings: (self._show_auto_settings(settings),
                                                    self.auto_backup.check()),
                        on_error=self._failed)

    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
