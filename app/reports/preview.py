"""The monthly summary shaped for a screen: the figures as the exports count them, and the
breakdowns by service domain and by village for the current month, the previous month and the
year to date, and the progress against the county's contract targets, already as strings in
the reader's language (made off the GUI thread).

    preview(workspace, "2026-10", "bo", progress) -> Preview

Headless: the Reports page shows a `Preview` as it is; the command line could print one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.progress import Progress
from app.reports.export import prepare_monthly
from app.reports.figures import MonthlySummary
from app.reports.tables import breakdown_table, format_value, targets_table
from app.reports.text import LANGUAGE_CHOICES

PREVIEW_PERIODS = ("current", "previous", "year_to_date")
PREVIEW_DIMENSIONS = ("domain", "village")


def report_language(ui_language: str) -> str:
    """The report language (one of LANGUAGE_CHOICES) that matches an interface language
    ("zh_CN", "bo", "en", or a variant such as "zh-Hans"); Chinese when none does."""
    code = (ui_language or "zh_CN").replace("-", "_")
    for choice in LANGUAGE_CHOICES:
        if code == choice or code.split("_")[0] == choice.split("_")[0]:
            return choice
    return "zh_CN"


@dataclass
class PreviewTable:
    headers: list[str]
    rows: list[tuple[str, ...]]
    total_rows: set[int] = field(default_factory=set)  # indexes of the rows that are totals


@dataclass
class Preview:
    """What the Reports page shows, already as strings."""
    month: str
    summary: MonthlySummary
    breakdowns: dict[tuple[str, str], PreviewTable]    # (dimension, period) -> table
    # the county's contract targets and the progress against them (read-only on a station:
    # the county sets them, app.protocol.kinds.COUNTY_KINDS); `targets_note` when there are none
    targets: PreviewTable = field(default_factory=lambda: PreviewTable([], []))
    targets_note: str = ""


def preview(workspace, month: str, ui_language: str, progress: Progress | None = None) -> Preview:
    """The station's summary of `month` ("YYYY-MM") with its breakdowns, labels in the report
    language matching `ui_language`. Raises `Cancelled` when `progress` is cancelled."""
    progress = progress or Progress()
    progress.report(0, 1)
    report = prepare_monthly(workspace, month, report_language(ui_language),
                             cancel=progress.is_cancelled)
    text = report.text
    breakdowns = {}
    for dimension in PREVIEW_DIMENSIONS:
        for period in PREVIEW_PERIODS:
            table = breakdown_table(report.summary, text, dimension, period)
            headers = [text.one(column.heading) for column in table.columns]
            rows, totals = [], set()
            for index, row in enumerate(table.rows):
                cells = [text.one(row.label)]
                for column, value in zip(table.columns[1:], row.values):
                    cells.append(format_value(value, row.unit or column.unit))
                rows.append(tuple(cells))
                if row.total:
                    totals.add(index)
            breakdowns[(dimension, period)] = PreviewTable(headers, rows, totals)
    targets = targets_table(report.summary, text)
    target_rows = [tuple([text.one(row.label)] + [
        format_value(value, row.unit or column.unit)
        for column, value in zip(targets.columns[1:], row.values)]) for row in targets.rows]
    progress.report(1, 1)
    return Preview(month, report.summary, breakdowns,
                   PreviewTable([text.one(column.heading) for column in targets.columns],
                                target_rows),
                   text.one(targets.note) if targets.note else "")
