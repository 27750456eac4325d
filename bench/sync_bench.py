"""Sync of a month of a station's work over emulated links (bench/linkproxy.py).

- wire bytes (both directions, HTTP included, counted by the proxy) against the floor: the
  zstd size of the same changes (the exact change list the parcels carry, canonical JSON);
- time of `SyncClient.sync_now()` (push then pull) against the physical limit for the bytes it
  moved (bytes / bandwidth each way + one RTT per request and per TCP connection);
- a one-request-per-record baseline (one sealed parcel per change, as a naive client would):
  a sample of records, extrapolated to the month.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import zstandard

from bench import syncsetup
from bench.common import quick, summary, write_result
from bench.linkproxy import LINKS, UNSHAPED, LinkProxy


class CountingTransport:
    """Wraps HttpTransport to count requests (push, pull, chain)."""

    def __init__(self, inner) -> None:
        self.inner, self.requests = inner, 0

    def __getattr__(self, name):
        attribute = getattr(self.inner, name)
        if name in ("push", "pull", "chain", "health"):
            def counted(*args, **kwargs):
                self.requests += 1
                return attribute(*args, **kwargs)
            return counted
        return attribute


def prepare(work: Path) -> dict:
    store, keys = syncsetup.county(work)
    with syncsetup.ServerThread(store, keys) as server:
        workspace = syncsetup.enrolled_station(work, store, server.url)
    syncsetup.month_of_work(workspace)
    changes = syncsetup.pending_wire_changes(workspace.store)
    from app.protocol.wire import canonical_json

    raw = canonical_json({"changes": changes})
    floor = {"records": len(changes), "json_bytes": len(raw),
             "zstd3": len(zstandard.ZstdCompressor(level=3).compress(raw)),
             "zstd19": len(zstandard.ZstdCompressor(level=19).compress(raw))}
    workspace.store.checkpoint()
    workspace.store.close()
    store.close()
    return floor


def _copy(snapshot: Path, target: Path) -> Path:
    shutil.copytree(snapshot, target)
    return target


def trial(snapshot: Path, link, per_record_sample: int = 0) -> dict:
    from app.sync.client import SyncClient
    from app.sync.outbox import accept_receipt, next_parcel
    from app.sync.transport import HttpTransport
    from bench import data

    work = _copy(snapshot, Path(tempfile.mkdtemp(prefix="bench-sync-")) / "w")
    try:
        store, keys = syncsetup.county(work)
        workspace = data.sign_in(work / "station")
        with syncsetup.ServerThread(store, keys) as server, LinkProxy(link, server.port) as proxy:
            transport = CountingTransport(HttpTransport(proxy.url, read_seconds=600))
            started = time.perf_counter()
            if per_record_sample:
                for _ in range(per_record_sample):
                    parcel = next_parcel(workspace.store, 1)
                    accept_receipt(workspace.store, transport.push(parcel.data))
                records = per_record_sample
            else:
                report = SyncClient(workspace.store, transport).sync_now()
                records = report.pushed_changes
            seconds = time.perf_counter() - started
            transport.close()
        workspace.store.close()
        store.close()
        up, down, round_trips = proxy.up.bytes, proxy.down.bytes, transport.requests
        return {"seconds": seconds, "records": records, "up": up, "down": down,
                "requests": round_trips, "connections": proxy.connections,
                "limit": link.physical_limit(up, down, round_trips + proxy.connections)}
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)


def run() -> dict:
    runs = 1 if quick() else 3
    work = Path(tempfile.mkdtemp(prefix="bench-syncprep-"))
    try:
        floor = prepare(work)
        results = []
        cpu = [trial(work, UNSHAPED)["seconds"] for _ in range(runs)]
        for link in LINKS:
            trials = [trial(work, link) for _ in range(runs)]
            sample = 8 if link.rtt_ms >= 800 else 25
            naive = trial(work, link, per_record_sample=sample if not quick() else 5)
            best = trials[0]
            ratios = [t["seconds"] / t["limit"] for t in trials]
            results.append({
                "link": link.name, "records": best["records"],
                "seconds": summary([t["seconds"] for t in trials]),
                "limit": summary([t["limit"] for t in trials]),
                "ratio_to_limit": summary(ratios),
                "wire_bytes": best["up"] + best["down"], "up": best["up"], "down": best["down"],
                "requests": best["requests"], "connections": best["connections"],
                "per_record_seconds_each": naive["seconds"] / naive["records"],
                "per_record_sample": naive["records"],
                "per_record_month_seconds": naive["seconds"] / naive["records"] * best["records"],
                "per_record_wire_bytes_each": (naive["up"] + naive["down"]) / naive["records"]})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return write_result("sync", {"runs": runs, "floor": floor, "links": results,
                                 "unshaped_seconds": summary(cpu)})


if __name__ == "__main__":
    run()
    sys.exit(0)
