"""The county server's access log: one JSON line per HTTP request.

Each line (`logger "station_ledger.server.access"`):

    {"time": "2026-11-29T23:10:04.123Z", "request_id": "5f0c…", "method": "GET",
     "path": "/console/month", "query": ["month", "station"], "status": 200,
     "duration_ms": 12.4, "client": "10.0.3.7", "user": "wangjun"}

- `path` is the URL path only; `query` lists the *names* of the query parameters, never
  their values (a search or a name could hold personal data). Bodies, form fields, cookies
  and headers are never logged.
- `user` is the console account when the request carried a valid session (set by the
  console through `note_user`), else null; `device` the station device of a sync request
  when the route knows it.
- `request_id` is the caller's `X-Request-ID` when it is a short token of letters, digits
  and `-_.` (a proxy's id), otherwise a new random one; every answer carries it back.

`configure_access_log(target)` sends the lines to standard output (`-`, the journal under
systemd), to a file (appended, one line per request), or nowhere (`off`).
"""
from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import datetime, timezone

LOGGER = logging.getLogger("station_ledger.server.access")
REQUEST_ID_HEADER = "X-Request-ID"
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
_SAFE_NAME = re.compile(r"[A-Za-z0-9._-]{1,40}")  # a parameter name; anything else is "?"
_STATE_KEY = "access_log"


def configure_access_log(target: str) -> logging.Handler | None:
    """Send access lines to `target`: "-" (stdout), "off", or a file path (appended).
    Replaces an earlier handler of this logger; returns the new handler (None for off)."""
    for handler in list(LOGGER.handlers):
        LOGGER.removeHandler(handler)
        handler.close()
    LOGGER.propagate = False
    if target == "off":
        LOGGER.setLevel(logging.CRITICAL + 1)
        return None
    handler: logging.Handler = (logging.StreamHandler(sys.stdout) if target == "-"
                                else logging.FileHandler(target, encoding="utf-8"))
    handler.setFormatter(logging.Formatter("%(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return handler


def note_user(scope_or_request, username: str | None = None, device: str | None = None) -> None:
    """Tell the access log who made this request (a console account or a sync device)."""
    scope = getattr(scope_or_request, "scope", scope_or_request)
    entry = scope.setdefault("state", {}).setdefault(_STATE_KEY, {})
    if username:
        entry["user"] = username
    if device:
        entry["device"] = device


class AccessLog:
    """ASGI middleware writing one line per HTTP request after its answer has been sent
    (or the connection has failed: status 500 then)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        scope.setdefault("state", {})[_STATE_KEY] = {}
        status = 500

        async def send_and_note(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (REQUEST_ID_HEADER.lower().encode(), request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            if LOGGER.isEnabledFor(logging.INFO):
                LOGGER.info(_line(scope, request_id, status, started))


def _request_id(scope) -> str:
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            given = value.decode("latin-1")
            if _SAFE_ID.fullmatch(given):
                return given
    return uuid.uuid4().hex


def _line(scope, request_id: str, status: int, started: float) -> str:
    query = scope.get("query_string", b"").decode("latin-1")
    names = sorted({name if _SAFE_NAME.fullmatch(name) else "?"
                    for name in (part.split("=", 1)[0] for part in query.split("&") if part)})
    noted = scope.get("state", {}).get(_STATE_KEY, {})
    client = scope.get("client")
    return json.dumps({
        "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds")
                .replace("+00:00", "Z"),
        "request_id": request_id,
        "method": scope.get("method", ""),
        "path": scope.get("path", "")[:300],
        "query": names[:20],
        "status": status,
        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        "client": client[0] if client else None,
        "user": noted.get("user"),
        "device": noted.get("device"),
    }, ensure_ascii=True, separators=(",", ":"))
