"""The rights commands (issue 19) in process (app.cli.program) against the real encrypted store:
consent, access request (JSON + PDF), erasure (refused without --yes or for a worker),
retention review list."""
from __future__ import annotations

from datetime import date

from app.services.station import sign_in
from tests.conftest import SUPERVISOR_PASSWORD, WORKER_PASSWORD
from tests.rights_support import ERASED_NAME, station_secrets, two_person_household
from tests.test_records_cli import _cli


def test_rights_from_the_command_line(station_dir, tmp_path, capsys):
    worker = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    from app.services.queries import villages

    with worker.read() as session:
        village_id = villages(session, worker.station_id)[0].id
    ids = two_person_household(worker, village_id, date.today().replace(day=1))
    worker.store.close()
    person = ids["erased"]
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "consent", "--person", person,
                "--by", "self", "--on", date.today().isoformat(), "--for",
                "services,case_records") == 0
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "consent", "--person", person,
                "--by", "self", "--on", "tomorrow", "--for", "services") == 2
    out = tmp_path / "answer"
    out.mkdir()
    assert _cli(station_dir, tmp_path, "wangfang", SUPERVISOR_PASSWORD, "access-request",
                "--person", person, "--language", "bo", "--out", str(out)) == 0
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".json", ".pdf"]
    assert ERASED_NAME in next(out.glob("*.json")).read_text(encoding="utf-8")
    capsys.readouterr()
    assert _cli(station_dir, tmp_path, "zhuoma", WORKER_PASSWORD, "erase", "--person", person,
                "--ground", "consent_withdrawn", "--yes") == 2
    assert _cli(station_dir, tmp_path, "wangfang", SUPERVISOR_PASSWORD, "erase", "--person",
                person, "--ground", "consent_withdrawn") == 2  # not confirmed
    assert "confirm" in capsys.readouterr().err
    assert _cli(station_dir, tmp_path, "wangfang", SUPERVISOR_PASSWORD, "erase", "--person",
                person, "--ground", "consent_withdrawn", "--yes") == 0
    assert _cli(station_dir, tmp_path, "wangfang", SUPERVISOR_PASSWORD, "retention-due") == 0
    supervisor = sign_in(station_dir, "wangfang", SUPERVISOR_PASSWORD)
    try:
        assert station_secrets(supervisor) == []
    finally:
        supervisor.store.close()
