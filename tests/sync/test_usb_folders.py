"""A mistyped or unplugged USB folder is named in a translated error, on both sides, and is
never made: import does not say "0 parcels", export and backup do not create a folder on the
laptop's own disk (loose ends 1 and 2)."""
from __future__ import annotations

import argparse

import pytest

from app.errors import StoreError, ValidationError
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


def _chinese(error) -> str:
    from app.i18n import translator_for

    return error.message(translator_for("zh_CN"))


@pytest.fixture()
def enrolled(tmp_path, live_server, server_store, recovery_public):
    data_dir = make_station(tmp_path / "a", "甲乡", recovery_public)
    password = tmp_path / "pw"
    password.write_text(PASSWORD)
    common = ["--user", "admin", "--password-file", str(password)]
    assert _run(["sync-enroll", *common, "--server", live_server.url,
                 "--code", issue_enrollment_code(server_store, "jia"),
                 "--fingerprint", live_server.fingerprint], data_dir) == 0
    return data_dir, common


def test_station_export_and_import_refuse_a_missing_folder_and_make_none(tmp_path, enrolled,
                                                                        capsys):
    data_dir, common = enrolled
    missing = tmp_path / "media" / "usb-mistyped"
    with pytest.raises(ValidationError) as refused:
        _run(["sync-export", *common, "--to", str(missing)], data_dir)
    assert str(missing) in refused.value.message()
    assert not missing.exists() and not missing.parent.exists()
    assert "不存在" in _chinese(refused.value) and str(missing) in _chinese(refused.value)
    with pytest.raises(ValidationError) as refused:
        _run(["sync-import-receipts", *common, "--from", str(missing)], data_dir)
    assert str(missing) in refused.value.message()
    assert "taken in" not in capsys.readouterr().out  # no "0 receipts and 0 records"
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(ValidationError, match="not a folder"):
        _run(["sync-import-receipts", *common, "--from", str(a_file)], data_dir)
    stick = tmp_path / "usb"  # an existing stick: its to-county folder is made inside it
    stick.mkdir()
    with pytest.raises(ValidationError, match="nothing from the county"):  # the wrong stick
        _run(["sync-import-receipts", *common, "--from", str(stick)], data_dir)
    assert _run(["sync-export", *common, "--to", str(stick)], data_dir) == 0
    assert list((stick / "to-county").glob("*.parcel"))


def test_county_import_names_a_missing_folder(tmp_path, server_store, county_keys, capsys):
    from app.server.cli import main

    missing = tmp_path / "usb-mistyped"
    with pytest.raises(ValidationError) as refused:
        import_folder(server_store, county_keys, missing)
    assert str(missing) in refused.value.message() and not missing.exists()
    empty = tmp_path / "some-other-stick"
    empty.mkdir()
    with pytest.raises(ValidationError, match="nothing from a station"):
        import_folder(server_store, county_keys, empty)
    assert list(empty.iterdir()) == []  # no from-county folder made on the wrong stick
    keys = tmp_path / "county-keys"
    assert main(["--db", f"sqlite:///{tmp_path / 'county.db'}", "import-parcels",
                 "--keys", str(keys), "--from", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "No such folder" in err and str(missing) in err and "0 receipts" not in err
    assert not missing.exists()


def test_backup_and_diagnostics_refuse_a_missing_folder_and_make_none(tmp_path,
                                                                     recovery_public):
    from app.services.backup import back_up_now
    from app.services.diagnostics import export_diagnostics
    from tests.sync.sync_support import sign_in

    workspace = sign_in(make_station(tmp_path / "a", "甲乡", recovery_public))
    try:
        missing = tmp_path / "media" / "usb-mistyped"
        with pytest.raises(StoreError) as refused:
            back_up_now(workspace, missing)
        assert str(missing) in refused.value.message() and not missing.parent.exists()
        with pytest.raises(ValidationError) as refused:
            export_diagnostics(workspace, missing / "diagnostics.zip")
        assert str(missing) in refused.value.message() and not missing.parent.exists()
        (tmp_path / "usb").mkdir()
        assert back_up_now(workspace, tmp_path / "usb").path.parent == tmp_path / "usb"
    finally:
        workspace.store.close()
