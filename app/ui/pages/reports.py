"""Reports: the monthly summary on screen, and PDF/XLSX export when the reports module
offers it. Computing and writing run off the GUI thread with progress and cancel. If the
reports module is not installed yet, the page says so plainly."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.ui.pages.base import Page, fill_table, make_table
from app.ui.text import trf
from app.ui.widgets.fields import CodeCombo
from app.ui.widgets.progress import ProgressPanel
from app.ui import reports_bridge

MEASURES = ("households_visited", "visits", "case_files", "case_services", "group_activities",
            "themed_activities", "resource_links", "resource_amount_fen", "person_times")


def last_months(count: int = 12) -> list[str]:
    today = date.today()
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


class ReportsPage(Page):
    KINDS = frozenset({"visit", "activity", "resource_link", "case_file", "case_service"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.month = CodeCombo()
        self.month.set_choices([(m, m) for m in last_months()])
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_button, self.pdf_button, self.xlsx_button = QPushButton(), QPushButton(), QPushButton()
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.table = make_table(3)
        self.progress = ProgressPanel()
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        for widget in (self.month, self.show_button, self.pdf_button, self.xlsx_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def measure_labels(self) -> dict[str, str]:
        return {"households_visited": self.tr("Households visited"), "visits": self.tr("Visits"),
                "case_files": self.tr("Case files opened"), "case_services": self.tr("Case services"),
                "group_activities": self.tr("Group activities"),
                "themed_activities": self.tr("Themed and community activities"),
                "resource_links": self.tr("Resource links"),
                "resource_amount_fen": self.tr("Resources linked (yuan)"),
                "person_times": self.tr("Person-times served")}

    def retranslate(self) -> None:
        self.head.setText(self.tr("Monthly summary"))
        self.show_button.setText(self.tr("&Show"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.xlsx_button.setText(self.tr("Save as &Excel…"))
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("This month"),
                                              self.tr("Previous month")])
        available = reports_bridge.summary_available()
        if not available:
            self.state.setText(self.tr("Reports are not available yet in this version."))
        for button in (self.show_button, self.month):
            button.setEnabled(available)
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(reports_bridge.export_available())
        self._stale = True

    def refresh(self) -> None:
        if not reports_bridge.summary_available() or self.context.workspace is None:
            return
        if self.progress.progress is not None:
            self.progress.cancel()
        progress = self.progress.start(self.tr("Counting…"))
        self.context.read(reports_bridge.compute, self.month.code(), progress,
                          on_result=self._show, on_error=self._failed)

    def _show(self, summary) -> None:
        self.progress.finish()
        labels = self.measure_labels()
        rows = []
        for measure in MEASURES:
            now = summary.current.total.value(measure)
            before = summary.previous.total.value(measure)
            if measure == "resource_amount_fen":
                now, before = f"{now / 100:,.2f}", f"{before / 100:,.2f}"
            rows.append((labels[measure], now, before))
        fill_table(self.table, rows, list(MEASURES))
        self.state.setText(trf(self.tr("Monthly summary of %1"), self.month.code()))

    def _failed(self, error) -> None:
        self.progress.finish()
        self.context.errors.show(error, self)

    def export(self, kind: str) -> None:
        suffix = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}[kind]
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the monthly summary"), f"summary-{self.month.code()}.{kind}", suffix)
        if not path:
            return
        progress = self.progress.start(self.tr("Writing the file…"))
        self.context.read(reports_bridge.export, self.month.code(), kind, path, progress,
                          on_result=lambda _r: self._exported(path), on_error=self._failed)

    def _exported(self, path: str) -> None:
        self.progress.finish()
        self.state.setText(trf(self.tr("Saved to %1"), path))
