"""Start-up to a usable, signed-in main window (offscreen), against Anki desktop as a peer.

Each run is a fresh process timed from just before it is spawned:
- `signin`: the sign-in screen is shown and painted (the user can type);
- `main`: the password was "typed" at that moment (no human delay), Argon2id (production cost,
  64 MiB) unwrapped the key, the store opened, and the main window is painted with its first
  background reads delivered.
Anki (`pip install aqt` into bench/.venv-anki, never the project's venv) is timed the same way to
its main window with a profile open (bench/anki_probe.py). Runs alternate app/Anki.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import CACHE, ROOT, bench_env, quick, summary, write_result

ANKI_VENV = ROOT / "bench" / ".venv-anki"


def probe(data_dir: str, username: str, password: str) -> None:
    """Child process: our app, from `import` to a painted, signed-in main window."""
    started = float(os.environ["BENCH_T0"])
    from PySide6.QtCore import QTimer

    from app.ui.application import StationApp, prepare_application

    app = prepare_application()
    window = StationApp(Path(data_dir))
    window.show()
    marks = {}

    def painted_when_idle(name: str, then) -> None:
        def check() -> None:
            if window.context.runner.busy:
                QTimer.singleShot(2, check)
                return
            window.grab()
            marks[name] = time.time() - started
            then()
        check()

    def finish() -> None:
        print(f"ready {marks['signin']:.4f} {marks['main']:.4f}", flush=True)
        os._exit(0)

    original_enter = window.enter

    def enter(workspace) -> None:
        original_enter(workspace)
        QTimer.singleShot(0, lambda: painted_when_idle("main", finish))
    window.sign_in.signed_in.disconnect()
    window.sign_in.signed_in.connect(enter)

    def sign_in() -> None:
        window.sign_in.username.setText(username)
        window.sign_in.password.setText(password)
        window.sign_in.submit()

    QTimer.singleShot(0, lambda: painted_when_idle("signin", sign_in))
    QTimer.singleShot(60_000, lambda: os._exit(4))
    app.exec()


def _startup_station() -> Path:
    """A station with 5,000 people whose key is wrapped with the production Argon2id cost."""
    source = CACHE / "startup-station"
    if not (source / "station.db").exists():
        shutil.rmtree(source, ignore_errors=True)
        env = {k: v for k, v in bench_env().items() if k != "STATION_LEDGER_FAST_KDF"}
        subprocess.run([sys.executable, "-c", (
            "import sys; from bench import data; d = data.new_station(sys.argv[1]);"
            "w = data.sign_in(d); data.add_people(w, 5000); w.store.close()"),
            str(source)], check=True, env=env, cwd=ROOT)
    return source


def ensure_anki() -> str:
    """Create bench/.venv-anki with `pip install aqt` if missing; '' or why it failed."""
    python = ANKI_VENV / "bin" / "python"
    if python.exists():
        return ""
    try:
        # a venv with pip (ensurepip has no -q: the old two-step form failed on a fresh machine)
        subprocess.run([sys.executable, "-m", "venv", str(ANKI_VENV)],
                       check=True, capture_output=True, timeout=300)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "aqt"], check=True,
                       capture_output=True, text=True, timeout=1800)
        return ""
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(ANKI_VENV, ignore_errors=True)
        detail = getattr(exc, "stderr", "") or ""
        detail = detail.decode() if isinstance(detail, bytes) else detail
        return f"cannot install aqt into bench/.venv-anki: {exc}; {detail.strip()[-300:]}"


def _timed(command: list[str], env: dict, timeout: float = 90) -> list[float] | str:
    env = {**env, "BENCH_T0": repr(time.time())}
    try:
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timed out"
    for line in done.stdout.splitlines():
        if line.startswith("ready "):
            return [float(x) for x in line.split()[1:]]
    return (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:300]


def run() -> dict:
    runs = 3 if quick() else 7
    env = {k: v for k, v in bench_env().items() if k != "STATION_LEDGER_FAST_KDF"}
    station = _startup_station()
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        data_dir = work / "station"
        shutil.copytree(station, data_dir)
        ours = [sys.executable, "-m", "bench.startup", "probe", str(data_dir), "admin",
                "bench-pass-1"]
        anki_python = ANKI_VENV / "bin" / "python"
        anki = [str(anki_python), str(ROOT / "bench" / "anki_probe.py"), str(work / "anki")]
        anki_env = {**env, "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}
        anki_env.pop("PYTHONPATH", None)
        app_samples, anki_samples, errors = [], [], {}
        anki_problem = ensure_anki()
        for index in range(runs + 1):  # the first of each is a warm-up (disk cache, first run)
            result = _timed(ours, env)
            if isinstance(result, str):
                errors["app"] = result
            elif index:
                app_samples.append(result)
            if anki_problem:
                errors["anki"] = anki_problem
                continue
            result = _timed(anki, anki_env)
            if isinstance(result, str):
                errors["anki"] = result
            elif index:
                anki_samples.append(result[0])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return write_result("startup", {
        "runs": runs, "errors": errors,
        "signin": summary([s[0] for s in app_samples]),
        "main": summary([s[1] for s in app_samples]),
        "anki": summary(anki_samples)})


if __name__ == "__main__":
    if sys.argv[1:2] == ["probe"]:
        probe(*sys.argv[2:5])
    else:
        run()
