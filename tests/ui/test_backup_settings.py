"""The Backups section of the Settings page: "Back up now" and the admin's automatic backups,
through the real page, runner and services (the synchronous runner of the UI fixtures)."""
from __future__ import annotations

from app.services.backup import list_backups, read_manifest
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import sign_in, sign_in_worker


def test_back_up_now_from_settings(station_app, tmp_path):
    main = sign_in_worker(station_app)
    main.go("settings")
    page = main.pages["settings"]
    assert not page.auto_folder.isVisibleTo(page)  # automatic backups: admin only
    page.back_up_to(str(tmp_path / "usb"))
    made = list_backups(tmp_path / "usb")
    assert len(made) == 1
    read_manifest(made[0].path)
    assert str(made[0].path) in page.backup_state.text()
    assert page.backup_now.isEnabled() and page.backup_progress.progress is None


def test_back_up_now_into_a_file_shows_a_clear_error(station_app, tmp_path):
    main = sign_in_worker(station_app)
    main.go("settings")
    page = main.pages["settings"]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shown = []
    station_app.context.errors.show = lambda error, parent=None: shown.append(error)
    page.back_up_to(str(blocker))
    assert shown and "Traceback" not in str(shown[0])
    assert page.backup_state.text() == "" and page.backup_now.isEnabled()


def test_admin_sets_automatic_backups_and_one_is_made(station_app, tmp_path):
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    main.go("settings")
    page = main.pages["settings"]
    assert page.auto_folder.isVisibleTo(page)
    page.auto_folder.setText(str(tmp_path / "second"))
    page.auto_hours.setValue(12)
    page.auto_keep.setValue(4)
    page.save_auto_backup()
    assert len(list_backups(tmp_path / "second")) == 1  # due at once, made off the GUI thread
    page.auto_backup.check()  # the timer's tick: not due again for 12 hours
    assert len(list_backups(tmp_path / "second")) == 1
    page.auto_folder.setText(str(station_app.context.data_dir))
    page.save_auto_backup()
    assert "second location" in page.errors.text("backup_folder")
