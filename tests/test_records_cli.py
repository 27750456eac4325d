"""The command line for correcting, deleting, restoring, history and staff turnover, in
process (app.cli.main) against the real encrypted store."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.cli import main
from app.models import User, Visit
from app.services import records
from app.services.station import sign_in
from tests.conftest import ADMIN_PASSWORD, SUPERVISOR_PASSWORD, WORKER_PASSWORD
from tests.test_services import make_household


def _cli(station_dir, tmp_path, user, password, *args):
    password_file = tmp_path / f"pw-{user}"
    password_file.write_text(password + "\n", encoding="utf-8")
    return main(["--data-dir", str(station_dir), *args, "--user", user,
                 "--password-file", str(password_file)])


def test_edit_delete_restore_history_from_the_command_line(station_dir, tmp_path, capsys):
    worker = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    from app.services.queries import villages

    with worker.read() as session:
        village_id = villages(session, worker.station_id)[0].id
    household_id, _ = make_household(worker, village_id)
    visit_id, _ = records.record_visit(worker, records.VisitInput(
        household_id=household_id, visited_on=date.today(), domain_code="elderly_care",
        service_items=["ec.health"]))
    worker.store.close()
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "edit", "--kind", "visit",
                "--id", visit_id, "--set", "notes=复查血压", "--set", "people_served=2") == 0
    assert _cli(station_dir, tmp_path, "wangfang", SUPERVISOR_PASSWORD, "edit", "--kind",
                "visit", "--id", visit_id, "--set", "notes=x") == 2  # supervisors read
    assert "Only the worker who recorded this" in capsys.readouterr().err
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "edit", "--kind", "visit",
                "--id", visit_id, "--set", "colour=red") == 2
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "delete", "--kind", "visit",
                "--id", visit_id, "--reason", "重复录入") == 0
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "deleted") == 0
    assert visit_id in capsys.readouterr().out
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "restore", "--kind", "visit",
                "--id", visit_id) == 0
    capsys.readouterr()
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "history", "--kind", "visit",
                "--id", visit_id) == 0
    out = capsys.readouterr().out
    assert "Notes: — → 复查血压" in out and "People served: 1 → 2" in out
    assert "Deleted  卓玛" in out and "Reason: 重复录入" in out and "Restored  次仁" in out
    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    with admin.read() as session:
        visit = session.get(Visit, visit_id)
        assert (visit.notes, visit.people_served, visit.deleted_at) == ("复查血压", 2, None)
    admin.store.close()


def test_deactivate_role_and_transfer_from_the_command_line(station_dir, tmp_path, capsys):
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "set-role", "--username",
                "zhuoma", "--role", "supervisor") == 0
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "transfer", "--from", "zhuoma",
                "--to", "wangfang") == 0
    assert "0 case files and 0 tasks" in capsys.readouterr().out
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "deactivate", "--username",
                "zhuoma") == 0
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "deleted") == 2
    assert "switched off" in capsys.readouterr().err
    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    with admin.read() as session:
        user = session.scalar(select(User).where(User.username == "zhuoma"))
        assert (user.role, user.active) == ("supervisor", False)
    admin.store.close()
    # on again: only with a new password (the old slot left with the switch-off)
    new_password = tmp_path / "zhuoma-new"
    new_password.write_text("zhuoma-again-7\n")
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "activate", "--username",
                "zhuoma", "--new-password-file", str(new_password)) == 0
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "deleted") == 2
    sign_in(station_dir, "zhuoma", "zhuoma-again-7").store.close()


def test_merge_and_household_facts_from_the_command_line(station_dir, tmp_path, capsys):
    from app.models import CaseFile, Person
    from app.services import cases, households
    from app.services.queries import villages

    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    with admin.read() as session:
        village_id = villages(session, admin.station_id)[0].id
    h1, (p1,) = make_household(admin, village_id, households.PersonInput(name_zh="格桑"))
    h2, (p2,) = make_household(admin, village_id, households.PersonInput(
        name_zh="格桑", name_bo="སྐལ་བཟང"))
    case_id, _ = cases.open_case(admin, cases.CaseInput(
        person_id=p2, domain_code="elderly_care", intake_reason="x", opened_on=date.today()))
    admin.store.close()
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "merge", "--kind", "person",
                "--keep", p1, "--merge", p2, "--take", "name_bo") == 0
    son_args = ("move-person", "--person", p1, "--to-household", h2, "--relation", "head")
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, *son_args) == 0
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "person-status", "--person", p1,
                "--status", "moved_away", "--on", date.today().isoformat()) == 0
    assert _cli(station_dir, tmp_path, "admin", ADMIN_PASSWORD, "person-status", "--person", p1,
                "--status", "deceased", "--on", "2099-01-01") == 2  # a date in the future
    assert "future" in capsys.readouterr().err
    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    with admin.read() as session:
        kept = session.get(Person, p1)
        assert (kept.name_bo, kept.household_id, kept.status) == ("སྐལ་བཟང", h2, "moved_away")
        assert session.get(Person, p2).merged_into == p1
        assert session.get(CaseFile, case_id).person_id == p1
    admin.store.close()
    assert h1


def test_search_finds_a_records_id_as_the_app_does(station_dir, tmp_path, capsys):
    """`station-ledger search TEXT`: people (Chinese, pinyin initials, Tibetan, ID number),
    their household and case files (by the person or the number), id first, then `show`."""
    from app.services.cases import CaseInput, open_case
    from app.services.queries import villages

    worker = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    with worker.read() as session:
        village = villages(session, worker.station_id)[0]
        village_id, village_name = village.id, village.name_zh
    household_id, (person_id,) = make_household(worker, village_id)
    case_id = open_case(worker, CaseInput(person_id=person_id, domain_code="elderly_care",
                                          intake_reason="独居老人", opened_on=date.today())).id
    with worker.read() as session:
        from app.models import CaseFile, Person

        number = session.get(CaseFile, case_id).case_number
        id_number = session.get(Person, person_id).id_number
    worker.store.close()
    for text in ("扎西", "zxcr", "བཀྲ་ཤིས", id_number):
        capsys.readouterr()
        assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "search", text) == 0
        lines = capsys.readouterr().out.splitlines()
        assert f"{person_id}  person     扎西次仁 བཀྲ་ཤིས་ཚེ་རིང  {village_name}" in lines, (text, lines)
        assert any(line.startswith(f"{household_id}  household  扎西次仁") for line in lines)
        assert f"{case_id}  case_file  扎西次仁  {number}" in lines
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "search", number[:6]) == 0
    assert case_id in capsys.readouterr().out
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "search", "没有这个人") == 1
    assert "nothing found" in capsys.readouterr().err
    for bad in (["   "], ["扎西", "--limit", "0"]):
        assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "search", *bad) == 2
        assert "Traceback" not in capsys.readouterr().err
    # the id found is what `show` takes
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "show", "--kind", "person",
                "--id", person_id) == 0
