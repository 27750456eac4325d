"""UI fixtures: the real app window on a real encrypted station. Its runner has an inline
executor (jobs run at once, in order, so tests are deterministic) but delivers results through
the same queued signal as the app's threads: after an action, `settle(window)` lets the event
loop deliver them. One test uses the real thread pool."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SUPERVISOR_PASSWORD, WORKER_PASSWORD

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def prepared_app(qapp):
    from app.ui.application import prepare_application

    return prepare_application()


@pytest.fixture()
def station_app(prepared_app, station_dir, qtbot):
    from app.ui.translations import switch_language
    from app.ui.application import StationApp
    from app.ui.background import InlineExecutor, Runner
    from app.ui.errors import ErrorPresenter

    window = StationApp(station_dir, runner=Runner(InlineExecutor()),
                        errors=ErrorPresenter(modal=False), language="zh_CN")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    window.context.runner.wait()
    window.context.runner.shutdown()
    workspace = window.context.workspace
    if workspace is not None:
        workspace.store.close()
    try:
        window.idle.stop()
    except RuntimeError:  # already deleted with the window
        pass
    switch_language(prepared_app, "zh_CN")


def settle(window) -> None:
    """Let the event loop deliver every result (and the work those results start)."""
    assert window.context.runner.settle(), "background jobs did not finish"


def sign_in(window, username: str, password: str):
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(password)
    window.sign_in.submit()
    settle(window)
    assert window.main is not None, window.sign_in.error.text()
    return window.main


def sign_in_worker(window):
    return sign_in(window, "zhuoma", WORKER_PASSWORD)


def sign_in_supervisor(window):
    return sign_in(window, "wangfang", SUPERVISOR_PASSWORD)


def make_household(window, name_zh="张三", name_bo="", id_number="", birth="1956-04-02",
                   village_index=1):
    """Through the real form: Ctrl+N on the people page, fill in, save."""
    main = window.main
    main.go("people")
    main.pages["people"].new_record()
    settle(window)  # the form's choices (villages, groups) arrive
    form = main.pages["people"]._form
    form.village.setCurrentIndex(village_index)
    form.name_zh.setText(name_zh)
    form.name_bo.setText(name_bo)
    form.birth.setText(birth)
    form.id_number.setText(id_number)
    form.save()
    settle(window)
    window.activateWindow()  # the closed form hands the keyboard back, as a window manager does
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return form


def confirm_decision(page, accept: bool = True) -> None:
    """Answer the Cases page's "Approve case …?" question as a person would (click a button)."""
    box = page.confirm_box
    assert box is not None and box.isVisible(), "no confirmation was asked"
    for button in box.buttons():
        role = box.buttonRole(button)
        wanted = box.ButtonRole.AcceptRole if accept else box.ButtonRole.RejectRole
        if role == wanted:
            button.click()
            return
    raise AssertionError("the confirmation has no such button")
