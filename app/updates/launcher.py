"""At start: run the newest staged update instead of this program, and go back to this one if the
update never reached its sign-in screen (or finished a command).

    stage(data_dir, version)            client.py, after a verified download
    program_to_run(data_dir, current, program_name) -> Path | None
    mark_good(data_dir)                 the updated program, once it reached sign-in
    run_staged_if_any(argv, version)   app/__main__.py of a bundle: exec()s the update or returns

State lives in data_dir/app-versions/state.json (app.files.write_atomically):
{"staged": "0.2.0", "attempts": 1, "good": ["0.2.0"], "bad": []}. A staged version gets one
start to prove itself: a second start while it is still unproven marks it bad and the newest
version that worked (an earlier update, or this program) runs instead; a bad version is never
started again. The program installed by the
package is never modified, so going back is always possible.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from app.environment import environment

VERSIONS_DIR = "app-versions"
LAUNCHED_ENV = "STATION_LEDGER_LAUNCHED_VERSION"
log = logging.getLogger("app.updates")


def _state_path(data_dir: Path) -> Path:
    return Path(data_dir) / VERSIONS_DIR / "state.json"


def read_state(data_dir: Path) -> dict:
    try:
        state = json.loads(_state_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    return {"staged": state.get("staged"), "attempts": int(state.get("attempts", 0)),
            "good": list(state.get("good", [])), "bad": list(state.get("bad", []))}


def _write_state(data_dir: Path, state: dict) -> None:
    from app.files import write_atomically

    path = _state_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(state).encode("utf-8"))


def stage(data_dir: Path, version: str) -> None:
    state = read_state(data_dir)
    state.update(staged=version, attempts=0)
    if version in state["bad"]:
        state["bad"].remove(version)  # a re-published, re-verified copy gets a new chance
    _write_state(data_dir, state)


def _newer(a: str, b: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(a) > Version(b)
    except InvalidVersion:
        return False


def program_to_run(data_dir: Path, current: str, program_name: str) -> Path | None:
    """The program to start instead of this one, or None (run this one). Counts the start.

    The staged version first, if it has not failed; else the newest version that has worked
    (so a bad update goes back to the previous update, or to the installed program)."""
    state = read_state(data_dir)
    version = state["staged"]
    folder = Path(data_dir) / VERSIONS_DIR

    def program(v: str) -> Path | None:
        path = folder / v / program_name
        return path if path.exists() and _newer(v, current) and v not in state["bad"] else None

    if version and program(version):
        if version in state["good"]:
            return program(version)
        if state["attempts"] < 1:
            state["attempts"] += 1
            _write_state(data_dir, state)
            return program(version)
        state["bad"].append(version)  # it was started and never reached sign-in: go back
        state["attempts"] = 0
        _write_state(data_dir, state)
        log.warning("update %s never reached its sign-in screen: going back", version)
    worked = [v for v in state["good"] if program(v)]
    if not worked:
        return None
    from packaging.version import Version

    return program(max(worked, key=Version))


def mark_good(data_dir: Path) -> None:
    """Called by an updated program when it works (sign-in shown, or a command done)."""
    version = environment().launched_version
    if not version:
        return
    state = read_state(data_dir)
    if version not in state["good"]:
        state["good"].append(version)
        state["attempts"] = 0
        _write_state(data_dir, state)
        log.info("update %s started and works", version)


def _data_dir_from(argv: list[str]) -> Path:
    from app.paths import default_data_dir

    for index, arg in enumerate(argv):
        if arg == "--data-dir" and index + 1 < len(argv):
            return Path(argv[index + 1])
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1])
    return default_data_dir()


def run_staged_if_any(argv: list[str], current_version: str) -> None:
    """In a bundle: replace this process with the staged update's program, if there is one to
    try (`current_version` is this program's, app.version.app_version()). Returns (and this
    program runs) when there is none, or when going back."""
    if not getattr(sys, "frozen", False) or environment().launched_version:
        return  # a source checkout never updates itself; an updated program never chains
    data_dir = _data_dir_from(argv)
    program = program_to_run(data_dir, current_version, Path(sys.executable).name)
    if program is None:
        return
    env = {**environment().all, LAUNCHED_ENV: program.parent.name}
    if os.name == "posix":
        os.execve(str(program), [str(program), *argv], env)
    sys.exit(subprocess.call([str(program), *argv], env=env))
