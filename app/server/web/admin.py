"""The console's administration pages (county admins change, others may only look where
said): devices and enrolment codes, contract targets, accounts, the audit trail. Every
change needs the session's CSRF token and is audited. See app/server/web/routes.py."""
from __future__ import annotations

import unicodedata
from datetime import date
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.reports.text import ReportText
from app.server import accounts
from app.server.accounts import AccountError, Principal
from app.server.authority import ROLES as DEVICE_ROLES
from app.server.db import CountyStation, Device, EnrollmentCode, utc_now

from app.server.enrollment import STATION_KEY, _code_hash, issue_enrollment_code
from app.server.targets import set_contract_target, station_targets
from app.server.web import queries
from app.server.web.common import Refusal, bundled_catalog, whole
from app.server.web.i18n import Translator
from app.server.web.security import client_of


def station_exists(store, key: str) -> bool:
    with store.transaction() as session:
        return session.get(CountyStation, key) is not None


def add_admin_routes(router: APIRouter, c) -> None:
    store, page, viewer, changer, admin = c.store, c.page, c.viewer, c.changer, c.admin
    language = c.language

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
                  hours: str = Form("72"), role: str = Form("worker"),
                  new_station: str = Form("")) -> HTMLResponse:
        """An enrolment code for a device of an existing station, with the highest role the
        device may act with (worker by default). A station is added only when the form says
        "new station" and gives its name; an unknown key is refused, nothing is made."""
        principal = changer(request, csrf)
        form = {"station": station, "name": name, "label": label, "hours": hours,
                "role": role, "new_station": new_station}
        station, name, label = station.strip(), name.strip(), label.strip()
        adding = new_station == "yes"
        exists = STATION_KEY.match(station) is not None and station_exists(store, station)
        error = None
        if not STATION_KEY.match(station):
            error = "Station key: letters, digits, - and _ only (at most 64)."
        elif len(name) > 200 or len(label) > 200 or any(
                unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") for ch in name + label):
            error = "Name and device label: at most 200 characters, without control characters."
        elif whole(hours) is None or not 1 <= whole(hours) <= 720:
            error = "Valid for: between 1 and 720 hours."
        elif role not in DEVICE_ROLES:
            error = "Device role: please choose worker, supervisor or station admin."
        elif adding and exists:
            error = "Station key: this station already exists; untick New station."
        elif adding and not name:
            error = "Station name: please give the new station's name."
        elif not adding and not exists:
            error = ("Station key: there is no such station. To add one, tick New station and"
                     " give its name.")
        if error:
            return devices_page(request, principal, 400, form=form,
                                error=Translator(language(request))(error))
        code = issue_enrollment_code(store, station, label=label, valid_hours=whole(hours),
                                     station_name=name if adding else "", role=role)
        with store.transaction() as session:
            expires = session.get(EnrollmentCode, _code_hash(code)).expires_at
            accounts.audit(session, principal.username, "enrolment_code_issued",
                           client_of(request), station=station, label=label, role=role,
                           new_station=adding, expires=expires.isoformat())
        return devices_page(request, principal, new_code=code, new_code_station=station,
                            new_code_expires=expires, new_code_role=role)

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

