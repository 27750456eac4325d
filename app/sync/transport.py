"""How parcels travel: HTTP to the county server, or a folder on a USB stick.

Both carry the same bytes. The HTTP transport uses long timeouts suited to slow links and
classifies failures: `LinkDown` (try again later; nothing was lost) and `ServerRefused`
(the county answered no, with a reason).
"""
from __future__ import annotations

import os
from pathlib import Path

import httpx

from app.errors import N_, UserError
from app.protocol.headers import APP_VERSION_HEADER, SCHEMA_HEADER

API = "/v1"


class LinkDown(UserError):
    """The county server cannot be reached right now (or the link broke mid-way)."""


class UntrustedServer(LinkDown):
    """The server's HTTPS certificate is not trusted (wrong name, self-signed, expired):
    nothing was sent. A county with its own CA gives its file in SSL_CERT_FILE."""


class ServerRefused(UserError):
    """The county server answered, and refused (reason in `reason`)."""

    def __init__(self, status: int, reason: str, details: dict | None = None) -> None:
        super().__init__(N_("The county server refused: %1"), reason)
        self.status = status
        self.reason = reason
        self.details = details or {}


class ServerFailed(ServerRefused):
    """The county server failed on a request (HTTP 500 and the like): a fault at the county.
    Sync stops and shows it instead of retrying the same request again and again."""

    def __init__(self, status: int, text: str = "") -> None:
        super().__init__(status, f"HTTP {status}", {"text": text})
        UserError.__init__(self, N_("The county server failed on this request (HTTP %1). "
                                    "Tell the county; sync will try again later."), status)


def timeouts(read_seconds: float = 120.0) -> httpx.Timeout:
    return httpx.Timeout(connect=20.0, read=read_seconds, write=read_seconds, pool=30.0)


def program_headers() -> dict[str, str]:
    """What every request says about the program: its version and its schema revision
    (app.protocol.headers; the county shows them per device)."""
    from app.version import app_version, schema_revision

    return {"User-Agent": f"station-ledger/{app_version()}",
            APP_VERSION_HEADER: app_version(), SCHEMA_HEADER: schema_revision()}


class HttpTransport:
    def __init__(self, base_url: str, *, read_seconds: float = 120.0,
                 client: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = client or httpx.Client(timeout=timeouts(read_seconds),
                                             headers=program_headers())
        self.county_time: str | None = None  # the county's clock in its last answer (ISO)

    def close(self) -> None:
        self.client.close()

    def _post(self, path: str, data: bytes, content_type: str) -> bytes:
        try:
            response = self.client.post(self.base_url + API + path, content=data,
                                        headers={"Content-Type": content_type})
        except httpx.HTTPError as exc:
            raise link_down(exc) from exc
        return self._checked(response)

    def _checked(self, response: httpx.Response) -> bytes:
        """The body of a 200; otherwise LinkDown (try again later: the link, a busy or
        restarting server — 408, 429, 502–504), ServerFailed (the server broke on this
        request: reported, not retried in this sync) or ServerRefused (it said no)."""
        self.county_time = response.headers.get("X-County-Time") or self.county_time
        status = response.status_code
        if status == 200:
            return response.content
        if status in (408, 429, 502, 503, 504):
            raise LinkDown(N_("The county server is busy or cannot be reached (%1)."),
                           f"HTTP {status}")
        if status >= 500:
            raise ServerFailed(status, response.text[:200])
        try:
            body = response.json()
            if not isinstance(body, dict):
                raise ValueError("not an object")
        except ValueError:
            body = {"reason": response.text[:200]}
        reason = str(body.pop("reason", "refused"))
        raise ServerRefused(status, reason, body)

    def health(self) -> dict:
        try:
            response = self.client.get(self.base_url + API + "/health", timeout=10.0)
        except httpx.HTTPError as exc:
            raise link_down(exc) from exc
        import json

        return json.loads(self._checked(response))

    def enroll(self, request: bytes) -> dict:
        import json

        return json.loads(self._post("/enroll", request, "application/json"))

    def push(self, parcel: bytes) -> bytes:
        return self._post("/parcels", parcel, "application/octet-stream")

    def pull(self, request: bytes) -> bytes:
        return self._post("/pull", request, "application/json")

    def blob_status(self, request: bytes) -> dict:
        import json

        return json.loads(self._post("/blobs/status", request, "application/json"))

    def put_blob_piece(self, device_id: str, sha256: str, offset: int, body: bytes) -> dict:
        """One signed, sealed piece of an attachment's content (app/protocol/blobs.py)."""
        import json

        from app.protocol.blobs import DEVICE_HEADER

        try:
            response = self.client.put(
                f"{self.base_url}{API}/blobs/{sha256}/{offset}", content=body,
                headers={"Content-Type": "application/octet-stream", DEVICE_HEADER: device_id})
        except httpx.HTTPError as exc:
            raise link_down(exc) from exc
        return json.loads(self._checked(response))

    def fetch_blob_piece(self, request: bytes) -> tuple[bytes, int]:
        """(the sealed piece, the whole size)."""
        from app.protocol.blobs import BLOB_SIZE_HEADER

        try:
            response = self.client.post(self.base_url + API + "/blobs/fetch", content=request,
                                        headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            raise link_down(exc) from exc
        data = self._checked(response)
        try:
            return data, int(response.headers.get(BLOB_SIZE_HEADER, ""))
        except ValueError:
            raise LinkDown(N_("The connection to the county server broke off. It will be tried "
                              "again.")) from None

    def chain(self, device_id: str) -> dict:
        import json

        try:
            response = self.client.get(f"{self.base_url}{API}/devices/{device_id}/chain")
        except httpx.HTTPError as exc:
            raise link_down(exc) from exc
        return json.loads(self._checked(response))


def link_down(exc: Exception) -> LinkDown:
    """A LinkDown that says in words why the server could not be reached (the library's
    exception name is for the log, never for the user)."""
    if "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate verify failed" in str(exc):
        return UntrustedServer(N_("The county server's certificate is not trusted; nothing was "
                                  "sent. Check the address, or ask the county for its "
                                  "certificate authority."))
    if isinstance(exc, httpx.TimeoutException):
        return LinkDown(N_("The county server did not answer in time. It will be tried again."))
    if isinstance(exc, httpx.ConnectError):
        return LinkDown(N_("There is no connection to the county server (check the network and "
                           "the server address). It will be tried again."))
    return LinkDown(N_("The connection to the county server broke off. It will be tried again."))


class SyncFolder:
    """The USB-stick layout shared with the county's import (app.server.folder)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.to_county = self.root / "to-county"
        self.from_county = self.root / "from-county"

    def parcel_path(self, device_id: str, seq: int) -> Path:
        return self.to_county / f"{device_id}-{seq:08d}.parcel"

    def pull_request_path(self, device_id: str) -> Path:
        return self.to_county / f"{device_id}.pull-request"

    def receipts(self, device_id: str) -> list[Path]:
        return sorted(self.from_county.glob(f"{device_id}-[0-9]*.receipt"))

    def pull_parcels(self, device_id: str) -> list[Path]:
        return sorted(self.from_county.glob(f"{device_id}-pull-*.parcel"))

    # attachments' content (app/protocol/blobs.py): a signed status request announcing the
    # size, the pieces (signed, sealed to the county), and the county's signed receipt
    def blob_request_path(self, device_id: str, sha256: str) -> Path:
        return self.to_county / f"{device_id}-{sha256}.blob"

    def blob_piece_path(self, device_id: str, sha256: str, offset: int) -> Path:
        return self.to_county / "blobs" / f"{device_id}-{sha256}-{offset:010d}.piece"

    def blob_receipts(self, device_id: str) -> list[Path]:
        return sorted(self.from_county.glob(f"{device_id}-*.blob-receipt"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so a reader sees the old file or the whole new one: a
    `.partial` file beside it, fsync, then rename (the USB folder, on either side)."""
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
