"""Every user-visible string in the code (tr() in app/ui, N_() in the core) has a Chinese and a
Tibetan translation with the same %1.. placeholders: the catalogues are re-extracted from the
current code into a scratch copy and checked (the real files are not touched)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_translations.py"


def load_build_script():
    if "build_translations" in sys.modules:
        return sys.modules["build_translations"]
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_all_strings_of_the_code_are_translated_in_chinese_and_tibetan():
    problems = load_build_script().check_sources_are_translated()
    assert problems == [], "\n".join(problems[:40])


def test_the_check_notices_an_untranslated_string(tmp_path):
    """The check is not blind: an entry left unfinished is reported."""
    build = load_build_script()
    source = build.I18N_DIR / "station_ledger_bo.ts"
    broken = tmp_path / "station_ledger_bo.ts"
    text = source.read_text(encoding="utf-8")
    first = text.index("<translation>")
    broken.write_text(text[:first] + '<translation type="unfinished">' +
                      text[first + len("<translation>"):], encoding="utf-8")
    assert any(p.startswith("unfinished:") for p in build.catalogue_problems(broken))
