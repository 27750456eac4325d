"""The Backups section of the Settings page: "Back up now" and the admin's automatic backups,
through the real page, runner and services (the inline executor of the UI fixtures: results
delivered by the event loop, hence `settle`)."""
from __future__ import annotations

import pytest

from app.services.backup import list_backups, read_manifest
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import settle, sign_in, sign_in_worker


@pytest.fixture(autouse=True)
def usb_stick(tmp_path):
    """The USB stick the backups here go to is plugged in: a backup never makes its folder
    (a mistyped path is refused, tests/sync/test_usb_folders.py)."""
    (tmp_path / "usb").mkdir()


def test_back_up_now_from_settings(station_app, tmp_path):
    main = sign_in_worker(station_app)
    main.go("settings")
    page = main.pages["settings"]
    assert not page.auto_folder.isVisibleTo(page)  # automatic backups: admin only
    page.back_up_to(str(tmp_path / "usb"))
    settle(station_app)
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
    settle(station_app)
    assert shown and "Traceback" not in str(shown[0])
    assert page.backup_state.text() == "" and page.backup_now.isEnabled()


def test_admin_sets_automatic_backups_and_one_is_made(station_app, tmp_path):
    main = sign_in(station_app, "admin", ADMIN_PASSWORD)
    main.go("settings")
    page = main.pages["settings"]
    assert page.auto_folder.isVisibleTo(page)
    (tmp_path / "second").mkdir()
    page.auto_folder.setText(str(tmp_path / "second"))
    page.auto_hours.setValue(12)
    page.auto_keep.setValue(4)
    page.save_auto_backup()
    settle(station_app)
    assert len(list_backups(tmp_path / "second")) == 1  # due at once, made off the GUI thread
    page.auto_backup.check()  # the timer's tick: not due again for 12 hours
    settle(station_app)
    assert len(list_backups(tmp_path / "second")) == 1
    page.auto_folder.setText(str(station_app.context.data_dir))
    page.save_auto_backup()
    settle(station_app)
    from PySide6.QtCore import QCoreApplication

    expected = QCoreApplication.translate("Core", "Choose a second location for automatic "
                                                  "backups, not the data folder itself.")
    assert expected != "" and page.errors.text("backup_folder") == expected  # translated


def test_first_run_restores_a_backup_then_signs_in(prepared_app, worker, village_id, tmp_path,
                                                   qtbot):
    """A new laptop: the first-run screen restores a backup (wrong password said at the field,
    then the right one), the sign-in screen follows, and the records are there."""
    from sqlalchemy import func, select

    from app.models import Person
    from app.services import households
    from app.services.backup import back_up_now
    from app.ui.application import StationApp
    from app.ui.background import InlineExecutor, Runner
    from app.ui.errors import ErrorPresenter
    from tests.conftest import WORKER_PASSWORD

    households.create_household(worker, households.HouseholdInput(village_id=village_id),
                                [households.PersonInput(name_zh="次仁卓玛")])
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    window = StationApp(tmp_path / "new-laptop", runner=Runner(InlineExecutor()),
                        errors=ErrorPresenter(modal=False))
    qtbot.addWidget(window)
    first = window.first_run
    first.restore_edits["backup"].setText(str(info.path))
    first.restore_edits["backup_user"].setText("zhuoma")
    first.restore_edits["backup_password"].setText("not-the-password")
    first.restore()
    settle(window)
    assert window.sign_in is None and first.restore_button.isEnabled()
    from PySide6.QtCore import QCoreApplication

    wrong = QCoreApplication.translate("Core", "Wrong user name or password.")
    assert wrong in (first.errors.text("backup_password") or window.errors.last_text or "")
    first.restore_edits["backup_password"].setText(WORKER_PASSWORD)
    first.restore()
    settle(window)
    assert window.sign_in is not None
    window.sign_in.username.setText("zhuoma")
    window.sign_in.password.setText(WORKER_PASSWORD)
    window.sign_in.submit()
    settle(window)
    assert window.main is not None
    with window.context.workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1
    window.main.go("sync")  # not connected; the history says why
    page = window.main.pages["sync"]
    page.refresh()
    settle(window)
    said = page.tr("Restored from a backup: connect to the county again with a new code")
    assert any(said in page.history.item(i).text() for i in range(page.history.count()))
    assert page.enroll_box.isVisibleTo(page)
    window.context.workspace.store.close()
