"""Which characters the bundled fonts can draw: text that will be printed must stay inside.

The PDF reports print with the fonts in resources/fonts (Noto Sans SC, Noto Serif Tibetan and
the ideograph fallback). A character none of them has prints as an empty box, so the text
policy refuses it at entry (`app.text.policy.check_text`), naming it. The cmaps are read once
with fontTools (about 0.3 s), without reportlab.
"""
from __future__ import annotations

import threading

from app.paths import resource_path

PRINT_FONTS = ("NotoSansSC-Regular.ttf", "NotoSerifTibetan-Regular.ttf",
               "SLIdeographFallback.ttf")
_lock = threading.Lock()
_covered: frozenset[int] | None = None


def covered_code_points() -> frozenset[int]:
    """Every code point some bundled print font maps to a glyph."""
    global _covered
    with _lock:
        if _covered is None:
            from fontTools.ttLib import TTFont

            points: set[int] = set()
            for filename in PRINT_FONTS:
                points |= set(TTFont(str(resource_path("fonts", filename)), lazy=True)
                              .getBestCmap())
            _covered = frozenset(points)
    return _covered


def unprintable(text: str) -> list[str]:
    """The distinct characters of `text` (spaces and line breaks aside) no font can draw."""
    covered = covered_code_points()
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in covered
                              and not ch.isspace()))
