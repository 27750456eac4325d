"""Browser-facing protections of the console: security headers, session cookie, CSRF.

- Every /console response carries a Content-Security-Policy with no inline script or style
  (`default-src 'self'`), X-Frame-Options DENY, Referrer-Policy no-referrer, nosniff and
  Cache-Control no-store (pages show county figures; nothing should stay in a shared cache).
- The session cookie `sl_session` is HttpOnly, SameSite=Strict, Path=/console, Secure when
  the server's setting `secure_cookies` is on (app/server/settings.py; set it behind HTTPS).
- CSRF: every form carries the session's own token (`csrf` field), compared in constant time;
  the sign-in form (no session yet) uses a double-submit cookie `sl_login_csrf`.
"""
from __future__ import annotations

import hmac

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.responses import Response

SESSION_COOKIE = "sl_session"
LOGIN_CSRF_COOKIE = "sl_login_csrf"
LANGUAGE_COOKIE = "sl_lang"
COOKIE_PATH = "/console"

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                "form-action 'self'; frame-ancestors 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class ConsoleHeaders:
    """ASGI middleware: the security headers on every /console answer (pages, refusals,
    redirects, static files). Other paths (the sync API's parcels) pass untouched, without
    the request body being wrapped."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path == COOKIE_PATH or path.startswith(COOKIE_PATH + "/")):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if not path.startswith(("/console/static/", "/console/fonts/")):
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def set_cookie(response: Response, name: str, value: str, *, secure: bool,
               max_age: int | None = None, http_only: bool = True) -> None:
    response.set_cookie(name, value, max_age=max_age, path=COOKIE_PATH, httponly=http_only,
                        samesite="strict", secure=secure)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def client_of(request: Request) -> str:
    return request.client.host if request.client else ""
