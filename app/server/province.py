"""The record-level export for the province: one sheet (XLSX) or one CSV file (in a ZIP) per
record kind, for the records dated in a period, from the county's merged snapshots.

The columns come from `province_columns.json` (documented in docs/province-export.md).
Columns marked personal (names, ID numbers, addresses) are left out unless `personal=True`,
which the console allows only to county administrators who ask for it; free-text notes are
never exported. Deleted records (tombstones) are left out. A child's personal columns (name,
ID number: sensitive personal information, app.protocol.sensitivity) are never exported,
even with `personal=True`: the cell says "(child)".
"""
from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select

from app.protocol.sensitivity import is_child
from app.server.db import ServerRecord, ServerStore

MAX_DAYS = 366 * 2
CHILD_WITHHELD = "(child)"  # personal columns of a child's record (app.protocol.sensitivity)


@lru_cache(maxsize=1)
def column_mapping() -> dict:
    return json.loads(Path(__file__).with_name("province_columns.json").read_text("utf-8"))


@dataclass
class Sheet:
    kind: str
    name: str
    header: list[str]
    rows: list[list]


def _value(column: dict, snapshot: dict, station_key: str, refs: dict) -> object:
    if column.get("station"):
        return station_key
    if "ref" in column:
        via, kind, field = column["ref"]
        target = refs.get((kind, snapshot.get(via) or ""))
        value = target.get(field) if target else None
        if column.get("personal") and kind == "person" and target and is_child(target):
            return CHILD_WITHHELD  # a child's name or ID number never leaves the county
    else:
        value = snapshot.get(column["field"])
    if value is None:
        return ""
    if column.get("yuan"):
        return f"{int(value) / 100:.2f}"
    if column.get("list") and isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value


def province_sheets(store: ServerStore, start: date, end: date, station_keys: list[str] | None,
                    *, personal: bool = False) -> list[Sheet]:
    """The export's sheets for records dated start..end (inclusive) of the given stations
    (None = all). Raises ValueError if the period is reversed or longer than two years."""
    if end < start or (end - start).days > MAX_DAYS:
        raise ValueError("period")
    first, last = start.isoformat(), end.isoformat()
    sheets = []
    with store.sessions() as session:
        for kind, spec in column_mapping()["kinds"].items():
            columns = [c for c in spec["columns"] if personal or not c.get("personal")]
            query = select(ServerRecord.station_key, ServerRecord.snapshot).where(
                ServerRecord.kind == kind)
            if station_keys is not None:
                query = query.where(ServerRecord.station_key.in_(station_keys or [""]))
            found = []
            for station_key, snapshot in session.execute(query):
                day = str(snapshot.get(spec["date"]) or "")[:10]
                if snapshot.get("deleted_at") or not first <= day <= last:
                    continue
                found.append((day, snapshot.get("id") or "", station_key, snapshot))
            found.sort(key=lambda item: item[:2])
            refs = _load_refs(session, columns, found)
            rows = [[_value(c, snapshot, station_key, refs) for c in columns]
                    for _day, _id, station_key, snapshot in found]
            sheets.append(Sheet(kind, spec["sheet"], [c["header"] for c in columns], rows))
    return sheets


def _load_refs(session, columns: list[dict], found: list) -> dict:
    wanted: dict[str, set[str]] = {}
    for column in columns:
        if "ref" in column:
            via, kind, _field = column["ref"]
            wanted.setdefault(kind, set()).update(
                str(item[3].get(via)) for item in found if item[3].get(via))
    refs = {}
    for kind, ids in wanted.items():
        ids = sorted(ids)
        for index in range(0, len(ids), 500):
            for record_id, snapshot in session.execute(select(
                    ServerRecord.record_id, ServerRecord.snapshot).where(
                    ServerRecord.kind == kind, ServerRecord.record_id.in_(ids[index:index + 500]))):
                refs[(kind, record_id)] = snapshot
    return refs


def write_xlsx(sheets: list[Sheet]) -> bytes:
    from openpyxl import Workbook

    from openpyxl.cell import WriteOnlyCell

    from app.reports.cells import set_xlsx_cell

    book = Workbook(write_only=True)
    for sheet in sheets:
        out = book.create_sheet(sheet.name)
        for row in (sheet.header, *sheet.rows):
            cells = []
            for value in row:  # text never becomes a formula (OWASP CSV injection)
                cell = WriteOnlyCell(out)
                set_xlsx_cell(cell, value)
                cells.append(cell)
            out.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_csv_zip(sheets: list[Sheet]) -> bytes:
    """A ZIP with one UTF-8 CSV (with BOM, for Excel) per record kind; a text cell that a
    spreadsheet would run as a formula gets an apostrophe in front (app.reports.cells)."""
    from app.reports.cells import csv_cell

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for sheet in sheets:
            text = io.StringIO()
            writer = csv.writer(text)
            writer.writerow([csv_cell(value) for value in sheet.header])
            writer.writerows([csv_cell(value) for value in row] for row in sheet.rows)
            archive.writestr(f"{sheet.name}.csv", "\ufeff" + text.getvalue())
    return buffer.getvalue()
