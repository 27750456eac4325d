"""The station's text policy: what every piece of text becomes before it is stored.

One policy for every entry point (forms, command line, station set-up, catalogue and county
data, the sync inbox), so that whatever is stored can be searched, printed and exported:

  * Unicode NFC (Tibetan additionally gets `normalize_tibetan`'s rules in name fields);
  * line breaks of every kind (CR LF, CR, vertical tab, form feed, NEL, U+2028/U+2029) become
    "\\n" in multi-line text and a space in one-line text; a tab becomes a space;
  * invisible format characters (zero-width space/joiners, word joiner, byte-order mark, soft
    hyphen, bidirectional embeddings and isolates) are removed: they change nothing a person
    sees, but they split search keys and crash XML writers;
  * other control characters (C0 and C1, e.g. U+0007 or U+0000) are removed;
  * characters that can never be printed or exported are *refused*, naming them (U+XXXX):
    unpaired surrogates, Unicode noncharacters (U+FFFE, U+FFFF ...), private-use characters
    (they show as a different glyph in every font), code points Unicode has not assigned,
    and (in `check_text`) characters no bundled print font has, such as emoji;
  * runs of spaces collapse to one; spaces around line breaks and at both ends go.

`normalize_text` applies the policy and never raises (for data that arrives without a person
to ask: catalogue documents, the sync inbox): refused characters are dropped. `check_text`
raises `ValidationError` for refused characters (forms, command line, set-up). Number fields
(ID numbers, phone numbers, amounts, dates) additionally fold full-width forms to ASCII with
`fold_width`.
"""
from __future__ import annotations

import re
import unicodedata

from app.errors import N_, ValidationError

# Invisible format characters that are removed wherever they occur.
INVISIBLE_CHARACTERS = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e"
    "\u206f\ufeff\ufff9\ufffa\ufffb")
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_SPACES_RE = re.compile(r"[ ]{2,}")
_SPACES_AROUND_BREAK_RE = re.compile(r" *\n *")


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def is_refused(ch: str) -> bool:
    """True for a character no printer or spreadsheet can carry (see the module docstring)."""
    code = ord(ch)
    category = unicodedata.category(ch)
    return (category in ("Cs", "Co", "Cn") or _is_noncharacter(code))


def describe_character(ch: str) -> str:
    """"U+000B" or "U+E000" (with the character's Unicode name when it has one)."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}".strip()


def refused_characters(text: str) -> list[str]:
    """The distinct refused characters of `text`, in order of first appearance."""
    return list(dict.fromkeys(ch for ch in text or "" if is_refused(ch)))


def normalize_text(raw: str | None, *, multiline: bool = True) -> str:
    """`raw` under the text policy; refused characters are dropped. Never raises.

    >>> normalize_text(" a\\u200b b\\x0bc\\r\\n", multiline=True)
    'a b\\nc'
    """
    text = unicodedata.normalize("NFC", raw or "")
    text = text.replace("\r\n", "\n")
    kept: list[str] = []
    for ch in text:
        if ch in LINE_BREAKS:
            kept.append("\n" if multiline else " ")
        elif ch == "\t" or unicodedata.category(ch) == "Zs":
            kept.append(" ")
        elif ch in INVISIBLE_CHARACTERS or unicodedata.category(ch) == "Cc" or is_refused(ch):
            continue
        else:
            kept.append(ch)
    text = _SPACES_AROUND_BREAK_RE.sub("\n", _SPACES_RE.sub(" ", "".join(kept)))
    return unicodedata.normalize("NFC", text).strip()


def check_text(raw: str | None, *, field: str, multiline: bool = True) -> str:
    """`normalize_text`, but a refused character raises ValidationError naming it: one of
    `is_refused`, or (after normalising) one that no bundled print font can draw, such as an
    emoji, which would print as an empty box (`app.text.coverage`)."""
    from app.text.coverage import unprintable

    refused = refused_characters(raw or "")
    text = normalize_text(raw, multiline=multiline)
    refused += [ch for ch in unprintable(text) if ch not in refused]
    if refused:
        raise ValidationError(
            N_("This text contains characters that cannot be printed or exported: %1. "
               "Please delete them and type the text again."),
            ", ".join(describe_character(ch) for ch in refused[:5]), field=field)
    return text


def fold_width(text: str) -> str:
    """Full-width ASCII forms (１２３ＡＢＣ－) and the ideographic space to ASCII; the rest
    unchanged (Tibetan and Chinese characters are never touched)."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif 0xFFE0 <= code <= 0xFFE6:  # full-width ¥ £ ¢ ...
            out.append(unicodedata.normalize("NFKC", ch))
        elif ch == "\u3000":
            out.append(" ")
        elif ch in "\u2212\u2010\u2011\u2012\u2013\u2014\u2015":
            out.append("-")
        else:
            out.append(ch)
    return "".join(out)


def strip_invisible(text: str) -> str:
    """`text` without invisible format characters and control characters (no other change)."""
    if text.isascii() and text.isprintable():  # no control character, no invisible one
        return text
    return "".join(ch for ch in text if ch not in INVISIBLE_CHARACTERS
                   and (unicodedata.category(ch) != "Cc" or ch in "\n"))
