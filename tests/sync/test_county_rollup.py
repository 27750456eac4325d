"""The county's monthly roll-up, computed on the server over what two stations synced, equals
the sum of the two stations' own summaries; and it is written as PDF/XLSX by the server CLI."""
from __future__ import annotations

from datetime import date

from app.reports.export import prepare_monthly
from app.reports.figures import rollup
from app.server.cli import main as server_main
from app.server.enrollment import issue_enrollment_code
from app.server.rollup import county_summary
from app.services.demo import create_demo_station
from app.services.station import sign_in, sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport


def test_county_rollup_equals_the_stations_added_up(tmp_path, live_server, server_store):
    month = date.today().strftime("%Y-%m")
    station_summaries = []
    for index, key in enumerate(("caigongtang", "niangre")):
        data_dir = tmp_path / key
        create_demo_station(data_dir, households_count=10, seed=100 + index)
        workspace = sign_in(data_dir, "admin", "demo1234")
        try:
            client = SyncClient(workspace.store, HttpTransport(live_server.url))
            client.enroll(live_server.url, issue_enrollment_code(server_store, key),
                          fingerprint=live_server.fingerprint)
            client.sync_now()
            assert client.pending_changes() == 0
            station_summaries.append(prepare_monthly(workspace, month).summary)
        finally:
            sign_out(workspace)
    expected = rollup(station_summaries)
    county = county_summary(server_store, month)
    for period in ("current", "previous", "year_to_date"):
        assert county.periods[period].total == expected.periods[period].total
        assert county.periods[period].breakdowns == expected.periods[period].breakdowns
    assert county.manifest.digest == expected.manifest.digest
    assert county.current.total.visits > 0  # the demo has work this month

    out = tmp_path / "county.xlsx"
    assert server_main(["--db", server_store.url, "summary", "--month", month,
                        "--out", str(out)]) == 0
    from openpyxl import load_workbook

    assert len(load_workbook(out).sheetnames) >= 2
