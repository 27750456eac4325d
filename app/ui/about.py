"""About Station Ledger (F1): version, store schema, licences of the bundled fonts and of Qt,
and "Export diagnostics…" for the county's technician (no personal data; see
app/services/diagnostics.py)."""
from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.paths import resource_path
from app.services.diagnostics import export_diagnostics
from app.ui.context import AppContext
from app.ui.screen import fit_to_screen
from app.ui.text import breakable_path, trf
from app.ui.widgets.dialogs import name_filter, save_file_name, user_folder
from app.ui.widgets.layout import FlowLayout
from app.version import app_version, schema_revision

FONT_LICENCES = (("Noto Serif Tibetan", "OFL-NotoSerifTibetan.txt"),
                 ("Noto Sans SC", "OFL-NotoSansSC.txt"))


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("aboutDialog")
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "station-ledger-128.png"))))
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.facts = QLabel()
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QPlainTextEdit()
        self.licences.setReadOnly(True)
        self.diagnostics = QPushButton()
        self.diagnostics.clicked.connect(self.export_diagnostics)
        self.update_button = QPushButton()
        self.update_button.clicked.connect(self.check_for_update)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.facts)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        # the buttons keep their width: what happened goes on its own line below them (a long
        # path beside them squeezed the Tibetan buttons to "…" after an export)
        row = FlowLayout()
        row.addWidget(self.diagnostics)
        row.addWidget(self.update_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 560)  # the licences readable with larger text too
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        fit_to_screen(self)
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Station Ledger"))
        self.heading.setText(self.tr("Station Ledger"))
        self.facts.setText("\n".join((
            trf(self.tr("Version %1"), app_version()),
            trf(self.tr("Store schema revision %1"), schema_revision()),
            trf(self.tr("Qt for Python %1 (LGPL 3)"), PySide6.__version__))))
        parts = []
        for font, licence in FONT_LICENCES:
            path = Path(resource_path("fonts", licence))
            body = path.read_text(encoding="utf-8") if path.exists() else ""
            parts.append(trf(self.tr("Font %1: SIL Open Font License 1.1"), font) + "\n\n" + body)
        self.licences.setPlainText("\n\n".join(parts))
        self.diagnostics.setText(self.tr("Export diagnostics…"))
        self.update_button.setText(self.tr("Check for updates"))
        self.update_button.setToolTip(self.tr(
            "Asks your county for a newer signed version; it is checked and starts the next "
            "time the program starts."))
        self.diagnostics.setToolTip(self.tr(
            "Versions, the support log, store integrity and sync state, for your county's "
            "technician. No names, ID numbers or notes are included."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def export_diagnostics(self) -> None:
        folder = user_folder(self.context.data_dir)  # never inside the data folder
        path = save_file_name(self, self.tr("Export diagnostics"),
                              str(Path(folder) / "station-ledger-diagnostics.zip"),
                              name_filter(self.tr("Zip archive"), "*.zip"))
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> None:
        self.diagnostics.setEnabled(False)
        self.status.setText(self.tr("Writing diagnostics…"))
        self.context.op(export_diagnostics, path, on_result=self._exported,
                        on_error=self._failed)

    def check_for_update(self) -> None:
        from app.services.updates import update_program

        self.update_button.setEnabled(False)
        self.status.setText(self.tr("Asking the county for a newer version…"))
        self.context.op(update_program, on_result=self._updated, on_error=self._update_failed)

    def _updated(self, result) -> None:
        self.update_button.setEnabled(True)
        if result.offered is None:
            self.status.setText(trf(self.tr("This is the newest version (%1)."), result.current))
        else:
            self.status.setText(trf(self.tr(
                "Version %1 was checked and is ready: it starts the next time you start the "
                "program."), result.offered))

    def _update_failed(self, error) -> None:
        self.update_button.setEnabled(True)
        self.status.setText("")
        self.context.errors.show(error, self)

    def _exported(self, result) -> None:
        self.diagnostics.setEnabled(True)
        self.status.setText(trf(self.tr("Diagnostics saved to %1"), breakable_path(result.path)))

    def _failed(self, error) -> None:
        self.diagnostics.setEnabled(True)
        self.status.setText("")
        self.context.errors.show(error, self)


