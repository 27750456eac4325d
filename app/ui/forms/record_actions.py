"""What an opened record offers besides Save: its history (who changed which field, when, on
which device, old → new) and delete with a required reason. Both run their service on the
background runner like every other use case."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.errors import TRANSLATION_CONTEXT
from app.services import corrections, history
from app.ui.context import AppContext
from app.ui.text import tr_enum, trf
from app.ui.widgets.fields import FieldErrors, WrappingLabel


def local_time(utc: datetime) -> datetime:
    """A stored UTC time (naive) in this computer's time zone, for display."""
    return utc.replace(tzinfo=timezone.utc).astimezone()


def _core(source: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, source)


class HistoryDialog(QDialog):
    """Every change of one record, newest first; a change's fields are its children."""

    def __init__(self, context: AppContext, kind: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind, self.record_id = kind, record_id
        self.entries: list[history.HistoryEntry] = []
        self.holders: list = []
        self.heading = WrappingLabel()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.retranslate()
        context.query(history.record_history, kind, record_id, on_result=self._loaded)
        if kind == "case_file":
            context.query(history.case_holders, record_id, on_result=self._holders_loaded)

    def _loaded(self, entries) -> None:
        self.entries = list(entries)
        self._fill()

    def _holders_loaded(self, holders) -> None:
        self.holders = list(holders)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Old → new")])
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        text = self.tr("Every change to this record, newest first, from the change log.")
        if self.holders:
            held = "; ".join(trf(self.tr("%1 from %2"), name, f"{at:%Y-%m-%d}")
                             for at, name in self.holders)
            text += "\n" + trf(self.tr("Held by: %1"), held)
        self.heading.setText(text)
        self._fill()

    def _value(self, change: history.FieldChange, value: str) -> str:
        if not value:
            return "—"
        return tr_enum(value) if change.enum else value

    def _fill(self) -> None:
        self.tree.clear()
        for entry in reversed(self.entries):
            who = entry.author or self.tr("(another device)")
            device = self.tr("this computer") if entry.this_device else \
                trf(self.tr("device %1"), entry.device[:8])
            what = _core(entry.op)
            if entry.reason:
                what += " — " + trf(self.tr("reason: %1"), _core(entry.reason))
            item = QTreeWidgetItem([f"{local_time(entry.at):%Y-%m-%d %H:%M}", f"{who} ({device})",
                                    what, ""])
            for change in entry.changes:
                text = f"{self._value(change, change.old)} → {self._value(change, change.new)}"
                child = QTreeWidgetItem(item, ["", "", _core(change.label), text])
                child.setToolTip(3, text)  # long notes are cut in the column
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DeleteDialog(QDialog):
    """Ask why; delete (a tombstone) on the runner; close when done. Errors show by the field."""

    def __init__(self, context: AppContext, kind: str, record_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind, self.record_id = kind, record_id
        self.errors = FieldErrors()
        self.label = WrappingLabel()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.buttons = QDialogButtonBox()
        self.delete_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.errors.wrap("reason", self.reason))
        layout.addWidget(self.buttons)
        # like returning a case: Enter never deletes without a reason; the reason is typed at once
        self.reason.textChanged.connect(self._update_delete)
        self._update_delete()
        self.retranslate()

    def _update_delete(self) -> None:
        self.delete_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, self.reason.setFocus)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delete record"))
        self.label.setText(self.tr("Why is this record deleted? The reason is kept in its "
                                   "history; the station admin can restore it."))
        self.delete_button.setText(self.tr("&Delete"))
        self.cancel_button.setText(self.tr("Cancel"))

    def confirm(self) -> None:
        self.errors.clear()
        self.delete_button.setEnabled(False)
        self.context.op(corrections.delete_record, self.kind, self.record_id,
                        self.reason.toPlainText(), on_result=lambda _c: self.accept(),
                        on_error=self._failed)

    def _failed(self, error) -> None:
        self.delete_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.errors.show(error, self)



