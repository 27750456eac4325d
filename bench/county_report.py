"""docs/benchmarks.md rows and sections for bench/county_bench.py (the demo station, the county
server with several processes and its memory); kept apart from bench/report.py and
bench/writer.py so each benchmark's owner edits their own block."""
from __future__ import annotations


def _sec(value: float) -> str:
    return f"{value:.2f} s"


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def target_rows(results: dict) -> list[tuple]:
    rows = []
    demo = results.get("demo")
    if demo and demo["wall"].get("n"):
        wall = demo["wall"]["median"]
        rows.append((f"Demo station ({demo['households']} households, a year of work; wall, "
                     "median)", f"≤ {demo['target_seconds']:.0f} s",
                     f"{_sec(wall)} (CPU {_sec(demo['cpu']['median'])}; load after "
                     f"{demo.get('load_after')})", _verdict(wall <= demo["target_seconds"])))
    scale = results.get("county_processes")
    if scale and scale.get("scale"):
        best = max(scale["scale"], key=lambda s: s["records_per_s"])
        growth = ", ".join(f"{s['processes']}: {s['records_per_s']:,.0f}"
                           for s in scale["scale"])
        failed = any(s["failures"] for s in scale["scale"])  # e.g. unplanned quarantine
        rows.append(("County ingest over HTTP, PostgreSQL, server processes → applied "
                     "records/s (mixed stream, 8 stations × 2 devices)", "≥ 50k records/s",
                     growth + (" — the run had failures (details)" if failed else ""),
                     "failed" if failed else _verdict(best["records_per_s"] >= 50_000)))
        memory = scale.get("memory")
        if memory:
            rows.append((f"County server peak RSS ingesting {memory['records']:,} records",
                         "reported", f"{memory['peak_rss_mib']:.0f} MiB", "reported"))
    return rows


def details(results: dict) -> str:
    parts = []
    demo = results.get("demo")
    if demo:
        w, c = demo["wall"], demo["cpu"]
        text = ("### Demo station (`station-ledger demo`, fresh process each run, production "
                "Argon2id)\n| measure | median | min | max | n |\n| --- | --- | --- | --- | --- |")
        for name, s in (("wall time, spawn to exit", w), ("CPU time (user + system)", c)):
            if s.get("n"):
                text += (f"\n| {name} | {_sec(s['median'])} | {_sec(s['min'])} | "
                         f"{_sec(s['max'])} | {s['n']} |")
        if demo.get("errors"):
            text += f"\n\nErrors: {demo['errors']}"
        parts.append(text + f"\n\nload average after: {demo.get('load_after')}")
    scale = results.get("county_processes")
    if scale:
        text = (f"### County server processes on one PostgreSQL ({scale['records']:,} records, "
                f"{scale['stations']} stations × 2 devices, parcels of {scale['batch']:,}, "
                "over HTTP)\n| processes | records/s (median) | runs | peak RSS per process "
                "| load after |\n| --- | --- | --- | --- | --- |")
        for s in scale["scale"]:
            runs = ", ".join(f"{r:,.0f}" for r in s["records_per_s_runs"])
            text += (f"\n| {s['processes']} | {s['records_per_s']:,.0f} | {runs} | "
                     f"{s['peak_rss_mib']:.0f} MiB | {s['load_after']} |")
            if s["failures"]:
                text += f"\n\nFailures with {s['processes']}: {s['failures'][:3]}"
        memory = scale.get("memory")
        if memory:
            text += (f"\n\nMemory: one server process ingesting {memory['records']:,} records "
                     f"of one station peaked at {memory['peak_rss_mib']:.0f} MiB RSS "
                     f"({memory['records_per_s']:,.0f} records/s over HTTP).")
        parts.append(text + "\n\nPostgreSQL 15, throwaway cluster, fsync on; the clients and "
                     "the servers share the machine's cores with PostgreSQL.")
    return "\n\n".join(parts)
