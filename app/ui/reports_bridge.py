"""A thin, tolerant bridge to the headless `app.reports` (another engineer's module, still
growing): the Reports page asks here whether the summary and the export exist yet."""
from __future__ import annotations

import importlib
import inspect


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


def export(workspace, month: str, kind: str, path: str, progress):
    function = _export_function(_module("app.reports.export"))
    parameters = inspect.signature(function).parameters
    kwargs = {}
    if "progress" in parameters:
        kwargs["progress"] = lambda done, total, *_rest: progress.report(done, total)
    if "cancel" in parameters:
        kwargs["cancel"] = lambda: progress.cancelled
    if "language" in parameters:
        kwargs["language"] = workspace.language
    if "fmt" in parameters:
        kwargs["fmt"] = kind
    elif "kind" in parameters:
        kwargs["kind"] = kind
    elif "format" in parameters:
        kwargs["format"] = kind
    return function(workspace, month, path, **kwargs)
