"""First run (set up the station in the app) and the entry point `run_application`."""
from __future__ import annotations

from PySide6.QtCore import QTimer


def test_first_run_sets_up_the_station_then_signs_in(prepared_app, tmp_path, qtbot,
                                                     recovery_keys):
    from app.security.keyfiles import write_key_file
    from app.ui.application import StationApp
    from app.ui.background import Runner
    from app.ui.errors import ErrorPresenter
    from app.ui.first_run import FirstRunWindow

    key_file = tmp_path / "county-recovery.pub"
    write_key_file(key_file, "county-recovery-public", recovery_keys[1], private=False)
    window = StationApp(tmp_path / "new-station", runner=Runner(synchronous=True),
                        errors=ErrorPresenter(modal=False))
    qtbot.addWidget(window)
    first = window.first_run
    assert isinstance(window.currentWidget(), FirstRunWindow)
    first.edits["station_zh"].setText("蔡公堂乡社工站")
    first.edits["county_zh"].setText("城关区")
    first.villages.setPlainText("白定村|པད་སྡིང་\n塔玛村")
    first.edits["username"].setText("ciren")
    first.edits["display_name"].setText("次仁")
    first.edits["password"].setText("short")
    first.edits["again"].setText("short")
    first.edits["key_file"].setText(str(key_file))
    first.create()
    assert first.errors.text("password")  # too short: said at the field, nothing set up
    assert window.first_run is first and window.sign_in is None
    first.edits["password"].setText("a-good-password")
    first.edits["again"].setText("a-good-password")
    first.create()
    assert window.sign_in is not None
    window.sign_in.username.setText("ciren")
    window.sign_in.password.setText("a-good-password")
    window.sign_in.submit()
    assert window.main is not None
    assert window.main.pages["settings"].admin_box.isVisibleTo(window.main.pages["settings"]) \
        or window.context.workspace.role == "admin"
    window.context.workspace.store.close()


def test_run_application_shows_sign_in_and_exits_cleanly(prepared_app, station_dir):
    from app.ui import application

    QTimer.singleShot(300, prepared_app.quit)
    assert application.run_application(station_dir) == 0
