"""UI fixtures: the real app window on a real encrypted station, with a synchronous runner
(Picard-style) so tests are deterministic; one test uses the real thread pool."""
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
    from app.ui import language
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter

    window = StationApp(station_dir, runner=Runner(synchronous=True),
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
    language.switch_language("zh_CN")


def sign_in(window, username: str, password: str):
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(password)
    window.sign_in.submit()
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
    form = main.pages["people"]._form
    form.village.setCurrentIndex(village_index)
    form.name_zh.setText(name_zh)
    form.name_bo.setText(name_bo)
    form.birth.setText(birth)
    form.id_number.setText(id_number)
    form.save()
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
