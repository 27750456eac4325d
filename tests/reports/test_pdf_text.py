"""Issue 15, deliverables 3 and 4: every character a name may hold prints (fallback font for
ideographs beyond the bundled one), Tibetan in the monthly chart is shaped like the tables,
and text extracted from our PDFs (pdftotext) is the Unicode that was printed."""
from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from app.reports.fonts import CJK, TextParagraph, register_fonts, uncovered_characters
from tests.reports.conftest import need_poppler, run
from tests.reports.tibetan_reference import ink, overlap, render

STACKED = "བསྒྲུབས་སྒྲོལ་མ་རྒྱ་མཚོ་བསྟན་འཛིན"
TIBETAN_TEXT = "སྒེར་དོན་ཡིག་ཚགས། བསྒྲུབས་ཀྱྀ་ཧྨ་བཀྲ་ཤིས་སྒྲོལ་མ་རྒྱ་མཚོ་བསྟན་འཛིན"


def general_standard_characters() -> list[str]:
    """The 8,105 characters of the 通用规范汉字表 (2013), as pypinyin-dict lists them."""
    from pypinyin_dict.pinyin_data import kmandarin_8105

    return [chr(code) for code in kmandarin_8105.pinyin_dict]


def test_every_general_standard_character_and_gb18030_level_1_has_a_glyph():
    table = general_standard_characters()
    assert len(table) == 8105 and "\U0002c2a4" in table
    # GB 18030-2022 implementation level 1: the ideographs of the BMP it encodes (URO to
    # U+9FEF, Extension A to U+4DB5, the compatibility ideographs it maps) and the 196
    # characters of the table beyond the BMP.
    level_1 = [chr(c) for c in (*range(0x4E00, 0x9FF0), *range(0x3400, 0x4DB6))]
    assert uncovered_characters("".join(table)) == set()
    assert uncovered_characters("".join(level_1)) == set()


def text_of(pdf) -> str:
    return run("pdftotext", str(pdf), "-")


def test_rare_name_prints_and_is_extracted_as_printed(tmp_path):
    need_poppler()
    register_fonts()
    path = tmp_path / "name.pdf"
    style = ParagraphStyle("w", fontName=CJK, fontSize=12, leading=20)
    SimpleDocTemplate(str(path)).build([TextParagraph("彭𬊤 先生", style),
                                        TextParagraph("彭𬊤 " + TIBETAN_TEXT, style)])
    text = text_of(path)
    assert "彭𬊤" in text and text.count("𬊤") == 2
    fonts = run("pdffonts", str(path))
    assert "SLIdeographFallback" in fonts and "TrueType" in fonts


def test_extracted_tibetan_is_the_unicode_printed(tmp_path):
    need_poppler()
    register_fonts()
    path = tmp_path / "bo.pdf"
    style = ParagraphStyle("w", fontName=CJK, fontSize=12, leading=24)
    SimpleDocTemplate(str(path)).build([TextParagraph(TIBETAN_TEXT, style)])
    text = text_of(path)
    assert not re.search("[\ue000-\uf8ff]", text), "private-use characters in the text"
    assert re.sub(r"\s", "", TIBETAN_TEXT) in re.sub(r"\s", "", text)


def test_chart_labels_are_shaped_like_the_tables(tmp_path):
    """The monthly chart draws its labels with draw_mixed on the canvas: the stacks there must
    look like HarfBuzz draws them, as in the tables."""
    need_poppler()
    from app.reports.pdf_common import draw_mixed

    path = tmp_path / "chart.pdf"
    canvas = Canvas(str(path), pagesize=(900, 300))
    draw_mixed(canvas, 20, 150, STACKED, 36 / 1.12)
    canvas.save()
    run("pdftoppm", "-r", "144", "-png", "-singlefile", str(path), str(tmp_path / "chart"))
    from PIL import Image

    printed = ink(Image.open(tmp_path / "chart.png"))
    shaped, unshaped = ink(render(STACKED)), ink(render(STACKED, shaped=False))
    similar, control = overlap(printed, shaped), overlap(printed, unshaped)
    assert similar > 0.75 and similar > control + 0.15, (similar, control)
    assert STACKED in re.sub(r"\s", "", text_of(path))


def test_monthly_report_in_tibetan_reads_back(demo_workspace, month, tmp_path):
    need_poppler()
    from app.reports.export import prepare_monthly, render_monthly

    report = prepare_monthly(demo_workspace, month, "bo")
    path = tmp_path / "bo.pdf"
    path.write_bytes(render_monthly(report, "pdf"))
    text = text_of(path)
    assert not re.search("[\ue000-\uf8ff]", text)
    title = report.text.t("Monthly service summary")[0]
    legend = report.text.t("This month")[0]
    squeezed = re.sub(r"\s", "", text)
    assert re.sub(r"\s", "", title) in squeezed and re.sub(r"\s", "", legend) in squeezed
