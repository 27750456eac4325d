"""The record-level export for the province, through the console: one sheet per record kind,
the station's own records of the period and no others, no names or ID numbers unless a county
admin asks (viewers and supervisors cannot), every export audited. A demo station is synced
into a county server on loopback; the expected rows are read from the station's own store."""
from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.models import SYNCED_MODELS, Household, Person
from app.server.accounts import ConsoleAudit
from app.server.enrollment import issue_enrollment_code
from app.services.demo import create_demo_station
from app.services.station import sign_in, sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.server.console_support import add_accounts, signed_in

KINDS = {"visit": "visited_on", "activity": "held_on", "resource_link": "linked_on",
         "case_file": "opened_on", "case_service": "served_on"}
SHEETS = {"visit": "visits", "activity": "activities", "resource_link": "resource_links",
          "case_file": "case_files", "case_service": "case_services"}


@pytest.fixture()
def synced(tmp_path, live_server, server_store):
    start, end = date(date.today().year, 1, 1), date.today()
    create_demo_station(tmp_path / "alpha", households_count=8, seed=77)
    workspace = sign_in(tmp_path / "alpha", "admin", "demo1234")
    try:
        client = SyncClient(workspace.store, HttpTransport(live_server.url))
        client.enroll(live_server.url, issue_enrollment_code(server_store, "alpha"),
                      fingerprint=live_server.fingerprint)
        client.sync_now()
        expected, names, id_numbers = {}, set(), set()
        with workspace.read() as session:
            for kind, field in KINDS.items():
                model = SYNCED_MODELS[kind]
                expected[kind] = sorted(r.id for r in session.scalars(select(model)) if
                                        r.deleted_at is None and getattr(r, field) and
                                        start <= getattr(r, field) <= end)
            for person in session.scalars(select(Person)):
                names.add(person.name_zh)
                if person.id_number:
                    id_numbers.add(person.id_number)
            addresses = {h.address_zh for h in session.scalars(select(Household))
                         if h.address_zh}
    finally:
        sign_out(workspace)
    add_accounts(server_store)
    yield live_server, server_store, expected, names, id_numbers | addresses, (start, end)


def cells(book) -> dict[str, list[list]]:
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets}


def export(browser, csrf, period, **extra):
    return browser.post("/console/province/export", data={
        "csrf": csrf, "start": period[0].isoformat(), "end": period[1].isoformat(),
        "format": "xlsx", **extra})


def exports(store) -> int:
    with store.transaction() as session:
        return session.scalar(select(func.count()).select_from(ConsoleAudit).where(
            ConsoleAudit.action == "export_province"))


def test_the_province_export_holds_the_period_and_no_personal_data(synced):
    server, store, expected, names, id_numbers, period = synced
    viewer, csrf = signed_in(server.url, "viewer")
    answer = export(viewer, csrf, period)
    assert answer.status_code == 200
    sheets = cells(load_workbook(io.BytesIO(answer.content), read_only=True))
    assert sorted(sheets) == sorted(SHEETS.values())
    assert sum(len(ids) for ids in expected.values()) > 20  # the demo has work this year
    for kind, sheet in SHEETS.items():
        header, rows = sheets[sheet][0], sheets[sheet][1:]
        assert sorted(row[header.index("record_id")] for row in rows) == expected[kind], kind
        assert {row[header.index("station")] for row in rows} <= {"alpha"}
        assert not {"person_name", "person_id_number", "household_address"} & set(header)
    text = repr(sheets)
    assert not [name for name in names if name and name in text]
    assert not [number for number in id_numbers if number in text]
    # a viewer may not ask for names and ID numbers: refused, nothing exported or audited
    assert exports(store) == 1
    assert export(viewer, csrf, period, personal="1").status_code == 403
    assert exports(store) == 1

    # the CSV form: one file per record kind, the same rows
    answer = export(viewer, csrf, period, format="csv")
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    assert sorted(archive.namelist()) == sorted(f"{s}.csv" for s in SHEETS.values())
    visits = archive.read("visits.csv").decode("utf-8-sig").strip().splitlines()
    assert len(visits) == 1 + len(expected["visit"])

    # a county admin who asks gets the case files' names and ID numbers
    admin, admin_csrf = signed_in(server.url, "admin")
    sheets = cells(load_workbook(io.BytesIO(export(admin, admin_csrf, period,
                                                   personal="1").content), read_only=True))
    header = sheets["case_files"][0]
    assert "person_name" in header and "person_id_number" in header
    shown = {row[header.index("person_name")] for row in sheets["case_files"][1:]}
    # ... except a child's (sensitive: never exported, app.protocol.sensitivity)
    from app.server.province import CHILD_WITHHELD

    assert shown - {CHILD_WITHHELD} and shown <= names | {CHILD_WITHHELD}
    with store.transaction() as session:
        last = session.scalars(select(ConsoleAudit).where(
            ConsoleAudit.action == "export_province").order_by(ConsoleAudit.id.desc())).first()
    assert last.username == "admin" and '"personal": true' in last.details

    # another station's supervisor gets empty sheets; a forged token or a bad period nothing
    other, other_csrf = signed_in(server.url, "supb")
    sheets = cells(load_workbook(io.BytesIO(export(other, other_csrf, period).content),
                                 read_only=True))
    assert all(len(rows) == 1 for rows in sheets.values())
    before = exports(store)
    assert export(admin, "forged", period).status_code == 403
    assert export(admin, admin_csrf, (period[1], period[0])).status_code == 400
    assert admin.post("/console/province/export", data={
        "csrf": admin_csrf, "start": "2026-13-01", "end": "x"}).status_code == 400
    assert exports(store) == before
