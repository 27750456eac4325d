"""The keys a person can be found by, and the keys a typed query is matched with.

Stored keys are matched with `key LIKE 'query%'`, so each key is the start of something a user
might type: 扎西次仁 is stored as "扎西次仁", "zhaxiciren", "zxcr", "བཀྲཤིསཚེརིང",
"bkrashistshering", "tashitsering" ... and, because Tibetans are often called by either part of
their name, also "次仁", "ciren", "cr", "ཚེརིང", "tshering", "tsering".

Three kinds of key, made the same way for people and for queries:
  * Chinese: the characters without middle dot or spaces;
  * Tibetan: `tibetan_search_form` without tshegs or spaces;
  * Latin (pinyin, Wylie, English spellings): lowercase ASCII letters and digits only.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.text.pinyin_keys import pinyin_full, pinyin_initials
from app.text.tibetan import (
    TSHEG,
    is_han,
    is_tibetan,
    tibetan_search_form,
    to_wylie,
)
from app.text.transliteration import NAME_SEPARATORS, split_chinese_name, split_tibetan_name

MAX_KEY_LENGTH = 120  # PersonSearchKey.key is String(120)
MAX_NAME_PARTS = 3  # keys are made for a name starting at each of its first 3 parts
LATIN_SPELLINGS_PER_PART = 3

_ID_NUMBER_QUERY_RE = re.compile(r"[0-9]{4,17}[0-9X]?")


def chinese_key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", text)
                   if ch not in NAME_SEPARATORS and not ch.isspace())


def tibetan_key(text: str) -> str:
    return "".join(ch for ch in tibetan_search_form(text) if ch != TSHEG and not ch.isspace())


def latin_key(text: str) -> str:
    """"Tashi Tsering" -> "tashitsering", "bstan 'dzin" -> "bstandzin", "Chödrön" -> "chodron"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def wylie_key(text_bo: str) -> str:
    return latin_key(to_wylie(text_bo)) if text_bo.strip() else ""


@dataclass(frozen=True)
class _NamePart:
    zh: str = ""
    bo: str = ""
    latin: tuple[str, ...] = ()


def _name_parts(name_zh: str, name_bo: str) -> list[_NamePart]:
    """The parts a name is made of: table elements if possible, else the pieces around `·`."""
    from_zh = split_chinese_name(name_zh) if name_zh.strip() else None
    if from_zh:
        return [_NamePart(e.zh, e.bo, e.latin) for e in from_zh]
    from_bo = split_tibetan_name(name_bo) if name_bo.strip() else None
    if from_bo and not name_zh.strip():
        return [_NamePart(e.zh, e.bo, e.latin) for e in from_bo]
    if from_bo:  # the Chinese name is spelled another way: use only the Tibetan and Latin forms
        return [_NamePart("", e.bo, e.latin) for e in from_bo]
    pieces = "".join(" " if ch in NAME_SEPARATORS else ch for ch in name_zh).split()
    return [_NamePart(zh=piece) for piece in pieces]


def _keys_for_parts(parts: list[_NamePart]) -> set[str]:
    """Keys for the name made of `parts`, in every script the parts are known in."""
    zh = "".join(p.zh for p in parts) if all(p.zh for p in parts) else ""
    bo = TSHEG.join(p.bo for p in parts) if all(p.bo for p in parts) else ""
    keys = {chinese_key(zh), pinyin_full(zh), pinyin_initials(zh), tibetan_key(bo), wylie_key(bo)}
    if all(p.latin for p in parts[1:]):
        rest = "".join(p.latin[0] for p in parts[1:])
        keys |= {latin_key(first + rest) for first in parts[0].latin[:LATIN_SPELLINGS_PER_PART]}
    return keys


def person_search_keys(name_zh: str, name_bo: str = "", name_latin: str = "") -> set[str]:
    """Every key (about 10-20) by which a person is found with a prefix match."""
    keys = {
        chinese_key(name_zh), pinyin_full(name_zh), pinyin_initials(name_zh),
        tibetan_key(name_bo), wylie_key(name_bo), latin_key(name_latin),
    }
    parts = _name_parts(name_zh, name_bo)
    for start in range(min(len(parts), MAX_NAME_PARTS)):
        keys |= _keys_for_parts(parts[start:])
    latin_words = name_latin.split()
    for start in range(1, min(len(latin_words), MAX_NAME_PARTS)):
        keys.add(latin_key(" ".join(latin_words[start:])))
    return {key[:MAX_KEY_LENGTH] for key in keys if key}


def _to_ascii_width(text: str) -> str:
    """Full-width letters and digits to ASCII (NFKC), leaving Tibetan untouched."""
    return "".join(ch if is_tibetan(ch) else unicodedata.normalize("NFKC", ch) for ch in text)


def query_search_keys(query: str) -> list[str]:
    """What to match stored keys against (prefix LIKE) for what the user typed.

    A Chinese query gives the Chinese key, a Tibetan query the Tibetan key, a Latin query
    (pinyin, Wylie, English spelling) the Latin key. Something that looks like part of an ID
    number (4 or more digits, maybe ending in X) is returned normalised; the caller also
    searches ID numbers with it.
    """
    text = _to_ascii_width(query or "").strip()
    compact = re.sub(r"[\s\-]", "", text).replace("x", "X")
    if _ID_NUMBER_QUERY_RE.fullmatch(compact):
        return [compact]
    keys = [
        tibetan_key("".join(ch for ch in text if is_tibetan(ch))),
        chinese_key("".join(ch for ch in text if is_han(ch))),
        latin_key("".join(ch for ch in text if not is_tibetan(ch) and not is_han(ch))),
    ]
    return list(dict.fromkeys(key[:MAX_KEY_LENGTH] for key in keys if key))


def name_identity_keys(name_zh: str, name_bo: str = "", name_latin: str = "") -> set[str]:
    """Whole-name forms for duplicate detection, never prefixes or single name parts.

    Two people share a key when their Chinese names are equal or sound the same (full
    pinyin), their Tibetan or Latin names are equal, or both names are made of the same
    sequence of known name elements in any script (扎西次仁 = བཀྲ་ཤིས་ཚེ་རིང = 扎西·次仁).
    """
    keys: set[str] = set()
    if name_zh.strip():
        keys |= {"zh:" + chinese_key(name_zh), "py:" + pinyin_full(name_zh)}
    if name_bo.strip():
        keys.add("bo:" + tibetan_key(name_bo))
    if name_latin.strip():
        keys.add("lat:" + latin_key(name_latin))
    for elements in (split_chinese_name(name_zh) if name_zh.strip() else None,
                     split_tibetan_name(name_bo) if name_bo.strip() else None):
        if elements:
            keys.add("el:" + "|".join(tibetan_key(element.bo) for element in elements))
    return {key for key in keys if not key.endswith(":")}
