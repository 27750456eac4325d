"""Backups a worker can trust (issue 10, deliverable 6): real SQLCipher store, real files.

Made while the app is open, still encrypted, verified, rotated; restored into a new data
directory with a password or the county recovery key, row for row; damage refused with a
clear message."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from app.errors import AuthenticationError, StoreError
from app.services import households
from app.services.backup import (BackupRefused, auto_backup_if_due, back_up_now, list_backups,
                                 read_manifest, set_auto_backup)
from app.services.restore import restore_backup
from app.services.station import sign_in, sign_out
from tests.conftest import ADMIN_PASSWORD, WORKER_PASSWORD

# Tables whose rows a restore deliberately changes (device identity, enrolment, outbox,
# the audit entry of the restore itself) are compared separately.
RESTORE_CHANGES = {"meta", "change_log", "sync_outgoing_parcel", "sync_server", "audit_log",
                   "sync_history", "device_identity"}  # a restored laptop is a new device


def add_people(workspace, village_id, count, prefix="户"):
    for index in range(count):
        households.create_household(
            workspace, households.HouseholdInput(village_id=village_id,
                                                 address_zh=f"{prefix}{index}号"),
            [households.PersonInput(name_zh=prefix + "主" + "".join("零一二三四五六七八九"[int(d)]
                                                            for d in str(index)),
                                    relation="head", sex="F")])


def all_rows(store) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    with store.engine.connect() as connection:
        tables = [row[0] for row in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"))]
        found = {}
        for table in tables:
            rows = [tuple(row) for row in connection.execute(text(
                f'SELECT * FROM "{table}" ORDER BY 1'))]
            # logs in the order they were written (their first column is the sequence number)
            found[table] = rows if table in ("audit_log", "sync_history") else sorted(rows, key=repr)
        return found


@pytest.fixture(autouse=True)
def usb_stick(tmp_path):
    """The USB stick the backups here go to is plugged in: a backup never makes its folder
    (a mistyped path is refused, tests/sync/test_usb_folders.py)."""
    (tmp_path / "usb").mkdir()


def test_backup_is_encrypted_verified_and_restores_every_row(worker, village_id, tmp_path):
    add_people(worker, village_id, 12)
    before = all_rows(worker.store)  # what the backup copies (its own audit entry comes after)
    target = tmp_path / "usb"
    steps = []
    info = back_up_now(worker, target, progress=lambda done, total: steps.append((done, total)))
    assert steps[-1] == (4, 4)
    assert info.path.parent == target and list_backups(target) == [info]
    raw = (info.path / "station.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and "户主一".encode() not in raw
    keyring = json.loads((info.path / "keyring.json").read_text())
    assert keyring["slots"] and worker.data_key.hex() not in (info.path / "keyring.json").read_text()
    read_manifest(info.path)  # sizes and hashes match
    worker.store.close()

    restored = tmp_path / "new-laptop"
    result = restore_backup(info.path, restored, username="zhuoma", password=WORKER_PASSWORD)
    assert result.superseded_device_id != result.new_device_id
    workspace = sign_in(restored, "zhuoma", WORKER_PASSWORD)
    try:
        after = all_rows(workspace.store)
        assert workspace.store.device_id == result.new_device_id
        assert workspace.store.integrity_check() == "ok"
        meta = dict(workspace.store.engine.connect().execute(
            text("SELECT key, value FROM meta")).all())
    finally:
        sign_out(workspace)
    for table in set(before) | set(after):
        if table not in RESTORE_CHANGES:
            assert after.get(table) == before.get(table), table
    assert json.loads(meta["superseded_device_ids"]) == [result.superseded_device_id]
    assert after["sync_history"][:-1] == before["sync_history"]  # one line added: "restore"
    assert after["sync_history"][-1][2] == "restore"
    # the audit chain goes on: every entry of the backup, then the restore and the sign-in
    assert after["audit_log"][:len(before["audit_log"])] == before["audit_log"]
    assert [row[4] for row in after["audit_log"][len(before["audit_log"]):]] == [
        "station.restored", "user.signed_in"]
    # the change log keeps every change; only the device of unacknowledged ones changed
    assert len(after["change_log"]) == len(before["change_log"])
    assert {row[0] for row in after["change_log"]} == {row[0] for row in before["change_log"]}


def test_restore_with_the_county_recovery_key(worker, village_id, tmp_path, recovery_keys):
    add_people(worker, village_id, 3)
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    with pytest.raises(AuthenticationError):
        restore_backup(info.path, tmp_path / "a", username="zhuoma", password="wrong-password")
    restore_backup(info.path, tmp_path / "b", username="zhuoma",
                   recovery_private=recovery_keys[0], new_password="new-pass-22")
    sign_out(sign_in(tmp_path / "b", "zhuoma", "new-pass-22"))
    sign_out(sign_in(tmp_path / "b", "admin", ADMIN_PASSWORD))  # other slots unchanged


@pytest.mark.parametrize("damage", ["truncate-db", "flip-db", "truncate-keyring", "no-manifest",
                                    "flip-manifest-hash"])
def test_damaged_backup_is_refused_with_a_clear_message(worker, village_id, tmp_path, damage):
    add_people(worker, village_id, 5)
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    db, keyring, manifest = (info.path / n for n in ("station.db", "keyring.json", "manifest.json"))
    if damage == "truncate-db":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    elif damage == "flip-db":
        data = bytearray(db.read_bytes())
        data[len(data) // 2] ^= 0x40
        db.write_bytes(bytes(data))
    elif damage == "truncate-keyring":
        keyring.write_bytes(keyring.read_bytes()[:40])
    elif damage == "no-manifest":
        manifest.unlink()
    else:
        body = json.loads(manifest.read_text())
        body["files"]["station.db"]["sha256"] = "0" * 64  # the manifest's own check fails
        manifest.write_text(json.dumps(body))
    target = tmp_path / "restored"
    with pytest.raises(BackupRefused) as refused:
        restore_backup(info.path, target, username="zhuoma", password=WORKER_PASSWORD)
    message = refused.value.message()
    assert str(info.path) in message and "Traceback" not in message
    assert "damaged" in message or "not a Station Ledger backup" in message
    assert not (target / "station.db").exists()


def test_a_damaged_database_with_a_matching_manifest_is_refused_on_open(worker, village_id,
                                                                         tmp_path):
    """Even a copy whose manifest was rewritten to match is refused by the page check."""
    import hashlib

    add_people(worker, village_id, 5)
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    db = info.path / "station.db"
    data = bytearray(db.read_bytes())
    data[4096 + 100] ^= 0x01
    db.write_bytes(bytes(data))
    body = json.loads((info.path / "manifest.json").read_text())
    body["files"]["station.db"]["sha256"] = hashlib.sha256(bytes(data)).hexdigest()
    from app.services.backup import _manifest_check

    body["check"] = _manifest_check(body)
    (info.path / "manifest.json").write_text(json.dumps(body))
    with pytest.raises(BackupRefused) as refused:
        restore_backup(info.path, tmp_path / "r", username="zhuoma", password=WORKER_PASSWORD)
    assert "damaged" in refused.value.message()


def test_every_damage_to_a_backup_is_refused(worker, village_id, tmp_path):
    """Fault harness: single-byte damage and truncation at many offsets of each file of a
    backup; every one is refused with the translated message, none restores."""
    import random
    import shutil

    from tests.fault.figures import report, scaled

    add_people(worker, village_id, 5)
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    rng = random.Random(3)
    cases = failures = 0
    for round_ in range(scaled(12, 60)):
        copy = tmp_path / f"copy{round_}"
        shutil.copytree(info.path, copy)
        victim = copy / rng.choice(["station.db", "keyring.json", "manifest.json"])
        data = bytearray(victim.read_bytes())
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        else:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        victim.write_bytes(bytes(data))
        cases += 1
        try:
            restore_backup(copy, tmp_path / f"r{round_}", username="zhuoma",
                           password=WORKER_PASSWORD)
            failures += 1
        except BackupRefused:
            pass
    report("backup_damaged", "restore of a backup with a flipped bit or truncated file",
           cases=cases, failures=failures)
    assert failures == 0


def test_last_n_kept_and_automatic_schedule(station_dir, village_id, tmp_path):
    from datetime import timedelta

    from app.models import utc_now

    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    try:
        assert auto_backup_if_due(admin) is None  # not set up: nothing
        with pytest.raises(Exception) as missing:  # a folder that is not there is refused
            set_auto_backup(admin, str(tmp_path / "second"), every_hours=6, keep=3)
        assert getattr(missing.value, "field", None) == "backup_folder"
        (tmp_path / "second").mkdir()
        settings = set_auto_backup(admin, str(tmp_path / "second"), every_hours=6, keep=3)
        assert settings.folder and settings.keep == 3
        now = utc_now()
        made = [auto_backup_if_due(admin, now=now)]
        assert made[0] is not None
        assert auto_backup_if_due(admin, now=now + timedelta(hours=5)) is None  # not yet due
        for step in range(1, 5):
            info = auto_backup_if_due(admin, now=now + timedelta(hours=6 * step))
            assert info is not None
            made.append(info)
        kept = list_backups(tmp_path / "second")
        assert [k.path for k in kept] == [m.path for m in made[-3:]][::-1]
        for info in kept:
            read_manifest(info.path)
        # the stick is unplugged: the due backup fails clearly, no folder appears on this disk
        (tmp_path / "second").rename(tmp_path / "unplugged")
        with pytest.raises(StoreError) as unplugged:
            auto_backup_if_due(admin, now=now + timedelta(hours=100))
        assert "is not there" in unplugged.value.message()
        assert not (tmp_path / "second").exists()
        with pytest.raises(Exception) as refused:
            set_auto_backup(admin, str(station_dir / "inside"), every_hours=6, keep=3)
        assert getattr(refused.value, "field", None) == "backup_folder"
    finally:
        sign_out(admin)


def test_leftover_partial_backup_is_never_listed_and_is_swept(worker, tmp_path):
    target = tmp_path / "usb"
    first = back_up_now(worker, target)
    leftover = target / ".station-ledger-backup-20260101-000000-000000.partial"
    leftover.mkdir()
    (leftover / "station.db").write_bytes(b"half")
    assert list_backups(target) == [first]
    back_up_now(worker, target)
    assert not leftover.exists()
    assert len(list_backups(target)) == 2


def test_restore_refuses_a_folder_already_set_up(worker, station_dir, tmp_path):
    info = back_up_now(worker, tmp_path / "usb")
    worker.store.close()
    with pytest.raises(Exception) as refused:
        restore_backup(info.path, station_dir, username="zhuoma", password=WORKER_PASSWORD)
    assert "already set up" in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir() if ".restoring-" in p.name) == []
