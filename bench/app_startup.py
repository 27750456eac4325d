"""Start-up of the desktop app as a person starts it, against Anki desktop in the same run.

Each run spawns the real program (`station-ledger --data-dir …`: app.cli.main.entry, the same
path as the console script) and times from just before the spawn, on `time.monotonic()`:
- `signin`: the sign-in screen's first paint (app/ui/first_paint.py, the event after its first
  paint event was handled);
- then the user types: the password is entered `TYPING` seconds after that paint (a person
  needs longer for a user name and password), or at once (`instant` runs, the worst case);
- `after_enter`: from Enter to the main window's first paint, including Argon2id at the
  production cost (64 MiB; STATION_LEDGER_FAST_KDF is not set) and opening the store;
- `ready`: from Enter until the first page's background reads were delivered (runner idle).
Anki (bench/.venv-anki, see bench/startup.py) is timed to its main window with a profile open.
Every measure is taken twice: on both cores, and pinned to one (`taskset -c 0`, the stand-in
for a cheap station laptop). Runs alternate ours/Anki; the first of each kind is a warm-up.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import ROOT, bench_env, quick, summary, write_result
from bench.startup import ANKI_VENV, _startup_station, ensure_anki

TYPING = 1.5  # seconds from the sign-in screen's paint to Enter in a "typed" run


def probe(data_dir: str, username: str, password: str, typing: str) -> None:
    """Child process: the real program, driven through first-paint listeners."""
    from PySide6.QtCore import QTimer

    from app.ui import first_paint

    marks: dict[str, float] = {}

    def listener(name: str, widget) -> None:
        now = time.monotonic()
        if name == "signin" and "signin" not in marks:
            marks["signin"] = now

            def enter() -> None:
                widget.username.setText(username)
                widget.password.setText(password)
                marks["enter"] = time.monotonic()
                widget.submit()
            QTimer.singleShot(int(float(typing) * 1000), enter)
        elif name == "main" and "main" not in marks:
            marks["main"] = now
            runner = widget.context.runner

            def idle() -> None:
                if runner.busy:
                    QTimer.singleShot(2, idle)
                    return
                marks["ready"] = time.monotonic()
                print("marks " + " ".join(f"{k}={v:.4f}" for k, v in marks.items()), flush=True)
                os._exit(0)
            idle()

    first_paint.listeners.append(listener)
    threading.Timer(60, lambda: os._exit(4)).start()  # a stuck start-up ends the run
    sys.argv = ["station-ledger", "--data-dir", data_dir]
    from app.cli import entry

    entry()
    os._exit(5)


def _timed(command: list[str], env: dict, timeout: float = 120) -> dict | str:
    started = time.monotonic()
    env = {**env, "BENCH_T0": repr(time.time())}
    try:
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timed out"
    for line in done.stdout.splitlines():
        if line.startswith("marks "):
            marks = dict(part.split("=") for part in line.split()[1:])
            return {k: float(v) - started for k, v in marks.items()}
        if line.startswith("ready "):  # Anki's probe: seconds since BENCH_T0 (wall clock)
            return {"anki": float(line.split()[1])}
    return (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:300]


def run() -> dict:
    runs = 3 if quick() else 7
    env = {k: v for k, v in bench_env().items() if k != "STATION_LEDGER_FAST_KDF"}
    station = _startup_station()
    work = Path(tempfile.mkdtemp(prefix="bench-app-startup-"))
    samples: dict[str, dict[str, list[float]]] = {}
    errors: dict[str, str] = {}
    anki_problem = ensure_anki()
    try:
        data_dir = work / "station"
        shutil.copytree(station, data_dir)
        ours = [sys.executable, "-m", "bench.app_startup", "probe", str(data_dir), "admin",
                "bench-pass-1"]
        anki = [str(ANKI_VENV / "bin" / "python"), str(ROOT / "bench" / "anki_probe.py"),
                str(work / "anki")]
        anki_env = {**env, "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}
        anki_env.pop("PYTHONPATH", None)
        for cores, prefix in (("2", []), ("1", ["taskset", "-c", "0"])):
            got = samples.setdefault(cores, {})
            for index in range(runs + 1):  # the first of each is a warm-up
                for mode, typing in (("typed", TYPING), ("instant", 0.0)):
                    result = _timed([*prefix, *ours, str(typing)], env)
                    if isinstance(result, str):
                        errors[f"app {mode} {cores} core(s)"] = result
                    elif index:
                        got.setdefault("signin", []).append(result["signin"])  # both modes
                        got.setdefault(f"{mode}_signin", []).append(result["signin"])
                        got.setdefault(f"{mode}_after_enter", []).append(
                            result["main"] - result["enter"])
                        got.setdefault(f"{mode}_ready", []).append(
                            result["ready"] - result["enter"])
                        got.setdefault(f"{mode}_total", []).append(result["main"])
                if anki_problem:
                    errors["anki"] = anki_problem
                    continue
                result = _timed([*prefix, *anki], anki_env)
                if isinstance(result, str):
                    errors[f"anki {cores} core(s)"] = result
                elif index:
                    got.setdefault("anki", []).append(result["anki"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    by_cores = {cores: {k: summary(v) for k, v in got.items()} for cores, got in samples.items()}
    two = by_cores.get("2", {})
    return write_result("startup", {
        "method": "app_startup", "runs": runs, "typing_seconds": TYPING, "errors": errors,
        "by_cores": by_cores,
        # the keys the general report reads (both cores, typed runs)
        "signin": two.get("signin", {"n": 0}),
        "main": two.get("typed_after_enter", {"n": 0}),
        "anki": two.get("anki", {"n": 0})})


if __name__ == "__main__":
    if sys.argv[1:2] == ["probe"]:
        probe(*sys.argv[2:6])
    else:
        run()
