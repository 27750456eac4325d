"""Bundled fonts: files and licences, coverage of Tibetan stacks and Chinese, unclipped rendering."""
from __future__ import annotations

import os
import struct

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPainter,  # noqa: E402
                           QPalette, QRawFont)
from PySide6.QtWidgets import QLineEdit, QPushButton  # noqa: E402

from app.i18n import FONTS_DIR  # noqa: E402
from app.ui import fonts  # noqa: E402

TIBETAN_TEXT = "བཀྲ་ཤིས་བདེ་ལེགས། སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས། ༡༢༣ " + "".join(fonts.TALL_TIBETAN_STACKS)
CHINESE_TEXT = ("社工站台账：入户走访、个案服务、小组活动、主题活动、资源链接。低保对象、特困人员、"
                "留守儿童、困境儿童、孤儿。拉萨市城关区八廓街道。《宁民发〔2021〕22号》，“一站一品牌”；"
                "堃喆昇珺彧淼旻鑫犇 ０１２ＡＢＣ abc 123")
INK_THRESHOLD = 160


@pytest.fixture(scope="module")
def bundled_families(qapp):
    return fonts.register_bundled_fonts()


def _sfnt_tables(path) -> set[bytes]:
    data = path.read_bytes()[:12 + 16 * 64]
    (count,) = struct.unpack(">H", data[4:6])
    return {data[12 + 16 * i: 16 + 16 * i] for i in range(count)}


def test_font_files_are_truetype_with_licences_and_fit_the_budget():
    total = 0
    readme = (FONTS_DIR / "README.md").read_text(encoding="utf-8")
    for name in fonts.BUNDLED_FONT_FILES:
        path = FONTS_DIR / name
        tables = _sfnt_tables(path)
        assert b"glyf" in tables and b"CFF " not in tables, f"{name} must have TrueType outlines"
        assert name in readme
        total += path.stat().st_size
    for licence in ("OFL-NotoSansSC.txt", "OFL-NotoSerifTibetan.txt"):
        assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS_DIR / licence).read_text()
    assert total < 25 * 1024 * 1024


def test_bundled_fonts_register_their_families_once(bundled_families):
    assert fonts.CJK_FAMILY in bundled_families
    assert fonts.TIBETAN_FAMILY in bundled_families
    from PySide6.QtGui import QFontDatabase

    styles_before = QFontDatabase.styles(fonts.TIBETAN_FAMILY)
    assert fonts.register_bundled_fonts() == bundled_families
    assert QFontDatabase.styles(fonts.TIBETAN_FAMILY) == styles_before


def test_ui_font_lists_bundled_families_first(bundled_families):
    font = fonts.ui_font(12)
    assert font.families()[:2] == [fonts.CJK_FAMILY, fonts.TIBETAN_FAMILY]
    assert font.pointSizeF() == 12
    assert fonts.ui_font(12, larger_text=True).pointSizeF() == pytest.approx(15)


@pytest.mark.parametrize("file_name, text", [
    ("NotoSerifTibetan-Regular.ttf", TIBETAN_TEXT.replace(" ", "")),
    ("NotoSerifTibetan-Bold.ttf", TIBETAN_TEXT.replace(" ", "")),
    ("NotoSansSC-Regular.ttf", CHINESE_TEXT),
])
def test_bundled_font_has_a_real_glyph_for_every_character(qapp, file_name, text):
    raw = QRawFont(str(FONTS_DIR / file_name), 16)
    assert raw.isValid()
    missing = [ch for ch in text if not raw.supportsCharacter(ord(ch))]
    assert not missing
    assert 0 not in raw.glyphIndexesForString(text), "a character maps to .notdef (an empty box)"


def test_families_cover_text_through_font_metrics(bundled_families):
    tibetan = QFontMetricsF(_exact_font(fonts.TIBETAN_FAMILY))
    chinese = QFontMetricsF(_exact_font(fonts.CJK_FAMILY))
    assert all(tibetan.inFontUcs4(ord(ch)) for ch in TIBETAN_TEXT if ch != " ")
    assert all(chinese.inFontUcs4(ord(ch)) for ch in CHINESE_TEXT)


def _exact_font(family: str) -> QFont:
    font = QFont(family, 12)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


@pytest.mark.parametrize("point_size", [9, 10.5, 14])
def test_tall_stacks_have_ink_and_fit_the_recommended_line_height(bundled_families, point_size):
    font = fonts.ui_font(point_size)
    metrics = QFontMetricsF(font)
    line_height = fonts.minimum_line_height(font)
    cell_width = int(metrics.horizontalAdvance("ཀྲྀཾ") * 3) + 8
    margin = line_height  # room above and below the line, to see ink that would be clipped
    stacks = fonts.TALL_TIBETAN_STACKS
    image = QImage(cell_width * len(stacks), line_height + 2 * margin, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    # Where a single-line widget of height `line_height` puts the baseline (text centred).
    baseline = margin + (line_height - metrics.height()) / 2 + metrics.ascent()
    for index, stack in enumerate(stacks):
        painter.drawText(QPointF(index * cell_width + 4, baseline), stack)
    painter.end()
    for index, stack in enumerate(stacks):
        rows = _ink_rows(image, index * cell_width, (index + 1) * cell_width)
        assert rows, f"no ink for {stack}"
        assert min(rows) >= margin and max(rows) < margin + line_height, (
            f"{stack} spills out of the {line_height}px line: ink rows {min(rows)}..{max(rows)}")


def _ink_rows(image: QImage, left: int, right: int) -> list[int]:
    return [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)).lightness() < INK_THRESHOLD for x in range(left, right))]


def test_line_height_factor_covers_the_measured_need(bundled_families):
    for point_size in (8, 9, 10, 10.5, 12, 14, 18, 24):
        font = fonts.ui_font(point_size)
        factor = fonts.minimum_line_height(font) / QFontMetricsF(font).height()
        assert 1.3 < factor <= fonts.MINIMUM_LINE_HEIGHT_FACTOR, (point_size, factor)


def test_view_rows_fit_tibetan_text(bundled_families, qtbot):
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setFont(fonts.ui_font(12))
    table.setItem(0, 0, QTableWidgetItem("བསྒྲུབས་ཀྱྀ"))
    table.verticalHeader().setDefaultSectionSize(fonts.view_row_height(table.font()))
    assert table.rowHeight(0) >= fonts.minimum_line_height(table.font())


def _dark_pixels(image: QImage) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if QColor(image.pixel(x, y)).lightness() < INK_THRESHOLD)


def _line_edit_ink(qtbot, text: str, height: int | None) -> int:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setFrame(False)
    edit.setFont(fonts.ui_font(12))
    palette = edit.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    edit.setPalette(palette)
    edit.setText(text)
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    edit.resize(400, height or edit.sizeHint().height())
    return _dark_pixels(edit.grab().toImage())


def test_line_edit_with_tall_stack_style_does_not_clip_tibetan(bundled_families, qapp, qtbot):
    text = "བསྒྲུབས་བརྒྱུད་ཀྱྀ་ཧཱུྂ"
    unclipped = _line_edit_ink(qtbot, text, height=200)
    style = fonts.TallStackStyle()
    previous = qapp.style().name()
    qapp.setStyle(style)
    try:
        edit = QLineEdit()
        qtbot.addWidget(edit)
        edit.setFont(fonts.ui_font(12))
        assert edit.sizeHint().height() >= fonts.minimum_line_height(edit.font())
        assert fonts.minimum_widget_height(edit) == edit.sizeHint().height()
        grown = _line_edit_ink(qtbot, text, height=None)
        button = QPushButton("保存")
        qtbot.addWidget(button)
        styled_button_height = button.sizeHint().height()
    finally:
        qapp.setStyle(previous)
    assert grown == pytest.approx(unclipped, rel=0.03)
    plain_button = QPushButton("保存")
    qtbot.addWidget(plain_button)
    assert styled_button_height == plain_button.sizeHint().height(), "buttons are not inflated"


def test_rare_ideographs_have_a_bundled_font_on_screen(bundled_families):
    """彭𬊤 (U+2C2A4, 通用规范汉字表) is beyond Noto Sans SC; the ideograph fallback draws it."""
    from PySide6.QtGui import QFont, QFontMetricsF

    assert fonts.IDEOGRAPH_FALLBACK_FAMILY in bundled_families
    assert fonts.IDEOGRAPH_FALLBACK_FAMILY in fonts.ui_font().families()
    assert QFontMetricsF(QFont(fonts.IDEOGRAPH_FALLBACK_FAMILY)).inFontUcs4(0x2C2A4)
