"""Open, correct, delete and see the history of saved records through the real windows and the
real delivery path (the runner, the `changed` signal), on the real encrypted store."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Household, ResourceLink, Visit
from app.services import records
from tests.ui.conftest import make_household, settle, sign_in, sign_in_worker
from tests.conftest import ADMIN_PASSWORD, SUPERVISOR_PASSWORD


def _record_visit(window, notes="老人身体尚可"):
    workspace = window.context.workspace
    with workspace.read() as session:
        household_id = session.scalars(select(Household.id)).first()
    visit_id, changes = records.record_visit(workspace, records.VisitInput(
        household_id=household_id, visited_on=date.today(), domain_code="elderly_care",
        service_items=["ec.health"], notes=notes))
    window.context.changed.emit(changes)
    return visit_id


def _open_first_row(qtbot, page):
    page.table.setCurrentCell(0, 0)
    page.window().activateWindow()  # a form closed before hands the keyboard back
    qtbot.waitUntil(page.window().isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens, like a double-click
    assert page.context.runner.settle()  # the saved record arrives in the form
    return page._form


def test_enter_opens_a_visit_with_every_field_and_the_same_form_corrects_it(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app)
    visit_id = _record_visit(station_app)
    main.go("visits")
    settle(station_app)
    page = main.pages["visits"]
    assert page.table.rowCount() == 1
    form = _open_first_row(qtbot, page)
    assert form is not None and form.isVisible() and form.record_id == visit_id
    assert form.notes.toPlainText() == "老人身体尚可"  # the note is shown
    assert form.domain.code() == "elderly_care" and form.items.codes() == ["ec.health"]
    assert form.household.current_id()
    assert form.save_button.isVisible() and form.delete_button.isVisible()
    assert form.history_button.isVisible()
    assert form.windowTitle() == "入户走访"
    form.domain.set_code("child_welfare")
    settle(station_app)  # the domain's service items arrive
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    form.notes.setPlainText("改正：儿童福利走访")
    form.save()
    settle(station_app)
    assert not form.isVisible(), (form.errors.visible_errors(), station_app.errors.last_text)
    with station_app.context.workspace.read() as session:
        visit = session.get(Visit, visit_id)
        assert (visit.domain_code, visit.notes) == ("child_welfare", "改正：儿童福利走访")
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == "儿童福利"  # the list followed the correction
    assert not main.undo_button.isVisible() or "走访" not in main.undo_button.text()
    # the history of the visit, from the reopened form
    form = _open_first_row(qtbot, page)
    form.show_history()
    settle(station_app)
    dialog = form._history
    assert dialog.isVisible() and dialog.tree.topLevelItemCount() == 2
    newest = dialog.tree.topLevelItem(0)
    assert "卓玛" in newest.text(1) and "本机" in newest.text(1)
    fields = {newest.child(i).text(2): newest.child(i).text(3) for i in range(newest.childCount())}
    assert fields["服务领域"] == "养老服务 → 儿童福利"
    assert fields["备注"] == "老人身体尚可 → 改正：儿童福利走访"
    dialog.reject()
    settle(station_app)
    form.reject()
    settle(station_app)


def test_delete_needs_a_reason_and_the_record_leaves_the_list(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app)
    visit_id = _record_visit(station_app)
    main.go("visits")
    settle(station_app)
    page = main.pages["visits"]
    form = _open_first_row(qtbot, page)
    form.delete_record()
    settle(station_app)
    dialog = form._delete
    dialog.confirm()  # no reason
    settle(station_app)
    assert dialog.isVisible() and dialog.errors.text("reason")
    dialog.reason.setPlainText("录错了户")
    dialog.confirm()
    settle(station_app)
    assert not dialog.isVisible() and not form.isVisible()
    assert page.table.rowCount() == 0
    with station_app.context.workspace.read() as session:
        assert session.get(Visit, visit_id).deleted_at is not None


def test_a_supervisor_reads_a_workers_visit_but_cannot_change_it(station_app, qtbot):
    main = sign_in_worker(station_app)
    make_household(station_app)
    _record_visit(station_app)
    station_app.lock()  # the next person signs in on the same laptop
    settle(station_app)
    settle(station_app)
    main = sign_in(station_app, "wangfang", SUPERVISOR_PASSWORD)
    main.go("visits")
    settle(station_app)
    form = _open_first_row(qtbot, main.pages["visits"])
    assert form.notes.toPlainText() == "老人身体尚可"
    assert not form.save_button.isVisible() and not form.delete_button.isVisible()
    assert form.history_button.isVisible()
    assert form.cancel_button.text() == "关闭"


def test_resource_list_shows_the_recipient_and_a_link_is_corrected(station_app, qtbot):
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="李四")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        household_id = session.scalars(select(Household.id)).first()
    link_id, changes = records.link_resource(workspace, records.ResourceLinkInput(
        linked_on=date.today(), domain_code="social_assistance", source_code="charity",
        provider_name="慈善总会", household_id=household_id, money="500"))
    station_app.context.changed.emit(changes)
    main.go("resources")
    settle(station_app)
    page = main.pages["resources"]
    assert page.table.item(0, 1).text() == "李四 ← 慈善总会"
    form = _open_first_row(qtbot, page)
    assert (form.money.text(), form.provider.text()) == ("500", "慈善总会")
    assert form.household.current_id() == household_id
    form.money.setText("800.50")
    form.save()
    settle(station_app)
    assert not form.isVisible(), form.errors.visible_errors()
    with workspace.read() as session:
        assert session.get(ResourceLink, link_id).money_fen == 80050


def test_household_is_opened_and_corrected_from_the_people_page(station_app, qtbot):
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="王五")
    page = main.pages["people"]
    page.table.selectRow(0)
    page.edit_household()
    settle(station_app)  # the household and the village list arrive
    form = page._form
    assert form.isVisible() and form.KIND == "household"
    form.address.setText("白定村三组")
    form.phone.setText("13800000000")
    form.save()
    settle(station_app)
    assert not form.isVisible(), form.errors.visible_errors()
    with station_app.context.workspace.read() as session:
        house = session.scalars(select(Household)).one()
        assert (house.address_zh, house.phone) == ("白定村三组", "13800000000")


def test_household_facts_from_the_people_page(station_app, qtbot):
    from app.models import Person

    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="王五")
    make_household(station_app, name_zh="赵六")
    page = main.pages["people"]
    page.table.selectRow(0)  # newest first: 赵六
    page.add_member()
    settle(station_app)
    form = page._form
    form.name_zh.setText("赵小六")
    assert form.relation.code() == ""  # no silent default (it used to be head)
    form.save()
    settle(station_app)
    assert form.isVisible() and form.errors.text("relation")
    form.relation.set_code("child")
    form.save()
    settle(station_app)
    assert not form.isVisible(), form.errors.visible_errors()
    workspace = station_app.context.workspace
    with workspace.read() as session:
        child = session.scalars(select(Person).where(Person.name_zh == "赵小六")).one()
        father = session.scalars(select(Person).where(Person.name_zh == "赵六")).one()
    page.table.selectRow(0)
    for row in range(page.members.count()):
        if page.members.item(row).data(Qt.ItemDataRole.UserRole).id == child.id:
            page.members.setCurrentRow(row)
    page.make_head()
    with workspace.read() as session:
        assert session.get(Person, child.id).relation == "head"
        assert session.get(Person, father.id).relation == "other"
    # the father moved away: a dated status, not a deletion
    for row in range(page.members.count()):
        if page.members.item(row).data(Qt.ItemDataRole.UserRole).id == father.id:
            page.members.setCurrentRow(row)
    page.member_left()
    dialog = page._form
    dialog.status.set_code("moved_away")
    dialog.save()
    settle(station_app)
    assert not dialog.isVisible(), dialog.errors.visible_errors()
    with workspace.read() as session:
        gone = session.get(Person, father.id)
        assert (gone.status, gone.status_on, gone.deleted_at) == ("moved_away", date.today(), None)


def test_merge_a_duplicate_person_through_the_merge_form(station_app, qtbot):
    from app.models import Person

    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="格桑")
    form = make_household(station_app, name_zh="格桑", name_bo="སྐལ་བཟང", birth="1960")
    form.duplicates.create_button.click()  # warned by name: registered again (the duplicate)
    settle(station_app)
    workspace = station_app.context.workspace
    with workspace.read() as session:
        first, second = session.scalars(select(Person).order_by(Person.id)).all()
    page = main.pages["people"]
    page.table.selectRow(1)  # newest first: row 1 is the first registered
    assert page._member_id() == first.id
    page.merge("person")
    settle(station_app)
    form = page._form
    assert form.isVisible() and form.survivor_id == first.id
    form.duplicate.select_id(second.id)
    settle(station_app)  # both records' fields arrive
    fields = [form.fields.item(row, 0).text() for row in range(form.fields.rowCount())]
    assert "姓名（藏文）" in fields and "出生日期" in fields
    form.fields.cellWidget(fields.index("姓名（藏文）"), 3).setChecked(True)
    form.save()
    settle(station_app)
    assert not form.isVisible(), (form.errors.visible_errors(), station_app.errors.last_text)
    with workspace.read() as session:
        kept, gone = session.get(Person, first.id), session.get(Person, second.id)
        assert (kept.name_bo, kept.birth_date) == ("སྐལ་བཟང", first.birth_date)
        assert gone.deleted_at is not None and gone.merged_into == first.id


def test_supervisor_hands_a_workers_cases_over_and_the_admin_switches_them_off(
        station_app, qtbot, monkeypatch):
    from datetime import timedelta

    from app.models import CaseFile, Person, User
    from app.services import cases
    from tests.conftest import WORKER_PASSWORD

    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="央金")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person = session.scalars(select(Person)).one()
    case_id, _ = cases.open_case(workspace, cases.CaseInput(
        person.id, "elderly_care", "独居", date.today()))
    records.record_visit(workspace, records.VisitInput(
        household_id=person.household_id, visited_on=date.today(), domain_code="elderly_care",
        service_items=["ec.health"], follow_up_on=date.today() + timedelta(days=3)))
    station_app.lock()
    settle(station_app)
    settle(station_app)
    main = sign_in(station_app, "wangfang", SUPERVISOR_PASSWORD)
    assert not main.nav.isRowHidden(list(main.pages).index("team"))
    main.go("team")
    settle(station_app)
    team = main.pages["team"]
    worker_row = [team.loads.item(r, 0).text() for r in range(team.loads.rowCount())].index("卓玛")
    assert team.loads.item(worker_row, 1).text() == "1"  # one case at intake
    team.loads.selectRow(worker_row)
    assert [team.cases.item(r, 1).text() for r in range(team.cases.rowCount())] == ["央金"]
    team.search.setText("央金")  # search by person
    team.search.flush()
    assert team.cases.rowCount() == 1
    team.target.set_code(next(u.id for u in team._users if u.username == "wangfang"))
    team.buttons["transfer"].click()
    settle(station_app)
    assert "1" in team.staff_state.text(), station_app.errors.last_text
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).worker_id == team.target.code()
    assert not team.buttons["switch_off"].isVisible()  # only the admin switches users off
    # the new holder's Today lists the follow-up that came with the case
    main.go("today")
    settle(station_app)
    assert main.pages["today"].tasks.count() == 1
    station_app.lock()
    settle(station_app)
    settle(station_app)
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    main.go("team")
    settle(station_app)
    team = main.pages["team"]
    with station_app.context.workspace.read() as session:
        zhuoma = session.scalars(select(User).where(User.username == "zhuoma")).one().id
    row = [team.loads.item(r, 0).data(Qt.ItemDataRole.UserRole)
           for r in range(team.loads.rowCount())].index(zhuoma)
    team.loads.selectRow(row)
    team.buttons["switch_off"].click()
    settle(station_app)
    station_app.lock()
    settle(station_app)
    settle(station_app)
    station_app.sign_in.username.setText("zhuoma")
    station_app.sign_in.password.setText(WORKER_PASSWORD)
    station_app.sign_in.submit()
    settle(station_app)
    assert station_app.main is None or station_app.context.workspace is None
    assert "停用" in station_app.sign_in.error.text()
    # switched on again: the admin gives a new password (the old slot was removed)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("zhuoma-again-7", True))
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    main.go("team")
    settle(station_app)
    team = main.pages["team"]
    team.loads.selectRow([team.loads.item(r, 0).data(Qt.ItemDataRole.UserRole)
                          for r in range(team.loads.rowCount())].index(zhuoma))
    team.buttons["switch_on"].click()
    settle(station_app)
    station_app.lock()
    settle(station_app)
    settle(station_app)
    sign_in(station_app, "zhuoma", "zhuoma-again-7")
    assert station_app.context.workspace.username == "zhuoma"


def test_activity_roster_and_a_service_record_are_opened_and_corrected(station_app, qtbot):
    from app.models import Activity, Attendance, CaseFile, CaseServiceRecord, Person
    from app.services import cases

    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="次旺")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person = session.scalars(select(Person)).one()
    activity_id, changes = records.record_activity(workspace, records.ActivityInput(
        kind="group", title="老年健康小组", held_on=date.today(), domain_code="elderly_care",
        attendee_ids=[person.id], headcount=12))
    station_app.context.changed.emit(changes)
    main.go("activities")
    settle(station_app)
    form = _open_first_row(qtbot, main.pages["activities"])
    assert (form.title.text(), form.headcount.value(), form.roster.count()) == (
        "老年健康小组", 12, 1)
    assert "次旺" in form.roster.item(0).text()
    form.roster.takeItem(0)  # taken off the roster
    form.title.setText("老年健康小组（第二次）")
    form.save()
    settle(station_app)
    assert not form.isVisible(), form.errors.visible_errors()
    with workspace.read() as session:
        assert session.get(Activity, activity_id).title == "老年健康小组（第二次）"
        assert session.scalars(select(Attendance).where(
            Attendance.deleted_at.is_(None))).all() == []
    # a service record of a case, opened from the case page with Enter
    case_id, _ = cases.open_case(workspace, cases.CaseInput(
        person.id, "elderly_care", "独居", date.today()))
    with workspace.write() as session:
        session.get(CaseFile, case_id).stage = "service"
    service_id, changes = cases.add_service_record(workspace, case_id, cases.ServiceRecordInput(
        served_on=date.today(), item_code="ec.health", minutes=30, notes="量血压"))
    station_app.context.changed.emit(changes)
    main.open_case(case_id)
    settle(station_app)
    page = main.pages["cases"]
    page.services.setCurrentRow(0)
    station_app.activateWindow()  # the closed form hands the keyboard back
    qtbot.waitUntil(station_app.isActiveWindow, timeout=2000)
    page.services.setFocus()
    qtbot.keyClick(page.services, Qt.Key.Key_Return)
    settle(station_app)
    form = page._form
    assert form.isVisible() and form.record_id == service_id
    assert (form.minutes.value(), form.notes.toPlainText()) == (30, "量血压")
    form.minutes.setValue(50)
    form.save()
    settle(station_app)
    assert not form.isVisible(), form.errors.visible_errors()
    with workspace.read() as session:
        assert session.get(CaseServiceRecord, service_id).minutes == 50
