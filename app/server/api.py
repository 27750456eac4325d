"""The county server's HTTP interface (FastAPI); OpenAPI at /openapi.json, docs at /docs.

Parcels, receipts, pull requests and enrollment requests are opaque signed byte strings
(application/octet-stream or signed JSON): the HTTP layer adds nothing to their security and
the same bytes also travel on a USB stick. Refusals answer with a JSON reason.
"""
from __future__ import annotations

import time

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from app.errors import N_, ValidationError
from app.server.db import Device, ServerStore, utc_now
from app.server.enrollment import Refused, enroll_device
from app.server.blobs import accept_piece, blob_status, fetch_piece
from app.server.ingest import accept_parcel
from app.server.keys import CountyKeys
from app.server.pull import build_pull_parcel, check_pull_request
from app.server.bounds import (KEEP_ALIVE_SECONDS, MAX_CONNECTIONS, MAX_PARCEL_BYTES,
                               MAX_SMALL_BODY, RETRY_AFTER_SECONDS, BodyRefused,
                               BoundedH11Protocol, UploadGate, read_body, valid_device_id)
from app.protocol.blobs import BLOB_SIZE_HEADER, DEVICE_HEADER, MAX_PIECE_BODY
from app.protocol.headers import APP_VERSION_HEADER, SCHEMA_HEADER
from app.protocol.wire import b64
from app.server.access_log import AccessLog, note_user
from app.server.settings import ServerSettings, load_settings
from app.server.status import record_device_versions
from app.server.web import mount_console

API_VERSION = "v1"
COUNTY_TIME_HEADER = "X-County-Time"  # ISO 8601, UTC, on every answer
_BINARY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}
_SIGNED_JSON = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "properties": {
        "body": {"type": "object"}, "signature": {"type": "string"}}}}}}}
_REFUSAL = {"description": "Refused, with a reason", "content": {"application/json": {
    "schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}}}


async def _body(request: Request, limit: int = MAX_PARCEL_BYTES) -> bytes:
    """The body, bounded in size and rate (app.server.bounds; BodyRefused: 408/413)."""
    return await read_body(request, limit)


def _client(request: Request) -> str:
    return request.client.host if request.client else "?"


def create_app(store: ServerStore, keys: CountyKeys, updates_dir=None,
               settings: ServerSettings | None = None) -> FastAPI:
    """The county's FastAPI app: the sync API, `/healthz`, the console and the update relay.
    `settings` (default: `load_settings()`, the environment's) decides the console's cookie
    flags; the access log's destination is set by `configure_access_log` (serve does)."""
    settings = settings or load_settings()
    app = FastAPI(title="Station Ledger county server", version="1",
                  description="Sync of sealed parcels between township stations and the county."
                              " See docs/sync-protocol.md.")

    gate = UploadGate()

    @app.middleware("http")
    async def county_time(request: Request, call_next):
        """Every answer carries the county's time, so devices can see a wrong clock."""
        response = await call_next(request)
        response.headers[COUNTY_TIME_HEADER] = utc_now().isoformat()
        return response

    @app.exception_handler(BodyRefused)
    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused | BodyRefused):
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)} if exc.status in (429, 503) else {}
        if exc.status in (408, 413, 429):
            headers["Connection"] = "close"  # the rest of the body is not read
        return JSONResponse({"reason": exc.reason, **getattr(exc, "details", {})},
                            status_code=exc.status, headers=headers)

    @app.exception_handler(RecursionError)
    async def too_deep(_request: Request, _exc: RecursionError):
        return JSONResponse({"reason": "request nested too deeply"}, status_code=400)

    @app.get(f"/{API_VERSION}/health", summary="Is the server up; which county keys it uses")
    def health() -> dict:
        return {"ok": True, "county_keys": keys.fingerprint, "time": utc_now().isoformat(),
                "fingerprint": keys.enrolment_fingerprint,
                "county_sign_public": b64(keys.sign_public),
                "county_box_public": b64(keys.box_public)}

    @app.get("/healthz", summary="Readiness: the database answers (SELECT 1) at this server's"
             " schema revision; 503 with a short reason when it does not",
             responses={503: {"description": "The database does not answer"}})
    def healthz() -> JSONResponse:
        try:
            revision = store.health()
        except Exception as error:  # noqa: BLE001 - any database failure means "not ready"
            return JSONResponse({"ok": False, "database": "unavailable",
                                 "reason": type(error).__name__}, status_code=503,
                                headers={"Cache-Control": "no-store"})
        expected = store.code_revision()
        if revision != expected:  # not migrated yet, or migrated by a newer server
            return JSONResponse({"ok": False, "database": store.engine.dialect.name,
                                 "schema": revision, "expected": expected,
                                 "reason": "schema revision differs"}, status_code=503,
                                headers={"Cache-Control": "no-store"})
        return JSONResponse({"ok": True, "database": store.engine.dialect.name,
                             "schema": revision}, headers={"Cache-Control": "no-store"})

    @app.post(f"/{API_VERSION}/enroll", openapi_extra=_SIGNED_JSON,
              responses={403: _REFUSAL, 400: _REFUSAL},
              summary="Enroll a device with a one-time code (request signed by the device)")
    async def enroll(request: Request) -> dict:
        with _slot(request):
            data = await _body(request, MAX_SMALL_BODY)
            return await run_in_threadpool(enroll_device, store, keys, data)

    @app.post(f"/{API_VERSION}/parcels", openapi_extra=_BINARY,
              responses={200: {"description": "The signed receipt (signed JSON)"},
                         400: _REFUSAL, 403: _REFUSAL, 409: _REFUSAL, 413: _REFUSAL},
              summary="Deliver a sealed parcel of changes; answers with its signed receipt")
    async def push(request: Request) -> Response:
        with _slot(request):
            data = await _body(request)
            receipt = await run_in_threadpool(accept_parcel, store, keys, data)
        await run_in_threadpool(_note_versions, request, _receipt_device(receipt))
        return Response(receipt, media_type="application/json")

    @app.post(f"/{API_VERSION}/pull", openapi_extra=_SIGNED_JSON,
              responses={200: {"description": "A sealed parcel for the device",
                               "content": {"application/octet-stream": {}}},
                         400: _REFUSAL, 403: _REFUSAL},
              summary="Fetch the next parcel of changes for a device (request signed by it)")
    async def pull(request: Request) -> Response:
        with _slot(request):
            data = await _body(request, MAX_SMALL_BODY)
            asked = await run_in_threadpool(check_pull_request, store, data)
            await run_in_threadpool(_note_versions, request, asked["device"])
            parcel = await run_in_threadpool(build_pull_parcel, store, keys, asked["device"],
                                             asked["after"], asked["max_items"])
        return Response(parcel, media_type="application/octet-stream")

    @app.post(f"/{API_VERSION}/blobs/status", openapi_extra=_SIGNED_JSON,
              responses={400: _REFUSAL, 403: _REFUSAL, 409: _REFUSAL, 413: _REFUSAL},
              summary="How much of an attachment's content the county holds (signed request;"
                      " the first one announces its size)")
    async def blob_status_route(request: Request) -> dict:
        with _slot(request):
            data = await _body(request, MAX_SMALL_BODY)
            return await run_in_threadpool(blob_status, store, data)

    @app.put(f"/{API_VERSION}/blobs/{{sha256}}/{{offset}}", openapi_extra=_BINARY,
             responses={400: _REFUSAL, 403: _REFUSAL, 409: _REFUSAL},
             summary="One piece of an attachment's content: the device's signature, then the"
                     " piece sealed to the county (app/protocol/blobs.py)")
    async def blob_piece_route(request: Request, sha256: str, offset: int) -> dict:
        device_id = request.headers.get(DEVICE_HEADER, "")
        with _slot(request):
            data = await _body(request, MAX_PIECE_BODY)
            return await run_in_threadpool(accept_piece, store, keys, device_id, sha256,
                                           offset, data)

    @app.post(f"/{API_VERSION}/blobs/fetch", openapi_extra=_SIGNED_JSON,
              responses={200: {"description": "The piece, sealed to the device",
                               "content": {"application/octet-stream": {}}},
                         400: _REFUSAL, 403: _REFUSAL, 404: _REFUSAL},
              summary="One piece of an attachment's content of the device's station")
    async def blob_fetch_route(request: Request) -> Response:
        with _slot(request):
            data = await _body(request, MAX_SMALL_BODY)
            sealed, size = await run_in_threadpool(fetch_piece, store, keys, data)
        return Response(sealed, media_type="application/octet-stream",
                        headers={BLOB_SIZE_HEADER: str(size)})

    recorded: dict[str, tuple] = {}  # device -> versions this process last wrote

    def _note_versions(request: Request, device_id: str | None) -> None:
        """What the device runs (its headers), once the county has checked who it is; the
        database is touched only when this process has not recorded these values yet."""
        if not device_id:
            return
        note_user(request, device=device_id)
        said = (request.headers.get(APP_VERSION_HEADER), request.headers.get(SCHEMA_HEADER))
        now = time.monotonic()
        last = recorded.get(device_id)
        # another process may have written other values meanwhile: look again now and then
        if last is not None and last[0] == said and now - last[1] < 600:
            return
        record_device_versions(store, device_id, *said)
        if len(recorded) > 10_000:
            recorded.clear()
        recorded[device_id] = (said, now)

    def _slot(request: Request):
        return gate.slot(_client(request))  # BodyRefused(429) when no slot is free

    @app.get(f"/{API_VERSION}/devices/{{device_id}}/chain", responses={403: _REFUSAL},
             summary="The last parcel the server accepted from a device (sequence and hash)")
    def chain(device_id: str) -> dict:
        if not valid_device_id(device_id):
            raise Refused("malformed device id", 400)
        with store.transaction() as session:
            device = session.get(Device, device_id)
            if device is None:
                raise Refused("unknown device", 403)
            return {"device": device.id, "last_seq": device.last_seq,
                    "last_hash": device.last_hash, "revoked": device.revoked_at is not None}

    # the county's web console under /console (app/server/web)
    mount_console(app, store, secure_cookies=settings.secure_cookies)
    app.add_middleware(AccessLog)  # outermost: sees every answer, also the refusals
    app.state.store, app.state.keys, app.state.uploads = store, keys, gate
    app.state.settings = settings
    from app.server.updates import mount_updates

    mount_updates(app, updates_dir)  # signed program releases relayed to stations
    return app


def _receipt_device(receipt: bytes) -> str | None:
    """The device a signed receipt (the county's own, just made) was issued to."""
    from app.protocol.wire import ParcelError, read_document

    try:
        return str(read_document(receipt, None)["device"])
    except (ParcelError, KeyError):
        return None


def server_config(app: FastAPI, host: str, port: int, *, tls_cert=None, tls_key=None,
                  log_level: str = "warning"):
    """Uvicorn settings: HTTP/1.1 with a deadline for request headers, idle connections closed
    after KEEP_ALIVE_SECONDS, up to MAX_CONNECTIONS connections (app.server.bounds); HTTPS
    when a certificate and its key (PEM files) are given. ValidationError (field "port")
    unless 1 <= port <= 65535 (0 would be "any free port", a server nobody can find)."""
    import uvicorn

    if not 1 <= int(port) <= 65535:
        raise ValidationError(N_("Port: give a number from 1 to 65535."), field="port")

    return uvicorn.Config(app, host=host, port=port, http=BoundedH11Protocol,
                          ssl_certfile=str(tls_cert) if tls_cert else None,
                          ssl_keyfile=str(tls_key) if tls_key else None,
                          timeout_keep_alive=KEEP_ALIVE_SECONDS, timeout_graceful_shutdown=10,
                          log_level=log_level, access_log=False,
                          limit_concurrency=MAX_CONNECTIONS,
                          h11_max_incomplete_event_size=64 * 1024)
