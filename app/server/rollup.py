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
from app.server.db import CountyStation, ServerRecord, ServerStore
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


def county_names(store: ServerStore, summary: MonthlySummary) -> dict[str, dict[str, str]]:
    """`summary.names`, and in a roll-up of several stations each enrolled station named as
    the county knows it: the name the county gave it (the console shows it on every page),
    or, without one, the station's own name with its key, "蔡公堂乡社工站 (caigongtang)".
    Two stations may call themselves alike; their names at the county differ, so a roll-up's
    rows (villages by station) are never ambiguous. A one-station report keeps the station's
    own names (in every report language), as the station prints it."""
    names = dict(summary.names)
    if len(summary.station_ids) < 2:
        return names
    with store.sessions() as session:
        stations = session.scalars(select(CountyStation).where(
            CountyStation.org_id.is_not(None))).all()
    for station in stations:
        if station.org_id not in names:
            continue
        if station.name and station.name != station.key:
            names[station.org_id] = {"zh": station.name, "bo": station.name, "en": station.name}
        else:
            own = names[station.org_id]
            names[station.org_id] = {language: f"{own[language]} ({station.key})" if own.get(
                language) else "" for language in ("zh", "bo", "en")}
            names[station.org_id]["zh"] = names[station.org_id]["zh"] or station.key
    return names


def county_text(store: ServerStore, language: str, summary: MonthlySummary) -> ReportText:
    """The report text of a county summary: catalogue labels and `county_names`."""
    return ReportText.from_catalog_document(language, bundled_catalog(),
                                            county_names(store, summary))


def write_county_summary(store: ServerStore, month: str, out: Path, *, language: str = "zh_CN",
                         fmt: str | None = None, station_keys: list[str] | None = None) -> Path:
    """Compute and write the roll-up; the file appears whole (temp file, then rename)."""
    summary = county_summary(store, month, station_keys)
    text = county_text(store, language, summary)
    out = Path(out)
    with atomic_output(out, mode=0o644) as handle:
        write_monthly(summary, text, format_of(out, fmt), handle)
    return out
