"""People's rights from the people page (issue 19) through the real window, the inline runner
and the same delivery as the app: consent, access request (files in the export folder) and
erasure (refused until confirmed, then the person leaves the list); a worker gets no access
request or erasure button."""
from __future__ import annotations

from sqlalchemy import select

from app.models import Person
from tests.ui.conftest import make_household, settle, sign_in_supervisor, sign_in_worker


def _select_first(window):
    page = window.main.pages["people"]
    page.search.setText("")
    settle(window)
    page.table.setCurrentIndex(page.model.index(0, 0))
    settle(window)
    return page


def test_access_request_and_erasure_from_the_people_page(station_app, qtbot):
    sign_in_supervisor(station_app)
    make_household(station_app, name_zh="德吉央宗", birth="1950-02-03")
    page = _select_first(station_app)
    assert page.erase_button.isEnabled() and page.access_button.isEnabled()
    workspace = station_app.context.workspace

    page.access_button.click()
    dialog = page._form
    dialog.language.setCurrentIndex(dialog.language.findData("bo"))
    dialog.ok_button.click()
    settle(station_app)
    assert dialog.result is not None and dialog.result.pdf_path.is_file()
    assert dialog.result_label.isVisible()
    dialog.reject()

    page.erase_button.click()
    dialog = page._form
    assert dialog.person.isVisible() and "德吉央宗" in dialog.person.text()  # whom it erases
    dialog.ground.setCurrentIndex(dialog.ground.findData("purpose_achieved"))
    dialog.ok_button.click()
    settle(station_app)
    assert dialog.isVisible() and dialog.errors.text("confirmed")  # not confirmed: nothing done
    dialog.confirm.setChecked(True)
    dialog.ok_button.click()
    settle(station_app)
    assert not dialog.isVisible()
    with workspace.read() as session:
        person = session.scalars(select(Person)).one()
        assert person.erased_at is not None and person.name_zh == ""
    assert page.model.rowCount() == 0


def test_a_worker_records_consent_and_has_no_erasure_or_access_request(station_app):
    sign_in_worker(station_app)
    make_household(station_app, name_zh="拉巴")
    page = _select_first(station_app)
    assert not page.erase_button.isEnabled() and not page.access_button.isEnabled()
    page.consent_button.click()
    settle(station_app)
    dialog = page._form
    dialog.given_by.setCurrentIndex(dialog.given_by.findData("self"))
    dialog.ok_button.click()
    settle(station_app)
    assert dialog.isVisible() and dialog.errors.text("purposes")  # for what: required
    dialog.purposes["services"].setChecked(True)
    dialog.ok_button.click()
    settle(station_app)
    assert not dialog.isVisible()
    with station_app.context.workspace.read() as session:
        person = session.scalars(select(Person)).one()
        assert (person.consent_by, person.consent_purposes) == ("self", ["services"])


def test_due_for_review_lists_an_inactive_person_and_a_person_decides(station_app):
    from datetime import datetime

    from sqlalchemy import update

    from tests.conftest import ADMIN_PASSWORD
    from tests.ui.conftest import sign_in

    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    make_household(station_app, name_zh="多年未见")
    workspace = station_app.context.workspace
    with workspace.store.transaction() as session:
        session.execute(update(Person).values(updated_at=datetime(2015, 1, 1)))
    main.go("team")
    settle(station_app)
    team = main.pages["team"]
    assert team.buttons["due"].isVisibleTo(team)
    team.buttons["due"].click()
    settle(station_app)
    dialog = team._due
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "多年未见"
    assert dialog.years["retention_inactive_person_years"].value() == 5
    dialog.table.selectRow(0)
    dialog.erase_button.click()
    erase = dialog._dialog
    erase.confirm.setChecked(True)
    erase.ok_button.click()
    settle(station_app)
    assert dialog.table.rowCount() == 0  # erased: no longer due
    dialog.years["retention_closed_case_years"].setValue(0)
    dialog.save_button.click()
    settle(station_app)
    from app.services.settings import get_setting

    assert get_setting(workspace, "retention_closed_case_years") == 0
