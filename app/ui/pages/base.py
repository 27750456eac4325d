"""What every page shares: retranslate on a language change, refresh on relevant changes,
and a simple table of rows for the record lists (visits, activities, resource links)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.services.workspace import Changes
from app.ui.context import AppContext
from app.ui.fonts import fit_columns, keep_rows_tall


class Page(QWidget):
    KINDS: frozenset[str] = frozenset()  # the record kinds whose changes this page shows

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.changed.connect(self._on_changes)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def new_record(self) -> None:
        """Ctrl+N on this page."""

    def focus_search(self) -> None:
        """Ctrl+F on this page."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if changes.kinds & self.KINDS:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def heading(self) -> QLabel:
        label = QLabel()
        label.setObjectName("pageHeading")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        label.setFont(font)
        return label


def open_keys(view, callback) -> None:
    """Enter or Return on a list or table (when it has the focus) opens the current row,
    like a double-click."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), view, activated=callback,
                  context=Qt.ShortcutContext.WidgetShortcut)


def make_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    keep_rows_tall(table)
    return table


def fill_table(table: QTableWidget, rows: list[tuple], ids: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, (values, record_id) in enumerate(zip(rows, ids)):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(item.text())  # the whole text of a cell narrowed to "…"
            table.setItem(r, c, item)
    table.resizeRowsToContents()  # first: the rows' height decides the vertical scroll bar
    fit_columns(table)


class RecordListPage(Page):
    """A heading, a 'New …' button, optional filters and a table of `RecordRow`s; a
    double-click or Enter on a row opens that record in its form (`form_for`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.filters = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addWidget(self.new_button)
        self.table = make_table(5)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._form = None
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        open_keys(self.table, self.open_current)

    def form_for(self, record_id: str):
        """The form that opens a saved record of this list (None: the list cannot open)."""
        return None

    def current_id(self) -> str:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def open_current(self) -> None:
        record_id = self.current_id()
        form = self.form_for(record_id) if record_id else None
        if form is not None:
            self.open_form(form)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Title"), self.tr("Domain"), self.tr("Details"),
                self.tr("Worker")]

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(self.headers())
        self.empty.setText(self.tr("Nothing recorded yet."))

    def show_rows(self, rows) -> None:
        fill_table(self.table, [(r.day.isoformat(), r.title, r.domain, r.detail, r.worker)
                                for r in rows], [r.id for r in rows])
        self.empty.setVisible(not rows)

    def open_form(self, form) -> None:
        self._form = form
        form.open()
