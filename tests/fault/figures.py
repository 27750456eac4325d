"""Each fault test reports its figures (cases tried, failures, records lost, leaked) as a
small JSON in bench/out/faults/ (git-ignored); `bench/run.sh` summarises them in
docs/benchmarks.md. FAULT_FULL=1 (bench/run.sh --faults) runs more cases than CI does."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

FAULTS = Path(__file__).resolve().parents[2] / "bench" / "out" / "faults"


def full() -> bool:
    return os.environ.get("FAULT_FULL") == "1"


def scaled(ci: int, full_run: int) -> int:
    return full_run if full() else ci


def report(name: str, what: str, *, cases: int, failures: int, records_lost: int = 0,
           leaked: int = 0, **extra) -> None:
    FAULTS.mkdir(parents=True, exist_ok=True)
    figures = {"name": name, "what": what, "cases": cases, "failures": failures,
               "records_lost": records_lost, "leaked": leaked, "full": full(),
               "at": time.strftime("%Y-%m-%d %H:%M"), **extra}
    (FAULTS / f"{name}.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    print(f"\n{name}: {json.dumps(figures, ensure_ascii=False)}")
