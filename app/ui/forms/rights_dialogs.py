"""People's rights from a person's row (issue 19): answer an access request (JSON + PDF in
the person's language), erase the person's data on a lawful ground (confirmed), record
consent. Each runs its use case through `context.op` on the background runner; errors show
by their field, or through the error presenter."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from app.errors import TRANSLATION_CONTEXT
from app.services import access_request, consent, erasure, retention, settings
from app.ui.context import AppContext
from app.ui.text import breakable_path, trf
from app.ui.widgets.fields import FieldErrors


def _core(source: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, source)


class _RightsDialog(QDialog):
    """A label, a form, OK/Cancel; `run()` starts the op; `done_text` is shown after."""

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.errors = FieldErrors()
        self.person = QLabel()  # whom the dialog acts on, as the list shows them
        self.person.setWordWrap(True)
        self.person.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.person.font()
        bold.setBold(True)
        self.person.setFont(bold)
        self.person.hide()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.form = QFormLayout()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self._start)
        self.cancel_button.clicked.connect(self.reject)
        for label in (self.person, self.label, self.result_label):
            label.setContentsMargins(0, 0, 3, 0)  # a Tibetan stack's ink ending a line
        layout = QVBoxLayout(self)
        layout.addWidget(self.person)
        layout.addWidget(self.label)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def name_person(self, text: str) -> None:
        """Show whom this acts on (the person's line in the list: names, relation …)."""
        self.person.setText(text)
        self.person.setVisible(bool(text))

    def _start(self) -> None:
        self.errors.clear()
        self.ok_button.setEnabled(False)
        self.run()

    def run(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def _failed(self, error) -> None:
        self.ok_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.errors.show(error, self)
        self.grow_to_content()

    def grow_to_content(self) -> None:
        """Taller (never narrower) when a message appears, so every wrapped line shows —
        Tibetan takes more lines — within the screen (it was cut at 1366×768)."""
        from app.ui.screen import fit_to_screen

        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if need > self.height():
            fit_to_screen(self, self.width(), need)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError


class AccessRequestDialog(_RightsDialog):
    """Write everything held about the person (JSON and PDF) into the export folder."""

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(context, person_id, parent)
        self.language = QComboBox()
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.form.addRow(self.language_label, self.errors.wrap("language", self.language))
        self.result = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Access request"))
        self.label.setText(self.tr("Everything this station holds about the person is written "
                                   "as a PDF (in the person's language) and a JSON file into "
                                   "your export folder. The request is recorded in the audit "
                                   "log."))
        self.language_label.setText(self.tr("&Language of the person"))
        current = self.language.currentData()
        self.language.clear()
        self.language.addItem(self.tr("Chinese"), "zh_CN")
        self.language.addItem(self.tr("Tibetan"), "bo")
        if current:
            self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.ok_button.setText(self.tr("&Write the answer"))
        self.cancel_button.setText(self.tr("Close"))

    def run(self) -> None:
        self.context.op(access_request.answer_access_request, self.person_id,
                        self.language.currentData(), on_result=self._written,
                        on_error=self._failed)

    def _written(self, result) -> None:
        self.result = result
        self.ok_button.setEnabled(True)
        # the paths break after each folder (a long path was cut); the exact paths are the
        # tooltip
        self.result_label.setText(trf(self.tr("Written: %1 and %2. These files hold personal "
                                              "data and are not encrypted: give them to the "
                                              "person, then delete them."),
                                      breakable_path(result.pdf_path),
                                      breakable_path(result.json_path)))
        self.result_label.setToolTip(f"{result.pdf_path}\n{result.json_path}")
        self.result_label.show()
        self.grow_to_content()


class ErasureDialog(_RightsDialog):
    """Choose the lawful ground, tick the confirmation, erase."""

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(context, person_id, parent)
        self.ground = QComboBox()
        self.ground_label = QLabel()
        self.ground_label.setBuddy(self.ground)
        self.confirm = QCheckBox()
        self.form.addRow(self.ground_label, self.errors.wrap("ground", self.ground))
        self.form.addRow(self.errors.wrap("confirmed", self.confirm))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase personal data"))
        self.label.setText(self.tr("The person's personal data is removed from this computer, "
                                   "from the county and from the station's other computers, "
                                   "with every old version. Only anonymous figures for the "
                                   "monthly reports and a note that an erasure was made are "
                                   "kept. Backups made before today still hold the data: see "
                                   "the user guide."))
        self.ground_label.setText(self.tr("Lawful &ground"))
        current = self.ground.currentData()
        self.ground.clear()
        for code, source in erasure.erasure_grounds():
            self.ground.addItem(_core(source), code)
        if current:
            self.ground.setCurrentIndex(max(0, self.ground.findData(current)))
        self.confirm.setText(self.tr("I &understand that this cannot be undone"))
        self.ok_button.setText(self.tr("&Erase"))
        self.cancel_button.setText(self.tr("Cancel"))

    def run(self) -> None:
        self.context.op(erasure.erase_person, self.person_id, self.ground.currentData(),
                        confirmed=self.confirm.isChecked(), on_result=lambda _r: self.accept(),
                        on_error=self._failed)


class ConsentDialog(_RightsDialog):
    """Who gave consent, on which day, for what."""

    def __init__(self, context: AppContext, person_id: str, parent: QWidget | None = None):
        super().__init__(context, person_id, parent)
        self.given_by = QComboBox()
        self.given_by_label = QLabel()
        self.given_by_label.setBuddy(self.given_by)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.given_on_label = QLabel()
        self.given_on_label.setBuddy(self.given_on)
        self.purposes = {code: QCheckBox() for code in consent.PURPOSE_TEXT}
        purpose_box = QWidget()
        purpose_layout = QVBoxLayout(purpose_box)
        purpose_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.purposes.values():
            purpose_layout.addWidget(box)
        self.purposes_label = QLabel()
        self.form.addRow(self.given_by_label, self.errors.wrap("given_by", self.given_by))
        self.form.addRow(self.given_on_label, self.errors.wrap("given_on", self.given_on))
        self.form.addRow(self.purposes_label, self.errors.wrap("purposes", purpose_box))
        self.retranslate()
        context.query(consent.consent_of, person_id, on_result=self._loaded)

    def _loaded(self, data: consent.ConsentInput) -> None:
        self.given_by.setCurrentIndex(max(0, self.given_by.findData(data.given_by)))
        if isinstance(data.given_on, date):
            self.given_on.setDate(QDate(data.given_on.year, data.given_on.month,
                                        data.given_on.day))
        for code, box in self.purposes.items():
            box.setChecked(code in data.purposes)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent"))
        self.label.setText(self.tr("Record who agreed to the station keeping this person's "
                                   "data, when, and for what. For a child under 14, a "
                                   "guardian consents."))
        self.given_by_label.setText(self.tr("Given &by"))
        self.given_on_label.setText(self.tr("Given &on"))
        self.purposes_label.setText(self.tr("For"))
        current = self.given_by.currentData()
        self.given_by.clear()
        self.given_by.addItem(self.tr("Not recorded"), "")
        for code, source in consent.GIVER_TEXT.items():
            self.given_by.addItem(_core(source), code)
        if current is not None:
            self.given_by.setCurrentIndex(max(0, self.given_by.findData(current)))
        for code, box in self.purposes.items():
            box.setText(_core(consent.PURPOSE_TEXT[code]))
        self.ok_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def run(self) -> None:
        chosen = [code for code, box in self.purposes.items() if box.isChecked()]
        data = consent.ConsentInput(self.given_by.currentData() or "",
                                    self.given_on.date().toString("yyyy-MM-dd"), chosen)
        self.context.op(consent.set_consent, self.person_id, data,
                        on_result=lambda _r: self.accept(), on_error=self._failed)


class DueForReviewDialog(QDialog):
    """The retention policy (the admin sets it) and the records due for review; a person
    decides for each: erase it (a person) or delete it with a reason (a case file)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        from app.ui.pages.base import make_table

        super().__init__(parent)
        self.context = context
        self.errors = FieldErrors()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.years = {key: QSpinBox() for key in retention.POLICY_KEYS}
        self.year_labels = {key: QLabel() for key in retention.POLICY_KEYS}
        form = QFormLayout()
        for key, box in self.years.items():
            box.setRange(0, 50)
            self.year_labels[key].setBuddy(box)
            form.addRow(self.year_labels[key], self.errors.wrap(key, box))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_policy)
        self.table = make_table(4)
        self.erase_button, self.delete_button = QPushButton(), QPushButton()
        self.erase_button.clicked.connect(self.erase_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for button in (self.erase_button, self.delete_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.rows: list[retention.DueRecord] = []
        self._update_actions()
        self.resize(760, 520)
        admin = context.workspace is not None and context.workspace.role == "admin"
        for widget in (*self.years.values(), self.save_button):
            widget.setEnabled(admin)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Due for review"))
        self.label.setText(self.tr("The station's retention policy lists records kept longer "
                                   "than it says. Nothing is deleted by this list: decide for "
                                   "each record. 0 years switches a rule off."))
        self.year_labels["retention_closed_case_years"].setText(
            self.tr("Closed &case files, after years"))
        self.year_labels["retention_inactive_person_years"].setText(
            self.tr("&People with nothing recorded, after years"))
        self.save_button.setText(self.tr("&Save the policy"))
        self.erase_button.setText(self.tr("&Erase the person…"))
        self.delete_button.setText(self.tr("&Delete the case file…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([self.tr("Last recorded"), self.tr("Kind"),
                                              self.tr("Record"), self.tr("Why")])

    def refresh(self) -> None:
        self.context.query(retention.retention_policy, on_result=self._policy)
        self.context.query(retention.due_for_review, on_result=self._show,
                           on_error=lambda error: self.context.errors.show(error, self))

    def _policy(self, policy: dict) -> None:
        for key, box in self.years.items():
            box.setValue(int(policy.get(key, 0)))

    def _show(self, rows) -> None:
        from app.ui.pages.base import fill_table

        self.rows = list(rows)
        kinds = {"case_file": self.tr("Case file"), "person": self.tr("Person")}
        fill_table(self.table, [(str(r.last), kinds.get(r.kind, r.kind), r.label,
                                 _core(retention.REASONS[r.reason]).replace("%1", str(r.years)))
                                for r in self.rows], [r.id for r in self.rows])
        self._update_actions()

    def _update_actions(self) -> None:
        """Erase for a chosen person, delete for a chosen case file; nothing chosen (or the
        record just decided on, gone from the list): neither."""
        row = self._current()
        self.erase_button.setEnabled(row is not None and row.kind == "person")
        self.delete_button.setEnabled(row is not None and row.kind == "case_file")

    def save_policy(self) -> None:
        self.errors.clear()
        for key, box in self.years.items():
            self.context.op(settings.set_setting, key, box.value(),
                            on_result=lambda _r: self.refresh(), on_error=self._failed)

    def _failed(self, error) -> None:
        if not self.errors.show(error):
            self.context.errors.show(error, self)

    def _current(self):
        row = self.table.currentRow()
        if not self.table.selectionModel().isRowSelected(row, self.table.rootIndex()):
            return None
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def erase_selected(self) -> None:
        row = self._current()
        if row is not None and row.kind == "person":
            self._dialog = ErasureDialog(self.context, row.id, self)
            self._dialog.accepted.connect(self.refresh)
            self._dialog.open()

    def delete_selected(self) -> None:
        from app.ui.forms.record_actions import DeleteDialog

        row = self._current()
        if row is not None and row.kind == "case_file":
            self._dialog = DeleteDialog(self.context, "case_file", row.id, self)
            self._dialog.accepted.connect(self.refresh)
            self._dialog.open()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
