"""Sync with the county: state, 'Sync now' with progress and cancel, enrolment, USB folder,
and the history (background failures land here, not in pop-ups). Tolerant of an `app.sync`
that is still being built: missing parts show 'not available yet'."""
from __future__ import annotations

import importlib
import threading

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QVBoxLayout)

from app.services import ui_queries
from app.ui.pages.base import Page
from app.ui.text import trf
from app.ui.widgets.progress import ProgressPanel
from app.ui.qtfix import emit


def _sync(name: str):
    try:
        return importlib.import_module(f"app.sync.{name}")
    except Exception:  # noqa: BLE001 - not built yet
        return None


def _status(workspace):
    status = _sync("status")
    history = list(status.sync_history(workspace, 20)) if status else []
    return (status.sync_status(workspace) if status else None,
            [(h.at.strftime("%Y-%m-%d %H:%M") if getattr(h, "at", None) else "",
              h.event, h.detail) for h in history],
            ui_queries.unsynced_changes(workspace))


def _sync_now(workspace, progress):
    client = _sync("client")
    cancel = threading.Event()
    progress.cancel_events.append(cancel)  # Cancel (or the lock) stops the client between batches

    def report(p) -> None:
        emit(progress.changed, int(p.done), int(p.total))

    return client.SyncClient.for_workspace(workspace, progress=report, cancel=cancel).sync_now()


def _enroll(workspace, url: str, code: str):
    client = _sync("client")
    return client.SyncClient(workspace.store).enroll(url, code, workspace.display_name)


def _to_folder(workspace, folder: str):
    return _sync("client").SyncClient.for_workspace(workspace).export_to_folder(folder)


def _from_folder(workspace, folder: str):
    return _sync("client").SyncClient.for_workspace(workspace).import_from_folder(folder)


class SyncPage(Page):
    KINDS = frozenset({"sync", "visit", "activity", "resource_link", "case_file", "person",
                       "household", "task"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.sync_button, self.usb_out, self.usb_in = QPushButton(), QPushButton(), QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.usb_out.clicked.connect(lambda: self._folder(_to_folder))
        self.usb_in.clicked.connect(lambda: self._folder(_from_folder))
        self.progress = ProgressPanel()
        self.enroll_box = QGroupBox()
        self.url, self.code = QLineEdit(), QLineEdit()
        self.url_label, self.code_label = QLabel(), QLabel()
        self.enroll_button = QPushButton()
        self.enroll_button.clicked.connect(self.enroll)
        form = QFormLayout(self.enroll_box)
        form.addRow(self.url_label, self.url)
        form.addRow(self.code_label, self.code)
        form.addRow(self.enroll_button)
        self.history_label = QLabel()
        self.history = QListWidget()
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.usb_out, self.usb_in):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.enroll_box)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Sync")

    def retranslate(self) -> None:
        self.head.setText(self.tr("Sending to the county"))
        self.sync_button.setText(self.tr("&Sync now"))
        self.usb_out.setText(self.tr("Copy to a USB &folder…"))
        self.usb_in.setText(self.tr("Read from a USB f&older…"))
        self.enroll_box.setTitle(self.tr("Connect this computer to the county server"))
        self.url_label.setText(self.tr("Server address"))
        self.code_label.setText(self.tr("Enrolment code"))
        self.enroll_button.setText(self.tr("&Connect"))
        self.history_label.setText(self.tr("History"))
        available = _sync("client") is not None and _sync("status") is not None
        for button in (self.sync_button, self.usb_out, self.usb_in, self.enroll_button):
            button.setEnabled(available)
        self._stale = True

    def refresh(self) -> None:
        self.context.read(_status, on_result=self._show)

    def _show(self, result) -> None:
        status, history, pending = result
        if status is None:
            self.state.setText(trf(self.tr("Sync is not available yet in this version. %1 changes "
                                           "are kept safely on this computer."), pending))
            self.enroll_box.hide()
        else:
            contact = status.last_contact.strftime("%Y-%m-%d %H:%M") if status.last_contact else \
                self.tr("never")
            lines = [trf(self.tr("Changes waiting to be sent: %1"), status.pending_changes),
                     trf(self.tr("Last contact with the county: %1"), contact)]
            if status.conflicts:
                lines.append(trf(self.tr("Conflicts to look at: %1"), status.conflicts))
            if status.quarantined:
                lines.append(trf(self.tr("Records the county could not accept: %1"), status.quarantined))
            if status.last_error:
                lines.append(trf(self.tr("Last problem: %1"), status.last_error))
            self.state.setText("\n".join(lines))
            self.enroll_box.setVisible(not status.enrolled)
            self.sync_button.setEnabled(status.enrolled)
        self.history.clear()
        for when, event, detail in history:
            self.history.addItem(" · ".join(x for x in (when, event, detail) if x))

    def sync_now(self) -> None:
        progress = self.progress.start(self.tr("Sending and receiving…"))
        self.sync_button.setEnabled(False)
        self.context.read(_sync_now, progress, on_result=self._done, on_error=self._failed)

    def _done(self, report) -> None:
        self.progress.finish()
        self.sync_button.setEnabled(True)
        from app.services.workspace import Changes
        kinds = set(getattr(report, "kinds", set())) | {"sync"}
        emit(self.context.changed, Changes(frozenset(kinds), frozenset(getattr(report, "ids", set()))))

    def _failed(self, error) -> None:
        """Sync problems go to the history and the state line, not to a pop-up."""
        self.progress.finish()
        self.sync_button.setEnabled(True)
        self.context.errors.notify(error)
        self.refresh()

    def enroll(self) -> None:
        self.context.write(_enroll, self.url.text().strip(), self.code.text().strip(),
                           on_result=lambda _r: self.refresh())

    def _folder(self, function) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB folder"))
        if folder:
            from pathlib import Path
            self.context.write(function, Path(folder), on_result=lambda _r: self._done(None))
