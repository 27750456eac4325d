"""Shared helpers: sample statistics, machine facts, result files in bench/out/."""
from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
RESULTS = OUT / "results"
FAULTS = OUT / "faults"
CACHE = OUT / "cache"


def quick() -> bool:
    return os.environ.get("BENCH_QUICK") == "1"


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of the samples."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def summary(samples: list[float]) -> dict:
    """Median, spread and tail of repeated measurements (seconds or any unit)."""
    if not samples:
        return {"n": 0}
    return {"n": len(samples), "median": statistics.median(samples),
            "min": min(samples), "max": max(samples),
            "p50": percentile(samples, 50), "p95": percentile(samples, 95),
            "p99": percentile(samples, 99),
            "stdev": statistics.stdev(samples) if len(samples) > 1 else 0.0}


def load_average() -> float:
    """1-minute load average: other work on this 2-core machine skews timings."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return float("nan")


def code_version() -> str:
    """The short commit measured, with "+changes" if tracked files differ from it."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "unknown"
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                             cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return commit + ("+changes" if changed else "")


def write_result(name: str, data: dict) -> Path:
    """bench/out/results/<name>.json: `data` with when, the load after, the code measured
    (`commit`) and whether it was a quick run, so the doc says what each figure is of."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"name": name, "at": time.strftime("%Y-%m-%d %H:%M:%S"),
                                "load_after": load_average(), "commit": code_version(),
                                "quick": quick(), **data},
                               ensure_ascii=False, indent=1, default=str))
    return path


def read_results(folder: Path = RESULTS) -> dict[str, dict]:
    found = {}
    for path in sorted(folder.glob("*.json")):
        try:
            found[path.stem] = json.loads(path.read_text())
        except ValueError:
            continue
    return found


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory,
            "os": platform.platform(), "python": sys.version.split()[0], "commit": commit}


@contextmanager
def timer():
    box = {}
    started = time.perf_counter()
    yield box
    box["seconds"] = time.perf_counter() - started


def bench_env() -> dict:
    """Environment for child processes: project on the path, Qt offscreen."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
