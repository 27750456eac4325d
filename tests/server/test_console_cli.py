"""The first county admin comes from the command line (`station-ledger-server add-admin`);
a weak password or a taken name is refused with a message and exit code 2."""
from __future__ import annotations

import pytest

from app.server.accounts import AccountError, sign_in
from app.server.cli import main as server_main
from app.server.db import ServerStore


def test_add_admin_then_sign_in(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'county.db'}"
    monkeypatch.setenv("STATION_LEDGER_NEW_PASSWORD", "short")
    assert server_main(["--db", url, "add-admin", "wangjun"]) == 2
    assert "weak_password" in capsys.readouterr().err
    monkeypatch.setenv("STATION_LEDGER_NEW_PASSWORD", "a-long-county-password")
    assert server_main(["--db", url, "add-admin", "wangjun", "--display-name", "王军"]) == 0
    assert server_main(["--db", url, "add-admin", "wangjun"]) == 2
    assert "user_exists" in capsys.readouterr().err
    assert server_main(["--db", url, "add-user", "zhuoma", "--role", "supervisor"]) == 2
    assert server_main(["--db", url, "add-user", "zhuoma", "--role", "supervisor",
                        "--station", "jia"]) == 0
    store = ServerStore(url)
    try:
        assert sign_in(store, "wangjun", "a-long-county-password")
        with pytest.raises(AccountError):
            sign_in(store, "wangjun", "not-the-password")
    finally:
        store.close()
