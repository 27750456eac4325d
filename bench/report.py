"""docs/benchmarks.md from the result files in bench/out/ (never hand-edited figures)."""
from __future__ import annotations

from bench.common import FAULTS, RESULTS, read_results

ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
sec = lambda s: f"{s:.2f} s"  # noqa: E731


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def target_rows(r: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    s = r.get("startup")
    if s and s["main"].get("n") and s.get("method") != "app_startup":  # else: bench/app_report.py
        anki = s["anki"].get("median")
        peer = f"Anki {sec(anki)} (×{s['main']['median'] / anki:.2f})" if anki else \
            f"Anki: {s['errors'].get('anki', 'not measured')}"
        rows.append(("Start-up to signed-in main window (median)", "≤ 1.0 s",
                     f"{sec(s['main']['median'])}; sign-in screen {sec(s['signin']['median'])}; "
                     + peer, _verdict(s["main"]["median"] <= 1.0)))
    st = r.get("store")
    if st:
        rows.append(("Visit save p99 (p50), encrypted + change log", "≤ 5 ms",
                     f"{ms(st['save']['p99'])} ({ms(st['save']['p50'])}); bare commit floor p99 "
                     f"{ms(st['commit_floor']['p99'])}", _verdict(st["save"]["p99"] <= 0.005)))
        paint = st["list_qt_first_paint"]
        if paint.get("n"):
            stuck = st.get("list_qt_error", "")
            rows.append(("First list paint at 100k (Qt, median / max)", "≤ 300 ms",
                         f"{ms(paint['median'])} / {ms(paint['max'])}; SQL page "
                         f"{ms(st['list_first_page']['median'])}"
                         + (f"; **failed runs: {stuck}**" if stuck else ""),
                         _verdict(paint["median"] <= 0.3 and not stuck)))
        rows.append(("Search-as-you-type p95 at 100k (first page; store bench, the first "
                     "year's target: issue 18's is in the desktop section)", "≤ 100 ms",
                     f"{ms(st['search_first_page']['p95'])} (median "
                     f"{ms(st['search_first_page']['median'])}, {st['keystrokes']} keystrokes)",
                     _verdict(st["search_first_page"]["p95"] <= 0.1)))
    sy = r.get("sync")
    if sy:
        floor, link = sy["floor"], sy["links"][0]
        allowed = 1.25 * floor["zstd3"] + 1024 * link["requests"]
        rows.append(("Wire bytes, a month (%d records)" % floor["records"],
                     "≤ 1.25 × zstd + 1 kB/request",
                     f"{link['wire_bytes']:,} B vs floor {floor['zstd3']:,} B "
                     f"(×{link['wire_bytes'] / floor['zstd3']:.2f}, allowed {allowed:,.0f} B)",
                     _verdict(link["wire_bytes"] <= allowed)))
        for link in sy["links"]:
            ratio = link["ratio_to_limit"]["median"]
            rows.append((f"Sync a month, {link['link']}", "≤ 1.2 × physical limit",
                         f"{sec(link['seconds']['median'])} vs limit {sec(link['limit']['median'])}"
                         f" (×{ratio:.2f}); one request per record ≈ "
                         f"{sec(link['per_record_month_seconds'])} "
                         f"(×{link['per_record_month_seconds'] / link['seconds']['median']:.0f})",
                         _verdict(ratio <= 1.2)))
    rp = r.get("reports")
    if rp:
        for key, label, limit in (("pdf_zh_CN", "Chinese", 1.0), ("pdf_bo", "Tibetan", 1.5)):
            if key in rp:
                v = rp[key]
                rows.append((f"Monthly PDF, {label} ({v['records']} records, warm median)",
                             f"≤ {limit} s", f"{sec(v['total']['median'])} (first in process "
                             f"{sec(v['first'])})", _verdict(v["total"]["median"] <= limit)))
    ig = r.get("ingest")
    if ig:
        for db in ("sqlite", "postgresql"):
            if db in ig:
                rate, run = ig[db]["records_per_second"], ig[db]
                floor = ""
                if "database_seconds" in run:  # the database alone, at zero Python cost
                    floor = (f"; database {run['database_seconds'] / run['seconds']:.0%} of "
                             f"the time: alone {run['database_ceiling_records_per_second']:,.0f}"
                             " records/s")
                runs = (f", median of {', '.join(f'{r:,}' for r in run['runs'])}"
                        if len(run.get("runs", ())) > 1 else "")
                rows.append((f"Server ingest, {db} (first sync: inserts, parcels of "
                             f"{ig['batch']:,})", "≥ 50k records/s", f"{rate:,.0f} records/s "
                             f"({run['records']:,} records{runs}{floor})",
                             _verdict(rate >= 50_000)))
            elif db == "postgresql" and "postgresql_error" in ig:
                rows.append(("Server ingest, postgresql", "≥ 50k records/s",
                             f"not run: {ig['postgresql_error']}", "n/a"))
    from bench import county_report

    rows += county_report.target_rows(r)
    return rows


def fault_rows() -> list[tuple]:
    rows = []
    for name, f in read_results(FAULTS).items():
        rows.append((name, f.get("what", ""), "full" if f.get("full") else "CI",
                     f.get("cases", 0), f.get("failures", 0), f.get("records_lost", 0),
                     f.get("leaked", 0), f.get("at", "")))
    return rows


def table(header: tuple, rows: list[tuple]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def figures_markdown() -> tuple[str, str, dict]:
    results = read_results(RESULTS)
    targets = table(("measure", "target", "this run", "verdict"), target_rows(results))
    faults = table(("fault test", "what", "mode", "cases", "failures", "records lost", "leaked",
                    "when"),
                   fault_rows()) if fault_rows() else "_No fault figures yet: run `bash " \
        "bench/run.sh --faults` or the test suite._"
    return targets, faults, results
