"""keyring.json under concurrent use (issue 11, item 4), with real processes and real files:
parallel writers never expose a partial file or lose an update, parallel wrong passwords are
all counted and cannot outrun the lockout, and moving the clock does not end a lockout."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import AuthenticationError, LockedOut
from app.security.keyring import FREE_FAILURES, Keyring

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "right-password-1"

WRITER = """
import os, sys, time
from pathlib import Path
from app.security.keyring import Keyring
path, index, rounds, key = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), bytes.fromhex(sys.argv[4])
while not (path.parent / "go").exists():
    time.sleep(0.005)
ring = Keyring.load(path)
for n in range(rounds):
    if n % 4 == 0:
        ring.add_password_slot(f"u-{index}", f"writer{index}", f"password-{index}-{n}", key)
    else:
        ring.set_recovery(os.urandom(32), key)
ring.add_password_slot(f"u-{index}", f"writer{index}", f"final-password-{index}", key)
"""

GUESSER = """
import sys, time
from pathlib import Path
from app.errors import AuthenticationError, LockedOut
from app.security.keyring import Keyring
path = Path(sys.argv[1])
while not (path.parent / "go").exists():
    time.sleep(0.001)
try:
    Keyring.load(path).unlock("wang", "wrong guess " + sys.argv[2])
except AuthenticationError:
    print("wrong")
except LockedOut:
    print("locked")
"""


def spawn(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT),
                                 "STATION_LEDGER_FAST_KDF": "1"})


@pytest.fixture()
def ring(tmp_path):
    key = os.urandom(32)
    keyring = Keyring.load(tmp_path / "keyring.json")
    keyring.add_password_slot("u-wang", "wang", PASSWORD, key)
    return keyring, key


def test_4_writers_x_200_saves_never_expose_a_partial_file(ring, tmp_path):
    keyring, key = ring
    writers = [spawn(WRITER, keyring.path, index, 200, key.hex()) for index in range(4)]
    (tmp_path / "go").touch()
    reads = bad = 0
    while any(w.poll() is None for w in writers):
        try:
            data = json.loads(keyring.path.read_bytes())
            Keyring.load(keyring.path)
            assert data["format"] == "station-ledger-keyring"
        except Exception:  # noqa: BLE001 - any unreadable state counts
            bad += 1
        reads += 1
    for writer in writers:
        assert writer.wait() == 0, writer.stderr.read()
    assert reads > 50 and bad == 0
    final = Keyring.load(keyring.path)
    assert sorted(final.usernames()) == ["wang", "writer0", "writer1", "writer2", "writer3"]
    for index in range(4):  # every writer's last update survived
        assert final.unlock(f"writer{index}", f"final-password-{index}").data_key == key
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert leftovers == []
    from tests.fault.figures import report

    report("keyring_concurrent_saves", "4 processes x 200 saves of keyring.json while read "
           "in a loop: partial or unparsable reads, lost updates", cases=reads, failures=bad)


def test_8_parallel_wrong_passwords_count_8(ring, tmp_path):
    keyring, _key = ring
    guessers = [spawn(GUESSER, keyring.path, index) for index in range(8)]
    time.sleep(1.0)  # let every process get ready (imports) before the start signal
    (tmp_path / "go").touch()
    outcomes = [g.communicate()[0].strip() for g in guessers]
    assert sorted(set(outcomes)) <= ["locked", "wrong"], outcomes
    entry = json.loads(keyring.path.read_bytes())["lockout"]["wang"]
    assert entry["failures"] + entry["refused"] == 8
    # no more guesses were evaluated than the lockout allows (3 free, then one before 30 s)
    assert outcomes.count("wrong") == entry["failures"] <= FREE_FAILURES + 1
    with pytest.raises(LockedOut):
        Keyring.load(keyring.path).unlock("wang", PASSWORD)
    from tests.fault.figures import report

    report("keyring_parallel_guesses", "8 processes guess one password at once: every attempt "
           "counted, at most 4 guesses evaluated", cases=8,
           failures=8 - (entry["failures"] + entry["refused"]), evaluated=entry["failures"])


def test_clock_moved_forward_does_not_skip_the_lockout(ring):
    """A wall clock set ahead changes `now`; the boot clock (`uptime`) runs on as it was."""
    from app.security.keyring import boot_clock

    keyring, key = ring
    for _ in range(FREE_FAILURES + 1):
        with pytest.raises(AuthenticationError):
            keyring.unlock("wang", "wrong password")
    for jump in (60, 3600, 365 * 86400):  # the wall clock a minute, an hour, a year ahead
        with pytest.raises(LockedOut):
            Keyring.load(keyring.path).unlock("wang", PASSWORD, now=time.time() + jump,
                                              uptime=boot_clock())
    with pytest.raises(LockedOut):  # and back
        Keyring.load(keyring.path).unlock("wang", PASSWORD, now=time.time() - 86400,
                                          uptime=boot_clock())


def test_lockout_ends_when_the_boot_clock_has_run(ring):
    """The same attempt is let through once the wait has really passed (boot clock)."""
    from app.security.keyring import boot_clock

    keyring, key = ring
    start = boot_clock()
    for _ in range(FREE_FAILURES + 1):
        with pytest.raises(AuthenticationError):
            keyring.unlock("wang", "wrong password", now=time.time(), uptime=start)
    with pytest.raises(LockedOut):
        keyring.unlock("wang", PASSWORD, now=time.time() + 10_000, uptime=start + 29)
    unlocked = keyring.unlock("wang", PASSWORD, now=time.time(), uptime=start + 31)
    assert unlocked.data_key == key and unlocked.failures_before == FREE_FAILURES + 1
    assert unlocked.refused_before == 1
