"""Write the glossary's terms into every place that shows Tibetan, so they cannot drift apart.

    .venv/bin/python scripts/apply_glossary.py            # rewrite the files in place
    .venv/bin/python scripts/apply_glossary.py --check    # exit 1 and list files it would change

What it does (idempotent: a second run changes nothing; re-run it after merging catalogues):
- resources/catalog/catalog.json: each entry's zh/bo/en and review_bo from the glossary term that
  lists its code under `catalog_codes` (per section: a domain term for a domain entry, …);
- resources/i18n/station_ledger_bo.ts and qtbase_bo.ts: every translation with the superseded
  spellings replaced (`replaces`) and the punctuation convention applied (labels without closing
  shad or trailing tsheg, no ASCII colon after Tibetan);
- app/reports/strings.py: the built-in fallback table takes the Chinese and Tibetan of the .ts
  catalogues (so the PDF never shows a second, older wording); entries the catalogues lack get
  the same replacements and punctuation;
- app/services/demo.py: the demo's Tibetan place names (replacements; names are labels);
- with `--checklist`: print the reviewer's checklist (docs/translation.md) to standard output.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.glossary import (Glossary, fix_punctuation, is_sentence, load_glossary,  # noqa: E402
                          replace_forms)

I18N = ROOT / "resources" / "i18n"
CATALOG = ROOT / "resources" / "catalog" / "catalog.json"
STRINGS = ROOT / "app" / "reports" / "strings.py"
DEMO = ROOT / "app" / "services" / "demo.py"
TS_FILES = ("station_ledger_bo.ts", "qtbase_bo.ts")
SECTION_CATEGORY = {"domains": "domain", "service_items": "service_item",
                    "target_groups": "target_group", "activity_kinds": "activity_kind",
                    "resource_sources": "resource_source"}
_MESSAGE = re.compile(r"<message( [^>]*)?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TEXT = re.compile(r"(<translation[^>/]*>|<numerusform[^>]*>)([^<]*)(</translation>|</numerusform>)")


def _unescape(text: str) -> str:
    return (text.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<")
            .replace("&gt;", ">").replace("&amp;", "&"))


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def tibetan_text(text: str, source: str) -> str:
    """One Tibetan string as the glossary wants it."""
    return fix_punctuation(replace_forms(text), sentence=is_sentence(source))


# -- .ts catalogues ------------------------------------------------------------------------------

def rewrite_ts(text: str) -> str:
    def message(match: re.Match) -> str:
        block = match.group(0)
        source_match = _SOURCE.search(block)
        source = _unescape(source_match.group(1)) if source_match else ""

        def translation(inner: re.Match) -> str:
            old = inner.group(2)
            new = tibetan_text(_unescape(old), source)
            return inner.group(1) + (old if new == _unescape(old) else _escape(new)) + inner.group(3)
        return _TEXT.sub(translation, block)
    return _MESSAGE.sub(message, text)


def ts_translations(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation text of a .ts file (finished or not)."""
    import xml.etree.ElementTree as ET
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text:
                found[(name, message.findtext("source") or "")] = node.text
    return found


# -- service catalogue ---------------------------------------------------------------------------

def rewrite_catalog(document: dict, glossary: Glossary) -> dict:
    for section, category in SECTION_CATEGORY.items():
        by_code = {code: term for term in glossary.terms if term.category == category
                   for code in term.catalog_codes}
        for entry in document.get(section, []):
            term = by_code.get(entry["code"])
            if term is not None:
                entry.update(zh=term.zh, bo=term.bo, en=term.en, review_bo=term.needs_review)
            else:
                entry["bo"] = tibetan_text(entry.get("bo", ""), "label")
    return document


def dump_catalog(document: dict) -> str:
    head = {k: v for k, v in document.items() if k not in SECTION_CATEGORY}
    parts = [json.dumps(head, ensure_ascii=False)[:-1]]
    for section in SECTION_CATEGORY:
        if section in document:
            entries = ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in document[section])
            parts.append(f' "{section}": [\n{entries}\n ]')
    return ",\n".join(parts) + "\n}\n"


# -- report fallback table -----------------------------------------------------------------------

def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def rewrite_strings(text: str) -> str:
    """strings.py with FALLBACK's values taken from the .ts catalogues (context Core)."""
    zh = ts_translations(I18N / "station_ledger_zh_CN.ts")
    bo = ts_translations(I18N / "station_ledger_bo.ts")
    start = text.index("FALLBACK: dict[str, tuple[str, str]] = {")
    end = text.index("\n}\n", start) + 3
    table = ast.literal_eval(re.sub(r"N_\((.*?)\):", r"\1:", text[start:end].split("=", 1)[1],
                                    flags=re.S))
    lines = ["FALLBACK: dict[str, tuple[str, str]] = {"]
    for source, (old_zh, old_bo) in table.items():
        new_zh = zh.get(("Core", source), old_zh)
        new_bo = tibetan_text(bo.get(("Core", source), old_bo), source)
        lines.append(f"    N_({_literal(source)}):\n        ({_literal(new_zh)}, {_literal(new_bo)}),")
    return text[:start] + "\n".join(lines) + "\n}\n" + text[end:]


# -- demo data -----------------------------------------------------------------------------------

def rewrite_demo(text: str) -> str:
    """Every string literal with Tibetan in it (place and user names: labels)."""
    def literal(match: re.Match) -> str:
        return '"' + tibetan_text(match.group(1), "label") + '"'
    return re.sub(r'"([^"\n]*[\u0f00-\u0fff][^"\n]*)"', literal, text)


# -- reviewer's checklist ------------------------------------------------------------------------

# how often a user meets a string of each context: sign-in and the main window every day,
# pages and forms most days, reports monthly, error messages rarely (weights are estimates)
EXPOSURE = {"SignInWindow": 100, "MainWindow": 100, "TodayPage": 60, "SettingsPage": 40,
            "RecordForm": 50, "ProgressPanel": 30, "Enum": 40, "SyncPage": 30, "SyncLabels": 20,
            "ReportsPage": 15, "Core": 5}


def _weight(context: str) -> int:
    if context in EXPOSURE:
        return EXPOSURE[context]
    if context.startswith("Q") or context == "CloseButton":
        return 25  # Qt's own dialogs and context menus
    return 35 if context.endswith(("Page", "Form", "Fields", "Items")) else 20


def checklist(glossary: Glossary) -> str:
    translations = {**ts_translations(I18N / "station_ledger_bo.ts"),
                    **ts_translations(I18N / "qtbase_bo.ts")}
    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))
    labels = [e.get("bo", "") for s in SECTION_CATEGORY for e in catalog.get(s, [])]
    rows = []
    for term in glossary.terms:
        score, places = 0, set()
        for (context, _source), text in translations.items():
            if any(form in text for form in term.accepted):
                score += _weight(context)
                places.add(context)
        if term.catalog_codes or any(term.bo in label for label in labels):
            score += 30  # pickers in every record form
            places.add("catalogue")
        rows.append((score, term, sorted(places)))
    rows.sort(key=lambda row: (-row[0], row[1].key))
    out = ["| # | zh | bo | en | review | source | seen in (estimated weight) |",
           "|---|---|---|---|---|---|---|"]
    for number, (score, term, places) in enumerate(rows, 1):
        where = ", ".join(places[:4]) + (" …" if len(places) > 4 else "")
        source = term.source.get("kind", "")
        if term.source.get("wylie"):
            source += f" ({term.source['wylie']})"
        out.append(f"| {number} | {term.zh} | {term.bo} | {term.en} | {term.review} | {source} | "
                   f"{where or '—'} ({score}) |")
    return "\n".join(out) + "\n"


# -- main ----------------------------------------------------------------------------------------

def planned_changes() -> dict[Path, str]:
    glossary = load_glossary()
    changes = {}
    for name in TS_FILES:
        path = I18N / name
        old = path.read_text(encoding="utf-8")
        new = rewrite_ts(old)
        if new != old:
            changes[path] = new
    old = CATALOG.read_text(encoding="utf-8")
    new = dump_catalog(rewrite_catalog(json.loads(old), glossary))
    if new != old:
        changes[CATALOG] = new
    for path, rewrite in ((DEMO, rewrite_demo),):
        old = path.read_text(encoding="utf-8")
        new = rewrite(old)
        if new != old:
            changes[path] = new
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    parser.add_argument("--checklist", action="store_true", help="print the reviewer's checklist")
    args = parser.parse_args(argv)
    if args.checklist:
        sys.stdout.write(checklist(load_glossary()))
        return 0
    changes = planned_changes()
    if args.check:
        for path in changes:
            print(f"out of date: {path.relative_to(ROOT)}")
        old = STRINGS.read_text(encoding="utf-8")
        if rewrite_strings(old) != old:
            print(f"out of date: {STRINGS.relative_to(ROOT)}")
            return 1
        return 1 if changes else 0
    for path, text in changes.items():
        path.write_text(text, encoding="utf-8")
        print(f"rewrote {path.relative_to(ROOT)}")
    # the fallback table follows the (now rewritten) .ts catalogues
    old = STRINGS.read_text(encoding="utf-8")
    new = rewrite_strings(old)
    if new != old:
        STRINGS.write_text(new, encoding="utf-8")
        print(f"rewrote {STRINGS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
