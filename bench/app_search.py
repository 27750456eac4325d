"""Search as you type at 100,000 people, and the desktop app's peak memory (issue 18).

search: every keystroke of a realistic mix, typed letter by letter — names in pinyin, Chinese,
  Tibetan and Latin, ID-number fragments, and names with a village chosen — on a copy of the
  cached 100k station (bench/data.py) through the use cases the people list calls:
  `person_rows` (the first page of 200) and `count_people_capped` (the "N people" label, capped
  at COUNT_CAP where it would walk people). Wall time and the thread's CPU time per keystroke
  (CPU time shows the work apart from other load on this shared machine); p95 pooled over runs.
  Same-run baseline: the exact count (`count_people`, what the label used before), once.
memory: the real program (`station-ledger --data-dir`, a fresh process) signs in to the 100k
  station, opens the people list, types the same mix into its search field (each keystroke
  answered by the real thread pool before the next), scrolls five pages, then reports its peak
  resident set (VmHWM) and the size of the station file.
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import data
from bench.common import ROOT, bench_env, quick, summary, write_result

PEOPLE = 100_000
NAMES = ["zhuoma", "卓玛", "tashi", "扎西次仁", "བཀྲ་ཤིས", "dorje", "wang", "王秀英", "tsering", "lhamo",
         "pasang", "次仁"]
ID_FRAGMENTS = ["540102", "5401021965", "54010019", "x"]
VILLAGE_NAMES = ["tashi", "zhuoma", "wang"]  # typed with the first village chosen


def prefixes(text: str) -> list[str]:
    return [text[:n] for n in range(1, len(text) + 1)]


def keystrokes(village_id: str) -> list[tuple[str, str | None]]:
    typed = [(p, None) for text in NAMES + ID_FRAGMENTS for p in prefixes(text)]
    return typed + [(p, village_id) for text in VILLAGE_NAMES for p in prefixes(text)]


def _timed(fn):
    cpu, wall = time.thread_time(), time.perf_counter()
    result = fn()
    return result, time.perf_counter() - wall, time.thread_time() - cpu


def bench_search(workspace, runs: int) -> dict:
    from app.services.queries import PeopleFilter, count_people, count_people_capped, villages
    from app.services.ui_queries import person_rows

    with workspace.read() as session:
        village_id = villages(session, workspace.station_id)[0].id
    typed = keystrokes(village_id)
    page, page_cpu, count, count_cpu, exact, slow, capped = [], [], [], [], [], {}, 0
    by_kind: dict[str, list[float]] = {}  # first page wall time: typed alone / with a village
    for run in range(runs):
        for text, village in typed:
            filters = PeopleFilter(query=text, village_id=village)
            _rows, wall, cpu = _timed(lambda: person_rows(workspace, filters, 200))
            page.append(wall)
            page_cpu.append(cpu)
            by_kind.setdefault("village" if village else "alone", []).append(wall)
            slow.setdefault((text, bool(village)), []).append(wall)
            with workspace.read() as session:
                counted, wall, cpu = _timed(lambda: count_people_capped(session, filters))
                count.append(wall)
                count_cpu.append(cpu)
                capped += counted.capped
                if run == 0:  # the old label's exact count, once (it is slow)
                    _n, wall, _cpu = _timed(lambda: count_people(session, filters))
                    exact.append(wall)
    worst = sorted(((sorted(v)[len(v) // 2], k) for k, v in slow.items()), reverse=True)[:6]
    return {"keystrokes": len(page), "capped_counts": capped,
            "first_page": summary(page), "first_page_cpu": summary(page_cpu),
            "count": summary(count), "count_cpu": summary(count_cpu),
            "exact_count_baseline": summary(exact),
            "first_page_alone": summary(by_kind.get("alone", [])),
            "first_page_village": summary(by_kind.get("village", [])),
            "slowest_first_page": [[f"{t}{' + village' if v else ''}", s] for s, (t, v) in worst]}


def probe(data_dir: str) -> None:
    """Child process: the real program on the 100k station; prints its peak memory."""
    from PySide6.QtCore import QTimer

    from app.ui import first_paint

    threading.Timer(900, lambda: os._exit(4)).start()

    def listener(name: str, widget) -> None:
        if name == "signin":
            widget.username.setText("admin")
            widget.password.setText(data.PASSWORD)
            widget.submit()
        elif name == "main":
            QTimer.singleShot(0, lambda: type_queries(widget))

    def type_queries(main) -> None:
        main.go("people")
        page = main.pages["people"]
        runner = main.context.runner
        villages = [page.village.itemData(i) for i in range(page.village.count())]
        steps = [(p, None) for text in NAMES + ID_FRAGMENTS for p in prefixes(text)]
        steps += [(p, 1) for text in VILLAGE_NAMES for p in prefixes(text)]
        steps += [("", None)] + [("more", None)] * 5

        def step() -> None:
            if runner.busy:
                QTimer.singleShot(5, step)
                return
            if not steps:
                print(f"memory peak_kib={_peak_kib()} rows={len(page.model.rows)} "
                      f"villages={len(villages)}", flush=True)
                os._exit(0)
            text, village = steps.pop(0)
            if text == "more":
                page.model.fetchMore()
            else:
                if village is not None and page.village.currentIndex() != village:
                    page.village.setCurrentIndex(village)
                elif village is None and page.village.currentIndex() != 0:
                    page.village.setCurrentIndex(0)
                page.search.setText(text)
                page.search.flush()
            QTimer.singleShot(5, step)
        step()

    first_paint.listeners.append(listener)
    sys.argv = ["station-ledger", "--data-dir", data_dir]
    from app.cli import entry

    entry()
    os._exit(5)


def _peak_kib() -> int:
    """VmHWM (peak resident set) of this process, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bench_memory(data_dir: Path, runs: int) -> dict:
    peaks, errors = [], []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-m", "bench.app_search", "probe", str(data_dir)],
                              cwd=ROOT, env=bench_env(), capture_output=True, text=True,
                              timeout=1200)
        line = next((ln for ln in done.stdout.splitlines() if ln.startswith("memory ")), "")
        if not line:
            errors.append((done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1])
            continue
        values = dict(part.split("=") for part in line.split()[1:])
        peaks.append(int(values["peak_kib"]) / 1024)
    return {"peak_mib": summary(peaks), "errors": errors,
            "station_file_mib": (data_dir / "station.db").stat().st_size / 2**20}


def run() -> dict:
    runs = 2 if quick() else 5
    work = Path(tempfile.mkdtemp(prefix="bench-app-search-"))
    try:
        data_dir = data.cached_station(work / "station", PEOPLE)
        workspace = data.sign_in(data_dir)
        search = bench_search(workspace, runs)
        workspace.store.close()
        memory = bench_memory(data_dir, 1 if quick() else 3)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    from app.services.queries import COMMON_SEARCH_KEYS, COUNT_CAP

    return write_result("app_search", {"people": PEOPLE, "runs": runs, "count_cap": COUNT_CAP,
                                       "common_search_keys": COMMON_SEARCH_KEYS, **search,
                                       "memory": memory})


if __name__ == "__main__":
    if sys.argv[1:2] == ["probe"]:
        probe(sys.argv[2])
    else:
        run()
    sys.exit(0)
