"""The county server's HTTP interface (FastAPI); OpenAPI at /openapi.json, docs at /docs.

Parcels, receipts, pull requests and enrollment requests are opaque signed byte strings
(application/octet-stream or signed JSON): the HTTP layer adds nothing to their security and
the same bytes also travel on a USB stick. Refusals answer with a JSON reason.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from app.errors import N_, ValidationError
from app.server.db import Device, ServerStore, utc_now
from app.server.enrollment import Refused, enroll_device
from app.server.ingest import accept_parcel
from app.server.keys import CountyKeys
from app.server.pull import build_pull_parcel, check_pull_request
from app.server.bounds import (KEEP_ALIVE_SECONDS, MAX_CONNECTIONS, MAX_PARCEL_BYTES,
                               MAX_SMALL_BODY, RETRY_AFTER_SECONDS, BodyRefused,
                               BoundedH11Protocol, UploadGate, read_body, valid_device_id)
from app.protocol.wire import b64
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


def create_app(store: ServerStore, keys: CountyKeys, updates_dir=None) -> FastAPI:
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
            parcel = await run_in_threadpool(build_pull_parcel, store, keys, asked["device"],
                                             asked["after"], asked["max_items"])
        return Response(parcel, media_type="application/octet-stream")

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

    mount_console(app, store)  # the county's web console under /console (app/server/web)
    app.state.store, app.state.keys, app.state.uploads = store, keys, gate
    from app.server.updates import mount_updates

    mount_updates(app, updates_dir)  # signed program releases relayed to stations
    return app


def server_config(app: FastAPI, host: str, port: int, *, tls_cert: str | None = None,
                  tls_key: str | None = None):
    """Uvicorn settings: HTTP/1.1 with a deadline for request headers, idle connections closed
    after KEEP_ALIVE_SECONDS, up to MAX_CONNECTIONS connections (app.server.bounds); HTTPS
    when a certificate and its key (PEM files) are given. ValidationError (field "port")
    unless 1 <= port <= 65535 (0 would be "any free port", a server nobody can find)."""
    import uvicorn

    if not 1 <= int(port) <= 65535:
        raise ValidationError(N_("Port: give a number from 1 to 65535."), field="port")

    return uvicorn.Config(app, host=host, port=port, http=BoundedH11Protocol,
                          ssl_certfile=tls_cert, ssl_keyfile=tls_key,
                          timeout_keep_alive=KEEP_ALIVE_SECONDS, timeout_graceful_shutdown=10,
                          log_level="warning", limit_concurrency=MAX_CONNECTIONS,
                          h11_max_incomplete_event_size=64 * 1024)
