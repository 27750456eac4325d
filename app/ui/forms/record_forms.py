"""Household visit, group/themed activity and resource link forms.

The visit form is built for speed: the household list starts with the ones this worker
visited last, the date is today, the domain remembers the last choice, Enter in the household
search picks the first match, Ctrl+S saves.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.services import corrections, records, ui_queries
from app.services.records import ActivityInput, ResourceLinkInput, VisitInput
from app.ui.forms.base import RecordForm
from app.ui.text import tr_enum
from app.ui.widgets.fields import CheckList, CodeCombo, DateField
from app.ui.widgets.pickers import HouseholdPicker, PersonPicker
from app.ui.widgets.layout import wrap_list

_last_domain = {"code": ""}


class _DomainItems:
    """A domain combo whose service-item checklist follows the chosen domain."""

    def build_domain(self, form: RecordForm, with_items: bool = True) -> None:
        self.domain = form.add_row(lambda: self.tr("Ser&vice domain"), "domain_code", CodeCombo())
        self.items = form.add_row(lambda: self.tr("Service &items"), "service_items",
                                  CheckList()) if with_items else None
        self._pending_items: list[str] = []
        self._pending_domain = ""
        form.context.query(ui_queries.labels, "domain",
                           on_result=lambda choices: self._domains_loaded(form, choices))
        if with_items:
            self.domain.currentIndexChanged.connect(lambda _i: self._load_items(form))

    def _domains_loaded(self, form: RecordForm, choices) -> None:
        self.domain.blockSignals(True)
        self.domain.set_choices(choices)
        wanted = self._pending_domain or _last_domain["code"]  # a draft's, or the last one chosen
        if wanted:
            self.domain.set_code(wanted)
        self.domain.blockSignals(False)
        if self.items is not None:
            self._load_items(form)

    def _load_items(self, form: RecordForm) -> None:
        code = self.domain.code()
        _last_domain["code"] = code or _last_domain["code"]
        if not code:
            self.items.set_choices([])
            return
        form.context.query(ui_queries.labels, "service_item", code,
                           on_result=lambda choices: self._items_loaded(code, choices))

    def _items_loaded(self, code: str, choices) -> None:
        if code != self.domain.code():
            return  # the items of a domain no longer chosen
        keep = self.items.codes()  # what is ticked now (not when the list was asked for)
        # a draft's ticks wait here until its domain's items have arrived
        wanted = self._pending_items if self._pending_domain in ("", code) and \
            self._pending_items else keep
        if self._pending_items and self._pending_domain in ("", code):
            self._pending_items = []
        self.items.set_choices(choices, wanted)

    def set_domain_and_items(self, domain: str, items: list[str]) -> None:
        self._pending_items = list(items)
        self._pending_domain = domain
        if self.domain.code() != domain:
            self.domain.set_code(domain)  # loads that domain's items, then ticks these
        if self.items is not None:
            self.items.set_codes(items)
            if self.items.count() and set(self.items.codes()) == set(items):
                self._pending_items = []


class VisitForm(_DomainItems, RecordForm):
    FORM_NAME = "visit"
    KIND = "visit"

    def __init__(self, context, parent=None, household_id: str = "", record_id: str = "") -> None:
        self._household_id = household_id
        super().__init__(context, parent, record_id=record_id)

    def build(self) -> None:
        self.household = self.add_row(lambda: self.tr("&Household"), "household_id",
                                      HouseholdPicker(self.context))
        self.household.preselect = self._household_id
        self.household.refresh("")
        self.visited_on = self.add_row(lambda: self.tr("&Date"), "visited_on", DateField())
        self.build_domain(self)
        self.people_served = self.add_row(lambda: self.tr("&People served"), "people_served", QSpinBox())
        self.people_served.setRange(1, 50)
        self.notes = self.add_row(lambda: self.tr("&Notes"), "notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.follow_up_check = QCheckBox()
        self.follow_up = DateField(date.today() + timedelta(days=14))
        self.follow_up.setEnabled(False)
        self.follow_up_check.toggled.connect(self.follow_up.setEnabled)
        layout.addWidget(self.follow_up_check)
        layout.addWidget(self.follow_up, 1)
        self.add_row(lambda: self.tr("&Follow-up"), "follow_up_on", row)
        self.household.setFocus()
        self.resize(560, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New household visit"))
        self.follow_up_check.setText(self.tr("Visit again on"))
        super().retranslate()

    def submit(self):
        return records.record_visit, VisitInput(
            household_id=self.household.current_id(), visited_on=self.visited_on.value(),
            domain_code=self.domain.code(), service_items=self.items.codes(),
            notes=self.notes.toPlainText(), people_served=self.people_served.value(),
            follow_up_on=self.follow_up.value() if self.follow_up_check.isChecked() else None)

    def payload(self) -> dict:
        return {"household_id": self.household.current_id(), "visited_on": self.visited_on.iso(),
                "domain_code": self.domain.code(), "service_items": self.items.codes(),
                "notes": self.notes.toPlainText(), "people_served": self.people_served.value(),
                "follow_up_on": self.follow_up.iso() if self.follow_up_check.isChecked() else ""}

    def has_content(self) -> bool:
        p = self.payload()
        return bool(p["household_id"] or p["service_items"] or p["notes"])

    def restore(self, payload: dict) -> None:
        """Every field from `payload` (a draft, or the blank form when a draft is discarded)."""
        household = payload.get("household_id", "")
        self.household.preselect = household  # chosen when the list arrives, if not yet there
        if not self.household.select_id(household):
            self.household.list.setCurrentRow(-1)
        self.visited_on.set_date(date.fromisoformat(payload.get("visited_on") or date.today().isoformat()))
        self.set_domain_and_items(payload.get("domain_code", ""), payload.get("service_items", []))
        self.people_served.setValue(int(payload.get("people_served", 1) or 1))
        self.notes.setPlainText(payload.get("notes", ""))
        self.follow_up_check.setChecked(bool(payload.get("follow_up_on")))
        self.follow_up.set_date(date.fromisoformat(payload["follow_up_on"]) if payload.get("follow_up_on")
                                else date.today() + timedelta(days=14))

    def undo_of(self):
        return (lambda ws, result: corrections.undo_new_record(ws, "visit", result[0]),
                self.tr("Visit saved"))

    def edit_title(self) -> str:
        return self.tr("Household visit")

    def load(self, record) -> None:
        values = record.values
        self.household.preselect = values["household_id"]
        self.household.refresh("")
        self.visited_on.set_date(date.fromisoformat(values["visited_on"]))
        self.set_domain_and_items(values["domain_code"], values["service_items"])
        self.people_served.setValue(int(values["people_served"]))
        self.notes.setPlainText(values["notes"])
        self.follow_up_check.setChecked(bool(values["follow_up_on"]))
        if values["follow_up_on"]:
            self.follow_up.set_date(date.fromisoformat(values["follow_up_on"]))


class ActivityForm(_DomainItems, RecordForm):
    FORM_NAME = "activity"
    KIND = "activity"

    def build(self) -> None:
        self.kind = self.add_row(lambda: self.tr("&Kind"), "kind", CodeCombo())
        self.title = self.add_row(lambda: self.tr("&Title"), "title", QLineEdit())
        self.held_on = self.add_row(lambda: self.tr("&Date"), "held_on", DateField())
        self.build_domain(self)
        self.village = self.add_row(lambda: self.tr("Villa&ge"), "village_id", CodeCombo(blank="-"))
        self.context.query(ui_queries.village_choices, on_result=self.village.set_choices)
        self.location = self.add_row(lambda: self.tr("Locati&on"), "location", QLineEdit())
        roster = QWidget()
        layout = QVBoxLayout(roster)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = PersonPicker(self.context)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.roster = QListWidget()
        self.roster.setMaximumHeight(110)
        wrap_list(self.roster)
        self.add_button.clicked.connect(self._add_attendee)
        self.picker.search.returnPressed.connect(self._add_attendee)
        self.remove_button.clicked.connect(lambda: self.roster.takeItem(self.roster.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addWidget(self.picker)
        layout.addLayout(buttons)
        layout.addWidget(self.roster)
        self.add_row(lambda: self.tr("&Participants"), "attendee_ids", roster)
        self.headcount = self.add_row(lambda: self.tr("Head&count"), "headcount", QSpinBox())
        self.headcount.setRange(0, 5000)
        self.notes = self.add_row(lambda: self.tr("&Notes"), "notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.resize(600, 780)

    def _add_attendee(self) -> None:
        person_id = self.picker.current_id()
        if not person_id or person_id in self.attendee_ids():
            return
        item = QListWidgetItem(self.picker.chosen_label())
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.roster.addItem(item)

    def attendee_ids(self) -> list[str]:
        return [self.roster.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.roster.count())]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New activity"))
        self.kind.set_choices([(c, tr_enum(c)) for c in ("group", "themed", "community")])
        self.village.set_blank_text(self.tr("(whole station)"))
        self.add_button.setText(self.tr("&Add to list"))
        self.remove_button.setText(self.tr("&Remove from list"))
        self.headcount.setToolTip(self.tr("When names are not known, enter how many took part."))
        super().retranslate()

    def submit(self):
        return records.record_activity, ActivityInput(
            kind=self.kind.code(), title=self.title.text(), held_on=self.held_on.value(),
            domain_code=self.domain.code(), service_items=self.items.codes(),
            village_id=self.village.code() or None, location=self.location.text(),
            attendee_ids=self.attendee_ids(), headcount=self.headcount.value(),
            notes=self.notes.toPlainText())

    def payload(self) -> dict:
        return {"kind": self.kind.code(), "title": self.title.text(), "held_on": self.held_on.iso(),
                "domain_code": self.domain.code(), "service_items": self.items.codes(),
                "village_id": self.village.code(), "location": self.location.text(),
                "attendees": [[self.roster.item(i).data(Qt.ItemDataRole.UserRole),
                               self.roster.item(i).text()] for i in range(self.roster.count())],
                "headcount": self.headcount.value(), "notes": self.notes.toPlainText()}

    def has_content(self) -> bool:
        p = self.payload()
        return bool(p["title"] or p["notes"] or p["location"] or p["attendees"])

    def restore(self, payload: dict) -> None:
        self.kind.set_code(payload.get("kind", "group"))
        self.title.setText(payload.get("title", ""))
        self.held_on.set_date(date.fromisoformat(payload.get("held_on") or date.today().isoformat()))
        self.set_domain_and_items(payload.get("domain_code", ""), payload.get("service_items", []))
        self.village.set_code(payload.get("village_id", ""))
        self.location.setText(payload.get("location", ""))
        self.roster.clear()
        for person_id, label in payload.get("attendees", []):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.roster.addItem(item)
        self.headcount.setValue(int(payload.get("headcount", 0)))
        self.notes.setPlainText(payload.get("notes", ""))

    def undo_of(self):
        return (lambda ws, result: corrections.undo_new_record(ws, "activity", result[0]),
                self.tr("Activity saved"))

    def edit_title(self) -> str:
        return self.tr("Activity")

    def load(self, record) -> None:
        values = record.values
        self.restore(values)
        self.held_on.set_date(date.fromisoformat(values["held_on"]))
        self.village.set_code(values["village_id"] or "")
        self.roster.clear()
        for person_id in values["attendee_ids"]:
            item = QListWidgetItem(record.labels.get(person_id, person_id[:8]))
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.roster.addItem(item)
        self.headcount.setValue(int(values["headcount"]))


class ResourceForm(_DomainItems, RecordForm):
    FORM_NAME = "resource_link"
    KIND = "resource_link"

    def build(self) -> None:
        self.linked_on = self.add_row(lambda: self.tr("&Date"), "linked_on", DateField())
        self.build_domain(self, with_items=False)
        self.source = self.add_row(lambda: self.tr("So&urce"), "source_code", CodeCombo())
        self.context.query(ui_queries.labels, "resource_source", on_result=self.source.set_choices)
        self.provider = self.add_row(lambda: self.tr("&Provider"), "provider_name", QLineEdit())
        self.household = self.add_row(lambda: self.tr("For &household"), "household_id",
                                      HouseholdPicker(self.context))
        self.household.refresh("")
        self.person = self.add_row(lambda: self.tr("Or for a p&erson"), "person_id",
                                   PersonPicker(self.context))
        self.person.refresh("")
        self.money = self.add_row(lambda: self.tr("&Money (yuan)"), "money", QLineEdit())
        self.in_kind = self.add_row(lambda: self.tr("&Goods in kind"), "in_kind_description", QLineEdit())
        self.in_kind_value = self.add_row(lambda: self.tr("V&alue of goods (yuan)"), "in_kind_value",
                                          QLineEdit())
        self.notes = self.add_row(lambda: self.tr("&Notes"), "notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.resize(560, 680)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New resource link"))
        self.provider.setPlaceholderText(self.tr("Who gave it (company, charity, office)"))
        self.money.setPlaceholderText(self.tr("e.g. 500 or 1200.50"))
        super().retranslate()

    def submit(self):
        return records.link_resource, ResourceLinkInput(
            linked_on=self.linked_on.value(), domain_code=self.domain.code(),
            source_code=self.source.code(), provider_name=self.provider.text(),
            household_id=self.household.current_id() or None,
            person_id=self.person.current_id() or None, money=self.money.text(),
            in_kind_description=self.in_kind.text(), in_kind_value=self.in_kind_value.text(),
            notes=self.notes.toPlainText())

    def payload(self) -> dict:
        return {"linked_on": self.linked_on.iso(), "household_id": self.household.current_id(),
                "domain_code": self.domain.code(), "source_code": self.source.code(),
                "provider_name": self.provider.text(), "money": self.money.text(),
                "in_kind_description": self.in_kind.text(), "in_kind_value": self.in_kind_value.text(),
                "notes": self.notes.toPlainText()}

    def has_content(self) -> bool:
        p = self.payload()
        return bool(p["provider_name"] or p["money"] or p["in_kind_description"] or p["notes"])

    def restore(self, payload: dict) -> None:
        self.linked_on.set_date(date.fromisoformat(payload.get("linked_on") or date.today().isoformat()))
        self.household.preselect = payload.get("household_id", "")
        if not self.household.select_id(self.household.preselect):
            self.household.list.setCurrentRow(-1)
        self.domain.set_code(payload.get("domain_code", ""))
        self.source.set_code(payload.get("source_code", ""))
        self.provider.setText(payload.get("provider_name", ""))
        self.money.setText(payload.get("money", ""))
        self.in_kind.setText(payload.get("in_kind_description", ""))
        self.in_kind_value.setText(payload.get("in_kind_value", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def undo_of(self):
        return (lambda ws, result: corrections.undo_new_record(ws, "resource_link", result[0]),
                self.tr("Resource link saved"))

    def edit_title(self) -> str:
        return self.tr("Resource link")

    def load(self, record) -> None:
        values = record.values
        self.linked_on.set_date(date.fromisoformat(values["linked_on"]))
        self.set_domain_and_items(values["domain_code"], [])
        self.source.set_code(values["source_code"])
        self.provider.setText(values["provider_name"])
        if values["household_id"]:
            self.household.preselect = values["household_id"]
            self.household.refresh("")
        if values["person_id"]:
            self.person.search.setText(record.labels.get(values["person_id"], "").split(" · ")[0])
            self.person.preselect = values["person_id"]
            self.person.refresh()
        self.money.setText(values["money"])
        self.in_kind.setText(values["in_kind_description"])
        self.in_kind_value.setText(values["in_kind_value"])
        self.notes.setPlainText(values["notes"])
