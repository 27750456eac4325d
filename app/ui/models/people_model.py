"""A lazy list of people over SQL: pages of 200 fetched with keyset paging on a worker thread.

The view asks `canFetchMore()` / `fetchMore()` as the user scrolls; each page is one indexed
query (`people_query(...)` with `id < last id`), so the first screen of 100,000 people paints
as fast as the first 200. A new filter starts a new generation: late pages of an old search
are dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from app.services.queries import PeopleCount, PeopleFilter, count_people_capped
from app.services.ui_queries import PersonRow, person_rows
from app.ui.context import AppContext
from app.ui.text import tr_enum
from app.ui.qtfix import emit

PAGE_SIZE = 200


def _count(workspace, filters: PeopleFilter) -> PeopleCount:
    with workspace.read() as session:
        return count_people_capped(session, filters)


class PeopleModel(QAbstractTableModel):
    loaded = Signal()  # a page arrived
    counted = Signal(object)  # PeopleCount: exact, or "at least" when capped

    COLUMNS = ("name_zh", "name_bo", "sex", "birth_date", "id_number", "village", "groups")

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.filters = PeopleFilter()
        self.rows: list[PersonRow] = []
        self.group_labels: dict[str, str] = {}
        self._generation = 0
        self._loading = False
        self._more = False
        self._headers = {}

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, filters: PeopleFilter) -> None:
        """A new search: its first page replaces the rows when it arrives. Until then the old
        rows (and the columns sized to them) stay on screen, next to the old count, instead of
        a blank table for the query's time; no later page of the old search is fetched."""
        self._generation += 1
        self.filters = filters
        self._more = False
        self._fetch_page(first=True)
        generation = self._generation
        self.context.query(_count, filters, on_result=lambda n: self._counted(generation, n))

    def reload(self) -> None:
        self.set_filter(self.filters)

    def _fetch_page(self, first: bool = False) -> None:
        self._loading = True
        generation = self._generation
        after = self.rows[-1].id if self.rows and not first else None
        self.context.query(person_rows, self.filters, PAGE_SIZE, after_id=after,
                           on_result=lambda rows: self._append(generation, rows, first))

    def _append(self, generation: int, rows: list[PersonRow], first: bool = False) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == PAGE_SIZE
        if first:  # a new search's first page: swap the rows in one reset
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
        elif rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        emit(self.loaded)

    def _counted(self, generation: int, count: PeopleCount) -> None:
        if generation == self._generation:
            emit(self.counted, count)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if self.canFetchMore(parent):
            self._fetch_page()

    # -- the table --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row(self, index: int) -> PersonRow:
        return self.rows[index]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        person = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and person.sensitive:
            return (self.tr("A child's record (sensitive): shown masked to workers who do "
                            "not serve the child.") if person.masked else
                    self.tr("A child's record (sensitive): only those who serve the child, "
                            "supervisors and the admin see it in full."))
        if column == "sex":
            return tr_enum(person.sex)
        if column == "groups":
            return "、".join(self.group_labels.get(g, g) for g in person.target_groups)
        return getattr(person, column)

    def set_headers(self, headers: dict[str, str], group_labels: dict[str, str]) -> None:
        self._headers = headers
        self.group_labels = group_labels
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            emit(self.dataChanged, self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(self.COLUMNS[section], "")
        return None
