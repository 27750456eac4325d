"""Open a case file, record a service within it, return a case with comments."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox

from app.services import cases, ui_queries
from app.services.cases import CaseInput, ServiceRecordInput
from app.ui.forms.base import RecordForm
from app.ui.text import tr_enum, trf
from app.ui.widgets.fields import CodeCombo, DateField, WrappingLabel
from app.ui.widgets.pickers import PersonPicker


class OpenCaseForm(RecordForm):
    FORM_NAME = "case_open"

    def __init__(self, context, parent=None, person_id: str = "") -> None:
        self._person_id = person_id
        super().__init__(context, parent)

    def build(self) -> None:
        self.person = self.add_row(lambda: self.tr("&Person"), "person_id", PersonPicker(self.context))
        self.person.preselect = self._person_id
        if self._person_id:
            self.context.query(ui_queries.person_label, self._person_id,
                               on_result=self._show_person)
        else:
            self.person.refresh("")
        self.domain = self.add_row(lambda: self.tr("Ser&vice domain"), "domain_code", CodeCombo())
        self.context.query(ui_queries.labels, "domain", on_result=self.domain.set_choices)
        self.risk = self.add_row(lambda: self.tr("&Risk level"), "risk_level", CodeCombo())
        self.opened_on = self.add_row(lambda: self.tr("&Opened on"), "opened_on", DateField())
        self.reason = self.add_row(lambda: self.tr("&Why is the case opened?"), "intake_reason",
                                   QPlainTextEdit())
        self.reason.setTabChangesFocus(True)
        self.resize(560, 560)

    def _show_person(self, label: str) -> None:
        self.person.preselect = self._person_id
        self.person.search.setText(label)
        self.person.search.flush()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a case file"))
        self.risk.set_choices([(c, tr_enum(c)) for c in ("low", "medium", "high")])
        super().retranslate()

    def submit(self):
        return cases.open_case, CaseInput(
            person_id=self.person.current_id(), domain_code=self.domain.code(),
            intake_reason=self.reason.toPlainText(), opened_on=self.opened_on.value(),
            risk_level=self.risk.code() or "low")

    def payload(self) -> dict:
        return {"person_id": self.person.current_id(), "domain_code": self.domain.code(),
                "risk_level": self.risk.code(), "opened_on": self.opened_on.iso(),
                "intake_reason": self.reason.toPlainText()}

    def has_content(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def restore(self, payload: dict) -> None:
        person = payload.get("person_id", "")
        if person and not self._person_id:
            self._person_id = person
            self.context.query(ui_queries.person_label, person, on_result=self._show_person)
        elif not person and not self._person_id:
            self.person.list.setCurrentRow(-1)
        self.domain.set_code(payload.get("domain_code", ""))
        self.risk.set_code(payload.get("risk_level", "low"))
        if payload.get("opened_on"):
            self.opened_on.set_date(date.fromisoformat(payload["opened_on"]))
        self.reason.setPlainText(payload.get("intake_reason", ""))


class ServiceRecordForm(RecordForm):
    FORM_NAME = "case_service"

    def __init__(self, context, parent=None, case_id: str = "", domain_code: str = "",
                 service_id: str = "") -> None:
        self._domain = domain_code
        if service_id:  # open a saved service record to correct it (drafts keyed by its id)
            self.KIND = "case_service"
        super().__init__(context, parent, record_id=service_id or case_id)

    def build(self) -> None:
        self.served_on = self.add_row(lambda: self.tr("&Date"), "served_on", DateField())
        self.item = self.add_row(lambda: self.tr("Service &item"), "item_code", CodeCombo())
        self.context.query(ui_queries.labels, "service_item", self._domain or None,
                           on_result=self.item.set_choices)
        self.minutes = self.add_row(lambda: self.tr("&Minutes"), "minutes", QSpinBox())
        self.minutes.setRange(0, 1440)
        self.minutes.setValue(30)
        self.notes = self.add_row(lambda: self.tr("&Notes"), "notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.resize(520, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a service"))
        super().retranslate()

    def submit(self):
        return cases.add_service_record, self.record_id, ServiceRecordInput(
            served_on=self.served_on.value(), item_code=self.item.code(),
            minutes=self.minutes.value(), notes=self.notes.toPlainText())

    def payload(self) -> dict:
        return {"served_on": self.served_on.iso(), "item_code": self.item.code(),
                "minutes": self.minutes.value(), "notes": self.notes.toPlainText()}

    def has_content(self) -> bool:
        return bool(self.notes.toPlainText().strip())

    def restore(self, payload: dict) -> None:
        if payload.get("served_on"):
            self.served_on.set_date(date.fromisoformat(payload["served_on"]))
        self.item.set_code(payload.get("item_code", ""))
        self.minutes.setValue(int(payload.get("minutes", 30)))
        self.notes.setPlainText(payload.get("notes", ""))

    def edit_title(self) -> str:
        return self.tr("Service record")

    def load(self, record) -> None:
        self.restore(record.values)
        self.served_on.set_date(date.fromisoformat(record.values["served_on"]))


class ReturnCaseForm(RecordForm):
    """The supervisor says what to fix; it becomes a task on the worker's Today."""

    FORM_NAME = "case_return"

    def __init__(self, context, parent=None, record_id: str = "", case_label: str = "") -> None:
        self._case_label = case_label  # "2026-0007 · 张三": which case is returned, said in the form
        super().__init__(context, parent, record_id=record_id)

    def build(self) -> None:
        self.hint = WrappingLabel()
        self.form.addRow(self.hint)
        self.comments = self.add_row(lambda: self.tr("&What should be fixed?"), "comments",
                                     QPlainTextEdit())
        self.comments.setTabChangesFocus(True)
        # Enter (the default button) never returns a case without saying what to fix
        self.comments.textChanged.connect(self._update_save)
        self.resize(520, 320)

    def _update_save(self) -> None:
        self.save_button.setEnabled(bool(self.comments.toPlainText().strip()) and not self._saving)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The supervisor types the reason at once (Esc cancels, as in every form)."""
        super().showEvent(event)
        self._update_save()
        QTimer.singleShot(0, self.comments.setFocus)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return the case to the worker"))
        hint = self.tr("The worker sees these comments on their Today page.")
        if self._case_label:
            hint = trf(self.tr("Return case %1. The worker sees these comments on their Today "
                               "page."), self._case_label)
        self.hint.setText(hint)
        super().retranslate()
        self.save_button.setText(self.tr("&Return case"))

    def submit(self):
        return cases.return_case, self.record_id, self.comments.toPlainText()

    def payload(self) -> dict:
        return {"comments": self.comments.toPlainText()}

    def restore(self, payload: dict) -> None:
        self.comments.setPlainText(payload.get("comments", ""))
