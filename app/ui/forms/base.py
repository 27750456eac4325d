"""What every record form shares: field errors, Save (Enter, Ctrl+S) and Cancel (Esc),
drafts kept in the encrypted store, and saving on a background thread.

A subclass builds its fields in `build()`, returns its service call in `submit()` as
`(function, args)`, and gives/takes plain data in `payload()` / `restore()` for drafts.

A form whose class names a record `KIND` (visit, activity …) and that is given a `record_id`
opens that saved record: its fields are loaded (`load()`), Save corrects it through the
kind's correction use case, and History and Delete (with a reason) are offered. A user who
may not change it (a supervisor, another worker) sees it read-only.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.services import attachments, corrections, drafts
from app.ui.context import AppContext
from app.ui.screen import fit_to_screen
from app.ui.widgets.fields import FieldErrors, WrappingLabel
from app.ui.qtfix import emit
from app.ui.widgets.layout import vertical_only, wrap_long_rows


class RecordForm(QDialog):
    saved = Signal(object)  # the service's result
    loaded = Signal(object)  # the EditableRecord, once an opened record's fields are filled in
    FORM_NAME = "form"
    KIND = ""  # the record kind this form can open and correct ("" = create only)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 record_id: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.errors = FieldErrors()
        self.setModal(True)
        self.draft_banner = QWidget()
        banner = QHBoxLayout(self.draft_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.draft_label = QLabel()
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_draft)
        banner.addWidget(self.draft_label, 1)
        banner.addWidget(self.discard_button)
        self.draft_banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        wrap_long_rows(self.form)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        # a modal form blocks the main window's shortcuts: lock and exit work here too
        QShortcut(QKeySequence("Ctrl+L"), self, activated=lambda: emit(context.lock_requested))
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=lambda: emit(context.exit_requested))
        fields = QWidget()
        fields.setLayout(self.form)
        scroll = QScrollArea()  # long forms scroll; Save and Cancel stay in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)
        vertical_only(scroll)  # a wide field goes under its label instead (wrap_long_rows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(scroll, 1)
        self.history_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.delete_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete_record)
        self.history_button.hide()
        self.delete_button.hide()
        self.attachments_hint = WrappingLabel()  # a new record: files are attached once it is saved
        self.attachments_hint.hide()
        layout.addWidget(self.attachments_hint)
        layout.addWidget(self.buttons)
        self._labels: list[tuple[QLabel, callable]] = []
        self._saving = False
        self.record = None  # the EditableRecord when an existing record is opened
        self.attachments = None  # the AttachmentStrip of an opened record that can have files
        self._blank: dict | None = None
        self.build()
        self.attachments_hint.setVisible(not self.editing and
                                         self.KIND in attachments.OWNER_KINDS)
        self.retranslate()
        context.draft_savers.append(self.save_draft_now)
        if self.editing:
            self.save_button.setEnabled(False)  # until the record is loaded
            context.query(corrections.record_for_edit, self.KIND, record_id,
                          on_result=self._record_loaded, on_error=self._load_refused)
        else:
            context.query(drafts.load_draft, self.FORM_NAME, record_id,
                          on_result=self._restore_draft)

    @property
    def editing(self) -> bool:
        """True when this form opened a saved record to correct it."""
        return bool(self.KIND and self.record_id)

    # -- subclass API -----------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def submit(self):
        """(service function, args...) to call with the workspace first."""
        raise NotImplementedError

    def payload(self) -> dict:
        return {}

    def restore(self, payload: dict) -> None:
        pass

    def has_content(self) -> bool:
        return any(v for v in self.payload().values())

    def undo_of(self):
        """(undo function(workspace, result), translated description) or None."""
        return None

    def load(self, record) -> None:
        """Fill the fields from a saved record (`EditableRecord`); default: as a draft."""
        self.restore(record.values)

    def edit_title(self) -> str:
        """The window title when a saved record is open."""
        return self.windowTitle()

    # -- an opened record -------------------------------------------------------------------
    def _record_loaded(self, record) -> None:
        self.record = record
        self.load(record)
        self.history_button.show()
        self.delete_button.setVisible(record.may_edit)
        self.save_button.setEnabled(record.may_edit)
        self.save_button.setVisible(record.may_edit)
        self._add_attachments()
        self.retranslate()
        emit(self.loaded, record)
        if record.may_edit:  # a draft of a correction left open when the screen locked
            self.context.query(drafts.load_draft, self.FORM_NAME, self.record_id,
                               on_result=self._restore_draft)

    def _load_refused(self, error: BaseException) -> None:
        """The record cannot be opened (a child's record this user may not see, or it is
        gone): no half-open form; it closes and the reason is shown."""
        self.reject()
        self.context.errors.show(error, self.parentWidget())

    def _add_attachments(self) -> None:
        """Photos, scans and PDFs of an opened person, household, visit, service record or
        resource link, above the buttons."""
        if self.attachments is not None or self.KIND not in attachments.OWNER_KINDS:
            return
        from app.ui.widgets.attachments import AttachmentStrip

        self.attachments = AttachmentStrip(
            self.context, self.KIND, self.record_id, self,
            may_change=self.context.workspace.role in ("worker", "admin"))
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.attachments)

    def _forget_attachments(self) -> None:
        if self.attachments is not None:
            try:
                self.context.changed.disconnect(self.attachments._changed)
            except (RuntimeError, TypeError):
                pass

    def show_history(self) -> None:
        from app.ui.forms.record_actions import HistoryDialog

        self._history = HistoryDialog(self.context, self.KIND, self.record_id, self)
        self._history.open()

    def delete_record(self) -> None:
        from app.ui.forms.record_actions import DeleteDialog

        self._delete = DeleteDialog(self.context, self.KIND, self.record_id, self)
        self._delete.accepted.connect(self._deleted)
        self._delete.open()

    def _deleted(self) -> None:
        self.context.op(drafts.discard_draft, self.FORM_NAME, self.record_id,
                        on_error=self.context.errors.notify)
        self._forget()
        self.accept()

    # -- rows with translatable labels ------------------------------------------------------
    def add_row(self, label_source, name: str, widget: QWidget, *aliases: str) -> QWidget:
        label = QLabel()
        label.setBuddy(widget)
        self._labels.append((label, label_source))
        self.form.addRow(label, self.errors.wrap(name, widget, *aliases))
        return widget

    def retranslate(self) -> None:
        for label, source in self._labels:
            label.setText(source())
        self.draft_label.setText(self.tr("Your unsaved draft was restored."))
        self.attachments_hint.setText(self.tr("Photos, scans and PDFs can be attached once this "
                                              "is saved: open it again to attach them."))
        self.discard_button.setText(self.tr("Discard draft"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel") if self.record is None or
                                   self.record.may_edit else self.tr("Close"))
        self.history_button.setText(self.tr("Histor&y"))  # Alt+H is the form's "&Household"
        self.delete_button.setText(self.tr("De&lete…"))
        if self.editing:
            self.setWindowTitle(self.edit_title())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        try:
            call = self.submit()
        except Exception as error:  # noqa: BLE001 - a form-side check (UserError with field)
            self._failed(error)
            return
        if call is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        function, *args = call
        if self.editing and self.KIND in corrections.UPDATERS:  # correct, not create
            function, args = corrections.UPDATERS[self.KIND], [self.record_id, args[-1]]
        undo = None if self.editing else self.undo_of()
        self.context.op(function, *args, on_result=self._saved, on_error=self._failed,
                        undo=undo[0] if undo else None, undo_text=undo[1] if undo else "")

    def _saved(self, result) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.context.op(drafts.discard_draft, self.FORM_NAME, self.record_id,
                        on_error=self.context.errors.notify)
        self._forget()
        emit(self.saved, result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.errors.show(error, self)

    # -- drafts -----------------------------------------------------------------------------
    def _restore_draft(self, payload) -> None:
        if payload:
            self._blank = self.payload()  # the form as it opened: "Discard draft" goes back to it
            self.restore(payload)
            self.draft_banner.show()

    def save_draft_now(self) -> None:
        """Synchronously (called just before the idle lock closes the store)."""
        workspace = self.context.workspace
        if self.editing and (self.record is None or not self.record.may_edit):
            return
        if workspace is not None and self.isVisible() and self.has_content():
            drafts.save_draft(workspace, self.FORM_NAME, self.payload(), self.record_id)

    def discard_draft(self) -> None:
        """Forget the draft and empty the form again (Esc then keeps nothing)."""
        self.context.op(drafts.discard_draft, self.FORM_NAME, self.record_id,
                        on_error=self.context.errors.notify)
        self.draft_banner.hide()
        if self._blank is not None:
            self.restore(self._blank)
        self.errors.clear()

    def reject(self) -> None:
        # Cancel on an opened record drops the corrections (its draft is kept only on a lock)
        if not self.editing and self.has_content() and self.context.workspace is not None:
            self.context.op(drafts.save_draft, self.FORM_NAME, self.payload(), self.record_id,
                            on_error=self.context.errors.notify)
        self._forget()
        super().reject()

    def _forget(self) -> None:
        self._forget_attachments()
        if self.save_draft_now in self.context.draft_savers:
            self.context.draft_savers.remove(self.save_draft_now)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Never taller or wider than the screen: the fields scroll, Save and Cancel stay."""
        fit_to_screen(self)
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter in a multi-line note is a newline
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            return
        super().keyPressEvent(event)
