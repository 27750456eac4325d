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


def test_password_checks_run_at_most_two_at_a_time(tmp_path, monkeypatch):
    """A flood of sign-ins queues on the hashing gate instead of running 40 Argon2id at once."""
    import threading
    import time

    from app.server import accounts

    running, peak, lock = [0], [0], threading.Lock()
    real = accounts.derive_key

    def watched(*args):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.05)
        try:
            return real(*args)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(accounts, "derive_key", watched)
    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    threads = [threading.Thread(target=lambda: pytest.raises(
        AccountError, sign_in, store, "nobody", "guess")) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.close()
    assert peak[0] == accounts.MAX_CONCURRENT_HASHES
