"""Run every benchmark, then write docs/benchmarks.md.

    bash bench/run.sh            # everything (about 10 minutes on the quiet 2-core box)
    bash bench/run.sh --quick    # fewer repetitions, smaller ingest (a few minutes)
    bash bench/run.sh --only sync,store    # some benchmarks; the doc uses the latest of each
    bash bench/run.sh --faults   # also the fault harness at full strength (FAULT_FULL=1)
    bash bench/run.sh --report   # only rewrite the doc from bench/out/

The doc is written from whatever is in bench/out/results/ (git-ignored): after `--only` on a
fresh clone it has only those sections; its header names the commit(s) and mode of the figures
it shows, taken from the results themselves.

Each benchmark runs in its own process (imports and caches do not leak between them); the
100k-people station is built once into bench/out/cache/ (a few minutes) and copied per run.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from bench.common import ROOT, bench_env, load_average, machine

BENCHMARKS = {
    "store": ["-m", "bench.store_bench"],
    "sync": ["-m", "bench.sync_bench"],
    "reports": ["-m", "bench.server_bench", "reports"],
    "ingest": ["-m", "bench.server_bench", "ingest"],
    # the county and the demo (bench/county_bench.py)
    "demo": ["-m", "bench.county_bench", "demo"],
    "county": ["-m", "bench.county_bench", "processes"],
    # --- desktop app, issue 18 (speed-app): start-up vs Anki on 2 cores and 1, search as you
    # type at 100k, peak memory; section "Desktop app" of docs/benchmarks.md (bench/app_report.py)
    "startup": ["-m", "bench.app_startup"],
    "app-search": ["-m", "bench.app_search"],
    # --- end desktop app
}
TIME_LIMIT = 3600  # seconds per benchmark


def run_benchmarks(names: list[str], quick: bool) -> dict[str, str]:
    env = {**bench_env(), "STATION_LEDGER_FAST_KDF": "1", "BENCH_QUICK": "1" if quick else "0"}
    status = {}
    for name in names:
        print(f"bench: {name} …", flush=True)
        started = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, *BENCHMARKS[name]], cwd=ROOT, env=env,
                                  timeout=TIME_LIMIT, capture_output=True, text=True)
            ok = done.returncode == 0
            tail = (done.stderr.strip().splitlines() or [""])[-1]
            status[name] = "ok" if ok else f"failed: {tail[:300]}"
        except subprocess.TimeoutExpired:
            status[name] = f"timed out after {TIME_LIMIT} s"
        print(f"bench: {name} {status[name]} ({time.perf_counter() - started:.0f} s)",
              flush=True)
    return status


def run_faults() -> str:
    env = {**bench_env(), "STATION_LEDGER_FAST_KDF": "1", "FAULT_FULL": "1"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/fault"], cwd=ROOT, env=env, timeout=TIME_LIMIT)
    return "ok" if done.returncode == 0 else f"pytest exit {done.returncode}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("--faults", action="store_true")
    parser.add_argument("--report", action="store_true", help="only rewrite the doc")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(BENCHMARKS)
    unknown = set(names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmarks: {', '.join(sorted(unknown))}")
    status, load_before = {}, load_average()
    if not args.report:
        status = run_benchmarks(names, args.quick)
        if args.faults:
            status["fault harness"] = run_faults()
    from bench.writer import write_doc

    path = write_doc(machine(), status, load_before, args.quick)
    print(f"bench: wrote {path.relative_to(ROOT)}")
    return 0 if all(v == "ok" for v in status.values()) else 1


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
