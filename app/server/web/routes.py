"""The console's pages and forms (FastAPI + Jinja2 templates, no client-side script).

GET pages: /console/login, /console/stations, /console/month, /console/month/export,
/console/devices (admin), /console/audit (admin), /console/lang/{code}.
POST forms (all with a CSRF token): /console/login, /console/logout, /console/devices/code,
/console/devices/{id}/revoke. A GET without a session is sent to the sign-in page; a POST
without a session, with a bad CSRF token or by a role that may not change things is refused
(401/403) and changes nothing. Route functions are plain `def`: FastAPI runs them in its
thread pool, so database and PDF work never blocks the event loop.
"""
from __future__ import annotations

import io
import re
import secrets
from datetime import date
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from app.errors import UserError
from app.paths import resource_path
from app.reports.export import write_monthly
from app.reports.figures import Month
from app.reports.text import ReportText
from app.server import accounts
from app.server import province as province_data
from app.server.accounts import AccountError, Principal
from app.server.db import Device, EnrollmentCode, ServerStore, utc_now
from app.server.enrollment import _code_hash, issue_enrollment_code
from app.server.rollup import county_summary
from app.server.targets import set_contract_target, station_targets
from app.server.web import queries
from app.server.web.i18n import LANGUAGE_NAMES, LANGUAGES, Translator, pick_language
from app.server.web.security import (LANGUAGE_COOKIE, LOGIN_CSRF_COOKIE, SESSION_COOKIE,
                                     ConsoleHeaders, client_of, csrf_matches, set_cookie)
from app.services.catalog import bundled_catalog

HERE = Path(__file__).parent
STATION_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
WHOLE = re.compile(r"[0-9]{1,9}")


def whole(value: str | None) -> int | None:
    """A whole number typed in a form (ASCII digits only), or None."""
    value = (value or "").strip()
    return int(value) if WHOLE.fullmatch(value) else None


class Refusal(Exception):
    """A refused console request: shown as a page in the user's language."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def mount_console(app: FastAPI, store: ServerStore) -> None:
    """Add the console to the county app: its tables, pages, static files and headers."""
    accounts.create_console_schema(store)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(when=queries.when, figure=queries.figure,
                                 measures=queries.PAGE_MEASURES, languages=LANGUAGES,
                                 language_names=LANGUAGE_NAMES,
                                 target_label=dict(queries.TARGET_LABELS),
                                 bar_chart=queries.bar_chart)
    router = APIRouter(prefix="/console")

    def language(request: Request) -> str:
        return pick_language(request.cookies.get(LANGUAGE_COOKIE))

    def page(request: Request, name: str, principal: Principal | None, status: int = 200,
             **context) -> HTMLResponse:
        lang = language(request)
        return templates.TemplateResponse(request, name, {
            "t": Translator(lang), "lang": lang, "user": principal,
            "here": quote(request.url.path + (f"?{request.url.query}" if request.url.query
                                              else ""), safe=""), **context},
            status_code=status)

    def principal_of(request: Request) -> Principal | None:
        return accounts.session_principal(store, request.cookies.get(SESSION_COOKIE))

    def viewer(request: Request) -> Principal:
        principal = principal_of(request)
        if principal is None:
            raise _SignInFirst()
        return principal

    def changer(request: Request, csrf: str) -> Principal:
        """The signed-in admin of a POST with the session's CSRF token, or a refusal."""
        principal = principal_of(request)
        if principal is None:
            raise Refusal(401, "Please sign in first.")
        if not csrf_matches(principal.csrf_token, csrf):
            raise Refusal(403, "The form has expired or did not come from this console."
                               " Please try again.")
        if not principal.is_admin:
            raise Refusal(403, "Your role may not make this change.")
        return principal

    @app.exception_handler(Refusal)
    async def refused(request: Request, exc: Refusal):
        principal = await run_in_threadpool(principal_of, request) if exc.status != 401 else None
        return page(request, "refused.html", principal, exc.status, message=exc.message)

    @app.exception_handler(_SignInFirst)
    async def sign_in_first(_request: Request, _exc: "_SignInFirst"):
        return RedirectResponse("/console/login", status_code=303)

    app.add_middleware(ConsoleHeaders)

    @router.get("", include_in_schema=False)
    @router.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/console/stations", status_code=303)

    @router.get("/lang/{code}", include_in_schema=False)
    def switch_language(code: str, next: str = "/console/stations") -> RedirectResponse:
        if not next.startswith("/console") or next.startswith("//") or "\\" in next:
            next = "/console/stations"
        response = RedirectResponse(next, status_code=303)
        set_cookie(response, LANGUAGE_COOKIE, pick_language(code), max_age=365 * 86400)
        return response

    @router.get("/login", include_in_schema=False)
    def login_form(request: Request) -> HTMLResponse:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = page(request, "login.html", None, csrf=token)
        set_cookie(response, LOGIN_CSRF_COOKIE, token)
        return response

    @router.post("/login", include_in_schema=False)
    def login(request: Request, username: str = Form(""), password: str = Form(""),
              csrf: str = Form("")) -> Response:
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
        if not csrf_matches(cookie, csrf):
            raise Refusal(403, "The form has expired or did not come from this console."
                               " Please try again.")
        try:
            token = accounts.sign_in(store, username, password, client_of(request))
        except AccountError as error:
            message = ("Too many wrong passwords. Try again in %1 seconds."
                       if error.code == "locked" else "Wrong user name or password.")
            return page(request, "login.html", None, 401, csrf=cookie, username=username,
                        error=Translator(language(request))(message,
                                                            error.details.get("seconds", "")))
        response = RedirectResponse("/console/stations", status_code=303)
        set_cookie(response, SESSION_COOKIE, token)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/console")
        return response

    @router.post("/logout", include_in_schema=False)
    def logout(request: Request, csrf: str = Form("")) -> Response:
        principal = principal_of(request)
        if principal is None or not csrf_matches(principal.csrf_token, csrf):
            raise Refusal(403, "The form has expired or did not come from this console."
                               " Please try again.")
        accounts.sign_out(store, request.cookies.get(SESSION_COOKIE), client_of(request))
        response = RedirectResponse("/console/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/console")
        return response

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
        text = ReportText.from_catalog_document(language(request), bundled_catalog(),
                                                view["total"].names if view["total"] else {})
        return page(request, "month.html", principal, month=chosen, view=view, text=text,
                    previous=str(Month.parse(chosen).previous()))

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
        summary = county_summary(store, chosen, keys)
        text = ReportText.from_catalog_document(language(request), bundled_catalog(),
                                                summary.names)
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

    def admin(request: Request) -> Principal:
        principal = viewer(request)
        if not principal.is_admin:
            raise Refusal(403, "Your role may not make this change.")
        return principal

    def devices_page(request: Request, principal: Principal, status: int = 200,
                     **context) -> HTMLResponse:
        return page(request, "devices.html", principal, status,
                    stations=queries.stations_overview(store, principal), **context)

    @router.get("/devices", include_in_schema=False)
    def devices(request: Request) -> HTMLResponse:
        return devices_page(request, admin(request))

    @router.post("/devices/code", include_in_schema=False)
    def make_code(request: Request, csrf: str = Form(""), station: str = Form(""),
                  name: str = Form(""), label: str = Form(""),
                  hours: str = Form("72")) -> HTMLResponse:
        principal = changer(request, csrf)
        form = {"station": station, "name": name, "label": label, "hours": hours}
        station, name, label = station.strip(), name.strip(), label.strip()
        error = None
        if not STATION_KEY.match(station):
            error = "Station key: letters, digits, - and _ only (at most 64)."
        elif len(name) > 200 or len(label) > 200:
            error = "Name and device label: at most 200 characters."
        elif whole(hours) is None or not 1 <= whole(hours) <= 720:
            error = "Valid for: between 1 and 720 hours."
        if error:
            return devices_page(request, principal, 400, form=form,
                                error=Translator(language(request))(error))
        code = issue_enrollment_code(store, station, label=label, valid_hours=whole(hours),
                                     station_name=name)
        with store.transaction() as session:
            expires = session.get(EnrollmentCode, _code_hash(code)).expires_at
            accounts.audit(session, principal.username, "enrolment_code_issued",
                           client_of(request), station=station, label=label,
                           expires=expires.isoformat())
        return devices_page(request, principal, new_code=code, new_code_station=station,
                            new_code_expires=expires)

    @router.post("/devices/{device_id}/revoke", include_in_schema=False)
    def revoke(request: Request, device_id: str, csrf: str = Form(""),
               confirm: str = Form("")) -> Response:
        principal = changer(request, csrf)
        if confirm != "yes":  # revoking cannot be undone: ask once more
            with store.transaction() as session:
                device = session.get(Device, device_id)
                if device is None:
                    raise Refusal(404, "No such device.")
                what = f"{device.label or device.id} ({device.station_key})"
            return page(request, "confirm.html", principal, action=request.url.path,
                        question="Revoke the device %1? Its parcels will be refused from now"
                                 " on; this cannot be undone.", subject=what,
                        button="Revoke", back="/console/devices")
        with store.transaction() as session:
            device = session.get(Device, device_id, with_for_update=True)
            if device is None:
                raise Refusal(404, "No such device.")
            if device.revoked_at is None:
                device.revoked_at = utc_now()
                accounts.audit(session, principal.username, "device_revoked",
                               client_of(request), device=device_id,
                               station=device.station_key)
        return RedirectResponse("/console/devices", status_code=303)

    @router.get("/targets", include_in_schema=False)
    def targets(request: Request, station: str | None = None,
                year: str | None = None) -> HTMLResponse:
        principal = viewer(request)
        return targets_page(request, principal, station, year)

    def targets_page(request: Request, principal: Principal, station: str | None,
                     year: str | None, status: int = 200, **context) -> HTMLResponse:
        visible = queries.visible_stations(store, principal)
        keys = [s.key for s in visible]
        chosen = station if station in keys else (keys[0] if keys else None)
        chosen_year = whole(year) if 2000 <= (whole(year) or 0) <= 2100 else date.today().year
        text = ReportText.from_catalog_document(language(request), bundled_catalog())
        return page(request, "targets.html", principal, status, stations=visible,
                    station=chosen, year=chosen_year, text=text,
                    target_measures=queries.TARGET_LABELS,
                    rows=station_targets(store, chosen, chosen_year) if chosen else [],
                    **context)

    @router.post("/targets", include_in_schema=False)
    def set_target(request: Request, csrf: str = Form(""), station: str = Form(""),
                   year: str = Form(""), measure: str = Form(""), domain: str = Form(""),
                   target: str = Form("")) -> Response:
        principal = changer(request, csrf)
        t = Translator(language(request))
        error = None
        domains = {item["code"] for item in bundled_catalog().get("domains", [])}
        if not 2000 <= (whole(year) or 0) <= 2100:
            error = "Year: please give a year between 2000 and 2100."
        elif measure not in dict(queries.TARGET_LABELS):
            error = "Figure: please choose one from the list."
        elif domain and domain not in domains:
            error = "Service domain: please choose one from the list."
        elif whole(target) is None or whole(target) > 10_000_000:
            error = "Target: please give a whole number from 0 to 10,000,000."
        if error is None:
            try:
                set_contract_target(store, station, whole(year), measure, domain, whole(target),
                                    by=principal.username, client=client_of(request))
            except AccountError as refused:
                error = {"unknown_station": "You may not see this station.",
                         "station_unbound": "This station has no enrolled device yet:"
                                            " targets reach a station through its devices."}.get(
                    refused.code, "Target: please give a whole number from 0 to 10,000,000.")
        if error:
            return targets_page(request, principal, station, year, 400, error=t(error),
                                form={"measure": measure, "domain": domain, "target": target})
        return RedirectResponse(f"/console/targets?station={quote(station)}&year={whole(year)}",
                                status_code=303)

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

    USER_ERRORS = {
        "bad_username": "User name: 2 to 40 small letters, digits, '.', '-' or '_'.",
        "weak_password": "Password: at least 10 characters.",
        "bad_role": "Role: please choose one from the list.",
        "no_stations": "Stations: a supervisor needs at least one station.",
        "user_exists": "User name: this account already exists.",
        "no_such_user": "No such account.",
        "not_yourself": "You cannot switch off your own account.",
    }

    def users_page(request: Request, principal: Principal, status: int = 200,
                   **context) -> HTMLResponse:
        return page(request, "users.html", principal, status, users=accounts.list_users(store),
                    stations=queries.visible_stations(store, principal),
                    roles=accounts.ROLES, **context)

    @router.get("/users", include_in_schema=False)
    def users(request: Request) -> HTMLResponse:
        return users_page(request, admin(request))

    @router.post("/users", include_in_schema=False)
    def add_user(request: Request, csrf: str = Form(""), username: str = Form(""),
                 display_name: str = Form(""), role: str = Form(""),
                 password: str = Form(""), stations: list[str] = Form([])) -> Response:
        principal = changer(request, csrf)
        try:
            accounts.create_user(store, username, password, role,
                                 display_name=display_name.strip()[:200], stations=stations,
                                 by=principal.username)
        except AccountError as error:
            return users_page(request, principal, 400,
                              error=Translator(language(request))(USER_ERRORS[error.code]),
                              form={"username": username, "display_name": display_name,
                                    "role": role, "stations": stations})
        return RedirectResponse("/console/users", status_code=303)

    @router.post("/users/{username}/disable", include_in_schema=False)
    def disable(request: Request, username: str, csrf: str = Form(""),
                confirm: str = Form("")) -> Response:
        principal = changer(request, csrf)
        if confirm != "yes":
            return page(request, "confirm.html", principal, action=request.url.path,
                        question="Switch off the account %1? It is signed out at once.",
                        subject=username, button="Switch off", back="/console/users")
        try:
            accounts.disable_user(store, username, by=principal.username,
                                  client=client_of(request))
        except AccountError as error:
            return users_page(request, principal, 400,
                              error=Translator(language(request))(USER_ERRORS[error.code]))
        return RedirectResponse("/console/users", status_code=303)

    @router.get("/audit", include_in_schema=False)
    def audit_page(request: Request) -> HTMLResponse:
        return page(request, "audit.html", admin(request), rows=accounts.audit_trail(store))

    app.include_router(router)
    # the desktop app's own fonts: the intranet has no font CDN, and few PCs have Tibetan
    app.mount("/console/fonts", StaticFiles(directory=str(resource_path("fonts"))),
              name="console-fonts")
    app.mount("/console/static", StaticFiles(directory=str(HERE / "static")),
              name="console-static")


class _SignInFirst(Exception):
    """A page asked for without a session: answer with the sign-in page."""

