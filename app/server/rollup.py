"""The county's monthly roll-up: the same summary as a station's, computed over the merged
record snapshots the server holds for every station, written as PDF, XLSX or CSV."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.files import atomic_output
from app.reports.export import format_of, write_monthly
from app.reports.figures import MonthlySummary
from app.reports.summary import compute_monthly_summary
from app.reports.text import ReportText
from app.server.db import ServerRecord, ServerStore
from app.protocol.catalog import bundled_catalog


class ServerRecordSource:
    """A `RecordSource` over the server's latest snapshot of each record."""

    def __init__(self, session, station_keys: list[str] | None = None) -> None:
        self.session = session
        self.station_keys = station_keys

    def records(self, kind: str, start: date | None = None, end: date | None = None) -> Iterator[dict]:
        query = select(ServerRecord.snapshot).where(ServerRecord.kind == kind)
        if self.station_keys:
            query = query.where(ServerRecord.station_key.in_(self.station_keys))
        for (snapshot,) in self.session.execute(query.execution_options(yield_per=2000)):
            yield snapshot


def county_summary(store: ServerStore, month: str,
                   station_keys: list[str] | None = None) -> MonthlySummary:
    with store.sessions() as session:
        return compute_monthly_summary(ServerRecordSource(session, station_keys), month)


def write_county_summary(store: ServerStore, month: str, out: Path, *, language: str = "zh_CN",
                         fmt: str | None = None, station_keys: list[str] | None = None) -> Path:
    """Compute and write the roll-up; the file appears whole (temp file, then rename)."""
    summary = county_summary(store, month, station_keys)
    text = ReportText.from_catalog_document(language, bundled_catalog(), summary.names)
    out = Path(out)
    with atomic_output(out, mode=0o644) as handle:
        write_monthly(summary, text, format_of(out, fmt), handle)
    return out
