"""The screen check (issue 14): every page, form and dialog at 1366×768 (less a 36 px panel) in
Chinese, Tibetan and English, with normal and larger text, checked by `screen_check` for text
that does not fit, untranslated text and widgets outside the window. Screenshots of each go to
test-artifacts/screens/<language>-<size>/ for a person to look at."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.demo import DEMO_PASSWORD
from tests.ui.screen_check import check_window

SCREENS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"
PANEL_PX = 36  # a desktop panel: the window gets the rest of the 768 px
PAGES = ("today", "people", "visits", "cases", "activities", "resources", "reports", "sync",
         "settings", "team")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from app.services.demo import create_demo_station

    data_dir = tmp_path_factory.mktemp("screens") / "station"
    create_demo_station(data_dir, households_count=25)
    return data_dir


def settle(window, qtbot) -> None:
    """Wait until every answer from the background threads has been delivered."""
    runner = window.context.runner
    for _ in range(200):
        runner.wait()
        QApplication.processEvents()
        if not runner.busy:
            break
        qtbot.wait(5)
    qtbot.wait(10)


class Session:
    def __init__(self, window, qtbot, language: str, size: str) -> None:
        self.window, self.qtbot, self.language = window, qtbot, language
        self.folder = SCREENS / f"{language}-{size}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.problems: list[str] = []
        self.seen = 0
        self.data: frozenset[str] = frozenset()

    def learn_data(self) -> None:
        """What people typed, shown as typed in every interface: names of people and users,
        titles, providers, goods and notes of records (an
        address shows in the interface's language: a Chinese one in Tibetan is a finding)."""
        from sqlalchemy import select

        from app.models.org import User
        from app.models.cases import CaseFile, CaseReview, Task
        from app.models.people import Household, Person
        from app.models.records import Activity, ResourceLink, Visit

        with self.window.context.workspace.read() as session:
            names = set(session.scalars(select(Person.name_zh)))
            names |= set(session.scalars(select(User.display_name)))
            for column in (Activity.title, Activity.location, Activity.notes, Visit.notes,
                           ResourceLink.provider_name, ResourceLink.in_kind_description,
                           ResourceLink.notes, CaseFile.intake_reason, CaseReview.comments,
                           Task.text):
                names |= set(session.scalars(select(column)))
            if self.language == "en":  # no English address is kept: the Chinese one shows
                names |= set(session.scalars(select(Household.address_zh)))
        self.data = frozenset(n for n in names if n)

    def check(self, widget, name: str) -> None:
        settle(self.window, self.qtbot)
        minimum = widget.minimumSizeHint()
        if minimum.height() > widget.height() or minimum.width() > widget.width():
            self.problems.append(f"{name}: needs at least {minimum.width()}x{minimum.height()}, "
                                 f"has {widget.width()}x{widget.height()}")
        widget.grab().save(str(self.folder / f"{name}.png"))
        self.problems += check_window(widget, self.language, name, self.data)
        self.seen += 1

    def form(self, page, opener, name: str) -> None:
        opener()
        form = page._form
        self.qtbot.waitUntil(form.isVisible, timeout=5000)
        settle(self.window, self.qtbot)
        room = QApplication.primaryScreen().availableGeometry().adjusted(0, 0, 0, -PANEL_PX)
        if form.height() > room.height() or form.width() > room.width():
            self.problems.append(f"{name}: {form.width()}x{form.height()} is larger than the "
                                 f"screen's {room.width()}x{room.height()}")
        self.check(form, name)
        errors = getattr(form, "errors", None)
        if errors is not None:  # each field's error line (one at a time, as a save shows it)
            from app.errors import N_, ValidationError

            for field in errors.names():
                errors.clear()
                errors.show(ValidationError(N_(
                    "The ID number %1 is not valid: the birth date in it, %2, does not "
                    "exist."), "540102198013010017", "1980-13-01", field=field))
                settle(self.window, self.qtbot)
                self.check(form, f"{name}-error-{field}")
            errors.clear()
        form.reject()


@pytest.mark.parametrize("size", ["normal", "larger"])
@pytest.mark.parametrize("language", ["zh_CN", "bo", "en"])
def test_screen_check(prepared_app, demo_dir, qtbot, language, size):
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter
    from app.ui.screen import available_size

    window = StationApp(demo_dir, runner=Runner(), errors=ErrorPresenter(modal=False),
                        language=language)
    qtbot.addWidget(window)
    room = available_size(window)
    window.resize(room.width(), room.height() - PANEL_PX)
    window.show()
    session = Session(window, qtbot, language, size)
    try:
        if size == "larger":
            window.apply_larger_text(True, store=False)
        session.check(window, "sign-in")
        window.sign_in.username.setText("wangfang")  # the supervisor sees every page part
        window.sign_in.password.setText(DEMO_PASSWORD)
        window.sign_in.submit()
        qtbot.waitUntil(lambda: window.main is not None, timeout=10000)
        session.learn_data()
        window.switch_language(language, store=False)
        window.apply_larger_text(size == "larger", store=False)
        main = window.main
        for name in PAGES:
            main.go(name)
            session.check(window, name)
            holder = main.stack.currentWidget()  # pages may scroll up and down, never sideways
            need = holder.widget().minimumSizeHint().width()
            if need > holder.viewport().width():
                session.problems.append(f"{name}: needs {need} px wide, has "
                                        f"{holder.viewport().width()}")
        pages = main.pages
        main.go("people")
        settle(window, qtbot)
        pages["people"].table.selectRow(0)
        session.check(window, "people-selected")
        session.form(pages["people"], pages["people"].new_record, "household-form")
        session.form(pages["people"], pages["people"].add_member, "member-form")
        main.go("visits")
        session.form(pages["visits"], pages["visits"].new_record, "visit-form")
        main.go("activities")
        session.form(pages["activities"], pages["activities"].new_record, "activity-form")
        main.go("resources")
        session.form(pages["resources"], pages["resources"].new_record, "resource-form")
        main.go("cases")
        cases = pages["cases"]
        session.form(cases, cases.new_record, "case-form")
        cases.scope.set_code("review")  # a case waiting for this supervisor's decision
        settle(window, qtbot)
        if cases.table.rowCount() == 0:
            cases.scope.set_code("all")
            settle(window, qtbot)
        cases.table.selectRow(0)
        session.check(window, "case-selected")
        session.form(cases, lambda: cases._open(
            __import__("app.ui.forms.case_forms", fromlist=["x"]).ServiceRecordForm(
                window.context, cases, case_id=cases.case.row.id,
                domain_code=cases.case.domain_code)), "service-form")
        session.form(cases, lambda: cases._open(
            __import__("app.ui.forms.case_forms", fromlist=["x"]).ReturnCaseForm(
                window.context, cases, record_id=cases.case.row.id,
                case_label=cases.case.row.number)), "return-form")
        if cases.buttons["approve"].isVisible():
            cases.approve()  # the supervisor's confirmation
            session.check(cases.confirm_box, "approve-confirmation")
            cases.confirm_box.reject()
        from app.ui.about import AboutDialog

        about = AboutDialog(window.context, main)
        about.show()
        session.check(about, "about")
        about.close()
        main.go("sync")
        sync = pages["sync"]
        sync.open_conflicts()
        settle(window, qtbot)
        session.check(sync.inbox, "conflict-inbox")
        sync.inbox.reject()
        # the worker's case panel has the most buttons (save, next stage, service, history,
        # delete): it scrolled sideways in Tibetan
        window.sign_out()
        settle(window, qtbot)
        window.sign_in.username.setText("zhuoma")
        window.sign_in.password.setText(DEMO_PASSWORD)
        window.sign_in.submit()
        qtbot.waitUntil(lambda: window.main is not None, timeout=10000)
        window.switch_language(language, store=False)
        window.apply_larger_text(size == "larger", store=False)
        main = window.main
        main.go("today")
        session.check(window, "today-worker")
        main.go("cases")
        cases = main.pages["cases"]
        settle(window, qtbot)
        cases.table.selectRow(0)
        session.check(window, "case-selected-worker")
        # a saved record's form adds History and the attachment strip: their Alt letters
        # clashed with the form's own (&Attachments/&Address, &History/&Household)
        main.go("people")
        people = main.pages["people"]
        settle(window, qtbot)
        people.table.selectRow(0)
        settle(window, qtbot)
        session.form(people, people.edit_household, "household-form-saved")
        session.form(people, people.edit_person, "person-form-saved")
        main.go("visits")
        visits = main.pages["visits"]
        settle(window, qtbot)
        visits.table.selectRow(0)
        session.form(visits, visits.open_current, "visit-form-saved")
        assert session.seen >= 25
    finally:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                box.reject()
        settle(window, qtbot)
        if window.context.workspace is not None:
            window.lock()
            settle(window, qtbot)
        window.context.runner.shutdown()
        from app.ui.translations import switch_language

        switch_language(prepared_app, "zh_CN")
        window.apply_larger_text(False, store=False)
    assert not session.problems, f"{len(session.problems)} problems:\n" + "\n".join(session.problems)
