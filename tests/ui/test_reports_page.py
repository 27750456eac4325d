"""The Reports page (preview with breakdowns, export in the chosen language with progress and
Cancel) and printing a case file from the Cases page; PDFs are checked by rendering them."""
from __future__ import annotations

import subprocess
from pathlib import Path
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import select

from app.models import Person
from tests.ui.conftest import SCREENSHOTS, make_household, settle, sign_in, sign_in_worker

def record_a_visit(window) -> None:
    main = window.main
    main.go("visits")
    settle(window)
    main.pages["visits"].new_record()
    settle(window)
    form = main.pages["visits"]._form
    form.household.list.setCurrentRow(0)
    settle(window)
    form.domain.setCurrentIndex(1)
    settle(window)
    form.items.item(0).setCheckState(Qt.CheckState.Checked)
    form.save()
    settle(window)
    assert not form.isVisible(), form.errors.visible_errors()


def reports_page(window):
    window.main.go("reports")
    settle(window)
    page = window.main.pages["reports"]
    page.refresh()
    settle(window)
    return page


def choose_save_path(monkeypatch, path) -> list:
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        return str(path)

    # the page asks through app.ui.widgets.dialogs (Qt's own dialog, in the interface language)
    monkeypatch.setattr("app.ui.pages.reports.save_file_name", fake)
    monkeypatch.setattr("app.ui.pages.cases.save_file_name", fake)
    return calls


def assert_pdf_renders(pdf, tmp_path) -> None:
    """`pdftoppm -r 40` renders page 1, and it is not a blank page."""
    out = tmp_path / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(pdf), str(out)],
                   check=True, capture_output=True, timeout=60)
    rendered = sorted(tmp_path.glob(f"{pdf.stem}-page*.png"))
    assert rendered, "pdftoppm wrote no page"
    image = QImage(str(rendered[0]))
    assert not image.isNull() and image.width() > 50
    dark = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 160)
    assert dark > 100, f"page 1 looks blank ({dark} dark samples)"


def test_bilingual_pdf_export_from_the_page(station_app, tmp_path, monkeypatch):
    main = sign_in_worker(station_app)
    make_household(station_app)
    record_a_visit(station_app)
    page = reports_page(station_app)
    # the report language follows the interface language until the user picks one
    assert page.language.code() == "bo" or page.language.code() == "zh_CN"
    page.language.set_code("bilingual")
    page._language_activated(page.language.currentIndex())
    target = tmp_path / "summary-bilingual.pdf"
    calls = choose_save_path(monkeypatch, target)
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    page.pdf_button.click()
    settle(station_app)
    assert calls, "no file dialog"
    station_app.context.runner.wait()
    assert target.exists() and target.stat().st_size > 0
    # the path breaks after each folder (a zero-width space); the exact path is the tooltip
    assert str(target) in page.state.text().replace("\u200b", "")
    assert page.state.toolTip() == str(target)
    from PySide6.QtCore import QCoreApplication

    from app.services.exports import EXPORT_WARNING

    assert QCoreApplication.translate("Core", EXPORT_WARNING) in page.state.text()  # not encrypted
    assert page.open_folder_button.isVisible() and not page.progress.isVisible()
    assert_pdf_renders(target, tmp_path)
    page.open_folder_button.click()
    settle(station_app)
    assert opened and opened[0].toLocalFile().rstrip("/") == str(tmp_path)
    # the audit log says it was bilingual
    from app.models import AuditEntry  # noqa: PLC0415
    with station_app.context.workspace.read() as session:
        details = [entry.details for entry in session.scalars(select(AuditEntry))
                   if entry.action == "report.exported"]
    assert details and "bilingual" in str(details[-1])
    assert main is station_app.main


def test_xlsx_export_has_the_visits_number_the_preview_shows(station_app, tmp_path, monkeypatch):
    import openpyxl

    sign_in_worker(station_app)
    make_household(station_app)
    record_a_visit(station_app)
    page = reports_page(station_app)
    visits_row = [page.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
                  for r in range(page.table.rowCount())].index("visits")
    shown = page.table.item(visits_row, 1).text()
    assert shown == "1"
    # the breakdown by service domain: its total row has the same number of visits
    domain = page.breakdown_tables["domain"]
    headers = [domain.horizontalHeaderItem(c).text() for c in range(domain.columnCount())]
    assert domain.rowCount() > 2 and len(headers) > 5
    target = tmp_path / "summary.xlsx"
    choose_save_path(monkeypatch, target)
    page.language.set_code("zh_CN")
    page._language_activated(0)
    page.xlsx_button.click()
    settle(station_app)
    station_app.context.runner.wait()
    assert target.exists(), page.state.text()
    book = openpyxl.load_workbook(target, read_only=True)
    from app.reports.strings import MEASURE_LABELS
    from app.reports.text import translate

    overview = next(name for name in book.sheetnames if "overview" in name.lower()
                    or name == translate("zh_CN", "Overview"))
    label = translate("zh_CN", MEASURE_LABELS["visits"])
    rows = [list(row) for row in book[overview].iter_rows(values_only=True)]
    visit_rows = [row for row in rows if row and row[0] == label]
    assert visit_rows, (book.sheetnames, rows[:15])
    assert visit_rows[0][1] == int(shown), visit_rows[0]


def test_cancel_leaves_no_file(station_app, tmp_path, monkeypatch):
    sign_in_worker(station_app)
    make_household(station_app)
    page = reports_page(station_app)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "cancelled.pdf"
    choose_save_path(monkeypatch, target)
    # press Cancel as soon as the first progress report arrives
    page.progress.bar.valueChanged.connect(lambda _v: page.progress.cancel_button.click())
    settle(station_app)
    page.pdf_button.click()
    settle(station_app)
    station_app.context.runner.wait()
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file left either
    assert page.state.text() == page.tr("Cancelled. No file was written.")
    assert not page.progress.isVisible()
    assert page.pdf_button.isEnabled()
    assert not page.open_folder_button.isVisible()
    assert station_app.errors.last_text in ("", None)


def test_print_a_case_file_in_tibetan_from_the_cases_page(station_app, tmp_path, monkeypatch, qtbot):
    from app.services import cases

    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="王桂兰", name_bo="བཀྲ་ཤིས་སྒྲོལ་མ")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", "独居老人", date.today()))
    settle(station_app)
    main.go("cases")
    settle(station_app)
    page = main.pages["cases"]
    page.refresh()
    settle(station_app)
    assert page.case is not None
    page.print_language.set_code("bo")
    page.print_language.activated.emit(page.print_language.currentIndex())
    settle(station_app)
    target = tmp_path / "case-bo.pdf"
    choose_save_path(monkeypatch, target)
    station_app.activateWindow()
    qtbot.waitUntil(station_app.isActiveWindow, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    settle(station_app)
    station_app.context.runner.wait()
    assert target.exists(), station_app.errors.last_text
    assert str(target) in page.print_state.text().replace("\u200b", "")
    assert page.print_state.toolTip() == str(target)
    assert_pdf_renders(target, tmp_path)
    from app.models import AuditEntry  # noqa: PLC0415
    with workspace.read() as session:
        details = [entry.details for entry in session.scalars(select(AuditEntry))
                   if entry.action == "report.exported"]
    assert details and "'bo'" in str(details[-1]).replace('"', "'")


def test_supervisor_prints_from_the_review_list(station_app, tmp_path, monkeypatch):
    from app.models import CaseFile
    from app.services import cases
    from tests.ui.conftest import sign_in_supervisor

    sign_in_worker(station_app)
    make_household(station_app, name_zh="李四")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    case_id, _ = cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", "x", date.today()))
    settle(station_app)
    with workspace.write() as session:
        case = session.get(CaseFile, case_id)
        case.stage, case.plan_goals, case.plan_actions = "planning", "目标", "行动"
    cases.submit_case_for_review(workspace, case_id)
    station_app.lock()
    settle(station_app)
    main = sign_in_supervisor(station_app)
    main.go("cases")
    settle(station_app)
    page = main.pages["cases"]
    assert page.scope.code() == "review"
    page.refresh()
    settle(station_app)
    assert page.case is not None and page.case.row.id == case_id
    target = tmp_path / "review.pdf"
    choose_save_path(monkeypatch, target)
    page.print_button.click()
    settle(station_app)
    station_app.context.runner.wait()
    assert target.exists(), station_app.errors.last_text
    assert_pdf_renders(target, tmp_path)


@pytest.mark.parametrize("language", ["zh_CN", "bo"])
def test_reports_page_screenshots(prepared_app, qtbot, tmp_path_factory, language):
    from app.services.demo import DEMO_PASSWORD, create_demo_station
    from app.ui.application import StationApp
    from app.ui.background import InlineExecutor, Runner
    from app.ui.errors import ErrorPresenter
    from app.ui.translations import switch_language

    data_dir = tmp_path_factory.mktemp("demo") / "station"
    create_demo_station(data_dir, households_count=20)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window = StationApp(data_dir, runner=Runner(InlineExecutor()), errors=ErrorPresenter(modal=False),
                        language=language)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        main = sign_in(window, "zhuoma", DEMO_PASSWORD)
        window.switch_language(language, store=False)
        main.go("reports")
        page = main.pages["reports"]
        page.refresh()
        qtbot.wait(50)
        assert page.table.rowCount() == 9
        window.grab().save(str(SCREENSHOTS / f"{language}_reports.png"))
        page.tabs.setCurrentIndex(1)
        qtbot.wait(50)
        window.grab().save(str(SCREENSHOTS / f"{language}_reports_by_domain.png"))
        page._exported(str(tmp_path_factory.getbasetemp() / "summary-2026-10.pdf"))
        page.tabs.setCurrentIndex(2)
        qtbot.wait(50)
        window.grab().save(str(SCREENSHOTS / f"{language}_reports_by_village.png"))
    finally:
        window.context.runner.wait()
        window.context.runner.shutdown()
        if window.context.workspace is not None:
            window.context.workspace.store.close()
        switch_language(prepared_app, "zh_CN")


def test_printed_case_file_warns_saves_in_the_users_folder_and_can_be_deleted(
        station_app, tmp_path, monkeypatch):
    """Plaintext leaving the store (issue 11, item 7): the save dialog proposes the user's own
    export folder under the data directory, the page warns that the file holds personal data,
    and offers to open and to delete it (audited)."""
    import stat

    from app.models import AuditEntry
    from app.services import cases

    main = sign_in_worker(station_app)
    make_household(station_app, name_zh="赵六")
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    cases.open_case(workspace, cases.CaseInput(person_id, "elderly_care", "独居", date.today()))
    main.go("cases")
    page = main.pages["cases"]
    page.refresh()
    settle(station_app)  # the list and the first case arrive
    proposed = []

    def save_as(_parent, _title, suggested, _filter):
        proposed.append(suggested)
        return suggested

    monkeypatch.setattr("app.ui.pages.cases.save_file_name", save_as)
    page.print_case()
    settle(station_app)
    folder = station_app.context.data_dir / "exports" / "zhuoma"
    printed = Path(proposed[0])
    assert printed.parent == folder and printed.exists(), station_app.errors.last_text
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    from PySide6.QtCore import QCoreApplication

    from app.services.exports import PERSONAL_DATA_WARNING

    warning = QCoreApplication.translate("Core", PERSONAL_DATA_WARNING)
    assert warning and warning in page.print_state.text()
    assert page.printed_row.isVisibleTo(page) and page.delete_printed.isEnabled()
    opened = []
    monkeypatch.setattr("app.ui.pages.cases.QDesktopServices.openUrl", opened.append)
    page.open_printed.click()
    assert opened and opened[0].toLocalFile() == str(printed)
    page.delete_printed.click()
    settle(station_app)
    assert not printed.exists() and not page.printed_row.isVisibleTo(page)
    with workspace.read() as session:
        actions = [entry.action for entry in session.scalars(select(AuditEntry))]
    assert actions[-2:] == ["report.exported", "report.deleted"]


def test_contract_targets_are_shown_read_only(station_app):
    """The county's contract targets (as a sync brings them) are shown with the progress
    against them, in a table that cannot be edited, saying the county sets them."""
    from PySide6.QtWidgets import QAbstractItemView

    from app.models import ContractTarget

    sign_in_worker(station_app)
    make_household(station_app)
    record_a_visit(station_app)
    workspace = station_app.context.workspace
    with workspace.store.transaction() as session:  # what a pull from the county writes
        session.add(ContractTarget(station_id=workspace.station_id, year=date.today().year,
                                   measure="visits", domain_code="", target=12))
    page = reports_page(station_app)
    tab = page.tabs.widget(page.targets_tab_index)
    assert page.tabs.tabText(page.targets_tab_index) and tab.isAncestorOf(page.targets_table)
    table = page.targets_table
    assert table.rowCount() == 1 and table.columnCount() == 7
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[2:4] == ["12", "1"], cells  # yearly target, this month
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page._targets_message in page.targets_note.text()
    page.tabs.setCurrentIndex(page.targets_tab_index)
    assert not page.period.isEnabled()  # the targets are yearly: no period to choose
