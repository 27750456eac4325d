"""A thin, tolerant bridge to the headless `app.reports`: the Reports and Cases pages ask here
whether the summary and the exports exist, and run them (on a worker thread) through here.

Every function that does work takes the workspace first (as `AppContext.read` passes it) and a
`Progress` (app.ui.background) last; cancelling that Progress stops the job, and a cancelled
export leaves no file behind (app.reports.export writes a temporary file and moves it).
"""
from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass, field

PREVIEW_PERIODS = ("current", "previous", "year_to_date")
PREVIEW_DIMENSIONS = ("domain", "village")


def _module(name: str):
    try:
        return importlib.import_module(name)
    except Exception:  # noqa: BLE001 - not there (yet) or broken: the page says "not available"
        return None


def summary_available() -> bool:
    summary, source = _module("app.reports.summary"), _module("app.reports.source")
    return bool(summary and source and hasattr(summary, "compute_monthly_summary")
                and hasattr(source, "StoreRecordSource"))


def export_available() -> bool:
    export = _module("app.reports.export")
    return bool(export and _export_function(export))


def case_print_available() -> bool:
    export = _module("app.reports.export")
    return bool(export and callable(getattr(export, "export_case", None)))


def language_choices() -> tuple[str, ...]:
    text = _module("app.reports.text")
    return tuple(getattr(text, "LANGUAGE_CHOICES", ("zh_CN", "bo", "en", "bilingual")))


def report_language(ui_language: str) -> str:
    """The report language that matches an interface language (zh_CN, bo, en)."""
    code = (ui_language or "zh_CN").replace("-", "_")
    for choice in language_choices():
        if code == choice or code.split("_")[0] == choice.split("_")[0]:
            return choice
    return "zh_CN"


def is_cancelled(error: BaseException) -> bool:
    """Cancelled by the user (the UI's or the reports module's own Cancelled)."""
    from app.ui.background import Cancelled as UiCancelled
    summary = _module("app.reports.summary")
    kinds = (UiCancelled,) + ((summary.Cancelled,) if summary and hasattr(summary, "Cancelled") else ())
    return isinstance(error, kinds)


def _export_function(module):
    for name in ("export_monthly", "export_monthly_summary", "export_summary"):
        if callable(getattr(module, name, None)):
            return getattr(module, name)
    return None


def compute(workspace, month: str, progress):
    from app.reports.source import StoreRecordSource
    from app.reports.summary import compute_monthly_summary

    progress.report(0, 1)
    with workspace.read() as session:
        summary = compute_monthly_summary(StoreRecordSource(session, workspace.station_id), month,
                                          [workspace.station_id],
                                          cancel=lambda: progress.cancelled)
    progress.report(1, 1)
    return summary


@dataclass
class PreviewTable:
    headers: list[str]
    rows: list[tuple[str, ...]]
    total_rows: set[int] = field(default_factory=set)


@dataclass
class Preview:
    """What the Reports page shows, already as strings (made on the worker thread)."""
    month: str
    summary: object                                    # MonthlySummary
    breakdowns: dict[tuple[str, str], PreviewTable]    # (dimension, period) -> table


def preview(workspace, month: str, ui_language: str, progress) -> Preview:
    """The month's summary as the exports count it (`prepare_monthly`), with the breakdown
    by service domain and by village for the three periods, labels in `ui_language`."""
    from app.reports.export import prepare_monthly
    from app.reports.tables import breakdown_table, format_value

    progress.report(0, 1)
    report = prepare_monthly(workspace, month, report_language(ui_language),
                             cancel=lambda: progress.cancelled)
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
    progress.report(1, 1)
    return Preview(month, report.summary, breakdowns)


def _progress_kwargs(function, progress) -> dict:
    parameters = inspect.signature(function).parameters
    kwargs = {}
    if "progress" in parameters:
        kwargs["progress"] = lambda done, total, *_rest: progress.report(done, total)
    if "cancel" in parameters:
        kwargs["cancel"] = lambda: progress.cancelled
    return kwargs


def export(workspace, month: str, kind: str, path: str, progress, language: str | None = None):
    """Write the monthly summary as `kind` (pdf, xlsx, csv) to `path` in `language`
    (a report language choice; the user's interface language if not given)."""
    function = _export_function(_module("app.reports.export"))
    parameters = inspect.signature(function).parameters
    kwargs = _progress_kwargs(function, progress)
    if "language" in parameters:
        kwargs["language"] = language or report_language(workspace.language)
    if "fmt" in parameters:
        kwargs["fmt"] = kind
    elif "kind" in parameters:
        kwargs["kind"] = kind
    elif "format" in parameters:
        kwargs["format"] = kind
    return function(workspace, month, path, **kwargs)


def export_case(workspace, case_number: str, path: str, language: str, progress):
    """Print one case file (PDF) in `language` to `path`."""
    from app.reports.export import export_case as write_case

    return write_case(workspace, case_number, path, language=language,
                      **_progress_kwargs(write_case, progress))
