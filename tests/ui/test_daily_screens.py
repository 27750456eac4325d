"""Issue 14: the daily screens as a person meets them, with the real thread pool (answers
arrive late and in any order, as in the app): the record saved is the one shown, decisions are
confirmed and never slide onto another case, forms fit the screen, errors are seen, drafts
come back whole, and the user is told what happened."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import CaseFile, Person
from tests.conftest import SUPERVISOR_PASSWORD, WORKER_PASSWORD
from tests.ui.conftest import confirm_decision

WAIT = 8000


@pytest.fixture()
def threaded_app(prepared_app, station_dir, qtbot):
    """The app window with the real background runner (two worker threads)."""
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter

    window = StationApp(station_dir, runner=Runner(), errors=ErrorPresenter(modal=False),
                        language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    yield window
    runner = window.context.runner
    runner.wait()
    workspace = window.context.workspace
    if workspace is not None:
        window.lock()
        runner.wait()
    runner.shutdown()
    try:
        window.idle.stop()
    except RuntimeError:
        pass
    from app.ui.translations import switch_language

    switch_language(prepared_app, "zh_CN")


def sign_in_as(window, qtbot, username: str, password: str):
    window.sign_in.username.setText(username)
    window.sign_in.password.setText(password)
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.main is not None, timeout=WAIT)
    return window.main


def add_people(workspace, names: list[str]) -> list[str]:
    """Households (one member each) made through the core service; returns the person ids."""
    from app.services import households
    from app.services.households import HouseholdInput, PersonInput
    from app.services.queries import villages

    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    ids = []
    for name in names:
        households.create_household(workspace, HouseholdInput(village_id=village),
                                    [PersonInput(name_zh=name, birth_date="1950-03-07")])
        with workspace.read() as session:
            ids.append(session.scalar(select(Person.id).where(Person.name_zh == name)))
    return ids


def open_case_for(workspace, person_id: str, reason: str = "独居") -> str:
    from app.services import cases

    case_id, _ = cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", reason,
                                                            date.today()))
    return case_id


# -- 1. the saved record is the one selected and shown --------------------------------------
def test_after_saving_a_new_case_the_new_case_is_selected_and_shown(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    workspace = threaded_app.context.workspace
    old_person, new_person = add_people(workspace, ["李秀英", "王桂兰"])
    old_case = open_case_for(workspace, old_person)
    main.go("cases")
    page = main.pages["cases"]
    page.refresh()
    qtbot.waitUntil(lambda: page.case is not None and page.case.row.id == old_case, timeout=WAIT)
    page.new_record()
    form = page._form
    form.person.search.setText("王桂兰")
    form.person.search.flush()
    qtbot.waitUntil(lambda: form.person.list.count() == 1 and form.domain.count() > 1, timeout=WAIT)
    form.person.list.setCurrentRow(0)
    form.domain.setCurrentIndex(1)
    form.reason.setPlainText("行动不便")
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT)
    with workspace.read() as session:
        new_case = session.scalar(select(CaseFile.id).where(CaseFile.person_id == new_person))
    # from the moment the form closes, nothing can be typed into the old case
    assert page.case is None or page.case.row.id == new_case
    qtbot.waitUntil(lambda: page.case is not None and page.case.row.id == new_case, timeout=WAIT)
    threaded_app.context.runner.wait()
    qtbot.wait(200)  # every late answer delivered
    assert page.case.row.id == new_case, "the detail went back to the case shown before"
    selected = page.table.selectedItems()
    assert selected and selected[0].data(Qt.ItemDataRole.UserRole) == new_case
    assert "王桂兰" in page.title_label.text()


def test_a_late_answer_for_another_case_is_not_shown(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    workspace = threaded_app.context.workspace
    first, second = add_people(workspace, ["赵建国", "钱学英"])
    first_case, second_case = open_case_for(workspace, first), open_case_for(workspace, second)
    main.go("cases")
    page = main.pages["cases"]
    page.refresh()
    qtbot.waitUntil(lambda: page.case is not None, timeout=WAIT)
    from app.services import ui_queries

    stale = ui_queries.case_detail(workspace, first_case)
    page.show_case(second_case)
    page._show_detail(stale)  # an answer for the case chosen before arrives late
    assert page.case is None or page.case.row.id == second_case
    qtbot.waitUntil(lambda: page.case is not None and page.case.row.id == second_case, timeout=WAIT)


# -- 2. decisions are confirmed and never slide onto the next case -------------------------
def test_approve_asks_first_names_the_case_and_does_not_select_the_next(threaded_app, qtbot):
    from app.services import cases
    from app.services.station import sign_in as core_sign_in

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    workspace = threaded_app.context.workspace
    a, b = add_people(workspace, ["孙丽", "周强"])
    case_a, case_b = open_case_for(workspace, a), open_case_for(workspace, b)
    for case_id in (case_a, case_b):
        with workspace.write() as session:
            row = session.get(CaseFile, case_id)
            row.stage, row.assessment, row.plan_goals = "planning", "a", "b"
        cases.submit_case_for_review(workspace, case_id)
    threaded_app.lock()
    threaded_app.context.runner.wait()
    main = sign_in_as(threaded_app, qtbot, "wangfang", SUPERVISOR_PASSWORD)
    main.go("cases")
    page = main.pages["cases"]
    page.scope.set_code("review")
    qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.case is not None, timeout=WAIT)
    shown = page.case.row.id
    number = page.case.row.number
    page.buttons["approve"].click()
    assert page.confirm_box is not None and page.confirm_box.isVisible()
    assert number in page.confirm_box.text()
    threaded_app.context.runner.wait()
    with threaded_app.context.workspace.read() as session:
        assert session.get(CaseFile, shown).review_state == "submitted", "approved without asking"
    confirm_decision(page)
    qtbot.waitUntil(lambda: page.outcome.isVisible(), timeout=WAIT)
    assert number in page.outcome.text()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT)
    threaded_app.context.runner.wait()
    qtbot.wait(200)
    assert not page.table.selectedItems(), "the next case was selected under the pointer"
    assert not page.buttons["approve"].isVisible()
    with threaded_app.context.workspace.read() as session:
        assert session.get(CaseFile, shown).review_state == "approved"
        other = case_b if shown == case_a else case_a
        assert session.get(CaseFile, other).review_state == "submitted"
    del core_sign_in


# -- 3. the window and every form fit a 1366×768 screen ------------------------------------
def test_the_window_and_the_tallest_form_fit_the_laptop_screen(threaded_app, qtbot):
    from PySide6.QtWidgets import QApplication

    screen = QApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)  # tests/fixtures/screen-1366x768.json
    assert threaded_app.frameGeometry().bottom() <= screen.bottom()
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    threaded_app.apply_larger_text(True, store=False)
    try:
        assert threaded_app.frameGeometry().bottom() <= screen.bottom()
        status = main.statusBar()
        assert status.mapTo(threaded_app, status.rect().bottomLeft()).y() <= threaded_app.height()
        main.go("activities")
        main.pages["activities"].new_record()  # the tallest form (780 px wanted)
        form = main.pages["activities"]._form
        qtbot.waitUntil(form.isVisible, timeout=WAIT)
        assert form.height() <= screen.height() - 32
        save = form.save_button.mapTo(form, form.save_button.rect().bottomRight())
        assert form.rect().contains(save), "Save is below the form's edge"
        form.reject()
    finally:
        threaded_app.apply_larger_text(False, store=False)


# -- 4. field errors are seen, follow the language, and go when fixed ----------------------
def test_a_field_error_scrolls_into_view_is_retranslated_and_clears_when_fixed(threaded_app, qtbot):
    from PySide6.QtWidgets import QScrollArea

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    threaded_app.apply_larger_text(True, store=False)
    try:
        main.go("resources")
        main.pages["resources"].new_record()
        form = main.pages["resources"]._form
        qtbot.waitUntil(lambda: form.isVisible() and form.domain.count() > 1, timeout=WAIT)
        form.resize(form.width(), 420)  # a short form: the money field is below the fold
        form.domain.setCurrentIndex(1)
        form.source.setCurrentIndex(1)
        form.provider.setText("县民政局")
        form.money.setText("五百")  # not an amount
        scroll = form.findChild(QScrollArea)
        scroll.verticalScrollBar().setValue(0)
        form.save()
        qtbot.waitUntil(lambda: bool(form.errors.text("money")), timeout=WAIT)
        chinese = form.errors.text("money")
        qtbot.wait(50)
        label = form.findChild(type(form.errors._fields["money"][1]), "error_money")
        top_left = label.mapTo(scroll.viewport(), label.rect().topLeft())
        assert 0 <= top_left.y() and top_left.y() + label.height() <= scroll.viewport().height(), \
            "the error is out of sight"
        threaded_app.switch_language("en", store=False)
        qtbot.wait(50)  # Qt posts LanguageChange to the windows
        assert form.errors.text("money") and form.errors.text("money") != chinese
        assert "not an amount" in form.errors.text("money")
        form.money.setText("500")  # fixed: the old error goes at once
        assert not form.errors.text("money")
        form.reject()
    finally:
        threaded_app.switch_language("zh_CN", store=False)
        threaded_app.apply_larger_text(False, store=False)


# -- 5. drafts come back whole, and "Discard draft" empties the form -----------------------
def test_a_visit_draft_comes_back_whole_after_the_lock_and_discard_empties_it(threaded_app, qtbot):
    from app.services import drafts

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    add_people(threaded_app.context.workspace, ["张三", "李四"])
    main.go("visits")
    main.pages["visits"].new_record()
    form = main.pages["visits"]._form
    qtbot.waitUntil(lambda: form.household.list.count() == 2 and form.items.count() > 0, timeout=WAIT)
    form.household.list.setCurrentRow(1)
    household = form.household.current_id()
    form.domain.setCurrentIndex(2)
    domain = form.domain.code()
    qtbot.waitUntil(lambda: form.items.count() > 1 and form.domain.code() == domain, timeout=WAIT)
    qtbot.wait(100)
    form.items.item(1).setCheckState(Qt.CheckState.Checked)
    ticked = form.items.codes()
    form.notes.setPlainText("老人腿脚不便")
    form.follow_up_check.setChecked(True)
    threaded_app.lock()  # the idle lock does the same
    threaded_app.context.runner.wait()
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    main.go("visits")
    main.pages["visits"].new_record()
    form = main.pages["visits"]._form
    qtbot.waitUntil(lambda: not form.draft_banner.isHidden(), timeout=WAIT)
    qtbot.waitUntil(lambda: form.household.current_id() == household and form.items.codes() == ticked,
                    timeout=WAIT)
    assert form.domain.code() == domain
    assert form.notes.toPlainText() == "老人腿脚不便" and form.follow_up_check.isChecked()
    form.discard_draft()
    assert form.notes.toPlainText() == "" and not form.follow_up_check.isChecked()
    assert form.household.current_id() == "" and form.items.codes() == []
    form.reject()  # Esc: nothing typed, nothing kept
    threaded_app.context.runner.wait()
    qtbot.wait(50)
    assert not drafts.load_draft(threaded_app.context.workspace, "visit")


# -- 8. the user is told what happened ------------------------------------------------------
def test_undo_says_what_was_undone_and_saving_the_lock_time_says_so(threaded_app, qtbot):
    from app.services.demo import DEMO_PASSWORD  # noqa: F401 - the admin below is the test station's
    from tests.conftest import ADMIN_PASSWORD

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    add_people(threaded_app.context.workspace, ["张三"])
    main.go("visits")
    main.pages["visits"].new_record()
    form = main.pages["visits"]._form
    qtbot.waitUntil(lambda: form.household.list.count() == 1 and form.items.count() > 0, timeout=WAIT)
    form.household.list.setCurrentRow(0)
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    form.save()
    qtbot.waitUntil(lambda: main.undo_button.isVisible(), timeout=WAIT)
    main.undo_button.click()
    threaded_app.context.runner.wait()
    # delivered by the event loop after the worker thread: wait for it, not a fixed 100 ms
    # (it failed under load with the save's "已保存。" still shown)
    qtbot.waitUntil(lambda: "撤销" in main.message.text() or "Undone" in main.message.text(),
                    timeout=WAIT)
    assert form.tr("Visit saved") in main.message.text() or "走访" in main.message.text()
    assert main.message.text() != main.tr("Saved.")
    threaded_app.lock()
    threaded_app.context.runner.wait()
    assert threaded_app.sign_in.username.text() == "zhuoma"  # locked: only the password again
    main = sign_in_as(threaded_app, qtbot, "admin", ADMIN_PASSWORD)
    main.go("settings")
    settings = main.pages["settings"]
    settings.lock_minutes.setValue(7)
    settings.lock_button.click()
    qtbot.waitUntil(lambda: "7" in settings.lock_done.text(), timeout=WAIT)


def test_sign_out_and_exit_are_commands(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    titles = [action.text() for action in main.session_menu.actions()]
    assert len(titles) == 3 and all(titles)
    assert main.sign_out_action.shortcut().toString() and main.exit_action.shortcut().toString()
    main.sign_out_action.trigger()
    threaded_app.context.runner.wait()
    assert threaded_app.context.workspace is None and threaded_app.sign_in is not None
    assert threaded_app.sign_in.username.text() == ""  # the next person starts afresh
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    main.exit_action.trigger()
    assert not threaded_app.isVisible()


def test_the_household_panel_follows_the_search(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    add_people(threaded_app.context.workspace, ["张三", "李四"])
    main.go("people")
    page = main.pages["people"]
    page.refresh()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=WAIT)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.members.count() == 1, timeout=WAIT)
    assert page.add_member_button.isEnabled()
    page.search.setText("没有这个人")
    page.search.flush()
    qtbot.waitUntil(lambda: len(page.model.rows) == 0 and page.model._generation > 1, timeout=WAIT)
    threaded_app.context.runner.wait()
    qtbot.wait(100)
    assert page.members.count() == 0, "an old household is still shown"
    assert not page.add_member_button.isEnabled() and not page.visit_button.isEnabled()


# -- 9. the supervisor's Today ----------------------------------------------------------------
def test_supervisor_today_gives_the_room_to_the_cases_to_review(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "wangfang", SUPERVISOR_PASSWORD)
    today = main.pages["today"]
    threaded_app.context.runner.wait()
    qtbot.wait(100)
    assert today.review_box.isVisible()
    assert today.review_box.height() > 2 * today.tasks_box.height(), \
        "an empty to-do box takes the room of the cases to review"


# -- 6/7. Tibetan interface defaults, the page list, words the user should never see ---------
def test_tibetan_interface_prints_in_tibetan_and_the_page_list_fits_larger_text(threaded_app, qtbot):
    from PySide6.QtGui import QFontMetricsF

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    threaded_app.switch_language("bo", store=False)
    qtbot.wait(50)
    try:
        main.go("cases")
        assert main.pages["cases"].print_language.code() == "bo"
        for larger in (True, False, True):
            threaded_app.apply_larger_text(larger, store=False)
            qtbot.wait(50)
            metrics = QFontMetricsF(main.nav.font())
            widest = max(metrics.horizontalAdvance(main.nav.item(i).text())
                         for i in range(main.nav.count()))
            assert main.nav.viewport().width() >= widest, "the page list cuts its names"
    finally:
        threaded_app.apply_larger_text(False, store=False)
        threaded_app.switch_language("zh_CN", store=False)


def test_no_county_means_no_sending_to_the_county(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    today = main.pages["today"]
    threaded_app.context.runner.wait()
    qtbot.wait(100)
    assert today.sync_box.title() != today.tr("Sending to the county")
    text = today.sync_label.text()
    assert text and today.tr("Everything has been sent to the county.") not in text
    assert "sent to the county" not in text


def test_an_unreachable_server_is_said_in_words_not_a_class_name():
    from app.errors import UserError
    from app.sync.transport import HttpTransport
    from tests.postgres_cluster import free_port

    transport = HttpTransport(f"http://127.0.0.1:{free_port()}", read_seconds=2)
    with pytest.raises(UserError) as caught:
        transport.health()
    transport.close()
    text = caught.value.message()
    assert "Error" not in text and "httpx" not in text and "connection" in text


def _ink_rows(image) -> tuple[int, int]:
    rows = [y for y in range(image.height())
            if any(image.pixelColor(x, y).value() < 120 for x in range(0, image.width(), 2))]
    return rows[0], rows[-1]


@pytest.mark.parametrize("kind", ["label", "row"])
def test_tibetan_is_centred_by_its_ink(prepared_app, qtbot, kind):
    """Rendered for real: the ink of a Tibetan label and of a list row is centred (it sat at
    the top, touching the edge)."""
    from PySide6.QtWidgets import QLabel, QListWidget

    text = "བོད་ཡིག་གི་མིང་སྐྱོང་"
    if kind == "label":
        widget = QLabel(text)
        widget.setStyleSheet("background: white; color: black;")
        widget.resize(400, 60)
    else:
        widget = QListWidget()
        widget.addItem(text)
        widget.setStyleSheet("QListWidget { background: white; color: black; border: none; }")
        widget.resize(400, 200)
    qtbot.addWidget(widget)
    widget.show()
    image = widget.grab().toImage()
    if kind == "row":
        rect = widget.visualItemRect(widget.item(0))
        image = image.copy(rect.translated(widget.viewport().pos()))
    top, bottom = _ink_rows(image)
    above, below = top, image.height() - 1 - bottom
    assert abs(above - below) <= 3, f"ink {above} px from the top, {below} px from the bottom"


def test_the_case_list_shows_the_worker_column(threaded_app, qtbot):
    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    workspace = threaded_app.context.workspace
    for person in add_people(workspace, ["欧阳建国", "司马秀英"]):
        open_case_for(workspace, person)
    threaded_app.apply_larger_text(True, store=False)
    try:
        main.go("cases")
        page = main.pages["cases"]
        page.refresh()
        qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT)
        threaded_app.context.runner.wait()
        qtbot.wait(50)
        header = page.table.horizontalHeader()
        worker = header.count() - 1
        right = header.sectionViewportPosition(worker) + header.sectionSize(worker)
        assert right <= page.table.viewport().width(), "the worker column is cut"
    finally:
        threaded_app.apply_larger_text(False, store=False)


def test_larger_text_measures_the_columns_again(threaded_app, qtbot):
    from PySide6.QtGui import QFontMetricsF

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    add_people(threaded_app.context.workspace, ["欧阳建国"])
    main.go("people")
    page = main.pages["people"]
    page.refresh()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=WAIT)
    threaded_app.apply_larger_text(True, store=False)
    try:
        qtbot.wait(100)
        column = page.model.COLUMNS.index("birth_date")
        text = str(page.model.data(page.model.index(0, column)))
        need = QFontMetricsF(page.table.font()).horizontalAdvance(text)
        assert page.table.columnWidth(column) >= need, "the cell shows '…' with larger text"
    finally:
        threaded_app.apply_larger_text(False, store=False)


def test_cancel_keeps_a_draft_and_does_not_say_saved(threaded_app, qtbot):
    """Cancel on a new form with something typed keeps a draft; the status line said "Saved."
    though no record was saved (a tester believed the household was saved)."""
    from app.services import drafts

    main = sign_in_as(threaded_app, qtbot, "zhuoma", WORKER_PASSWORD)
    add_people(threaded_app.context.workspace, ["张三"])
    main.go("visits")
    main.pages["visits"].new_record()
    form = main.pages["visits"]._form
    qtbot.waitUntil(lambda: form.household.list.count() == 1 and form.items.count() > 0,
                    timeout=WAIT)
    form.notes.setPlainText("还没写完")
    main.message.setText("")
    form.reject()
    threaded_app.context.runner.wait()
    qtbot.waitUntil(lambda: drafts.load_draft(threaded_app.context.workspace, "visit")
                    is not None, timeout=WAIT)
    qtbot.wait(100)  # the draft's change notice is delivered by the event loop
    assert main.message.text() != main.tr("Saved."), main.message.text()
