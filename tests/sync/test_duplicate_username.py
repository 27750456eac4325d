"""Two computers of one station add the same user name offline (loose end 4). The county
takes both users; the computer that receives the other one cannot apply it (its user names
are unique) and used to retry it forever. Now the row says why, in the user's language, and
the admin has a way out: rename the user of this computer (both kept, everywhere) or discard
the other one here."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import User
from app.server.enrollment import issue_enrollment_code
from app.services import sync as sync_cases
from app.services import sync_view
from app.services.station import add_user, sign_in as service_sign_in, sign_out
from app.sync.client import SyncClient
from app.sync.status import list_quarantine
from app.sync.transport import HttpTransport
from tests.sync.sync_support import PASSWORD, join, make_station, sign_in


@pytest.fixture()
def two_admin_computers(tmp_path, live_server, server_store, county_keys, recovery_public):
    url = live_server.url
    make_station(tmp_path / "a", "甲乡", recovery_public)
    first = sign_in(tmp_path / "a")
    SyncClient(first.store, HttpTransport(url)).enroll(
        url, issue_enrollment_code(server_store, "jia"),
        fingerprint=county_keys.enrolment_fingerprint)

    def sync(workspace):
        return SyncClient(workspace.store, HttpTransport(url), backoff_seconds=0.05).sync_now()

    sync(first)
    join(tmp_path / "b", url, issue_enrollment_code(server_store, "jia"), "admin",
         recovery_public, county_keys)
    second = sign_in(tmp_path / "b")
    yield first, second, sync
    for workspace in (first, second):
        workspace.store.close()


def _open_incoming(workspace):
    return [q for q in list_quarantine(workspace) if q.direction == "incoming"]


def _users(workspace) -> dict[str, str]:
    with workspace.read() as session:
        return {u.username: u.id for u in session.scalars(select(User))}


def test_a_user_name_added_twice_offline_has_a_way_out(two_admin_computers, tmp_path):
    first, second, sync = two_admin_computers
    add_user(first, "dawa", "达瓦", "worker", "dawa-on-first-1")    # offline, both
    add_user(second, "dawa", "达娃", "worker", "dawa-on-second-1")
    sync(first)
    sync(second)       # the county now holds both; the second cannot apply the first's dawa
    sync(second)       # retried: still refused, one row (not one per sync)
    rows = _open_incoming(second)
    assert len(rows) == 1 and rows[0].code == "duplicate_username" and rows[0].args == ["dawa"]
    shown = [r for r in sync_view.overview(second).quarantine if r.direction == "incoming"]
    assert shown[0].id == rows[0].id  # the screen gets the row to act on
    from app.i18n import translator_for
    from app.protocol.reasons import describe

    chinese = describe(shown[0].code, shown[0].args, shown[0].detail, translator_for("zh_CN"))
    assert "dawa" in chinese and "用户名" in chinese

    worker = service_sign_in(tmp_path / "b", "dawa", "dawa-on-second-1")
    with pytest.raises(PermissionDenied):
        sync_cases.resolve_duplicate_user(worker, rows[0].id, "rename", "dawa.b")
    sign_out(worker)
    with pytest.raises(ValidationError) as refused:
        sync_cases.resolve_duplicate_user(second, rows[0].id, "rename", "admin")
    assert refused.value.field == "username"
    assert len(_open_incoming(second)) == 1  # nothing changed

    changes = sync_cases.resolve_duplicate_user(second, rows[0].id, "rename", "dawa.b")
    assert "user" in changes.kinds and not _open_incoming(second)
    users = _users(second)
    assert {"dawa", "dawa.b"} <= set(users) and users["dawa"] == _users(first)["dawa"]
    # the person of this computer signs in with the new name and the same password
    sign_out(service_sign_in(tmp_path / "b", "dawa.b", "dawa-on-second-1"))
    # the rename travels: the first computer gets both users, nothing is left waiting
    sync(second)
    sync(first)
    assert set(_users(first)) >= {"dawa", "dawa.b"}
    assert not _open_incoming(first) and not _open_incoming(second)


def test_the_other_user_can_be_discarded_here_from_the_command_line(two_admin_computers,
                                                                   tmp_path, capsys):
    import argparse
    import json

    from app.cli.sync import add_sync_commands

    def run(*argv):
        parser = argparse.ArgumentParser()
        add_sync_commands(parser.add_subparsers(dest="command"))
        args = parser.parse_args([*argv, "--user", "admin", "--password-file", str(password)])
        args.data_dir = tmp_path / "b"
        return args.func(args)

    first, second, sync = two_admin_computers
    password = tmp_path / "pw"
    password.write_text(PASSWORD)
    add_user(first, "dawa", "达瓦", "worker", "dawa-on-first-1")
    add_user(second, "dawa", "达娃", "worker", "dawa-on-second-1")
    sync(first)
    sync(second)
    capsys.readouterr()
    assert run("sync-status") == 0
    shown = [q for q in json.loads(capsys.readouterr().out)["quarantine"]
             if q["direction"] == "incoming"]
    assert shown[0]["code"] == "duplicate_username" and "dawa" in shown[0]["reason"]
    assert run("sync-user-name", "--row", str(shown[0]["row"]), "--discard") == 0
    assert not _open_incoming(second)
    assert _users(second)["dawa"] != _users(first)["dawa"]  # this computer's dawa stays
    sync(second)  # not reopened by the next sync of the same record
    assert not _open_incoming(second)
