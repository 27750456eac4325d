"""The same windows with the real thread pool: sign in (Argon2id) off the GUI thread, make a
household and log a visit, waiting for results as a person would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Household, Visit
from tests.conftest import WORKER_PASSWORD


def test_sign_in_household_and_visit_with_real_threads(prepared_app, station_dir, qtbot):
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter

    window = StationApp(station_dir, runner=Runner(), errors=ErrorPresenter(modal=False),
                        language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    window.sign_in.username.setText("zhuoma")
    window.sign_in.password.setText(WORKER_PASSWORD)
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.main is not None, timeout=10000)
    main = window.main
    runner = window.context.runner
    main.go("people")
    page = main.pages["people"]
    page.new_record()
    form = page._form
    qtbot.waitUntil(lambda: form.village.count() > 1 and form.groups.count() > 0, timeout=5000)
    form.village.setCurrentIndex(1)
    form.name_zh.setText("张三")
    form.birth.setText("1956")
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=5000)
    main.go("visits")
    main.pages["visits"].new_record()
    visit = main.pages["visits"]._form
    qtbot.waitUntil(lambda: visit.household.list.count() == 1 and visit.items.count() > 0, timeout=5000)
    visit.household.list.setCurrentRow(0)
    visit.items.item(0).setCheckState(Qt.CheckState.Checked)
    visit.save()
    qtbot.waitUntil(lambda: not visit.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: main.pages["visits"].table.rowCount() == 1, timeout=5000)
    runner.wait()
    with window.context.workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 1
        assert session.scalar(select(func.count()).select_from(Visit)) == 1
    workspace = window.context.workspace
    window.lock()
    runner.wait()
    assert window.context.workspace is None and window.sign_in is not None
    runner.shutdown()
