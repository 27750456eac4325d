"""Fonts and multilingual paragraphs for reportlab: Chinese (Noto Sans SC, TrueType) and
Tibetan (Noto Serif Tibetan), shaped with HarfBuzz.

reportlab shapes one space-separated word with one font and wraps lines only at spaces, while
Tibetan has no spaces between syllables and a CJK font has no Tibetan glyphs. So we lay the
lines out ourselves: text is cut into runs per script (Tibetan / everything else), runs into
break units (a Tibetan syllable with its tsheg or shad, one Chinese character, one Latin
word), units are measured (Tibetan measured *shaped*) and filled greedily into lines; each
line goes to reportlab as one `<br/>`-separated line whose script runs are separate words.
Fonts are registered once per process.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.platypus import Paragraph

from app.paths import resource_path

CJK = "SL-NotoSansSC"
FALLBACK = "SL-IdeographFallback"  # ideographs beyond the BMP (彭𬊤, U+2C2A4): Hanazono Mincho
TIBETAN = "SL-NotoSerifTibetan"
TIBETAN_BOLD = "SL-NotoSerifTibetan-Bold"
TIBETAN_SCALE = 1.12        # Tibetan letters look small beside Han characters at one size
TIBETAN_LEADING = 1.75      # stacks are tall: line height per Tibetan font size
LEADING = 1.35
_lock = threading.Lock()
_registered = False
# The face of a run of text: Tibetan (shaped), Chinese/Latin, or the fallback ideograph font.
BO, ZH, FB = "bo", "zh", "fb"
_FONT_OF = {BO: TIBETAN, ZH: CJK, FB: FALLBACK}

_BREAK_AFTER = "\u0f0b\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f12\u0f14 "
_TIBETAN_UNIT = re.compile(f"[^{_BREAK_AFTER}]*[{_BREAK_AFTER}]+|[^{_BREAK_AFTER}]+")
_OTHER_UNIT = re.compile(r"[A-Za-z0-9_.,:;%+\-/()#@&'\"!?=<>\[\]{}*~^$|\\]+ *| +|.")
_NO_LINE_START = set("，。、；：？！）》」』】,.;:?!)%·—…")
_NO_LINE_END = set("（《「『【(")


def register_fonts() -> None:
    """Register the TrueType fonts with reportlab (once; thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        fonts = {CJK: "NotoSansSC-Regular.ttf", TIBETAN: "NotoSerifTibetan-Regular.ttf",
                 TIBETAN_BOLD: "NotoSerifTibetan-Bold.ttf", FALLBACK: "SLIdeographFallback.ttf"}
        for name, filename in fonts.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        _prefer_unified_ideographs(pdfmetrics.getFont(CJK).face)
        from app.reports import pdf_unicode
        for name in fonts:
            pdf_unicode.register(name)
        pdf_unicode.install()
        _shape_only_tibetan()
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
        pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK, italic=FALLBACK,
                                      boldItalic=FALLBACK)
        pdfmetrics.registerFontFamily(TIBETAN, normal=TIBETAN, bold=TIBETAN_BOLD,
                                      italic=TIBETAN, boldItalic=TIBETAN_BOLD)
        _registered = True


def _shape_only_tibetan() -> None:
    """Paragraphs shape only words set in the Tibetan fonts. reportlab shapes a whole word with
    the font of its first fragment; a Chinese word holding a character from the fallback font
    (彭𬊤) would be shaped with the wrong font. Chinese and Latin need no shaping here (their
    widths are measured unshaped too), and a Tibetan run is always a word of its own."""
    from reportlab.platypus import paragraph

    original = paragraph.shapeFragWord
    if getattr(original, "tibetan_only", False):
        return

    def shape_tibetan_words(word, *args, **kwargs):
        if any(getattr(frag, "fontName", None) in (TIBETAN, TIBETAN_BOLD)
               for frag, _text in word[1:]):
            return original(word, *args, **kwargs)
        return word

    shape_tibetan_words.tibetan_only = True
    paragraph.shapeFragWord = shape_tibetan_words


def _prefer_unified_ideographs(face) -> None:
    """The shaper maps each glyph back to the first character that uses it, and the CJK
    font draws 人 and the Kangxi radical ⼈ with one glyph: put the ordinary character first,
    so text copied or searched in the PDF is 人, not ⼈."""
    def rank(code: int) -> tuple[bool, int]:
        radical = 0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF or 0x3190 <= code <= 0x319F
        return (radical, code)

    for chars in face.glyphToChar.values():
        if len(chars) > 1:
            chars.sort(key=rank)


def is_tibetan(char: str) -> bool:
    return "\u0f00" <= char <= "\u0fff"


def has_tibetan(text: str) -> bool:
    return any(is_tibetan(char) for char in text)


@lru_cache(maxsize=1)
def _cmaps() -> tuple[dict, dict]:
    register_fonts()
    return (pdfmetrics.getFont(CJK).face.charToGlyph,
            pdfmetrics.getFont(FALLBACK).face.charToGlyph)


def face_of(char: str) -> str:
    """BO for Tibetan; FB for a character the Chinese font lacks and the fallback has (per
    glyph, so 彭𬊤 prints 彭 in Noto Sans SC and 𬊤 in the fallback); else ZH."""
    if is_tibetan(char):
        return BO
    code = ord(char)
    if code < 0x10000:
        return ZH
    cjk, fallback = _cmaps()
    return FB if code not in cjk and code in fallback else ZH


def script_runs(text: str) -> list[tuple[str, str]]:
    """(face, run) pieces (face BO, ZH or FB); spaces stay with the run before them."""
    runs: list[tuple[str, str]] = []
    for char in text:
        face = face_of(char) if char != " " else (runs[-1][0] if runs else ZH)
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + char)
        else:
            runs.append((face, char))
    return runs


def _word_break(face_a: str | None, face_b: str) -> bool:
    """Is a change of face a word break? Only next to Tibetan (reportlab shapes per word)."""
    return face_a is not None and face_a != face_b and BO in (face_a, face_b)


def break_units(text: str) -> list[tuple[str, str, bool]]:
    """Where a line may break: after a tsheg/shad, between Han characters, between words.

    Each unit is (face, text, glued): a glued unit may not start a line (a closing
    bracket or comma, or whatever follows an opening bracket).
    """
    units: list[tuple[str, str, bool]] = []
    for face, run in script_runs(text):
        for unit in (_TIBETAN_UNIT if face == BO else _OTHER_UNIT).findall(run):
            glued = bool(units) and (unit[0] in _NO_LINE_START
                                     or unicodedata.category(unit[0]) == "Mn"  # a mark
                                     or units[-1][1].rstrip(" ")[-1:] in _NO_LINE_END)
            units.append((face, unit, glued))
    return units


@lru_cache(maxsize=50000)
def unit_width(unit: str, face: str, size: float, bold: bool) -> float:
    """Width in points; Tibetan is shaped first (subjoined letters take no advance)."""
    if face != BO:
        return pdfmetrics.stringWidth(unit, _FONT_OF[face], size)
    font, size = (TIBETAN_BOLD if bold else TIBETAN), size * TIBETAN_SCALE
    shaped = shapeStr(unit, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return pdfmetrics.stringWidth(unit, font, size)
    return sum(item.x_advance for item in data) * size / 1000


def _markup_line(units: list[tuple[bool, str]], size: float) -> str:
    parts: list[str] = []
    previous = None
    previous_face = None
    for face, run in _merge(units):
        if (_word_break(previous_face, face) and not previous.endswith(" ")
                and not run.startswith(" ")):
            parts.append(" ")  # a script change is a word break for reportlab's shaper
        if face == BO:
            parts.append(f'<font face="{TIBETAN}" size="{size * TIBETAN_SCALE:.2f}">'
                         f"{escape(run)}</font>")
        elif face == FB:
            parts.append(f'<font face="{FALLBACK}">{escape(run)}</font>')
        else:
            parts.append(escape(run))
        previous, previous_face = run, face
    return "".join(parts).strip()


def _merge(units):
    merged: list[tuple[bool, str]] = []
    for face, unit, *_glued in units:
        if merged and merged[-1][0] == face:
            merged[-1] = (face, merged[-1][1] + unit)
        else:
            merged.append((face, unit))
    return merged


def _width(units: list[tuple[bool, str]], size: float, bold: bool, space: float) -> float:
    """Width of units set in a row (each measured alone, cached), trailing spaces included,
    plus the space inserted where the script changes."""
    total, previous = 0.0, None
    for face, unit, *_glued in units:
        stripped = unit.rstrip(" ")
        total += unit_width(stripped, face, size, bold) + space * (len(unit) - len(stripped))
        if _word_break(previous, face):
            total += space
        previous = face
    return total


def _fitting_units(units, width: float, size: float, bold: bool):
    """Units, with any unit wider than a whole line (a 128-character URL, a long number)
    cut into pieces that fit: a line may then break inside it rather than run off the page."""
    for face, unit, glued in units:
        if unit_width(unit.rstrip(" "), face, size, bold) <= width or len(unit) < 2:
            yield face, unit, glued
            continue
        piece = ""
        for char in unit:
            if piece and unit_width(piece + char, face, size, bold) > width:
                yield face, piece, glued
                piece, glued = "", False
            piece += char
        if piece:
            yield face, piece, glued


def layout_markup(text: str, width: float, size: float, bold: bool = False) -> str:
    """Paragraph markup for `text` with its lines broken to fit `width` points."""
    lines: list[str] = []
    space = pdfmetrics.stringWidth(" ", CJK, size)
    for paragraph in (text or "").replace("\r\n", "\n").split("\n"):
        line: list[tuple[bool, str, bool]] = []
        used = 0.0
        for face, unit, glued in _fitting_units(break_units(paragraph), width, size, bold):
            stripped = unit.rstrip(" ")
            needed = unit_width(stripped, face, size, bold)
            if line and _word_break(line[-1][0], face):
                needed += space
            if line and used + needed > width:
                carry = [(face, unit, glued)]
                while carry[0][2] and len(line) > 1:  # a glued unit stays with the one before
                    carry.insert(0, line.pop())
                lines.append(_markup_line(line, size))
                line = [u for u in carry if u[1].strip()]
                used = _width(line, size, bold, space)
                continue
            line.append((face, unit, glued))
            used += needed + space * (len(unit) - len(stripped))
        lines.append(_markup_line(line, size))
    body = "<br/>".join(lines)
    return f"<b>{body}</b>" if bold else body


@lru_cache(maxsize=256)
def _style_for(style: ParagraphStyle, tibetan: bool) -> ParagraphStyle:
    size = style.fontSize
    leading = max(style.leading, size * TIBETAN_SCALE * TIBETAN_LEADING if tibetan else 0)
    return ParagraphStyle(f"{style.name}-{'bo' if tibetan else 'zh'}", parent=style,
                          leading=leading, shaping=1, splitLongWords=0)


class TextParagraph(Paragraph):
    """A Paragraph of plain text (not markup) in any mix of Chinese, Tibetan and Latin,
    laid out with our own line breaks for the width it is given."""

    def __init__(self, text, style, bulletText=None, frags=None, bold=False, **kwargs):
        if frags is not None or text is None:  # reportlab splitting an existing paragraph
            self._plain = None
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        register_fonts()
        self._plain, self._bold, self._laid_width = str(text), bold, None
        style = _style_for(style, has_tibetan(self._plain))
        super().__init__(layout_markup(self._plain, 10_000, style.fontSize, bold), style)

    def wrap(self, availWidth, availHeight):
        if self._plain is not None and self._laid_width != availWidth:
            width = availWidth - self.style.leftIndent - self.style.rightIndent - 0.5
            plain, bold = self._plain, self._bold
            Paragraph.__init__(self, layout_markup(plain, width, self.style.fontSize, bold),
                               self.style)
            self._laid_width = availWidth
        elif (self._plain is not None and getattr(self, "_wrapped", None) is not None
              and getattr(self, "blPara", None) is not None):
            return self._wrapped  # tables wrap each cell again: do not shape it twice
        self._wrapped = super().wrap(availWidth, availHeight)
        return self._wrapped


def uncovered_characters(text: str) -> set[str]:
    """Characters of `text` that no bundled font can draw (they would print as boxes)."""
    register_fonts()
    tibetan = pdfmetrics.getFont(TIBETAN).face.charToGlyph
    cjk, fallback = _cmaps()
    return {char for char in text if not char.isspace()
            and ord(char) not in (tibetan if is_tibetan(char) else cjk)
            and (is_tibetan(char) or ord(char) not in fallback)}
