"""Buttons follow the state of what is chosen, every time it changes (testers found an erased
person's buttons still enabled): the people page after an erasure, a masked child's record
(no person action, no half-open form: a translated refusal), the Due-for-review and Deleted
records lists, the Team page's staff buttons, the Cases page's Print. Through the real window,
the inline runner and the app's queued delivery."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from app.models import Person, User
from app.services import households
from app.services.households import HouseholdInput, PersonInput
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import (make_household, settle, sign_in, sign_in_supervisor,
                               sign_in_worker)

PERSON_BUTTONS = ("edit_button", "head_button", "move_button", "status_button",
                  "merge_person_button", "case_button", "consent_button", "access_button",
                  "erase_button")
HOUSEHOLD_BUTTONS = ("add_member_button", "household_button", "visit_button",
                     "merge_household_button")
REFUSAL = ("This is a child's record: only the worker who serves the child, a supervisor and "
           "the admin may open it.")


def _enabled(page, names) -> dict[str, bool]:
    return {name: getattr(page, name).isEnabled() for name in names}


def _choose(window, name: str):
    page = window.main.pages["people"]
    names = [p.name_zh for p in page.model.rows]
    page.table.setCurrentIndex(page.model.index(names.index(name), 0))
    settle(window)
    return page


def _erase_chosen(window, page) -> None:
    page.erase_button.click()
    dialog = page._form
    dialog.ground.setCurrentIndex(dialog.ground.findData("purpose_achieved"))
    dialog.confirm.setChecked(True)
    dialog.ok_button.click()
    settle(window)
    assert not dialog.isVisible(), window.errors.last_text


def _household_of_two(window) -> str:
    """德吉央宗 (head, through the form) and 次仁多吉 (spouse); the people page lists both."""
    make_household(window, name_zh="德吉央宗", birth="1950-02-03")
    workspace = window.context.workspace
    with workspace.read() as session:
        household_id = session.scalar(select(Person.household_id))
    households.add_person(workspace, household_id,
                          PersonInput(name_zh="次仁多吉", birth_date="1948", relation="spouse"))
    page = window.main.pages["people"]
    page.refresh()
    settle(window)
    return household_id


def test_after_an_erasure_no_button_acts_on_the_erased_person(station_app):
    sign_in_supervisor(station_app)
    _household_of_two(station_app)
    page = _choose(station_app, "次仁多吉")
    assert all(_enabled(page, PERSON_BUTTONS + HOUSEHOLD_BUTTONS).values())
    _erase_chosen(station_app, page)
    assert [p.name_zh for p in page.model.rows] == ["德吉央宗"]
    # the erased row was the one chosen: nothing is chosen now, so nothing can be acted on
    assert not any(_enabled(page, PERSON_BUTTONS + HOUSEHOLD_BUTTONS).values()), \
        _enabled(page, PERSON_BUTTONS + HOUSEHOLD_BUTTONS)


def test_erasing_a_member_chosen_in_the_household_list_leaves_the_buttons_on_a_live_member(
        station_app):
    sign_in_supervisor(station_app)
    _household_of_two(station_app)
    page = _choose(station_app, "德吉央宗")
    spouse = next(row for row in range(page.members.count())
                  if page.members.item(row).data(Qt.ItemDataRole.UserRole).name_zh == "次仁多吉")
    page.members.setCurrentRow(spouse)
    assert page.head_button.isEnabled()  # the spouse can be made head
    _erase_chosen(station_app, page)
    members = [page.members.item(r).data(Qt.ItemDataRole.UserRole)
               for r in range(page.members.count())]
    assert [m.name_zh for m in members] == ["德吉央宗"]
    assert page._member_id() == members[0].id  # the buttons act on the head, who is live
    assert page.edit_button.isEnabled() and page.erase_button.isEnabled()
    assert not page.head_button.isEnabled()  # she is already the head
    assert all(_enabled(page, HOUSEHOLD_BUTTONS).values())


def _as_admin(workspace):
    with workspace.read() as session:
        admin = session.scalar(select(User).where(User.username == "admin"))
    return replace(workspace, user_id=admin.id, username=admin.username, role=admin.role,
                   display_name=admin.display_name)


def test_a_masked_childs_record_opens_no_form_and_offers_no_person_action(station_app):
    from app.services.queries import villages

    main = sign_in_worker(station_app)
    workspace = station_app.context.workspace
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    households.create_household(  # registered by the admin: the worker does not serve the child
        _as_admin(workspace), HouseholdInput(village_id=village),
        [PersonInput(name_zh="普布", birth_date="1980", relation="head"),
         PersonInput(name_zh="次仁拉姆", birth_date=f"{date.today().year - 9}-03-04",
                     relation="child")])
    main.go("people")
    settle(station_app)
    page = main.pages["people"]
    row = next(i for i, person in enumerate(page.model.rows) if person.masked)
    page.table.setCurrentIndex(page.model.index(row, 0))
    settle(station_app)
    assert not any(_enabled(page, PERSON_BUTTONS).values()), _enabled(page, PERSON_BUTTONS)
    assert page.visit_button.isEnabled()  # the household itself is not hidden
    refusal = QCoreApplication.translate("Core", REFUSAL)
    assert refusal != REFUSAL  # shown in the interface's language (Chinese here)

    before = page._form
    page.table.doubleClicked.emit(page.model.index(row, 0))  # a double-click on the row
    settle(station_app)
    assert page._form is before, "a form was opened for a record the user may not see"
    assert station_app.errors.last_text == refusal

    station_app.errors.last_text = ""
    child = next(page.members.item(r) for r in range(page.members.count())
                 if page.members.item(r).data(Qt.ItemDataRole.UserRole).masked)
    page.members.itemDoubleClicked.emit(child)  # …or on the child in the household list
    settle(station_app)
    assert page._form is before and station_app.errors.last_text == refusal


def test_a_form_opened_on_a_record_it_may_not_show_closes_with_the_reason(station_app):
    """Any other way to a masked record (a link, a list): the form does not stay half open."""
    from app.services.queries import villages
    from app.ui.forms.people_forms import PersonForm

    main = sign_in_worker(station_app)
    workspace = station_app.context.workspace
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    household_id, changes = households.create_household(
        _as_admin(workspace), HouseholdInput(village_id=village),
        [PersonInput(name_zh="次仁拉姆", birth_date=f"{date.today().year - 9}-03-04",
                     relation="head")])
    child = next(iter(changes.ids - {household_id}))
    page = main.pages["people"]
    form = PersonForm(station_app.context, page, household_id=household_id, record_id=child)
    form.open()
    settle(station_app)
    assert not form.isVisible()
    assert station_app.errors.last_text == QCoreApplication.translate("Core", REFUSAL)


def test_due_for_review_erase_and_delete_follow_the_chosen_row(station_app):
    from datetime import datetime

    from sqlalchemy import update

    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="多年未见")
    with station_app.context.workspace.store.transaction() as session:
        session.execute(update(Person).values(updated_at=datetime(2015, 1, 1)))
    main.go("team")
    settle(station_app)
    team = main.pages["team"]
    team.buttons["due"].click()
    settle(station_app)
    dialog = team._due
    assert dialog.table.rowCount() == 1
    assert not dialog.erase_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.table.selectRow(0)  # a person: erase, not delete (that is for case files)
    assert dialog.erase_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.erase_selected()
    erase = dialog._dialog
    erase.confirm.setChecked(True)
    erase.ok_button.click()
    settle(station_app)
    assert dialog.table.rowCount() == 0
    assert not dialog.erase_button.isEnabled()  # the erased person is gone from the list


def test_the_staff_buttons_follow_the_chosen_users_state(station_app):
    from app.services import cases

    sign_in_worker(station_app)
    make_household(station_app, name_zh="拉巴")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person = session.scalar(select(Person.id))
    cases.open_case(workspace, cases.CaseInput(person, "elderly_care", "独居", date.today()))
    station_app.sign_out()
    settle(station_app)
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    main.go("team")
    settle(station_app)
    team = main.pages["team"]
    switches = ("switch_off", "switch_on", "role")
    assert not any(team.buttons[name].isEnabled() for name in switches)  # nobody chosen
    with station_app.context.workspace.read() as session:
        zhuoma = session.scalar(select(User.id).where(User.username == "zhuoma"))
    team.loads.selectRow([team.loads.item(r, 0).data(Qt.ItemDataRole.UserRole)
                          for r in range(team.loads.rowCount())].index(zhuoma))  # active
    settle(station_app)
    assert team.buttons["switch_off"].isEnabled() and not team.buttons["switch_on"].isEnabled()
    team.buttons["switch_off"].click()
    settle(station_app)
    assert team.selected_worker(), "the switched-off worker stays chosen"
    assert not team.buttons["switch_off"].isEnabled() and team.buttons["switch_on"].isEnabled()
    with station_app.context.workspace.read() as session:
        assert not session.scalar(select(User.active).where(User.username == "zhuoma"))


def test_deleted_records_restore_and_history_need_a_chosen_record(station_app):
    from app.services.deletion import delete_record
    from app.ui.pages.team import DeletedRecordsDialog

    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="误录")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person = session.scalar(select(Person.id))
    delete_record(workspace, "person", person, "录错了")
    dialog = DeletedRecordsDialog(station_app.context, main)
    dialog.open()
    settle(station_app)
    assert dialog.table.rowCount() == 1
    dialog.table.clearSelection()
    dialog.table.setCurrentCell(-1, -1)
    assert not dialog.restore_button.isEnabled() and not dialog.history_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled() and dialog.history_button.isEnabled()
    dialog.restore_button.click()
    settle(station_app)
    assert dialog.table.rowCount() == 0, station_app.errors.last_text  # restored
    assert not dialog.restore_button.isEnabled() and not dialog.history_button.isEnabled()
    dialog.close()


def test_print_case_file_waits_for_a_chosen_case(station_app):
    main = sign_in_worker(station_app)
    main.go("cases")
    settle(station_app)
    page = main.pages["cases"]
    assert page.table.rowCount() == 0
    assert not page.print_button.isEnabled()  # no case file: nothing to print
