"""The county server bounds every resource a request can take (issue 11, item 6).

Nothing here trusts the client to be quick, small or honest:

- **connections**: request headers must be complete within `HEADER_SECONDS` (uvicorn has no
  such timeout; `BoundedH11Protocol` adds it); an idle keep-alive connection is closed after
  `KEEP_ALIVE_SECONDS`; up to `MAX_CONNECTIONS` connections, so a few hundred slow ones do not
  starve the health check;
- **bodies**: read as a stream, refused (413) as soon as they pass the endpoint's limit (the
  declared Content-Length is checked first), and refused (408) when they arrive slower than
  `MIN_BODY_RATE` bytes/s after a `BODY_GRACE_SECONDS` start (`read_body`);
- **uploads**: at most `UPLOADS_PER_CLIENT` requests with a body in progress per client address
  and `UPLOADS_TOTAL` in all (`UploadGate`, 429 with Retry-After), so memory stays bounded by
  `UPLOADS_TOTAL × MAX_PARCEL_BYTES` for bodies;
- **parcels**: the signature is checked before anything is decompressed; decompressed size
  (`MAX_PAYLOAD_BYTES`) and change count (`MAX_CHANGES_PER_PARCEL`, counted in the raw text
  before it is parsed) per parcel, and changes and decompressed bytes per device per hour
  (`HOURLY_CHANGES`, `HOURLY_PAYLOAD_BYTES`, 429); at most `MAX_QUARANTINE_PER_PARCEL`
  quarantine rows per parcel (the rest are refused with a reason, still not delivered);
- **malformed input**: JSON nested too deeply or otherwise unreadable is a 400, never a 500;
- **identifiers** from outside (device ids in paths, headers and requests) must be UUIDs
  (`valid_device_id`) before they reach a query or a file name.
"""
from __future__ import annotations

import asyncio
import re
from collections import Counter
from contextlib import contextmanager

from starlette.requests import ClientDisconnect
from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_CONNECTIONS = 1000
HEADER_SECONDS = 20.0
KEEP_ALIVE_SECONDS = 30
BODY_GRACE_SECONDS = 30.0
MIN_BODY_RATE = 2048  # bytes/s after the grace period (a 2G link manages ~5 KB/s)
CHUNK_SECONDS = 30.0  # no byte at all for this long: the body is abandoned
MAX_PARCEL_BYTES = 16 * 1024 * 1024  # a sealed, compressed parcel
MAX_SMALL_BODY = 64 * 1024  # enrolment and pull requests
MAX_PAYLOAD_BYTES = 64 * 1024 * 1024  # a parcel's payload after decompression
MAX_CHANGES_PER_PARCEL = 20_000  # devices pack at most 5,000
HOURLY_CHANGES = 200_000  # per device
HOURLY_PAYLOAD_BYTES = 1024 * 1024 * 1024  # per device
MAX_QUARANTINE_PER_PARCEL = 1000
UPLOADS_TOTAL = 4
UPLOADS_PER_CLIENT = 2
RETRY_AFTER_SECONDS = 30

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def valid_device_id(value) -> bool:
    """A device id as devices make them (a lower-case UUID); anything else is refused
    before it becomes part of a query, a path or a file name."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


class BodyRefused(Exception):
    """The body was too large (413) or too slow (408)."""

    def __init__(self, reason: str, status: int) -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


async def read_body(request, limit: int, *, grace: float = BODY_GRACE_SECONDS,
                    min_rate: float = MIN_BODY_RATE, chunk_seconds: float = CHUNK_SECONDS) -> bytes:
    """The request body, at most `limit` bytes, arriving at least at `min_rate` bytes/s after
    `grace` seconds; BodyRefused otherwise (nothing more is buffered once refused)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BodyRefused("malformed Content-Length", 400)
        if int(declared) > limit:
            raise BodyRefused("request too large", 413)
    loop = asyncio.get_running_loop()
    started = loop.time()
    chunks, size = [], 0
    stream = request.stream().__aiter__()
    while True:
        allowed = started + grace + size / min_rate - loop.time()
        if allowed <= 0:
            raise BodyRefused("request body arrives too slowly", 408)
        try:
            chunk = await asyncio.wait_for(stream.__anext__(), min(allowed, chunk_seconds))
        except StopAsyncIteration:
            break
        except ClientDisconnect as exc:
            raise BodyRefused("the client went away", 400) from exc
        except asyncio.TimeoutError as exc:
            raise BodyRefused("request body arrives too slowly", 408) from exc
        size += len(chunk)
        if size > limit:
            raise BodyRefused("request too large", 413)
        chunks.append(chunk)
    return b"".join(chunks)


class UploadGate:
    """Counts requests with a body in progress, per client address and in all."""

    def __init__(self, total: int = UPLOADS_TOTAL, per_client: int = UPLOADS_PER_CLIENT) -> None:
        self.total, self.per_client = total, per_client
        self.busy: Counter[str] = Counter()

    @contextmanager
    def slot(self, client: str):
        """Hold one upload slot for `client`; BodyRefused(429) if none is free. Used from the
        event loop only (no lock needed)."""
        if sum(self.busy.values()) >= self.total or self.busy[client] >= self.per_client:
            raise BodyRefused("the county server is busy; try again shortly", 429)
        self.busy[client] += 1
        try:
            yield
        finally:
            self.busy[client] -= 1
            if self.busy[client] <= 0:
                del self.busy[client]


class BoundedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a deadline for request headers: a connection that
    has not completed its request line and headers within `HEADER_SECONDS` is closed."""

    header_seconds = HEADER_SECONDS

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer = None
        self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        if getattr(self, "_header_timer", None) is None:
            self._header_timer = self.loop.call_later(self.header_seconds, self._header_timeout)

    def _disarm_header_timer(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _waiting_for_headers(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._waiting_for_headers():
            self._arm_header_timer()
        else:
            self._disarm_header_timer()

    def on_response_complete(self) -> None:
        self._disarm_header_timer()  # idle now: the keep-alive timeout applies
        super().on_response_complete()

    def connection_lost(self, exc) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self._waiting_for_headers() and not self.transport.is_closing():
            self.transport.close()
