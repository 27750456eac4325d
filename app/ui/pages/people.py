"""Households and people: search as you type (Chinese, pinyin, initials, Tibetan, Wylie, ID
number) with filters, over a lazy SQL-backed list; the selected person's household beside it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from app.services import household_facts, sensitivity, ui_queries
from app.services.queries import PeopleFilter
from app.ui.fonts import fit_columns, keep_rows_tall
from app.ui.forms.people_forms import (HouseholdEditForm, HouseholdForm, MovePersonDialog,
                                      PersonForm, PersonStatusDialog)
from app.ui.models.people_model import PAGE_SIZE, PeopleModel
from app.ui.pages.base import Page, open_keys
from app.ui.text import count_text, tr_enum, trf
from app.ui.widgets.fields import CodeCombo, DateField, WrappingLabel
from app.ui.widgets.search import SearchLine
from app.ui.qtfix import emit
from app.ui.widgets.layout import wrap_list


ANY_DATE = QDate(2000, 1, 1)  # the earliest record date; shown as "Any date"


class OptionalDateField(DateField):
    """A date edit whose lowest value means "any date" (shown with the special text). From
    "any date", the arrow keys and the calendar start at today; Delete goes back to any date.
    The date is taken when editing is finished (Enter, Tab, calendar), not at every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setMinimumDate(ANY_DATE)
        self.setKeyboardTracking(False)
        self.clear_date()
        self.calendarWidget().installEventFilter(self)

    def clear_date(self) -> None:
        self.setDate(ANY_DATE)

    def optional_value(self) -> date | None:
        return None if self.date() == ANY_DATE else self.value()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.date() == ANY_DATE and steps > 0:
            self.set_date(date.today())
        else:
            super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete:
            self.clear_date()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.date() == ANY_DATE:
            today = date.today()
            watched.setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)


class PeoplePage(Page):
    KINDS = frozenset({"person", "household"})
    visit_requested = Signal(str)  # household id
    case_requested = Signal(str)  # person id

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.search = SearchLine()
        self.search.search_requested.connect(lambda _q: self.apply_filter())
        self.village, self.group, self.sex = CodeCombo(), CodeCombo(), CodeCombo()
        for combo in (self.village, self.group, self.sex):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        # what was done for the person: domain, worker, case status, visits in a date range
        self.domain, self.worker, self.status = CodeCombo(), CodeCombo(), CodeCombo()
        for combo in (self.domain, self.worker, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.visited_label, self.to_label = QLabel(), QLabel()
        self.visited_from, self.visited_to = OptionalDateField(), OptionalDateField()
        self.visited_label.setBuddy(self.visited_from)
        for field in (self.visited_from, self.visited_to):
            field.dateChanged.connect(lambda _d: self.apply_filter())
        self.clear_filters_button = QPushButton()
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.model = PeopleModel(context, self)
        self.model.counted.connect(self._counted)
        self.model.loaded.connect(self._first_page_sized)
        self.model.loaded.connect(self._keep_selection)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        keep_rows_tall(self.table)  # Tibetan names: the vowel signs above are not cut
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _old: self._selected(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        # the household of the selected person
        self.house_label = WrappingLabel()
        self.members = QListWidget()
        wrap_list(self.members)
        self.members.itemDoubleClicked.connect(lambda _item: self.edit_person(member=True))
        self.members.currentItemChanged.connect(lambda *_a: self.update_actions())
        self.add_member_button, self.edit_button = QPushButton(), QPushButton()
        self.visit_button, self.case_button = QPushButton(), QPushButton()
        self.household_button = QPushButton()
        self.household_button.clicked.connect(self.edit_household)
        self.head_button, self.move_button, self.status_button = (QPushButton(), QPushButton(),
                                                                  QPushButton())
        self.merge_person_button, self.merge_household_button = QPushButton(), QPushButton()
        # people's rights (issue 19): consent; access request and erasure (supervisor, admin)
        self.consent_button, self.access_button, self.erase_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.consent_button.clicked.connect(lambda: self.rights("consent"))
        self.access_button.clicked.connect(lambda: self.rights("access"))
        self.erase_button.clicked.connect(lambda: self.rights("erase"))
        self.merge_person_button.clicked.connect(lambda: self.merge("person"))
        self.merge_household_button.clicked.connect(lambda: self.merge("household"))
        self.head_button.clicked.connect(self.make_head)
        self.move_button.clicked.connect(self.move_member)
        self.status_button.clicked.connect(self.member_left)
        open_keys(self.table, self.edit_person)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(lambda: self.edit_person(member=True))
        self.visit_button.clicked.connect(lambda: emit(self.visit_requested, self._household_id))
        self.case_button.clicked.connect(lambda: emit(self.case_requested, self._member_id()))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.house_label)
        self.members.setMinimumHeight(110)
        side_layout.addWidget(self.members, 1)
        side_buttons = QGridLayout()  # two by two: the household list keeps its height
        for index, button in enumerate((self.add_member_button, self.edit_button,
                                        self.household_button, self.head_button,
                                        self.move_button, self.status_button,
                                        self.merge_person_button, self.merge_household_button,
                                        self.visit_button, self.case_button,
                                        self.consent_button, self.access_button,
                                        self.erase_button)):
            side_buttons.addWidget(button, index // 2, index % 2)
            button.setEnabled(False)
        side_layout.addLayout(side_buttons)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.village, self.group, self.sex):
            filters.addWidget(combo, 1)
        more_filters = QHBoxLayout()
        for combo in (self.domain, self.worker, self.status):
            more_filters.addWidget(combo, 1)
        for widget in (self.visited_label, self.visited_from, self.to_label, self.visited_to):
            more_filters.addWidget(widget)
        more_filters.addWidget(self.clear_filters_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(more_filters)
        layout.addWidget(self.count_label)
        layout.addWidget(splitter, 1)
        chain = (self.search, self.village, self.group, self.sex, self.domain, self.worker,
                 self.status, self.visited_from, self.visited_to, self.clear_filters_button,
                 self.table)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._household_id = ""
        self._person_id = ""
        self._house = None  # HouseholdRow of the chosen person's household, while it is live
        self._form = None
        self._choices_loaded = False
        self._quiet = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("Households and people")

    def retranslate(self) -> None:
        self.head.setText(self.tr("Households and people"))
        self.new_button.setText(self.tr("&New household"))
        self.search.setPlaceholderText(self.tr("Search: name, pinyin (zs), Tibetan, Wylie or ID number"))
        self.village.set_blank_text(self.tr("All villages"))
        self.group.set_blank_text(self.tr("All target groups"))
        self.sex.set_choices([("F", tr_enum("F")), ("M", tr_enum("M"))], blank=self.tr("Any sex"))
        self.domain.set_blank_text(self.tr("All service domains"))
        self.worker.set_blank_text(self.tr("All social workers"))
        self.status.set_choices([("open", self.tr("Has an open case file")),
                                 ("review", self.tr("Case file waiting for review")),
                                 ("none", self.tr("No case file"))],
                                blank=self.tr("Any case status"))
        self.visited_label.setText(self.tr("Visited &between"))
        self.to_label.setText(self.tr("and"))
        for field in (self.visited_from, self.visited_to):
            field.setSpecialValueText(self.tr("Any date"))
            field.setToolTip(self.tr("People whose household had a visit in these dates. "
                                     "Delete: any date."))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.add_member_button.setText(self.tr("&Add household member"))
        self.edit_button.setText(self.tr("&Edit person"))
        self.household_button.setText(self.tr("Edit house&hold"))
        self.head_button.setText(self.tr("Ma&ke head of household"))
        self.move_button.setText(self.tr("&Move to another household…"))
        self.status_button.setText(self.tr("Died or moved a&way…"))
        self.merge_person_button.setText(self.tr("Merge a d&uplicate into this person…"))
        self.merge_household_button.setText(self.tr("Merge a duplicate into this househ&old…"))
        self.visit_button.setText(self.tr("New &visit to this household"))
        self.consent_button.setText(self.tr("Consen&t…"))
        self.access_button.setText(self.tr("Access re&quest…"))
        self.erase_button.setText(self.tr("Erase personal &data…"))
        self.case_button.setText(self.tr("Open a &case file"))
        self._choices_loaded = False
        headers = {"name_zh": self.tr("Name"), "name_bo": self.tr("Tibetan name"),
                   "sex": self.tr("Sex"), "birth_date": self.tr("Born"),
                   "id_number": self.tr("ID number"), "village": self.tr("Village"),
                   "groups": self.tr("Target groups")}
        self.model.set_headers(headers, self.model.group_labels)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._choices_loaded = True
            self.context.query(ui_queries.village_choices, on_result=self.village.set_choices)
            self.context.query(ui_queries.labels, "target_group", on_result=self._groups_loaded)
            self.context.query(ui_queries.labels, "domain", on_result=self.domain.set_choices)
            self.context.query(ui_queries.worker_choices, on_result=self.worker.set_choices)
        self.apply_filter()

    def _groups_loaded(self, choices) -> None:
        self.group.set_choices(choices)
        self.model.set_headers(self.model._headers, dict(choices))

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(query=self.search.text().strip(),
                            village_id=self.village.code() or None,
                            target_group=self.group.code() or None,
                            sex=self.sex.code() or None,
                            domain_code=self.domain.code() or None,
                            worker_id=self.worker.code() or None,
                            case_status=self.status.code() or None,
                            visited_from=self.visited_from.optional_value(),
                            visited_to=self.visited_to.optional_value())

    def apply_filter(self) -> None:
        """Any change of the search or a filter: a new lazy query, run off the GUI thread."""
        if self._quiet:
            return
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        """Every filter back to "all" (the search text stays); one new query."""
        self._quiet = True
        try:
            for combo in (self.village, self.group, self.sex, self.domain, self.worker, self.status):
                combo.set_code("")
            for field in (self.visited_from, self.visited_to):
                field.clear_date()
        finally:
            self._quiet = False
        self.apply_filter()

    def _first_page_sized(self) -> None:
        if 0 < len(self.model.rows) <= PAGE_SIZE:  # size columns to the first page only
            fit_columns(self.table)

    def _keep_selection(self) -> None:
        """After a new search or a save: the person chosen before stays chosen (and their
        household is read again: a new member shows at once); if the list no longer has them,
        the household panel is emptied instead of showing an old household."""
        wanted = self._person_id
        for row, person in enumerate(self.model.rows):
            if person.id == wanted:
                current = self.table.currentIndex()
                if not current.isValid() or current.row() != row:
                    self.table.selectRow(row)
                else:
                    self._selected(row)
                return
        if not self.model._more:  # all rows are here and the person is not among them
            self._clear_household()
        elif self._household_id:  # perhaps on a later page: their household as it is now
            self.context.query(ui_queries.household_detail, self._household_id,
                               on_result=self._show_household)

    def _clear_household(self) -> None:
        self._person_id = ""
        self._household_id = ""
        self._house = None
        self.house_label.setText(self.tr("Choose a person in the list to see their household."))
        self.members.clear()
        self.update_actions()

    def _chosen_member(self):
        """The PersonRow the person-level buttons act on: the member chosen in the household
        list, else the person chosen in the table, if they are a live member of the household
        shown (an erased, deleted or moved person is not); None otherwise."""
        if self._house is None:
            return None
        item = self.members.currentItem()
        if item is not None:
            return item.data(Qt.ItemDataRole.UserRole)
        for row in range(self.members.count()):
            member = self.members.item(row).data(Qt.ItemDataRole.UserRole)
            if member.id == self._person_id:
                return member
        return None

    def update_actions(self) -> None:
        """Enable each button by the state of what is chosen now, every time it changes (a
        new choice, a household read again after a save, an erasure, a deletion): household
        actions while a live household is shown; person actions for a live member whom this
        user may see (a masked child's record offers none); "make head" not for the head;
        access request and erasure for supervisors and the admin only."""
        house, member = self._house, self._chosen_member()
        workspace = self.context.workspace
        trusted = workspace is not None and workspace.role in ("supervisor", "admin")
        person = member is not None and not member.masked
        states = {
            self.add_member_button: house is not None,
            self.household_button: house is not None,
            self.visit_button: house is not None,
            self.merge_household_button: house is not None,
            self.edit_button: person,
            self.head_button: person and member.relation != "head",
            self.move_button: person,
            self.status_button: person,
            self.merge_person_button: person,
            self.case_button: person,
            self.consent_button: person,
            self.access_button: person and trusted,
            self.erase_button: person and trusted,
        }
        for button, enabled in states.items():
            button.setEnabled(enabled)

    def _counted(self, count) -> None:
        """`count` is a PeopleCount: above its cap the list says "more than"; typing more narrows
        a typed search, more filters an empty one (nothing was typed to go on with)."""
        number = count_text(count.count)
        if not count.capped:
            self.count_label.setText(trf(self.tr("%1 people"), number))
        elif self.model.filters.query.strip():
            self.count_label.setText(trf(self.tr("%1+ people (more match: type more to narrow)"),
                                         number))
        else:
            self.count_label.setText(trf(self.tr("More than %1 people (choose more filters or "
                                                 "type a name to narrow the list)"), number))

    def _selected(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        person = self.model.row(row)
        self._person_id = person.id
        self._household_id = person.household_id
        self._house = None  # no button acts on the household shown before the answer comes
        self.update_actions()
        self.context.query(ui_queries.household_detail, person.household_id, on_result=self._show_household)

    def _show_household(self, detail) -> None:
        house, members = detail
        if house.id != self._household_id:
            return  # the answer for a household no longer chosen
        if not house.live:  # deleted, merged away or erased with its last member
            self._clear_household()
            return
        self._house = house
        self.members.blockSignals(True)  # one update of the buttons, once the list is full
        self.house_label.setText(trf(self.tr("Household of %1 · %2 · %3 members"),
                                     house.head, house.village, house.members))
        self.members.clear()
        for m in members:
            item = QListWidgetItem(" · ".join(x for x in (m.name_zh, m.name_bo, tr_enum(m.relation),
                                                          m.birth_date) if x))
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.members.addItem(item)
            if m.id == self._person_id:
                self.members.setCurrentItem(item)
        self.members.blockSignals(False)
        self.update_actions()

    def _member_id(self) -> str:
        item = self.members.currentItem()
        return item.data(Qt.ItemDataRole.UserRole).id if item else self._person_id

    def new_record(self) -> None:
        form = HouseholdForm(self.context, self)
        form.open_person.connect(self.show_person)
        self._open(form)

    def add_member(self) -> None:
        self._open(PersonForm(self.context, self, household_id=self._household_id))

    def edit_person(self, member: bool = False) -> None:
        item = self.members.currentItem() if member else None
        person = item.data(Qt.ItemDataRole.UserRole) if item else None
        if person is None:
            index = self.table.currentIndex()
            if not index.isValid():
                return
            person = self.model.row(index.row())
        if person.masked:  # a child's record this user may not see: say so, open nothing
            self.context.errors.show(sensitivity.refusal(), self)
            return
        data = {"name_zh": person.name_zh, "name_bo": person.name_bo, "name_latin": person.name_latin,
                "sex": person.sex, "birth_date": person.birth_date, "id_number": person.id_number,
                "relation": person.relation, "target_groups": list(person.target_groups)}
        self._open(PersonForm(self.context, self, household_id=person.household_id,
                              person_data=data, record_id=person.id))

    def edit_household(self) -> None:
        if self._household_id:
            self._open(HouseholdEditForm(self.context, self, record_id=self._household_id))

    def merge(self, kind: str) -> None:
        """Merge a duplicate into the selected person or their household (kept)."""
        from app.ui.forms.merge_form import MergeForm

        kept = self._member_id() if kind == "person" else self._household_id
        if kept:
            self._open(MergeForm(self.context, self, kind=kind, survivor_id=kept))

    def rights(self, which: str) -> None:
        """Consent, access request or erasure for the selected member."""
        from app.ui.forms.rights_dialogs import AccessRequestDialog, ConsentDialog, ErasureDialog

        person_id = self._member_id()
        dialog = {"consent": ConsentDialog, "access": AccessRequestDialog,
                  "erase": ErasureDialog}[which]
        if person_id:
            item = self.members.currentItem()
            opened = dialog(self.context, person_id, self)
            if item is not None:  # the dialog names whom it acts on (the member's line)
                opened.name_person(item.text())
            self._open(opened)

    def make_head(self) -> None:
        """The selected member becomes the head; the former head becomes "other"."""
        person_id = self._member_id()
        if person_id:
            self.context.op(household_facts.set_head, person_id,
                            on_error=lambda error: self.context.errors.show(error, self))

    def move_member(self) -> None:
        person_id = self._member_id()
        if person_id:
            self._open(MovePersonDialog(self.context, self, person_id=person_id))

    def member_left(self) -> None:
        person_id = self._member_id()
        if person_id:
            self._open(PersonStatusDialog(self.context, self, person_id=person_id))

    def show_person(self, person_id: str) -> None:
        """Show an already registered person (chosen in the duplicate warning)."""
        self.context.query(ui_queries.person_label, person_id, on_result=self._search_for)

    def _search_for(self, name: str) -> None:
        self.search.setText(name)
        self.search.flush()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open(self, form) -> None:
        self._form = form
        form.open()
