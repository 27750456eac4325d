"""The monthly summary as tables: the one layout every writer (PDF, XLSX, CSV) follows.

Each `ReportTable` has a title, column headings and rows of a label plus numbers; a number's
column says how to show it ("count", "yuan" from fen, "percent"). Labels and headings are
lists with one string per report language (see app.reports.text).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.reports.figures import MonthlySummary, PeriodFigures
from app.reports.strings import (DIMENSION_COLUMN, DIMENSION_LABELS, MEASURE_LABELS,
                                 PERIOD_LABELS)
from app.reports.text import ReportText

HEADLINE_MEASURES = ("households_visited", "visits", "case_files", "case_services",
                     "group_activities", "themed_activities", "resource_links",
                     "resource_money_fen", "resource_in_kind_fen", "resource_amount_fen",
                     "person_times")
BREAKDOWN_MEASURES = ("households_visited", "visits", "case_files", "case_services",
                      "group_activities", "themed_activities", "resource_links",
                      "resource_amount_fen", "person_times")
SOURCE_MEASURES = ("resource_links", "resource_money_fen", "resource_in_kind_fen",
                   "resource_amount_fen")
CATALOG_KIND = {"domain": "domain", "target_group": "target_group",
                "resource_source": "resource_source"}


@dataclass
class Column:
    heading: list[str]
    unit: str = "count"  # count / yuan (value in fen) / percent / text


@dataclass
class Row:
    label: list[str]
    values: list  # numbers, None (shown as a dash) or a list of strings (text per language)
    total: bool = False
    unit: str | None = None  # overrides the columns' unit for the whole row


@dataclass
class ReportTable:
    key: str                     # stable name: sheet name, CSV section
    title: list[str]
    columns: list[Column]        # the first column is the label column
    rows: list[Row] = field(default_factory=list)
    note: list[str] | None = None


def _unit(measure: str) -> str:
    return "yuan" if measure.endswith("_fen") else "count"


def headline_table(summary: MonthlySummary, text: ReportText) -> ReportTable:
    columns = [Column(text.t("Figure"), "text")] + [
        Column(text.t(PERIOD_LABELS[name])) for name in ("current", "previous", "year_to_date")]
    table = ReportTable("overview", text.t("Overview"), columns)
    for measure in HEADLINE_MEASURES:
        table.rows.append(Row(text.t(MEASURE_LABELS[measure]), [
            summary.periods[name].total.value(measure)
            for name in ("current", "previous", "year_to_date")], unit=_unit(measure)))
    return table


def _codes(summary_period: PeriodFigures, dimension: str, text: ReportText) -> list[str]:
    present = [code for code in summary_period.breakdowns[dimension]]
    if dimension in CATALOG_KIND:
        ordered = text.codes(CATALOG_KIND[dimension])
        if dimension == "domain":  # every domain switched on, even with nothing this period
            codes = ([c for c in ordered if c in present or text.active("domain", c)]
                     + [c for c in present if c not in ordered])
        else:
            codes = [c for c in ordered if c in present] + [c for c in present if c not in ordered]
    else:
        codes = sorted(present, key=lambda code: text.one(text.name(code)))
    return sorted(codes, key=lambda code: code == "")  # "(none)" last, order kept otherwise


def shows_village_station(summary: MonthlySummary) -> bool:
    """Whether the village breakdown has a station column: in a summary of several stations
    (a county roll-up), where two stations can each have a village of the same name."""
    return len(summary.station_ids) > 1


def village_station(summary: MonthlySummary, code: str) -> str:
    """The id of the station a village belongs to; "" for "no village" or an unknown one."""
    return summary.village_stations.get(code, "") if code else ""


def village_codes(summary: MonthlySummary, period: str, text: ReportText) -> list[str]:
    """The village breakdown's codes in report order: by station name when the table has a
    station column, then by village name; "(none)" last. The console's page and the
    PDF/XLSX/CSV share this order."""
    codes = _codes(summary.periods[period], "village", text)
    if not shows_village_station(summary):
        return codes

    def key(code: str):
        station = village_station(summary, code)
        return (code == "", station == "", text.one(text.name(station)) if station else "",
                text.one(text.name(code)), code)

    return sorted(codes, key=key)


def breakdown_table(summary: MonthlySummary, text: ReportText, dimension: str,
                    period: str) -> ReportTable:
    measures = SOURCE_MEASURES if dimension == "resource_source" else BREAKDOWN_MEASURES
    figures = summary.periods[period]
    with_station = dimension == "village" and shows_village_station(summary)
    columns = [Column(text.t(DIMENSION_COLUMN[dimension]), "text")] + (
        [Column(text.t("Station"), "text")] if with_station else []) + [
        Column(text.t(MEASURE_LABELS[m]), _unit(m)) for m in measures]
    title = [f"{a} · {b}" for a, b in zip(text.t(DIMENSION_LABELS[dimension]),
                                          text.t(PERIOD_LABELS[period]))]
    table = ReportTable(f"{dimension}.{period}", title, columns)
    codes = (village_codes(summary, period, text) if dimension == "village"
             else _codes(figures, dimension, text))
    for code in codes:
        label = (text.label(CATALOG_KIND[dimension], code) if dimension in CATALOG_KIND
                 else text.name(code))
        slice_ = figures.breakdowns[dimension].get(code)
        values = [slice_.value(m) if slice_ else 0 for m in measures]
        if with_station:  # None: "—" (no village, or a village of no known station)
            station = village_station(summary, code)
            values.insert(0, text.name(station) if station else None)
        table.rows.append(Row(label, values))
    if dimension == "target_group":
        table.note = text.t("A household or record can belong to several target groups: rows overlap.")
    else:
        table.rows.append(Row(text.t("Total"), ([""] if with_station else [])
                              + [figures.total.value(m) for m in measures], True))
    return table


def targets_table(summary: MonthlySummary, text: ReportText) -> ReportTable:
    columns = [Column(text.t("Measure"), "text"), Column(text.t("Service domain"), "text"),
               Column(text.t("Yearly target")), Column(text.t("This month")),
               Column(text.t("Year to date")), Column(text.t("Progress"), "percent"),
               Column(text.t("Expected by now"))]
    table = ReportTable("targets", text.t("Contract targets"), columns)
    for item in summary.targets:
        measure = (text.t(MEASURE_LABELS[item.measure]) if item.measure in MEASURE_LABELS
                   else [item.measure] * len(text.languages))
        domain = text.label("domain", item.domain_code) if item.domain_code else text.t("All domains")
        table.rows.append(Row(measure, [domain, item.target, item.actual_month,
                                        item.actual_year_to_date, item.percent,
                                        round(item.expected_by_now)]))
    if not summary.targets:
        table.note = text.t("No contract targets have been entered for this year.")
    return table


def manifest_table(summary: MonthlySummary, text: ReportText) -> ReportTable:
    table = ReportTable("manifest", text.t("Record manifest"),
                        [Column(text.t("Kind"), "text"), Column(text.t("Records"))])
    for kind, count in summary.manifest.counts().items():
        table.rows.append(Row([kind] * len(text.languages), [count]))
    table.rows.append(Row(text.t("Total"), [len(summary.manifest.entries)], True))
    return table


def summary_tables(summary: MonthlySummary, text: ReportText) -> list[ReportTable]:
    """All tables of the monthly report, in report order."""
    tables = [headline_table(summary, text)]
    for dimension in ("domain", "target_group", "village", "resource_source"):
        for period in ("current", "previous", "year_to_date"):
            tables.append(breakdown_table(summary, text, dimension, period))
    tables.append(targets_table(summary, text))
    tables.append(manifest_table(summary, text))
    return tables


def format_value(value, unit: str) -> str:
    """A number as printed in the PDF: 1,234 / 17,000.00 / 45.5%."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return " / ".join(value)
    if unit == "yuan":
        return f"{value / 100:,.2f}"
    if unit == "percent":
        return f"{value:.1f}%"
    return f"{value:,}"
