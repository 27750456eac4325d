"""What the PDF reports share: page template with footer, styles, tables, mixed-script
strings on the canvas, and building with progress and cancel."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from app.reports.fonts import (BO, CJK, FALLBACK, FB, TIBETAN, TIBETAN_SCALE, TextParagraph,
                               register_fonts, script_runs, unit_width)
from app.reports.tables import ReportTable, format_value

MARGIN = 16 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_FILL = colors.HexColor("#e8eef5")
TOTAL_FILL = colors.HexColor("#f3f3f3")
GRID = colors.HexColor("#9aa5b1")


class Styles:
    """The paragraph styles of the reports (made once per process)."""

    _made = None

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("sl-body", fontName=CJK, fontSize=9.5, leading=13)
        self.body = base
        self.small = ParagraphStyle("sl-small", parent=base, fontSize=7.5, leading=10)
        self.cell = ParagraphStyle("sl-cell", parent=base, fontSize=8, leading=10.5)
        self.head = ParagraphStyle("sl-head", parent=base, fontSize=7.5, leading=10)
        self.title = ParagraphStyle("sl-title", parent=base, fontSize=17, leading=23,
                                    spaceAfter=4)
        self.h1 = ParagraphStyle("sl-h1", parent=base, fontSize=12.5, leading=17,
                                 spaceBefore=10, spaceAfter=4)
        self.h2 = ParagraphStyle("sl-h2", parent=base, fontSize=10, leading=14, spaceBefore=6,
                                 spaceAfter=3)

    @classmethod
    def get(cls) -> "Styles":
        if cls._made is None:
            cls._made = cls()
        return cls._made


def lines(parts: list[str]) -> str:
    """Language versions stacked (Chinese line, then Tibetan line), repeats dropped."""
    return "\n".join(part for index, part in enumerate(parts) if part and part not in parts[:index])


def para(parts: list[str] | str, style: ParagraphStyle, bold: bool = False) -> TextParagraph:
    return TextParagraph(parts if isinstance(parts, str) else lines(parts), style, bold=bold)


def pdf_table(table: ReportTable, label_width: float = 105, width: float = BODY_WIDTH,
              widths: list[float] | None = None, header: bool = True) -> Table:
    """A ReportTable as a reportlab Table: paragraphs for text, right-aligned numbers.

    Columns share `width` after the label column, unless `widths` gives them all."""
    styles = Styles.get()
    others = len(table.columns) - 1
    if widths is None:
        widths = [label_width] + [(width - label_width) / others] * others if others else [width]
    data = [[para(column.heading, styles.head, bold=True) for column in table.columns]]
    for row in table.rows:
        cells = [para(row.label, styles.cell, bold=row.total)]
        for column, value in zip(table.columns[1:], row.values):
            if isinstance(value, list):
                cells.append(para(value, styles.cell))
            else:
                cells.append(format_value(value, row.unit or column.unit))
        data.append(cells)
    if not header:
        data = data[1:]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), CJK), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    else:
        commands.append(("BACKGROUND", (0, 0), (0, -1), HEADER_FILL))
    for index, row in enumerate(table.rows, start=int(header)):
        if row.total:
            commands.append(("BACKGROUND", (0, index), (-1, index), TOTAL_FILL))
    # splitInRow: a row taller than a page (a 8,000-character service note) is split between
    # pages inside its cells instead of failing the whole report with reportlab's LayoutError.
    return Table(data, colWidths=widths, repeatRows=int(header), style=TableStyle(commands),
                 hAlign="LEFT", splitInRow=1)


def draw_mixed(canvas, x: float, y: float, text: str, size: float, anchor: str = "start") -> float:
    """Draw a one-line string of any scripts on the canvas (shaped); returns its width."""
    register_fonts()
    runs = script_runs(text)
    widths = [unit_width(run, face, size, False) for face, run in runs]
    total = sum(widths)
    if anchor == "middle":
        x -= total / 2
    elif anchor == "end":
        x -= total
    for (face, run), width in zip(runs, widths):
        if face == BO:
            _draw_shaped(canvas, x, y, run, size * TIBETAN_SCALE)
        else:
            canvas.setFont(FALLBACK if face == FB else CJK, size)
            canvas.drawString(x, y, run)
        x += width
    return total


def _draw_shaped(canvas, x: float, y: float, run: str, size: float) -> None:
    """Tibetan on the canvas with its baseline at y, shaped as in a paragraph: the canvas's
    own drawString(shaping=True) drops HarfBuzz's mark offsets, so stacks would collide."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    style = ParagraphStyle("sl-canvas-bo", fontName=TIBETAN, fontSize=size, leading=size,
                           shaping=1, splitLongWords=0)
    paragraph = Paragraph(escape(run), style)
    _width, height = paragraph.wrap(100_000, 1_000)
    # a one-line paragraph's baseline is its font size below its top
    paragraph.drawOn(canvas, x, y - (height - size))


class ReportDocument(BaseDocTemplate):
    """A4 portrait with a footer line on every page; reports progress per flowable."""

    def __init__(self, target, footer: str, title: str, progress=None, cancel=None,
                 total_flowables: int = 1) -> None:
        register_fonts()
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + 4, title=title,
                         author="Station Ledger", creator="Station Ledger", invariant=1,
                         initialFontName=CJK)
        self.footer = footer
        frame = Frame(MARGIN, MARGIN + 4, BODY_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 4, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])
        self._progress, self._cancel = progress, cancel
        self._done, self._total = 0, max(1, total_flowables)

    def _footer(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, MARGIN - 2, PAGE_WIDTH - MARGIN, MARGIN - 2)
        draw_mixed(canvas, MARGIN, MARGIN - 11, self.footer, 7)
        draw_mixed(canvas, PAGE_WIDTH - MARGIN, MARGIN - 11, str(doc.page), 7, anchor="end")
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        self._done += 1
        if self._cancel is not None and self._cancel():
            from app.reports.summary import Cancelled
            raise Cancelled()
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


def build_pdf(target, story: list, footer: str, title: str,
              progress: Callable[[int, int], None] | None = None,
              cancel: Callable[[], bool] | None = None) -> None:
    """Lay out `story` into `target` (a path or a binary file object)."""
    document = ReportDocument(target, footer, title, progress, cancel, len(story))
    document.build(story)


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
