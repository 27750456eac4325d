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
    assert "not added here" in capsys.readouterr().out
    assert not _open_incoming(second)
    assert _users(second)["dawa"] != _users(first)["dawa"]  # this computer's dawa stays
    sync(second)  # not reopened by the next sync of the same record
    assert not _open_incoming(second)


def test_the_same_person_added_on_two_computers_is_merged_into_one(two_admin_computers,
                                                                    tmp_path):
    """One person ("dawa") added on both computers: the county's user takes the name here,
    this computer's is switched off (renamed dawa.old, records keep their author), hands its
    open case files over, and the person signs in here with the password the admin gives."""
    from datetime import date

    from app.models import CaseFile
    from app.services.cases import CaseInput, open_case
    from app.services.households import HouseholdInput, PersonInput, create_household
    from app.services.queries import villages

    first, second, sync = two_admin_computers
    add_user(first, "dawa", "达瓦", "worker", "dawa-on-first-1")
    local_id = add_user(second, "dawa", "达瓦", "worker", "dawa-on-second-1").id
    with second.read() as session:
        village = villages(session, second.station_id)[0].id
    create_household(second, HouseholdInput(village_id=village),
                     [PersonInput(name_zh="次仁", relation="head")])
    dawa_here = service_sign_in(tmp_path / "b", "dawa", "dawa-on-second-1")
    with dawa_here.read() as session:
        from app.models import Person

        person = session.scalars(select(Person.id)).first()
    case_id = open_case(dawa_here, CaseInput(person_id=person, domain_code="elderly_care",
                                             intake_reason="独居", opened_on=date.today())).id
    sign_out(dawa_here)
    sync(first)
    sync(second)
    row = _open_incoming(second)[0]
    with pytest.raises(ValidationError) as refused:
        sync_cases.resolve_duplicate_user(second, row.id, "merge")
    assert refused.value.field == "password"
    changes = sync_cases.resolve_duplicate_user(second, row.id, "merge",
                                                password="dawa-merged-1")
    county_dawa = _users(first)["dawa"]
    assert case_id in changes.ids and not _open_incoming(second)
    with second.read() as session:
        users = {u.username: u for u in session.scalars(select(User))}
        assert users["dawa"].id == county_dawa and users["dawa.old"].id == local_id
        assert users["dawa.old"].active is False
        assert session.get(CaseFile, case_id).worker_id == county_dawa
    from app.errors import AuthenticationError

    with pytest.raises(AuthenticationError):
        service_sign_in(tmp_path / "b", "dawa", "dawa-on-second-1")  # the old slot is gone
    merged = service_sign_in(tmp_path / "b", "dawa", "dawa-merged-1")
    assert merged.user_id == county_dawa
    sign_out(merged)
    sync(second)
    sync(first)
    assert not _open_incoming(first)
    with first.read() as session:
        assert session.get(CaseFile, case_id).worker_id == county_dawa


def test_a_merge_from_the_command_line_takes_the_new_password_from_a_file(
        two_admin_computers, tmp_path, capsys):
    import argparse

    from app.cli.sync import add_sync_commands

    first, second, sync = two_admin_computers
    add_user(first, "dawa", "达瓦", "worker", "dawa-on-first-1")
    add_user(second, "dawa", "达瓦", "worker", "dawa-on-second-1")
    sync(first)
    sync(second)
    (tmp_path / "pw").write_text(PASSWORD)
    (tmp_path / "dawa-pw").write_text("dawa-merged-2\n")
    parser = argparse.ArgumentParser()
    add_sync_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["sync-user-name", "--row", str(_open_incoming(second)[0].id),
                              "--merge", "--new-password-file", str(tmp_path / "dawa-pw"),
                              "--user", "admin", "--password-file", str(tmp_path / "pw")])
    args.data_dir = tmp_path / "b"
    assert args.func(args) == 0 and "one person" in capsys.readouterr().out
    merged = service_sign_in(tmp_path / "b", "dawa", "dawa-merged-2")
    assert merged.user_id == _users(first)["dawa"]
    sign_out(merged)
