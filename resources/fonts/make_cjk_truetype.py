"""Rebuild NotoSansSC-Regular.ttf (TrueType outlines) from Debian's Noto Sans CJK SC (CFF).

Not run at install time: the .ttf it writes is committed. Run it only to refresh the font.

    apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb /tmp/noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python resources/fonts/make_cjk_truetype.py \
        /tmp/noto-cjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Why: reportlab (PDF reports) cannot embed CFF-flavoured OpenType, and Debian ships no TrueType
Noto CJK. What it does: takes face "Noto Sans CJK SC" from the collection, drops Hangul, the
vertical-layout tables, layout features other than basic horizontal ones,
and the code points outside the Basic Multilingual Plane, converts the
cubic CFF outlines to quadratic TrueType outlines (fontTools cu2qu, max error 1 unit of 1000),
and names the result "Noto Sans SC" (the name the Noto CJK project gives its SC-only subset).
Glyph design and licence (SIL OFL 1.1) are unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SC_FACE_NAME = "Noto Sans CJK SC"
FAMILY = "Noto Sans SC"
POSTSCRIPT_NAME = "NotoSansSC-Regular"
OUTPUT = Path(__file__).with_name("NotoSansSC-Regular.ttf")
MAX_ERROR_UNITS = 1.0
# Horizontal text only; no Japanese/Korean/Traditional locl forms, no alternates (aalt etc.).
LAYOUT_FEATURES = ["ccmp", "kern", "liga", "calt", "mark", "mkmk"]

HANGUL_RANGES = [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)]


def kept_code_points(cmap: dict[int, str]) -> list[int]:
    def is_hangul(cp: int) -> bool:
        return any(low <= cp <= high for low, high in HANGUL_RANGES)

    return sorted(cp for cp in cmap if cp <= 0xFFFF and not is_hangul(cp))


def sc_face(collection_path: str):
    for font in TTCollection(collection_path).fonts:
        if font["name"].getDebugName(1) == SC_FACE_NAME:
            return font
    raise SystemExit(f"no face named {SC_FACE_NAME!r} in {collection_path}")


def subset_font(font) -> None:
    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=kept_code_points(font.getBestCmap()))
    subsetter.subset(font)


def cff_to_glyf(font) -> None:
    """Replace the CFF table by glyf/loca with quadratic outlines (after fontTools' otf2ttf)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR_UNITS, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            names.removeNames(nameID=record.nameID)
    for name_id, value in ((1, FAMILY), (2, "Regular"), (3, f"{POSTSCRIPT_NAME};station-ledger"),
                           (4, f"{FAMILY} Regular"), (6, POSTSCRIPT_NAME)):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def main(collection_path: str) -> None:
    font = sc_face(collection_path)
    subset_font(font)
    cff_to_glyf(font)
    rename(font)
    font.save(OUTPUT)
    print(f"{OUTPUT}: {OUTPUT.stat().st_size / 1e6:.1f} MB, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main(sys.argv[1])
