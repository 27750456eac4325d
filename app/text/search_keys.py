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
from app.text.policy import fold_width, strip_invisible
from app.text.tibetan import (
    TSHEG,
    normalize_tibetan,
    is_han,
    is_tibetan,
    tibetan_search_form,
    to_wylie,
)
from app.text.transliteration import NAME_SEPARATORS, split_chinese_name, split_tibetan_name

MAX_KEY_LENGTH = 120  # PersonSearchKey.key is String(120)
MAX_NAME_PARTS = 3  # keys are made for a name starting at each of its first 3 parts
LATIN_SPELLINGS_PER_PART = 3

# Part of an ID number: 3 or more digits, maybe ending in X (the last digits "803X" too).
_ID_NUMBER_QUERY_RE = re.compile(r"[0-9]{3,18}x?")
# What people put around or inside a number they type or paste: spaces, hyphens, "…", "*".
_ID_NUMBER_NOISE_RE = re.compile(r"[\s\-.*\u2026]")
# ü as people type it: ü, u + combining diaeresis, "u:" (input methods), all to pinyin's "v".
_U_UMLAUT_RE = re.compile("\u00fc|u\u0308|u:")
ID_SUFFIX_MARK = "~"  # a key "~" + the ID number reversed: the last digits are a prefix of it


def canonical(text: str) -> str:
    """The one normaliser every stored key and every query key goes through last.

    Invisible and control characters removed, full-width forms to ASCII, NFC, lowercase,
    ü in any typed form to "v" (as pypinyin writes it). Keys made by `chinese_key`,
    `tibetan_key` and `latin_key` are already in this form; the function is idempotent."""
    text = fold_width(strip_invisible(unicodedata.normalize("NFC", text or ""))).lower()
    return _U_UMLAUT_RE.sub("v", text)


def chinese_key(text: str) -> str:
    """The Han characters of `text` (no middle dot, spaces or anything else)."""
    return "".join(ch for ch in canonical(text) if is_han(ch))


def tibetan_key(text: str) -> str:
    """The Tibetan letters and marks of `text` in search form (no tsheg, shad or spaces)."""
    joined = "".join(ch for ch in tibetan_search_form(canonical(text))
                     if is_tibetan(ch) and ch != TSHEG)
    return normalize_tibetan(joined)  # marks that met when the rest went out, in order again


def latin_key(text: str) -> str:
    """"Tashi Tsering" -> "tashitsering", "bstan 'dzin" -> "bstandzin", "Chödrön" -> "chodron",
    "Lü Juan" / "Lu:juan" -> "lvjuan" (ü as pypinyin writes it)."""
    decomposed = unicodedata.normalize("NFKD", canonical(text))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def pinyin_variants(key: str) -> set[str]:
    """A pinyin key with ü ("v") also spelled the other ways people type it: "lvjuan" ->
    {"lvjuan", "lyujuan", "lujuan"} (passport spelling "lyu", and plain "u")."""
    if "v" not in key:
        return {key}
    return {key, key.replace("v", "yu"), key.replace("v", "u")}


def id_number_keys(number: str) -> set[str]:
    """Keys for an ID number: the number itself (lowercase, so "X" and "x" agree) and the
    number reversed after "~", so that its last digits are found with a prefix match."""
    key = latin_key(_ID_NUMBER_NOISE_RE.sub("", number or ""))
    return {key, ID_SUFFIX_MARK + key[::-1]} if key else set()


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
    keys = {chinese_key(zh), pinyin_initials(zh), tibetan_key(bo), wylie_key(bo)}
    keys |= pinyin_variants(pinyin_full(zh))
    if all(p.latin for p in parts[1:]):
        rest = "".join(p.latin[0] for p in parts[1:])
        keys |= {latin_key(first + rest) for first in parts[0].latin[:LATIN_SPELLINGS_PER_PART]}
    return keys


def person_search_keys(name_zh: str, name_bo: str = "", name_latin: str = "",
                       id_number: str = "") -> set[str]:
    """Every key (about 10-20) by which a person is found with a prefix match."""
    keys = {
        chinese_key(name_zh), pinyin_initials(name_zh),
        tibetan_key(name_bo), wylie_key(name_bo), latin_key(name_latin),
    } | pinyin_variants(pinyin_full(name_zh)) | id_number_keys(id_number)
    parts = _name_parts(name_zh, name_bo)
    for start in range(min(len(parts), MAX_NAME_PARTS)):
        keys |= _keys_for_parts(parts[start:])
    latin_words = name_latin.split()
    for start in range(1, min(len(latin_words), MAX_NAME_PARTS)):
        keys.add(latin_key(" ".join(latin_words[start:])))
    return {key[:MAX_KEY_LENGTH] for key in keys if key}


def query_search_keys(query: str) -> list[str]:
    """What to match stored keys against (prefix LIKE) for what the user typed.

    A Chinese query gives the Chinese key, a Tibetan query the Tibetan key, a Latin query
    (pinyin, Wylie, English spelling) the Latin key, all made by the same functions as the
    stored keys. Something that looks like part of an ID number (3 or more digits, maybe
    ending in X or x) gives `id_number_keys`: the start or the end of an ID number.
    """
    text = canonical(query).strip()
    compact = _ID_NUMBER_NOISE_RE.sub("", text)
    if _ID_NUMBER_QUERY_RE.fullmatch(compact):
        return sorted(id_number_keys(compact))
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
