"""The main window: pages named by what the worker does, one status bar with the last
change's Undo, and the keyboard shortcuts (Ctrl+N new, Ctrl+F search, Ctrl+Z undo, Ctrl+L lock,
Alt+1..9 pages)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow, QPushButton,
                               QStackedWidget, QWidget)

from app.services import cases
from app.ui.context import AppContext
from app.ui.pages.activities import ActivitiesPage
from app.ui.pages.cases import CasesPage
from app.ui.pages.people import PeoplePage
from app.ui.pages.reports import ReportsPage
from app.ui.pages.resources import ResourcesPage
from app.ui.pages.settings import SettingsPage
from app.ui.pages.sync import SyncPage
from app.ui.pages.today import TodayPage
from app.ui.pages.visits import VisitsPage
from app.ui.text import tr_enum, trf

UNDO_OFFER_MS = 60_000
PAGE_NAMES = ("today", "people", "visits", "cases", "activities", "resources", "reports", "sync",
              "settings")


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_chosen = Signal(str)
    larger_text_chosen = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = {
            "today": TodayPage(context), "people": PeoplePage(context), "visits": VisitsPage(context),
            "cases": CasesPage(context), "activities": ActivitiesPage(context),
            "resources": ResourcesPage(context), "reports": ReportsPage(context),
            "sync": SyncPage(context), "settings": SettingsPage(context)}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # status bar: the user, the last change's Undo, what happened
        self.user_label = QLabel()
        self.message = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.hide()
        self.undo_button.clicked.connect(context.undo_last)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock_requested)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(lambda: context.offer_undo(None))
        context.undo_offered.connect(self._undo_offered)
        context.changed.connect(self._changed)
        context.errors.notified.connect(self.message.setText)
        self._wire()
        self._shortcuts()
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)

    def _wire(self) -> None:
        p = self.pages
        p["today"].open_case.connect(self.open_case)
        p["today"].visit_household.connect(self.visit_for_task)
        p["today"].quick_action.connect(self.quick_action)
        p["people"].visit_requested.connect(lambda hid: self.go("visits", lambda: p["visits"].new_record(hid)))
        p["people"].case_requested.connect(lambda pid: self.go("cases", lambda: p["cases"].new_record(pid)))
        p["settings"].language_chosen.connect(self.language_chosen)
        p["settings"].larger_text_chosen.connect(self.larger_text_chosen)
        p["settings"].lock_requested.connect(self.lock_requested)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.current_page().new_record())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock_requested)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, activated=self.show_about)
        for number, name in enumerate(PAGE_NAMES, start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self,
                      activated=lambda n=name: self.go(n))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Station Ledger"))
        for row, (name, page) in enumerate(self.pages.items()):
            self.nav.item(row).setText(trf(self.tr("%1  (Alt+%2)"), page.title(), row + 1))
        workspace = self.context.workspace
        if workspace is not None:
            self.user_label.setText(trf(self.tr("%1 · %2"), workspace.display_name, tr_enum(workspace.role)))
        self.undo_button.setText(self.tr("&Undo"))
        self.lock_button.setText(self.tr("Lock"))
        self._undo_offered(self.context.last_undo)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation -------------------------------------------------------------------------
    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def current_page(self):
        return self.stack.currentWidget()

    def go(self, name: str, then=None) -> None:
        self.nav.setCurrentRow(list(self.pages).index(name))
        if then is not None:
            then()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is self.pages["today"]:
            self.go("people")
            page = self.pages["people"]
        page.focus_search()

    def open_case(self, case_id: str) -> None:
        self.go("cases", lambda: self.pages["cases"].show_case(case_id))

    def visit_for_task(self, household_id: str, task_id: str) -> None:
        """A follow-up visit: the form opens for that household; saving completes the task."""
        self.go("visits")
        visits = self.pages["visits"]
        visits.new_record(household_id)
        visits._form.saved.connect(lambda _r: self.context.write(cases.complete_task, task_id))

    def quick_action(self, name: str) -> None:
        page = {"visit": "visits", "household": "people", "activity": "activities",
                "resource": "resources"}[name]
        self.go(page, lambda: self.pages[page].new_record())

    def _changed(self, changes) -> None:
        if "sync" in changes.kinds:  # the Sync and Today pages say how sending went
            return
        self.message.setText(self.tr("Saved."))

    # -- undo -------------------------------------------------------------------------------
    def undo(self) -> None:
        if self.context.last_undo is not None:
            self.context.undo_last()
            self.message.setText(self.tr("Undone."))

    def _undo_offered(self, undoable) -> None:
        if undoable is None:
            self.undo_button.hide()
            return
        self.undo_button.setText(trf(self.tr("Undo: %1 (Ctrl+Z)"), undoable.description))
        self.undo_button.show()
        self._undo_timer.start(UNDO_OFFER_MS)
