"""A demo station made once for the report tests, with contract targets and a deleted visit.

The demo spreads a year of work back from today, so the tests report on this month.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest

os.environ.setdefault("STATION_LEDGER_FAST_KDF", "1")


def this_month() -> str:
    return f"{date.today():%Y-%m}"


@pytest.fixture(scope="session")
def demo_workspace(tmp_path_factory):
    from sqlalchemy import select

    from app.models import ContractTarget, Visit
    from app.services.demo import DEMO_PASSWORD, create_demo_station
    from app.services.corrections import delete_record
    from app.services.station import sign_in, sign_out

    data_dir = tmp_path_factory.mktemp("reports") / "station"
    create_demo_station(data_dir, households_count=70, seed=7)
    workspace = sign_in(data_dir, "admin", DEMO_PASSWORD)
    with workspace.write() as session:
        for measure, domain, target in (("households_visited", "", 60), ("case_files", "", 30),
                                        ("person_times", "elderly_care", 400),
                                        ("resource_amount_yuan", "", 50000),
                                        ("some_new_measure", "", 5)):
            session.add(ContractTarget(station_id=workspace.station_id, year=date.today().year,
                                       measure=measure, domain_code=domain, target=target))
    with workspace.read() as session:
        visit = session.scalars(select(Visit).where(
            Visit.visited_on >= date.today().replace(day=1)).limit(1)).first()
    if visit is not None:  # a visit entered by mistake this month: must not be counted
        delete_record(workspace, "visit", visit.id, "entered by mistake")
    yield workspace
    sign_out(workspace)


@pytest.fixture(scope="session")
def month() -> str:
    return this_month()


def need_poppler():
    if not shutil.which("pdftoppm"):
        pytest.skip("poppler-utils (pdftoppm, pdftotext, pdffonts) is not installed")


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout
