"""The people page's filters: service domain, worker, case status and "visited between",
driven through the widgets, combined with the search; each change re-runs the lazy query."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app.models import Person
from app.services import cases, records
from tests.ui.conftest import make_household, settle, sign_in_worker


def names(page) -> list[str]:
    assert page.context.runner.settle()
    return sorted(row.name_zh for row in page.model.rows)


def test_people_filters_through_the_widgets(station_app, qtbot):
    main = sign_in_worker(station_app)
    workspace = station_app.context.workspace
    make_household(station_app, name_zh="张三")
    make_household(station_app, name_zh="李四", birth="1977-07-07")
    make_household(station_app, name_zh="王五", birth="1960-01-01")
    with workspace.read() as session:
        people = {p.name_zh: p for p in session.scalars(select(Person))}
    long_ago, lately = date.today() - timedelta(days=60), date.today() - timedelta(days=3)
    records.record_visit(workspace, records.VisitInput(
        household_id=people["张三"].household_id, visited_on=long_ago,
        domain_code="elderly_care", service_items=["ec.health"]))
    records.record_visit(workspace, records.VisitInput(
        household_id=people["李四"].household_id, visited_on=lately,
        domain_code="child_welfare", service_items=["cw.verification_visit"]))
    cases.open_case(workspace, cases.CaseInput(person_id=people["王五"].id,
                                               domain_code="social_affairs", intake_reason="x",
                                               opened_on=lately))
    main.go("people")
    settle(station_app)
    page = main.pages["people"]
    page.refresh()
    settle(station_app)
    assert names(page) == ["张三", "李四", "王五"]
    assert page.domain.count() == 5 and page.worker.count() >= 2 and page.status.count() == 4

    page.domain.set_code("elderly_care")
    assert names(page) == ["张三"]
    page.domain.set_code("social_affairs")  # through the case file
    assert names(page) == ["王五"]
    page.domain.set_code("")

    page.status.set_code("open")
    assert names(page) == ["王五"]
    page.status.set_code("none")
    assert names(page) == ["张三", "李四"]
    page.search.setText("张")  # combined with the search
    settle(station_app)
    page.search.flush()
    settle(station_app)
    assert names(page) == ["张三"]
    page.search.setText("")
    settle(station_app)
    page.search.flush()
    settle(station_app)
    page.status.set_code("")

    page.worker.set_code(workspace.user_id)  # registered all three households
    assert names(page) == ["张三", "李四", "王五"]
    page.worker.set_code("")

    # visited between: "any date" until set, each end on its own
    assert page.visited_from.optional_value() is None and page.visited_to.optional_value() is None
    assert page.visited_from.text() == page.visited_from.specialValueText() != ""
    page.visited_from.setDate(QDate(lately.year, lately.month, lately.day))
    assert names(page) == ["李四"]
    page.visited_from.clear_date()
    page.visited_to.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    assert names(page) == ["张三"]
    assert "1" in page.count_label.text()

    # keyboard: Delete goes back to "any date"; Up from "any date" starts at today
    page.visited_to.setFocus()
    qtbot.keyClick(page.visited_to, Qt.Key.Key_Delete)
    settle(station_app)
    assert page.visited_to.optional_value() is None
    assert names(page) == ["张三", "李四", "王五"]
    qtbot.keyClick(page.visited_from, Qt.Key.Key_Up)
    settle(station_app)
    assert page.visited_from.optional_value() == date.today()
    assert names(page) == []  # nobody was visited today
    assert page.visited_label.buddy() is page.visited_from

    # Clear filters: everything back to "all" in one go, the search text stays
    page.domain.set_code("child_welfare")
    page.search.setText("li")
    settle(station_app)
    page.search.flush()
    settle(station_app)
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert (page.domain.code(), page.worker.code(), page.status.code()) == ("", "", "")
    assert page.visited_from.optional_value() is None
    assert names(page) == ["李四"]

    # every filter can be reached with Tab from the search line
    chain, widget = [], page.search
    while len(chain) < 10:
        widget = widget.nextInFocusChain()
        inner = widget.parentWidget() in (page.visited_from, page.visited_to)  # the date's line edit
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not inner:
            chain.append(widget)
    assert chain == [page.village, page.group, page.sex, page.domain, page.worker, page.status,
                     page.visited_from, page.visited_to, page.clear_filters_button, page.table]
