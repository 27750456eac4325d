"""Update the translation catalogues from the code and compile them for Qt.

    .venv/bin/python scripts/build_translations.py            # update .ts, compile .qm
    .venv/bin/python scripts/build_translations.py --compile-only
    .venv/bin/python scripts/build_translations.py --check    # exit 1 and list what is missing

Update: `pyside6-lupdate` extracts tr()/translate() calls from every .py under app/ui/; core strings
marked `N_("...")` anywhere else under app/ are extracted here with `ast` into context "Core".
Existing translations are kept, new entries are `type="unfinished"`, entries whose source is gone
become `vanished` (or `obsolete` if they were never finished). English translations are filled
with the source text. Compile: `pyside6-lrelease` turns every .ts in resources/i18n/ (also
qtbase_bo.ts, Qt's own strings in Tibetan) into a .qm beside it; the .qm files are not committed.
Check: updates copies in a temporary folder (the checkout is not touched) and reports every zh_CN
or bo entry that is unfinished or whose %1..%9 / %n placeholders differ from the source.
"""
from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_DIR = REPO / "app"
UI_DIR = APP_DIR / "ui"
I18N_DIR = REPO / "resources" / "i18n"
CATALOGUE_STEM = "station_ledger"
LANGUAGES = ("zh_CN", "bo", "en")
CHECKED_LANGUAGES = ("zh_CN", "bo")
CORE_CONTEXT = "Core"
CORE_MARKER = "N_"
PLACEHOLDER = re.compile(r"%L?([1-9]|n)")
GONE_TYPES = {"vanished", "obsolete"}


@dataclass(frozen=True)
class CoreString:
    source: str
    path: Path
    line: int


def qt_tool(name: str) -> str:
    """Path of pyside6-lupdate / pyside6-lrelease: beside this Python, on PATH, or in PySide6."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6  # noqa: PLC0415 - only needed when the wrapper scripts are missing

    return str(Path(PySide6.__file__).parent / name)


def catalogue_paths(i18n_dir: Path = I18N_DIR) -> list[Path]:
    return [i18n_dir / f"{CATALOGUE_STEM}_{language}.ts" for language in LANGUAGES]


def extract_core_strings(app_dir: Path = APP_DIR) -> list[CoreString]:
    """Every `N_("literal")` in app/**/*.py outside app/ui/, in file and line order."""
    found = []
    for path in sorted(app_dir.rglob("*.py")):
        if (app_dir / "ui") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            function = node.func if isinstance(node, ast.Call) else None
            name = getattr(function, "id", None) or getattr(function, "attr", None)
            if name == CORE_MARKER:
                argument = node.args[0] if node.args else None
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.append(CoreString(argument.value, path, node.lineno))
                else:
                    print(f"warning: {path}:{node.lineno}: N_() needs a string literal", file=sys.stderr)
    return sorted(found, key=lambda s: (str(s.path), s.line))


def read_ts(path: Path, language: str) -> ET.Element:
    if path.exists():
        return ET.parse(path).getroot()
    return ET.Element("TS", {"version": "2.1", "language": language, "sourcelanguage": "en"})


def write_ts(root: ET.Element, path: Path) -> None:
    """Write in the layout lupdate uses, so lupdate and this script do not fight over diffs."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    _write_element(root, lines, depth=-1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _write_element(element: ET.Element, lines: list[str], depth: int) -> None:
    indent = "    " * max(depth, 0)
    attributes = "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())
    children = list(element)
    if not children:
        text = _escape(element.text or "")
        is_empty_tag = element.tag == "location"
        lines.append(f"{indent}<{element.tag}{attributes}/>" if is_empty_tag and not text
                     else f"{indent}<{element.tag}{attributes}>{text}</{element.tag}>")
        return
    lines.append(f"{indent}<{element.tag}{attributes}>")
    for child in children:
        _write_element(child, lines, depth + 1)
    lines.append(f"{indent}</{element.tag}>")


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def take_context(root: ET.Element, name: str) -> ET.Element:
    """Remove the context `name` from the catalogue and return it (a new empty one if absent)."""
    for context in root.findall("context"):
        if context.findtext("name") == name:
            root.remove(context)
            return context
    context = ET.Element("context")
    ET.SubElement(context, "name").text = name
    return context


def merge_core_context(context: ET.Element, strings: list[CoreString], ts_dir: Path) -> None:
    """Bring the Core context in line with the N_() strings, keeping translations."""
    by_source: dict[str, list[CoreString]] = {}
    for string in strings:
        by_source.setdefault(string.source, []).append(string)
    known = set()
    for message in context.findall("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        known.add(source)
        for location in message.findall("location"):
            message.remove(location)
        state = translation.get("type")
        if source in by_source:
            if state == "vanished":
                translation.attrib.pop("type")
            elif state == "obsolete":
                translation.set("type", "unfinished")
            _set_locations(message, by_source[source], ts_dir)
        elif state not in GONE_TYPES:
            translation.set("type", "obsolete" if state == "unfinished" else "vanished")
    for source, places in by_source.items():
        if source not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", {"type": "unfinished"})
            _set_locations(message, places, ts_dir)


def _set_locations(message: ET.Element, places: list[CoreString], ts_dir: Path) -> None:
    for index, place in enumerate(places):
        location = ET.Element("location", {
            "filename": Path(os.path.relpath(place.path, ts_dir)).as_posix(),
            "line": str(place.line)})
        message.insert(index, location)


def insert_context_sorted(root: ET.Element, context: ET.Element) -> None:
    name = context.findtext("name", default="")
    contexts = root.findall("context")
    position = next((list(root).index(c) for c in contexts if c.findtext("name", "") > name), len(root))
    if len(context.findall("message")):
        root.insert(position, context)


def fill_english(root: ET.Element) -> None:
    """English is the source language: an unfinished singular entry becomes the source text."""
    for message in root.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" and translation.get("type") == "unfinished":
            translation.text = message.findtext("source", default="")
            translation.attrib.pop("type")


def update_catalogues(i18n_dir: Path = I18N_DIR, app_dir: Path = APP_DIR,
                      drop_vanished: bool = False) -> list[Path]:
    """lupdate over app/ui/, then merge the core N_() strings; returns the .ts paths."""
    i18n_dir.mkdir(parents=True, exist_ok=True)
    paths = catalogue_paths(i18n_dir)
    core_contexts = {}
    for path, language in zip(paths, LANGUAGES):
        root = read_ts(path, language)
        core_contexts[path] = take_context(root, CORE_CONTEXT)
        write_ts(root, path)
    ui_sources = sorted(str(p) for p in (app_dir / "ui").rglob("*.py")) if (app_dir / "ui").exists() else []
    if ui_sources:
        command = [qt_tool("lupdate"), "-locations", "absolute", "-source-language", "en"]
        command += ["-no-obsolete"] if drop_vanished else []
        subprocess.run(command + ui_sources + ["-ts", *map(str, paths)], check=True,
                       stdout=subprocess.DEVNULL)
    core_strings = extract_core_strings(app_dir)
    for path, language in zip(paths, LANGUAGES):
        root = read_ts(path, language)
        context = core_contexts[path]
        merge_core_context(context, core_strings, path.parent)
        if drop_vanished:
            for message in context.findall("message"):
                if message.find("translation").get("type") in GONE_TYPES:
                    context.remove(message)
        insert_context_sorted(root, context)
        if language == "en":
            fill_english(root)
        write_ts(root, path)
    return paths


def compile_translations(i18n_dir: Path = I18N_DIR) -> list[Path]:
    """lrelease every .ts in `i18n_dir` into a .qm beside it; returns the .qm paths."""
    built = []
    for ts_path in sorted(i18n_dir.glob("*.ts")):
        qm_path = ts_path.with_suffix(".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)],
                       check=True)
        built.append(qm_path)
    return built


def find_problems(i18n_dir: Path = I18N_DIR) -> list[str]:
    """Unfinished zh_CN/bo entries and placeholder mismatches, one line each."""
    problems = []
    for language in CHECKED_LANGUAGES:
        problems += catalogue_problems(i18n_dir / f"{CATALOGUE_STEM}_{language}.ts")
    return problems


def catalogue_problems(path: Path, require_finished: bool = True) -> list[str]:
    """Problems of one .ts file: unfinished entries, placeholders that differ from the source."""
    problems = []
    for context in read_ts(path, "").iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in GONE_TYPES:
                continue
            source = message.findtext("source", default="")
            where = f"{path.name} [{context_name}] {source!r}"
            texts = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                if require_finished:
                    problems.append(f"unfinished: {where}")
                continue
            expected = _placeholders(source)
            for text in texts:
                if _placeholders(text) != expected:
                    problems.append(f"placeholders differ: {where} -> {text!r}")
    return problems


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def check_sources_are_translated() -> list[str]:
    """Update copies of the catalogues from the current code and list their problems."""
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        for path in catalogue_paths():
            if path.exists():
                shutil.copy2(path, scratch_dir / path.name)
        update_catalogues(scratch_dir)
        return find_problems(scratch_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report missing translations; change nothing")
    mode.add_argument("--compile-only", action="store_true", help="only build .qm from the .ts files")
    parser.add_argument("--drop-vanished", action="store_true", help="delete entries no longer in the code")
    options = parser.parse_args(argv)
    if options.check:
        problems = check_sources_are_translated()
        for problem in problems:
            print(problem)
        print(f"{len(problems)} translation problem(s)" if problems else "translations complete")
        return 1 if problems else 0
    if not options.compile_only:
        for path in update_catalogues(drop_vanished=options.drop_vanished):
            print(f"updated {path.relative_to(REPO)}")
    for path in compile_translations():
        print(f"compiled {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
