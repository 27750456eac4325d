"""Screenshots of every main screen in Chinese and Tibetan, made offscreen on the demo station,
into test-artifacts/screenshots/ (git-ignored) for a person to look at."""
from __future__ import annotations

import pytest

from app.services.demo import DEMO_PASSWORD
from tests.ui.conftest import SCREENSHOTS, sign_in

PAGES = ("today", "people", "visits", "cases", "activities", "resources", "reports", "sync",
         "settings")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from app.services.demo import create_demo_station

    data_dir = tmp_path_factory.mktemp("demo") / "station"
    create_demo_station(data_dir, households_count=40)
    return data_dir


@pytest.mark.parametrize("language", ["zh_CN", "bo"])
def test_screenshots_of_every_main_screen(prepared_app, demo_dir, qtbot, language):
    from app.ui.application import StationApp
    from app.ui.background import InlineExecutor, Runner
    from app.ui.errors import ErrorPresenter

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window = StationApp(demo_dir, runner=Runner(InlineExecutor()), errors=ErrorPresenter(modal=False),
                        language=language)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.grab().save(str(SCREENSHOTS / f"{language}_sign_in.png"))
    main = sign_in(window, "zhuoma", DEMO_PASSWORD)
    window.switch_language(language, store=False)
    for name in PAGES:
        main.go(name)
        qtbot.wait(20)
        assert not window.grab().isNull()
        window.grab().save(str(SCREENSHOTS / f"{language}_{name}.png"))
    main.go("people")
    main.pages["people"].table.selectRow(0)
    window.grab().save(str(SCREENSHOTS / f"{language}_people_selected.png"))
    main.go("visits")
    main.pages["visits"].new_record()
    form = main.pages["visits"]._form
    form.domain.setCurrentIndex(2)
    form.household.list.setCurrentRow(0)
    form.grab().save(str(SCREENSHOTS / f"{language}_visit_form.png"))
    form.save()  # no service item chosen: the field error shows
    form.grab().save(str(SCREENSHOTS / f"{language}_visit_form_error.png"))
    form.reject()
    main.pages["people"].new_record()
    main.pages["people"]._form.grab().save(str(SCREENSHOTS / f"{language}_household_form.png"))
    main.pages["people"]._form.reject()
    main.go("activities")
    main.pages["activities"].new_record()
    main.pages["activities"]._form.grab().save(str(SCREENSHOTS / f"{language}_activity_form.png"))
    main.pages["activities"]._form.reject()
    window.lock()
    main = sign_in(window, "wangfang", DEMO_PASSWORD)
    window.switch_language(language, store=False)
    window.grab().save(str(SCREENSHOTS / f"{language}_supervisor_today.png"))
    main.go("cases")
    window.grab().save(str(SCREENSHOTS / f"{language}_supervisor_cases.png"))
    window.context.workspace.store.close()
