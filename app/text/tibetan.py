"""Tibetan script helpers: one canonical spelling for storage and comparison, Wylie, script tests.

The same Tibetan name can arrive as different code-point sequences that look identical on
screen: a zero-width space pasted from a web page, the non-breaking tsheg U+0F0C instead of
U+0F0B, a vowel sign typed before the subjoined letter, or a precomposed vowel such as U+0F73.
`normalize_tibetan` turns all of these into one form so that equal-looking names compare equal.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TSHEG = "\u0f0b"
NON_BREAKING_TSHEG = "\u0f0c"
SHAD = "\u0f0d"
# Shad and its variants (nyis shad, tsheg shad, rin chen spungs shad ...) end a phrase.
SHAD_CHARACTERS = "\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12"
ZERO_WIDTH_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

# Discouraged precomposed vowels, spelled out as their sequences (a-chung first).
_DISCOURAGED_VOWELS = {
    "\u0f73": "\u0f71\u0f72",
    "\u0f75": "\u0f71\u0f74",
    "\u0f81": "\u0f71\u0f80",
    "\u0f77": "\u0fb2\u0f71\u0f80",
    "\u0f79": "\u0fb3\u0f71\u0f80",
}
_ZERO_WIDTH_RE = re.compile(f"[{ZERO_WIDTH_CHARACTERS}]")
_REPEATED_TSHEG_RE = re.compile(f"{TSHEG}{{2,}}")
_TSHEG_AROUND_SPACE_RE = re.compile(rf"[{TSHEG}\s]*\s[{TSHEG}\s]*")

# Order of the marks that follow a base letter within a syllable (stable within each class).
_SUBJOINED, _A_CHUNG, _VOWEL, _OTHER_MARK = 0, 1, 2, 3


def _mark_class(ch: str) -> int | None:
    """Where a combining mark goes after its base letter; None if `ch` is not such a mark."""
    code = ord(ch)
    if 0x0F90 <= code <= 0x0FBC:
        return _SUBJOINED
    if code == 0x0F71:
        return _A_CHUNG
    if 0x0F72 <= code <= 0x0F7D or code in (0x0F80, 0x0F81):
        return _VOWEL
    if code in (0x0F7E, 0x0F7F, 0x0F82, 0x0F83, 0x0F84, 0x0F86, 0x0F87, 0x0F35, 0x0F37):
        return _OTHER_MARK
    return None


def _reorder_marks(s: str) -> str:
    """Put subjoined letters before vowel signs, and a-chung before the other vowels."""
    out: list[str] = []
    run: list[str] = []
    for ch in s:
        if _mark_class(ch) is not None:
            run.append(ch)
            continue
        if run:
            out.extend(sorted(run, key=_mark_class))
            run = []
        out.append(ch)
    out.extend(sorted(run, key=_mark_class))
    return "".join(out)


def normalize_tibetan(s: str) -> str:
    """Canonical form of Tibetan text for storage and comparison (NFC-stable, idempotent).

    Removes zero-width characters, turns the non-breaking tsheg into an ordinary tsheg and
    collapses repeated tshegs, spells out discouraged precomposed vowels, and orders the marks
    after each letter (subjoined letters, then a-chung, then other vowels). A final shad stays.
    """
    s = _ZERO_WIDTH_RE.sub("", s)
    s = unicodedata.normalize("NFC", s)
    for precomposed, sequence in _DISCOURAGED_VOWELS.items():
        s = s.replace(precomposed, sequence)
    s = s.replace(NON_BREAKING_TSHEG, TSHEG)
    s = _REPEATED_TSHEG_RE.sub(TSHEG, s)
    return unicodedata.normalize("NFC", _reorder_marks(s))


def tibetan_search_form(s: str) -> str:
    """`normalize_tibetan`, then shad becomes a space and tshegs/spaces at word ends go.

    "བཀྲ་ཤིས་ཚེ་རིང།" and "བཀྲ་ཤིས་ཚེ་རིང་" both become "བཀྲ་ཤིས་ཚེ་རིང".
    """
    s = normalize_tibetan(s)
    for shad in SHAD_CHARACTERS:
        s = s.replace(shad, " ")
    s = _TSHEG_AROUND_SPACE_RE.sub(" ", s)
    return s.strip(TSHEG + " \t\n\u00a0\u3000")


@lru_cache(maxsize=1)
def _wylie_converter():
    import pyewts

    return pyewts.pyewts()


def to_wylie(s: str) -> str:
    """Extended Wylie transliteration, lowercased, e.g. "བཀྲ་ཤིས" -> "bkra shis"."""
    wylie = _wylie_converter().toWylie(normalize_tibetan(s))
    return wylie.lower().replace("_", " ").rstrip("/ ")


def from_wylie(s: str) -> str:
    """Tibetan script from Extended Wylie, e.g. "bkra shis" -> "བཀྲ་ཤིས" (normalised)."""
    return normalize_tibetan(_wylie_converter().toUnicode(s))


def is_tibetan(ch: str) -> bool:
    """True for a character in the Tibetan block U+0F00-U+0FFF."""
    return "\u0f00" <= ch <= "\u0fff"


def is_tibetan_digit(ch: str) -> bool:
    """True for Tibetan digits and half-digits (U+0F20-U+0F33)."""
    return "\u0f20" <= ch <= "\u0f33"


def is_han(ch: str) -> bool:
    """True for a Chinese (Han) character, including the rare extension blocks and 〇."""
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x323AF
        or code == 0x3007
    )


def contains_tibetan(s: str) -> bool:
    return any(is_tibetan(ch) for ch in s)


def contains_han(s: str) -> bool:
    return any(is_han(ch) for ch in s)
