"""Checks a shown window for what a person would see as broken: text that does not fit its
widget (labels, buttons, check boxes, group-box titles, header sections, table cells, combo
items; rows shorter than their Tibetan text), visible English in a Chinese or Tibetan
interface (English words of our catalogues; Han characters in a Tibetan or English one),
widgets outside the window, horizontal scroll bars (a page or panel that scrolls sideways at
1366×768), buttons whose text is elided ("…" drawn instead of the end) and two visible buttons or
labels of one window with the same Alt-letter (mnemonic).

    problems = check_window(window, language)      # list of readable strings, [] if all is well

Text is measured with the widget's own font (QFontMetricsF: advance for the width, the ink of
the text for the height) and compared to the widget's contents rectangle. Text with Tibetan
needs `app.ui.fonts.minimum_line_height()`: the tallest stacks centred in a single line.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import lru_cache

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea,
                               QCheckBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QMenuBar, QPushButton, QRadioButton, QScrollArea, QStyle,
                               QStyleOptionButton, QStyleOptionComboBox, QStyleOptionGroupBox, QTabBar, QTableView,
                               QWidget)

from app.i18n import I18N_DIR

TIBETAN = re.compile("[\u0f00-\u0fff]")
HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
MNEMONIC = re.compile(r"&([^&\s])")
LATIN_WORD = re.compile("[A-Za-z]{2,}")
# visible English that is right in every language: names of languages and file formats
ALLOWED_ENGLISH = {"English", "PDF", "CSV", "Excel", "XLSX", "Wylie", "pinyin", "zs", "ID",
                   "PDF (*.pdf)", "OK"}
# Han text right in every language: the language's own name in the language choice
ALLOWED_HAN = {"中文", "中文 / བོད་ཡིག"}
SLACK_PX = 1.0
TABLE_MAY_SCROLL_PX = 16  # a table this much wider than its room should have fitted


@lru_cache(maxsize=1)
def english_sources() -> frozenset[str]:
    """Every source string of our catalogues (mnemonic & removed)."""
    sources = set()
    for path in I18N_DIR.glob("*.ts"):
        for element in ElementTree.parse(path).getroot().iter("source"):
            if element.text:
                sources.add(_plain(element.text))
    return frozenset(s for s in sources if LATIN_WORD.search(s))


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def mnemonic(text: str) -> str:
    """The Alt-letter of a button or label text ("A&pprove" -> "p", "通过(&P)" -> "p"), or ""."""
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def has_tibetan(text: str) -> bool:
    return bool(TIBETAN.search(text))


def text_size(font, text: str) -> tuple[float, float]:
    """(width, height) in pixels that `text` needs on one line: its advance, and the taller of
    the font's line and the text's ink; with Tibetan, the line the tallest stacks need."""
    metrics = QFontMetricsF(font)
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    # a line is centred by the font's own ascent+descent box; the ink (Tibetan stacks above
    # and below) must fit around it
    overflow = 0.0
    for line in lines:
        if line:
            ink = metrics.tightBoundingRect(line)
            overflow = max(overflow, -ink.top() - metrics.ascent(), ink.bottom() - metrics.descent())
    return width, (metrics.height() + 2 * overflow) * len(lines)


def widest_wrapped_line(font, text: str, width: int) -> float:
    """How far (pixels) the ink of `text` reaches to the right when wrapped at word
    boundaries to `width`, as a QLabel lays it out: a line with no break opportunity, or the
    last glyph of a full line (Tibetan stacks overhang their advance), may pass `width`."""
    metrics = QFontMetricsF(font)
    widest = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            shown = paragraph[line.textStart():line.textStart() + line.textLength()].rstrip()
            ink = metrics.tightBoundingRect(shown).right() if shown else 0.0
            widest = max(widest, line.naturalTextWidth(), ink)
        layout.endLayout()
    return widest


class Checker:
    def __init__(self, window: QWidget, language: str, name: str,
                 data: frozenset[str] = frozenset()) -> None:
        self.window = window
        # what people typed (names, station name): Han there is right in any interface
        self.data = sorted(data, key=len, reverse=True)
        self.language = language
        self.name = name
        self.problems: list[str] = []

    def report(self, widget: QWidget, what: str) -> None:
        label = widget.objectName() or type(widget).__name__
        self.problems.append(f"{self.name}: {label}: {what}")

    # -- untranslated -------------------------------------------------------------------------
    def visible_text(self, widget: QWidget, text: str, data: bool = False) -> None:
        """`data`: text a person typed (names, addresses) may be in any script."""
        if not text:
            return
        plain = _plain(text)
        if self.language != "zh_CN" and not data and HAN.search(self.without_data(plain)) \
                and plain not in ALLOWED_HAN:
            self.report(widget, f"Chinese in the {self.language} interface: {plain[:40]!r}")
        if self.language == "en":
            return
        if plain in ALLOWED_ENGLISH:
            return
        if plain in english_sources():
            self.report(widget, f"untranslated {plain!r}")

    def without_data(self, text: str) -> str:
        for value in self.data:
            text = text.replace(value, "")
        return text

    # -- fitting ------------------------------------------------------------------------------
    def fits(self, widget: QWidget, text: str, room: QRect, what: str, font=None,
             height_too: bool = True) -> None:
        if not text:
            return
        width, height = text_size(font or widget.font(), _plain(text))
        if width > room.width() + SLACK_PX:
            self.report(widget, f"{what} {text!r} needs {width:.0f} px wide, has {room.width()}")
        if height_too and height > room.height() + SLACK_PX:
            self.report(widget, f"{what} {text!r} needs {height:.0f} px high, has {room.height()}")

    def check_label(self, label: QLabel) -> None:
        text = label.text()
        if not text or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            return
        self.visible_text(label, text)
        room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                             -label.margin(), -label.margin())
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK_PX:
                self.report(label, f"wrapped text {text[:30]!r} needs {need} px high, "
                                   f"has {label.height()}")
            widest = widest_wrapped_line(label.font(), _plain(text), room.width())
            edge = label.width() - room.left()  # ink may use the right margin, not more
            if widest > edge + 0.25:
                self.report(label, f"wrapped text {text[:30]!r} reaches {widest:.1f} px, "
                                   f"the label ends at {edge} (cut on the right)")
            return
        self.fits(label, text, room, "label")

    def check_button(self, button: QAbstractButton) -> None:
        text = button.text()
        self.visible_text(button, text)
        if not text:
            return
        hint = button.sizeHint()
        if button.width() + SLACK_PX < hint.width():
            self.report(button, f"button {text!r} needs {hint.width()} px wide, has {button.width()}")
        metrics_height = text_size(button.font(), _plain(text))[1]
        if metrics_height > button.contentsRect().height() + SLACK_PX:
            self.report(button, f"button {text!r} needs {metrics_height:.0f} px high, "
                                f"has {button.contentsRect().height()}")

    def check_group(self, box: QGroupBox) -> None:
        title = box.title()
        self.visible_text(box, title)
        if not title:
            return
        option = QStyleOptionGroupBox()
        box.initStyleOption(option)
        rect = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                          QStyle.SubControl.SC_GroupBoxLabel, box)
        room = QRect(rect.x(), 0, box.width() - rect.x(), rect.bottom() + 1)
        self.fits(box, title, room, "group title")

    def check_combo(self, combo: QComboBox) -> None:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        elides = bool(combo.property("elidesText"))  # shows "…" and the full text in its list
        for index in range(combo.count()):
            text = combo.itemText(index)
            self.visible_text(combo, text)
            if elides:
                room = QRect(0, 0, 100000, field.height())
                self.fits(combo, text, room, f"combo item {index}", height_too=index == combo.currentIndex())
            else:
                self.fits(combo, text, field, f"combo item {index}", height_too=index == combo.currentIndex())

    def check_line_edit(self, edit: QLineEdit) -> None:
        self.visible_text(edit, edit.placeholderText())
        text = edit.text() or edit.placeholderText()
        if has_tibetan(text):
            need = text_size(edit.font(), text)[1] + 4
            if edit.height() < need:
                self.report(edit, f"line edit {text[:20]!r} needs {need} px high, has {edit.height()}")

    def check_header(self, header: QHeaderView) -> None:
        if header.isHidden() or header.orientation() != Qt.Orientation.Horizontal:
            return
        model = header.model()
        if model is None:
            return
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            self.visible_text(header, text)
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            room = QRect(0, 0, header.sectionSize(section) - 2 * margin, header.height())
            if section == header.count() - 1 and header.stretchLastSection():
                room.setWidth(max(room.width(), header.viewport().width() - header.sectionPosition(section) - 2 * margin))
            self.fits(header, text, room, f"header {section}")

    def check_view(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None or not view.isVisible():
            return
        rows = min(model.rowCount(), 12)
        columns = model.columnCount() if isinstance(view, QTableView) else 1
        for row in range(rows):
            for column in range(columns):
                if isinstance(view, QTableView) and view.isColumnHidden(column):
                    continue
                index = model.index(row, column)
                text = str(model.data(index) or "")
                if not text:
                    continue
                self.visible_text(view, text)
                rect = view.visualRect(index)
                if rect.isEmpty():
                    continue
                font = model.data(index, Qt.ItemDataRole.FontRole) or view.font()
                width, height = text_size(font, text)
                if height > rect.height() + SLACK_PX:
                    self.report(view, f"row {row} {text[:20]!r} needs {height:.0f} px high, "
                                      f"has {rect.height()}")
                last = isinstance(view, QTableView) and column == columns - 1
                elides = view.textElideMode() != Qt.TextElideMode.ElideNone
                if not elides and not last and not isinstance(view, QListWidget) and \
                        width + 8 > rect.width() + SLACK_PX:
                    self.report(view, f"cell {row},{column} {text[:20]!r} cut without an ellipsis")

    def check_tabs(self, bar: QTabBar) -> None:
        for index in range(bar.count()):
            text = bar.tabText(index)
            self.visible_text(bar, text)
            self.fits(bar, text, bar.tabRect(index).adjusted(4, 0, -4, 0), f"tab {index}")

    # -- placement ----------------------------------------------------------------------------
    def inside_window(self, widget: QWidget) -> None:
        parent = widget.parentWidget()
        while parent is not None and parent is not self.window:
            if isinstance(parent, QAbstractScrollArea) or isinstance(parent.parentWidget(),
                                                                     QAbstractScrollArea):
                return  # inside a scrolled area: scrolling brings it into view
            parent = parent.parentWidget()
        top_left = widget.mapTo(self.window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        if not self.window.rect().adjusted(-1, -1, 1, 1).contains(rect):
            self.report(widget, f"outside the window: {rect.getRect()} in {self.window.rect().getRect()}")

    # -- keyboard ---------------------------------------------------------------------------
    def note_mnemonic(self, widget: QWidget, text: str) -> None:
        letter = mnemonic(text)
        if letter:
            self.mnemonics.setdefault(letter, []).append((widget, _plain(text)))

    def check_mnemonics(self) -> None:
        for letter, owners in sorted(self.mnemonics.items()):
            if len(owners) > 1:
                names = ", ".join(repr(text) for _widget, text in owners)
                self.report(owners[1][0], f"Alt+{letter.upper()} is used by {names}")

    # -- scrolling and eliding ---------------------------------------------------------------
    def check_scroll_area(self, area: QAbstractScrollArea) -> None:
        """Pages, panels, forms and lists never scroll sideways; a table with more columns
        than room may (its columns stay readable), but not by a few pixels."""
        bar = area.horizontalScrollBar()
        if not bar.isVisibleTo(self.window) or bar.maximum() <= 0:
            over = 0
        elif isinstance(area, QTableView):  # its bar may count columns, not pixels
            over = area.horizontalHeader().length() - area.viewport().width()
            if over > TABLE_MAY_SCROLL_PX:
                over = 0
        else:
            over = bar.maximum()
        if over > 0:
            self.report(area, f"scrolls sideways by {over} px")
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if inner is not None and area.widgetResizable():  # a bar turned off: nothing cut
            need = inner.minimumSizeHint().width()
            if need > area.viewport().width() + SLACK_PX:
                self.report(area, f"contents need {need} px wide, the panel has "
                                  f"{area.viewport().width()} (cut on the right)")

    def check_elided(self, button: QAbstractButton) -> None:
        """A button narrower than its text is drawn with "…" (TallStackStyle elides)."""
        text = _plain(button.text())
        if not text or isinstance(button, (QCheckBox, QRadioButton)):
            return
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                             button)
        if not option.icon.isNull():
            room.setWidth(room.width() - option.iconSize.width() - 4)
        width = QFontMetricsF(button.font()).horizontalAdvance(text)
        if width > room.width() + SLACK_PX:
            self.report(button, f"button text {text!r} elided: needs {width:.0f} px, "
                                f"has {room.width()}")

    def run(self) -> list[str]:
        self.mnemonics: dict[str, list[tuple[QWidget, str]]] = {}
        if self.window.windowTitle():
            self.visible_text(self.window, self.window.windowTitle())
        for widget in [self.window, *self.window.findChildren(QWidget)]:
            if not widget.isVisibleTo(self.window) and widget is not self.window:
                continue
            if widget.isWindow() and widget is not self.window:
                continue
            if widget is not self.window:
                self.inside_window(widget)
            if isinstance(widget, QLabel):
                self.check_label(widget)
                if widget.buddy() is not None:
                    self.note_mnemonic(widget, widget.text())
            elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
                self.check_button(widget)
                self.check_elided(widget)
                self.note_mnemonic(widget, widget.text())
            elif isinstance(widget, QGroupBox):
                self.check_group(widget)
                if widget.isCheckable():
                    self.note_mnemonic(widget, widget.title())
            elif isinstance(widget, QMenuBar):
                for action in widget.actions():
                    if action.isVisible():
                        self.note_mnemonic(widget, action.text())
            elif isinstance(widget, QComboBox):
                self.check_combo(widget)
            elif isinstance(widget, QLineEdit):
                self.check_line_edit(widget)
            elif isinstance(widget, QHeaderView):
                self.check_header(widget)
            elif isinstance(widget, QTabBar):
                self.check_tabs(widget)
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                self.check_view(widget)
            if isinstance(widget, QAbstractScrollArea):
                self.check_scroll_area(widget)
        self.check_mnemonics()
        return self.problems


def check_window(window: QWidget, language: str, name: str = "",
                 data: frozenset[str] = frozenset()) -> list[str]:
    """`data`: values people typed (names, the station's name) that may show in any script."""
    return Checker(window, language, name or window.objectName(), data).run()
