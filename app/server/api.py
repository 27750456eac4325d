"""The county server's HTTP interface (FastAPI); OpenAPI at /openapi.json, docs at /docs.

Parcels, receipts, pull requests and enrollment requests are opaque signed byte strings
(application/octet-stream or signed JSON): the HTTP layer adds nothing to their security and
the same bytes also travel on a USB stick. Refusals answer with a JSON reason.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from app.server.db import Device, ServerStore, utc_now
from app.server.enrollment import Refused, enroll_device
from app.server.ingest import accept_parcel
from app.server.keys import CountyKeys
from app.server.pull import build_pull_parcel, check_pull_request
from app.sync.wire import MAX_PARCEL_BYTES, b64

API_VERSION = "v1"
_BINARY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}
_SIGNED_JSON = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object", "properties": {
        "body": {"type": "object"}, "signature": {"type": "string"}}}}}}}
_REFUSAL = {"description": "Refused, with a reason", "content": {"application/json": {
    "schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}}}


async def _body(request: Request, limit: int = MAX_PARCEL_BYTES) -> bytes:
    declared = request.headers.get("content-length")
    if declared and int(declared) > limit:
        raise Refused("request too large", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refused("request too large", 413)
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(store: ServerStore, keys: CountyKeys) -> FastAPI:
    app = FastAPI(title="Station Ledger county server", version="1",
                  description="Sync of sealed parcels between township stations and the county."
                              " See docs/sync-protocol.md.")

    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused):
        return JSONResponse({"reason": exc.reason, **exc.details}, status_code=exc.status)

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
        data = await _body(request, 64 * 1024)
        return await run_in_threadpool(enroll_device, store, keys, data)

    @app.post(f"/{API_VERSION}/parcels", openapi_extra=_BINARY,
              responses={200: {"description": "The signed receipt (signed JSON)"},
                         400: _REFUSAL, 403: _REFUSAL, 409: _REFUSAL, 413: _REFUSAL},
              summary="Deliver a sealed parcel of changes; answers with its signed receipt")
    async def push(request: Request) -> Response:
        data = await _body(request)
        receipt = await run_in_threadpool(accept_parcel, store, keys, data)
        return Response(receipt, media_type="application/json")

    @app.post(f"/{API_VERSION}/pull", openapi_extra=_SIGNED_JSON,
              responses={200: {"description": "A sealed parcel for the device",
                               "content": {"application/octet-stream": {}}},
                         400: _REFUSAL, 403: _REFUSAL},
              summary="Fetch the next parcel of changes for a device (request signed by it)")
    async def pull(request: Request) -> Response:
        data = await _body(request, 64 * 1024)
        asked = await run_in_threadpool(check_pull_request, store, data)
        parcel = await run_in_threadpool(build_pull_parcel, store, keys, asked["device"],
                                         asked["after"], asked["max_items"])
        return Response(parcel, media_type="application/octet-stream")

    @app.get(f"/{API_VERSION}/devices/{{device_id}}/chain", responses={403: _REFUSAL},
             summary="The last parcel the server accepted from a device (sequence and hash)")
    def chain(device_id: str) -> dict:
        with store.transaction() as session:
            device = session.get(Device, device_id)
            if device is None:
                raise Refused("unknown device", 403)
            return {"device": device.id, "last_seq": device.last_seq,
                    "last_hash": device.last_hash, "revoked": device.revoked_at is not None}

    app.state.store, app.state.keys = store, keys
    return app


def server_config(app: FastAPI, host: str, port: int):
    """Uvicorn settings for slow links: long keep-alive, generous limits."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, timeout_keep_alive=180,
                          timeout_graceful_shutdown=10, log_level="warning",
                          limit_concurrency=200, h11_max_incomplete_event_size=1024 * 1024)
