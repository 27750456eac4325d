"""An attachment's content to the county over emulated slow links (bench/linkproxy.py).

A scan of `size` random bytes (PDF-like: it does not compress) is attached at an enrolled
station and sent with `SyncClient.sync_now()` (the parcels first, then the 64 KiB pieces,
app/sync/blobs.py). Reported per link: seconds, bytes each way, requests, and the physical
limit for those bytes (bytes / bandwidth each way + one RTT per request and connection).

    .venv/bin/python -m bench.attachment_bench [--size BYTES] [--link 2G|EDGE|3G|4G]
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench import syncsetup
from bench.common import write_result
from bench.linkproxy import LINKS, LinkProxy


class PieceCounter:
    def __init__(self, inner) -> None:
        self.inner, self.requests = inner, 0

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if callable(attribute) and name in ("push", "pull", "blob_status", "put_blob_piece",
                                            "fetch_blob_piece", "health", "chain"):
            def counted(*args, **kwargs):
                self.requests += 1
                return attribute(*args, **kwargs)
            return counted
        return attribute


def trial(link, size: int) -> dict:
    from app.services.attachments import add_attachment
    from app.services.queries import villages
    from app.services.households import HouseholdInput, PersonInput, create_household
    from app.sync.client import SyncClient
    from app.sync.transport import HttpTransport

    work = Path(tempfile.mkdtemp(prefix="bench-attach-"))
    try:
        store, keys = syncsetup.county(work)
        with syncsetup.ServerThread(store, keys) as server:
            workspace = syncsetup.enrolled_station(work, store, server.url, people=5)
            with workspace.read() as session:
                village = villages(session, workspace.station_id)[0].id
            household, _ = create_household(workspace, HouseholdInput(village_id=village),
                                            [PersonInput(name_zh="扎西", relation="head")])
            prefix = _real_pdf_prefix()
            scan = prefix + os.urandom(max(0, size - len(prefix))).replace(b"\n", b"x")
            add_attachment(workspace, "household", household, scan, "scan.pdf")
            with LinkProxy(link, server.port) as proxy:
                transport = PieceCounter(HttpTransport(proxy.url, read_seconds=900))
                started = time.perf_counter()
                report = SyncClient(workspace.store, transport).sync_now()
                seconds = time.perf_counter() - started
                transport.close()
            workspace.store.close()
        store.close()
        up, down = proxy.up.bytes, proxy.down.bytes
        limit = link.physical_limit(up, down, transport.requests + proxy.connections)
        return {"link": link.name, "size": len(scan), "seconds": round(seconds, 1),
                "up": up, "down": down, "requests": transport.requests,
                "blobs_sent": report.blobs_sent, "limit": round(limit, 1),
                "of_limit": round(seconds / limit, 3)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _real_pdf_prefix() -> bytes:
    """A valid one-page PDF; the random bytes follow it as a trailing comment."""
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "bench scan")
    page.showPage()
    page.save()
    return buffer.getvalue() + b"\n%"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=256 * 1024)
    parser.add_argument("--link", default="2G")
    args = parser.parse_args()
    link = next(link for link in LINKS if link.name.startswith(args.link))
    result = trial(link, args.size)
    print(result)
    write_result("attachments", result)


if __name__ == "__main__":
    main()
