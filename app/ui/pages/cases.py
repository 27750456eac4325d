"""Case files: intake → needs assessment → service plan → services → closure.

The worker fills in each stage and moves on; the plan and the closure go to the supervisor,
who approves (the case moves on) or returns it with comments (a task on the worker's Today).
"""
from __future__ import annotations

import os

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QListWidget, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QVBoxLayout,
                               QWidget)

from app.services import cases, exports, ui_queries
from app.services.cases import CASE_STAGES
from app.progress import Cancelled
from app.reports.export import export_case
from app.reports.preview import report_language
from app.reports.text import LANGUAGE_CHOICES
from app.ui.forms.case_forms import OpenCaseForm, ReturnCaseForm, ServiceRecordForm
from app.ui.pages.base import Page, fill_table, make_table, open_keys
from app.ui.text import breakable_path, qt_translate, tr_enum, trf
from app.ui.widgets.dialogs import message_box, name_filter, save_file_name
from app.ui.widgets.fields import CodeCombo, FieldErrors
from app.ui.widgets.layout import FlowLayout, vertical_only, wrap_list, wrap_long_rows
from app.ui.widgets.progress import ProgressPanel

# the text each stage asks for, shown from that stage on
STAGE_FIELDS = (("intake_reason", "intake"), ("assessment", "assessment"),
                ("plan_goals", "planning"), ("plan_actions", "planning"),
                ("closure_summary", "closure"))


def _update_texts(workspace, case_id: str, texts: dict):
    return cases.update_case(workspace, case_id, **texts)


class CasesPage(Page):
    KINDS = frozenset({"case_file", "case_review", "case_service", "task"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_record())
        self.scope = CodeCombo()
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = make_table(6)
        self.table.itemSelectionChanged.connect(self._selected)
        # print the selected case file (PDF) for the supervisor or the archive
        self.print_language = CodeCombo()
        self._print_language_chosen = False
        self.print_language.activated.connect(lambda _i: setattr(self, "_print_language_chosen", True))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_case)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_case,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_progress = ProgressPanel()
        self.print_state = QLabel()
        self.print_state.setWordWrap(True)
        self.print_state.hide()
        self._print_dir = ""
        # after printing: the file holds personal data, unencrypted: open it, then delete it
        self.printed_path = ""
        self.open_printed = QPushButton()
        self.open_printed.clicked.connect(self.open_printed_file)
        self.delete_printed = QPushButton()
        self.delete_printed.clicked.connect(self.delete_printed_file)
        self.printed_row = QWidget()
        printed_row = QHBoxLayout(self.printed_row)
        printed_row.setContentsMargins(0, 0, 0, 0)
        printed_row.addWidget(self.open_printed)
        printed_row.addWidget(self.delete_printed)
        printed_row.addStretch(1)
        self.printed_row.hide()
        # what the last decision did ("Case 2026-0007 approved"), until another case is chosen
        self.outcome = QLabel()
        self.outcome.setObjectName("caseOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("background: #e6f4ea; padding: 6px;")
        self.outcome.hide()
        self.confirm_box: QMessageBox | None = None
        # detail
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.returned = QLabel()
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet("background: #fff3cd; padding: 6px;")
        self.errors = FieldErrors()
        self.editors: dict[str, QPlainTextEdit] = {}
        self.editor_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        wrap_long_rows(form)  # Tibetan labels: the field goes under its label, never sideways
        for name, _stage in STAGE_FIELDS:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(90)
            label = QLabel()
            label.setBuddy(editor)
            self.editors[name], self.editor_labels[name] = editor, label
            form.addRow(label, self.errors.wrap(name, editor))
        self.services = QListWidget()
        self.services.setMaximumHeight(100)
        self.reviews = QListWidget()
        self.reviews.setMaximumHeight(100)
        for view in (self.services, self.reviews):
            wrap_list(view)
        self.services_label, self.reviews_label = QLabel(), QLabel()
        self.services.itemDoubleClicked.connect(lambda _item: self.open_service())
        open_keys(self.services, self.open_service)
        self.buttons = {name: QPushButton() for name in
                        ("save", "advance", "submit", "service", "approve", "return", "history",
                         "delete")}
        self.buttons["history"].clicked.connect(self.show_history)
        self.buttons["delete"].clicked.connect(self.delete_case)
        self.buttons["save"].clicked.connect(self.save_text)
        self.buttons["advance"].clicked.connect(lambda: self._act(cases.advance_case))
        self.buttons["submit"].clicked.connect(self.submit_for_review)
        self.buttons["service"].clicked.connect(self.add_service)
        self.buttons["approve"].clicked.connect(self.approve)
        self.buttons["return"].clicked.connect(self.return_case)
        row = FlowLayout()  # the worker's five buttons are wider than the panel in Tibetan
        for button in self.buttons.values():
            row.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.returned)
        detail_layout.addLayout(form)
        detail_layout.addLayout(row)
        detail_layout.addWidget(self.services_label)
        detail_layout.addWidget(self.services)
        detail_layout.addWidget(self.reviews_label)
        detail_layout.addWidget(self.reviews)
        self.attachments_box = QVBoxLayout()  # the case file's attachments (AttachmentStrip)
        self.attachments = None
        detail_layout.addLayout(self.attachments_box)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        vertical_only(scroll)
        self.detail = detail
        self.detail_scroll = scroll
        splitter = QSplitter()
        self.splitter = splitter
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        top = QHBoxLayout()
        top.addWidget(self.head, 1)
        top.addWidget(self.scope)
        top.addWidget(self.new_button)
        top.addWidget(self.print_language)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.print_progress)
        layout.addWidget(self.print_state)
        layout.addWidget(self.printed_row)
        layout.addWidget(self.outcome)
        layout.addWidget(splitter, 1)
        self.case = None
        self._form = None
        self._select_after = ""
        self._current_id = ""  # the case chosen (by the user or after a save), set at once
        self._rows_generation = 0
        self.detail.setEnabled(False)
        self.print_button.setEnabled(False)  # until a case file is shown
        self.retranslate()

    def title(self) -> str:
        return self.tr("Case files")

    def retranslate(self) -> None:
        self.head.setText(self.tr("Case files"))
        self.new_button.setText(self.tr("&New case file"))
        scopes = [("mine", self.tr("My open cases")), ("closed", self.tr("My closed cases"))]
        if self.context.workspace is not None and self.context.workspace.is_supervisor:
            scopes = [("review", self.tr("Waiting for my review")), *scopes,
                      ("all", self.tr("All cases of the station"))]
        self.scope.set_choices(scopes)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Person"), self.tr("Domain"),
                                              self.tr("Stage"), self.tr("Review"), self.tr("Worker")])
        labels = {"intake_reason": self.tr("Intake: why the case is opened"),
                  "assessment": self.tr("Needs assessment"), "plan_goals": self.tr("Service plan: goals"),
                  "plan_actions": self.tr("Service plan: actions"),
                  "closure_summary": self.tr("Closure: summary")}
        for name, label in labels.items():
            self.editor_labels[name].setText(label)
        texts = {"save": self.tr("&Save text"), "advance": self.tr("Next s&tage"),
                 "submit": self.tr("Su&bmit for review"), "service": self.tr("Record a ser&vice"),
                 "approve": self.tr("A&pprove"), "return": self.tr("&Return with comments"),
                 "history": self.tr("&History"), "delete": self.tr("De&lete…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        from app.ui.pages.reports import language_names
        names = language_names(self)
        self.print_language.set_choices([(code, names.get(code, code))
                                         for code in LANGUAGE_CHOICES])
        self._default_print_language()
        self.print_language.setToolTip(self.tr("Language of the printed case file"))
        self.print_button.setText(self.tr("Print case &file…"))
        self.open_printed.setText(self.tr("&Open to print"))
        self.delete_printed.setText(self.tr("&Delete the file"))
        self.print_button.setToolTip(self.tr("Save the selected case file as a PDF to print (Ctrl+P)"))
        self.services_label.setText(self.tr("Services recorded"))
        self.reviews_label.setText(self.tr("Supervisor's reviews"))
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _default_print_language(self) -> None:
        """Until the user picks one, the printed case file is in the interface language."""
        workspace = self.context.workspace
        if not self._print_language_chosen and workspace is not None:
            self.print_language.set_code(report_language(workspace.language))

    def refresh(self) -> None:
        self._default_print_language()
        scope = self.scope.code() or "mine"
        stage = "closed" if scope == "closed" else ""
        self._rows_generation += 1
        generation = self._rows_generation
        self.context.query(ui_queries.case_rows, "mine" if scope == "closed" else scope, stage,
                           on_result=lambda rows: self._show_rows(rows, generation))

    def _show_rows(self, rows, generation: int | None = None) -> None:
        """The list; the case kept selected is the one asked for (a case just saved or opened
        from Today), else the one chosen before. A case that left the list (approved, returned,
        closed) is not replaced by another: nothing is selected, so no other case's buttons
        come under the pointer."""
        if generation is not None and generation != self._rows_generation:
            return  # a newer list is on its way
        self.rows = rows
        ids = [r.id for r in rows]
        wanted = self._select_after
        if wanted and wanted in ids:
            self._select_after = ""
        keep = wanted if wanted in ids else self._current_id
        self.table.blockSignals(True)
        fill_table(self.table, [(r.number, r.person, r.domain, tr_enum(r.stage),
                                 tr_enum(r.review_state), r.worker) for r in rows], ids)
        self._fit_list()
        if keep in ids:
            chosen = keep
        elif not keep and not wanted and ids:
            chosen = ids[0]  # first look at the list: the first case
        else:
            chosen = ""
        if chosen:
            self.table.selectRow(ids.index(chosen))
            self.table.scrollTo(self.table.model().index(ids.index(chosen), 0))
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        if not chosen:
            self._current_id = ""
            self.case = None
            self._clear_detail()
            return
        self._load(chosen)  # a newly chosen case, or the same one with newer data

    def _fit_list(self) -> None:
        """Every column of the list in view (the worker column was cut), up to 60 % of the
        width; the case's details take the rest."""
        header = self.table.horizontalHeader()
        need = sum(header.sectionSize(i) for i in range(header.count())) + \
            2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() + 4
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        left = min(need, int(total * 0.6))
        if self.splitter.sizes()[0] < left:
            self.splitter.setSizes([left, total - left])

    def _clear_detail(self) -> None:
        self.title_label.setText(self.tr("Choose a case file in the list."))
        self.returned.hide()
        for name in self.editors:
            self.editors[name].clear()
        for button in self.buttons.values():
            button.setVisible(False)
        self.services.clear()
        self.reviews.clear()
        self._show_attachments("")
        self.detail.setEnabled(False)
        self.print_button.setEnabled(False)  # nothing chosen: nothing to print

    def _show_attachments(self, case_id: str) -> None:
        """The attachment strip of the case shown (a new strip when the case changes)."""
        if self.attachments is not None and self.attachments.owner_id == case_id:
            return
        if self.attachments is not None:
            self.context.changed.disconnect(self.attachments._changed)
            self.attachments.deleteLater()
            self.attachments = None
        if case_id:
            from app.ui.widgets.attachments import AttachmentStrip

            self.attachments = AttachmentStrip(
                self.context, "case_file", case_id, self.detail,
                may_change=self.context.workspace.role in ("worker", "admin"))
            self.attachments_box.addWidget(self.attachments)

    def show_case(self, case_id: str) -> None:
        """Open a case from elsewhere (Today's task list)."""
        self._select_after = case_id
        self._current_id = case_id
        if self.case is not None and self.case.row.id != case_id:
            self.case = None  # until the chosen case arrives, nothing is saved into another
            self.detail.setEnabled(False)
        workspace = self.context.workspace
        self.scope.blockSignals(True)
        self.scope.set_code("all" if workspace is not None and workspace.is_supervisor else "mine")
        self.scope.blockSignals(False)
        self.refresh()

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self._select_after = ""
            self.outcome.hide()
            self._load(items[0].data(Qt.ItemDataRole.UserRole))

    def _load(self, case_id: str) -> None:
        self._current_id = case_id
        if self.case is not None and self.case.row.id != case_id:
            self.case = None  # nothing is saved into the case shown before
            self.detail.setEnabled(False)
            self.print_button.setEnabled(False)
        self.context.query(ui_queries.case_detail, case_id, on_result=self._show_detail)
        self.context.query(ui_queries.task_for_case, case_id,
                           on_result=lambda text: self._show_task(text, case_id))

    def _show_task(self, text: str, case_id: str = "") -> None:
        if case_id and case_id != self._current_id:
            return  # the answer for a case no longer chosen
        self.returned.setText(trf(self.tr("Returned by the supervisor. To fix: %1"), text))
        self.returned.setVisible(bool(text))

    def _show_detail(self, case) -> None:
        if case.row.id != self._current_id:
            return  # the answer for a case no longer chosen: never show (or save into) it
        if self.case is None or self.case.row.id != case.row.id:
            self.errors.clear()  # another case; the same case reloaded keeps its messages (a
            # refused "Next stage" arrives before the reload its saved text triggered)
        self.case = case
        row = case.row
        self.title_label.setText(trf(self.tr("%1 · %2 · %3 · stage: %4 · %5"), row.number, row.person,
                                     row.domain, tr_enum(row.stage), tr_enum(row.review_state)))
        reached = CASE_STAGES.index(row.stage)
        mine = case.worker_id == self.context.workspace.user_id
        editable = mine and row.review_state != "submitted" and row.stage != "closed"
        for name, stage in STAGE_FIELDS:
            editor = self.editors[name]
            text = case.fields.get(name, "")
            if editor.toPlainText() != text:  # the same text reloaded is no edit: a refusal
                editor.setPlainText(text)      # shown at the field stays until it is fixed
            visible = CASE_STAGES.index(stage) <= reached
            editor.setVisible(visible)
            self.editor_labels[name].setVisible(visible)
            editor.setReadOnly(not editable)
        reviewed = row.stage in ("planning", "closure")
        self.buttons["save"].setVisible(editable)
        self.buttons["advance"].setVisible(editable and not reviewed)
        self.buttons["submit"].setVisible(editable and reviewed)
        self.buttons["service"].setVisible(mine and row.stage == "service")
        self.buttons["delete"].setVisible(mine or self.context.workspace.role == "admin")
        can_review = (self.context.workspace.is_supervisor and not mine
                      and row.review_state == "submitted")
        self.buttons["approve"].setVisible(can_review)
        self.buttons["return"].setVisible(can_review)
        self.services.clear()
        for day, item, minutes, notes in case.services:
            self.services.addItem(trf(self.tr("%1 · %2 · %3 min · %4"), day.isoformat(), item, minutes, notes))
        self.reviews.clear()
        for when, reviewer, decision, comments in case.reviews:
            self.reviews.addItem(" · ".join(x for x in (when, reviewer, tr_enum(decision), comments) if x))
        self._show_attachments(row.id)
        self.detail.setEnabled(True)
        self.print_button.setEnabled(True)

    def _texts(self) -> dict:
        row = self.case.row
        reached = CASE_STAGES.index(row.stage)
        return {name: self.editors[name].toPlainText() for name, stage in STAGE_FIELDS
                if CASE_STAGES.index(stage) <= reached}

    def _failed(self, error) -> None:
        if not self.errors.show(error):
            self.context.errors.show(error, self)

    def save_text(self, then=None) -> None:
        if self.case is None:
            return
        self.errors.clear()
        self.context.op(_update_texts, self.case.row.id, self._texts(), on_error=self._failed,
                        on_result=lambda _r: then() if then else None)

    def _act(self, function) -> None:
        if self.case is None:
            return
        case_id = self.case.row.id
        if function is cases.advance_case:  # save what was typed first, then move on
            self.save_text(then=lambda: self.context.op(function, case_id, on_error=self._failed))
        else:
            self.context.op(function, case_id, on_error=self._failed)

    # -- the supervisor's decision: confirmed, then said which case it was -----------------
    def approve(self) -> None:
        """Ask first (decisions are final), then approve the case shown; say which."""
        if self.case is None:
            return
        case_id, number = self.case.row.id, self.case.row.number
        box = message_box(QMessageBox.Icon.Question, self.tr("Approve the case file"),
                          trf(self.tr("Approve case %1 (%2)? A decision cannot be taken back."),
                              number, self.case.row.person), self)
        yes = box.addButton(self.tr("A&pprove"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(None)
        box.setEscapeButton(box.buttons()[-1])
        self.confirm_box = box

        def answered(_result) -> None:
            self.confirm_box = None
            if box.clickedButton() is yes:
                self.context.op(cases.approve_case, case_id, on_error=self._failed,
                                on_result=lambda _r: self._decided(
                                    trf(self.tr("Case %1 approved."), number)))

        box.finished.connect(answered)
        box.open()

    def _decided(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()

    def submit_for_review(self) -> None:
        if self.case is None:
            return
        case_id = self.case.row.id
        self.save_text(then=lambda: self.context.op(cases.submit_case_for_review, case_id,
                                                    on_error=self._failed))

    def add_service(self) -> None:
        if self.case is not None:
            self._open(ServiceRecordForm(self.context, self, case_id=self.case.row.id,
                                         domain_code=self.case.domain_code))

    def open_service(self) -> None:
        """Double-click or Enter on a service record opens it to read or correct."""
        row = self.services.currentRow()
        if self.case is not None and 0 <= row < len(self.case.service_ids):
            self._open(ServiceRecordForm(self.context, self, domain_code=self.case.domain_code,
                                         service_id=self.case.service_ids[row]))

    def show_history(self) -> None:
        """Who changed the case file's fields and who held it when."""
        if self.case is not None:
            from app.ui.forms.record_actions import HistoryDialog

            self._history = HistoryDialog(self.context, "case_file", self.case.row.id, self)
            self._history.open()

    def delete_case(self) -> None:
        """A case file opened by mistake: deleted with a reason (the admin can restore it)."""
        if self.case is not None:
            from app.ui.forms.record_actions import DeleteDialog

            self._delete = DeleteDialog(self.context, "case_file", self.case.row.id, self)
            self._delete.open()

    def return_case(self) -> None:
        if self.case is not None:
            number = self.case.row.number
            form = ReturnCaseForm(self.context, self, record_id=self.case.row.id,
                                  case_label=f"{number} · {self.case.row.person}")
            form.saved.connect(lambda _r: self._decided(
                trf(self.tr("Case %1 returned to the worker."), number)))
            self._open(form)

    def new_record(self, person_id: str = "") -> None:
        form = OpenCaseForm(self.context, self, person_id=person_id)
        form.saved.connect(lambda result: self.select_saved(result[0]))
        self._open(form)

    def select_saved(self, case_id: str) -> None:
        """After a save: that case is chosen at once (nothing typed goes into the one shown
        before) and shown when the list comes back."""
        self.outcome.hide()
        self.show_case(case_id)

    # -- printing a case file ----------------------------------------------------------------
    def print_case(self) -> None:
        """Ctrl+P: save the selected case file as a PDF (off the GUI thread, with progress)."""
        workspace = self.context.workspace
        if self.case is None or workspace is None:
            return
        if not self._print_language_chosen:
            self.print_language.set_code(report_language(workspace.language))
        language = self.print_language.code() or "zh_CN"
        number = self.case.row.number
        folder = self._print_dir or str(exports.export_folder(workspace))  # the user's own folder
        suggested = os.path.join(folder, f"case-{number}-{language}.pdf")
        path = save_file_name(self, self.tr("Print the case file"), suggested,
                              name_filter(self.tr("PDF file"), "*.pdf"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._print_dir = os.path.dirname(path)
        if self.print_progress.progress is not None:
            self.print_progress.cancel()
        self.print_state.hide()
        self.printed_row.hide()
        progress = self.print_progress.start(trf(self.tr("Writing case file %1…"), number))
        self.context.op(export_case, number, path, language=language, progress=progress.report,
                        cancel=progress.is_cancelled, on_result=lambda _r: self._printed(path, progress),
                        on_error=lambda error: self._print_failed(error, progress))

    def _printed(self, path: str, progress) -> None:
        if self.print_progress.progress is progress:
            self.print_progress.finish()
        self.printed_path = path
        self.print_state.setText(trf(self.tr("Case file saved to %1 — open it to print."),
                                     breakable_path(path))
                                 + "\n" + qt_translate("Core", exports.PERSONAL_DATA_WARNING))
        self.print_state.setToolTip(path)
        self.print_state.show()
        self.printed_row.show()

    def open_printed_file(self) -> None:
        if self.printed_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.printed_path))

    def delete_printed_file(self) -> None:
        """Delete the printed file (off the GUI thread; audited)."""
        path = self.printed_path
        if not path:
            return

        def deleted(_path) -> None:
            self.printed_path = ""
            self.printed_row.hide()
            self.print_state.setToolTip("")
            self.print_state.setText(trf(self.tr("Deleted %1."), breakable_path(path)))

        self.context.op(exports.delete_export, path, on_result=deleted,
                        on_error=lambda error: self.context.errors.show(error, self))

    def _print_failed(self, error, progress) -> None:
        if self.print_progress.progress is progress:
            self.print_progress.finish()
        if isinstance(error, Cancelled):
            self.print_state.setToolTip("")
            self.print_state.setText(self.tr("Cancelled. No file was written."))
            self.print_state.show()
            return
        self.context.errors.show(error, self)

    def _open(self, form) -> None:
        self._form = form
        form.open()
