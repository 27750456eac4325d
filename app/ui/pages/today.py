"""Today: what needs doing (returned cases naming what to fix, follow-up visits), cases
waiting for the supervisor's review, quick buttons for the daily records, and sync state."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout)

from app.services import cases, ui_queries
from app.ui.pages.base import Page
from app.ui.text import count_text, trf
from app.ui.qtfix import emit
from app.ui.widgets.layout import FlowLayout, wrap_list


def _sync_state(workspace) -> tuple[int, bool, str, int, object]:
    """Changes waiting, enrolled, last contact (local time), open conflicts."""
    from app.services.sync_view import local_time
    from app.services.sync import status as sync_status

    status = sync_status(workspace)
    return (status.pending_changes, status.enrolled, local_time(status.last_contact),
            status.conflicts, status.clock)


class TodayPage(Page):
    KINDS = frozenset({"task", "case_file", "case_review", "visit", "activity", "resource_link",
                       "household", "person", "sync"})
    open_case = Signal(str)
    visit_household = Signal(str, str)  # household id, task id
    quick_action = Signal(str)  # "visit" / "household" / "activity" / "resource"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.head = self.heading()
        self.date_label = QLabel()
        self.tasks_box, self.review_box, self.sync_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.tasks = QListWidget()
        wrap_list(self.tasks)
        self.tasks.itemActivated.connect(self._task_activated)
        self.no_tasks = QLabel()
        self.open_button, self.done_button = QPushButton(), QPushButton()
        self.done_button.setEnabled(False)  # a returned case is done by resubmitting it
        self.open_button.setEnabled(False)  # both follow the chosen task
        self.tasks.currentItemChanged.connect(lambda item, _old: self._task_chosen(item))
        self.open_button.clicked.connect(lambda: self._task_activated(self.tasks.currentItem()))
        self.done_button.clicked.connect(self._mark_done)
        task_buttons = FlowLayout()  # each as wide as its text, wrapping rather than squeezed
        task_buttons.addWidget(self.open_button)
        task_buttons.addWidget(self.done_button)
        box = QVBoxLayout(self.tasks_box)
        box.addWidget(self.tasks)
        box.addWidget(self.no_tasks)
        box.addLayout(task_buttons)
        self.reviews = QListWidget()
        wrap_list(self.reviews)
        self.reviews.itemActivated.connect(
            lambda item: emit(self.open_case, item.data(Qt.ItemDataRole.UserRole)))
        QVBoxLayout(self.review_box).addWidget(self.reviews)
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        QVBoxLayout(self.sync_box).addWidget(self.sync_label)
        self.quick = {name: QPushButton() for name in ("visit", "household", "activity", "resource")}
        quick = FlowLayout()
        for name, button in self.quick.items():
            button.clicked.connect(lambda _c=False, n=name: emit(self.quick_action, n))
            quick.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.date_label)
        layout.addLayout(quick)
        layout.addWidget(self.tasks_box, 2)
        layout.addWidget(self.review_box, 1)
        layout.addWidget(self.sync_box)
        self._layout = layout
        self.task_rows = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def _task_chosen(self, item) -> None:
        """Open for any chosen task; Mark done except for a returned case (resubmitted)."""
        self.open_button.setEnabled(item is not None)
        self.done_button.setEnabled(item is not None
                                    and item.data(Qt.ItemDataRole.UserRole).kind != "fix_case")

    def retranslate(self) -> None:
        name = self.context.workspace.display_name if self.context.workspace else ""
        self.head.setText(trf(self.tr("Good day, %1"), name))
        self.date_label.setText(date.today().isoformat())
        self.tasks_box.setTitle(self.tr("To do"))
        self.review_box.setTitle(self.tr("Case files waiting for your review"))
        self.sync_box.setTitle(self.tr("Sending to the county"))
        self.no_tasks.setText(self.tr("Nothing to do. Well done!"))
        self.open_button.setText(self.tr("&Open"))
        self.done_button.setText(self.tr("Mark &done"))
        self.quick["visit"].setText(self.tr("New &visit"))
        self.quick["household"].setText(self.tr("New &household"))
        self.quick["activity"].setText(self.tr("New &activity"))
        self.quick["resource"].setText(self.tr("New resource &link"))
        self.review_box.setVisible(bool(self.context.workspace and self.context.workspace.is_supervisor))
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.context.query(ui_queries.task_rows, on_result=self._show_tasks)
        if self.context.workspace is not None and self.context.workspace.is_supervisor:
            self.context.query(ui_queries.case_rows, "review", on_result=self._show_reviews)
        self.context.query(_sync_state, on_result=self._show_sync)

    def task_text(self, task) -> str:
        if task.kind == "fix_case":
            return trf(self.tr("Fix case %1 returned by the supervisor: %2"), task.case_number, task.text)
        due = task.due_on.isoformat() if task.due_on else ""
        return trf(self.tr("Follow-up visit to %1 (due %2) %3"), task.household, due, task.text).strip()

    def _show_tasks(self, rows) -> None:
        self.task_rows = rows
        self.tasks.clear()
        for task in rows:
            item = QListWidgetItem(self.task_text(task))
            item.setData(Qt.ItemDataRole.UserRole, task)
            if task.kind == "fix_case" or (task.due_on and task.due_on <= date.today()):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.tasks.addItem(item)
        self.tasks.setVisible(bool(rows))
        self.no_tasks.setVisible(not rows)
        self._share_height()
        if rows:
            self.tasks.setCurrentRow(0)
        self._task_chosen(self.tasks.currentItem())

    def _share_height(self) -> None:
        """The room goes where the work is: an empty to-do box shrinks to its one line, and
        the supervisor's cases to review take the rest."""
        supervisor = bool(self.context.workspace and self.context.workspace.is_supervisor)
        has_tasks = bool(self.task_rows)
        self._layout.setStretchFactor(self.tasks_box, 2 if has_tasks else 0)
        self._layout.setStretchFactor(self.review_box, 3 if supervisor else 0)
        if not has_tasks and not supervisor:
            self._layout.setStretchFactor(self.tasks_box, 1)

    def _show_reviews(self, rows) -> None:
        self.reviews.clear()
        for row in rows:
            item = QListWidgetItem(" · ".join((row.number, row.person, row.domain, row.worker)))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.reviews.addItem(item)

    def _show_sync(self, state) -> None:
        from app.ui.pages.sync import clock_lines

        count, enrolled, last_contact, conflicts, clock = state
        if not enrolled:  # nothing is being sent: say so, not "sending to the county"
            self.sync_box.setTitle(self.tr("County server"))
            self.sync_label.setText("\n".join([
                self.tr("This computer is not connected to a county server yet, so your records "
                        "stay on this computer. The administrator connects it on the Sync page."),
                *clock_lines(clock)]))
            return
        self.sync_box.setTitle(self.tr("Sending to the county"))
        lines = [trf(self.tr("%1 changes not yet sent to the county."), count_text(count))
                 if count else self.tr("Everything has been sent to the county.")]
        if enrolled:
            lines.append(trf(self.tr("Last contact with the county: %1"),
                             last_contact or self.tr("never")))
        if conflicts:
            lines.append(trf(self.tr("Conflicts to look at on the Sync page: %1"),
                             count_text(conflicts)))
        lines += clock_lines(clock)
        self.sync_label.setText("\n".join(lines))

    def _task_activated(self, item) -> None:
        if item is None:
            return
        task = item.data(Qt.ItemDataRole.UserRole)
        if task.kind == "fix_case":
            emit(self.open_case, task.case_id)
        elif task.household_id:
            emit(self.visit_household, task.household_id, task.id)

    def _mark_done(self) -> None:
        item = self.tasks.currentItem()
        if item is not None:
            self.context.op(cases.complete_task, item.data(Qt.ItemDataRole.UserRole).id)

