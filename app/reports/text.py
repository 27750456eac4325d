"""The words of a report in the language the user chose: Chinese, Tibetan, English or both.

`ReportText.t(source)` and `.label(kind, code)` return one string per language of the report
(two for "bilingual": Chinese then Tibetan); each writer lays them out its own way (stacked
lines in the PDF, "中文 / བོད་ཡིག" in a spreadsheet cell).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import TRANSLATION_CONTEXT, fill_placeholders
from app.reports.strings import FALLBACK

LANGUAGE_CHOICES = ("zh_CN", "bo", "en", "bilingual")


def languages_of(choice: str) -> tuple[str, ...]:
    if choice == "bilingual":
        return ("zh_CN", "bo")
    if choice not in LANGUAGE_CHOICES:
        raise ValueError(f"unknown report language {choice!r}")
    return (choice,)


def translate(language: str, source: str, *args: object) -> str:
    """app.i18n's translation if it has one; else the built-in table; else the source."""
    try:
        from app.i18n import translate as i18n_translate
        text = i18n_translate(language, TRANSLATION_CONTEXT, source, *args)
        if text and text != fill_placeholders(source, args):
            return text
    except Exception:  # app.i18n not there yet, or its files are missing
        pass
    pair = FALLBACK.get(source)
    if pair and language in ("zh_CN", "bo"):
        return fill_placeholders(pair[0] if language == "zh_CN" else pair[1], args)
    return fill_placeholders(source, args)


def measure_label(language: str, measure: str) -> str:
    """The name of a monthly figure ("households_visited" -> "走访入户户数") in one language:
    the same words on the Reports page and in the printed PDF and workbook."""
    from app.reports.strings import MEASURE_LABELS

    return translate(language, MEASURE_LABELS[measure])


def period_label(language: str, period: str) -> str:
    """"current" / "previous" / "year_to_date" in one language (page and print alike)."""
    from app.reports.strings import PERIOD_LABELS

    return translate(language, PERIOD_LABELS[period])


def _catalog_key(language: str) -> str:
    return {"zh_CN": "zh", "bo": "bo", "en": "en"}[language]


@dataclass
class ReportText:
    """Static text, catalogue labels and place names for one report language choice.

    `catalog` maps (kind, code) to {"zh", "bo", "en"} labels; `names` maps org unit ids to
    the same. Build it with `from_session` (local store) or `from_catalog_document`.
    """

    choice: str
    catalog: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    names: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        return languages_of(self.choice)

    def t(self, source: str, *args: object) -> list[str]:
        return [translate(language, source, *args) for language in self.languages]

    def _pick(self, labels: dict[str, str] | None, fallback: str) -> list[str]:
        if not labels:
            return [fallback] * len(self.languages)
        out = []
        for language in self.languages:
            out.append(labels.get(_catalog_key(language)) or labels.get("zh") or fallback)
        return out

    def label(self, kind: str, code: str) -> list[str]:
        """A catalogue label; unknown codes show as themselves, "" as "(none)"."""
        if not code:
            return self.t("(none)")
        return self._pick(self.catalog.get((kind, code)), code)

    def codes(self, kind: str) -> list[str]:
        """The catalogue's codes of a kind, in the catalogue's order."""
        return [code for _sort, code in sorted(
            (labels.get("sort", 0), code) for (k, code), labels in self.catalog.items() if k == kind)]

    def active(self, kind: str, code: str) -> bool:
        """Whether the entry is switched on (a catalogue entry with "active": false, such as a
        service area only some prefectures use, is shown only where records use it)."""
        return bool(self.catalog.get((kind, code), {}).get("active", True))

    def name(self, org_id: str) -> list[str]:
        if not org_id:
            return self.t("(none)")
        return self._pick(self.names.get(org_id), org_id[:8])

    def one(self, parts: list[str], separator: str = " / ") -> str:
        """The language versions in one line (spreadsheets, CSV), without repeats."""
        unique = [part for index, part in enumerate(parts) if part and part not in parts[:index]]
        return separator.join(unique)

    @classmethod
    def from_catalog_document(cls, choice: str, document: dict,
                              names: dict | None = None) -> "ReportText":
        from app.protocol.catalog import SECTION_KINDS

        catalog = {}
        for section, kind in SECTION_KINDS.items():
            for item in document.get(section, []):
                catalog[(kind, item["code"])] = {key: item.get(key, "") for key in ("zh", "bo", "en")}
                catalog[(kind, item["code"])]["sort"] = int(item.get("sort", 0))
                catalog[(kind, item["code"])]["active"] = bool(item.get("active", True))
        return cls(choice, catalog, dict(names or {}))

    @classmethod
    def from_session(cls, choice: str, session, names: dict | None = None) -> "ReportText":
        from sqlalchemy import select
        from app.models import CatalogEntry
        entries = session.scalars(select(CatalogEntry).order_by(CatalogEntry.sort))
        catalog = {(e.kind, e.code): {"zh": e.label_zh, "bo": e.label_bo, "en": e.label_en,
                                      "sort": e.sort, "active": e.active} for e in entries}
        return cls(choice, catalog, dict(names or {}))
