"""Sync with the county: state, 'Sync now' with progress and cancel, automatic sync (see
`app.ui.auto_sync`), enrolment, the USB folder, the conflict inbox, the records the county
could not accept and the history. Background failures land here, never in pop-ups."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout)

from app.protocol.reasons import DUPLICATE_USERNAME
from app.services import sync as sync_cases
from app.services import sync_view
from app.ui.auto_sync import AutoSync, outcome_text
from app.ui.pages.base import Page
from app.ui.pages.conflicts import ConflictInbox, kind_label
from app.ui.text import count_text, trf
from app.ui.widgets.attachments import size_text
from app.ui.widgets.dialogs import existing_directory, user_folder
from app.ui.widgets.progress import ProgressPanel
from app.ui.widgets.layout import FlowLayout, wrap_list


def clock_lines(clock) -> list[str]:
    """The clock warnings (Sync page and Today): the laptop against the county, and against
    this computer's own newest record."""
    if clock is None:
        return []
    lines = []
    if clock.differs_from_county:
        minutes = round(clock.county_offset_ms / 60000)
        text = (QCoreApplication.translate(
                    "SyncPage", "This computer's clock is %1 minutes behind the county "
                    "server's. Please set the date and time; records still go through.")
                if minutes > 0 else QCoreApplication.translate(
                    "SyncPage", "This computer's clock is %1 minutes ahead of the county "
                    "server's. Please set the date and time; records still go through."))
        lines.append(trf(text, abs(minutes)))
    if clock.earlier_than_newest_record:
        lines.append(QCoreApplication.translate(
            "SyncPage", "This computer's clock is earlier than its newest record: the date or "
            "time was changed. Please check them; dates you type are kept as typed."))
    return lines


DUPLICATE_ROLE = Qt.ItemDataRole.UserRole + 1  # an incoming user whose name is taken here


class SyncPage(Page):
    KINDS = frozenset({"sync", "visit", "activity", "resource_link", "case_file", "person",
                       "household", "task", "case_service", "case_review", "attendance"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.overview: sync_view.Overview | None = None
        self.inbox: ConflictInbox | None = None
        self.auto = AutoSync(context, parent=self)
        self.auto.progress_factory = self._auto_progress
        self.auto.started.connect(lambda: self.sync_button.setEnabled(False))
        self.auto.finished.connect(self._finished)
        self.head = self.heading()
        self.state, self.auto_state = QLabel(), QLabel()
        for label in (self.state, self.auto_state):
            label.setWordWrap(True)
        self.sync_button, self.conflicts_button = QPushButton(), QPushButton()
        self.usb_out, self.usb_in = QPushButton(), QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.usb_out.clicked.connect(lambda: self._folder(sync_cases.export_to_folder))
        self.usb_in.clicked.connect(lambda: self._folder(sync_cases.import_from_folder))
        self.progress = ProgressPanel()
        self.enroll_box = QGroupBox()
        self.url, self.code, self.fingerprint = QLineEdit(), QLineEdit(), QLineEdit()
        self.url_label, self.code_label, self.fingerprint_label = QLabel(), QLabel(), QLabel()
        self.trial_http = QCheckBox()
        self.plain_warning = QLabel()
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setObjectName("warning")
        self.url.textChanged.connect(self._show_plain_warning)
        self.enroll_button = QPushButton()
        self.enroll_button.clicked.connect(self.enroll)
        self.enroll_note = QLabel()  # for everyone but the admin, who alone may connect
        self.enroll_note.setWordWrap(True)
        form = QFormLayout(self.enroll_box)
        form.addRow(self.enroll_note)
        form.addRow(self.url_label, self.url)
        form.addRow(self.code_label, self.code)
        form.addRow(self.fingerprint_label, self.fingerprint)
        form.addRow(self.trial_http)
        form.addRow(self.plain_warning)
        form.addRow(self.enroll_button)
        self.history_box, self.quarantine_box = QGroupBox(), QGroupBox()
        self.history, self.quarantine = QListWidget(), QListWidget()
        for list_widget in (self.history, self.quarantine):
            wrap_list(list_widget)
        QVBoxLayout(self.history_box).addWidget(self.history)
        self.discard_button = QPushButton()
        self.discard_box = None  # the "Discard this change?" question while it is open
        self.discard_button.clicked.connect(self.discard_selected)
        self.rename_button = QPushButton()  # a user name added twice offline: the way out
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.merge_button = QPushButton()  # …or the same person added twice
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        quarantine_layout = QVBoxLayout(self.quarantine_box)
        quarantine_layout.addWidget(self.quarantine)
        quarantine_layout.addWidget(self.discard_button)
        quarantine_layout.addWidget(self.rename_button)
        quarantine_layout.addWidget(self.merge_button)
        buttons = FlowLayout()  # each as wide as its text, wrapping rather than squeezed
        for button in (self.sync_button, self.conflicts_button, self.usb_out, self.usb_in):
            buttons.addWidget(button)
        lists = QHBoxLayout()
        lists.addWidget(self.history_box, 3)
        lists.addWidget(self.quarantine_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.state)
        layout.addWidget(self.auto_state)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.enroll_box)
        layout.addLayout(lists, 1)
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
        self.fingerprint_label.setText(self.tr("County key fingerprint"))
        self.fingerprint.setPlaceholderText(self.tr("as printed under the enrolment code"))
        self.trial_http.setText(self.tr("Trial only: allow an unencrypted http:// address"))
        self.plain_warning.setText(self.tr("Warning: this connection to the county server is "
                                           "not encrypted (http://). Use it only for a trial."))
        self._show_plain_warning()
        self.enroll_button.setText(self.tr("Conn&ect"))
        self.enroll_note.setText(self.tr("Only the station's administrator can connect this "
                                         "computer to the county server."))
        self.history_box.setTitle(self.tr("History"))
        self.quarantine_box.setTitle(self.tr("Records the county could not accept"))
        self.discard_button.setText(self.tr("&Discard the chosen change…"))
        self.rename_button.setText(self.tr("&Rename the user of this computer…"))
        self.rename_button.setToolTip(self.tr(
            "For a user name given to two people on two computers: this computer's user gets "
            "a new name (same password), then both users are kept."))
        self.merge_button.setText(self.tr("The same &person: merge…"))
        self.merge_button.setToolTip(self.tr(
            "For one person added on two computers: the other computer's user takes the name, "
            "this computer's is switched off and hands over its open case files."))
        self.discard_button.setToolTip(self.tr(
            "Refused changes are sent again at every sync. Discard one only if it should "
            "never reach the county; the audit log records who discarded it."))
        if self.overview is not None:
            self._show(self.overview)
        else:
            self.conflicts_button.setText(self.tr("Look at &conflicts"))
        self._stale = True

    def refresh(self) -> None:
        self.context.query(sync_view.overview, on_result=self._show)

    # -- showing the state ------------------------------------------------------------------
    def _show(self, overview: sync_view.Overview) -> None:
        self.overview = overview
        status = overview.status
        contact = sync_view.local_time(status.last_contact) or self.tr("never")
        lines = [trf(self.tr("Changes waiting to be sent: %1"), count_text(status.pending_changes)),
                 trf(self.tr("Last contact with the county: %1"), contact)]
        if status.attachments_waiting:
            lines.append(trf(self.tr("Attachments waiting to be sent: %1 (%2)"),
                             count_text(status.attachments_waiting),
                             size_text(status.attachment_bytes_waiting)))
        if status.conflicts:
            lines.append(trf(self.tr("Conflicts to look at: %1"), count_text(status.conflicts)))
        if status.quarantined:
            lines.append(trf(self.tr("Records the county could not accept: %1"),
                                  count_text(status.quarantined)))
        if status.update_needed:
            lines.append(trf(self.tr("The county server must be updated before %1 changes can "
                                     "be taken in; they wait here and go out by themselves "
                                     "after the update."), count_text(status.update_needed)))
        lines += clock_lines(status.clock)
        if status.last_error:
            lines.append(self.tr("The last try did not get through; your records are safe on "
                                 "this computer."))
        self.state.setText("\n".join(lines))
        self.state.setToolTip(status.last_error or "")
        self.auto_state.setText(self._auto_text(status.enrolled))
        self.enroll_box.setVisible(not status.enrolled)
        admin = self.context.workspace is not None and self.context.workspace.role == "admin"
        for widget in (self.url, self.code, self.enroll_button):
            widget.setEnabled(admin)  # the use case refuses others too, whichever front asks
        self.enroll_note.setVisible(not admin)
        self.sync_button.setEnabled(status.enrolled and not self.auto.running)
        self.conflicts_button.setText(trf(self.tr("Look at &conflicts (%1)"),
                                              count_text(status.conflicts)))
        self.history.clear()
        for row in overview.history:
            item = QListWidgetItem(trf(self.tr("%1 · %2"), row.at, self.history_text(row)))
            item.setToolTip(row.detail)
            self.history.addItem(item)
        self.quarantine.clear()
        for row in overview.quarantine:
            item = QListWidgetItem(trf(self.tr("%1 · %2 “%3”: %4"), row.at, kind_label(row.kind),
                                       row.record_name, self.row_reason(row)))
            item.setToolTip(row.detail)
            duplicate = row.direction == "incoming" and row.code == DUPLICATE_USERNAME
            item.setData(Qt.ItemDataRole.UserRole,
                         row.id if row.direction == "outgoing" or duplicate else 0)
            item.setData(DUPLICATE_ROLE, duplicate)
            self.quarantine.addItem(item)
        if not overview.quarantine:
            self.quarantine.addItem(self.tr("None: the county accepted everything."))
        duplicates = admin and any(  # the use case refuses others too
            row.direction == "incoming" and row.code == DUPLICATE_USERNAME
            for row in overview.quarantine)
        self.rename_button.setVisible(duplicates)
        self.merge_button.setVisible(duplicates)

    def _auto_text(self, enrolled: bool) -> str:
        if not enrolled:
            return self.tr("Once this computer is connected to the county server, it sends and "
                           "receives by itself whenever the server can be reached.")
        every = max(1, self.auto.timer.interval() // 1000)
        text = trf(self.tr("Sends and receives by itself every %1 seconds when the county "
                           "server can be reached."), every)
        last = self.auto.last
        if last is not None and last.state == "unreachable":
            text += " " + self.tr("The county server cannot be reached now: it will try again "
                                  "by itself.")
        elif last is not None and last.state == "refused":
            text += " " + trf(self.tr("The county server refused: %1"), outcome_text(last))
        return text

    def history_text(self, row: sync_view.HistoryRow) -> str:
        if row.event == "sync" and row.numbers:
            return trf(self.tr("Sent %1 changes, received %2 records"),
                       *map(count_text, row.numbers))
        labels = {
            "sync": self.tr("Sent and received"),
            "enroll": self.tr("Connected to the county server"),
            "error": self.tr("Stopped by a problem; it will be tried again"),
            "unreachable": self.tr("The county server could not be reached"),
            "export": self.tr("Copied to a USB folder"),
            "import": self.tr("Read from a USB folder"),
            "restore": self.tr("Restored from a backup: connect to the county again with a "
                               "new code")}
        return labels.get(row.event, row.event)

    def row_reason(self, row) -> str:
        """The county's own reason in the user's language when it gave a code."""
        from app.protocol.reasons import describe
        from app.ui.text import qt_translate

        if row.code:
            return describe(row.code, row.args, self.reason_text(row.reason), qt_translate)
        return self.reason_text(row.reason)

    def discard_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        item = self.quarantine.currentItem()
        quarantine_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else 0
        if not quarantine_id:
            return
        from app.ui.widgets.dialogs import message_box

        if item.data(DUPLICATE_ROLE):  # a user name added twice offline: not added here
            title, text = self.tr("Discard the other user here?"), self.tr(
                "The user from the other computer will not be added on this computer; the "
                "county keeps it. Discard it here?")
            discard = (sync_cases.resolve_duplicate_user, int(quarantine_id), "discard")
        else:
            title, text = self.tr("Discard this change?"), self.tr(
                "This change will never be sent to the county. The record on this computer "
                "stays as it is. Discard it?")
            discard = (sync_cases.discard_refused, int(quarantine_id))
        box = message_box(QMessageBox.Icon.Question, title, text, self,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.discard_box = box

        def answered(_result) -> None:
            self.discard_box = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.context.op(*discard, on_result=lambda _r: self.refresh())

        box.finished.connect(answered)
        box.open()

    def rename_selected(self, new_username: str | None = None) -> None:
        """Rename this computer's user whose name the chosen incoming user also has (asks
        for the new name unless given), then the county's user goes in."""
        from PySide6.QtWidgets import QInputDialog

        item = self.quarantine.currentItem()
        if item is None or not item.data(DUPLICATE_ROLE):
            return
        if new_username is None:
            new_username, ok = QInputDialog.getText(
                self, self.tr("Rename the user of this computer"),
                self.tr("New user name for the user of this computer (the password stays):"))
            if not ok:
                return
        self.context.op(sync_cases.resolve_duplicate_user,
                        int(item.data(Qt.ItemDataRole.UserRole)), "rename", new_username,
                        on_result=lambda _r: self.refresh())

    def merge_selected(self, password: str | None = None) -> None:
        """The chosen incoming user is the same person as this computer's user of that name:
        merge (asks for the person's password on this computer unless given)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        item = self.quarantine.currentItem()
        if item is None or not item.data(DUPLICATE_ROLE):
            return
        if password is None:
            password, ok = QInputDialog.getText(
                self, self.tr("The same person: merge"),
                self.tr("The person's password on this computer from now on:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
        self.context.op(sync_cases.resolve_duplicate_user,
                        int(item.data(Qt.ItemDataRole.UserRole)), "merge", "", password,
                        on_result=lambda _r: self.refresh())

    def reason_text(self, reason: str) -> str:
        return {
            "unknown_fields": self.tr("it holds information the county server does not know "
                                      "(a newer or older version)"),
            "clock": self.tr("the clock of this computer was wrong: check the date and time"),
            "other_device": self.tr("it was made on another device"),
            "not_applied": self.tr("this computer could not take in this change from the county"),
            "malformed": self.tr("it was damaged on the way"),
            "update_needed": self.tr("the county server must be updated first"),
            "bad_value": self.tr("a value in it is not valid"),
        }.get(reason, self.tr("the county could not accept it"))

    # -- actions ----------------------------------------------------------------------------
    def _auto_progress(self):
        """The progress line (with Cancel) for a sync the timer starts; none when not enrolled."""
        if self.overview is not None and not self.overview.status.enrolled:
            return None
        return self.progress.start(self.tr("Sending and receiving…"))

    def sync_now(self) -> None:
        if self.auto.running:
            return
        progress = self.progress.start(self.tr("Sending and receiving…"))
        if not self.auto.run_now(manual=True, progress=progress):
            self.progress.finish()

    def _finished(self, _outcome) -> None:
        self.progress.finish()
        self.sync_button.setEnabled(True)
        self.auto_state.setText(self._auto_text(True))
        if self.inbox is not None and self.inbox.isVisible():
            self.inbox.refresh()

    def open_conflicts(self) -> None:
        if self.inbox is None:
            self.inbox = ConflictInbox(self.context, self)
            self.inbox.resolved.connect(self.refresh)
        self.inbox.refresh()
        self.inbox.open()

    def _show_plain_warning(self, *_args) -> None:
        self.plain_warning.setVisible(self.url.text().strip().lower().startswith("http://"))

    def enroll(self) -> None:
        self.context.op(sync_cases.enroll, self.url.text().strip(), self.code.text().strip(),
                        fingerprint=self.fingerprint.text().strip(),
                        allow_plain_http=self.trial_http.isChecked(), on_result=self._enrolled)

    def _enrolled(self, _answer) -> None:
        self.refresh()
        self.sync_now()  # send what is waiting at once

    def _folder(self, function) -> None:
        folder = existing_directory(self, self.tr("Choose the USB folder"),
                                    user_folder(self.context.data_dir))
        if folder:
            self.context.op(function, Path(folder))  # its result carries the Changes
