"""Pick a household (recent first) or a person by typing any part of a name or ID number.

Results come from SQL over the stored search keys on a background thread; a newer search
makes older answers stale (they are dropped).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.queries import PeopleFilter
from app.services.ui_queries import households_for_picking, person_rows
from app.ui.context import AppContext
from app.ui.widgets.search import SearchLine
from app.ui.qtfix import emit
from app.ui.widgets.layout import wrap_list


class _Picker(QWidget):
    chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.preselect = ""
        self.search = SearchLine()
        self.list = QListWidget()
        self.list.setMinimumHeight(140)
        wrap_list(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.setFocusProxy(self.search)
        self.search.search_requested.connect(self.refresh)
        self.search.returnPressed.connect(self._first_if_none)
        self.list.currentItemChanged.connect(
            lambda item, _old: emit(self.chosen, item.data(Qt.ItemDataRole.UserRole) if item else ""))
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type a name, pinyin (zs), Wylie or ID number"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _first_if_none(self) -> None:
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def select_id(self, record_id: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == record_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def refresh(self, query: str | None = None) -> None:
        self._generation += 1
        generation = self._generation
        query = self.search.text().strip() if query is None else query
        self.context.query(self._fetch, query,
                           on_result=lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[tuple[str, str]]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        keep = self.current_id()
        self.list.clear()
        for record_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)
        if self.preselect or keep:
            if self.select_id(self.preselect or keep):
                self.preselect = ""


class HouseholdPicker(_Picker):
    """Households this worker visited most recently first; typing searches by member."""

    def _fetch(self, workspace, query: str) -> list[tuple[str, str]]:
        rows = households_for_picking(workspace, query, include_id=self.preselect)
        return [(h.id, " · ".join(x for x in (h.head, h.village, h.address) if x)) for h in rows]


class PersonPicker(_Picker):
    def _fetch(self, workspace, query: str) -> list[tuple[str, str]]:
        rows = person_rows(workspace, PeopleFilter(query=query), limit=50)
        return [(p.id, " · ".join(x for x in (p.name_zh, p.name_bo, p.birth_date[:4], p.village)
                                  if x)) for p in rows]

    def chosen_label(self) -> str:
        item = self.list.currentItem()
        return item.text() if item else ""
