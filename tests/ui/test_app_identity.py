"""App identity: one instance per data directory, the About box (F1) with version and schema,
and "Export diagnostics" from it through the app's own background path."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from app.version import app_version, schema_revision
from tests.ui.conftest import sign_in_worker

ROOT = Path(__file__).resolve().parents[2]


def test_second_instance_hands_over_to_the_first(qapp, qtbot, tmp_path):
    from app.ui.single_instance import SingleInstance

    first = SingleInstance(tmp_path / "data")
    assert first.claim()
    second = SingleInstance(tmp_path / "data")
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()  # the first answers and is asked to come forward
    other_station = SingleInstance(tmp_path / "other")
    assert other_station.claim()  # another data directory is another instance
    other_station.release()
    first.release()
    again = SingleInstance(tmp_path / "data")
    assert again.claim()  # after the first has gone, a new start runs
    again.release()


def test_second_start_of_the_real_program_exits_and_raises_the_first(tmp_path, station_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_LEDGER_FAST_KDF": "1",
           "STATION_LEDGER_LOG_DIR": str(tmp_path / "logs")}
    command = [sys.executable, "-m", "app", "--data-dir", str(station_dir), "gui"]
    first = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        log = tmp_path / "logs" / "station-ledger.log"
        for _ in range(300):  # up to 30 s for the first to reach its sign-in screen
            if log.exists() and "sign-in screen shown" in log.read_text(encoding="utf-8"):
                break
            assert first.poll() is None, first.stderr.read()
            subprocess.run(["sleep", "0.1"])
        second = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                                timeout=60)
        assert second.returncode == 0
        assert "already running" in second.stderr
        assert first.poll() is None  # the first one is still running
        assert log.read_text(encoding="utf-8").count("sign-in screen shown") == 1
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_about_box_shows_version_and_exports_diagnostics(station_app, qtbot, tmp_path):
    from app.ui.about import AboutDialog

    main = sign_in_worker(station_app)
    main.show_about()
    dialog = main.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert app_version() in dialog.facts.text() and schema_revision() in dialog.facts.text()
    assert "SIL Open Font License" in dialog.licences.toPlainText()
    target = tmp_path / "diag.zip"
    dialog.start_export(target)
    qtbot.waitUntil(lambda: dialog.diagnostics.isEnabled() and target.exists(), timeout=10000)
    # the path is said with a break opportunity after each "/" (a zero-width space)
    assert str(target) in dialog.status.text().replace("\u200b", "")
    with zipfile.ZipFile(target) as archive:
        assert "store.json" in archive.namelist()
    dialog.close()


def test_version_on_every_command():
    for program, args in (("app", ["--version"]), ("app", ["demo", "--version"]),
                          ("app.server.cli", ["serve", "--version"])):
        out = subprocess.run([sys.executable, "-m", program, *args], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and app_version() in out.stdout, out
