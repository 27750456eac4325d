"""Exports as the app and the command line use them: compute, write atomically, audit.

For a preview screen (Qt, another thread): `prepare_monthly` gives the summary and tables
to show, `render_monthly` gives the file's bytes in memory (no temporary files); both take
`progress(done, total)` and a `cancel()` flag that raises `Cancelled` when set. `export_*`
write the chosen path atomically (a temporary file in the same directory, then
os.replace) and record a `report.exported` entry in the hash-chained audit log.
"""
from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.changes import Changes
from app.errors import N_, UserError, ValidationError
from app.files import fsync_folder
from app.reports.figures import MonthlySummary
from app.reports.source import StoreRecordSource
from app.reports.summary import Cancelled, compute_monthly_summary
from app.reports.text import ReportText

FORMATS = ("pdf", "xlsx", "csv")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

__all__ = ["Cancelled", "ExportError", "ExportResult", "MonthlyReport", "FORMATS", "export_case",
           "export_monthly", "prepare_monthly", "render_monthly", "write_monthly"]


@dataclass
class MonthlyReport:
    summary: MonthlySummary
    text: ReportText


@dataclass
class ExportResult:
    path: Path
    format: str
    sha256: str          # the manifest digest of the records counted
    records: int
    seconds: float

    @property
    def changes(self) -> Changes:
        """An export writes one audit entry and no records (an operation's result)."""
        return Changes.of("audit")


class ExportError(UserError):
    """Writing a report failed inside the PDF or spreadsheet library: the message names the
    report and its record; the library's exception is kept as `__cause__` for "copy details"."""


def _guarded(write: Callable[[object], None], error: ExportError) -> Callable[[object], None]:
    """`write`, with any failure that is not the user's (cancel, bad input) turned into
    `error`, so no library traceback reaches a person."""
    def guarded(handle) -> None:
        try:
            write(handle)
        except (UserError, Cancelled):
            raise
        except Exception as exc:  # reportlab LayoutError, openpyxl IllegalCharacterError ...
            raise error from exc
    return guarded


def _scaled(progress: Progress | None, start: int, end: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, total: progress(start + (end - start) * done // max(1, total), 100)


def format_of(path: Path, fmt: str | None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError(N_("Please choose PDF, XLSX or CSV."), field="format")
    return fmt


def prepare_monthly(workspace, month: str, language: str = "zh_CN", *,
                    cancel: Cancel | None = None) -> MonthlyReport:
    """The station's summary for `month` and the words to show it in."""
    with workspace.read() as session:
        summary = compute_monthly_summary(StoreRecordSource(session, workspace.station_id),
                                          month, cancel=cancel)
        text = ReportText.from_session(language, session, summary.names)
    return MonthlyReport(summary, text)


def write_monthly(summary: MonthlySummary, text: ReportText, fmt: str, target, *,
                  progress: Progress | None = None, cancel: Cancel | None = None) -> None:
    """Write a monthly summary (a station's or a county roll-up) in `fmt` to `target`."""
    if fmt == "pdf":
        from app.reports.pdf_monthly import write_monthly_pdf
        write_monthly_pdf(summary, text, target, progress=progress, cancel=cancel)
    elif fmt == "xlsx":
        from app.reports.sheets import write_monthly_xlsx
        write_monthly_xlsx(summary, text, target, progress=progress, cancel=cancel)
    elif fmt == "csv":
        from app.reports.sheets import write_monthly_csv
        write_monthly_csv(summary, text, target)
        if progress:
            progress(1, 1)
    else:
        raise ValidationError(N_("Please choose PDF, XLSX or CSV."), field="format")


def render_monthly(report: MonthlyReport, fmt: str = "pdf", *, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> bytes:
    """The file's bytes, in memory (for a preview)."""
    buffer = io.BytesIO()
    failed = ExportError(N_("The monthly summary for %1 could not be written as %2. Nothing was "
                            "saved. Please use \"Copy details\" and tell your county."),
                         str(report.summary.month), fmt.upper())
    _guarded(lambda handle: write_monthly(report.summary, report.text, fmt, handle,
                                          progress=progress, cancel=cancel), failed)(buffer)
    return buffer.getvalue()


def _atomic_export(workspace, out: Path, write: Callable[[object], None], audit: dict) -> None:
    """Write into a temporary file beside `out`, log the export, then move it into place.
    If anything fails (or is cancelled) the temporary file is removed and nothing is logged."""
    out = Path(out)
    handle_fd, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part",
                                            dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(handle_fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        with workspace.write() as session:
            workspace.audit(session, "report.exported", target_kind=audit.pop("target_kind", ""),
                            target_id=audit.pop("target_id", ""), details=audit)
            os.replace(temporary, out)
            fsync_folder(out.parent if str(out.parent) else Path("."))
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def export_monthly(workspace, month: str, out: str | Path, *, language: str = "zh_CN",
                   fmt: str | None = None, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> ExportResult:
    """Compute the station's monthly summary and write it as PDF, XLSX or CSV to `out`."""
    started = time.perf_counter()
    out = Path(out)
    fmt = format_of(out, fmt)
    if progress:
        progress(0, 100)
    report = prepare_monthly(workspace, month, language, cancel=cancel)
    if progress:
        progress(20, 100)
    summary = report.summary
    failed = ExportError(N_("The monthly summary for %1 could not be written as %2. Nothing was "
                            "saved. Please use \"Copy details\" and tell your county."),
                         str(summary.month), fmt.upper())
    _atomic_export(workspace, out, _guarded(lambda handle: write_monthly(
        summary, report.text, fmt, handle, progress=_scaled(progress, 20, 100), cancel=cancel),
        failed),
        {"report": "monthly", "month": str(summary.month), "format": fmt, "language": language,
         "sha256": summary.manifest.digest, "records": len(summary.manifest.entries),
         "file": out.name, "target_kind": "org_unit", "target_id": workspace.station_id})
    return ExportResult(out, fmt, summary.manifest.digest, len(summary.manifest.entries),
                        time.perf_counter() - started)


def _require_may_print(workspace, dossier) -> None:
    """A child's case file (sensitive, app.protocol.sensitivity) is printed only by the worker
    who holds it, a supervisor or the admin (as app.services.sensitivity shows it)."""
    from app.errors import PermissionDenied
    from app.protocol.sensitivity import is_child

    if workspace.role in ("supervisor", "admin") or not is_child(dossier.person):
        return
    if dossier.case.get("worker_id") != workspace.user_id:
        raise PermissionDenied(N_("This is a child's record: only the worker who serves the "
                                  "child, a supervisor and the admin may open it."))


def export_case(workspace, case_number: str, out: str | Path, *, language: str = "zh_CN",
                progress: Progress | None = None, cancel: Cancel | None = None) -> ExportResult:
    """Print a case file (PDF) for the supervisor or the archive."""
    from sqlalchemy import select

    from app.models import OrgUnit
    from app.reports.case_print import load_case, write_case_pdf

    started = time.perf_counter()
    out = Path(out)
    with workspace.read() as session:
        dossier = load_case(session, workspace.station_id, case_number)
        _require_may_print(workspace, dossier)
        names = {unit.id: {"zh": unit.name_zh, "bo": unit.name_bo, "en": unit.name_en}
                 for unit in session.scalars(select(OrgUnit))}
        text = ReportText.from_session(language, session, names)
    failed = ExportError(N_("Case file %1 could not be printed. Nothing was saved. Please use "
                            "\"Copy details\" and tell your county."), dossier.case["case_number"])
    _atomic_export(workspace, out, _guarded(lambda handle: write_case_pdf(
        dossier, text, handle, printed_by=workspace.display_name, printed_at=datetime.now(),
        progress=progress, cancel=cancel), failed),
        {"report": "case", "case_number": dossier.case["case_number"], "format": "pdf",
         "language": language, "sha256": dossier.manifest.digest, "file": out.name,
         "target_kind": "case_file", "target_id": dossier.case["id"]})
    return ExportResult(out, "pdf", dossier.manifest.digest, len(dossier.manifest.entries),
                        time.perf_counter() - started)
