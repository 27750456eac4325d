"""Form building blocks: a field with its error line, a catalogue combo and checklist, dates."""
from __future__ import annotations

from datetime import date

import math

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (QComboBox, QDateEdit, QLabel, QListWidget, QListWidgetItem,
                               QStyle, QStyleOptionComboBox, QStylePainter, QVBoxLayout, QWidget)

from app.errors import UserError
from app.ui.text import error_message
from app.ui.qtfix import emit
from app.ui.widgets.layout import wrap_list

ERROR_STYLE = "color: #b00020;"


class WrappingLabel(QLabel):
    """A word-wrapped label that is never shorter than its text at its width (layouts inside
    splitters and scroll areas give a wrapped label the height of one guess, not of its text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _fit(self) -> None:
        need = self.heightForWidth(max(self.width(), 1))
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()


class ErrorLabel(WrappingLabel):
    """The error line under a field: keeps the error, so it follows a language change; as
    high as its wrapped text (a long Tibetan message was cut at the top and bottom)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setContentsMargins(0, 0, 2, 0)  # room for a last glyph's ink past its advance
        self.error: UserError | None = None
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: UserError) -> None:
        self.error = error
        self.setText(error_message(error))
        self.show()

    def clear_error(self) -> None:
        self.error = None
        self.clear()
        self.hide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == event.Type.LanguageChange and self.error is not None:
            self.setText(error_message(self.error))
        super().changeEvent(event)


def _changed_signal(widget: QWidget):
    """The signal a field sends when the user changes it (None if it has none)."""
    for name in ("changed", "chosen", "textChanged", "currentIndexChanged", "valueChanged",
                 "dateChanged", "toggled"):
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            return signal
    return None


class FieldErrors:
    """Shows a core `ValidationError` next to the field it names; nothing else is saved.

    The field's error is scrolled into view, follows a language change, and goes away as soon
    as the user changes that field."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def wrap(self, name: str, widget: QWidget, *aliases: str) -> QWidget:
        """The widget with an (initially hidden) error line under it, for a form row."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = ErrorLabel()
        label.setObjectName(f"error_{name}")
        layout.addWidget(label)
        for key in (name, *aliases):
            self._fields[key] = (widget, label)
        signal = _changed_signal(widget)
        if signal is not None:
            signal.connect(lambda *_args, lab=label: lab.clear_error() if lab.error else None)
        return box

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear_error()
            widget.setProperty("invalid", False)

    def show(self, error: BaseException) -> bool:
        """True if the error belonged to a field of this form (and is now shown there)."""
        if not isinstance(error, UserError) or error.field not in self._fields:
            return False
        widget, label = self._fields[error.field]
        label.show_error(error)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll_into_view(label.parentWidget())
        return True

    def text(self, name: str) -> str:
        widget, label = self._fields[name]
        return label.text() if not label.isHidden() else ""

    def names(self) -> list[str]:
        """The field names (and aliases) this form shows errors for."""
        return list(self._fields)

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, (_, label) in self._fields.items() if not label.isHidden()}


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every scroll area that holds `widget` so that it is in sight (now, and again once
    the error line has been laid out)."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    _scroll_now(widget)
    QTimer.singleShot(0, widget, lambda: _scroll_now(widget))


def _scroll_now(widget: QWidget) -> None:
    from PySide6.QtWidgets import QScrollArea  # noqa: PLC0415

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and \
                parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()


class CodeCombo(QComboBox):
    """A combo of (code, label) pairs; `code()` gives the chosen code ("" for the blank).

    As wide as its longest choice when there is room; squeezed (long Tibetan choices in a row
    of filters), it shows the chosen text with "…" and in full in its tooltip and drop-down
    list, never cut."""

    MINIMUM_CHARACTERS = 8

    def __init__(self, blank: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blank = blank
        self._wanted = ""  # a code set before its choices arrived (an opened record's)
        self.activated.connect(self._chosen_by_hand)
        # wide enough for the longest choice whenever the choices or the language change (the
        # default measures once, at first show, when the choices have often not arrived yet)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setProperty("elidesText", True)
        self.set_choices([])

    def _chosen_by_hand(self, _index: int) -> None:
        self._wanted = ""  # the person chose: a code still waiting for its choices is dropped

    def _field_room(self, size: QSize) -> int:
        """Pixels for the text in a combo of `size` (the style's edit field)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), size)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for the longest choice in the edit field (Qt's own hint is a few px short)."""
        hint = super().sizeHint()
        metrics = QFontMetricsF(self.font())
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0.0)
        missing = math.ceil(longest) + 2 - self._field_room(hint)
        if missing > 0:
            hint.setWidth(hint.width() + missing)
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        metrics = QFontMetricsF(self.font())
        short = math.ceil(metrics.horizontalAdvance("x") * self.MINIMUM_CHARACTERS)
        hint.setWidth(min(hint.width(), self.sizeHint().width() - self._field_room(self.sizeHint()) + short))
        return hint

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The chosen text, with "…" when the box is narrower than the text."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self._field_room(self.size())
        full = option.currentText
        option.currentText = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(full if option.currentText != full else "")
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

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
        wrap_list(self)

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
