"""The support log and "Export diagnostics" hold what happened, never who it happened to.

Personal data is planted in the store (names in Chinese, Tibetan and Latin letters, an ID number,
a visit note), then real commands run in their own processes with their own log folder: sign-in,
a monthly report, verify, a refused command, diagnostics, and a crash whose message holds
personal data. Every log file and every file inside the diagnostics zip is searched for it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

from app.logs import exception_summary, scrub
from app.services import households, records
from tests.conftest import ADMIN_PASSWORD
from tests.test_services import valid_id

ROOT = Path(__file__).resolve().parents[1]
PLANTED = ("PlantedTashi", "扎西次仁", "བཀྲ་ཤིས་ཚེ་རིང", valid_id(), "PLANTED-NOTE-TEXT")


def _run(args, log_dir, data_dir, stdin="", check=True):
    env = {**os.environ, "STATION_LEDGER_LOG_DIR": str(log_dir), "STATION_LEDGER_FAST_KDF": "1"}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
                          input=stdin, text=True, capture_output=True, env=env, cwd=ROOT,
                          check=check, timeout=180)


def test_logs_and_diagnostics_hold_no_personal_data(station_dir, worker, village_id, tmp_path):
    household_id, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id, address_zh=PLANTED[0]),
        [households.PersonInput(name_zh=PLANTED[1], name_bo=PLANTED[2], name_latin=PLANTED[0],
                                sex="M", id_number=PLANTED[3])])
    records.record_visit(worker, records.VisitInput(
        household_id=household_id, visited_on=date.today(), domain_code="social_assistance",
        service_items=["sa.counselling"], notes=PLANTED[4]))
    worker.store.close()
    logs = tmp_path / "logs"
    month = date.today().strftime("%Y-%m")
    _run(["report-monthly", "--user", "admin", "--month", month, "--language", "zh_CN",
          "--out", str(tmp_path / "m.csv")], logs, station_dir, ADMIN_PASSWORD + "\n")
    _run(["verify", "--user", "admin"], logs, station_dir, ADMIN_PASSWORD + "\n")
    refused = _run(["add-user", "--user", "admin", "--username", PLANTED[1], "--name", PLANTED[0]],
                   logs, station_dir, ADMIN_PASSWORD + "\n", check=False)
    assert refused.returncode == 2  # a Han user name is refused (and the refusal is logged)
    _run(["diagnostics", "--user", "admin", "--out", str(tmp_path / "diag.zip")], logs,
         station_dir, ADMIN_PASSWORD + "\n")
    crash = subprocess.run(
        [sys.executable, "-c", "from app.logs import configure_logging; configure_logging();"
         f"raise ValueError({PLANTED[1]!r} + ' ' + {PLANTED[3]!r} + ' ' + {PLANTED[0]!r})"],
        env={**os.environ, "STATION_LEDGER_LOG_DIR": str(logs)}, cwd=ROOT, capture_output=True)
    assert crash.returncode == 1

    text = "\n".join(p.read_text(encoding="utf-8") for p in logs.glob("station-ledger.log*"))
    assert "command report-monthly" in text and "uncaught exception" in text  # it did log
    assert "ValueError: (message withheld)" in text
    with zipfile.ZipFile(tmp_path / "diag.zip") as archive:
        names = archive.namelist()
        inside = {name: archive.read(name).decode("utf-8") for name in names}
    assert {"about.json", "store.json", "sync.json"} <= set(names)
    assert any(name.startswith("log/") for name in names)
    store = json.loads(inside["store.json"])
    assert store["integrity_check"] == "ok" and store["records"]["visit"] == 1
    for planted in PLANTED:
        assert planted not in text, f"{planted!r} reached the support log"
        for name, content in inside.items():
            assert planted not in content, f"{planted!r} reached {name} in the diagnostics"


def test_scrub_and_exception_summary_drop_values():
    assert scrub("person 扎西 id 540102195803071234 mail a.b@example.org") == \
        "person [han] id [number] mail [email]"
    assert "[bo]" in scrub("བཀྲ་ཤིས")
    values = ("Tashi", "540102195803071234")  # frames show code lines, the message holds values
    try:
        raise RuntimeError(f"row {values}")
    except RuntimeError as error:
        summary = exception_summary(error)
    assert "Tashi" not in summary and "RuntimeError: (message withheld)" in summary
    assert "test_support_log.py" in summary  # the code frames stay: they locate the bug
