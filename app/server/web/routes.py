"""The console's mounting, helpers and sign-in (FastAPI + Jinja2 templates, no script).

Pages live in `reports.py` (stations, month, exports) and `admin.py` (devices, targets,
accounts, audit); this module builds the helpers they share (`c.page`, `c.viewer`,
`c.changer`, `c.admin`) and the sign-in/out, language switch and static files. A GET
without a session is sent to the sign-in page; a POST without a session, with a bad CSRF
token or by a role that may not change things is refused (401/403) and changes nothing. Route functions are plain `def`: FastAPI runs them in its
thread pool, so database and PDF work never blocks the event loop.
"""
from __future__ import annotations

import secrets
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.paths import resource_path
from app.server import accounts
from app.server.accounts import AccountError, Principal
from app.server.bounds import RETRY_AFTER_SECONDS
from app.server.db import ServerStore
from app.server.web import queries
from app.server.web.admin import add_admin_routes
from app.server.web.common import Refusal, SignInFirst, visible
from app.server.web.i18n import LANGUAGE_NAMES, LANGUAGES, Translator, pick_language
from app.server.web.reports import add_report_routes
from app.server.web.security import (COOKIE_PATH, LANGUAGE_COOKIE, LOGIN_CSRF_COOKIE,
                                     SECURITY_HEADERS, SESSION_COOKIE, ConsoleHeaders,
                                     client_of, csrf_matches)
from app.server.web.security import set_cookie as set_console_cookie
from app.server.access_log import note_user

HERE = Path(__file__).parent
DATABASE_DOWN = (OperationalError, InterfaceError)
DATABASE_DOWN_MESSAGE = ("The county database cannot be reached just now. Nothing was changed."
                         " Please try again in a few minutes; if it lasts, tell the server's"
                         " administrator.")

# what a console address the framework cannot serve answers (no such page, a form's address,
# a bug): (title, message), translated
CONSOLE_HTTP_ERRORS = {
    404: ("Page not found", "There is no page at this address in the county console. The"
                            " address may have been typed or copied wrong."),
    405: ("Page not found", "This address only receives a form the console sends. Please"
                            " open the page from the console's menu."),
    500: ("Server error", "The server could not answer this page. Please try again; if it"
                          " happens again, tell the server's administrator."),
}


def mount_console(app: FastAPI, store: ServerStore, *, secure_cookies: bool = False) -> None:
    """Add the console to the county app: its tables, pages, static files and headers.
    `secure_cookies`: the cookies carry `Secure` (the server's setting, for HTTPS)."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    # every value a page prints: control and format characters written out, never dropped by
    # the browser (a user name "vi1\x00" in the audit trail shows as typed); newlines stay
    templates.env.finalize = lambda value: visible(value, keep="\n")
    templates.env.filters["visible"] = visible
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
        principal = accounts.session_principal(store, request.cookies.get(SESSION_COOKIE))
        if principal is not None:
            note_user(request, principal.username)  # the access log's "user"
        return principal

    def set_cookie(response: Response, name: str, value: str, **options) -> None:
        set_console_cookie(response, name, value, secure=secure_cookies, **options)

    def viewer(request: Request) -> Principal:
        principal = principal_of(request)
        if principal is None:
            raise SignInFirst()
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
        principal = None
        if exc.status != 401:
            try:
                principal = await run_in_threadpool(principal_of, request)
            except DATABASE_DOWN:  # the page still says why, without the menu
                principal = None
        return page(request, "refused.html", principal, exc.status, message=exc.message)

    def unavailable(request: Request) -> HTMLResponse:
        """The page for a database that does not answer (api.py's handler calls it): 503,
        no menu (the session cannot be read), nothing changed."""
        response = page(request, "refused.html", None, 503, message=DATABASE_DOWN_MESSAGE)
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response

    app.state.console_unavailable = unavailable

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        """A console address that does not exist (404) or is only for a form (405, e.g. the
        address bar's GET of /console/logout): a page in the user's language with a way back
        to the console's home, not the framework's JSON. Other paths (the sync API) keep
        their JSON answers."""
        path = request.url.path
        if not (path == COOKIE_PATH or path.startswith(COOKIE_PATH + "/")) or \
                exc.status_code not in CONSOLE_HTTP_ERRORS:
            return await http_exception_handler(request, exc)
        try:
            principal = await run_in_threadpool(principal_of, request)
        except DATABASE_DOWN:  # the page still says why, without the menu
            principal = None
        title, message = CONSOLE_HTTP_ERRORS[exc.status_code]
        response = page(request, "error_page.html", principal, exc.status_code, title=title,
                        message=message)
        if exc.headers:  # 405's Allow
            for name, value in exc.headers.items():
                response.headers.setdefault(name, value)
        return response

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        """An unexpected error (a bug) in a console page: a page in the user's language, not
        the framework's plain "Internal Server Error"; the error is still logged (Starlette
        raises it again after this answer). Outside /console the plain answer stays. This
        answer leaves by the outermost middleware, so the console's headers are set here."""
        path = request.url.path
        if not (path == COOKIE_PATH or path.startswith(COOKIE_PATH + "/")):
            return PlainTextResponse("Internal Server Error", status_code=500)
        title, message = CONSOLE_HTTP_ERRORS[500]
        response = page(request, "error_page.html", None, 500, title=title, message=message)
        response.headers.update({**SECURITY_HEADERS, "Cache-Control": "no-store"})
        return response

    @app.exception_handler(SignInFirst)
    async def sign_in_first(_request: Request, _exc: "SignInFirst"):
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

    def admin(request: Request) -> Principal:
        principal = viewer(request)
        if not principal.is_admin:
            raise Refusal(403, "Your role may not make this change.")
        return principal


    c = SimpleNamespace(store=store, page=page, viewer=viewer, changer=changer, admin=admin,
                        language=language, principal_of=principal_of)
    add_report_routes(router, c)
    add_admin_routes(router, c)
    app.include_router(router)
    # the desktop app's own fonts: the intranet has no font CDN, and few PCs have Tibetan
    app.mount("/console/fonts", StaticFiles(directory=str(resource_path("fonts"))),
              name="console-fonts")
    app.mount("/console/static", StaticFiles(directory=str(HERE / "static")),
              name="console-static")
