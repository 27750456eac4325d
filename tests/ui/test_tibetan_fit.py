"""Tibetan at 1366×768, found cut by testers: the access-request dialog's answer (a long file
path without a break) and the Team page's "Due for review" button squeezed in one row with the
other staff buttons. Through the real window and the app's delivery; measured by the screen
check."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import make_household, settle, sign_in, sign_in_supervisor
from tests.ui.screen_check import check_window

LAPTOP = (1366, 768 - 36)  # a 1366×768 screen less a desktop panel


def test_the_access_request_answer_shows_whole_in_tibetan(station_app):
    sign_in_supervisor(station_app)
    make_household(station_app, name_zh="德吉央宗", birth="1950-02-03")
    page = station_app.main.pages["people"]
    page.table.setCurrentIndex(page.model.index(0, 0))
    settle(station_app)
    station_app.switch_language("bo", store=False)
    settle(station_app)
    page.access_button.click()
    dialog = page._form
    settle(station_app)
    before = dialog.size()
    dialog.ok_button.click()
    settle(station_app)
    QApplication.processEvents()
    result, label = dialog.result, dialog.result_label
    assert result is not None and label.isVisible()
    assert len(str(result.pdf_path)) > 60  # a path longer than a line of the dialog
    assert dialog.height() > before.height() and dialog.width() >= before.width()  # it grew
    assert label.height() >= label.heightForWidth(label.width())
    # the exact paths: the tooltip, and the text can be selected
    assert label.toolTip() == f"{result.pdf_path}\n{result.json_path}"
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert str(result.pdf_path) in label.text().replace("\u200b", "")
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()
    problems = check_window(dialog, "bo", "access-request", frozenset({"德吉央宗"}))
    assert not problems, "\n".join(problems)
    dialog.reject()


@pytest.mark.parametrize("larger", [False, True])
def test_the_team_pages_buttons_keep_their_whole_text_in_tibetan(station_app, larger):
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)  # the admin has every staff button
    station_app.switch_language("bo", store=False)
    station_app.apply_larger_text(larger, store=False)
    try:
        station_app.resize(*LAPTOP)
        main.go("team")
        settle(station_app)
        QApplication.processEvents()
        team = main.pages["team"]
        assert team.buttons["due"].isVisible()
        for name, button in team.buttons.items():
            assert button.width() >= button.sizeHint().width(), (name, button.text())
        holder = main.stack.currentWidget()  # the page's scroll area: up and down only
        due = team.buttons["due"]
        right = due.mapTo(holder.viewport(), due.rect().topRight()).x()
        assert right < holder.viewport().width(), "Due for review is cut on the right"
        problems = [p for p in check_window(station_app, "bo", "team")
                    if "button" in p or "sideways" in p or "cut" in p]
        assert not problems, "\n".join(problems)
    finally:
        station_app.apply_larger_text(False, store=False)
