"""Tibetan personal-name elements in their three written forms: 扎西 = བཀྲ་ཤིས = Tashi.

Tibetan names have no surname; a full name is usually two elements (扎西次仁 = བཀྲ་ཤིས་ཚེ་རིང =
Tashi Tsering). The table lives in resources/names/transliterations.json. Entries whose Tibetan
spelling still needs confirmation carry `"review": true` and are left out of demo data.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from app.paths import resource_path
from app.text.tibetan import TSHEG, contains_han, contains_tibetan, normalize_tibetan, tibetan_search_form

NAME_SEPARATORS = "·•・‧∙⋅･ \u3000"


@dataclass(frozen=True)
class NameElement:
    zh: str  # usual Chinese transcription, e.g. 扎西
    bo: str  # Tibetan script, normalised, e.g. བཀྲ་ཤིས
    latin: tuple[str, ...]  # common Latin spellings, Chinese pinyin last, e.g. ("Tashi", "Trashi", "Zhaxi")
    review: bool = False  # True while the Tibetan spelling still needs confirmation

    @property
    def syllables(self) -> tuple[str, ...]:
        """The Tibetan syllables, e.g. ("བཀྲ", "ཤིས")."""
        return tuple(tibetan_search_form(self.bo).split(TSHEG))


TABLE_PATH = ("names", "transliterations.json")


@lru_cache(maxsize=1)
def load_transliterations() -> list[NameElement]:
    """All name elements from resources/names/transliterations.json, in file order (cached)."""
    with open(resource_path(*TABLE_PATH), encoding="utf-8") as f:
        document = json.load(f)
    return [
        NameElement(
            zh=entry["zh"],
            bo=normalize_tibetan(entry["bo"]),
            latin=tuple(entry["latin"]),
            review=bool(entry.get("review", False)),
        )
        for entry in document["elements"]
    ]


def demo_tibetan_names() -> list[NameElement]:
    """Elements whose spelling is confirmed (not marked for review), for demo data."""
    return [element for element in load_transliterations() if not element.review]


@dataclass(frozen=True)
class _Index:
    by_zh: dict[str, NameElement]
    by_syllables: dict[tuple[str, ...], NameElement]  # first entry wins (丹增 / 旦增 share one)
    by_form: dict[str, list[NameElement]]  # zh, bo search form and lowercased Latin -> elements
    longest_zh: int
    longest_syllables: int


@lru_cache(maxsize=1)
def _index() -> _Index:
    by_zh: dict[str, NameElement] = {}
    by_syllables: dict[tuple[str, ...], NameElement] = {}
    by_form: dict[str, list[NameElement]] = defaultdict(list)
    for element in load_transliterations():
        by_zh.setdefault(element.zh, element)
        by_syllables.setdefault(element.syllables, element)
        for form in _forms(element):
            by_form[form].append(element)
    return _Index(
        by_zh=by_zh,
        by_syllables=by_syllables,
        by_form=dict(by_form),
        longest_zh=max(len(zh) for zh in by_zh),
        longest_syllables=max(len(s) for s in by_syllables),
    )


def _forms(element: NameElement) -> set[str]:
    return {element.zh, tibetan_search_form(element.bo)} | {name.lower() for name in element.latin}


def _token_form(token: str) -> str:
    """How a token is compared with the table: zh as is, bo in search form, Latin lowercased."""
    token = token.strip()
    if contains_tibetan(token):
        return tibetan_search_form(token)
    if contains_han(token):
        return "".join(ch for ch in token if ch not in NAME_SEPARATORS)
    return token.lower()


def equivalents(token: str) -> set[str]:
    """All forms of a name element given any one of them; empty if the token is not in the table.

    equivalents("tashi") == {"扎西", "བཀྲ་ཤིས", "tashi", "trashi", "zhaxi"}. Tibetan forms are in
    `tibetan_search_form`, Latin forms lowercased. Elements spelling the same Tibetan word are
    merged: equivalents("丹增") also holds 旦增 and 单增.
    """
    index = _index()
    matched = index.by_form.get(_token_form(token), [])
    # Other transcriptions of the same Tibetan word count too (丹增, 旦增 and 单增 are one name).
    same_word = [e for m in matched for e in index.by_form[tibetan_search_form(m.bo)]]
    forms: set[str] = set()
    for element in same_word:
        forms |= _forms(element)
    return forms


def _split(units: tuple[str, ...] | str, lookup, longest: int) -> list[NameElement] | None:
    """Split a sequence into table elements, longest match first, with backtracking."""
    if not units:
        return []
    for size in range(min(longest, len(units)), 0, -1):
        head = units[:size]
        element = lookup.get(head)
        if element is not None:
            rest = _split(units[size:], lookup, longest)
            if rest is not None:
                return [element, *rest]
    return None


def split_chinese_name(name_zh: str) -> list[NameElement] | None:
    """扎西次仁 or 扎西·次仁 -> [扎西, 次仁]; None unless the whole name is made of table elements."""
    index = _index()
    pieces = "".join(" " if ch in NAME_SEPARATORS else ch for ch in name_zh).split()
    elements: list[NameElement] = []
    for piece in pieces:
        found = _split(piece, index.by_zh, index.longest_zh)
        if not found:
            return None
        elements.extend(found)
    return elements or None


def split_tibetan_name(name_bo: str) -> list[NameElement] | None:
    """བཀྲ་ཤིས་ཚེ་རིང -> [扎西, 次仁]; None unless the whole name is made of table elements."""
    index = _index()
    syllables = tuple(s for s in tibetan_search_form(name_bo).replace(" ", TSHEG).split(TSHEG) if s)
    return _split(syllables, index.by_syllables, index.longest_syllables) or None
