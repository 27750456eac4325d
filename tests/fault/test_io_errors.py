"""Media errors: bytes of the encrypted database or of the key file damaged on disk (what a
failing SD card or USB stick does). SQLCipher authenticates every page (HMAC), so damage must
be detected: opening, reading or the integrity check fails; it must never read back altered
records silently. Error kinds are reported (a user-facing StoreError is what the app wants)."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from tests.fault.figures import report, scaled


def _read_all(data_dir: Path) -> dict:
    from sqlalchemy import select

    from app.models import SYNCED_MODELS
    from app.sync.changelog import snapshot
    from bench import data

    workspace = data.sign_in(data_dir)
    try:
        found = {}
        with workspace.read() as session:
            for kind, model in SYNCED_MODELS.items():
                for record in session.scalars(select(model)):
                    found[(kind, record.id)] = snapshot(record)
        check = workspace.store.integrity_check()
        if check != "ok":
            raise RuntimeError(f"integrity check: {check[:80]}")
        return found
    finally:
        workspace.store.close()


def _kind(exc: BaseException) -> str:
    from app.errors import UserError

    return ("user-facing " if isinstance(exc, UserError) else "") + type(exc).__name__


def test_damaged_database_pages_are_detected(tmp_path):
    from bench import data

    source = data.new_station(tmp_path / "source")
    workspace = data.sign_in(source)
    data.add_people(workspace, 120)
    workspace.store.checkpoint()
    workspace.store.close()
    original = _read_all(source)
    database = source / "station.db"
    size = database.stat().st_size
    rng = random.Random(17)
    cases, silent, undetected, kinds = scaled(12, 120), 0, 0, {}
    for index in range(cases):
        target = tmp_path / f"case-{index}"
        shutil.copytree(source, target)
        damaged = bytearray((target / "station.db").read_bytes())
        offset = rng.randrange(size)
        for position in range(offset, min(size, offset + rng.choice((1, 1, 16, 512)))):
            damaged[position] ^= 1 << rng.randrange(8)
        (target / "station.db").write_bytes(bytes(damaged))
        try:
            found = _read_all(target)
        except Exception as exc:  # noqa: BLE001 - detected: which kind is reported
            kinds[_kind(exc)] = kinds.get(_kind(exc), 0) + 1
        else:
            undetected += 1  # damage in a page nothing reads (freelist) would land here
            silent += found != original
        shutil.rmtree(target)
    report("io_damaged_pages", "bytes of the encrypted database damaged on disk",
           cases=cases, failures=silent, undetected=undetected, error_kinds=kinds)
    assert silent == 0


def test_damaged_key_file_is_refused(tmp_path):
    from bench import data

    source = data.new_station(tmp_path / "source")
    keyring = (source / "keyring.json").read_bytes()
    rng = random.Random(23)
    cases, opened, kinds = scaled(12, 120), 0, {}
    for _ in range(cases):
        damaged = bytearray(keyring)
        for _flip in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        (source / "keyring.json").write_bytes(bytes(damaged))
        try:
            data.sign_in(source).store.close()
            opened += 1  # harmless damage (e.g. in whitespace) still opens correctly
        except Exception as exc:  # noqa: BLE001
            kinds[_kind(exc)] = kinds.get(_kind(exc), 0) + 1
    (source / "keyring.json").write_bytes(keyring)
    data.sign_in(source).store.close()  # the intact file still works
    report("io_damaged_key_file", "bytes of keyring.json damaged on disk", cases=cases,
           failures=0, opened_anyway=opened, error_kinds=kinds)
