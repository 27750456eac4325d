"""Translations without Qt: reads the `.ts` catalogues directly (standard library only).

The Qt user interface loads compiled `.qm` files through `app.ui.translations`; the command line
and the PDF/XLSX reports use this module instead, so they need neither PySide6 nor a build step.
Both read the same sources in `resources/i18n/`, so a string translates the same everywhere.

    translate("bo", "Core", "Too many wrong passwords. Try again in %1 seconds.", 30)

Lookup follows Qt's rules closely enough for our use: a message is found by (context, source,
disambiguation comment); an empty, vanished or obsolete translation falls back to the source
text; unfinished but non-empty translations are used (as `lrelease` does by default).
"""
from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import fill_placeholders
from app.paths import resources_root


RESOURCES_DIR = resources_root()
I18N_DIR = RESOURCES_DIR / "i18n"
FONTS_DIR = RESOURCES_DIR / "fonts"
APP_CATALOGUE_STEM = "station_ledger"  # station_ledger_<language>.ts / .qm

SOURCE_LANGUAGE = "en"
_LANGUAGES = ("zh_CN", "bo", "en")
_DISPLAY_NAMES = {"zh_CN": "中文", "bo": "བོད་ཡིག", "en": "English"}
_IGNORED_TYPES = {"vanished", "obsolete"}


def available_languages() -> list[str]:
    """Interface languages, in the order a language menu shows them."""
    return list(_LANGUAGES)


def language_display_name(code: str) -> str:
    """The language's name in that language (what a language menu shows): 中文, བོད་ཡིག, English."""
    return _DISPLAY_NAMES.get(code, code)


def normalize_language(code: str | None) -> str:
    """Map a locale name ("zh", "zh_Hans_CN", "bo-CN", "en_US") to one of our languages."""
    if not code:
        return "zh_CN"
    code = code.replace("-", "_")
    if code in _LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    return {"zh": "zh_CN", "bo": "bo", "en": "en"}.get(base, "zh_CN")


def catalogue_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{APP_CATALOGUE_STEM}_{language}.ts"


@dataclass
class Catalog:
    """The translations of one language: (context, source, disambiguation) -> text."""

    language: str
    messages: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def translate(self, context: str, source: str, disambiguation: str | None = None) -> str:
        """The translation, or `source` itself when there is none."""
        return self.messages.get((context, source, disambiguation or ""), source)

    def __len__(self) -> int:
        return len(self.messages)

    @classmethod
    def from_ts(cls, path: Path, language: str | None = None) -> "Catalog":
        """Read a Qt Linguist `.ts` file; a missing file gives an empty catalogue."""
        catalog = cls(language or path.stem.removeprefix(f"{APP_CATALOGUE_STEM}_"))
        if not path.exists():
            return catalog
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            context_name = context.findtext("name", default="")
            for message in context.iter("message"):
                text = _usable_translation(message)
                if text is not None:
                    key = (context_name, message.findtext("source", default=""),
                           message.findtext("comment", default=""))
                    catalog.messages[key] = text
        return catalog


def _usable_translation(message: ET.Element) -> str | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") in _IGNORED_TYPES:
        return None
    if message.get("numerus") == "yes":
        # Chinese and Tibetan have a single plural form; English callers pass the count in %n.
        forms = [form.text or "" for form in translation.iter("numerusform")]
        text = forms[0] if forms else ""
    else:
        text = translation.text or ""
    return text or None


@functools.lru_cache(maxsize=None)
def catalog_for(language: str) -> Catalog:
    """The (cached) catalogue of one interface language, read from `resources/i18n/`."""
    return Catalog.from_ts(catalogue_path(language), language)


def translate(language: str, context: str, source: str, *args: object) -> str:
    """Translate `source` into `language` and fill %1..%n with `args`."""
    return fill_placeholders(catalog_for(language).translate(context, source), args)


def translator_for(language: str):
    """A `translate(context, source)` callable, e.g. for `UserError.message(translate=...)`."""
    return catalog_for(language).translate
