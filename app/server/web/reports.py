"""The console's reading pages: stations, the month (with PDF/XLSX of the monthly report)
and the record-level export for the province. Every route needs a session; supervisors see
only their stations. See app/server/web/routes.py for the helpers in `c`."""
from __future__ import annotations

import io
from datetime import date

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from app.errors import UserError
from app.reports.figures import Month
from app.reports.text import ReportText
from app.server import accounts
from app.server import province as province_data
from app.server.web import queries
from app.server.web.common import MONTH, Refusal, bundled_catalog
from app.server.web.security import client_of, csrf_matches


def add_report_routes(router: APIRouter, c) -> None:
    store, page, viewer = c.store, c.page, c.viewer
    language, principal_of = c.language, c.principal_of

    @router.get("/stations", include_in_schema=False)
    def stations(request: Request) -> HTMLResponse:
        principal = viewer(request)
        return page(request, "stations.html", principal,
                    stations=queries.stations_overview(store, principal))

    def month_of(value: str | None) -> str:
        if not value:
            return date.today().strftime("%Y-%m")
        if not MONTH.match(value):
            raise Refusal(400, "Month: please give a month as YYYY-MM.")
        return value

    @router.get("/month", include_in_schema=False)
    def month(request: Request, month: str | None = None) -> HTMLResponse:
        principal = viewer(request)
        chosen = month_of(month)
        view = queries.month_view(store, principal, chosen)
        from app.server.rollup import county_text  # the report code, on first use

        text = (county_text(store, language(request), view["total"]) if view["total"]
                else ReportText.from_catalog_document(language(request), bundled_catalog()))
        villages = queries.village_rows(view["total"], text) if view["total"] else None
        return page(request, "month.html", principal, month=chosen, view=view, text=text,
                    villages=villages, previous=str(Month.parse(chosen).previous()))

    @router.get("/month/export", include_in_schema=False)
    def export(request: Request, month: str | None = None, format: str = "pdf",
               station: str | None = None) -> Response:
        principal = viewer(request)
        chosen = month_of(month)
        if format not in ("pdf", "xlsx"):
            raise Refusal(400, "Format: please choose PDF or XLSX.")
        visible = [s.key for s in queries.visible_stations(store, principal)]
        if station is not None and station not in visible:
            raise Refusal(403, "You may not see this station.")
        keys = [station] if station else (visible if principal.stations is not None else None)
        if keys == []:
            raise Refusal(403, "You may not see this station.")
        from app.reports.export import write_monthly  # the report code, on first use
        from app.server.rollup import county_summary, county_text

        summary = county_summary(store, chosen, keys)
        text = county_text(store, language(request), summary)
        buffer = io.BytesIO()
        try:
            write_monthly(summary, text, format, buffer)
        except UserError as error:
            raise Refusal(400, error.message()) from error
        accounts.record(store, principal, "export_month", client_of(request), month=chosen,
                        format=format, stations=keys or "all")
        media = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-"
                 "officedocument.spreadsheetml.sheet"}[format]
        filename = f"county-{station or 'all'}-{chosen}.{format}"
        return Response(buffer.getvalue(), media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{filename}"'})

    @router.get("/province", include_in_schema=False)
    def province(request: Request) -> HTMLResponse:
        principal = viewer(request)
        today = date.today()
        return page(request, "province.html", principal,
                    start=today.replace(day=1).isoformat(), end=today.isoformat())

    @router.post("/province/export", include_in_schema=False)
    def province_export(request: Request, csrf: str = Form(""), start: str = Form(""),
                        end: str = Form(""), format: str = Form("xlsx"),
                        personal: str = Form("")) -> Response:
        principal = principal_of(request)
        if principal is None:
            raise Refusal(401, "Please sign in first.")
        if not csrf_matches(principal.csrf_token, csrf):
            raise Refusal(403, "The form has expired or did not come from this console."
                               " Please try again.")
        if personal and not principal.is_admin:
            raise Refusal(403, "Your role may not export names or ID numbers.")
        try:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
            if last < first or (last - first).days > province_data.MAX_DAYS:
                raise ValueError(start)
        except ValueError:
            raise Refusal(400, "Period: please give a start and an end date, at most two"
                               " years apart.") from None
        if format not in ("xlsx", "csv"):
            raise Refusal(400, "Format: please choose CSV or XLSX.")
        keys = None if principal.stations is None else list(principal.stations)
        sheets = province_data.province_sheets(store, first, last, keys,
                                               personal=bool(personal))
        data = (province_data.write_xlsx(sheets) if format == "xlsx"
                else province_data.write_csv_zip(sheets))
        accounts.record(store, principal, "export_province", client_of(request),
                        start=start, end=end, format=format, personal=bool(personal),
                        stations=keys or "all", rows={s.kind: len(s.rows) for s in sheets})
        media = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                 if format == "xlsx" else "application/zip")
        name = f"province-{first}-{last}.{'xlsx' if format == 'xlsx' else 'zip'}"
        return Response(data, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{name}"'})

