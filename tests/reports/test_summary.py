"""The summary's figures equal figures computed independently from the same store."""
from __future__ import annotations

import copy
from dataclasses import asdict
from datetime import date

from sqlalchemy import select

from app.models import OrgUnit
from app.reports.figures import Month, period_bounds, rollup
from app.reports.source import ListRecordSource, RECORD_KINDS, StoreRecordSource
from app.reports.summary import compute_monthly_summary
from app.reports.tables import breakdown_table
from app.reports.text import ReportText
from tests.reports.expected import expected_figures, expected_households_by_group


def _summary(workspace, month):
    with workspace.read() as session:
        return compute_monthly_summary(StoreRecordSource(session, workspace.station_id), month)


def test_totals_of_every_period_match_an_independent_count(demo_workspace, month):
    summary = _summary(demo_workspace, month)
    bounds = period_bounds(Month.parse(month))
    with demo_workspace.read() as session:
        for period, (start, end) in bounds.items():
            assert asdict(summary.periods[period].total) == expected_figures(session, start, end), period
    assert summary.year_to_date.total.visits > summary.current.total.visits > 0
    assert summary.current.total.person_times > 0


def test_breakdowns_by_domain_and_village_match(demo_workspace, month):
    summary = _summary(demo_workspace, month)
    start, end = period_bounds(Month.parse(month))["year_to_date"]
    with demo_workspace.read() as session:
        for code, figures in summary.year_to_date.breakdowns["domain"].items():
            assert asdict(figures) == expected_figures(session, start, end, domain=code), code
        villages = [v.id for v in session.scalars(select(OrgUnit).where(OrgUnit.kind == "village"))]
        for village in villages:
            got = summary.year_to_date.breakdowns["village"].get(village)
            expected = expected_figures(session, start, end, village=village)
            assert (asdict(got) if got else None) == (expected if any(expected.values()) else None)
        by_group = expected_households_by_group(session, start, end)
    assert {code: f.households_visited for code, f in
            summary.year_to_date.breakdowns["target_group"].items() if f.households_visited} == by_group
    # Every record has one domain and one village: those breakdowns add up to the total.
    total = summary.year_to_date.total
    for dimension in ("domain", "village"):
        slices = summary.year_to_date.breakdowns[dimension].values()
        assert sum(f.person_times for f in slices) == total.person_times
        assert sum(f.resource_money_fen for f in slices) == total.resource_money_fen


def test_contract_targets_progress(demo_workspace, month):
    summary = _summary(demo_workspace, month)
    targets = {(t.measure, t.domain_code): t for t in summary.targets}
    ytd = summary.year_to_date
    assert targets[("households_visited", "")].actual_year_to_date == ytd.total.households_visited
    assert targets[("case_files", "")].actual_month == summary.current.total.case_files
    elderly = ytd.breakdowns["domain"]["elderly_care"].person_times
    assert targets[("person_times", "elderly_care")].actual_year_to_date == elderly
    assert targets[("resource_amount_yuan", "")].actual_year_to_date == ytd.total.resource_amount_fen // 100
    assert targets[("some_new_measure", "")].actual_year_to_date is None
    assert targets[("case_files", "")].expected_by_now == 30 * Month.parse(month).month / 12


def test_manifest_is_stable_and_changes_with_a_record(demo_workspace, month):
    first, again = _summary(demo_workspace, month), _summary(demo_workspace, month)
    assert first.manifest.digest == again.manifest.digest
    kinds = first.manifest.counts()
    assert kinds["visit"] == first.year_to_date.total.visits + _visits_only_last_december(first)
    with demo_workspace.read() as session:
        source = StoreRecordSource(session, demo_workspace.station_id)
        records = {kind: list(source.records(kind)) for kind in RECORD_KINDS}
    counted_visit = next(v for v in records["visit"]
                         if ("visit", v["id"], v["hlc"]) in set(first.manifest.entries))
    counted_visit["hlc"] = "changed-after-submission"
    changed = compute_monthly_summary(ListRecordSource(records), month)
    assert changed.manifest.digest != first.manifest.digest
    assert asdict(changed.current.total) == asdict(first.current.total)


def _visits_only_last_december(summary):
    """Visits of the previous month that fall outside the year to date (January reports)."""
    if summary.month.month != 1:
        return 0
    return summary.previous.total.visits


def _as_dicts(workspace):
    with workspace.read() as session:
        source = StoreRecordSource(session, workspace.station_id)
        return {kind: list(source.records(kind)) for kind in RECORD_KINDS}


def test_rollup_equals_one_computation_over_two_stations(demo_workspace, month):
    records = _as_dicts(demo_workspace)
    station = next(u for u in records["org_unit"] if u["kind"] == "station")
    # A second station: the same records under new ids, dates as ISO strings (as a server
    # snapshot might hold them), JSON lists as text, and one tombstone.
    other = {kind: [] for kind in records}
    renamed = {}
    for kind, rows in records.items():
        for row in rows:
            if kind == "org_unit" and row["kind"] == "county":
                continue
            clone = copy.deepcopy(row)
            clone["id"] = renamed.setdefault(row["id"], "B-" + row["id"])
            other[kind].append(clone)
    for kind, rows in other.items():
        for row in rows:
            for key, value in list(row.items()):
                if key != "id" and isinstance(value, str) and value in renamed:
                    row[key] = renamed[value]
                elif isinstance(value, date):
                    row[key] = value.isoformat()
                elif key == "target_groups":
                    row[key] = __import__("json").dumps(value)
    other["visit"][0]["deleted_at"] = "2026-01-01T00:00:00"
    both = ListRecordSource({kind: records[kind] + other[kind] for kind in records})
    station_b = renamed[station["id"]]
    a = compute_monthly_summary(both, month, [station["id"]])
    b = compute_monthly_summary(both, month, [station_b])
    together = compute_monthly_summary(both, month)
    rolled = rollup([a, b])
    assert together.station_ids == rolled.station_ids == tuple(sorted([station["id"], station_b]))
    for period in ("current", "previous", "year_to_date"):
        assert asdict(rolled.periods[period]) == asdict(together.periods[period])
    assert [asdict(t) for t in rolled.targets] == [asdict(t) for t in together.targets]
    assert rolled.manifest.digest == together.manifest.digest
    # each village's station, and the roll-up's village tables name it (both stations have
    # villages of the same names); a one-station summary has no station column
    villages = [u["id"] for u in records["org_unit"] if u["kind"] == "village"]
    assert rolled.village_stations == together.village_stations == {
        **{v: station["id"] for v in villages}, **{renamed[v]: station_b for v in villages}}
    names = {**together.names, station["id"]: {"zh": "甲站"}, station_b: {"zh": "乙站"}}
    text = ReportText("zh_CN", names=names)
    table = breakdown_table(rolled, text, "village", "year_to_date")
    assert [c.heading for c in table.columns[:2]] == [["村（社区）"], ["社工站"]]
    rows = [(row.label[0], row.values[0][0]) for row in table.rows
            if not row.total and row.values[0] is not None]
    assert len(rows) == len(set(rows)) == len([v for v in rolled.year_to_date.breakdowns[
        "village"] if v])
    assert len({village for village, _station in rows}) < len(rows)  # names alone repeat
    assert [station_name for _village, station_name in rows] == sorted(
        station_name for _village, station_name in rows)
    assert len(breakdown_table(a, text, "village", "year_to_date").columns) == \
        len(table.columns) - 1
    assert asdict(a.periods["year_to_date"]) == asdict(_summary(demo_workspace, month).year_to_date)
    deleted = 1 if b.year_to_date.start <= date.fromisoformat(
        other["visit"][0]["visited_on"]) <= b.year_to_date.end else 0
    assert b.year_to_date.total.visits == a.year_to_date.total.visits - deleted
