"""Household visits: the list (filter by domain, worker, dates) and 'New visit' (Ctrl+N)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel

from app.services import ui_queries
from app.ui.forms.record_forms import VisitForm
from app.ui.pages.base import RecordListPage
from app.ui.widgets.fields import CodeCombo, DateField


class VisitsPage(RecordListPage):
    KINDS = frozenset({"visit", "household", "person"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.domain = CodeCombo()
        self.worker = CodeCombo()
        self.start = DateField(date.today() - timedelta(days=90))
        self.end = DateField(date.today())
        self._today = date.today()  # the end date follows the calendar unless changed by hand
        self.from_label, self.to_label = QLabel(), QLabel()
        for widget in (self.domain, self.worker, self.from_label, self.start, self.to_label, self.end):
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        for combo in (self.domain, self.worker):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Visits")

    def retranslate(self) -> None:
        super().retranslate()
        self.head.setText(self.tr("Household visits"))
        self.new_button.setText(self.tr("&New visit"))
        self.domain.set_blank_text(self.tr("All domains"))
        self.worker.set_blank_text(self.tr("All workers"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Household"),
                                              self.tr("Domain"), self.tr("Service items"),
                                              self.tr("Worker")])
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        today = date.today()
        if today != self._today:  # past midnight: a visit saved today must be listed
            if self.end.value() == self._today:
                self.end.blockSignals(True)
                self.end.set_date(today)
                self.end.blockSignals(False)
            self._today = today
        self.context.query(ui_queries.labels, "domain", on_result=self.domain.set_choices)
        self.context.query(ui_queries.worker_choices, on_result=self.worker.set_choices)
        self.context.query(ui_queries.visit_rows, self.domain.code(), self.worker.code(),
                           self.start.value(), self.end.value(), on_result=self.show_rows)

    def form_for(self, record_id: str):
        return VisitForm(self.context, self, record_id=record_id)

    def new_record(self, household_id: str = "") -> None:
        self.open_form(VisitForm(self.context, self, household_id=household_id))
