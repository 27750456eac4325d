"""A new search keeps the old rows (and their column widths) on screen until its first page
arrives, then swaps them in one go: no blank table next to the old count while the query runs,
no later page of the old search fetched meanwhile."""
from __future__ import annotations

from tests.ui.conftest import settle, sign_in_worker
from tests.ui.test_search_and_lists import _bulk_people


def _widths(page) -> list[int]:
    return [page.table.columnWidth(c) for c in range(page.model.columnCount())]


def test_old_rows_stay_until_the_new_first_page_arrives(station_app):
    main = sign_in_worker(station_app)
    _bulk_people(station_app.context.workspace, 300)
    main.go("people")
    settle(station_app)
    page = main.pages["people"]
    page.refresh()
    settle(station_app)
    old_ids = [row.id for row in page.model.rows]
    assert len(old_ids) == 200 and page.model.canFetchMore()
    widths, count = _widths(page), page.count_label.text()
    resets = []
    page.model.modelReset.connect(lambda: resets.append(page.model.rowCount()))

    page.search.setText("单田芳")
    page.search.flush()  # the query is sent; its result is not delivered yet
    assert [row.id for row in page.model.rows] == old_ids
    assert page.model.rowCount() == 200 and _widths(page) == widths
    assert page.count_label.text() == count
    assert not page.model.canFetchMore()  # no page of the old search while the new one runs

    settle(station_app)
    assert [row.name_zh for row in page.model.rows] == ["单田芳"]
    assert resets == [1]  # one swap, straight to the new rows: never an empty table
    assert page.count_label.text() != count
