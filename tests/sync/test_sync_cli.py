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


def test_sync_now_says_when_attachment_content_was_refused(tmp_path, live_server, server_store,
                                                          recovery_public, capsys, monkeypatch):
    """The county refuses the upload (the station's storage is full): sync-now does not
    report plain success; a translated line says it and the exit code is 1."""
    import app.server.blobs as county_blobs
    from app.services.attachments import add_attachment
    from app.services.queries import villages
    from app.services.station import sign_out
    from tests.attachments.samples import pdf_with_text
    from tests.sync.sync_support import add_households, sign_in

    data_dir = make_station(tmp_path / "a", "甲乡", recovery_public)
    workspace = sign_in(tmp_path / "a")
    with workspace.read() as session:
        village = villages(session, workspace.station_id)[0].id
    household = add_households(workspace, 1, village)[0]
    add_attachment(workspace, "household", household, pdf_with_text("consent"), "consent.pdf")
    sign_out(workspace)
    password = tmp_path / "pw"
    password.write_text(PASSWORD)
    common = ["--user", "admin", "--password-file", str(password)]
    assert _run(["sync-enroll", *common, "--server", live_server.url, "--code",
                 issue_enrollment_code(server_store, "jia"), "--fingerprint",
                 live_server.fingerprint], data_dir) == 0
    monkeypatch.setattr(county_blobs, "STATION_QUOTA_BYTES", 100)  # the county is full
    monkeypatch.setenv("STATION_LEDGER_LANG", "zh_CN")
    capsys.readouterr()
    assert _run(["sync-now", *common], data_dir) == 1
    err = capsys.readouterr().err
    assert "个附件" in err and "storage at the county is full" in err
    monkeypatch.setattr(county_blobs, "STATION_QUOTA_BYTES", 20 * 1024 ** 3)  # room again
    assert _run(["sync-now", *common], data_dir) == 0
    assert "个附件" not in capsys.readouterr().err
