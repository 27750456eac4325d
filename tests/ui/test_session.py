"""Language switch at run time, larger text, idle lock with drafts saved, error presenter."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid
from sqlalchemy import select

from app.models import User
from app.services import drafts
from tests.ui.conftest import make_household, settle, sign_in_worker


def test_language_switch_retranslates_visible_widgets_and_is_kept(station_app):
    main = sign_in_worker(station_app)
    main.go("visits")
    settle(station_app)
    page = main.pages["visits"]
    zh_title = page.head.text()
    zh_nav = main.nav.item(0).text()
    main.go("settings")
    settle(station_app)
    settings = main.pages["settings"]
    settings.language.set_code("bo")
    settings.language_chosen.emit("bo")
    settle(station_app)
    QCoreApplication.processEvents()
    expected_bo = QCoreApplication.translate("VisitsPage", "Household visits")
    assert page.head.text() == expected_bo
    assert main.nav.item(0).text() != zh_nav or expected_bo == zh_title
    with station_app.context.workspace.read() as session:
        assert session.scalar(select(User.language).where(User.username == "zhuoma")) == "bo"
    settings.language_chosen.emit("en")
    settle(station_app)
    QCoreApplication.processEvents()
    assert page.head.text() == "Household visits"
    assert main.nav.item(0).text().startswith("Today")


def test_larger_text_scales_the_font_and_is_kept(station_app, prepared_app):
    main = sign_in_worker(station_app)
    before = prepared_app.font().pointSizeF()
    main.pages["settings"].larger.setChecked(True)
    settle(station_app)
    assert prepared_app.font().pointSizeF() > before
    with station_app.context.workspace.read() as session:
        assert session.scalar(select(User.larger_text).where(User.username == "zhuoma"))
    main.pages["settings"].larger.setChecked(False)
    settle(station_app)
    assert prepared_app.font().pointSizeF() == before


def test_idle_lock_saves_the_open_draft_and_returns_to_sign_in(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app)
    main.go("visits")
    settle(station_app)
    main.pages["visits"].new_record()
    settle(station_app)
    form = main.pages["visits"]._form
    form.notes.setPlainText("没写完的记录")
    workspace = station_app.context.workspace
    station_app.idle.start(50)  # instead of ten minutes (the real timer and clock)
    qtbot.waitUntil(lambda: station_app.main is None, timeout=20_000)
    assert station_app.sign_in is not None and station_app.sign_in.isVisible()
    assert station_app.context.workspace is None
    assert not isValid(form) or not form.isVisible()  # closed (or already deleted)
    qtbot.wait(50)  # deferred deletes of the main window and its forms
    assert not any("没写完" in w.toPlainText() for w in station_app.findChildren(type(form.notes)))
    # the draft was saved inside the encrypted store and comes back in the next form
    main = sign_in_worker(station_app)
    assert drafts.load_draft(station_app.context.workspace, "visit")["notes"] == "没写完的记录"
    main.go("visits")
    settle(station_app)
    main.pages["visits"].new_record()
    settle(station_app)
    form = main.pages["visits"]._form
    assert form.notes.toPlainText() == "没写完的记录"
    assert form.draft_banner.isVisibleTo(form)
    form.discard_draft()
    settle(station_app)
    assert drafts.load_draft(station_app.context.workspace, "visit") is None
    assert workspace is not station_app.context.workspace


def test_input_keeps_the_session_alive(station_app, qtbot):
    """Deterministic (it used a 400 ms timer and failed under load): the watcher's own
    `check()` — what its timer runs — with a clock the test moves, and real key presses
    through the application's event filter."""
    from PySide6.QtCore import Qt

    main = sign_in_worker(station_app)
    watcher = station_app.idle
    now = [1000.0]
    watcher.clock = lambda: now[0]
    watcher.start(10 * 60_000)  # ten minutes
    for _ in range(6):  # a key every 9 minutes: an hour of work, never locked
        now[0] += 9 * 60
        qtbot.keyClick(main.pages["today"].tasks, Qt.Key.Key_Down)
        assert watcher.check() is False
        settle(station_app)
        assert station_app.main is main
    now[0] += 9 * 60  # nine minutes without input: not yet
    assert watcher.check() is False and station_app.main is main
    assert watcher.timer.isActive() and watcher.timer.interval() == 60_000  # what is left
    now[0] += 61  # ten minutes and a second: locked, through the same path as the timer
    assert watcher.check() is True
    qtbot.waitUntil(lambda: station_app.main is None, timeout=10_000)
    assert station_app.sign_in is not None and not watcher.watching


def test_unexpected_errors_are_shown_from_one_place_with_details(station_app):
    from app.ui.errors import classify, details_of

    sign_in_worker(station_app)
    shown = []
    station_app.errors.shown.connect(shown.append)
    station_app.context.op(lambda ws: 1 / 0)
    settle(station_app)
    assert shown == [station_app.errors.text_for(ZeroDivisionError())]  # the apology, once
    try:
        1 / 0
    except ZeroDivisionError as error:
        assert classify(error) == "bug" and "ZeroDivisionError" in details_of(error)


def test_language_chosen_on_the_sign_in_screen_becomes_the_users(station_app):
    sign_in_screen = station_app.sign_in
    sign_in_screen.language.set_code("bo")
    sign_in_screen._language_activated(sign_in_screen.language.currentIndex())  # as a click does
    QCoreApplication.processEvents()
    assert sign_in_screen.button.text() == QCoreApplication.translate("SignInWindow", "&Sign in")
    sign_in_worker(station_app)
    assert station_app.language == "bo"
    with station_app.context.workspace.read() as session:
        assert session.scalar(select(User.language).where(User.username == "zhuoma")) == "bo"


def test_a_notice_after_sign_out_and_in_reaches_the_new_window_only(station_app, qtbot):
    """The old main window is deleted at sign-out; a notice (e.g. "this is a child's record")
    must not go to it (RuntimeError in a slot → the "something went wrong" box)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    shown = []
    station_app.errors.shown.connect(shown.append)
    sign_in_worker(station_app)
    station_app.sign_out()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window goes
    main = sign_in_worker(station_app)
    station_app.errors.notified.emit("通知")
    settle(station_app)
    assert shown == [] and main.message.text() == "通知"
