"""Browser-facing protections of the console: security headers, session cookie, CSRF.

- Every /console response carries a Content-Security-Policy with no inline script or style
  (`default-src 'self'`), X-Frame-Options DENY, Referrer-Policy no-referrer, nosniff and
  Cache-Control no-store (pages show county figures; nothing should stay in a shared cache).
- The session cookie `sl_session` is HttpOnly, SameSite=Strict, Path=/console, Secure when
  STATION_LEDGER_CONSOLE_SECURE_COOKIES=1 (set it behind HTTPS).
- CSRF: every form carries the session's own token (`csrf` field), compared in constant time;
  the sign-in form (no session yet) uses a double-submit cookie `sl_login_csrf`.
"""
from __future__ import annotations

import hmac
import os

from fastapi import Request
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


def secure_cookies() -> bool:
    return os.environ.get("STATION_LEDGER_CONSOLE_SECURE_COOKIES") == "1"


def add_security_headers(path: str, response: Response) -> None:
    if not path.startswith(COOKIE_PATH):
        return
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if not path.startswith(COOKIE_PATH + "/static/"):
        response.headers["Cache-Control"] = "no-store"


def set_cookie(response: Response, name: str, value: str, *, max_age: int | None = None,
               http_only: bool = True) -> None:
    response.set_cookie(name, value, max_age=max_age, path=COOKIE_PATH, httponly=http_only,
                        samesite="strict", secure=secure_cookies())


def csrf_matches(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def client_of(request: Request) -> str:
    return request.client.host if request.client else ""
