"""Screenshots of the history of a corrected visit and of the supervisor's caseload view, in
Chinese and Tibetan, on the demo station, into test-artifacts/screenshots/ for a person to
look at (the test also checks that each view shows its content)."""
from __future__ import annotations

import pytest

from app.services.demo import DEMO_PASSWORD
from tests.ui.conftest import SCREENSHOTS, sign_in


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from app.services.demo import create_demo_station

    data_dir = tmp_path_factory.mktemp("demo") / "station"
    create_demo_station(data_dir, households_count=40)
    return data_dir


@pytest.mark.parametrize("language", ["zh_CN", "bo"])
def test_screenshots_of_history_and_caseload(prepared_app, demo_dir, qtbot, language):
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window = StationApp(demo_dir, runner=Runner(synchronous=True),
                        errors=ErrorPresenter(modal=False), language=language)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    main = sign_in(window, "admin", DEMO_PASSWORD)
    window.switch_language(language, store=False)
    main.go("visits")
    page = main.pages["visits"]
    assert page.table.rowCount() > 0
    page.table.setCurrentCell(0, 0)
    page.open_current()
    form = page._form
    form.notes.setPlainText(form.notes.toPlainText() + " 复查：血压平稳")
    form.people_served.setValue(form.people_served.value() + 1)
    form.save()
    assert not form.isVisible(), form.errors.visible_errors()
    page.table.setCurrentCell(0, 0)
    page.open_current()
    form = page._form
    form.grab().save(str(SCREENSHOTS / f"{language}_visit_opened.png"))
    form.show_history()
    dialog = form._history
    assert dialog.tree.topLevelItemCount() >= 2
    qtbot.wait(20)
    dialog.grab().save(str(SCREENSHOTS / f"{language}_history.png"))
    dialog.reject()
    form.reject()
    window.lock()
    main = sign_in(window, "wangfang", DEMO_PASSWORD)
    window.switch_language(language, store=False)
    main.go("team")
    team = main.pages["team"]
    assert team.loads.rowCount() > 0 and team.cases.rowCount() > 0
    qtbot.wait(20)
    window.grab().save(str(SCREENSHOTS / f"{language}_caseload.png"))
    team.loads.selectRow(0)
    window.grab().save(str(SCREENSHOTS / f"{language}_caseload_worker.png"))
    window.context.workspace.store.close()
