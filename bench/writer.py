"""Writes docs/benchmarks.md: method, machine, the figures (from bench/out/), the details of
each benchmark, the fault harness, and bench/findings.md (the analysis, written by hand)."""
from __future__ import annotations

import time
from pathlib import Path

from bench.common import ROOT, load_average
from bench.app_report import app_section  # the desktop app (issue 18), its own section
from bench.report import figures_markdown, ms, sec, table

METHOD = """\
## Method
- One command: `bash bench/run.sh` (`--quick` for fewer repetitions; `--faults` adds the fault
  harness at full strength; `--only store,sync` for some). It runs each benchmark in its own
  process, writes raw figures to `bench/out/results/*.json` (git-ignored) and this file from
  them. Nothing here is typed by hand except the two analyses (in the desktop section and at
  the end; bench/findings_app.md and bench/findings.md).
- Every figure is a **median of repeated runs** (or a percentile over all samples pooled
  from repeated runs) with its spread; baselines are measured **in the same run**: the bare
  commit of a one-row write (the disk's fsync floor), Anki's start-up, the zstd size of the
  same changes, the physical limit of each link, one request per record.
- Data: a station with **100,000 people** in ~33,000 households (70 % Tibetan names with
  Chinese and Latin forms), built through the real models (SQLCipher, change log, search keys)
  once into `bench/out/cache/` and copied for each run. Sync: that station's month of work
  (20 households, 400 visits, 12 activities with rosters, 40 resource links ≈ 680 changes)
  after a first full sync of 600 people. Start-up: a 5,000-person station whose key is wrapped
  with the production Argon2id cost (64 MiB); all other benchmarks sign in with the cheap test
  KDF, which they do not time.
- Links are emulated by an asyncio proxy on 127.0.0.1 (`bench/linkproxy.py`): per direction
  a FIFO link (serialisation at the link rate, one-way delay RTT/2, ≤ 64 kB in flight) and one
  RTT for each new TCP connection. Physical limit = bytes up / rate up + bytes down / rate down
  + RTT × (requests + connections), for the bytes the sync really moved.
- Qt runs offscreen (`QT_QPA_PLATFORM=offscreen`). Anki desktop (`aqt`, from PyPI) lives in
  its own virtualenv `bench/.venv-anki`, never in the project's `.venv`.
- **Noise:** this is a shared 2-core VM; other engineers' test suites ran during some runs.
  The 1-minute load average is recorded with every result (`load_after`) and shown below;
  treat figures taken at load > 1 as pessimistic.
"""


def _details(results: dict) -> str:
    parts = []
    s = results.get("startup")
    if s and s.get("method") != "app_startup":  # else: the desktop app section (app_report)
        rows = [("our app: sign-in screen painted", *_spread(s["signin"], sec)),
                ("our app: signed in, main window painted, first reads in",
                 *_spread(s["main"], sec)),
                ("Anki desktop: main window with profile open", *_spread(s["anki"], sec))]
        parts.append("### Start-up (fresh process each run, timed from spawn)\n"
                     + table(("to", "median", "min", "max", "n"), rows)
                     + (f"\n\nErrors: {s['errors']}" if s.get("errors") else "")
                     + f"\n\nload average after: {s.get('load_after')}")
    st = results.get("store")
    if st:
        rows = [("visit save (record_visit, end to end)", *_spread(st["save"], ms, True)),
                ("bare one-row commit (fsync floor)", *_spread(st["commit_floor"], ms, True)),
                ("people list: first page of 200 (SQL)", *_spread(st["list_first_page"], ms, True)),
                ("people list: Qt model + view painted", *_spread(st["list_qt_first_paint"], ms, True)),
                ("search keystroke: first page of 200", *_spread(st["search_first_page"], ms, True)),
                ("search keystroke: exact count of matches (`count_people`; the app now "
                 "caps the count, desktop section)", *_spread(st["search_count"], ms, True))]
        slow = ", ".join(f"`{p}` {ms(v)}" for p, v in st.get("slowest_prefixes", []))
        parts.append(f"### Local store at {st['people']:,} people\n"
                     + table(("measure", "median", "p95", "p99", "max", "n"), rows)
                     + f"\n\nSlowest keystrokes (median): {slow}. Sign-in + open: "
                     f"{sec(st['sign_in_open_seconds'])} (test KDF). "
                     + (f"Qt list error: {st['list_qt_error']}. " if st.get("list_qt_error") else "")
                     + f"load average after: {st.get('load_after')}")
    sy = results.get("sync")
    if sy:
        f = sy["floor"]
        rows = [(l["link"], sec(l["seconds"]["median"]), sec(l["limit"]["median"]),
                 f"×{l['ratio_to_limit']['median']:.2f}", f"{l['up']:,} / {l['down']:,}",
                 f"{l['requests']} + {l['connections']}",
                 f"{sec(l['per_record_month_seconds'])} ({l['per_record_sample']} sampled)",
                 f"{l['per_record_wire_bytes_each']:,.0f} B") for l in sy["links"]]
        parts.append(f"### Sync of a month ({f['records']} changes)\n"
                     f"Payload JSON {f['json_bytes']:,} B; zstd-3 {f['zstd3']:,} B (the floor; "
                     f"zstd-19 {f['zstd19']:,} B). Unshaped loopback (CPU only): "
                     f"{_median(sy.get('unshaped_seconds'), sec)}.\n\n"
                     + table(("link", "sync (median)", "physical limit", "ratio",
                              "bytes up / down", "requests + connections",
                              "one request per record (extrapolated)", "per-record request"),
                             rows) + f"\n\n{sy['runs']} runs per link; load average after: "
                     f"{sy.get('load_after')}")
    rp = results.get("reports")
    if rp:
        rows = [(k, sec(v["first"]), sec(v["prepare"]["median"]), sec(v["render"]["median"]),
                 sec(v["total"]["median"]), f"{v['bytes']:,}", v["records"])
                for k, v in rp.items() if isinstance(v, dict)]
        parts.append(f"### Monthly report export ({rp['month']})\n"
                     + table(("report", "first in process", "summary", "render", "total (warm)",
                              "bytes", "records"), rows)
                     + f"\n\nload average after: {rp.get('load_after')}")
    ig = results.get("ingest")
    if ig:
        rows = [(db, f"{ig[db]['records_per_second']:,.0f}",
                 ", ".join(f"{r:,}" for r in ig[db].get("runs", ())) or "one",
                 f"{ig[db]['records']:,}", sec(ig[db]["parcel_seconds"]["median"]),
                 f"{ig[db]['database_seconds']:.2f} s of {ig[db]['seconds']:.2f} s"
                 if "database_seconds" in ig[db] else "—")
                for db in ("sqlite", "postgresql") if db in ig]
        parts.append(f"### County server ingest ({ig['parcels']} parcels of ≤ {ig['batch']:,}"
                     f" real changes, {ig['bytes']:,} B sealed)\n"
                     + (f"Stream: {ig['stream']}. The mixed stream (updates, conflicts, two "
                        "devices, bad changes) is the county benchmark's, below.\n\n"
                        if ig.get("stream") else "")
                     + (f"The station packed these parcels (its change log read, wire form, "
                        f"zstd, sealed, signed) in {ig['station_pack_seconds']:.1f} s: "
                        f"{ig['station_pack_records_per_second']:,.0f} changes/s.\n\n"
                        if "station_pack_seconds" in ig else "")
                     + table(("database", "records/s (median)", "runs", "records",
                              "per parcel (median)", "in the database"), rows)
                     + (f"\n\nPostgreSQL: {ig['postgresql_error']}" if "postgresql_error" in ig
                        else "\n\nPostgreSQL 15, throwaway cluster, fsync on (defaults).")
                     + f" load average after: {ig.get('load_after')}")
    from bench import county_report

    if county_report.details(results):
        parts.append(county_report.details(results))
    return "\n\n".join(parts)


def _median(s: dict | None, fmt) -> str:
    return fmt(s["median"]) if s and s.get("n") else "not measured"


def _spread(s: dict, fmt, tail: bool = False) -> tuple:
    if not s.get("n"):
        return ("—",) * (5 if tail else 4)
    if tail:
        return fmt(s["median"]), fmt(s["p95"]), fmt(s["p99"]), fmt(s["max"]), s["n"]
    return fmt(s["median"]), fmt(s["min"]), fmt(s["max"]), s["n"]


def _measured_code(results: dict, machine: dict) -> str:
    """The commit(s) and mode of the figures, from the results themselves (a doc rewritten
    by --report, or after --only, may hold figures of several runs)."""
    by_commit: dict[str, list[str]] = {}
    for name, result in sorted(results.items()):
        mode = " (quick)" if result.get("quick") else ""
        by_commit.setdefault(result.get("commit", "not recorded"), []).append(name + mode)
    if not by_commit:
        return f"commit `{machine['commit']}` (no figures yet)"
    if len(by_commit) == 1:
        (commit, names), = by_commit.items()
        quick = all(name.endswith("(quick)") for name in names)
        some = any(name.endswith("(quick)") for name in names)
        mode = " (quick mode)" if quick else (
            " (quick: " + ", ".join(n for n in names if n.endswith("(quick)")) + ")" if some
            else "")
        return f"commit `{commit}`{mode}"
    return "several commits: " + "; ".join(f"`{commit}` for {', '.join(names)}"
                                          for commit, names in by_commit.items())


def write_doc(machine: dict, status: dict, load_before: float, quick: bool) -> Path:
    targets, faults, results = figures_markdown()
    findings = ROOT / "bench" / "findings.md"
    stamps = sorted(r.get("at", "") for r in results.values())
    measured = f"{stamps[0]} – {stamps[-1]}" if stamps else "nothing yet"
    status_lines = "\n".join(f"- {k}: {v}" for k, v in status.items()) or (
        "- This file was rewritten by `--report` from the results of the run(s) named at the top"
        " (each section says when it was measured); the rewrite itself measured nothing.")
    load_line = (f"Load average before/after: {load_before} / {load_average()}" if status else
                 "Rewritten by `--report` after the run, from `bench/out/results/` (figures "
                 "unchanged; the rewrite measured nothing)")
    text = f"""# Benchmarks

Written by `bash bench/run.sh` on {time.strftime('%Y-%m-%d %H:%M')} UTC; the figures are of
{_measured_code(results, machine)}. Machine: {machine['cpu']},
{machine['cores']} cores, {machine['memory']}, {machine['os']}, Python {machine['python']}.
{load_line}. Benchmarks measured
{measured} UTC (each section gives the load average after it).

## Figures against the targets
{targets}

## Fault harness
Each fault test writes its figures to `bench/out/faults/` (CI runs the short version with
`bash scripts/run-tests.sh`; `bash bench/run.sh --faults` runs it with more cases).

{faults}

{METHOD}
## Details
{_details(results)}

{app_section(results)}

## This run
{status_lines}

{findings.read_text() if findings.exists() else ''}"""
    path = ROOT / "docs" / "benchmarks.md"
    path.write_text(text)
    return path
