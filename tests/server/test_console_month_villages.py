"""The console's month: two stations each have villages of the same names (two demo stations,
both "蔡公堂乡社工站" with the same five villages), so the "By village" table names each
village's station, as the county calls it, on the page and in every export of the table
(the console's PDF and XLSX, the server command line's CSV). A real county server on
loopback (SQLite and a real PostgreSQL), the stations synced over HTTP; the PDF read with
pdftotext."""
from __future__ import annotations

import csv
import io
import re
import subprocess
from collections import Counter
from datetime import date

from openpyxl import load_workbook

from app.reports.export import prepare_monthly
from app.reports.tables import breakdown_table
from app.server.cli import main as server_main
from app.server.enrollment import issue_enrollment_code
from app.services.demo import create_demo_station
from app.services.station import sign_in, sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from tests.server.console_support import add_accounts, signed_in

STATIONS = (("caigongtang", "甲社工站", 9), ("niangre", "乙社工站", 7))
ROW = re.compile(r'<tr data-village="([^"]*)"><th class="village">([^<]*)</th>'
                 r'<td class="station">([^<]*)</td><td class="num">[0-9,]+</td>'
                 r'<td class="num visits">([0-9,]+)</td>')


def two_stations_synced(tmp_path, live_server, server_store, month: str):
    """{(village name, county's station name): visits this month} from the stations' own
    reports, and the first station's own report."""
    expected, own_reports = {}, []
    for index, (key, name, households) in enumerate(STATIONS):
        create_demo_station(tmp_path / key, households_count=households, seed=500 + index)
        workspace = sign_in(tmp_path / key, "admin", "demo1234")
        try:
            client = SyncClient(workspace.store, HttpTransport(live_server.url))
            client.enroll(live_server.url, issue_enrollment_code(server_store, key,
                                                                 station_name=name),
                          fingerprint=live_server.fingerprint)
            client.sync_now()
            assert client.pending_changes() == 0
            own = prepare_monthly(workspace, month)
        finally:
            sign_out(workspace)
        own_reports.append(own)
        for code, figures in own.summary.current.breakdowns["village"].items():
            if code:
                expected[(own.text.one(own.text.name(code)), name)] = figures.visits
    return expected, own_reports


def test_the_by_village_table_names_each_villages_station(tmp_path, live_server,
                                                          server_store):
    month = date.today().strftime("%Y-%m")
    expected, own_reports = two_stations_synced(tmp_path, live_server, server_store, month)
    villages = Counter(village for village, _station in expected)
    assert max(villages.values()) == 2, "both stations worked in a village of the same name"
    add_accounts(server_store)
    admin, _csrf = signed_in(live_server.url, "admin")

    # the page: a station column, one row per village and station, the station's figures
    page = admin.get("/console/month", params={"month": month})
    assert page.status_code == 200
    table = page.text.split('id="by-village"')[1].split("</table>")[0]
    assert "<th>村（社区）</th><th>社工站</th>" in table
    rows = ROW.findall(table)
    shown = {(village, station): int(visits.replace(",", ""))
             for code, village, station, visits in rows if code}
    assert shown == expected
    named = [station for code, _village, station, _visits in rows if code]
    assert named == sorted(named)  # grouped by station
    assert all(station == "—" for code, _village, station, _visits in rows if not code)

    # the console's XLSX: every village sheet (three periods) has the station column
    workbook = load_workbook(io.BytesIO(admin.get("/console/month/export", params={
        "month": month, "format": "xlsx"}).content))
    sheets = [s for s in workbook.worksheets if s.cell(2, 1).value == "村（社区）"]
    assert len(sheets) == 3
    for sheet in sheets:
        assert sheet.cell(2, 2).value == "社工站"
        pairs = [(row[0], row[1]) for row in sheet.iter_rows(min_row=3, values_only=True)
                 if row[0] not in (None, "合计", "（无）")]
        assert len(pairs) == len(set(pairs)), sheet.title
        assert {station for _village, station in pairs} <= {"甲社工站", "乙社工站"}
    current = next(s for s in sheets if "本月" in s.cell(1, 1).value)
    assert {(row[0], row[1]): row[3] for row in current.iter_rows(min_row=3, values_only=True)
            if row[0] not in (None, "合计", "（无）")} == expected

    # the console's PDF: the stations' names are in its village tables
    pdf = tmp_path / "county.pdf"
    pdf.write_bytes(admin.get("/console/month/export", params={"month": month,
                                                               "format": "pdf"}).content)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    village_part = text.split("按村", 1)[1]
    assert "甲社工站" in village_part and "乙社工站" in village_part

    # one station's PDF from the console: its own name, as the station prints it
    pdf.write_bytes(admin.get("/console/month/export", params={
        "month": month, "format": "pdf", "station": "caigongtang"}).content)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "蔡公堂乡社工站" in text and "甲社工站" not in text

    # the server command line's CSV of the same roll-up
    out = tmp_path / "county.csv"
    assert server_main(["--db", server_store.url, "summary", "--month", month,
                        "--out", str(out)]) == 0
    lines = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    start = next(i for i, line in enumerate(lines) if line[:1] == ["# village.current"])
    assert lines[start + 1][:2] == ["村（社区）", "社工站"]
    section = lines[start + 2:lines.index([], start)]
    assert {(line[0], line[1]): int(line[3]) for line in section
            if line[0] not in ("合计", "（无）")} == expected

    # a station's own report (one station) keeps its village table as it was
    own = own_reports[0]
    assert [c.heading for c in breakdown_table(own.summary, own.text, "village",
                                               "current").columns][:2] == [["村（社区）"],
                                                                            ["走访户数"]]
