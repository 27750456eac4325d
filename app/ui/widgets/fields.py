"""Form building blocks: a field with its error line, a catalogue combo and checklist, dates."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from app.errors import UserError
from app.ui.text import error_message
from app.ui.qtfix import emit

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Shows a core `ValidationError` next to the field it names; nothing else is saved."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """The widget with an (initially hidden) error line under it, for a form row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        for key in (name, *aliases):
            self._fields[key] = (widget, label)
        return box

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.hide()
            label.clear()
            widget.setProperty("invalid", False)

    def show(self, error: BaseException) -> bool:
        """True if the error belonged to a field of this form (and is now shown there)."""
        if not isinstance(error, UserError) or error.field not in self._fields:
            return False
        widget, label = self._fields[error.field]
        label.setText(error_message(error))
        label.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def text(self, name: str) -> str:
        widget, label = self._fields[name]
        return label.text() if not label.isHidden() else ""

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, (_, label) in self._fields.items() if not label.isHidden()}


class CodeCombo(QComboBox):
    """A combo of (code, label) pairs; `code()` gives the chosen code ("" for the blank)."""

    def __init__(self, blank: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blank = blank
        self._wanted = ""  # a code set before its choices arrived (an opened record's)
        self.activated.connect(self._chosen_by_hand)
        self.set_choices([])

    def _chosen_by_hand(self, _index: int) -> None:
        self._wanted = ""  # the person chose: a code still waiting for its choices is dropped

    def set_choices(self, choices: list[tuple[str, str]], blank: str | None = None) -> None:
        current = self._wanted or self.code()
        self.blockSignals(True)
        self.clear()
        if blank is not None:
            self._blank = blank
        if self._blank:
            self.addItem(self._blank, "")
        for code, label in choices:
            self.addItem(label, code)
        self.blockSignals(False)
        self.set_code(current)

    def set_blank_text(self, text: str) -> None:
        self._blank = text
        if self.count() and self.itemData(0) == "":
            self.setItemText(0, text)
        elif text and self.count():  # choices came first: put the blank on top, unchosen
            current = self.code()
            self.blockSignals(True)
            self.insertItem(0, text, "")
            self.set_code(current)
            self.blockSignals(False)

    def code(self) -> str:
        return self.currentData() or "" if self.count() else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        self._wanted = code if index < 0 and code else ""
        self.setCurrentIndex(index if index >= 0 else 0)


class CheckList(QListWidget):
    """Checkable (code, label) items, e.g. the service items of a domain; Space toggles."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: emit(self.changed))
        self.setMinimumHeight(120)

    def set_choices(self, choices: list[tuple[str, str]], checked: list[str] | None = None) -> None:
        keep = set(checked if checked is not None else self.codes())
        self.blockSignals(True)
        self.clear()
        for code, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in keep else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)


class DateField(QDateEdit):
    """A date with a calendar pop-up, shown as 2026-11-22 in every language."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_date(value or date.today())

    def set_date(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date:
        return self.date().toPython()

    def iso(self) -> str:
        return self.value().isoformat()
