"""Team: the supervisor's caseload view (per worker: open cases by stage, waiting for review
and for how long, overdue follow-ups, high risk; the case files behind them, searchable by
case number or person, opened with a double-click or Enter) and staff turnover (switch a user
off or on, change a role, hand a worker's open cases and tasks to another, restore deleted
records)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout)

from app.services import caseload, corrections, staff
from app.ui.forms.record_actions import local_time
from app.ui.pages.base import Page, fill_table, make_table, open_keys
from app.ui.qtfix import emit
from app.ui.text import count_text, tr_enum, trf
from app.ui.widgets.fields import CodeCombo
from app.ui.widgets.layout import FlowLayout
from app.ui.widgets.search import SearchLine


class TeamPage(Page):
    KINDS = frozenset({"case_file", "task", "user", "case_review"})
    open_case = Signal(str)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.loads_label, self.cases_label = QLabel(), QLabel()
        self.loads = make_table(9)
        self.loads.itemSelectionChanged.connect(self._worker_selected)
        self.focus = CodeCombo()
        self.focus.currentIndexChanged.connect(lambda _i: self.refresh_cases())
        self.search = SearchLine()
        self.search.search_requested.connect(lambda _q: self.refresh_cases())
        self.cases = make_table(7)
        self.cases.doubleClicked.connect(lambda _i: self.open_selected_case())
        open_keys(self.cases, self.open_selected_case)
        # staff turnover
        self.staff_box = QGroupBox()
        self.role = CodeCombo()
        self.target = CodeCombo()
        self.target.currentIndexChanged.connect(lambda _i: self._update_transfer())
        self.buttons = {name: QPushButton() for name in
                        ("switch_off", "switch_on", "role", "transfer", "deleted", "due")}
        self.buttons["switch_off"].clicked.connect(lambda: self._set_active(False))
        self.buttons["switch_on"].clicked.connect(lambda: self._set_active(True))
        self.buttons["role"].clicked.connect(self._set_role)
        self.buttons["transfer"].clicked.connect(self._transfer)
        self.buttons["deleted"].clicked.connect(self.show_deleted)
        self.buttons["due"].clicked.connect(self.show_due)
        self.staff_state = QLabel()
        self.staff_state.setWordWrap(True)
        # buttons as wide as their text, wrapping onto a second line (in Tibetan one row
        # squeezed "Due for review" to a cut text)
        staff_row = FlowLayout()
        for widget in (self.buttons["switch_off"], self.buttons["switch_on"], self.role,
                       self.buttons["role"], self.target, self.buttons["transfer"],
                       self.buttons["deleted"], self.buttons["due"]):
            staff_row.addWidget(widget)
        box = QVBoxLayout(self.staff_box)
        box.addLayout(staff_row)
        box.addWidget(self.staff_state)
        filters = QHBoxLayout()
        filters.addWidget(self.focus)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.loads_label)
        layout.addWidget(self.loads, 2)
        layout.addWidget(self.staff_box)
        layout.addWidget(self.cases_label)
        layout.addLayout(filters)
        layout.addWidget(self.cases, 3)
        self._loads: list[caseload.WorkerLoad] = []
        self._users: list[staff.UserRow] = []
        self._case_ids: list[str] = []
        self._update_transfer()  # nobody selected yet
        self.retranslate()

    def title(self) -> str:
        return self.tr("Team and caseload")

    def retranslate(self) -> None:
        self.head.setText(self.tr("Team and caseload"))
        self.loads_label.setText(self.tr("Open case files per worker (select a row to see them)"))
        self.cases_label.setText(self.tr("Case files (double-click or Enter opens one)"))
        self.loads.setHorizontalHeaderLabels([
            self.tr("Worker"), tr_enum("intake"), tr_enum("assessment"), tr_enum("planning"),
            tr_enum("service"), tr_enum("closure"), self.tr("Waiting for review (longest)"),
            self.tr("Overdue follow-ups"), self.tr("High risk")])
        self.cases.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Person"), self.tr("Worker"), self.tr("Stage"),
            self.tr("Review"), self.tr("Risk"), self.tr("Waiting")])
        self.focus.set_choices([("review", self.tr("Waiting for review")),
                                ("high_risk", self.tr("High risk")),
                                ("overdue", self.tr("With overdue tasks"))],
                               blank=self.tr("All open case files"))
        self.search.setPlaceholderText(self.tr("Search: case number or person (name, pinyin, "
                                               "ID number)"))
        self.role.set_choices([(r, tr_enum(r)) for r in ("worker", "supervisor", "admin")])
        self.staff_box.setTitle(self.tr("Staff changes for the selected user"))
        texts = {"switch_off": self.tr("Switch &off"), "switch_on": self.tr("Switch o&n"),
                 "role": self.tr("Change &role"), "transfer": self.tr("&Hand cases and tasks to"),
                 "deleted": self.tr("&Deleted records…"),
                 "due": self.tr("D&ue for review…")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self._stale = True
        if self.isVisible():
            self.refresh()

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        workspace = self.context.workspace
        if workspace is None:
            return
        admin = workspace.role == "admin"
        for name in ("switch_off", "switch_on", "role", "deleted"):
            self.buttons[name].setVisible(admin)
        self.role.setVisible(admin)
        self.buttons["due"].setVisible(workspace.role in ("supervisor", "admin"))
        self.context.query(caseload.worker_loads, on_result=self._show_loads)
        self.context.query(staff.user_rows, on_result=self._show_users)
        self.refresh_cases()

    def _show_loads(self, loads) -> None:
        keep = self.selected_worker()
        self._loads = list(loads)
        rows = []
        for load in self._loads:
            name = load.name if load.active else trf(self.tr("%1 (switched off)"), load.name)
            waiting = trf(self.tr("%1 (%2 days)"), load.waiting_review, load.longest_wait_days) \
                if load.waiting_review else "0"
            rows.append((name, *(load.by_stage.get(s, 0) for s in caseload.OPEN_STAGES),
                         waiting, load.overdue_follow_ups, load.high_risk))
        self.loads.blockSignals(True)
        fill_table(self.loads, rows, [load.worker_id for load in self._loads])
        # a station's few workers are all in view (the table had been squeezed to part of a row)
        shown = max(1, min(len(rows), 4))
        self.loads.setMinimumHeight(self.loads.horizontalHeader().sizeHint().height()
                                    + sum(self.loads.rowHeight(r) for r in range(shown))
                                    + 2 * self.loads.frameWidth() + 2)
        for row, load in enumerate(self._loads):
            if load.worker_id == keep:
                self.loads.selectRow(row)
        self.loads.blockSignals(False)
        self._update_transfer()  # the selected user may be gone or switched off now

    def _show_users(self, users) -> None:
        self._users = list(users)
        self._fill_targets()

    def _fill_targets(self) -> None:
        """Who can take the selected worker's cases: the other active workers and supervisors
        (with their open case count), none chosen until the supervisor picks one; the
        hand-over button waits for both a worker and a colleague."""
        worker = self.selected_worker()
        choices = [(u.id, trf(self.tr("%1 (%2 open cases)"), u.display_name, count_text(u.open_cases)))
                   for u in self._users
                   if u.active and u.id != worker and u.role in ("worker", "supervisor")]
        keep = self.target.code()
        self.target.set_choices(choices, blank=self.tr("Choose a colleague"))
        self.target.set_code(keep if keep in {code for code, _ in choices} else "")
        self._update_transfer()

    def _update_transfer(self) -> None:
        """The staff buttons follow the selected user's state, each time it or the lists
        change: switch off an active colleague (not oneself), switch on a switched-off one,
        change the role of a listed user, hand over once a colleague is chosen."""
        worker = self.selected_worker()
        user = next((u for u in self._users if u.id == worker), None) if worker else None
        me = self.context.workspace.user_id if self.context.workspace is not None else ""
        self.buttons["switch_off"].setEnabled(user is not None and user.active and user.id != me)
        self.buttons["switch_on"].setEnabled(user is not None and not user.active)
        self.buttons["role"].setEnabled(user is not None)
        self.buttons["transfer"].setEnabled(bool(worker and self.target.code()))

    def selected_worker(self) -> str:
        rows = self.loads.selectionModel().selectedRows() if self.loads.selectionModel() else []
        if not rows:
            return ""
        item = self.loads.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def _worker_selected(self) -> None:
        worker = self.selected_worker()
        user = next((u for u in self._users if u.id == worker), None)
        if user is not None:
            self.role.set_code(user.role)
        self._fill_targets()
        self.staff_state.clear()
        self.refresh_cases()

    def refresh_cases(self) -> None:
        self.context.query(caseload.caseload_cases, self.selected_worker(), self.focus.code(),
                           self.search.text(), on_result=self._show_cases)

    def _show_cases(self, rows) -> None:
        self._case_ids = [r.case_id for r in rows]
        fill_table(self.cases, [
            (r.number, r.person, r.worker, tr_enum(r.stage), tr_enum(r.review_state),
             tr_enum(r.risk_level),
             trf(self.tr("%1 days"), r.waiting_days) if r.waiting_days is not None else "")
            for r in rows], self._case_ids)

    def open_selected_case(self) -> None:
        item = self.cases.item(self.cases.currentRow(), 0)
        if item is not None:
            emit(self.open_case, item.data(Qt.ItemDataRole.UserRole))

    def focus_search(self) -> None:
        self.search.setFocus()

    # -- staff turnover ---------------------------------------------------------------------
    def _done(self, text: str):
        return lambda _result: self.staff_state.setText(text)

    def _failed(self, error) -> None:
        self.context.errors.show(error, self)

    def _set_active(self, active: bool, password: str | None = None) -> None:
        """Switch the chosen user off, or on again with a new password (switching off took
        their key slot off this computer); asks for the password unless given."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        worker = self.selected_worker()
        if worker and active and password is None:
            password, ok = QInputDialog.getText(
                self, self.tr("Switch on again"),
                self.tr("A new password for this user (their old one was removed when they "
                        "were switched off):"), QLineEdit.EchoMode.Password)
            if not ok:
                return
        if worker:
            self.context.op(staff.set_user_active, worker, active,
                            password if active else None, on_error=self._failed,
                            on_result=self._done(self.tr("Switched on.") if active else
                                                 self.tr("Switched off: this user can no "
                                                         "longer sign in.")))

    def _set_role(self) -> None:
        worker = self.selected_worker()
        if worker:
            self.context.op(staff.set_user_role, worker, self.role.code(),
                            on_error=self._failed, on_result=self._done(self.tr("Role changed.")))

    def _transfer(self) -> None:
        worker, target = self.selected_worker(), self.target.code()
        if not worker or not target:
            return

        def done(result) -> None:
            moved = result[0]
            self.staff_state.setText(trf(self.tr("%1 case files and %2 tasks handed over."),
                                         count_text(moved.cases), count_text(moved.tasks)))

        self.context.op(staff.transfer_caseload, worker, target, on_result=done,
                        on_error=self._failed)

    def show_due(self) -> None:
        """Records the retention policy says are due for review (app.services.retention)."""
        from app.ui.forms.rights_dialogs import DueForReviewDialog

        self._due = DueForReviewDialog(self.context, self)
        self._due.open()

    def show_deleted(self) -> None:
        self._deleted = DeletedRecordsDialog(self.context, self)
        self._deleted.open()


class DeletedRecordsDialog(QDialog):
    """The station admin's list of deleted records, newest first, each restorable."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = make_table(3)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.show_history)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.table.itemSelectionChanged.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.rows: list[corrections.DeletedRow] = []
        self._update_actions()
        self.resize(720, 460)
        self.setWindowTitle(self.tr("Deleted records"))
        self.restore_button.setText(self.tr("&Restore"))
        self.history_button.setText(self.tr("&History"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels([self.tr("Deleted on"), self.tr("Kind"),
                                              self.tr("Record")])
        self.refresh()

    def refresh(self) -> None:
        self.context.query(corrections.deleted_records, on_result=self._show)

    def _kind(self, kind: str) -> str:
        return {"visit": self.tr("Visit"), "activity": self.tr("Activity"),
                "resource_link": self.tr("Resource link"), "household": self.tr("Household"),
                "person": self.tr("Person"), "case_service": self.tr("Service record"),
                "case_file": self.tr("Case file")}.get(kind, kind)

    def _show(self, rows) -> None:
        self.rows = list(rows)
        fill_table(self.table, [(f"{local_time(datetime.fromisoformat(r.deleted_at)):%Y-%m-%d %H:%M}",
                                 self._kind(r.kind), r.description)
                                for r in self.rows], [r.id for r in self.rows])
        self._update_actions()

    def _update_actions(self) -> None:
        """Restore and History act on the chosen record: off while none is chosen (also
        after a restore, when the restored record has left the list)."""
        chosen = self._current() is not None
        self.restore_button.setEnabled(chosen)
        self.history_button.setEnabled(chosen)

    def _current(self):
        row = self.table.currentRow()
        if not self.table.selectionModel().isRowSelected(row, self.table.rootIndex()):
            return None
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def restore_selected(self) -> None:
        row = self._current()
        if row is not None:
            self.context.op(corrections.restore_record, row.kind, row.id,
                            on_result=lambda _c: self.refresh(),
                            on_error=lambda error: self.context.errors.show(error, self))

    def show_history(self) -> None:
        row = self._current()
        if row is not None:
            from app.ui.forms.record_actions import HistoryDialog

            self._history = HistoryDialog(self.context, row.kind, row.id, self)
            self._history.open()
