"""The PyInstaller onedir bundle builds from build.spec and its program runs: it makes a
demo station (SQLCipher, migrations, catalogue, name tables all bundled) and verifies it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_bundle_builds_and_runs(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
                    str(ROOT / "build.spec")], cwd=ROOT, check=True, timeout=900)
    program = tmp_path / "dist" / "station-ledger" / "station-ledger"
    bundled = tmp_path / "dist" / "station-ledger" / "_internal" / "resources"
    assert (bundled / "fonts" / "NotoSerifTibetan-Regular.ttf").exists()
    assert (bundled / "fonts" / "OFL-NotoSerifTibetan.txt").exists()
    assert list((bundled / "i18n").glob("*.qm")), "compiled translations are bundled"
    env = {**os.environ, "STATION_LEDGER_FAST_KDF": "1"}
    env.pop("PYTHONPATH", None)
    data = tmp_path / "data"
    subprocess.run([str(program), "--data-dir", str(data), "demo", "--households", "3"],
                   check=True, env=env, cwd=tmp_path, capture_output=True, timeout=300)
    verified = subprocess.run([str(program), "--data-dir", str(data), "verify", "--user", "admin"],
                              input="demo1234\n", env=env, cwd=tmp_path, capture_output=True,
                              text=True, check=True, timeout=120)
    report = json.loads(verified.stdout)
    assert report["integrity_check"] == "ok" and report["records"]["household"] == 3
