"""Bundled fonts for Chinese and Tibetan, and the extra height that Tibetan stacks need.

Call `register_bundled_fonts()` once after the QApplication exists, then use `ui_font()` as the
application font. Its family list is [Noto Sans SC, Noto Serif Tibetan, the platform's default]:
Chinese and Latin come from Noto Sans SC, which has compact line metrics, and Tibetan falls
through to Noto Serif Tibetan. Noto Serif Tibetan declares huge line metrics (2.8 em), so making
it the first family would make every line 2.4x as tall as Latin text; instead single-line
widgets get the height that real tall stacks need, measured on `TALL_TIBETAN_STACKS`:

    app.setStyle(TallStackStyle())             # grows line edits, combo/spin boxes, tabs; or
    edit.setMinimumHeight(minimum_widget_height(edit))        # per widget
    table.verticalHeader().setDefaultSectionSize(view_row_height(table.font()))

Multi-line text (QLabel, QTextEdit) needs nothing: Qt's text layout grows a line that contains
Tibetan to the Tibetan font's own ascent and descent.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QProxyStyle, QStyle, QWidget

from app.i18n import FONTS_DIR

CJK_FAMILY = "Noto Sans SC"
TIBETAN_FAMILY = "Noto Serif Tibetan"
# Ideographs beyond the BMP that Noto Sans SC lacks (彭𬊤): the reports' fallback, on screen too.
IDEOGRAPH_FALLBACK_FAMILY = "SL Ideograph Fallback"
BUNDLED_FONT_FILES = (
    "NotoSansSC-Regular.ttf",
    "NotoSerifTibetan-Regular.ttf",
    "NotoSerifTibetan-Bold.ttf",
    "SLIdeographFallback.ttf",
)
DEFAULT_POINT_SIZE = 10.5
LARGER_TEXT_SCALE = 1.25

# Stacks that reach far above and below the line: subjoined ra/ya/wa, several subjoined letters,
# vowel signs above and below, anusvara, the ksha ligature and Sanskrit stacks.
TALL_TIBETAN_STACKS = ("བསྒྲུབས", "རྒྱ", "སྐྱོང", "ཀྵ", "ཧྨ", "ཀྱྀ", "ཨོཾ", "སྤྲོ", "བརྒྱུད",
                       "སྒྲོལ", "ཧཱུྂ", "ཀྲྀཾ", "ཛྙཱ", "རྣྲྀ", "ཏྭཱ")
# A single-line widget that centres its text needs about this many times the line height of
# `ui_font()` to show those stacks unclipped (measured 1.64-1.81 at 8-24 pt; the stacks' own ink
# is 1.65x the line height of DejaVu Sans, 1.33x that of Noto Sans SC). For code that cannot
# measure (style sheets, fixed row heights); `minimum_line_height()` measures. Tested.
MINIMUM_LINE_HEIGHT_FACTOR = 1.85
_PADDING_PX = 1.0
FRAME_AIR_PX = 4  # between the tallest stacks and an input's frame


_registered_font_ids: dict[str, int] = {}  # file name -> Qt font id (fonts are process-wide)


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once); returns their family names."""
    families: list[str] = []
    for file_name in BUNDLED_FONT_FILES:
        font_id = _registered_font_ids.get(file_name)
        if font_id is None or not QFontDatabase.applicationFontFamilies(font_id):
            font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / file_name))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the bundled font {FONTS_DIR / file_name}")
            _registered_font_ids[file_name] = font_id
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _line_height_cache.clear()
    return families


def ui_font(point_size: float | None = None, larger_text: bool = False) -> QFont:
    """The interface font: Chinese and Tibetan from the bundled fonts, then the system's."""
    font = QFont()
    size = point_size or _default_point_size()
    font.setPointSizeF(size * LARGER_TEXT_SCALE if larger_text else size)
    system_family = QGuiApplication.font().family() if QGuiApplication.instance() else ""
    families = [CJK_FAMILY, TIBETAN_FAMILY, IDEOGRAPH_FALLBACK_FAMILY]
    if system_family and system_family not in families:
        families.append(system_family)
    font.setFamilies(families)
    return font


def _default_point_size() -> float:
    if QGuiApplication.instance() is not None:
        size = QGuiApplication.font().pointSizeF()
        if size > 0:
            return max(size, DEFAULT_POINT_SIZE)
    return DEFAULT_POINT_SIZE


def tall_stack_extent(font: QFont) -> tuple[float, float]:
    """How far (pixels) the tallest stacks reach above and below the baseline in `font`."""
    metrics = QFontMetricsF(font)
    above = below = 0.0
    for stack in TALL_TIBETAN_STACKS:
        ink = metrics.tightBoundingRect(stack)
        above = max(above, -ink.top())
        below = max(below, ink.bottom())
    return above, below


_line_height_cache: dict[str, int] = {}


def minimum_line_height(font: QFont) -> int:
    """Pixel height of one line of `font` that shows the tallest Tibetan stacks unclipped."""
    key = font.key()
    if key not in _line_height_cache:
        metrics = QFontMetricsF(font)
        above, below = tall_stack_extent(font)
        # Single-line widgets centre the font's ascent+descent box; the stacks must fit around it.
        overflow = max(0.0, above - metrics.ascent(), below - metrics.descent())
        _line_height_cache[key] = math.ceil(metrics.height() + 2 * (overflow + _PADDING_PX))
    return _line_height_cache[key]


def extra_height_for_tibetan(font: QFont) -> int:
    """Pixels to add to a widget sized for `font`'s own line height."""
    return max(0, minimum_line_height(font) - math.ceil(QFontMetricsF(font).height()))


def minimum_widget_height(widget: QWidget) -> int:
    """A minimum height for a single-line widget (line edit, combo box, button) in its font."""
    if isinstance(widget.style(), TallStackStyle):
        return widget.sizeHint().height()  # the style has already added the height
    return widget.sizeHint().height() + extra_height_for_tibetan(widget.font())


def view_row_height(font: QFont) -> int:
    """Default row height for table and list views (`verticalHeader().setDefaultSectionSize`)."""
    return minimum_line_height(font) + 4


TIBETAN_RANGE = ("\u0f00", "\u0fff")
_shift_cache: dict[tuple[str, str], float] = {}


def has_tibetan(text: str) -> bool:
    low, high = TIBETAN_RANGE
    return any(low <= ch <= high for ch in text)


def ink_shift(font: QFont, text: str) -> float:
    """Pixels to move single-line `text` down so that its ink, not its line box, is centred.

    Qt centres the line box; Tibetan hangs from its headline and carries vowel signs far above
    it, so vertically centred Tibetan sat at the top of cells, inputs and titles. Measured once
    per font and text by drawing it centred in a 200 px image and finding the inked rows."""
    key = (font.key(), text)
    if key not in _shift_cache:
        from PySide6.QtCore import QRectF, Qt  # noqa: PLC0415
        from PySide6.QtGui import QColor, QImage, QPainter  # noqa: PLC0415

        metrics = QFontMetricsF(font)
        width = int(metrics.horizontalAdvance(text)) + 20
        height = 200
        image = QImage(width, height, QImage.Format.Format_Grayscale8)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(QRectF(0, 0, width, height), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
        data = bytes(image.constBits())
        stride = image.bytesPerLine()
        rows = [y for y in range(height) if min(data[y * stride:y * stride + width]) < 160]
        _shift_cache[key] = (height / 2 - (rows[0] + rows[-1] + 1) / 2) if rows else 0.0
    return _shift_cache[key]


INK_MARGIN = "tibetanInkMargin"  # property: the top text margin a line edit was given
INK_SAMPLE = "བོད་ཡིག་གི་མིང་སྐྱོང་"  # vowel signs above, a stack below: ordinary Tibetan


_edit_margin_cache: dict[str, int] = {}
MAX_INK_MARGIN_PX = 30


def line_edit_ink_margin(font: QFont) -> int:
    """The top text margin (pixels) that centres Tibetan's ink in a line edit of `font`, at
    the line edit's usual height. Found once per font by drawing a line edit with
    `INK_SAMPLE` (and an empty one) at each margin and comparing the inked rows: the line edit
    places its text by the first font's metrics, and no formula from the fonts' numbers
    matched what it draws."""
    key = font.key()
    if key not in _edit_margin_cache:
        def edit_for(text: str) -> QLineEdit:
            edit = QLineEdit(text)
            edit.setProperty(INK_MARGIN, -1)  # drawn as Qt draws it, margins set here
            edit.setFont(font)
            return edit

        drawn_edit, empty_edit = edit_for(INK_SAMPLE), edit_for("")
        height = drawn_edit.sizeHint().height()
        best, best_margin = None, 0
        for margin in range(0, MAX_INK_MARGIN_PX + 1, 2):
            images = []
            for edit in (drawn_edit, empty_edit):
                edit.setTextMargins(0, margin, 0, 0)
                edit.resize(500, height)
                images.append(edit.grab().toImage())
            drawn, empty = images
            rows = [y for y in range(drawn.height())
                    if any(abs(drawn.pixelColor(x, y).value() - empty.pixelColor(x, y).value())
                           > 60 for x in range(6, 360, 2))]
            if not rows:
                continue
            above, below = rows[0], drawn.height() - 1 - rows[-1]
            if best is None or abs(above - below) < best:
                best, best_margin = abs(above - below), margin
        drawn_edit.deleteLater()
        empty_edit.deleteLater()
        _edit_margin_cache[key] = best_margin
    return _edit_margin_cache[key]


class _InkKeeper(QObject):
    """Moves a line edit's text down by the ink shift of Tibetan while its text (or
    placeholder) has Tibetan, and again after a font change."""

    def __init__(self, edit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.textChanged.connect(lambda _text: self.update())
        edit.installEventFilter(self)
        self.update()

    def update(self) -> None:
        edit = self.edit
        text = edit.text() or edit.placeholderText()
        wanted = line_edit_ink_margin(edit.font()) if has_tibetan(text) else 0
        if int(edit.property(INK_MARGIN) or 0) == wanted:
            return
        margins = edit.textMargins()
        edit.setProperty(INK_MARGIN, wanted)
        edit.setTextMargins(margins.left(), wanted, margins.right(), margins.bottom())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.FontChange:
            self.update()
        return False


def centre_tibetan_ink(edit) -> None:
    """Qt centres a line edit's text by the first font's line box: Tibetan (from the second
    font, hanging from its headline) sat high, its vowel signs near the frame. Keep it centred
    by its ink, at the same height of line edit."""
    edit.setProperty(INK_MARGIN, 0)
    _InkKeeper(edit)


class TallStackStyle(QProxyStyle):
    """Grows line edits, combo and spin boxes (and date edits) and tabs to fit Tibetan stacks.

    Install once with `QApplication.setStyle(TallStackStyle())`; it wraps the current style.
    These widgets size themselves from the first font's line height whatever their text is.
    Buttons, check boxes, labels, headers, menu items and view rows need nothing: their size
    comes from a text layout, which already grows to the Tibetan font's own (tall) metrics when
    the text has Tibetan. Views with fixed row heights should use `view_row_height()`.
    """

    _GROWN = {
        QStyle.ContentsType.CT_LineEdit,
        QStyle.ContentsType.CT_ComboBox,
        QStyle.ContentsType.CT_SpinBox,
        QStyle.ContentsType.CT_TabBarTab,
        QStyle.ContentsType.CT_HeaderSection,
    }

    def polish(self, widget):  # noqa: N802 - Qt API
        """Every line edit (also inside date, spin and editable combo boxes) centres Tibetan by
        its ink (`centre_tibetan_ink`)."""
        if isinstance(widget, QLineEdit) and widget.property(INK_MARGIN) is None:
            centre_tibetan_ink(widget)
        return super().polish(widget)

    def sizeFromContents(self, contents_type, option, size, widget=None):  # noqa: N802 - Qt API
        if contents_type == QStyle.ContentsType.CT_LineEdit and widget is not None:
            # the ink margin moves the text down; it does not make the line edit taller
            size = size.shrunkBy(QMargins(0, max(0, int(widget.property(INK_MARGIN) or 0)), 0, 0))
        result = super().sizeFromContents(contents_type, option, size, widget)
        if contents_type in self._GROWN:
            font = widget.font() if widget is not None else QGuiApplication.font()
            # and a little air, so the tallest stacks do not touch the frame
            result.setHeight(result.height() + extra_height_for_tibetan(font) + FRAME_AIR_PX)
        elif contents_type == QStyle.ContentsType.CT_ItemViewItem:  # noqa: SIM114
            # every row of every list, table and drop-down: tall enough for the stacks, which
            # the item's own (first-font) metrics leave out; the vowel signs were clipped
            font = getattr(option, "font", None) or QGuiApplication.font()
            result.setHeight(max(result.height(), view_row_height(font)))
        return result

    def drawItemText(self, painter, rect, flags, palette, enabled, text,  # noqa: N802 - Qt API
                     text_role=None):
        """Labels, buttons, drop-down boxes, headers and group titles: Tibetan centred by its
        ink (see `ink_shift`)."""
        from PySide6.QtCore import Qt  # noqa: PLC0415
        from PySide6.QtGui import QPalette  # noqa: PLC0415

        if text and flags & Qt.AlignmentFlag.AlignVCenter and has_tibetan(text) and "\n" not in text:
            rect = rect.translated(0, round(ink_shift(painter.font(), text)))
        role = QPalette.ColorRole.NoRole if text_role is None else text_role
        super().drawItemText(painter, rect, flags, palette, enabled, text, role)

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 - Qt API
        """Rows of lists and tables with Tibetan: the row as usual, the text centred by its ink."""
        from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: PLC0415

        wraps = element == QStyle.ControlElement.CE_ItemViewItem and bool(
            option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        # a wrapping row (wrap_list) is drawn by Qt on several lines, never cut on one
        if element == QStyle.ControlElement.CE_ItemViewItem and has_tibetan(option.text or "") \
                and "\n" not in option.text and not wraps:
            from PySide6.QtCore import Qt  # noqa: PLC0415
            from PySide6.QtGui import QPalette  # noqa: PLC0415
            from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: PLC0415

            plain = QStyleOptionViewItem(option)
            text = plain.text
            plain.text = ""
            super().drawControl(element, plain, painter, widget)
            rect = self.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
            margin = self.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget) + 1
            rect = rect.adjusted(margin, 0, -margin, 0)
            metrics = QFontMetricsF(option.font)
            shown = metrics.elidedText(text, option.textElideMode, rect.width())
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            painter.save()
            painter.setFont(option.font)
            alignment = option.displayAlignment
            if not alignment & Qt.AlignmentFlag.AlignVertical_Mask:
                alignment |= Qt.AlignmentFlag.AlignVCenter
            self.drawItemText(painter, rect, int(alignment), option.palette, True, shown, role)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


class _RowHeightKeeper(QObject):
    """Keeps a table's default row height at `view_row_height()` of its font (font changes
    with "Larger text" and the language)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.update()

    def update(self) -> None:
        height = view_row_height(self.view.font())
        header = self.view.verticalHeader()
        header.setMinimumSectionSize(height)
        header.setDefaultSectionSize(height)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange and watched is self.view:
            self.update()
        elif event.type() == QEvent.Type.Resize and watched is self.view.viewport() \
                and event.size().width() != event.oldSize().width():
            fit_to_viewport(self.view)
        return False


def keep_rows_tall(view) -> None:
    """A QTableView whose rows are not sized to their contents: every row tall enough for
    Tibetan stacks, now and after a font change; its columns fitted to its width again when
    that changes (`fit_to_viewport`)."""
    keeper = _RowHeightKeeper(view)
    view.installEventFilter(keeper)
    view.viewport().installEventFilter(keeper)


NEAR_FIT_PX = 16  # a table this much too wide is narrowed instead of scrolling sideways


def fit_columns(view) -> None:
    """Columns as wide as their contents and headers, then fitted to the viewport
    (`fit_to_viewport`); `keep_rows_tall` fits them again whenever the viewport's width
    changes (a panel shown beside the table, the vertical scroll bar appearing)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    view.resizeColumnsToContents()
    view.setProperty("naturalWidths", [header.sectionSize(i) for i in range(header.count())])
    fit_to_viewport(view)


def fit_to_viewport(view) -> None:
    """The columns at their natural widths; the last one stretches to the edge when they fit
    (a stretched column left stretched after the viewport narrowed, e.g. when the vertical
    scroll bar appeared, made the table scroll sideways by a few pixels). A table with more
    columns than room keeps them readable and scrolls; one at most `NEAR_FIT_PX` too wide
    narrows its widest column instead."""
    header = view.horizontalHeader()
    natural = view.property("naturalWidths")
    if not natural or len(natural) != header.count():
        return
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    widths = {i: natural[i] for i in shown}
    room = view.viewport().width()
    excess = sum(widths.values()) - room
    if shown and 0 < excess <= NEAR_FIT_PX:  # nearly fits: the widest column whose cells (not
        # its heading) are wider than it needs gives way ("…", the whole text in the tooltip)
        spare = [i for i in shown if widths[i] - excess >= header.sectionSizeHint(i)]
        if spare:
            widest = max(spare, key=widths.get)
            widths[widest] -= excess
    header.setStretchLastSection(False)
    for i, width in widths.items():
        if header.sectionSize(i) != width:
            header.resizeSection(i, width)
    header.setStretchLastSection(sum(widths.values()) <= room)
