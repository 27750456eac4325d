"""Results reach the screens through one queued path, in tests as in the app: the faults that
only the real app showed (Ctrl+L, a refused "Next stage"), failing callbacks, op results."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import CaseFile, Person
from app.services import cases
from app.services.workspace import Changes
from tests.ui.conftest import make_household, settle, sign_in_worker


def test_inline_executor_delivers_through_the_event_loop(qtbot, prepared_app):
    from app.ui.background import InlineExecutor, Runner

    runner = Runner(InlineExecutor())
    seen = []
    runner.run(lambda x: x * 2, 21, on_result=seen.append)
    assert seen == [] and runner.busy  # not a synchronous shortcut: the result is queued
    assert runner.settle()
    assert seen == [42] and not runner.busy


def test_ctrl_l_locks_the_station(station_app, qtbot):
    main = sign_in_worker(station_app)
    station_app.activateWindow()
    qtbot.waitUntil(station_app.isActiveWindow, timeout=2000)
    qtbot.keyClick(main.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settle(station_app)
    assert station_app.main is None and station_app.context.workspace is None
    assert station_app.sign_in is not None and station_app.sign_in.isVisible()


def _case_in_assessment(station_app) -> str:
    make_household(station_app, name_zh="李秀英")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    case_id, _ = cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", "独居",
                                                              date.today()))
    cases.advance_case(workspace, case_id)  # intake → assessment, which is still empty
    return case_id


@pytest.mark.parametrize("threads", [False, True], ids=["inline", "threads"])
def test_next_stage_with_an_empty_field_says_so_at_the_field(station_app, qtbot, threads):
    from app.ui.background import Runner

    main = sign_in_worker(station_app)
    case_id = _case_in_assessment(station_app)
    if threads:
        station_app.context.runner = Runner()
        station_app.context.runner.on_unhandled = station_app.errors.show
    main.go("cases")
    page = main.pages["cases"]
    page.show_case(case_id)
    qtbot.waitUntil(lambda: page.case is not None and page.case.row.id == case_id, timeout=5000)
    page.buttons["advance"].click()  # saves the (empty) text, then asks to move on: refused
    assert station_app.context.runner.settle()
    assert page.errors.text("assessment"), "the refusal was not shown at the field"
    assert page.case.row.stage == "assessment"
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).stage == "assessment"
    # filled in, the same button moves on and the message goes away
    page.editors["assessment"].setPlainText("需要照料")
    page.buttons["advance"].click()
    assert station_app.context.runner.settle()
    assert page.case.row.stage == "planning" and not page.errors.text("assessment")
    if threads:
        station_app.context.runner.shutdown()


def test_a_failing_result_callback_is_shown_not_swallowed(station_app):
    sign_in_worker(station_app)
    shown = []
    station_app.errors.shown.connect(shown.append)

    def broken(_result) -> None:
        raise RuntimeError("a screen could not show the result")

    station_app.context.query(lambda ws: ws.username, on_result=broken)
    settle(station_app)
    assert shown == [station_app.errors.text_for(RuntimeError())]  # "Something went wrong…"


def test_an_op_must_say_what_it_changed(station_app):
    sign_in_worker(station_app)
    shown, results = [], []
    station_app.errors.shown.connect(shown.append)
    station_app.context.op(lambda ws: None, on_result=results.append)  # no Changes: a bug
    settle(station_app)
    assert results == [] and len(shown) == 1
    seen = []
    station_app.context.changed.connect(seen.append)
    station_app.context.op(lambda ws: Changes.of("visit", "x"), on_result=results.append)
    settle(station_app)
    assert results == [Changes.of("visit", "x")] and seen == [Changes.of("visit", "x")]


def test_an_exception_escaping_a_slot_is_shown_in_the_running_app(station_app, qtbot):
    """The app installs this hook (run_application); PySide6 hands it what a slot raised."""
    import sys

    from PySide6.QtWidgets import QPushButton

    from app.ui.errors import show_uncaught

    shown = []
    station_app.errors.shown.connect(shown.append)
    button = QPushButton()

    def broken() -> None:
        raise RuntimeError("a click handler broke")

    button.clicked.connect(broken)
    previous, sys.excepthook = sys.excepthook, show_uncaught(station_app.errors)
    try:
        with qtbot.capture_exceptions() as raised:  # pytest-qt's own hook is set aside here
            sys.excepthook = show_uncaught(station_app.errors)
            button.click()
    finally:
        sys.excepthook = previous
    assert shown == [station_app.errors.text_for(RuntimeError())] and not raised
