"""The monthly summary as XLSX (one sheet per table, numbers as numbers) and CSV (all tables
in one file, a blank line and the table's key before each), plus the record manifest."""
from __future__ import annotations

import csv
import io

from app.errors import N_
from app.reports.cells import append_row, csv_cell
from app.reports.figures import MonthlySummary
from app.reports.tables import ReportTable, summary_tables
from app.reports.text import ReportText

YUAN_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0"


def cell_value(value, unit: str, text: ReportText):
    """A value as stored in a spreadsheet cell: counts as int, yuan as float, text as str."""
    if value is None:
        return None
    if isinstance(value, list):
        return text.one(value)
    if unit == "yuan":
        return round(value / 100, 2)
    if unit == "percent":
        return round(value, 1)
    return value


_NOT_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(table: ReportTable, used: set[str], text: ReportText | None = None) -> str:
    """The table's title in the report's language(s) (Excel: at most 31 characters, none of
    []:*?/\\, unique); the table's key only without a title."""
    shown = text.one(table.title) if text is not None and table.title else ""
    return _unique_title(shown or table.key.replace(".", " "), used)


def _unique_title(title: str, used: set[str]) -> str:
    title = " ".join(title.translate(_NOT_IN_SHEET_NAMES).split())[:31]
    base, number = title, 2
    while title in used:
        title = f"{base[:28]} {number}"
        number += 1
    used.add(title)
    return title


LANGUAGE_LABELS = {"zh_CN": N_("Chinese"), "bo": N_("Tibetan"), "en": N_("English"),
                   "bilingual": N_("Chinese and Tibetan")}


def write_monthly_xlsx(summary: MonthlySummary, text: ReportText, target, *,
                       progress=None, cancel=None) -> None:
    """Write the XLSX workbook to `target` (a path or a binary file object)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from app.reports.summary import Cancelled

    tables = summary_tables(summary, text)
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF5")
    used: set[str] = set()
    # what the report is, in the report's language(s); the record ids (UUIDs) are on the
    # hidden record-list sheet, for an auditor, not on a sheet a reader opens
    info = workbook.create_sheet(_unique_title(text.one(text.t(N_("About this report"))), used))
    append_row(info, [text.one(text.t(N_("Month"))), str(summary.month)])
    append_row(info, [text.one(text.t(N_("Station"))),
                 ", ".join(text.one(text.name(s)) for s in summary.station_ids)])
    append_row(info, [text.one(text.t(N_("Report language"))),
                 text.one(text.t(LANGUAGE_LABELS.get(text.choice, text.choice)))])
    append_row(info, [text.one(text.t(N_("Check number (SHA-256)"))), summary.manifest.digest])
    append_row(info, [text.one(text.t(N_("Records counted"))), len(summary.manifest.entries)])
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 70
    for done, table in enumerate(tables, start=1):
        if cancel is not None and cancel():
            raise Cancelled()
        sheet = workbook.create_sheet(_sheet_title(table, used, text))
        append_row(sheet, [text.one(table.title)])
        sheet["A1"].font = Font(bold=True, size=12)
        append_row(sheet, [text.one(column.heading) for column in table.columns])
        for cell in sheet[2]:
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            values = [text.one(row.label)]
            units = []
            for column, value in zip(table.columns[1:], row.values):
                unit = row.unit or column.unit
                values.append(cell_value(value, unit, text))
                units.append(unit)
            append_row(sheet, values)
            for cell, unit in zip(sheet[sheet.max_row][1:], units):
                cell.number_format = {"yuan": YUAN_FORMAT, "percent": PERCENT_FORMAT}.get(
                    unit, COUNT_FORMAT)
            if row.total:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
        if table.note:
            append_row(sheet, [])
            append_row(sheet, [text.one(table.note)])
        sheet.column_dimensions["A"].width = 34
        for letter in "BCDEFGHIJK":
            sheet.column_dimensions[letter].width = 14
        sheet.freeze_panes = "B3"
        if progress:
            progress(done, len(tables) + 1)
    records = workbook.create_sheet(_unique_title(text.one(text.t(N_("Record list"))), used))
    records.sheet_state = "hidden"  # for an auditor: which records were counted
    append_row(records, [text.one(text.t(N_("Kind"))), text.one(text.t(N_("Record number"))),
                    text.one(text.t(N_("Time stamp")))])
    for entry in summary.manifest.entries:
        append_row(records, list(entry))
    append_row(records, [])
    append_row(records, [text.one(text.t(N_("Check number (SHA-256)"))), summary.manifest.digest])
    append_row(records, [text.one(text.t(N_("Station"))), ", ".join(summary.station_ids)])
    workbook.save(target)
    if progress:
        progress(len(tables) + 1, len(tables) + 1)


def monthly_csv_text(summary: MonthlySummary, text: ReportText) -> str:
    """All tables as CSV: "# key" and a blank line before each table; numbers unformatted
    (yuan with two decimals); then the manifest records and digest."""
    out = io.StringIO()
    writer = _SafeWriter(csv.writer(out, lineterminator="\n"))
    writer.writerow(["# report", "month", str(summary.month), "manifest_sha256",
                     summary.manifest.digest])
    for table in summary_tables(summary, text):
        writer.writerow([])
        writer.writerow([f"# {table.key}", text.one(table.title)])
        writer.writerow([text.one(column.heading) for column in table.columns])
        for row in table.rows:
            cells = [text.one(row.label)]
            for column, value in zip(table.columns[1:], row.values):
                value = cell_value(value, row.unit or column.unit, text)
                cells.append("" if value is None else
                             f"{value:.2f}" if isinstance(value, float) else value)
            writer.writerow(cells)
    writer.writerow([])
    writer.writerow(["# manifest records", "kind", "id", "hlc"])
    for kind, record_id, hlc in summary.manifest.entries:
        writer.writerow(["", kind, record_id, hlc])
    return out.getvalue()


class _SafeWriter:
    """A csv writer whose text cells are written by `cells.csv_cell` (never a formula)."""

    def __init__(self, writer) -> None:
        self._writer = writer

    def writerow(self, row: list) -> None:
        self._writer.writerow([csv_cell(value) for value in row])


def write_monthly_csv(summary: MonthlySummary, text: ReportText, target, **_ignored) -> None:
    """Write the CSV (UTF-8 with BOM, so Excel shows Chinese and Tibetan) to `target`."""
    data = ("\ufeff" + monthly_csv_text(summary, text)).encode("utf-8")
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as handle:
            handle.write(data)
