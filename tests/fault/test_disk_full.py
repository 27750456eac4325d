"""Disk full while saving: (1) a file-size cap on the saving process (RLIMIT_FSIZE → EFBIG),
(2) a real full file system (a small tmpfs, ENOSPC; needs root, skipped otherwise). Saves must
fail cleanly: no acknowledged save lost, the database intact, and saving works again once
there is room."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.fault.figures import report

ROOT = Path(__file__).resolve().parents[2]


def _station(path: Path) -> Path:
    from bench import data

    data.new_station(path)
    workspace = data.sign_in(path)
    data.add_people(workspace, 30)
    workspace.store.close()
    return path


def _save_until_full(data_dir: Path, cap_extra: int) -> tuple[list[str], list[str]]:
    done = subprocess.run([sys.executable, str(ROOT / "tests/fault/disk_full_child.py"),
                           str(data_dir), str(cap_extra)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines = done.stdout.splitlines()
    saved = [line.split()[1] for line in lines if line.startswith("saved ")]
    errors = [line.split(" ", 1)[1] for line in lines if line.startswith("error ")]
    return saved, errors


def _check_after(data_dir: Path, saved: list[str]) -> tuple[int, bool]:
    """Records lost, and whether a new save works now that there is room."""
    from app.models import ChangeLogEntry, Household, Visit
    from app.services import records
    from bench import data

    workspace = data.sign_in(data_dir)
    try:
        assert workspace.store.integrity_check() == "ok"
        with workspace.read() as session:
            present = set(session.scalars(select(Visit.id)))
            logged = session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
                ChangeLogEntry.kind == "visit"))
        assert logged == len(present)
        with workspace.read() as session:
            household_id = session.scalar(select(Household.id))
        records.record_visit(workspace, records.VisitInput(
            household_id=household_id, visited_on="2026-01-05", domain_code="elderly_care",
            service_items=["ec.health"]))
        return len([v for v in saved if v not in present]), True
    finally:
        workspace.store.close()


def test_file_size_cap_fails_saves_cleanly(tmp_path):
    data_dir = _station(tmp_path / "station")
    saved, errors = _save_until_full(data_dir, 300_000)
    lost, saves_again = _check_after(data_dir, saved)
    report("disk_full_fsize", "file-size cap (RLIMIT_FSIZE, EFBIG) while saving",
           cases=len(saved) + len(errors), failures=0 if saves_again else 1, records_lost=lost,
           refused_saves=len(errors), error_kinds=sorted({e.split()[0] for e in errors}))
    assert saved and errors, "the cap was never reached"
    assert lost == 0 and saves_again
    assert {e.split()[0] for e in errors} == {"app.errors.StoreError"}, errors[:3]


def test_full_file_system_fails_saves_cleanly(tmp_path):
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    source = _station(tmp_path / "station")
    size = sum(p.stat().st_size for p in source.rglob("*") if p.is_file())
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size + 1_500_000}",
                              "tmpfs", str(mount_point)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        data_dir = mount_point / "station"
        shutil.copytree(source, data_dir)
        saved, errors = _save_until_full(data_dir, 0)
        wal_files = len(list(data_dir.glob("*.db-wal")))
        free = shutil.disk_usage(mount_point).free
        subprocess.run(["mount", "-o", f"remount,size={size + 64_000_000}", str(mount_point)],
                       check=True)
        lost, saves_again = _check_after(data_dir, saved)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
    report("disk_full_enospc", "full file system (small tmpfs, ENOSPC) while saving",
           cases=len(saved) + len(errors), failures=0 if saves_again else 1, records_lost=lost,
           refused_saves=len(errors), free_bytes_when_full=free, wal_files=wal_files,
           error_kinds=sorted({e.split()[0] for e in errors}))
    assert saved and errors, "the file system never filled"
    assert lost == 0 and saves_again
    assert {e.split()[0] for e in errors} == {"app.errors.StoreError"}, errors[:3]
