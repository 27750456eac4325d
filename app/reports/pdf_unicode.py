"""Text in our PDFs is real text: copying or extracting it gives the Unicode that was printed.

reportlab writes a ToUnicode CMap for each embedded font subset, but two kinds of glyph come
out wrong there:

* a glyph that HarfBuzz made by shaping Tibetan (a stack such as སྒྲ, a letter with its
  vowel, a narrow vowel variant) has no character of its own in the font: reportlab gives it
  a private-use code point (U+E000 ...), and that is what a reader copies out;
* a character beyond the Basic Multilingual Plane (彭𬊤, U+2C2A4) is written as five hex
  digits, which readers cut to four (U+2C2A).

`install` replaces reportlab's ToUnicode writer with one that maps a shaped glyph to the
characters it stands for, read from its glyph name by the Adobe Glyph List rules
(uni0F660F920FB2 -> ས ྒ ྲ; fontTools.agl), and writes every value as UTF-16 (surrogate pairs
beyond the BMP). Each shaped string is also wrapped in an /ActualText span with its text in
logical order, because readers order glyphs by position on the line. pdftotext then reads Tibetan and rare Han
characters back as they were stored (tests/reports/test_pdf_text.py).
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

_lock = threading.Lock()
_installed = False
_fonts: dict[str, str] = {}  # face name in the PDF -> reportlab font name
PRIVATE_USE = range(0xE000, 0xF900)
# HarfBuzz draws a dotted circle (U+25CC) under a mark that has no letter to sit on; it was
# not in the text, so it is left out of the text read back.
_DOTTED_CIRCLE_RE = re.compile("\u25cc(?=[\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e\u0f3f"
                               "\u0f71-\u0f84\u0f86\u0f87\u0f8d-\u0fbc\u0fc6])")


def register(font_name: str) -> None:
    """Remember a registered reportlab TTFont so its subsets' shaped glyphs can be named."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
    _fonts[name] = font_name


@lru_cache(maxsize=8)
def _glyph_order(path: str) -> list[str]:
    from fontTools.ttLib import TTFont

    return TTFont(path, lazy=True).getGlyphOrder()


_shaped_text: dict[tuple[str, int], str] = {}  # (font, private-use code) -> characters


def _text_of(font_name: str, code: int) -> str:
    """What the subset code `code` stands for: itself, or a shaped glyph's characters."""
    if code not in PRIVATE_USE:
        return chr(code)
    known = _shaped_text.get((font_name, code))
    if known is not None:
        return known
    from fontTools import agl
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    gid = font.face.charToGlyph.get(code)
    if gid is None:  # not a glyph reportlab numbered: a private-use character as such
        return chr(code)
    order = _glyph_order(str(font.face.filename))
    text = (agl.toUnicode(order[gid]) if gid < len(order) else "") or chr(code)
    _shaped_text[(font_name, code)] = text
    return text


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(base_font_name: str, subset: list[int]) -> str:
    """A ToUnicode CMap like reportlab's, with shaped glyphs and non-BMP characters right."""
    face_name = base_font_name.split("+", 1)[-1]
    font_name = _fonts.get(face_name)
    entries = []
    for index, code in enumerate(subset):
        text = _text_of(font_name, code) if font_name else chr(code)
        entries.append(f"<{index:02X}> <{_utf16_hex(text)}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({base_font_name})", f"/Ordering ({base_font_name})",
        "/Supplement 0", ">> def", f"/CMapName /{base_font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


def install() -> None:
    """Use `to_unicode_cmap` for every TrueType font subset reportlab writes (once)."""
    global _installed
    with _lock:
        if _installed:
            return
        from reportlab.pdfbase import ttfonts
        from reportlab.pdfgen.textobject import PDFTextObject

        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        PDFTextObject._formatText = _with_actual_text(PDFTextObject._formatText)
        _installed = True


def _with_actual_text(original):
    """Wrap the operators of every shaped string in a marked-content span whose /ActualText is
    the text in logical order: readers sort glyphs by position, and a Tibetan vowel drawn
    over its letter would otherwise be read before it (རེིའ for རེའི)."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    def format_text(self, text):
        code = original(self, text)
        font_name = self._fontname
        if not isinstance(text, ShapedStr) or font_name not in _fonts.values():
            return code
        actual = _DOTTED_CIRCLE_RE.sub("", "".join(_text_of(font_name, ord(char))
                                                for char in text))
        return f"/Span <</ActualText <FEFF{_utf16_hex(actual)}>>> BDC {code} EMC"

    return format_text
