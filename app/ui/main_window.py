"""The main window: pages named by what the worker does, one status bar with the last
change's Undo, and the keyboard shortcuts (Ctrl+N new, Ctrl+F search, Ctrl+Z undo, Ctrl+L lock,
Alt+1..9 pages).

Pages are built when first needed (shown, or asked for through `pages[name]`), so the window
paints after building only the first page; the pages that work in the background (automatic
sync and backup) are built after that first paint, once the warm-up (app/ui/warm_up.py) has
imported their modules. Page modules are imported by name when first needed: signing in needs
only this module and the first page's.
"""
from __future__ import annotations

import importlib
import math
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QMainWindow, QPushButton,
                               QScrollArea, QStackedWidget, QWidget)

from app.services import cases
from app.ui import warm_up
from app.ui.context import AppContext
from app.ui.first_paint import when_painted
from app.ui.text import tr_enum, trf

UNDO_OFFER_MS = 60_000
# name: (module under app.ui.pages, page class, its title as the page's title() says it: the
# navigation shows pages not built yet)
PAGES = {
    "today": ("today", "TodayPage", "Today"),
    "people": ("people", "PeoplePage", "Households and people"),
    "visits": ("visits", "VisitsPage", "Visits"), "cases": ("cases", "CasesPage", "Case files"),
    "activities": ("activities", "ActivitiesPage", "Activities"),
    "resources": ("resources", "ResourcesPage", "Resource links"),
    "reports": ("reports", "ReportsPage", "Reports"), "sync": ("sync", "SyncPage", "Sync"),
    "settings": ("settings", "SettingsPage", "Settings"),
    "team": ("team", "TeamPage", "Team and caseload")}
PAGE_NAMES = tuple(PAGES)  # Alt+1 … Alt+9, Alt+0
FIRST_PAGE = PAGE_NAMES[0]
BACKGROUND_PAGES = ("sync", "settings")  # automatic sync and backup live on these pages


def page_module(name: str) -> str:
    return f"app.ui.pages.{PAGES[name][0]}"


# after what signing in needs, the warm-up imports the pages: the background ones first
warm_up.import_later([page_module(name) for name in (*BACKGROUND_PAGES, *PAGE_NAMES)])


def page_class(name: str) -> type:
    """The page's class (its module imported now if the warm-up has not yet)."""
    return getattr(importlib.import_module(page_module(name)), PAGES[name][1])


def page_title(name: str) -> str:
    """The page's title in the current language, without building the page."""
    _module, class_name, source = PAGES[name]
    return QCoreApplication.translate(class_name, source)


class LazyPages(Mapping):
    """name -> page; a page is built (and put into its place in the window) when first asked
    for. Iterating gives the names; `built()` the pages made so far."""

    def __init__(self, build) -> None:
        self._build = build
        self._pages: dict = {}

    def __getitem__(self, name: str):
        if name not in self._pages:
            if name not in PAGES:
                raise KeyError(name)
            self._pages[name] = self._build(name)
        return self._pages[name]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_NAMES)

    def __len__(self) -> int:
        return len(PAGE_NAMES)

    def built(self) -> dict:
        return dict(self._pages)


def role_names(role: str) -> set[str]:
    """The role's label in every interface language ("督导", "Supervisor", …), as a person
    might have written it into their display name."""
    from app.i18n import available_languages, catalog_for

    english = ENUM_SOURCES.get(role, role)
    names = {english, tr_enum(role)}
    for language in available_languages():
        names.add(catalog_for(language).translate("Enum", english))
    return {name for name in names if name}


def user_line(display_name: str, role: str, with_role) -> str:
    """The status bar's user: "王芳 · 督导"; the name alone when it already names the role
    ("王芳（督导）" showed the supervisor's role twice). `with_role()` gives the long form."""
    if any(name in display_name for name in role_names(role)):
        return display_name
    return with_role()


ENUM_SOURCES = {"worker": "Worker", "supervisor": "Supervisor", "admin": "Administrator"}


class MainWindow(QMainWindow):
    lock_requested = Signal()
    sign_out_requested = Signal()
    exit_requested = Signal()
    language_chosen = Signal(str)
    larger_text_chosen = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.holders: dict[str, QScrollArea] = {}
        for name in PAGE_NAMES:
            # a page taller than the screen (Tibetan, larger text) scrolls instead of pushing
            # the status bar off a 1366×768 screen
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            self.holders[name] = holder
            self.stack.addWidget(holder)
            self.nav.addItem("")
        self.pages = LazyPages(self._build_page)
        self.nav.currentRowChanged.connect(self._show_row)
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
        self.undo_button.clicked.connect(self.undo)
        self._undoing = False
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
        self._message_source = None  # the status message, again in a new language
        # a bound method, not a lambda: Qt drops the connection when this window is deleted
        # (after a sign-out the next user's window gets the notices, not a deleted one)
        context.errors.notified.connect(self._notified)
        self._menu()
        self._shortcuts()
        self.retranslate()
        self.nav.setCurrentRow(0)
        when_painted(self, "main", self._build_background_pages)

    def _build_page(self, name: str):
        page = page_class(name)(self.context)
        self._wire(name, page)
        self.holders[name].setWidget(page)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGE_NAMES):
            self.pages[PAGE_NAMES[row]]  # noqa: B018 - built on first show
            self.stack.setCurrentIndex(row)

    def _build_background_pages(self) -> None:
        """After the first paint, once the warm-up has imported the pages (the GUI thread does
        not wait on imports): the pages whose timers sync and back up by themselves."""
        warm_up.start()
        warm_up.release()  # held since Enter: the main window has painted
        if not all(warm_up.is_loaded(page_module(name)) for name in BACKGROUND_PAGES):
            QTimer.singleShot(20, self._build_background_pages)
            return
        for name in BACKGROUND_PAGES:
            self.pages[name]  # noqa: B018 - building it starts its timers

    def _wire(self, name: str, page) -> None:
        p = self.pages
        if name in ("today", "team"):
            page.open_case.connect(self.open_case)
        if name == "today":
            page.visit_household.connect(self.visit_for_task)
            page.quick_action.connect(self.quick_action)
        if name == "people":
            page.visit_requested.connect(lambda hid: self.go("visits", lambda: p["visits"].new_record(hid)))
            page.case_requested.connect(lambda pid: self.go("cases", lambda: p["cases"].new_record(pid)))
        if name == "settings":
            page.language_chosen.connect(self.language_chosen)
            page.larger_text_chosen.connect(self.larger_text_chosen)
            page.lock_requested.connect(self.lock_requested)

    def _menu(self) -> None:
        """The session menu: lock, sign out, exit (each with its shortcut)."""
        self.session_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.sign_out_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.exit_action = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.exit_action.triggered.connect(self.exit_requested)
        for action in (self.lock_action, self.sign_out_action, self.exit_action):
            # the whole application: a form open in its own window must not block the lock
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.session_menu.addAction(action)

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.current_page().new_record())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, activated=self.show_about)
        for number, name in enumerate(PAGE_NAMES, start=1):
            QShortcut(QKeySequence(f"Alt+{number % 10}"), self,
                      activated=lambda n=name: self.go(n))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Station Ledger"))
        for row, name in enumerate(PAGE_NAMES):
            self.nav.item(row).setText(trf(self.tr("%1  (Alt+%2)"), page_title(name), (row + 1) % 10))
        self._fit_nav()
        workspace = self.context.workspace
        # the team and caseload view is for supervisors and the admin
        self.nav.setRowHidden(PAGE_NAMES.index("team"),
                              workspace is None or not workspace.is_supervisor)
        if workspace is not None:
            self.user_label.setText(user_line(workspace.display_name, workspace.role,
                                              lambda: trf(self.tr("%1 · %2"), workspace.display_name,
                                                          tr_enum(workspace.role))))
        self.undo_button.setText(self.tr("&Undo"))
        self.lock_button.setText(self.tr("Lock"))
        self.session_menu.setTitle(self.tr("Sess&ion"))
        self.lock_action.setText(self.tr("&Lock the screen"))
        self.sign_out_action.setText(self.tr("&Sign out"))
        self.exit_action.setText(self.tr("E&xit"))
        if self._message_source is not None:
            self.message.setText(self._message_source())
        self._undo_offered(self.context.last_undo)

    def _fit_nav(self) -> None:
        """The page list as wide as its longest name in the current font and language (it was
        cut with larger text, and stayed narrow after)."""
        metrics = QFontMetricsF(self.nav.font())
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0.0)
        frame = 2 * self.nav.frameWidth() + 2 * self.nav.spacing() + 16
        self.nav.setFixedWidth(math.ceil(widest) + frame)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_nav()
        super().changeEvent(event)

    # -- navigation -------------------------------------------------------------------------
    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def current_page(self):
        return self.stack.currentWidget().widget()

    def go(self, name: str, then=None) -> None:
        row = PAGE_NAMES.index(name)
        if self.nav.isRowHidden(row):
            return
        self.nav.setCurrentRow(row)
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
        visits._form.saved.connect(lambda _r: self.context.op(cases.complete_task, task_id))

    def quick_action(self, name: str) -> None:
        page = {"visit": "visits", "household": "people", "activity": "activities",
                "resource": "resources"}[name]
        self.go(page, lambda: self.pages[page].new_record())

    def _notified(self, text: str) -> None:
        self.say(lambda: text)

    def say(self, source) -> None:
        """A status message; `source()` gives it in the current language."""
        self._message_source = source
        self.message.setText(source())

    def _changed(self, changes) -> None:
        if "sync" in changes.kinds:  # the Sync and Today pages say how sending went
            return
        if changes.kinds <= {"draft"}:  # a kept draft (Cancel, a lock) saved no record: no
            return                      # "Saved." (it comes back when the form is opened)
        if self._undoing:  # the undo's own change: "Undone: …" stays
            self._undoing = False
            return
        self.say(lambda: self.tr("Saved."))

    # -- undo -------------------------------------------------------------------------------
    def undo(self) -> None:
        """Ctrl+Z or the Undo button: take back the last change and say what was taken back."""
        undoable = self.context.last_undo
        if undoable is not None:
            self._undoing = True
            self.context.undo_last()
            self.say(lambda: trf(self.tr("Undone: %1"), undoable.description))

    def _undo_offered(self, undoable) -> None:
        if undoable is None:
            self.undo_button.hide()
            return
        self.undo_button.setText(trf(self.tr("Undo: %1 (Ctrl+Z)"), undoable.description))
        self.undo_button.show()
        self._undo_timer.start(UNDO_OFFER_MS)
