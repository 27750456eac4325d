"""First run: set up the station (names in Chinese and Tibetan, villages, the first
administrator, the county's recovery key) — or restore a backup onto this computer, or make the
demo station to try things out."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from app.errors import N_, ValidationError
from app.services import station
from app.ui.widgets.dialogs import existing_directory, name_filter, open_file_name, user_folder
from app.ui.context import AppContext
from app.ui.widgets.fields import FieldErrors
from app.ui.widgets.progress import ProgressPanel
from app.ui.qtfix import emit


def _create(data_dir: Path, fields: dict) -> None:
    from app.security.keyfiles import read_key_file

    if not fields["key_file"]:
        raise ValidationError(N_("Please choose the county's recovery key file."), field="key_file")
    key = read_key_file(Path(fields["key_file"]), "county-recovery-public")
    villages = tuple(station.PlaceName(*line.split("|", 2)) for line in
                     fields["villages"].splitlines() if line.strip())
    station.create_station(data_dir, station.StationSetup(
        county=station.PlaceName(fields["county_zh"], fields["county_bo"]),
        station=station.PlaceName(fields["station_zh"], fields["station_bo"]),
        villages=villages, admin_username=fields["username"],
        admin_display_name=fields["display_name"], admin_password=fields["password"],
        county_recovery_public=key))


def _restore(data_dir: Path, fields: dict, progress) -> None:
    from app.services.restore import restore_backup

    if not fields["backup"].strip():
        raise ValidationError(N_("Choose a folder for the backup."), field="backup")
    progress.report(0, 1)
    restore_backup(Path(fields["backup"]), data_dir, username=fields["backup_user"],
                   password=fields["backup_password"])
    progress.report(1, 1)


def _demo(data_dir: Path, progress) -> None:
    from app.services.demo import create_demo_station

    create_demo_station(data_dir, progress=progress.report)


class FirstRunWindow(QWidget):
    done = Signal(bool)  # True when the demo station was made

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.errors = FieldErrors()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.edits = {name: QLineEdit() for name in (
            "county_zh", "county_bo", "station_zh", "station_bo", "username", "display_name",
            "password", "again", "key_file")}
        self.edits["password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.edits["again"].setEchoMode(QLineEdit.EchoMode.Password)
        self.villages = QPlainTextEdit()
        self.villages.setTabChangesFocus(True)
        self.villages.setMaximumHeight(100)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_key)
        key_row = QWidget()
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.edits["key_file"], 1)
        key_layout.addWidget(self.browse)
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in ("county_zh", "county_bo", "station_zh", "station_bo"):
            form.addRow(self._label(name), self.errors.wrap(name, self.edits[name],
                                                            *(("station",) if name == "station_zh" else ())))
        form.addRow(self._label("villages"), self.errors.wrap("villages", self.villages))
        for name in ("username", "display_name", "password", "again"):
            form.addRow(self._label(name), self.errors.wrap(name, self.edits[name]))
        form.addRow(self._label("key_file"), self.errors.wrap("key_file", key_row))
        self.create_button, self.demo_button = QPushButton(), QPushButton()
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.make_demo)
        self.progress = ProgressPanel()
        self._build_restore_box()
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        content = QWidget()
        content.setMaximumWidth(760)
        inner = QVBoxLayout(content)
        inner.addWidget(self.intro)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.progress)
        inner.addWidget(self.restore_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        self.retranslate()

    def _build_restore_box(self) -> None:
        """Restore a backup (a lost or broken laptop): folder, user name, password then."""
        self.restore_box = QGroupBox()
        self.restore_note = QLabel()
        self.restore_note.setWordWrap(True)
        self.restore_edits = {name: QLineEdit() for name in
                              ("backup", "backup_user", "backup_password")}
        self.restore_edits["backup_password"].setEchoMode(QLineEdit.EchoMode.Password)
        self.restore_browse = QPushButton()
        self.restore_browse.clicked.connect(self._choose_backup)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.restore_edits["backup"], 1)
        row_layout.addWidget(self.restore_browse)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore)
        box = QFormLayout(self.restore_box)
        box.addRow(self.restore_note)
        box.addRow(self._label("backup"), self.errors.wrap("backup", row))
        box.addRow(self._label("backup_user"),
                   self.errors.wrap("backup_user", self.restore_edits["backup_user"]))
        box.addRow(self._label("backup_password"),
                   self.errors.wrap("backup_password", self.restore_edits["backup_password"]))
        box.addRow(self.restore_button)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        self.labels[name] = label
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Station Ledger — set up the station"))
        self.intro.setText(self.tr("Welcome. No station is set up on this computer yet. Fill in the "
                                   "station's details once; everything is kept encrypted. Or try "
                                   "the demo station first."))
        texts = {"county_zh": self.tr("County (Chinese)"), "county_bo": self.tr("County (Tibetan)"),
                 "station_zh": self.tr("Station name (Chinese)"),
                 "station_bo": self.tr("Station name (Tibetan)"),
                 "villages": self.tr("Villages, one per line\n(Chinese|Tibetan)"),
                 "username": self.tr("Your user name"), "display_name": self.tr("Your full name"),
                 "password": self.tr("Password (at least 8 characters)"),
                 "again": self.tr("Password again"), "key_file": self.tr("County recovery key file")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.browse.setText(self.tr("&Choose…"))
        self.create_button.setText(self.tr("&Set up the station"))
        self.demo_button.setText(self.tr("Try the &demo station"))
        self.restore_box.setTitle(self.tr("Restore from a backup"))
        self.restore_note.setText(self.tr(
            "Replacing a lost or broken computer? Choose the backup folder and give a user name "
            "and that user's password as it was when the backup was made. Afterwards connect to "
            "the county again with a new enrolment code; the old computer is then shut out."))
        for name, text in (("backup", self.tr("Backup folder")),
                           ("backup_user", self.tr("User name")),
                           ("backup_password", self.tr("Password at the time of the backup"))):
            self.labels[name].setText(text)
        self.restore_browse.setText(self.tr("Choose…"))
        self.restore_button.setText(self.tr("&Restore"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_key(self) -> None:
        path = open_file_name(self, self.tr("County recovery key file"),
                              user_folder(self.context.data_dir),
                              name_filter(self.tr("County public key"), "*.pub"))
        if path:
            self.edits["key_file"].setText(path)

    def fields(self) -> dict:
        data = {name: edit.text() for name, edit in self.edits.items()}
        data["villages"] = self.villages.toPlainText()
        return data

    def create(self) -> None:
        self.errors.clear()
        data = self.fields()
        if data["password"] != data["again"]:
            self.errors.show(ValidationError(N_("The two passwords are not the same."), field="again"))
            return
        self.create_button.setEnabled(False)
        self.context.runner.run(_create, self.context.data_dir, data,
                                on_result=lambda _r: emit(self.done, False), on_error=self._failed)

    def _choose_backup(self) -> None:
        folder = existing_directory(self, self.tr("Choose the backup folder"),
                                    user_folder(self.context.data_dir))
        if folder:
            self.restore_edits["backup"].setText(folder)

    def restore(self) -> None:
        self.errors.clear()
        data = {name: edit.text() for name, edit in self.restore_edits.items()}
        for button in (self.create_button, self.demo_button, self.restore_button):
            button.setEnabled(False)
        progress = self.progress.start(self.tr("Checking and restoring the backup…"))

        def failed(error) -> None:
            if getattr(error, "field", None) == "username":
                error.field = "backup_user"
            elif getattr(error, "field", None) == "password":
                error.field = "backup_password"
            self._failed(error)

        self.context.runner.run(_restore, self.context.data_dir, data, progress,
                                on_result=lambda _r: emit(self.done, False), on_error=failed)

    def _failed(self, error) -> None:
        self.create_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.progress.finish()
        if not self.errors.show(error):
            self.context.errors.show(error, self)

    def make_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.create_button.setEnabled(False)
        progress = self.progress.start(self.tr("Making the demo station…"))
        self.context.runner.run(_demo, self.context.data_dir, progress,
                                on_result=lambda _r: emit(self.done, True), on_error=self._failed)
