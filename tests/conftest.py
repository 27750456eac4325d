"""Shared fixtures: a real encrypted station store in a temporary data directory.

Argon2id runs with small parameters in tests (STATION_LEDGER_FAST_KDF=1) except where a test
says otherwise; everything else is the real thing: SQLCipher, migrations, the change log.
"""
from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("STATION_LEDGER_FAST_KDF", "1")
# the support log of commands run in tests goes to a throwaway folder, not the user's log folder
os.environ.setdefault("STATION_LEDGER_LOG_DIR", tempfile.mkdtemp(prefix="station-ledger-test-logs-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ADMIN_PASSWORD = "admin-pass-1"
WORKER_PASSWORD = "worker-pass-1"
SUPERVISOR_PASSWORD = "super-pass-1"


@pytest.fixture()
def recovery_keys():
    from app.security.sealing import generate_x25519

    return generate_x25519()


@pytest.fixture()
def station_dir(tmp_path, recovery_keys):
    """A station with two villages, an admin, a worker and a supervisor."""
    from app.services.station import (PlaceName, StationSetup, add_user, create_station,
                                      sign_in, sign_out)

    data_dir = tmp_path / "station"
    create_station(data_dir, StationSetup(
        county=PlaceName("拉萨市城关区", "ལྷ་ས།", "Chengguan"),
        station=PlaceName("蔡公堂乡社工站", "ཚལ་གུང་ཐང་།", "Tsalgungthang"),
        villages=(PlaceName("白定村", "", "Baiding"), PlaceName("塔玛村", "", "Tama")),
        admin_username="admin", admin_display_name="次仁", admin_password=ADMIN_PASSWORD,
        county_recovery_public=recovery_keys[1]))
    admin = sign_in(data_dir, "admin", ADMIN_PASSWORD)
    add_user(admin, "zhuoma", "卓玛", "worker", WORKER_PASSWORD)
    add_user(admin, "wangfang", "王芳", "supervisor", SUPERVISOR_PASSWORD)
    sign_out(admin)
    return data_dir


@pytest.fixture()
def worker(station_dir):
    from app.services.station import sign_in, sign_out

    workspace = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    yield workspace
    workspace.store.close()


@pytest.fixture()
def supervisor(station_dir, worker):
    """Signed in on the same store as the worker (a shared station laptop)."""
    from dataclasses import replace

    from sqlalchemy import select

    from app.models import User

    with worker.read() as session:
        user = session.scalar(select(User).where(User.username == "wangfang"))
    return replace(worker, user_id=user.id, username=user.username, role=user.role,
                   display_name=user.display_name)


@pytest.fixture()
def village_id(worker):
    from app.services.queries import villages

    with worker.read() as session:
        return villages(session, worker.station_id)[0].id


@pytest.fixture(scope="session")
def qapp_args():
    """The offscreen screen is the common station laptop's: 1366×768 at 96 dpi (Qt's offscreen
    default is 800×600)."""
    import sys
    from pathlib import Path

    args = [sys.argv[0]]
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        config = Path(__file__).resolve().parent / "fixtures" / "screen-1366x768.json"
        args += ["-platform", f"offscreen:configfile={config}"]
    return args
