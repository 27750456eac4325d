"""Build SLIdeographFallback.ttf, the reports' fallback for Chinese characters beyond the bundled
Noto Sans SC (which keeps the Basic Multilingual Plane only).

Not run at install time: the .ttf it writes is committed. Run it only to refresh the font.

    apt-get download fonts-hanazono && dpkg -x fonts-hanazono_*.deb /tmp/hanazono
    .venv/bin/pip install fonttools
    .venv/bin/python resources/fonts/make_cjk_fallback.py /tmp/hanazono/usr/share/fonts/truetype/hanazono

What it keeps: every ideograph outside the Basic Multilingual Plane (Extensions B-F) that
pypinyin has a reading for (the characters that occur in Chinese text, about 14,900),
including all 196 characters of the 通用规范汉字表 (Table of General Standard Chinese
Characters, 2013) outside the BMP, which GB 18030-2022 implementation level 1 requires
beyond the BMP (the list is pypinyin-dict's `kmandarin_8105`). Outlines are Hanazono
Mincho's TrueType (glyf) outlines, unchanged; hinting and layout tables are dropped.
Licence: Hanazono is dual-licensed under the Hanazono Font License and the SIL Open Font
License 1.1 (LICENSE-Hanazono.txt has both). The result is renamed "SL Ideograph Fallback",
since "Hanazono Font", "HanaMinA" and "HanaMinB" are Reserved Font Names under the OFL.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUTPUT = Path(__file__).with_name("SLIdeographFallback.ttf")
FAMILY = "SL Ideograph Fallback"
POSTSCRIPT_NAME = "SLIdeographFallback-Regular"


def wanted_code_points() -> set[int]:
    import pypinyin.pinyin_dict
    from pypinyin_dict.pinyin_data import kmandarin_8105

    general_standard = {cp for cp in kmandarin_8105.pinyin_dict if cp > 0xFFFF}
    with_reading = {cp for cp in pypinyin.pinyin_dict.pinyin_dict if cp > 0xFFFF}
    return general_standard | with_reading


def build(folder: Path) -> None:
    wanted = wanted_code_points()
    parts = []
    for name in ("HanaMinA.ttf", "HanaMinB.ttf"):
        font = TTFont(folder / name)
        have = set(font.getBestCmap())
        take = sorted(wanted & have)
        wanted -= set(take)
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "DSIG"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=take)
        subsetter.subset(font)
        parts.append(font)
    print(f"not in Hanazono: {len(wanted)} code points", file=sys.stderr)
    from fontTools.merge import Merger

    paths = []
    for index, font in enumerate(parts):
        path = OUTPUT.with_suffix(f".part{index}.ttf")
        font.save(path)
        paths.append(str(path))
    merged = Merger().merge(paths)
    for path in paths:
        Path(path).unlink()
    for record in merged["name"].names:
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID == 6:
            record.string = POSTSCRIPT_NAME
    merged.save(OUTPUT)
    print(f"{OUTPUT.name}: {len(merged.getBestCmap())} code points, "
          f"{OUTPUT.stat().st_size / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    build(Path(sys.argv[1]))
