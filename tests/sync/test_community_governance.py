"""Lhasa's fifth service area, 社区治理 (community governance), is catalogue data switched off
by default (issue 20). A county switches it on by publishing the catalogue with the area
"active" (station-ledger-server publish-catalog); its stations receive it by sync, record
visits in it, and their monthly report shows it. Stations that never switched it on neither
offer it nor list it in their reports."""
from __future__ import annotations

import copy
import shutil
import subprocess
from datetime import date

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Visit
from app.reports.export import export_monthly, prepare_monthly
from app.server.catalog import publish_catalog
from app.server.enrollment import issue_enrollment_code
from app.services.catalog import bundled_catalog, catalog_labels
from app.services.queries import villages
from app.services.records import VisitInput, record_visit
from app.services.station import sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.sync.sync_support import add_households, make_station, sign_in

AREA = "community_governance"


def switched_on(document: dict) -> dict:
    """The county's catalogue document with the community-governance area switched on."""
    document = copy.deepcopy(document)
    for entry in document["domains"] + document["service_items"]:
        if AREA in (entry["code"], entry.get("domain")):
            entry["active"] = True
    return document


def _domains(workspace) -> set[str]:
    with workspace.read() as session:
        return {label.code for label in catalog_labels(session, "domain", "zh_CN")}


def _pdf_text(workspace, month, tmp_path, name) -> str:
    out = tmp_path / f"{name}.pdf"
    export_monthly(workspace, month, out, language="zh_CN")
    return subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_area_ships_in_the_catalogue_switched_off():
    catalogue = bundled_catalog()
    area = next(d for d in catalogue["domains"] if d["code"] == AREA)
    assert (area["zh"], area["active"]) == ("社区治理", False)
    items = [i for i in catalogue["service_items"] if i["domain"] == AREA]
    assert items and all(item["active"] is False for item in items)
    assert all(d.get("active", True) for d in catalogue["domains"] if d["code"] != AREA)


def test_a_station_that_switched_it_on_records_a_visit_and_reports_it(
        tmp_path, live_server, server_store, recovery_public):
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    url, today = live_server.url, date.today()
    month = today.strftime("%Y-%m")
    lhasa = sign_in(make_station(tmp_path / "lhasa", "蔡公堂乡", recovery_public))
    other = sign_in(make_station(tmp_path / "other", "甲乡", recovery_public))
    with lhasa.read() as session:
        village_id = villages(session, lhasa.station_id)[0].id
    household_id = add_households(lhasa, 1, village_id)[0]
    visit = VisitInput(household_id, today, AREA, ["cg.grid_visits"], notes="网格走访")

    # Off by default: not offered, refused, not in the report.
    assert AREA not in _domains(lhasa) and "social_assistance" in _domains(lhasa)
    with pytest.raises(ValidationError) as refused:
        record_visit(lhasa, visit)
    assert refused.value.field == "domain_code"
    assert "社区治理" not in _pdf_text(lhasa, month, tmp_path, "before")

    # The county switches it on for its stations; the catalogue arrives by sync.
    publish_catalog(server_store, switched_on(bundled_catalog()))
    client = SyncClient(lhasa.store, HttpTransport(url), backoff_seconds=0.05)
    client.enroll(url, issue_enrollment_code(server_store, "lhasa"),
                  fingerprint=live_server.fingerprint)
    client.sync_now()
    assert AREA in _domains(lhasa)
    with lhasa.read() as session:
        items = {i.code for i in catalog_labels(session, "service_item", "zh_CN", parent_code=AREA)}
    assert items == {"cg.mediation", "cg.volunteers", "cg.consultation", "cg.grid_visits"}

    visit_id, _changes = record_visit(lhasa, visit)
    with lhasa.read() as session:
        assert session.get(Visit, visit_id).domain_code == AREA
        assert session.scalar(select(Visit.id).where(Visit.domain_code == AREA)) == visit_id
    figures = prepare_monthly(lhasa, month).summary.periods["current"].breakdowns["domain"]
    assert figures[AREA].value("visits") == 1
    lines = [line for line in _pdf_text(lhasa, month, tmp_path, "after").splitlines()
             if line.strip().startswith("社区治理")]  # the by-domain table's row
    assert lines and lines[0].split()[1:3] == ["1", "1"]  # households visited, visits

    # A station that never switched it on does not list it.
    assert AREA not in _domains(other)
    assert "社区治理" not in _pdf_text(other, month, tmp_path, "other")
    sign_out(lhasa)
    sign_out(other)
