"""The monthly summary as a PDF: overview, a bar chart by domain, the breakdown tables,
contract targets and the record manifest."""
from __future__ import annotations

from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from app.reports.fonts import CJK, has_tibetan
from app.reports.figures import MonthlySummary
from app.reports.pdf_common import (BODY_WIDTH, Styles, build_pdf, draw_mixed, gap, para,
                                    pdf_table)
from app.reports.strings import DIMENSION_LABELS, PERIOD_LABELS
from app.reports.tables import (BREAKDOWN_MEASURES, ReportTable, breakdown_table,
                                headline_table, manifest_table, targets_table)
from app.reports.text import ReportText

BAR_COLOURS = (colors.HexColor("#2f6f9f"), colors.HexColor("#a9c4de"))


class DomainChart(Flowable):
    """Grouped bars of one figure per domain for two periods. Category and legend labels are
    drawn by us (shaped), since reportlab.graphics strings are not shaped."""

    def __init__(self, categories: list[list[str]], series: list[list[int]],
                 legend: list[list[str]], width: float = BODY_WIDTH, height: float = 190):
        super().__init__()
        self.categories, self.series, self.legend = categories, series, legend
        self.width, self.height = width, height
        self.label_lines = max((len(c) for c in categories), default=1)

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        label_space = 14 * self.label_lines + 6
        chart = VerticalBarChart()
        chart.x, chart.y = 42, label_space
        chart.width, chart.height = self.width - 60, self.height - label_space - 26
        chart.data = self.series
        chart.categoryAxis.categoryNames = [""] * len(self.categories)
        chart.categoryAxis.labels.fontName = CJK
        chart.valueAxis.labels.fontName = CJK
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        chart.valueAxis.forceZero = 1
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName = CJK
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 6
        chart.groupSpacing, chart.barSpacing = 12, 2
        for index, colour in enumerate(BAR_COLOURS[:len(self.series)]):
            chart.bars[index].fillColor = colour
            chart.bars[index].strokeColor = None
        drawing = Drawing(self.width, self.height)
        drawing.initialFontName, drawing.initialFontSize = CJK, 8  # no Helvetica in the PDF
        drawing.add(chart)
        renderPDF.draw(drawing, self.canv, 0, 0)
        count = max(1, len(self.categories))
        for index, parts in enumerate(self.categories):
            x = chart.x + chart.width * (index + 0.5) / count
            for line, part in enumerate(parts):
                size = 7.5 if not has_tibetan(part) else 7
                draw_mixed(self.canv, x, label_space - 12 - 13 * line, part, size, "middle")
        x = chart.x
        for colour, parts in zip(BAR_COLOURS, self.legend):
            self.canv.setFillColor(colour)
            self.canv.rect(x, self.height - 12, 8, 8, stroke=0, fill=1)
            self.canv.setFillColor(colors.black)
            x += 12 + draw_mixed(self.canv, x + 12, self.height - 11, " / ".join(parts), 7.5) + 16


def _chart(summary: MonthlySummary, text: ReportText) -> DomainChart:
    table = breakdown_table(summary, text, "domain", "current")
    previous = breakdown_table(summary, text, "domain", "previous")
    column = len(table.columns) - 2  # person-times is the last column
    rows = [row for row in table.rows if not row.total]
    previous_rows = {tuple(row.label): row for row in previous.rows}
    series = [[row.values[column] for row in rows],
              [previous_rows[tuple(row.label)].values[column] if tuple(row.label) in previous_rows
               else 0 for row in rows]]
    return DomainChart([row.label for row in rows], series,
                       [text.t(PERIOD_LABELS["current"]), text.t(PERIOD_LABELS["previous"])])


def monthly_story(summary: MonthlySummary, text: ReportText, generated: datetime) -> list:
    styles = Styles.get()
    stations = summary.station_ids
    if len(stations) == 1:
        place = text.name(stations[0])
    else:
        place = text.t("%1 stations", len(stations))
    title = [f"{p} · {t}" for p, t in zip(place, text.t("Monthly service summary"))]
    story: list = [para(title, styles.title, bold=True),
                   para([f"{m}: {summary.month}    {g}: {generated:%Y-%m-%d %H:%M}"
                         for m, g in zip(text.t("Month"), text.t("Generated"))], styles.body),
                   gap(8)]
    story += [para(text.t("Overview"), styles.h1, bold=True),
              pdf_table(headline_table(summary, text), label_width=190), gap(10)]
    story += [KeepTogether([para(text.t("Person-times served by service domain"), styles.h2,
                                 bold=True), _chart(summary, text)])]
    for dimension in ("domain", "target_group", "village", "resource_source"):
        story += [CondPageBreak(120), para(text.t(DIMENSION_LABELS[dimension]), styles.h1, bold=True)]
        for period in ("current", "previous", "year_to_date"):
            table = breakdown_table(summary, text, dimension, period)
            story += _titled(table, styles, 150 if dimension == "resource_source" else 92)
    targets = targets_table(summary, text)
    story += [CondPageBreak(120), para(targets.title, styles.h1, bold=True)]
    story += [pdf_table(targets, label_width=110)] if targets.rows else []
    story += [para(targets.note, styles.body)] if targets.note else []
    story += _manifest(summary, text, styles)
    return story


def _titled(table: ReportTable, styles: Styles, label_width: float) -> list:
    widths = None
    if table.key.startswith("village.") and len(table.columns) > 1 + len(BREAKDOWN_MEASURES):
        # a roll-up's village table has a station column: as wide as the village's
        others = len(table.columns) - 2
        widths = [80, 80] + [(BODY_WIDTH - 160) / others] * others
    block = [para(table.title, styles.h2, bold=True),
             pdf_table(table, label_width=label_width, widths=widths)]
    if table.note:
        block.append(para(table.note, styles.small))
    return [KeepTogether(block), gap(4)]


def _manifest(summary: MonthlySummary, text: ReportText, styles: Styles) -> list:
    table = manifest_table(summary, text)
    return [CondPageBreak(200), para(table.title, styles.h1, bold=True),
            para(text.t("SHA-256 of the records counted"), styles.body, bold=True),
            para(summary.manifest.digest, styles.body), gap(4),
            pdf_table(table, label_width=150, width=260), gap(6),
            para(text.t("The check number is SHA-256 over one line per record counted (its "
                        "kind, record number and time stamp), sorted. The Excel workbook (its "
                        "hidden sheet, the record list) and the CSV export list these records, "
                        "so an auditor can check that nothing changed after the report was "
                        "submitted."), styles.small)]


def write_monthly_pdf(summary: MonthlySummary, text: ReportText, target, *,
                      generated: datetime | None = None, progress=None, cancel=None) -> None:
    """Write the monthly summary PDF to `target` (a path or a binary file object)."""
    generated = generated or datetime.now()
    story = monthly_story(summary, text, generated)
    place = (text.name(summary.station_ids[0])[0] if len(summary.station_ids) == 1
             else text.t("%1 stations", len(summary.station_ids))[0])
    footer = f"{place} · {summary.month} · SHA-256 {summary.manifest.digest[:16]}"
    build_pdf(target, story, footer, f"{summary.month} {place}", progress, cancel)
