"""What the console's pages show, read from the server store (no HTML here).

Every function takes the signed-in `Principal` and returns only the stations it may see.
No record content or personal data leaves these functions: counts, reasons, device metadata.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from app.reports.figures import MEASURES, TARGET_MEASURES, MonthlySummary
from app.reports.tables import shows_village_station, village_codes, village_station
from app.reports.text import ReportText
from app.server.accounts import Principal
from app.server.db import (CountyStation, Device, ServerConflict, ServerQuarantine, ServerRecord,
                           ServerStore, utc_now)

# the figures of the monthly report, in its order (money in fen, shown in yuan)
PAGE_MEASURES = (
    ("households_visited", "Households visited"), ("visits", "Visits"),
    ("case_files", "Case files established"), ("case_services", "Case services"),
    ("group_activities", "Group activities"),
    ("themed_activities", "Themed and community activities"),
    ("resource_links", "Resources linked"),
    ("resource_amount_fen", "Resource amount (yuan)"),
    ("person_times", "Person-times served"),
)
# what a contract target can count (app.reports.figures.TARGET_MEASURES), with its label
TARGET_LABELS = tuple((m, label) for m, label in PAGE_MEASURES if m != "resource_amount_fen") \
    + (("resource_amount_yuan", "Resource amount (yuan)"),)
assert all(measure in MEASURES for measure, _label in PAGE_MEASURES)
assert sorted(m for m, _label in TARGET_LABELS) == sorted(TARGET_MEASURES)


def visible_stations(store: ServerStore, principal: Principal) -> list[CountyStation]:
    with store.transaction() as session:
        stations = session.scalars(select(CountyStation).order_by(CountyStation.key)).all()
    return [s for s in stations if principal.may_see(s.key)]


CLOCK_AHEAD_WARNING = timedelta(minutes=5)


def _clock_ahead(session) -> dict[str, timedelta]:
    """Per device, how far its newest clock stamp on the server is ahead of the server's clock
    (a device whose clock runs fast stamps its changes in the future; merges then favour it).
    Only devices ahead by more than CLOCK_AHEAD_WARNING."""
    now_ms = int(utc_now().replace(tzinfo=timezone.utc).timestamp() * 1000)
    found = {}
    for device, newest in session.execute(select(ServerRecord.last_device,
                                                 func.max(ServerRecord.hlc))
                                          .group_by(ServerRecord.last_device)):
        try:
            ahead = timedelta(milliseconds=int(str(newest).split("-")[0]) - now_ms)
        except ValueError:
            continue
        if ahead > CLOCK_AHEAD_WARNING:
            found[device] = ahead
    return found


def stations_overview(store: ServerStore, principal: Principal) -> list[dict]:
    """Per visible station: name, last contact, devices (with clock warnings), open
    conflicts, quarantine by reason."""
    result = []
    with store.transaction() as session:
        clocks = _clock_ahead(session)
        stations = session.scalars(select(CountyStation).order_by(CountyStation.key)).all()
        for station in stations:
            if not principal.may_see(station.key):
                continue
            devices = session.scalars(select(Device).where(Device.station_key == station.key)
                                      .order_by(Device.enrolled_at)).all()
            device_ids = [d.id for d in devices] or [""]
            reasons = Counter(dict(session.execute(
                select(ServerQuarantine.reason, func.count()).where(
                    ServerQuarantine.device_id.in_(device_ids))
                .group_by(ServerQuarantine.reason)).all()))
            contacts = [d.last_contact_at for d in devices if d.last_contact_at]
            result.append({
                "key": station.key, "name": station.name,
                "last_contact": max(contacts) if contacts else None,
                "devices": [{"id": d.id, "label": d.label, "role": d.role,
                             "enrolled_at": d.enrolled_at,
                             "revoked_at": d.revoked_at, "last_contact_at": d.last_contact_at,
                             "last_seq": d.last_seq, "app_version": d.app_version,
                             "schema_revision": d.schema_revision,
                             "clock_ahead_minutes": int(clocks[d.id].total_seconds() // 60)
                             if d.id in clocks else None} for d in devices],
                "open_conflicts": session.scalar(select(func.count()).select_from(
                    ServerConflict).where(ServerConflict.station_key == station.key,
                                          ServerConflict.resolved_at.is_(None))),
                "quarantine": sorted(reasons.items(), key=lambda item: (-item[1], item[0])),
                "quarantined": sum(reasons.values()),
            })
    return result


def month_view(store: ServerStore, principal: Principal, month: str) -> dict:
    """The roll-up over the visible stations, and each station's own summary."""
    from app.server.rollup import county_summary  # loads the report code on first use

    keys = [s.key for s in visible_stations(store, principal)]
    names = {s.key: s.name for s in visible_stations(store, principal)}
    total = county_summary(store, month, keys if principal.stations is not None else None) \
        if keys else None
    per_station = [(key, names[key], county_summary(store, month, [key])) for key in keys]
    targets = [(key, name, progress) for key, name, summary in per_station
               for progress in summary.targets]
    return {"total": total, "stations": per_station, "targets": targets}


def village_rows(summary: MonthlySummary, text: ReportText) -> dict:
    """The month page's "By village" table, this month: `with_station` (a summary of several
    stations shows each village's station, as the PDF/XLSX/CSV do) and `rows`, each
    {"code", "village", "station" (its name, "" for none), "figures"}, in the reports' order."""
    breakdown = summary.current.breakdowns["village"]
    rows = []
    for code in village_codes(summary, "current", text):
        station = village_station(summary, code)
        rows.append({"code": code, "village": text.one(text.name(code)),
                     "station": text.one(text.name(station)) if station else "",
                     "figures": breakdown[code]})
    return {"with_station": shows_village_station(summary), "rows": rows}


def figure(summary: MonthlySummary, period: str, measure: str) -> str:
    value = summary.periods[period].total.value(measure)
    if measure.endswith("_fen"):
        return f"{value / 100:,.2f}"
    return f"{value:,}"


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") + " UTC" if value else "—"


def bar_chart(summary: MonthlySummary, dimension: str, measure: str, width: int = 360) -> list[dict]:
    """Bars for a horizontal SVG chart of one measure by `dimension`: this month and the
    previous month per code, lengths scaled to `width` pixels (drawn without script)."""
    codes = sorted(set(summary.current.breakdowns[dimension])
                   | set(summary.previous.breakdowns[dimension]))
    values = [(code, summary.current.breakdowns[dimension].get(code),
               summary.previous.breakdowns[dimension].get(code)) for code in codes]
    values = [(code, now.value(measure) if now else 0, before.value(measure) if before else 0)
              for code, now, before in values]
    top = max([max(now, before) for _code, now, before in values] or [0]) or 1
    return [{"code": code, "current": now, "previous": before,
             "current_px": round(width * now / top), "previous_px": round(width * before / top)}
            for code, now, before in values]
