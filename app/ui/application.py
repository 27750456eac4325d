"""Start the desktop app: fonts, style, translations, then first run → sign in → main window,
and back to sign in on the idle lock or "Lock".

    run_application(data_dir) -> exit code        (app/cli.py's `gui` command)

Start-up imports only Qt, the fonts, the translations and the sign-in screen (no database
code, no pages: tests/ui/test_start_imports.py); once the sign-in screen has painted,
app/ui/warm_up.py imports the rest on a background thread while the user types. The main
window, the first-run window and the use cases are imported where they are first needed.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QTableView, QWidget

from app.i18n import normalize_language
from app.services import station_files
from app.ui import warm_up
from app.ui.translations import switch_language as install_language
from app.ui.background import Runner
from app.ui.context import AppContext
from app.ui.errors import ErrorPresenter, show_uncaught
from app.ui.first_paint import when_painted
from app.ui.fonts import TallStackStyle, fit_columns, register_bundled_fonts, ui_font
from app.ui.idle import IdleWatcher
from app.ui.screen import fit_to_screen
from app.ui.sign_in import SignInWindow

DEFAULT_LANGUAGE = "zh_CN"
DESKTOP_ID = "cn.stationledger.ledger"  # the desktop entry's name (packaging/linux)
log = logging.getLogger("app.ui")


class StationApp(QStackedWidget):
    """One top-level window that shows first run, sign-in or the main window in turn."""

    def __init__(self, data_dir: Path, runner: Runner | None = None,
                 errors: ErrorPresenter | None = None, language: str = DEFAULT_LANGUAGE) -> None:
        super().__init__()
        self.app = QApplication.instance()
        self.errors = errors or ErrorPresenter(self)
        self.context = AppContext(Path(data_dir), runner or Runner(parent=self), self.errors, self)
        self.context.lock_minutes_changed = self._restart_idle
        self.context.lock_requested.connect(self.lock)
        self.context.exit_requested.connect(self.close)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.app.installEventFilter(self.idle)
        self.language = install_language(self.app, language).language
        # the sign-in screen's language: the device's (the program's start) or the one chosen
        # on the sign-in screen; a signed-in user's own language ends with sign-out
        self.sign_in_language = self.language
        self.main = None  # MainWindow (app.ui.main_window) once signed in
        self.sign_in: SignInWindow | None = None
        self.first_run = None  # FirstRunWindow while a station is set up
        self.setWindowTitle("Station Ledger")
        fit_to_screen(self, 1280, 800)  # a 1366×768 laptop: the status bar stays on the screen
        self.show_start()

    # -- screens ----------------------------------------------------------------------------
    def _replace(self, widget: QWidget) -> None:
        while self.count():
            old = self.widget(0)
            self.removeWidget(old)
            old.deleteLater()
        self.addWidget(widget)
        self.setCurrentWidget(widget)
        self.setWindowTitle(widget.windowTitle() or "Station Ledger")
        # the title follows the screen's, in a new language too (it stayed in the language
        # of the sign-in screen)
        widget.windowTitleChanged.connect(self.setWindowTitle)

    def show_start(self, demo: bool = False) -> None:
        if not station_files.is_set_up(self.context.data_dir):
            from app.ui.first_run import FirstRunWindow

            self.first_run = FirstRunWindow(self.context)
            self.first_run.done.connect(lambda demo_made: self.show_start(demo_made))
            self._replace(self.first_run)
            return
        self.show_sign_in(demo_hint=demo, check_demo=not demo)

    def show_sign_in(self, demo_hint: bool = False, check_demo: bool = False) -> None:
        self.main = None
        self.sign_in = SignInWindow(self.context, self.language, demo_hint=demo_hint)
        self.sign_in.signed_in.connect(self.enter)
        self.sign_in.language_chosen.connect(self.switch_language)
        self._replace(self.sign_in)
        self.sign_in.username.setFocus()
        sign_in = self.sign_in

        def painted() -> None:
            warm_up.start()  # load the rest while they type
            if check_demo:  # the key file is read off the GUI thread, after the warm-up
                self.context.runner.run(
                    looks_like_demo, self.context.data_dir, on_error=lambda _error: None,
                    on_result=lambda yes: yes and self.sign_in is sign_in and sign_in.show_demo_hint())
        when_painted(sign_in, "signin", painted)
        log.info("sign-in screen shown")
        from app.updates.launcher import mark_good

        mark_good(self.context.data_dir)  # an updated program that gets here works

    def enter(self, workspace) -> None:
        self.context.workspace = workspace
        chosen_here = self.sign_in is not None and self.sign_in.language_touched
        if chosen_here and self.sign_in.language.code() != workspace.language:
            self.switch_language(self.sign_in.language.code())  # and remember it for this user
        else:
            self.switch_language(normalize_language(workspace.language), store=False)
        self.apply_larger_text(workspace.larger_text, store=False)
        log.info("signed in (role %s)", workspace.role)
        from app.ui.main_window import MainWindow  # loaded by the warm-up while they typed

        self.main = MainWindow(self.context)
        self.main.lock_requested.connect(self.lock)
        self.main.sign_out_requested.connect(self.sign_out)
        self.main.exit_requested.connect(self.close)  # drafts kept (closeEvent); the app ends
        self.main.language_chosen.connect(self.switch_language)
        self.main.larger_text_chosen.connect(self.apply_larger_text)
        self.sign_in = None
        self._replace(self.main)
        self._restart_idle()

    def _restart_idle(self) -> None:
        if self.context.workspace is not None:
            from app.services import station

            self.context.query(station.idle_lock_minutes,
                               on_result=lambda minutes: self.idle.start(minutes * 60_000))

    # -- language and text size -------------------------------------------------------------
    def switch_language(self, code: str, store: bool = True) -> None:
        """Install the catalogues; every widget gets LanguageChange and retranslates."""
        workspace = self.context.workspace
        if workspace is not None:
            workspace.language = code  # catalogue labels from the DB follow at once
            if store:
                from app.services import preferences

                self.context.op(preferences.set_language, code)
        self.language = install_language(self.app, code).language
        if workspace is None:
            self.sign_in_language = self.language  # chosen on the sign-in screen

    def apply_larger_text(self, on: bool, store: bool = True) -> None:
        base = self.app.property("basePointSize") or None
        self.app.setFont(ui_font(base, larger_text=bool(on)))
        QTimer.singleShot(0, self, self._refit_tables)  # once every widget has its new font
        for label in self.findChildren(QLabel, "pageHeading"):  # headings have their own font
            font = self.app.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            label.setFont(font)
        if store and self.context.workspace is not None:
            from app.services import preferences

            self.context.op(preferences.set_larger_text, bool(on))

    def _refit_tables(self) -> None:
        """Columns measured again in the new font (they kept the old width: every cell "…")."""
        for view in self.findChildren(QTableView):
            if view.model() is not None and view.model().rowCount():
                fit_columns(view)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing the window keeps open forms as drafts, like the lock does."""
        if self.context.workspace is not None:
            self.context.save_open_drafts()
        super().closeEvent(event)

    # -- locking ----------------------------------------------------------------------------
    def sign_out(self) -> None:
        """Like the lock (drafts kept, store closed), and the sign-in screen starts empty for
        the next person, in the device's language (or the one last chosen on the sign-in
        screen), not the last user's."""
        self.lock()
        if self.sign_in is not None:
            if self.language != self.sign_in_language:  # not the last user's language
                self.switch_language(self.sign_in_language, store=False)
                self.sign_in.language.set_code(self.sign_in_language)
            self.sign_in.username.clear()
            self.sign_in.username.setFocus()

    def lock(self) -> None:
        """Save open drafts (encrypted), close every form, close the store, show sign-in."""
        workspace = self.context.workspace
        if workspace is None:
            return
        self.idle.stop()
        log.info("locked")
        from app.services import station
        from app.ui.widgets.progress import ProgressPanel

        for panel in self.findChildren(ProgressPanel):  # long jobs (sync, export) stop early
            panel.cancel()
        self.context.save_open_drafts()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isWindow() and widget.isVisible():
                widget.close()
                widget.deleteLater()
        self.context.workspace = None
        self.context.offer_undo(None)
        self.context.runner.forget_pending()  # late answers for the closed screens are dropped
        self.show_sign_in()  # no personal data stays on screen
        self.sign_in.username.setText(workspace.username)  # locked: only the password again
        self.sign_in.password.setFocus()
        self.context.runner.run_after_running(station.sign_out, workspace, on_error=self.errors.notify)


def prepare_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Station Ledger")
    app.setOrganizationName("Station Ledger")
    app.setDesktopFileName(DESKTOP_ID)
    from PySide6.QtGui import QIcon

    from app.paths import resource_path

    icon = QIcon()
    for size in (48, 128, 256):
        icon.addFile(str(resource_path("icons", f"station-ledger-{size}.png")))
    app.setWindowIcon(icon)
    register_bundled_fonts()
    app.setStyle(TallStackStyle())
    from app.ui.wheel_guard import install_wheel_guard

    install_wheel_guard(app)  # the wheel scrolls forms, not the combo boxes it passes over
    if app.property("basePointSize") is None:
        font = ui_font()
        app.setProperty("basePointSize", font.pointSizeF())  # larger text scales from this
        app.setFont(font)
    return app


def bring_forward(window: QWidget) -> None:
    """A second start asked for this window: show it, restored and on top."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def run_application(data_dir: Path) -> int:
    from app.logs import configure_logging
    from app.ui.single_instance import SingleInstance

    configure_logging("station-ledger")
    app = prepare_application()
    guard = SingleInstance(Path(data_dir))
    if not guard.claim():
        log.info("already running for this data directory: asked it to come forward")
        print("Station Ledger is already running; its window was brought forward.",
              file=sys.stderr)
        return 0
    window = StationApp(Path(data_dir))
    guard.activated.connect(lambda: bring_forward(window))
    previous_hook, sys.excepthook = sys.excepthook, show_uncaught(window.errors)
    window.show()
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        guard.release()
    runner = window.context.runner
    runner.wait()
    if window.context.workspace is not None:
        from app.services import station

        station.sign_out(window.context.workspace)
    runner.shutdown()
    window.hide()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return code


def looks_like_demo(data_dir: Path) -> bool:
    """Worker thread: are the demo's users all there? Then the sign-in screen shows its user
    names and password, so a newcomer can try it without a manual (a real station never has
    them all). Waits for the warm-up, which imports the key file code."""
    warm_up.wait()
    try:
        from app.security.keyring import Keyring

        names = set(Keyring.load(station_files.keyring_path(data_dir)).usernames())
    except Exception:  # noqa: BLE001 - only a hint
        return False
    return {"admin", "zhuoma", "lihua", "wangfang"} <= names
