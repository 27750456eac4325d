"""The desktop app's section of docs/benchmarks.md (issue 18): start-up against Anki on two
cores and on one, search as you type at 100,000 people, peak memory. Figures come from
bench/out/results/startup.json (bench/app_startup.py) and app_search.json (bench/app_search.py).

    python -m bench.app_report    # rewrite only this section of docs/benchmarks.md
bench/writer.py includes it when `bash bench/run.sh` writes the whole file."""
from __future__ import annotations

from pathlib import Path

from bench.common import ROOT, read_results
from bench.report import ms, sec, table

BEGIN, END = "<!-- desktop-app:begin -->", "<!-- desktop-app:end -->"
FINDINGS = ROOT / "bench" / "findings_app.md"  # the analysis, written by hand


def _verdict(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def _startup(s: dict) -> tuple[list, list[str]]:
    parts, rows, targets = [], [], []
    by_cores = s.get("by_cores", {})
    for cores, label in (("2", "2 cores"), ("1", "1 core (`taskset -c 0`)")):
        got = by_cores.get(cores, {})
        if not got.get("typed_signin", {}).get("n"):
            continue
        got.setdefault("signin", got["typed_signin"])  # results written before it was pooled
        anki = got.get("anki", {}).get("median")
        for key, what in (("signin", "sign-in screen painted, from spawn (all runs)"),
                          ("typed_after_enter", f"Enter → main window painted (typed for "
                                                f"{s.get('typing_seconds', 0):.1f} s)"),
                          ("typed_ready", "Enter → main window with its first reads in"),
                          ("instant_after_enter", "Enter → main window painted (Enter at once)"),
                          ("instant_total", "spawn → main window painted (Enter at once)"),
                          ("anki", "Anki desktop: spawn → main window, profile open")):
            m = got.get(key, {})
            if m.get("n"):
                rows.append((label, what, sec(m["median"]), sec(m["min"]), sec(m["max"]), m["n"]))
        signin = got["signin"]["median"]
        enter = got.get("typed_after_enter", {}).get("median", float("inf"))
        at_once = got.get("instant_after_enter", {}).get("median", float("inf"))
        peer = f"; Anki {sec(anki)}" if anki else "; Anki not measured"
        peer += f" (load {s.get('load_after')})"

        def verdict(ok: bool) -> str:  # without the same-run peer the target is not shown met
            return _verdict(ok) if anki else "not compared"

        targets.append((f"Sign-in screen painted, {label}", "≤ 0.5 s and < Anki",
                        f"{sec(signin)}{peer}", verdict(signin <= 0.5 and signin < (anki or 0))))
        targets.append((f"Enter → main window painted, {label} (password typed)",
                        "≤ 1.0 s and < Anki", f"{sec(enter)}{peer}",
                        verdict(enter <= 1.0 and enter < (anki or 0))))
        targets.append((f"Enter → main window painted, {label} (Enter the moment the screen "
                        "shows: the worst case)", "≤ 1.0 s and < Anki", f"{sec(at_once)}{peer}",
                        verdict(at_once <= 1.0 and at_once < (anki or 0))))
    parts.append("### Start-up (fresh process each run, timed from spawn, medians)\n"
                 + table(("cores", "to", "median", "min", "max", "n"), rows)
                 + (f"\n\nErrors: {s['errors']}" if s.get("errors") else "")
                 + f"\n\nload average after: {s.get('load_after')}")
    return targets, parts


def _search(a: dict) -> tuple[list, list[str]]:
    rows = []
    for key, what in (("first_page", "first page of 200 (wall)"),
                      ("first_page_alone", "first page, names and ID numbers alone (wall)"),
                      ("first_page_village", "first page, names with a village chosen (wall)"),
                      ("first_page_cpu", "first page of 200 (thread CPU)"),
                      ("count", f"count, capped at {a['count_cap']} where it walks (wall)"),
                      ("count_cpu", "count, capped (thread CPU)"),
                      ("exact_count_baseline", "baseline: exact count (`count_people`, the label before), wall, one run")):
        m = a.get(key, {})
        if m.get("n"):
            rows.append((what, ms(m["median"]), ms(m["p95"]), ms(m["p99"]), ms(m["max"]), m["n"]))
    slow = ", ".join(f"`{t}` {ms(v)}" for t, v in a.get("slowest_first_page", []))
    part = ("### Search as you type at 100,000 people (every keystroke of names in four scripts, "
            "ID fragments, names with a village chosen)\n"
            + table(("measure", "median", "p95", "p99", "max", "n"), rows)
            + f"\n\n{a['keystrokes']} keystrokes; {a['capped_counts']} counts said "
              f"\"{a['count_cap']}+\". Slowest first pages (median): {slow}. "
              f"load average after: {a.get('load_after')}")
    targets = [("Search first page p95 at 100k", "≤ 50 ms",
                f"{ms(a['first_page']['p95'])} (names and ID numbers alone "
                f"{ms(a.get('first_page_alone', {}).get('p95', float('nan')))}, with a village "
                f"{ms(a.get('first_page_village', {}).get('p95', float('nan')))}; CPU "
                f"{ms(a['first_page_cpu']['p95'])}; load {a.get('load_after')})",
                _verdict(a["first_page"]["p95"] <= 0.05))]
    village = a.get("first_page_village", {})
    if village.get("n"):  # pooled with the rest it hides: its own row
        targets.append(("Search first page p95 at 100k, a village chosen", "≤ 50 ms",
                        f"{ms(village['p95'])} ({village['n']} keystrokes)",
                        _verdict(village["p95"] <= 0.05)))
    targets += [("Search count p95 at 100k", "≤ 150 ms",
                f"{ms(a['count']['p95'])} (CPU {ms(a['count_cpu']['p95'])}); exact count (as before): "
                f"{ms(a['exact_count_baseline']['p95']) if a['exact_count_baseline'].get('n') else '—'}",
                _verdict(a["count"]["p95"] <= 0.15))]
    memory = a.get("memory", {})
    peak = memory.get("peak_mib", {})
    if peak.get("n"):
        targets.append(("App peak RSS, 100k station open and searched", "≤ 400 MB",
                        f"{peak['median']:.0f} MiB (max {peak['max']:.0f}); station file "
                        f"{memory['station_file_mib']:.0f} MiB", _verdict(peak["max"] * 1.048576 <= 400)))
    elif memory.get("errors"):
        targets.append(("App peak RSS, 100k station open and searched", "≤ 400 MB",
                        f"not measured: {memory['errors'][-1]}", "n/a"))
    return targets, [part]


def app_section(results: dict) -> str:
    """Markdown for the desktop app's figures, or '' when neither benchmark has run."""
    targets, parts = [], []
    s = results.get("startup")
    if s and s.get("method") == "app_startup":
        t, p = _startup(s)
        targets += t
        parts += p
    a = results.get("app_search")
    if a:
        t, p = _search(a)
        targets += t
        parts += p
    if not parts:
        return ""
    findings = FINDINGS.read_text() if FINDINGS.exists() else ""
    return (f"{BEGIN}\n## Desktop app (issue 18): start-up, search, memory\n"
            "`bench/app_startup.py`, `bench/app_search.py` (method in their docstrings and below); "
            f"this section measured {_stamps(results)} UTC.\n\n"
            + table(("measure", "target", "this run", "verdict"), targets) + "\n\n"
            + "\n\n".join(parts) + "\n\n" + findings + f"{END}\n")


def _stamps(results: dict) -> str:
    return ", ".join(f"{name} {results[name].get('at', '?')}" for name in ("startup", "app_search")
                     if name in results)


def update_doc(doc: Path = ROOT / "docs" / "benchmarks.md") -> Path:
    """Put this section into docs/benchmarks.md in place (between its markers, or before
    "## Details"), leaving the other benchmarks' figures as they are."""
    section = app_section(read_results())
    text = doc.read_text()
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        text = head + section.rstrip("\n") + "\n\n" + tail.lstrip("\n")
    elif "## Details" in text:
        text = text.replace("## Details", section + "\n## Details", 1)
    else:
        text += "\n" + section
    doc.write_text(text)
    return doc


if __name__ == "__main__":
    print(f"bench: wrote {update_doc().relative_to(ROOT)}")
