"""The command line drives the same services: county keys, init, add-user, verify, recover."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args, stdin="", check=True):
    result = subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], cwd=ROOT,
                            input=stdin, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    if check and result.returncode != 0:
        raise AssertionError(result.stderr)
    return result


def test_init_add_user_verify_and_recover(tmp_path):
    keys, data = tmp_path / "county", tmp_path / "station"
    run("county-keys", "--out", keys)
    password_file = tmp_path / "pw"
    password_file.write_text("first-admin-pass\n")
    run("--data-dir", data, "init", "--county", "城关区|ཁྲིན་ཀོན་ཆུས།|Chengguan",
        "--station", "蔡公堂乡社工站", "--village", "白定村", "--village", "塔玛村|ཐ་མ།",
        "--admin", "admin", "--admin-name", "次仁", "--recovery-public-key",
        keys / "county-recovery.pub", "--password-file", password_file)
    new_user_file = tmp_path / "pw2"
    new_user_file.write_text("worker-pass-22\n")
    run("--data-dir", data, "add-user", "--user", "admin", "--password-file", password_file,
        "--username", "dawa", "--name", "达瓦", "--new-password-file", new_user_file)
    report = json.loads(run("--data-dir", data, "verify", "--user", "dawa",
                            stdin="worker-pass-22\n").stdout)
    assert report["integrity_check"] == "ok" and report["audit_chain_broken_at"] is None
    assert report["records"]["org_unit"] == 4 and report["records"]["user"] == 2
    # a public key is refused where the private recovery key is needed
    refused = run("--data-dir", data, "recover", "--recovery-key", keys / "county-recovery.pub",
                  "--username", "dawa", stdin="x\n", check=False)
    assert refused.returncode == 2 and "key file" in refused.stderr
    reset_file = tmp_path / "pw3"
    reset_file.write_text("after-recovery-1\n")
    run("--data-dir", data, "recover", "--recovery-key", keys / "county-recovery.key",
        "--username", "dawa", "--new-password-file", reset_file)
    run("--data-dir", data, "verify", "--user", "dawa", stdin="after-recovery-1\n")


def test_wrong_password_is_a_clear_error_not_a_traceback(tmp_path):
    keys, data = tmp_path / "county", tmp_path / "station"
    run("county-keys", "--out", keys)
    (tmp_path / "pw").write_text("first-admin-pass\n")
    run("--data-dir", data, "init", "--county", "县", "--station", "站", "--admin", "admin",
        "--admin-name", "管理员", "--recovery-public-key", keys / "county-recovery.pub",
        "--password-file", tmp_path / "pw")
    result = run("--data-dir", data, "verify", "--user", "admin", stdin="nope\n", check=False)
    assert result.returncode == 2
    assert "Wrong user name or password" in result.stderr and "Traceback" not in result.stderr


def test_demo_station_is_whole_and_bilingual(tmp_path):
    data = tmp_path / "demo"
    run("--data-dir", data, "demo", "--households", "12")
    report = json.loads(run("--data-dir", data, "verify", "--user", "zhuoma",
                            stdin="demo1234\n").stdout)
    assert report["records"]["household"] == 12 and report["records"]["visit"] >= 24
    assert report["records"]["case_file"] == 12 and report["records"]["activity"] == 60
    assert not (tmp_path / "demo.demo-partial").exists()
    from sqlalchemy import func, select

    from app.models import Person
    from app.services.station import sign_in, sign_out

    workspace = sign_in(data, "zhuoma", "demo1234")
    with workspace.read() as session:
        tibetan = session.scalar(select(func.count()).select_from(Person).where(Person.name_bo != ""))
        chinese = session.scalar(select(func.count()).select_from(Person).where(Person.name_zh != ""))
    sign_out(workspace)
    assert workspace.language == "bo" and 0 < tibetan <= chinese


def test_backup_and_restore_commands(tmp_path):
    keys, data = tmp_path / "county", tmp_path / "station"
    run("county-keys", "--out", keys)
    (tmp_path / "pw").write_text("first-admin-pass\n")
    run("--data-dir", data, "init", "--county", "县", "--station", "站", "--admin", "admin",
        "--admin-name", "管理员", "--recovery-public-key", keys / "county-recovery.pub",
        "--password-file", tmp_path / "pw")
    (tmp_path / "usb").mkdir()  # a backup goes into an existing folder (a USB stick)
    made = run("--data-dir", data, "backup", "--user", "admin", "--to", tmp_path / "usb",
               "--password-file", tmp_path / "pw")
    backup = next((tmp_path / "usb").glob("station-ledger-backup-*"))
    assert str(backup) in made.stdout
    new = tmp_path / "laptop2"
    refused = run("--data-dir", new, "restore-backup", "--from", tmp_path / "usb", "--user", "admin",
                  "--password-file", tmp_path / "pw", check=False)
    assert refused.returncode == 2 and "not a Station Ledger backup" in refused.stderr
    restored = run("--data-dir", new, "restore-backup", "--from", backup, "--user", "admin",
                   "--password-file", tmp_path / "pw")
    assert "Enrol it again" in restored.stdout
    report = json.loads(run("--data-dir", new, "verify", "--user", "admin",
                            "--password-file", tmp_path / "pw").stdout)
    assert report["integrity_check"] == "ok" and report["audit_chain_broken_at"] is None
    (tmp_path / "pw2").write_text("after-restore-9\n")
    run("--data-dir", tmp_path / "laptop3", "restore-backup", "--from", backup, "--user", "admin",
        "--recovery-key", keys / "county-recovery.key", "--new-password-file", tmp_path / "pw2")
    run("--data-dir", tmp_path / "laptop3", "verify", "--user", "admin",
        "--password-file", tmp_path / "pw2")


def test_signing_in_with_a_clock_set_back_warns_in_the_chosen_language(station_dir, worker,
                                                                       tmp_path):
    """A save made while the clock was a day ahead; the command line then signs in with the
    real clock and says (in Chinese) that the clock is earlier than the newest record."""
    from app.protocol import hlc
    from app.services.households import HouseholdInput, PersonInput, create_household
    from app.services.queries import villages
    from tests.conftest import WORKER_PASSWORD

    with worker.read() as session:
        village = villages(session, worker.station_id)[0].id
    real = hlc.wall_clock_ms
    hlc.wall_clock_ms = lambda: real() + 24 * 3600 * 1000
    try:
        create_household(worker, HouseholdInput(village_id=village, address_zh="一号"),
                         [PersonInput(name_zh="卓玛", relation="head")])
    finally:
        hlc.wall_clock_ms = real
    worker.store.close()
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--data-dir", str(station_dir), "sync-status",
         "--user", "zhuoma"], cwd=ROOT, input=WORKER_PASSWORD + "\n", capture_output=True,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT), "STATION_LEDGER_LANG": "zh_CN"})
    assert "本机时钟早于它最新的一条记录" in result.stderr
    assert json.loads(result.stdout)["clock"]["earlier_than_newest_record"] is True


def test_a_missing_password_file_or_output_folder_is_a_message_not_a_traceback(station_dir,
                                                                                 capsys):
    from app.cli import main

    assert main(["--data-dir", str(station_dir), "verify", "--user", "admin",
                 "--password-file", "/nonexistent/pw"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "/nonexistent/pw" in err


def test_zero_or_negative_numbers_are_refused_by_name_not_taken_as_the_default(station_dir,
                                                                              tmp_path, capsys):
    """`backup --keep 0` was read as "the default 10" (`keep or default`); every integer option
    of the command lines now refuses what it cannot honour, naming the option."""
    from fastapi import FastAPI

    from app.cli import main
    from app.errors import ValidationError
    from app.server.api import server_config
    from tests.conftest import ADMIN_PASSWORD

    (tmp_path / "pw").write_text(ADMIN_PASSWORD + "\n")
    usb = tmp_path / "usb"
    usb.mkdir()
    for keep in ("0", "-3"):
        assert main(["--data-dir", str(station_dir), "backup", "--user", "admin", "--to",
                     str(usb), "--keep", keep, "--password-file", str(tmp_path / "pw")]) == 2
        assert "Keep between 1 and 100 backups" in capsys.readouterr().err
    assert not list(usb.glob("station-ledger-backup-*"))  # nothing made, nothing rotated away
    assert main(["--data-dir", str(station_dir), "backup", "--user", "admin", "--to", str(usb),
                 "--keep", "1", "--password-file", str(tmp_path / "pw")]) == 0
    for households in ("0", "-5"):
        assert main(["--data-dir", str(tmp_path / "demo"), "demo", "--households",
                     households]) == 2
        assert "1 to 5000 households" in capsys.readouterr().err
        assert not (tmp_path / "demo").exists()
    for port in (0, -1, 70000):
        with pytest.raises(ValidationError, match="1 to 65535"):
            server_config(FastAPI(), "127.0.0.1", port)


def test_the_package_functions_are_not_shadowed_by_a_submodule():
    """`from app.cli import main` after the command line has run once: a submodule named like
    the function would replace the package attribute (the function) with the module."""
    import importlib
    import pkgutil

    import app.cli

    for info in pkgutil.iter_modules(app.cli.__path__):
        if info.name != "__main__":  # that one runs the command line
            importlib.import_module(f"app.cli.{info.name}")
    from app.cli import entry, main

    assert callable(main) and callable(entry)
    assert main.__module__ == entry.__module__ == "app.cli"
