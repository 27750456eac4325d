"""A new household (with its head), a new member, a person's details; likely duplicates are
shown in the form before anything is created, and the worker chooses."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.errors import UserError
from app.services import corrections, household_facts, households, ui_queries
from app.services.households import HouseholdInput, PersonInput
from app.ui.forms.base import RecordForm
from app.ui.text import tr_enum
from app.ui.widgets.fields import CheckList, CodeCombo, DateField, WrappingLabel
from app.ui.widgets.pickers import HouseholdPicker
from app.ui.qtfix import emit
from app.ui.widgets.layout import wrap_list

SEX_CODES = ("U", "F", "M")
RELATION_CODES = ("head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other")


class DuplicatePanel(QWidget):
    """'These people are already registered' with two clear ways on."""

    create_anyway = Signal()
    use_existing = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = WrappingLabel()
        self.title.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.list = QListWidget()
        self.list.setMaximumHeight(120)
        wrap_list(self.list)
        self.create_button = QPushButton()
        self.use_button = QPushButton()
        self.create_button.clicked.connect(self.create_anyway)
        self.use_button.clicked.connect(self._use)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This person may already be registered. Please check:"))
        self.create_button.setText(self.tr("It is a different person: create"))
        self.use_button.setText(self.tr("Open the registered person"))

    def show_candidates(self, candidates) -> None:
        reasons = {"id_number": self.tr("same ID number"),
                   "name_and_birth": self.tr("same name and birth year"),
                   "name_match": self.tr("same name")}
        self.list.clear()
        for c in candidates:
            text = " · ".join(x for x in (c.name_zh, c.name_bo, c.birth_date, c.id_number,
                                          reasons.get(c.reason, "")) if x)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.person_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.show()
        self.use_button.setFocus()

    def _use(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            emit(self.use_existing, item.data(Qt.ItemDataRole.UserRole))


def _region_known(_workspace, code: str) -> bool:
    from app.validation.id_number import region_is_known

    return region_is_known(code)


class _PersonFields:
    """The person rows shared by the household and member forms."""

    def build_person(self, form: RecordForm, with_relation: bool, with_phone: bool) -> None:
        self.name_zh = form.add_row(lambda: self.tr("Name (C&hinese)"), "name_zh", QLineEdit())
        self.name_bo = form.add_row(lambda: self.tr("Name (&Tibetan)"), "name_bo", QLineEdit())
        self.name_latin = form.add_row(lambda: self.tr("Name (Lati&n letters)"), "name_latin", QLineEdit())
        self.sex = form.add_row(lambda: self.tr("Se&x"), "sex", CodeCombo())
        self.birth = form.add_row(lambda: self.tr("&Birth date"), "birth_date", QLineEdit())
        self.id_number = form.add_row(lambda: self.tr("&ID number"), "id_number", QLineEdit())
        self.relation = form.add_row(lambda: self.tr("&Relation to head"), "relation", CodeCombo()) \
            if with_relation else None
        self.person_phone = form.add_row(lambda: self.tr("&Phone"), "phone", QLineEdit()) \
            if with_phone else None
        self.groups = form.add_row(lambda: self.tr("Target &groups"), "target_groups", CheckList())
        self.groups.setMinimumHeight(90)
        form.context.query(ui_queries.labels, "target_group", on_result=self.groups.set_choices)

    def retranslate_person(self, form: RecordForm) -> None:
        self.sex.set_choices([(c, tr_enum(c)) for c in SEX_CODES])
        if self.relation is not None:  # no default: a second head is never made silently
            self.relation.set_choices([(c, tr_enum(c)) for c in RELATION_CODES],
                                      blank=self.tr("Choose the relation"))
        self.birth.setPlaceholderText(self.tr("e.g. 1958-03-07, 1958-03 or 1958"))
        self.id_number.setPlaceholderText(self.tr("18 digits (the last may be X)"))

    def _flag_region(self, number: str) -> None:
        from app.validation.id_number import UNKNOWN_REGION_NOTE

        self.errors.show(UserError(UNKNOWN_REGION_NOTE, number[:6], field="id_number"))

    def person_input(self) -> PersonInput:
        return PersonInput(
            name_zh=self.name_zh.text(), name_bo=self.name_bo.text(), name_latin=self.name_latin.text(),
            sex=self.sex.code() or "U", birth_date=self.birth.text(), id_number=self.id_number.text(),
            relation=(self.relation.code() or "") if self.relation is not None else "head",
            phone=self.person_phone.text() if self.person_phone is not None else "",
            target_groups=self.groups.codes())

    def person_payload(self) -> dict:
        data = vars(self.person_input()).copy()
        data["target_groups"] = list(data["target_groups"])
        return data

    def restore_person(self, data: dict) -> None:
        self.name_zh.setText(data.get("name_zh", ""))
        self.name_bo.setText(data.get("name_bo", ""))
        self.name_latin.setText(data.get("name_latin", ""))
        self.sex.set_code(data.get("sex", "U"))
        self.birth.setText(data.get("birth_date", ""))
        self.id_number.setText(data.get("id_number", ""))
        number = (data.get("id_number") or "").strip()
        if number and getattr(self, "record_id", ""):  # a stored record: flag, never refuse
            self.context.query(_region_known, number[:6],
                               on_result=lambda known: known or self._flag_region(number))
        if self.relation is not None:
            self.relation.set_code(data.get("relation", ""))
        if self.person_phone is not None:
            self.person_phone.setText(data.get("phone", ""))
        self.groups.set_codes(data.get("target_groups", []))


class _DuplicateChecked(RecordForm):
    """Looks for likely duplicates before creating; the worker chooses."""

    open_person = Signal(str)

    def build_duplicates(self) -> None:
        self.duplicates = DuplicatePanel()
        self.layout().insertWidget(1, self.duplicates)
        self.duplicates.create_anyway.connect(self._create_anyway)
        self.duplicates.use_existing.connect(self._use_existing)
        self._checked_for = None

    def save(self) -> None:
        person = self.person_input()
        key = (person.name_zh, person.name_bo, person.name_latin, person.id_number, person.birth_date)
        if self._checked_for == key:
            super().save()
            return
        self.context.query(households.find_possible_duplicates, person,
                           on_result=lambda found: self._duplicates_found(key, found))

    def _duplicates_found(self, key, found) -> None:
        self._checked_for = key
        if found:
            self.duplicates.show_candidates(found)
        else:
            super().save()

    def _create_anyway(self) -> None:
        self.duplicates.hide()
        super().save()

    def _use_existing(self, person_id: str) -> None:
        emit(self.open_person, person_id)
        self._forget()
        self.done(0)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "duplicates"):
            self.duplicates.retranslate()


class HouseholdForm(_PersonFields, _DuplicateChecked):
    FORM_NAME = "household"

    def build(self) -> None:
        self.village = self.add_row(lambda: self.tr("&Village"), "village_id", CodeCombo(blank="-"))
        self.context.query(ui_queries.village_choices, on_result=self.village.set_choices)
        self.address = self.add_row(lambda: self.tr("&Address"), "address_zh", QLineEdit())
        self.address_bo = self.add_row(lambda: self.tr("Address (Tibetan)"), "address_bo", QLineEdit())
        self.phone = self.add_row(lambda: self.tr("&Phone"), "phone", QLineEdit())
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.heading)
        self.build_person(self, with_relation=False, with_phone=False)
        self.build_duplicates()
        self.resize(560, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New household"))
        self.village.set_blank_text(self.tr("Choose the village"))
        self.heading.setText(self.tr("Head of household"))
        self.retranslate_person(self)
        super().retranslate()

    def submit(self):
        household = HouseholdInput(village_id=self.village.code(), address_zh=self.address.text(),
                                   address_bo=self.address_bo.text(), phone=self.phone.text())
        return households.create_household, household, [self.person_input()]

    def payload(self) -> dict:
        return {"village_id": self.village.code(), "address_zh": self.address.text(),
                "address_bo": self.address_bo.text(), "phone": self.phone.text(),
                "person": self.person_payload()}

    def has_content(self) -> bool:
        p = self.payload()
        return bool(p["address_zh"] or p["address_bo"] or p["phone"] or p["person"]["name_zh"]
                    or p["person"]["name_bo"] or p["person"]["id_number"])

    def restore(self, payload: dict) -> None:
        self.village.set_code(payload.get("village_id", ""))
        self.address.setText(payload.get("address_zh", ""))
        self.address_bo.setText(payload.get("address_bo", ""))
        self.phone.setText(payload.get("phone", ""))
        self.restore_person(payload.get("person", {}))


class PersonForm(_PersonFields, _DuplicateChecked):
    """Add a member to a household (record_id "") or edit a person (record_id = person id)."""

    FORM_NAME = "person"
    KIND = "person"

    def __init__(self, context, parent=None, household_id: str = "", person: object = None,
                 person_data: dict | None = None, record_id: str = "") -> None:
        self.household_id = household_id
        self._initial = person_data
        super().__init__(context, parent, record_id=record_id)

    def build(self) -> None:
        self.build_person(self, with_relation=True, with_phone=True)
        self.build_duplicates()
        if self._initial:
            self.restore_person(self._initial)
            self._checked_for = ()  # editing: never block on duplicates of oneself
        self.resize(520, 560)

    def save(self) -> None:
        if self.record_id:
            RecordForm.save(self)
        else:
            super().save()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Person") if self.record_id else self.tr("New household member"))
        self.retranslate_person(self)
        super().retranslate()

    def submit(self):
        if self.record_id:
            return households.update_person, self.record_id, self.person_input()
        return households.add_person, self.household_id, self.person_input()

    def payload(self) -> dict:
        return {"household_id": self.household_id, **self.person_payload()}

    def has_content(self) -> bool:
        p = self.person_payload()
        return bool(p["name_zh"] or p["name_bo"] or p["id_number"]) and not self.record_id

    def restore(self, payload: dict) -> None:
        if not self.record_id:
            self.restore_person(payload)

    def edit_title(self) -> str:
        return self.tr("Person")

    def load(self, record) -> None:
        self.restore_person(record.values)
        self._checked_for = ()

    def undo_of(self):
        if self.record_id:
            return None
        return (lambda ws, result: corrections.undo_new_record(ws, "person", result[0]),
                self.tr("Person added"))


class HouseholdEditForm(RecordForm):
    """Open a saved household to correct its village, address, phone and notes (members are
    opened one by one from the household's list)."""

    FORM_NAME = "household_edit"
    KIND = "household"

    def build(self) -> None:
        self.village = self.add_row(lambda: self.tr("&Village"), "village_id", CodeCombo(blank="-"))
        self.context.query(ui_queries.village_choices, on_result=self.village.set_choices)
        self.address = self.add_row(lambda: self.tr("&Address"), "address_zh", QLineEdit())
        self.address_bo = self.add_row(lambda: self.tr("Address (Tibetan)"), "address_bo", QLineEdit())
        self.phone = self.add_row(lambda: self.tr("&Phone"), "phone", QLineEdit())
        self.notes = self.add_row(lambda: self.tr("&Notes"), "notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.resize(520, 420)

    def retranslate(self) -> None:
        self.village.set_blank_text(self.tr("Choose the village"))
        super().retranslate()

    def edit_title(self) -> str:
        return self.tr("Household")

    def submit(self):
        return households.update_household, self.record_id, HouseholdInput(
            village_id=self.village.code(), address_zh=self.address.text(),
            address_bo=self.address_bo.text(), phone=self.phone.text(),
            notes=self.notes.toPlainText())

    def payload(self) -> dict:
        return {"village_id": self.village.code(), "address_zh": self.address.text(),
                "address_bo": self.address_bo.text(), "phone": self.phone.text(),
                "notes": self.notes.toPlainText()}

    def restore(self, payload: dict) -> None:
        self.village.set_code(payload.get("village_id", ""))
        self.address.setText(payload.get("address_zh", ""))
        self.address_bo.setText(payload.get("address_bo", ""))
        self.phone.setText(payload.get("phone", ""))
        self.notes.setPlainText(payload.get("notes", ""))


class MovePersonDialog(RecordForm):
    """Move a person to another household, with their relation there (never a second head)."""

    FORM_NAME = "move_person"

    def __init__(self, context, parent=None, person_id: str = "") -> None:
        self.person_id = person_id
        super().__init__(context, parent)

    def build(self) -> None:
        self.household = self.add_row(lambda: self.tr("To &household"), "household_id",
                                      HouseholdPicker(self.context))
        self.household.refresh("")
        self.relation = self.add_row(lambda: self.tr("&Relation to head"), "relation", CodeCombo())
        self.resize(520, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move to another household"))
        self.relation.set_choices([(c, tr_enum(c)) for c in RELATION_CODES if c != "head"],
                                  blank=self.tr("Choose the relation"))
        super().retranslate()

    def submit(self):
        return (household_facts.move_person, self.person_id, self.household.current_id(),
                self.relation.code())

    def has_content(self) -> bool:
        return False


class PersonStatusDialog(RecordForm):
    """Record that a person died or moved away on a date (not a deletion), or lives here again."""

    FORM_NAME = "person_status"

    def __init__(self, context, parent=None, person_id: str = "") -> None:
        self.person_id = person_id
        super().__init__(context, parent)

    def build(self) -> None:
        self.status = self.add_row(lambda: self.tr("&What happened"), "status", CodeCombo())
        self.on = self.add_row(lambda: self.tr("&Date"), "status_on", DateField())
        self.resize(420, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Died or moved away"))
        self.status.set_choices([("deceased", self.tr("Died")),
                                 ("moved_away", self.tr("Moved away")),
                                 ("", self.tr("Lives here (again)"))])
        super().retranslate()

    def submit(self):
        return (household_facts.set_person_status, self.person_id, self.status.code(),
                self.on.value())

    def has_content(self) -> bool:
        return False
