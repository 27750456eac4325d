"""File dialogs of the app as a worker meets them: the name filter keeps its patterns in ASCII
brackets in every interface language (a full-width "（*.jpg）" in a translation hid every photo),
and each dialog opens in the signed-in user's own folder, never in the folder the last dialog of
the process used (that was another user's export folder)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.test_attachments_ui import _open_household


def _shown_dialog(action) -> dict:
    """Run `action` (which opens a modal file dialog); note the shown dialog's name filters
    and folder, then cancel it."""
    seen: dict = {}

    def look(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen["filters"] = dialog.nameFilters()
            seen["folder"] = Path(dialog.directory().absolutePath()).resolve()
            dialog.reject()
        elif tries:
            QTimer.singleShot(20, lambda: look(tries - 1))

    QTimer.singleShot(0, look)
    action()
    assert seen, "no file dialog was shown"
    return seen


@pytest.mark.parametrize("language", ["zh_CN", "bo"])
def test_the_add_files_dialog_shows_photos_and_pdfs_in_every_language(station_app, tmp_path,
                                                                        language):
    form, _household_id, _workspace = _open_household(station_app)
    station_app.switch_language(language, store=False)
    seen = _shown_dialog(form.attachments.choose_files)
    first = seen["filters"][0]
    patterns = re.search(r" \(([^()]*)\)$", first)  # what Qt reads as the patterns
    assert patterns, first
    assert {"*.jpg", "*.jpeg", "*.png", "*.tif", "*.webp", "*.bmp", "*.pdf"} <= \
        set(patterns.group(1).split())
    assert "（" not in first and "）" not in first
    form.reject()


def test_every_save_filter_keeps_its_patterns(station_app):
    from app.ui.widgets.dialogs import name_filter

    station_app.switch_language("zh_CN", store=False)
    assert name_filter("照片、扫描件和 PDF ", "*.jpg *.pdf") == "照片、扫描件和 PDF (*.jpg *.pdf)"
    # no translated string of the app holds a pattern: every filter is built by name_filter
    root = Path(__file__).resolve().parents[2] / "app" / "ui"
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"tr\(\s*\"[^\"]*\(\*\.", text), source
        assert "getOpenFileName" not in text and "getSaveFileName" not in text, source
        assert "getExistingDirectory" not in text, source


def test_file_dialogs_open_in_the_users_own_folder(station_app, tmp_path):
    form, _household_id, _workspace = _open_household(station_app)
    data_dir = Path(station_app.context.data_dir).resolve()
    for action in (form.attachments.choose_files, form.attachments.choose_camera_folder):
        folder = _shown_dialog(action)["folder"]
        assert folder != Path.cwd().resolve()  # "" opened the process's last folder
        assert folder != data_dir and data_dir not in folder.parents
        from app.ui.widgets.dialogs import user_folder

        assert folder == Path(user_folder(data_dir)).resolve()
    form.reject()
