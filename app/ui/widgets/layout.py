"""Layouts that never make a page scroll sideways at 1366×768 (Tibetan labels and buttons are
often twice as wide as the Chinese ones).

    row = FlowLayout()            # buttons side by side, wrapping onto the next line
    wrap_list(list_widget)        # items wrap at the list's width; no horizontal scroll bar
    vertical_only(scroll_area)    # a panel that scrolls up and down, its contents wrapping
    wrap_long_rows(form_layout)   # a field goes under its label when the row is too wide
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QFormLayout, QLayout, QListView,
                               QWidgetItem)


class FlowLayout(QLayout):
    """Widgets left to right, as many as fit, then on the next line (Qt's flow layout example,
    written for the buttons of a panel): its minimum width is its widest widget, not the sum."""

    def __init__(self, parent=None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + self.spacing()
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(max(0, width - self.spacing()) + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self):
        return [item for item in self._items
                if item.widget() is None or not item.widget().isHidden()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def vertical_only(area: QAbstractScrollArea) -> None:
    """The area scrolls up and down only; what it holds must wrap (FlowLayout, wrapped labels,
    `wrap_long_rows`)."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def wrap_list(view: QListView) -> None:
    """A list whose long items (Tibetan service items, a household with its address) wrap onto
    a second line at the list's width instead of making the list scroll sideways."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def wrap_long_rows(form: QFormLayout) -> None:
    """A row whose label and field do not fit side by side puts the field under its label."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
