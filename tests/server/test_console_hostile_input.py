"""What a new county technician typed into the console and the command line (tester report):
formulas in the province CSV, months the page accepted but the report refused (500), a newline
that reached a download's header, and enrolment codes for stations the console itself refuses.
Each is now refused or neutralised, and no input gives a 5xx."""
from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.server.cli import main as server_main
from app.server.db import CountyStation as Station
from app.server.province import Sheet, write_csv_zip, write_xlsx
from tests.server.console_support import add_accounts, signed_in

HOSTILE = ["@SUM(1+1)*cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "-1+2", "+1", "\tx"]


def test_the_province_export_never_writes_a_formula():
    sheet = Sheet("household", "households", ["address"], [[text] for text in HOSTILE])
    with zipfile.ZipFile(io.BytesIO(write_csv_zip([sheet]))) as archive:
        rows = list(csv.reader(io.StringIO(archive.read("households.csv").decode("utf-8-sig"))))
    assert [row[0] for row in rows[1:]] == ["'" + text for text in HOSTILE]
    book = load_workbook(io.BytesIO(write_xlsx([sheet])))
    cells = [row[0] for row in book["households"].iter_rows(min_row=2)]
    assert [cell.data_type for cell in cells] == ["s"] * len(HOSTILE)  # text, not "f"
    assert [cell.value for cell in cells] == HOSTILE


@pytest.mark.parametrize("month", ["0000-01", "9999-12", "1900-01", "٢٠٢٦-11", "2026-11\n"])
def test_months_the_report_cannot_take_are_a_400_not_a_500(live_server, server_store, month):
    add_accounts(server_store)
    browser, _token = signed_in(live_server.url, "admin")
    page = browser.get("/console/month", params={"month": month})
    assert page.status_code == 400, page.text[:200]
    for fmt in ("pdf", "xlsx"):
        answer = browser.get("/console/month/export", params={"month": month, "format": fmt})
        assert answer.status_code == 400


@pytest.mark.parametrize("args", [["--station", ""], ["--station", "a b"],
                                  ["--station", 'q"x\ny'], ["--station", "x" * 100],
                                  ["--station", "ok", "--hours=-5"],
                                  ["--station", "ok", "--hours", "99999999"],
                                  ["--station", "ok", "--name", "=HYPERLINK(1)\u202eevil\x1b"]])
def test_enrolment_codes_follow_the_consoles_rules(tmp_path, county_keys, capsys, args):
    url = f"sqlite:///{tmp_path / 'county.db'}"
    code = server_main(["--db", url, "enroll-code", "--keys", str(tmp_path / "county-keys"), "--role", "worker", *args])
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err
    from app.server.db import ServerStore

    store = ServerStore(url)
    with store.transaction() as session:
        assert session.scalars(select(Station)).all() == []  # nothing was made
    store.close()


def test_the_audit_trail_shows_control_characters_instead_of_dropping_them(live_server,
                                                                            server_store):
    """A sign-in as "vi1\\x00" was listed as "vi1" (the browser drops the NUL): two
    different names looked the same. Every page now writes such characters out (and on
    PostgreSQL, which holds no NUL in text, the sign-in is refused, not a 500)."""
    from tests.server.console_support import client, form_token

    add_accounts(server_store)
    stranger = client(live_server.url)
    for name in ("vi1\x00", "vi1", "adm\u202eni"):
        page = stranger.get("/console/login")
        answer = stranger.post("/console/login", data={
            "username": name, "password": "not-the-password", "csrf": form_token(page.text)})
        assert answer.status_code == 401
    browser, _token = signed_in(live_server.url, "admin")
    html = browser.get("/console/audit").text
    assert "<td>vi1\\x00</td>" in html and "<td>vi1</td>" in html
    assert "adm\\u202eni" in html and "\u202e" not in html
