"""kill -9 at random moments while backups are written: every backup listed is whole (its
hashes match and it opens with the key and passes the page checks), the last one reported
complete is among them, and the newest restores into a new data directory."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.security.keyring import Keyring
from app.services import households
from app.services.backup import check_database_copy, list_backups, read_manifest
from app.services.restore import restore_backup
from app.services.station import sign_in, sign_out
from tests.conftest import WORKER_PASSWORD
from tests.fault.figures import report, scaled

ROUNDS = int(os.environ.get("CRASH_ROUNDS", scaled(10, 40)))
ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_during_backups_leaves_the_previous_backup_openable(station_dir, village_id,
                                                                    worker, tmp_path):
    for index in range(60):
        households.create_household(
            worker, households.HouseholdInput(village_id=village_id, address_zh="村口"),
            [households.PersonInput(name_zh="测试户主" + "零一二三四五六七八九"[index % 10])])
    data_key = worker.data_key
    from app.services.backup import back_up_now

    started = time.perf_counter()  # how long one backup takes here (the machine may be busy)
    (tmp_path / "timing").mkdir()
    back_up_now(worker, tmp_path / "timing")
    duration = time.perf_counter() - started
    worker.store.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    rng = random.Random(int(os.environ.get("CRASH_SEED", "7")))
    completed: list[str] = []
    for _round in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/fault/backup_loop.py"), str(station_dir), "zhuoma",
             WORKER_PASSWORD, str(folder)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 3 * duration))  # inside the first to the third backup
        child.send_signal(signal.SIGKILL)
        completed += child.stdout.read().split()
        child.wait()
        listed = list_backups(folder)
        if completed:
            assert completed[-1] in {info.path.name for info in listed}
        for info in listed:
            read_manifest(info.path)
            check_database_copy(info.path / "station.db", data_key)
            assert Keyring.load(info.path / "keyring.json").check_data_key(data_key)
    assert completed  # backups were really completed between the kills
    newest = list_backups(folder)[0]
    restored = tmp_path / "restored"
    restore_backup(newest.path, restored, username="zhuoma", password=WORKER_PASSWORD)
    sign_out(sign_in(restored, "zhuoma", WORKER_PASSWORD))
    report("crash_during_backup", "kill -9 while backups are written; every listed backup "
           "opens and passes its checks, the newest restores", cases=ROUNDS, failures=0,
           backups_completed=len(completed))


def test_kill_9_during_a_restore_then_restore_again(station_dir, village_id, worker, tmp_path):
    """A cut restore leaves a folder that is not set up (or fully restored); restoring again
    works, and the staging folder of the cut one is cleared."""
    from app.services.backup import back_up_now
    from app.services.station import is_set_up

    for index in range(40):
        households.create_household(
            worker, households.HouseholdInput(village_id=village_id, address_zh="村口"),
            [households.PersonInput(name_zh="户主" + "零一二三四五六七八九"[index % 10])])
    (tmp_path / "usb").mkdir()
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    started = time.perf_counter()  # how long a restore takes here: kills spread over it
    restore_backup(info.path, tmp_path / "timed", username="zhuoma", password=WORKER_PASSWORD)
    duration = time.perf_counter() - started
    rng = random.Random(5)
    rounds = scaled(8, 24)
    finished_by_child = 0
    for round_ in range(rounds):
        target = tmp_path / f"laptop{round_}"
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/fault/restore_child.py"), str(info.path),
             str(target), "zhuoma", WORKER_PASSWORD],
            stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, duration * 1.2))
        child.send_signal(signal.SIGKILL)
        done = "restored" in child.stdout.read()
        child.wait()
        if is_set_up(target):
            finished_by_child += 1
        else:
            assert not done
            restore_restarted = restore_backup(info.path, target, username="zhuoma",
                                               password=WORKER_PASSWORD)
            assert restore_restarted.records > 40
        sign_out(sign_in(target, "zhuoma", WORKER_PASSWORD))
        assert list(tmp_path.glob(f".{target.name}.restoring-*")) == []
    assert finished_by_child < rounds  # some kills really landed inside a restore
    report("crash_during_restore", "kill -9 while a backup is restored, then restore again",
           cases=rounds, failures=0, finished_before_the_kill=finished_by_child)
