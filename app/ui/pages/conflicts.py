"""The conflict inbox: the same field of a record was changed here and on another device before
they met. Each conflict in plain words (which record, which field, the value on this computer
and the other one, when), with a button under each value to keep it (`resolve_conflict`)."""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QHeaderView,
                               QLabel,
                               QPlainTextEdit, QPushButton, QVBoxLayout)

from app.services import sync_view
from app.sync.status import resolve_conflict
from app.ui.screen import fit_to_screen
from app.ui.pages.base import fill_table, make_table
from app.ui.text import tr_enum, trf


# Literal calls so that pyside6-lupdate extracts every label (context "SyncLabels").
KIND_LABELS = {
    "household": lambda: QCoreApplication.translate("SyncLabels", "Household"),
    "person": lambda: QCoreApplication.translate("SyncLabels", "Person"),
    "visit": lambda: QCoreApplication.translate("SyncLabels", "Household visit"),
    "activity": lambda: QCoreApplication.translate("SyncLabels", "Activity"),
    "attendance": lambda: QCoreApplication.translate("SyncLabels", "Activity participant"),
    "resource_link": lambda: QCoreApplication.translate("SyncLabels", "Resource link"),
    "case_file": lambda: QCoreApplication.translate("SyncLabels", "Case file"),
    "case_service": lambda: QCoreApplication.translate("SyncLabels", "Case service"),
    "case_review": lambda: QCoreApplication.translate("SyncLabels", "Case review"),
    "task": lambda: QCoreApplication.translate("SyncLabels", "Task"),
    "user": lambda: QCoreApplication.translate("SyncLabels", "User"),
    "org_unit": lambda: QCoreApplication.translate("SyncLabels", "Place"),
    "contract_target": lambda: QCoreApplication.translate("SyncLabels", "Contract target"),
}
FIELD_LABELS = {
    "notes": lambda: QCoreApplication.translate("SyncLabels", "Notes"),
    "phone": lambda: QCoreApplication.translate("SyncLabels", "Phone"),
    "address_zh": lambda: QCoreApplication.translate("SyncLabels", "Address (Chinese)"),
    "address_bo": lambda: QCoreApplication.translate("SyncLabels", "Address (Tibetan)"),
    "name_zh": lambda: QCoreApplication.translate("SyncLabels", "Name (Chinese)"),
    "name_bo": lambda: QCoreApplication.translate("SyncLabels", "Name (Tibetan)"),
    "name_latin": lambda: QCoreApplication.translate("SyncLabels", "Name (Latin letters)"),
    "sex": lambda: QCoreApplication.translate("SyncLabels", "Sex"),
    "birth_date": lambda: QCoreApplication.translate("SyncLabels", "Date of birth"),
    "id_number": lambda: QCoreApplication.translate("SyncLabels", "ID number"),
    "relation": lambda: QCoreApplication.translate("SyncLabels", "Relation to the head"),
    "target_groups": lambda: QCoreApplication.translate("SyncLabels", "Target groups"),
    "title": lambda: QCoreApplication.translate("SyncLabels", "Title"),
    "location": lambda: QCoreApplication.translate("SyncLabels", "Place"),
    "headcount": lambda: QCoreApplication.translate("SyncLabels", "Headcount"),
    "service_items": lambda: QCoreApplication.translate("SyncLabels", "Service items"),
    "risk_level": lambda: QCoreApplication.translate("SyncLabels", "Risk level"),
    "assessment": lambda: QCoreApplication.translate("SyncLabels", "Needs assessment"),
    "plan_goals": lambda: QCoreApplication.translate("SyncLabels", "Plan goals"),
    "plan_actions": lambda: QCoreApplication.translate("SyncLabels", "Plan actions"),
    "intake_reason": lambda: QCoreApplication.translate("SyncLabels", "Why the case was opened"),
    "closure_summary": lambda: QCoreApplication.translate("SyncLabels", "Closure summary"),
    "display_name": lambda: QCoreApplication.translate("SyncLabels", "Name"),
    "village_id": lambda: QCoreApplication.translate("SyncLabels", "Village"),
}
_ENUM_FIELDS = {"sex", "relation", "stage", "review_state", "risk_level", "kind", "role"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, lambda: kind)()


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, lambda: name)()


def value_text(field: str, value) -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("SyncLabels", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if field in _ENUM_FIELDS and isinstance(value, str):
        return tr_enum(value)
    return str(value)


class ConflictInbox(QDialog):
    resolved = Signal()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        fit_to_screen(self)  # within a 1366×768 screen, Close in view
        super().showEvent(event)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[sync_view.ConflictRow] = []
        self.setMinimumSize(900, 600)
        self.resize(960, 680)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = make_table(5)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(160)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.here_box, self.other_box = QGroupBox(), QGroupBox()
        self.here_value, self.other_value = QPlainTextEdit(), QPlainTextEdit()
        self.keep_here, self.keep_other = QPushButton(), QPushButton()
        self.keep_here.clicked.connect(lambda: self.choose("current"))
        self.keep_other.clicked.connect(lambda: self.choose("proposed"))
        for box, value, button in ((self.here_box, self.here_value, self.keep_here),
                                   (self.other_box, self.other_value, self.keep_other)):
            value.setReadOnly(True)
            value.setMaximumHeight(90)
            inner = QVBoxLayout(box)
            inner.addWidget(value)
            inner.addWidget(button)
        sides = QGridLayout()
        sides.addWidget(self.here_box, 0, 0)
        sides.addWidget(self.other_box, 0, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.record)
        layout.addLayout(sides)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts to look at"))
        self.intro.setText(self.tr(
            "The same information was changed on this computer and on another device before "
            "they could exchange it. Choose which value to keep: your choice is sent to the "
            "county and to every device."))
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("What changed"), self.tr("On this computer"),
            self.tr("The other value"), self.tr("Found")])
        self.empty.setText(self.tr("No conflicts: there is nothing to choose."))
        self.keep_here.setText(self.tr("Keep the value on this &computer"))
        self.keep_other.setText(self.tr("Keep the &other value"))
        self.close_button.setText(self.tr("Close"))
        self._show(self.rows)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.context.read(sync_view.conflict_rows, on_result=self._show)

    def _show(self, rows) -> None:
        selected = self.current()
        self.rows = list(rows)
        fill_table(self.table, [
            (trf(self.tr("%1: %2"), kind_label(r.kind), r.record_name), field_label(r.field),
             value_text(r.field, r.here), value_text(r.field, r.other), r.at)
            for r in self.rows], [r.id for r in self.rows])
        for column in (2, 3):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        ids = [r.id for r in self.rows]
        if self.rows:
            self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._selected()

    def current(self) -> sync_view.ConflictRow | None:
        row = self.table.currentRow()
        selection = self.table.selectionModel().selectedRows()
        if selection:
            row = selection[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        row = self.current()
        for widget in (self.record, self.here_box, self.other_box):
            widget.setVisible(row is not None)
        if row is None:
            return
        self.record.setText(trf(self.tr("%1 “%2”, %3:"), kind_label(row.kind), row.record_name,
                                field_label(row.field)))
        self.here_box.setTitle(self.tr("On this computer now"))
        self.other_box.setTitle(self.tr("Made earlier on this computer, not kept")
                                if row.other_made_here else
                                self.tr("From the county (another device)"))
        self.here_value.setPlainText(value_text(row.field, row.here))
        self.other_value.setPlainText(value_text(row.field, row.other))

    def choose(self, choice: str) -> None:
        row = self.current()
        if row is None:
            return
        self.context.write(resolve_conflict, row.id, choice, on_result=self._resolved)

    def _resolved(self, _changes) -> None:
        from app.ui.qtfix import emit

        emit(self.resolved)
        self.refresh()
