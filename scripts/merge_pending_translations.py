"""Fill unfinished catalogue entries from translations handed in as JSON.

Contributors who add UI strings while someone else holds the .ts files write
`resources/i18n/pending/<topic>.json` as {"<context>": {"<source>": {"zh_CN": "…", "bo": "…"}}}.
Run `scripts/build_translations.py` first (it adds the new strings as unfinished), then this
script: it copies each pending translation into the matching unfinished entry (Tibetan is marked
"needs review" and rewritten to the glossary's terms and punctuation, as
scripts/apply_glossary.py does), recompiles, and deletes the pending files it used up completely (with `--keep`
it leaves them, so a branch can re-apply them after taking another branch's catalogues).

    .venv/bin/python scripts/merge_pending_translations.py [--keep]
"""
from __future__ import annotations

import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.glossary import fix_punctuation, is_sentence, replace_forms  # noqa: E402

PENDING = REPO / "resources" / "i18n" / "pending"
LANGUAGES = ("zh_CN", "bo")


def _build_script():
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  REPO / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def load_pending() -> dict[tuple[str, str], dict[str, str]]:
    pending = {}
    for path in sorted(PENDING.glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, translations in messages.items():
                pending[(context, source)] = translations
    return pending


def apply(root: ET.Element, language: str, pending: dict) -> set[tuple[str, str]]:
    used = set()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            wanted = pending.get((name, source), {}).get(language)
            if not wanted or translation.get("type") != "unfinished":
                continue
            if language == "bo":  # the glossary's terms and punctuation, whatever the draft said
                wanted = fix_punctuation(replace_forms(wanted), sentence=is_sentence(source))
            translation.text = wanted
            del translation.attrib["type"]
            if language == "bo" and message.find("translatorcomment") is None:
                comment = ET.Element("translatorcomment")
                comment.text = "needs review"
                message.insert(list(message).index(translation), comment)
            used.add((name, source))
    return used


def main(argv: list[str] | None = None) -> int:
    keep = "--keep" in (sys.argv[1:] if argv is None else argv)
    build = _build_script()
    pending = load_pending()
    if not pending:
        print("nothing pending")
        return 0
    used_everywhere = set(pending)
    for language in LANGUAGES:
        path = build.I18N_DIR / f"{build.CATALOGUE_STEM}_{language}.ts"
        root = build.read_ts(path, language)
        used = apply(root, language, pending)
        build.write_ts(root, path)
        used_everywhere &= used | {key for key in pending if language not in pending[key]}
        print(f"{path.name}: {len(used)} entries filled")
    build.compile_translations()
    for path in sorted(PENDING.glob("*.json")):
        keys = {(c, s) for c, m in json.loads(path.read_text(encoding="utf-8")).items() for s in m}
        if keys <= used_everywhere and not keep:
            path.unlink()
            print(f"merged and removed {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
