"""Reports: the monthly summary on screen (overview, and the breakdown by service domain and by
village for this month, the previous month and the year to date; the county's contract targets
with the progress against them, read-only), and export as PDF, XLSX or
CSV in the language the user chooses (中文, བོད་ཡིག, English or both). Computing
(`app.reports.preview`) and writing (`app.reports.export`) run off the GUI thread with progress
and Cancel."""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from app.progress import Cancelled
from app.reports import preview as report_preview
from app.reports.export import export_monthly
from app.reports.text import LANGUAGE_CHOICES, measure_label, period_label
from app.ui.pages.base import Page, fill_table, make_table
from app.services.exports import EXPORT_WARNING
from app.ui.text import breakable_path, qt_translate, trf
from app.ui.widgets.fields import CodeCombo
from app.ui.widgets.dialogs import name_filter, save_file_name
from app.ui.widgets.progress import ProgressPanel
from app.ui.widgets.layout import FlowLayout

MEASURES = ("households_visited", "visits", "case_files", "case_services", "group_activities",
            "themed_activities", "resource_links", "resource_amount_fen", "person_times")
PERIODS = ("current", "previous", "year_to_date")
FORMATS = ("pdf", "xlsx", "csv")


def last_months(count: int = 12) -> list[str]:
    today = date.today()
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def language_names(_widget: QWidget | None = None) -> dict[str, str]:
    """Report language choices as the user sees them (each language in its own script).
    One explicit context, so the Cases page's copy of this choice is translated too."""
    return {"zh_CN": "中文", "bo": "བོད་ཡིག", "en": "English",
            "bilingual": QCoreApplication.translate("ReportsPage", "Chinese and Tibetan (bilingual)")}


def save_path(path: str, kind: str) -> str:
    """The chosen path with the format's suffix (a dialog may return it without one)."""
    return path if path.lower().endswith(f".{kind}") else f"{path}.{kind}"


class ReportsPage(Page):
    KINDS = frozenset({"visit", "activity", "resource_link", "case_file", "case_service"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.month_label, self.language_label = QLabel(), QLabel()
        self.month = CodeCombo()
        self.month.set_choices([(m, m) for m in last_months()])
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.month_label.setBuddy(self.month)
        self.language = CodeCombo()
        self.language.activated.connect(self._language_activated)
        self.language_label.setBuddy(self.language)
        self._language_chosen = False
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.refresh)
        self.export_buttons = {kind: QPushButton() for kind in FORMATS}
        for kind, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
        # kept under their old names (tests, other code)
        self.pdf_button, self.xlsx_button = self.export_buttons["pdf"], self.export_buttons["xlsx"]
        self.csv_button = self.export_buttons["csv"]
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.open_folder_button = QPushButton()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.exported_path = ""
        self._last_dir = ""
        # preview
        self.table = make_table(4)
        self.breakdown_tables = {dimension: make_table(2) for dimension in
                                 report_preview.PREVIEW_DIMENSIONS}
        self.period = CodeCombo()
        self.period.currentIndexChanged.connect(lambda _i: self._show_breakdowns())
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        # the county's contract targets: shown, never edited here (the county sets them)
        self.targets_table = make_table(7)
        self.targets_note = QLabel()
        self.targets_note.setWordWrap(True)
        targets_tab = QWidget()
        targets_layout = QVBoxLayout(targets_tab)
        targets_layout.setContentsMargins(0, 4, 0, 0)
        targets_layout.addWidget(self.targets_note)
        targets_layout.addWidget(self.targets_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        for dimension in report_preview.PREVIEW_DIMENSIONS:
            self.tabs.addTab(self.breakdown_tables[dimension], "")
        self.targets_tab_index = self.tabs.addTab(targets_tab, "")
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 4, 2)
        corner_layout.addWidget(self.period_label)
        corner_layout.addWidget(self.period)
        self.tabs.setCornerWidget(corner)
        self.tabs.currentChanged.connect(lambda index: self.period.setEnabled(
            0 < index < self.targets_tab_index))
        self.period.setEnabled(False)
        self.preview = None
        self.progress = ProgressPanel()
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        for widget in (self.month_label, self.month, self.language_label, self.language,
                       self.show_button):
            top.addWidget(widget)
        exports = FlowLayout()  # each as wide as its text, wrapping rather than squeezed
        for button in self.export_buttons.values():
            exports.addWidget(button)
        status = QHBoxLayout()
        status.addWidget(self.state, 1)
        status.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(exports)
        layout.addWidget(self.progress)
        layout.addLayout(status)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def _language(self) -> str:
        workspace = self.context.workspace
        return workspace.language if workspace is not None else "zh_CN"

    def measure_labels(self) -> dict[str, str]:
        """The figures' names, from the report's own labels (app/reports): the page says what
        the printed summary says (it had said "Case files opened" beside "Case files
        established")."""
        return {measure: measure_label(self._language(), measure) for measure in MEASURES}

    def period_labels(self) -> dict[str, str]:
        return {period: period_label(self._language(), period) for period in PERIODS}

    def retranslate(self) -> None:
        self.head.setText(self.tr("Monthly summary"))
        self.month_label.setText(self.tr("&Month:"))
        self.language_label.setText(self.tr("Report &language:"))
        names = language_names(self)
        self.language.blockSignals(True)
        keep = self.language.code()
        self.language.set_choices([(code, names.get(code, code))
                                   for code in LANGUAGE_CHOICES])
        if keep:
            self.language.set_code(keep)
        self.language.blockSignals(False)
        self.show_button.setText(self.tr("&Show"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.xlsx_button.setText(self.tr("Save as &Excel…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self.open_folder_button.setText(self.tr("&Open folder"))
        periods = self.period_labels()
        self.period_label.setText(self.tr("Breakdown for:"))
        self.period.blockSignals(True)
        keep = self.period.code() or "current"
        self.period.set_choices([(code, periods[code]) for code in PERIODS])
        self.period.set_code(keep)
        self.period.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("By service domain"))
        self.tabs.setTabText(2, self.tr("By village"))
        self.tabs.setTabText(self.targets_tab_index, self.tr("Contract targets"))
        self._targets_message = self.tr("The county sets the contract targets; they arrive "
                                        "with a sync and cannot be changed here.")
        self._show_targets()
        self.table.setHorizontalHeaderLabels([self.tr("Figure")] + [periods[p] for p in PERIODS])
        self._enable_exports(True)
        self._stale = True

    def _enable_exports(self, enabled: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(enabled)

    def _language_activated(self, _index: int) -> None:
        self._language_chosen = True

    def _default_language(self) -> None:
        """Until the user picks one, the report language follows the interface language."""
        workspace = self.context.workspace
        if not self._language_chosen and workspace is not None:
            self.language.set_code(report_preview.report_language(workspace.language))

    def _finish(self, progress) -> None:
        if self.progress.progress is progress:
            self.progress.finish()

    # -- preview -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.workspace is None:
            return
        self._default_language()
        if self.progress.progress is not None:
            self.progress.cancel()
        progress = self.progress.start(self.tr("Counting…"))
        self.context.query(report_preview.preview, self.month.code(), self.context.workspace.language,
                           progress, on_result=lambda result: self._show(result, progress),
                           on_error=lambda error: self._preview_failed(error, progress))

    def _preview_failed(self, error, progress=None) -> None:
        self._finish(progress)
        if not isinstance(error, Cancelled):  # a newer preview replaced it: nothing to say
            self.context.errors.show(error, self)

    def _show(self, preview, progress=None) -> None:
        self._finish(progress)
        self.preview = preview
        summary = preview.summary
        labels = self.measure_labels()
        rows = []
        for measure in MEASURES:
            values = [summary.periods[p].total.value(measure) for p in PERIODS]
            if measure == "resource_amount_fen":
                values = [f"{value / 100:,.2f}" for value in values]
            else:
                values = [f"{value:,}" for value in values]
            rows.append((labels[measure], *values))
        fill_table(self.table, rows, list(MEASURES))
        self._show_breakdowns()
        self._show_targets()
        if not self.exported_path:
            self.state.setToolTip("")
            self.state.setText(trf(self.tr("Monthly summary of %1"), preview.month))

    def _show_targets(self) -> None:
        note = getattr(self.preview, "targets_note", "")
        self.targets_note.setText(self._targets_message + (f"\n{note}" if note else ""))
        if self.preview is None:
            return
        data = self.preview.targets
        self.targets_table.setColumnCount(len(data.headers))
        self.targets_table.setHorizontalHeaderLabels(data.headers)
        fill_table(self.targets_table, data.rows, [str(i) for i in range(len(data.rows))])

    def _show_breakdowns(self) -> None:
        if self.preview is None:
            return
        period = self.period.code() or "current"
        for dimension, table in self.breakdown_tables.items():
            data = self.preview.breakdowns[(dimension, period)]
            table.setColumnCount(len(data.headers))
            table.setHorizontalHeaderLabels(data.headers)
            fill_table(table, data.rows, [str(i) for i in range(len(data.rows))])
            for row in data.total_rows:
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)

    def _failed(self, error, progress=None) -> None:
        self._finish(progress)
        self._enable_exports(True)
        if isinstance(error, Cancelled):
            self.state.setToolTip("")
            self.state.setText(self.tr("Cancelled. No file was written."))
            return
        self.context.errors.show(error, self)

    # -- export ------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        if self.context.workspace is None:
            return
        self._default_language()
        language = self.language.code() or "zh_CN"
        filters = {"pdf": name_filter(self.tr("PDF file"), "*.pdf"),
                   "xlsx": name_filter(self.tr("Excel workbook"), "*.xlsx"),
                   "csv": name_filter(self.tr("CSV table"), "*.csv")}
        from app.services.exports import export_folder  # the user's own folder, not home

        folder = self._last_dir or str(export_folder(self.context.workspace))
        suggested = os.path.join(folder,
                                 f"summary-{self.month.code()}-{language}.{kind}")
        path = save_file_name(self, self.tr("Save the monthly summary"), suggested, filters[kind])
        if not path:
            return
        path = save_path(path, kind)
        self._last_dir = os.path.dirname(path)
        if self.progress.progress is not None:
            self.progress.cancel()
        self.exported_path = ""
        self.open_folder_button.hide()
        self._enable_exports(False)
        progress = self.progress.start(self.tr("Writing the file…"))
        self.context.op(export_monthly, self.month.code(), path, language=language, fmt=kind,
                        progress=progress.report, cancel=progress.is_cancelled,
                        on_result=lambda _r: self._exported(path, progress),
                        on_error=lambda error: self._failed(error, progress))

    def _exported(self, path: str, progress=None) -> None:
        self._finish(progress)
        self._enable_exports(True)
        self.exported_path = path
        self.state.setToolTip(path)
        self.state.setText(trf(self.tr("Saved to %1"), breakable_path(path)) + "\n"
                           + qt_translate("Core", EXPORT_WARNING))
        self.open_folder_button.show()

    def open_folder(self) -> None:
        if self.exported_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.exported_path)))
