"""The console's words in zh_CN, bo and en.

Sources are English; `strings.json` (beside this module) holds the console's own catalogue
{source: {"zh_CN": ..., "bo": ...}} using the desktop app's terms (resources/i18n/glossary.json).
Report headings (figures, periods, "County roll-up" ...) come from the report strings
(app.reports.text.translate), so the page and the PDF use one wording. `%1`, `%2` are
placeholders, as in the desktop app.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from app.errors import fill_placeholders
from app.reports.text import translate as report_translate

LANGUAGES = ("zh_CN", "bo", "en")
LANGUAGE_NAMES = {"zh_CN": "中文", "bo": "བོད་ཡིག", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    return json.loads((Path(__file__).with_name("strings.json")).read_text("utf-8"))


def pick_language(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class Translator:
    """`t(source, *args)`: the console's text in one language (callable from templates)."""

    def __init__(self, language: str) -> None:
        self.language = pick_language(language)

    def __call__(self, source: str, *args: object) -> str:
        entry = catalogue().get(source)
        if entry is not None:
            text = entry.get(self.language) or (entry.get("en") if self.language == "en" else None)
            return fill_placeholders(text or source, args)
        return report_translate(self.language, source, *args)
