"""kill -9 at random moments while a process saves: no acknowledged record is lost, none is
duplicated, every record has exactly one change-log entry, and the database stays intact."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.models import ChangeLogEntry, Visit
from app.services import households
from app.services.station import sign_in, sign_out
from tests.conftest import WORKER_PASSWORD

ROUNDS = int(os.environ.get("CRASH_ROUNDS", "12"))
ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_during_saves_loses_and_duplicates_nothing(station_dir, village_id, worker):
    household_id, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="测试户主")])
    worker.store.close()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "11")))
    acknowledged: dict[int, str] = {}
    number = 0
    for _round in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/fault/save_loop.py"), str(station_dir), "zhuoma",
             WORKER_PASSWORD, household_id, str(number)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout.readline().strip() == "ready"
        # the first save is acknowledged before the kill is timed: on a loaded machine a fixed
        # sleep could end before any save, and the test then proved nothing (and failed)
        lines = [child.stdout.readline()]
        time.sleep(rng.uniform(0.02, 0.4))
        child.send_signal(signal.SIGKILL)
        lines += child.stdout.read().splitlines()
        for line in lines:
            seq, visit_id = line.split()
            acknowledged[int(seq)] = visit_id
        child.wait()
        # Never reuse a number: the next round starts past this round's start and past every
        # acknowledged one. (It was "highest acknowledged + 1001", the same start again after a
        # round that acknowledged nothing; that round's committed-but-unprinted save then came
        # back under the same number, and "a save was duplicated" failed under load.)
        number = max(number, max(acknowledged, default=-1) + 1) + 1000

    workspace = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    try:
        assert workspace.store.integrity_check() == "ok"
        with workspace.read() as session:
            saved = {v.id: v.notes for v in session.scalars(select(Visit))}
            logged = dict(session.execute(
                select(ChangeLogEntry.record_id, func.count()).where(ChangeLogEntry.kind == "visit")
                .group_by(ChangeLogEntry.record_id)).all())
    finally:
        sign_out(workspace)
    assert len(acknowledged) >= ROUNDS  # the test really saved while being killed
    missing = [seq for seq, visit_id in acknowledged.items() if visit_id not in saved]
    assert missing == [], f"acknowledged saves lost: {missing}"
    notes = list(saved.values())
    assert len(notes) == len(set(notes)), "a save was duplicated"
    assert set(logged) == set(saved) and set(logged.values()) == {1}
    # at most one unacknowledged save per kill (committed, killed before it was printed)
    assert len(saved) - len(acknowledged) <= ROUNDS
