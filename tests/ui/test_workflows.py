"""Real workflows through the real windows on the real encrypted store."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import CaseFile, Household, Person, Task, Visit
from tests.ui.conftest import (confirm_decision, make_household, settle, sign_in_supervisor,
                              sign_in_worker)

VALID_ID = "54010219560402123X"


def count(window, model, *where):
    with window.context.workspace.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_sign_in_screen_refuses_a_wrong_password_then_signs_in(station_app):
    station_app.sign_in.username.setText("zhuoma")
    station_app.sign_in.password.setText("wrong-password")
    station_app.sign_in.submit()
    settle(station_app)
    assert station_app.main is None
    assert station_app.sign_in.error.text()  # said on the screen, not in a pop-up
    main = sign_in_worker(station_app)
    assert main.current_page() is main.pages["today"]
    assert "卓玛" in main.pages["today"].head.text()


def test_create_household_warns_about_duplicates_and_the_worker_chooses(station_app):
    sign_in_worker(station_app)
    form = make_household(station_app, id_number=VALID_ID)
    assert not form.isVisible()
    assert count(station_app, Household) == 1
    # the same person again: the form shows who is registered and creates nothing yet
    form = make_household(station_app, id_number=VALID_ID)
    assert form.duplicates.isVisible()
    assert form.duplicates.list.count() == 1
    assert count(station_app, Household) == 1
    form.duplicates.use_button.click()  # "open the registered person"
    settle(station_app)
    assert not form.isVisible()
    assert count(station_app, Household) == 1
    people = station_app.main.pages["people"]
    assert people.search.text() == "张三"
    # a namesake with another birth year: warned by name, the worker says it is someone else
    form = make_household(station_app, birth="1990-01-01")
    assert form.duplicates.isVisible()
    form.duplicates.create_button.click()
    settle(station_app)
    assert count(station_app, Household) == 2


def test_bad_input_shows_a_field_error_and_saves_nothing(station_app):
    sign_in_worker(station_app)
    form = make_household(station_app, id_number="540102195604021234")  # wrong check digit
    assert form.isVisible()
    assert form.errors.text("id_number")
    assert count(station_app, Household) == 0 and count(station_app, Person) == 0
    form.errors.clear()
    form.id_number.setText("")
    form.name_zh.setText("")
    form.save()
    settle(station_app)
    assert form.errors.text("name_zh")
    form.reject()
    settle(station_app)


def test_log_a_visit_quickly_then_undo_it(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app)
    main.go("visits")
    settle(station_app)
    station_app.activateWindow()
    qtbot.waitUntil(station_app.isActiveWindow, timeout=2000)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    settle(station_app)
    form = main.pages["visits"]._form
    assert form.isVisible()
    form.household.list.setCurrentRow(0)
    settle(station_app)
    form.domain.setCurrentIndex(1)
    settle(station_app)
    assert form.items.count() > 0
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    form.notes.setPlainText("老人身体尚可")
    form.follow_up_check.setChecked(True)
    settle(station_app)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClick(form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    settle(station_app)
    assert not form.isVisible(), (form.errors.visible_errors(), station_app.errors.last_text)
    assert count(station_app, Visit, Visit.deleted_at.is_(None)) == 1
    assert main.pages["visits"].table.rowCount() == 1
    assert main.undo_button.isVisible()
    # the follow-up date put a task on Today
    main.go("today")
    settle(station_app)
    assert main.pages["today"].tasks.count() == 1
    station_app.activateWindow()
    qtbot.waitUntil(station_app.isActiveWindow, timeout=2000)
    qtbot.keyClick(main.pages["today"].tasks, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(station_app)
    assert count(station_app, Visit, Visit.deleted_at.is_(None)) == 0
    assert not main.undo_button.isVisible()


def test_visit_without_service_items_is_refused_at_the_field(station_app):
    main = sign_in_worker(station_app)
    make_household(station_app)
    main.go("visits")
    settle(station_app)
    main.pages["visits"].new_record()
    settle(station_app)
    form = main.pages["visits"]._form
    form.household.list.setCurrentRow(0)
    settle(station_app)
    form.domain.setCurrentIndex(1)
    settle(station_app)
    form.save()
    settle(station_app)
    assert form.isVisible() and form.errors.text("service_items")
    assert count(station_app, Visit) == 0


def _case_page(main):
    main.go("cases")
    return main.pages["cases"]


def test_case_workflow_submit_return_fix_resubmit_approve(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="李秀英")
    page = _case_page(main)
    page.new_record()
    settle(station_app)
    form = page._form
    form.person.search.setText("lxy")
    settle(station_app)
    form.person.search.flush()
    settle(station_app)
    form.person.list.setCurrentRow(0)
    settle(station_app)
    form.domain.setCurrentIndex(1)
    settle(station_app)
    form.reason.setPlainText("独居老人，行动不便")
    form.save()
    settle(station_app)
    assert not form.isVisible()
    assert page.case is not None and page.case.row.stage == "intake"
    page.buttons["advance"].click()  # intake → assessment
    settle(station_app)
    page.editors["assessment"].setPlainText("需要照料和精神慰藉")
    page.buttons["advance"].click()  # assessment → planning
    settle(station_app)
    assert page.case.row.stage == "planning"
    assert page.buttons["submit"].isVisible() and not page.buttons["advance"].isVisible()
    page.buttons["submit"].click()  # nothing in the plan yet: refused at the field
    settle(station_app)
    assert page.errors.text("plan_goals")
    page.editors["plan_goals"].setPlainText("每周探访")
    page.buttons["submit"].click()
    settle(station_app)
    assert page.case.row.review_state == "submitted"
    case_id = page.case.row.id

    station_app.lock()
    settle(station_app)
    main = sign_in_supervisor(station_app)
    assert main.pages["today"].reviews.count() == 1
    main.pages["today"].reviews.itemActivated.emit(main.pages["today"].reviews.item(0))
    settle(station_app)
    page = main.pages["cases"]
    assert page.case.row.id == case_id
    assert page.buttons["return"].isVisible()
    page.return_case()
    settle(station_app)
    page._form.comments.setPlainText("服务目标请写得更具体，可测量。")
    page._form.save()
    settle(station_app)
    assert count(station_app, Task, Task.case_id == case_id, Task.done_at.is_(None)) == 1

    station_app.lock()
    settle(station_app)
    main = sign_in_worker(station_app)
    today = main.pages["today"]
    assert today.tasks.count() == 1
    assert "可测量" in today.tasks.item(0).text()
    today.open_button.click()
    settle(station_app)
    page = main.pages["cases"]
    assert page.case.row.id == case_id and page.returned.isVisible()
    page.editors["plan_goals"].setPlainText("每周探访一次，三个月内独立完成日常起居")
    page.buttons["submit"].click()
    settle(station_app)
    assert page.case.row.review_state == "submitted"
    main.go("today")
    settle(station_app)
    assert today.tasks.count() == 0  # resubmitting completed the task

    station_app.lock()
    settle(station_app)
    main = sign_in_supervisor(station_app)
    main.open_case(case_id)
    settle(station_app)
    main.pages["cases"].buttons["approve"].click()
    settle(station_app)
    confirm_decision(main.pages["cases"])
    settle(station_app)
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).stage == "service"


def test_service_record_within_a_case(station_app):
    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="王桂兰")
    from app.services import cases

    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    case_id, _ = cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", "独居", date.today()))
    settle(station_app)
    with workspace.write() as session:
        case = session.get(CaseFile, case_id)
        case.stage, case.plan_goals = "service", "x"
    page = _case_page(main)
    page.show_case(case_id)
    settle(station_app)
    assert page.buttons["service"].isVisible()
    page.add_service()
    settle(station_app)
    page._form.item.setCurrentIndex(1)
    settle(station_app)
    page._form.notes.setPlainText("陪同就医")
    page._form.save()
    settle(station_app)
    assert page.services.count() == 1


def test_keyboard_only_visit_enter_picks_the_household_and_does_not_save(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="张三")
    make_household(station_app, name_zh="李四", birth="1977-07-07")
    main.go("visits")
    settle(station_app)
    main.pages["visits"].new_record()
    settle(station_app)
    form = main.pages["visits"]._form
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClicks(form.household.search, "ls")
    settle(station_app)
    qtbot.keyClick(form.household.search, Qt.Key.Key_Return)
    settle(station_app)
    assert form.isVisible()  # Enter picked, it did not press Save
    assert form.household.list.currentItem().text().startswith("李四")
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # Esc cancels; what was typed is kept as a draft
    settle(station_app)
    assert not form.isVisible()
    assert count(station_app, Visit) == 0
    from app.services import drafts
    assert drafts.load_draft(station_app.context.workspace, "visit")["service_items"]


def test_closure_is_submitted_and_the_supervisors_approval_closes_the_case(station_app):
    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="赵建国")
    from app.services import cases

    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    case_id, _ = cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", "独居", date.today()))
    settle(station_app)
    with workspace.write() as session:
        case = session.get(CaseFile, case_id)
        case.stage, case.assessment, case.plan_goals = "service", "a", "b"
    page = _case_page(main)
    page.show_case(case_id)
    settle(station_app)
    page.buttons["advance"].click()  # services → closure
    settle(station_app)
    assert page.case.row.stage == "closure" and page.editors["closure_summary"].isVisible()
    page.editors["closure_summary"].setPlainText("目标达成，结案。")
    page.buttons["submit"].click()
    settle(station_app)
    assert page.case.row.review_state == "submitted"
    station_app.lock()
    settle(station_app)
    main = sign_in_supervisor(station_app)
    main.open_case(case_id)
    settle(station_app)
    main.pages["cases"].buttons["approve"].click()
    settle(station_app)
    confirm_decision(main.pages["cases"])
    settle(station_app)
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).stage == "closed"


def test_a_later_change_ends_the_offer_to_undo_the_visit(station_app, qtbot):
    """Ctrl+Z undoes only the LAST change: after the saved visit is corrected, it no longer
    deletes the visit (a new user lost a corrected visit that way)."""
    from app.services.corrections import update_visit
    from app.services.records import VisitInput

    main = sign_in_worker(station_app)
    make_household(station_app)
    main.go("visits")
    main.pages["visits"].new_record()
    settle(station_app)
    form = main.pages["visits"]._form
    form.household.list.setCurrentRow(0)
    form.domain.setCurrentIndex(1)
    settle(station_app)  # the domain's service items arrive
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    form.save()
    settle(station_app)
    assert main.undo_button.isVisible()
    with station_app.context.workspace.read() as session:
        visit = session.scalars(select(Visit)).one()
        values = VisitInput(household_id=visit.household_id, visited_on=visit.visited_on,
                            domain_code=visit.domain_code,
                            service_items=list(visit.service_items), notes="更正")
    station_app.context.op(update_visit, visit.id, values)
    settle(station_app)
    qtbot.waitUntil(lambda: not main.undo_button.isVisible(), timeout=5000)
    main.undo()
    settle(station_app)
    assert count(station_app, Visit, Visit.deleted_at.is_(None)) == 1


def test_ctrl_l_locks_while_a_form_is_open_in_its_own_window(station_app, qtbot):
    main = sign_in_worker(station_app)
    main.go("resources")
    main.pages["resources"].new_record()
    form = main.pages["resources"]._form
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClick(form, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: station_app.context.workspace is None, timeout=5000)
    assert station_app.sign_in is not None  # the sign-in screen, no personal data shown
