"""The sync commands, through a parser built like the command line's (USB round trip)."""
from __future__ import annotations

import argparse

from app.server.enrollment import issue_enrollment_code
from app.server.folder import import_folder
from app.cli.sync import add_sync_commands
from tests.sync.sync_support import PASSWORD, make_station


def _run(argv, data_dir) -> int:
    parser = argparse.ArgumentParser()
    add_sync_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    args.data_dir = data_dir
    return args.func(args)


def test_enroll_export_import_status(tmp_path, live_server, server_store, county_keys,
                                     recovery_public, capsys):
    data_dir = make_station(tmp_path / "a", "甲乡", recovery_public)
    password = tmp_path / "pw"
    password.write_text(PASSWORD)
    common = ["--user", "admin", "--password-file", str(password)]
    code = issue_enrollment_code(server_store, "jia")
    assert _run(["sync-enroll", *common, "--server", live_server.url, "--code", code,
                 "--fingerprint", live_server.fingerprint],
                data_dir) == 0
    (tmp_path / "usb").mkdir()
    assert _run(["sync-export", *common, "--to", str(tmp_path / "usb")], data_dir) == 0
    assert import_folder(server_store, county_keys, tmp_path / "usb").receipts == 1
    assert _run(["sync-import-receipts", *common, "--from", str(tmp_path / "usb")],
                data_dir) == 0
    capsys.readouterr()
    assert _run(["sync-status", *common], data_dir) == 0
    assert '"pending_changes": 0' in capsys.readouterr().out
    assert _run(["sync-now", *common], data_dir) == 0
