"""Merge a duplicate into the selected person (or household): choose the duplicate (or a
suggestion: people sharing an ID number), pick the surviving value field by field, merge.
Everything of the duplicate moves to the one kept; the duplicate is kept in history as
"merged into"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QLabel, QListWidget, QListWidgetItem, QTableWidget,
                               QTableWidgetItem)

from app.errors import TRANSLATION_CONTEXT
from app.services import merging
from app.services.history import FIELD_LABELS, ENUM_FIELDS
from app.ui.widgets.fields import WrappingLabel
from app.ui.forms.base import RecordForm
from app.ui.pages.base import make_table
from app.ui.text import tr_enum
from app.ui.widgets.pickers import HouseholdPicker, PersonPicker
from app.ui.widgets.layout import wrap_list


class MergeForm(RecordForm):
    FORM_NAME = "merge"

    def __init__(self, context, parent=None, kind: str = "person", survivor_id: str = "") -> None:
        self.kind, self.survivor_id = kind, survivor_id
        self._sides: list[tuple[str, str, str]] = []
        super().__init__(context, parent)

    def build(self) -> None:
        self.intro = WrappingLabel()
        self.form.addRow(self.intro)
        self.suggestions = QListWidget()
        self.suggestions.setMaximumHeight(90)
        wrap_list(self.suggestions)
        self.suggestions.currentItemChanged.connect(lambda item, _old: self._suggested(item))
        if self.kind == "person":
            self.add_row(lambda: self.tr("People with the same ID number"), "suggestions",
                         self.suggestions)
            self.context.query(merging.merge_suggestions, on_result=self._show_suggestions)
        picker = PersonPicker(self.context) if self.kind == "person" else \
            HouseholdPicker(self.context)
        self.duplicate = self.add_row(lambda: self.tr("The &duplicate"), "merged_id", picker)
        self.duplicate.refresh("")
        self.duplicate.chosen.connect(self._load_sides)
        self.fields: QTableWidget = make_table(4)
        self.fields.setMinimumHeight(180)
        self.add_row(lambda: self.tr("Values"), "chosen", self.fields)
        self.resize(720, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.intro.setText(self.tr(
            "The selected record is kept. Everything of the duplicate (visits, case files, "
            "attendance, resource links, members) moves to it; the duplicate stays in the "
            "history as \u201cmerged into\u201d. Tick a value to take it from the duplicate."))
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Kept"),
                                               self.tr("Duplicate"), self.tr("Take")])
        super().retranslate()

    def _show_suggestions(self, suggestions) -> None:
        self.suggestions.clear()
        for suggestion in suggestions:
            if self.survivor_id not in suggestion.person_ids:
                continue
            for person_id, name in zip(suggestion.person_ids, suggestion.names):
                if person_id != self.survivor_id:
                    item = QListWidgetItem(f"{name} · {suggestion.id_number}")
                    item.setData(Qt.ItemDataRole.UserRole, person_id)
                    self.suggestions.addItem(item)

    def _suggested(self, item) -> None:
        if item is not None:
            self.duplicate.preselect = item.data(Qt.ItemDataRole.UserRole)
            self.duplicate.search.setText(item.text().split(" · ")[0])
            self.duplicate.refresh()

    def _load_sides(self, merged_id: str) -> None:
        if merged_id and merged_id != self.survivor_id:
            self.context.query(merging.merge_sides, self.kind, self.survivor_id, merged_id,
                               on_result=self._show_sides)

    def _value(self, name: str, value: str) -> str:
        return tr_enum(value) if name in ENUM_FIELDS and value else value or "—"

    def _show_sides(self, sides) -> None:
        self._sides = list(sides)
        self.fields.setRowCount(len(self._sides))
        for row, (name, ours, theirs) in enumerate(self._sides):
            label = QCoreApplication.translate(TRANSLATION_CONTEXT, FIELD_LABELS.get(name, name))
            for column, text in enumerate((label, self._value(name, ours),
                                           self._value(name, theirs))):
                self.fields.setItem(row, column, _item(text))
            box = QCheckBox()
            box.setObjectName(f"take_{name}")
            self.fields.setCellWidget(row, 3, box)
        self.fields.resizeColumnsToContents()

    def chosen(self) -> dict[str, str]:
        return {name: "merged" for row, (name, _o, _t) in enumerate(self._sides)
                if self.fields.cellWidget(row, 3).isChecked()}

    def submit(self):
        return (merging.merge_records, self.kind, self.survivor_id, self.duplicate.current_id(),
                self.chosen())

    def has_content(self) -> bool:
        return False


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)
