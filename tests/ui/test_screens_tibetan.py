"""Issue 14, the second walk (Tibetan first, at 1366×768): panels that scrolled sideways, a cut
approval question, Alt-letters used twice, Chinese in Tibetan screens, the About box after an
export, the sign-in language after sign-out, the role shown twice, the return dialog's keys,
the hand-over's defaults and where folder pickers open. Through the real app window and its
runner (inline executor, queued delivery)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)
from sqlalchemy import select

from app.models import CaseFile, Person
from tests.conftest import SUPERVISOR_PASSWORD, WORKER_PASSWORD
from tests.ui.conftest import settle, sign_in, sign_in_supervisor, sign_in_worker
from tests.ui.screen_check import check_window

LAPTOP = (1366, 768 - 36)  # a 1366×768 screen less a desktop panel


def _person(workspace, name: str = "卓玛尼玛") -> str:
    from app.services import households
    from app.services.households import HouseholdInput, PersonInput
    from app.services.queries import villages

    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    households.create_household(workspace, HouseholdInput(village_id=village),
                                [PersonInput(name_zh=name, birth_date="1950-03-07")])
    with workspace.read() as session:
        return session.scalar(select(Person.id).where(Person.name_zh == name))


def _case(workspace, stage: str = "intake", submit: bool = False) -> str:
    from app.services import cases

    case_id, _ = cases.open_case(workspace, cases.CaseInput(_person(workspace), "elderly_care",
                                                            "独居", date.today()))
    if stage != "intake":
        with workspace.write() as session:
            row = session.get(CaseFile, case_id)
            row.stage, row.assessment, row.plan_goals = stage, "a", "b"
    if submit:
        cases.submit_case_for_review(workspace, case_id)
    return case_id


def _submitted_case_for_supervisor(window) -> str:
    """A case the worker submitted; the supervisor is signed in afterwards."""
    sign_in_worker(window)
    case_id = _case(window.context.workspace, "planning", submit=True)
    window.sign_out()
    settle(window)
    sign_in_supervisor(window)
    return case_id


def _problems(widget, language: str, *words: str) -> list[str]:
    return [p for p in check_window(widget, language, "x") if any(w in p for w in words)]


# -- 1. no panel scrolls sideways -----------------------------------------------------------
def test_the_case_panel_of_a_worker_never_scrolls_sideways_in_tibetan(station_app):
    main = sign_in_worker(station_app)
    case_id = _case(station_app.context.workspace, "service")  # five buttons: the most
    station_app.switch_language("bo", store=False)
    station_app.resize(*LAPTOP)
    for larger in (False, True):
        station_app.apply_larger_text(larger, store=False)
        main.go("cases")
        page = main.pages["cases"]
        page.show_case(case_id)
        settle(station_app)
        assert page.case is not None and page.buttons["service"].isVisible()
        QApplication.processEvents()
        bar = page.detail_scroll.horizontalScrollBar()
        assert not (bar.isVisible() and bar.maximum() > 0), "the case panel scrolls sideways"
        need = page.detail.minimumSizeHint().width()
        assert need <= page.detail_scroll.viewport().width(), "the case panel is cut on the right"
        assert not _problems(station_app, "bo", "sideways", "cut on the right")
    station_app.apply_larger_text(False, store=False)


# -- 2. a long Tibetan question is not cut --------------------------------------------------
def test_the_approve_question_in_tibetan_with_larger_text_is_not_cut(station_app):
    _submitted_case_for_supervisor(station_app)
    main = station_app.main
    station_app.switch_language("bo", store=False)
    station_app.apply_larger_text(True, store=False)
    try:
        main.go("cases")
        page = main.pages["cases"]
        page.scope.set_code("review")
        settle(station_app)
        assert page.case is not None
        page.buttons["approve"].click()
        settle(station_app)
        box = page.confirm_box
        assert box is not None and box.isVisible()
        assert not check_window(box, "bo", "approve", frozenset({"卓玛尼玛"}))
        box.reject()
    finally:
        station_app.apply_larger_text(False, store=False)


# -- 3, 4, 5: what the screen check itself must find ----------------------------------------
def test_the_screen_check_finds_alt_letters_used_twice_in_one_window(qapp):
    window = QWidget()
    layout = QVBoxLayout(window)
    for text in ("&Print case file", "A&pprove", "&History"):
        layout.addWidget(QPushButton(text))
    label = QLabel("&Date")
    label.setBuddy(window.findChildren(QPushButton)[2])
    layout.addWidget(label)
    window.show()
    problems = check_window(window, "en", "w")
    assert [p for p in problems if "Alt+P" in p], problems
    assert not [p for p in problems if "Alt+H" in p or "Alt+D" in p]
    window.close()


def test_the_screen_check_finds_chinese_in_a_tibetan_screen_but_not_in_names(qapp):
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("ཁྱིམ་ཚང 12号"))
    layout.addWidget(QLabel("王芳 · ལྟ་ཞིབ་སློབ་སྟོན་པ"))
    window.show()
    problems = check_window(window, "bo", "w", frozenset({"王芳"}))
    assert len([p for p in problems if "Chinese" in p]) == 1 and "12号" in problems[0]
    window.close()


def test_the_screen_check_finds_a_panel_that_scrolls_sideways_and_an_elided_button(qapp):
    window = QWidget()
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    row = QVBoxLayout(inner)
    wide = QPushButton("x" * 120)
    row.addWidget(wide)
    area.setWidget(inner)
    squeezed = QPushButton("Export diagnostics…")
    squeezed.setFixedWidth(40)
    layout = QVBoxLayout(window)
    layout.addWidget(area)
    layout.addWidget(squeezed)
    window.resize(300, 200)
    window.show()
    QApplication.processEvents()
    problems = check_window(window, "en", "w")
    assert [p for p in problems if "sideways" in p], problems
    assert [p for p in problems if "elided" in p and "Export" in p], problems
    window.close()


# -- 5. the About box keeps its buttons whole after an export -------------------------------
def test_the_about_box_after_an_export_keeps_its_tibetan_buttons_whole(station_app, tmp_path):
    from app.ui.about import AboutDialog

    sign_in_worker(station_app)
    station_app.switch_language("bo", store=False)
    about = AboutDialog(station_app.context, station_app.main)
    about.show()
    settle(station_app)
    before = about.diagnostics.width()
    folder = tmp_path / ("a-long-folder-name-for-the-county-technician" * 2) / "diagnostics"
    folder.mkdir(parents=True)
    about.start_export(folder / "station-ledger-diagnostics.zip")
    settle(station_app)
    QApplication.processEvents()
    assert (folder / "station-ledger-diagnostics.zip").exists()
    assert "diagnostics" in about.status.text()
    assert about.diagnostics.width() >= about.diagnostics.sizeHint().width()
    assert about.diagnostics.width() >= before
    assert not check_window(about, "bo", "about")
    about.close()


# -- 7. sign-out: the sign-in screen in the device's language -------------------------------
def test_after_sign_out_the_sign_in_screen_is_in_the_devices_language(station_app):
    sign_in_worker(station_app)
    station_app.switch_language("bo")  # the worker's own language, kept for her
    settle(station_app)
    station_app.sign_out()
    settle(station_app)
    assert station_app.language == "zh_CN"
    assert station_app.sign_in.language.code() == "zh_CN"
    assert station_app.sign_in.button.text() == QCoreApplication.translate(
        "SignInWindow", "&Sign in") == "登录(&S)"
    # her language comes back with her; a lock keeps it (she is the one to come back)
    sign_in_worker(station_app)
    assert station_app.language == "bo"
    station_app.lock()
    settle(station_app)
    assert station_app.language == "bo"
    # a language chosen on the sign-in screen is the one a sign-out comes back to
    sign_in(station_app, "zhuoma", WORKER_PASSWORD)
    station_app.sign_out()
    settle(station_app)
    station_app.switch_language("en", store=False)
    sign_in(station_app, "wangfang", SUPERVISOR_PASSWORD)
    station_app.sign_out()
    settle(station_app)
    assert station_app.language == "en"


# -- 8. the role once ----------------------------------------------------------------------
def test_the_status_bar_names_the_role_once(station_app):
    from app.ui.main_window import user_line

    main = sign_in_supervisor(station_app)
    assert main.user_label.text() == "王芳 · 督导"
    for language in ("zh_CN", "bo", "en"):
        station_app.switch_language(language, store=False)
        assert user_line("王芳（督导）", "supervisor", lambda: "twice") == "王芳（督导）"
        assert user_line("Wang Fang (Supervisor)", "supervisor", lambda: "twice") != "twice"
        assert user_line("王芳", "supervisor", lambda: "long") == "long"


# -- 9. the return dialog -------------------------------------------------------------------
def test_the_return_dialog_starts_in_the_reason_escape_cancels_enter_needs_a_reason(
        station_app, qtbot):
    case_id = _submitted_case_for_supervisor(station_app)
    main = station_app.main
    main.go("cases")
    page = main.pages["cases"]
    page.scope.set_code("review")
    settle(station_app)
    page.buttons["return"].click()
    settle(station_app)
    form = page._form
    form.activateWindow()
    qtbot.waitUntil(lambda: form.comments.hasFocus(), timeout=3000)
    qtbot.keyClick(form.comments, Qt.Key.Key_Return)  # a newline in an empty reason
    qtbot.keyClick(form, Qt.Key.Key_Return)
    settle(station_app)
    assert form.isVisible() and not form.save_button.isEnabled()
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).review_state == "submitted"
    qtbot.keyClick(form.comments, Qt.Key.Key_Escape)
    settle(station_app)
    assert not form.isVisible()
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).review_state == "submitted"


# -- 10. hand-over defaults -----------------------------------------------------------------
def test_the_hand_over_offers_colleagues_only_and_chooses_none(station_app):
    sign_in_worker(station_app)
    _case(station_app.context.workspace)
    station_app.sign_out()
    settle(station_app)
    main = sign_in_supervisor(station_app)
    main.go("team")
    team = main.pages["team"]
    team.refresh()
    settle(station_app)
    transfer = team.buttons["transfer"]
    assert not transfer.isEnabled(), "nothing to hand over before a worker is chosen"
    row = next(r for r in range(team.loads.rowCount()) if "卓玛" in team.loads.item(r, 0).text())
    team.loads.selectRow(row)
    settle(station_app)
    offered = [team.target.itemText(i) for i in range(team.target.count())]
    assert team.target.code() == "", "a colleague was chosen for the supervisor"
    assert not any("卓玛" in text for text in offered), "the worker could hand cases to herself"
    assert not any("次仁" in text for text in offered), "the admin does not carry cases"
    assert any("王芳" in text for text in offered)
    assert not transfer.isEnabled()
    team.target.setCurrentIndex(offered.index(next(t for t in offered if "王芳" in t)))
    assert transfer.isEnabled()


# -- 12. pickers open outside the data folder -----------------------------------------------
def _opened_folder(action) -> str:
    """Run `action`, which opens a file dialog; answer with Cancel; return where it opened."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.directory().absolutePath())
        dialog.reject()

    QTimer.singleShot(20, look)
    action()
    return seen[0]


def test_backup_and_diagnostics_pickers_open_in_the_users_folder(station_app, monkeypatch,
                                                                 tmp_path):
    from app.ui.about import AboutDialog
    from app.ui.widgets.dialogs import user_folder

    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    main = sign_in(station_app, "admin", __import__("tests.conftest").conftest.ADMIN_PASSWORD)
    data_dir = Path(station_app.context.data_dir).resolve()
    expected = user_folder(data_dir)
    assert data_dir not in Path(expected).resolve().parents and Path(expected) != data_dir
    assert user_folder(data_dir, data_dir / "backups") == expected
    main.go("settings")
    settings = main.pages["settings"]
    opened = [_opened_folder(settings.choose_and_back_up),
              _opened_folder(settings.choose_auto_folder)]
    about = AboutDialog(station_app.context, main)
    opened.append(_opened_folder(about.export_diagnostics))
    for folder in opened:
        path = Path(folder).resolve()
        assert path != data_dir and data_dir not in path.parents, folder
        assert path == Path(expected).resolve()
    about.close()


# -- 11. the page and the printed summary name the figures alike ----------------------------
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_reports_page_names_the_figures_as_the_printed_pdf_does(station_app, tmp_path,
                                                                    monkeypatch, language):
    import subprocess

    from tests.ui.test_reports_page import choose_save_path, reports_page

    sign_in_worker(station_app)
    station_app.switch_language(language, store=False)
    page = reports_page(station_app)
    shown = [page.table.item(row, 0).text() for row in range(page.table.rowCount())]
    assert len(shown) >= 9
    page.language.set_code(language)
    page._language_activated(page.language.currentIndex())
    target = tmp_path / f"summary-{language}.pdf"
    choose_save_path(monkeypatch, target)
    page.pdf_button.click()
    settle(station_app)
    assert target.exists()
    printed = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True,
                             text=True, timeout=60).stdout
    flat = "".join(printed.split())
    missing = [label for label in shown if "".join(label.split()) not in flat]
    assert not missing, f"the page says {missing}, the PDF does not"


# -- 6. Tibetan in inputs sits in the middle, its ink inside the frame ----------------------
@pytest.mark.parametrize("larger", [False, True])
@pytest.mark.parametrize("kind", ["line edit", "editable combo", "combo"])
def test_tibetan_in_inputs_is_centred_by_its_ink_inside_the_frame(prepared_app, qtbot, kind,
                                                                   larger):
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from app.ui.fonts import ui_font

    base = prepared_app.property("basePointSize")
    prepared_app.setFont(ui_font(base, larger_text=larger))
    try:
        def make(text: str):
            if kind == "line edit":
                widget = QLineEdit(text)
            else:
                widget = QComboBox()
                widget.setEditable(kind == "editable combo")
                widget.addItem(text)
            qtbot.addWidget(widget)
            widget.resize(420, widget.sizeHint().height())
            widget.show()
            QApplication.processEvents()
            return widget

        shown = make("སྒྲོལ་མ་བསྐྱངས་ཀླུ་ཡི་མིང")
        empty = make("")
        drawn, blank = shown.grab().toImage(), empty.grab().toImage()
        rows = [y for y in range(drawn.height())
                if any(abs(drawn.pixelColor(x, y).value() - blank.pixelColor(x, y).value()) > 60
                       for x in range(8, 300))]
        above, below = rows[0], drawn.height() - 1 - rows[-1]
        assert above >= 4 and below >= 4, f"ink {above} px below the top, {below} above the bottom"
        assert abs(above - below) <= 5, f"ink {above} px from the top, {below} from the bottom"
    finally:
        prepared_app.setFont(ui_font(base))


def test_the_delete_dialog_starts_in_the_reason_and_enter_needs_one(station_app, qtbot):
    """The same kind as the return dialog: a reason first, Enter never acts without one."""
    main = sign_in_worker(station_app)
    case_id = _case(station_app.context.workspace)
    main.go("cases")
    page = main.pages["cases"]
    page.show_case(case_id)
    settle(station_app)
    page.buttons["delete"].click()
    settle(station_app)
    dialog = page._delete
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.reason.hasFocus(), timeout=3000)
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(station_app)
    assert dialog.isVisible()
    with station_app.context.workspace.read() as session:
        assert session.get(CaseFile, case_id).deleted_at is None
    dialog.reason.setPlainText("开错了个案")
    assert dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
