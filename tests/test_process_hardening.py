"""No core dumps from the app's process (issue 11, item 7): a crash while signed in writes no
core file holding the data key; the running desktop app has a core limit of 0."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def allow_core_dumps() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def crash(station_dir: Path, cwd: Path, *extra: str) -> tuple[str, list[Path]]:
    cwd.mkdir()
    password = cwd.parent / f"{cwd.name}.pw"
    password.write_text(ADMIN_PASSWORD + "\n")
    child = subprocess.run(
        [sys.executable, str(ROOT / "tests/fault/crash_child.py"), *extra, "--data-dir",
         str(station_dir), "verify", "--user", "admin", "--password-file", str(password)],
        cwd=cwd, env=ENV, capture_output=True, text=True, timeout=120)
    assert child.returncode < 0, child.stderr  # it really crashed
    return child.stdout.strip(), [p for p in cwd.iterdir() if p.name.startswith("core")]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core files: Linux")
def test_a_crash_while_signed_in_writes_no_core_dump(station_dir, tmp_path):
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("this machine forbids core dumps altogether")
    key_hex, cores = crash(station_dir, tmp_path / "control", "--allow-dumps")
    if not cores:
        pytest.skip("the system writes core files elsewhere (core_pattern); nothing to compare")
    assert bytes.fromhex(key_hex) in cores[0].read_bytes()  # what a dump would give away
    _key, cores = crash(station_dir, tmp_path / "hardened")
    from tests.fault.figures import report

    report("crash_core_dump", "abort while signed in, core dumps allowed by the system: "
           "core files written (leaked = a core holding the data key)", cases=1,
           failures=len(cores), leaked=len(cores))
    assert cores == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl: Linux")
def test_the_running_desktop_app_has_core_dumps_off(tmp_path):
    app = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "new")],
                           cwd=ROOT, env=ENV, preexec_fn=allow_core_dumps,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        limits = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            limits = Path(f"/proc/{app.pid}/limits").read_text()
            if "QtWidgets" in Path(f"/proc/{app.pid}/maps").read_text():  # the GUI is up
                break
            time.sleep(0.2)
        assert app.poll() is None, "the app did not start"
        line = next(l for l in limits.splitlines() if l.startswith("Max core file size"))
        assert line.split()[4:6] == ["0", "0"], line
    finally:
        app.kill()
        app.wait()


def test_disable_core_dumps_reports_what_it_did():
    code = ("from app.security.process import disable_core_dumps, core_dumps_disabled;"
            "before = core_dumps_disabled(); done = disable_core_dumps();"
            "print(before, done['rlimit'], done['prctl'], core_dumps_disabled())")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=ENV, capture_output=True,
                         text=True, preexec_fn=allow_core_dumps, check=True).stdout.split()
    linux = sys.platform.startswith("linux")
    assert out == ["False", "True", str(linux), "True"]
