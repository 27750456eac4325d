"""First run (set up the station in the app) and the entry point `run_application`."""
from __future__ import annotations

from pathlib import Path


def test_first_run_sets_up_the_station_then_signs_in(prepared_app, tmp_path, qtbot,
                                                     recovery_keys):
    from app.security.keyfiles import write_key_file
    from app.ui.application import StationApp
    from app.ui.background import InlineExecutor, Runner
    from app.ui.errors import ErrorPresenter
    from app.ui.first_run import FirstRunWindow

    key_file = tmp_path / "county-recovery.pub"
    write_key_file(key_file, "county-recovery-public", recovery_keys[1], private=False)
    window = StationApp(tmp_path / "new-station", runner=Runner(InlineExecutor()),
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
    assert window.context.runner.settle()
    assert first.errors.text("password")  # too short: said at the field, nothing set up
    assert window.first_run is first and window.sign_in is None
    first.edits["password"].setText("a-good-password")
    first.edits["again"].setText("a-good-password")
    first.create()
    assert window.context.runner.settle()
    assert window.sign_in is not None
    window.sign_in.username.setText("ciren")
    window.sign_in.password.setText("a-good-password")
    window.sign_in.submit()
    assert window.context.runner.settle()
    assert window.main is not None
    assert window.context.workspace.role == "admin"
    window.main.go("settings")
    assert window.context.runner.settle()
    assert window.main.pages["settings"].admin_box.isVisibleTo(window.main.pages["settings"])
    window.context.workspace.store.close()


def test_run_application_shows_sign_in_and_exits_cleanly(station_dir):
    """In its own process: app.exec() and quit leave a QApplication that later tests would share."""
    import os
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from PySide6.QtCore import QTimer; "
              "from PySide6.QtWidgets import QApplication; "
              "from app.ui.application import prepare_application, run_application; "
              "app = prepare_application(); QTimer.singleShot(500, app.quit); "
              "sys.exit(run_application(Path(sys.argv[1])))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STATION_LEDGER_FAST_KDF="1")
    done = subprocess.run([sys.executable, "-c", script, str(station_dir)], env=env,
                          cwd=Path(__file__).resolve().parents[2], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
