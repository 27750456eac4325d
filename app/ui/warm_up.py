"""Load the rest of the program while the user types the password.

Start-up imports only Qt, the fonts, the translations and the sign-in screen, so the sign-in
screen paints within half a second. The database layer (SQLAlchemy, the models, the key file
code), the main window and its pages are imported here on one background thread as soon as the
sign-in screen is up; by the time a person has typed a password they are loaded.

    start()            begin loading (once per process; later calls do nothing)
    wait() -> None     start if need be, block until what signing in needs is loaded (worker
                       threads only: the sign-in use case calls it before it imports
                       app.services.station)
    import_later(names) then import these on the same thread (app.ui.main_window: its pages,
                       the background ones first)
    is_loaded(name) -> bool   imported by the warm-up (the main window polls this before it
                       builds the pages that sync and back up in the background)
    hold() / release() pause the later imports between two modules, and go on: held from the
                       moment the password is sent until the main window has painted, so on a
                       one-core laptop the pages' imports do not compete with Argon2id and the
                       main window for the processor (a forgotten release lapses after
                       HOLD_LIMIT seconds)

Only module imports happen here: no Qt object is made off the GUI thread. The sign-in work
waits for the first stage before it imports anything, and the main window builds its
background pages once this thread has imported them; a page opened before the warm-up reached
it is imported by the GUI thread (Python's module locks make the two threads wait in turn).
A module that fails to import here is imported again, with its real error, where it is used.
"""
from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger("app.ui")

# What signing in and the first page need, in the order they need it.
MODULES = (
    "app.services.station",  # SQLAlchemy, the models, Argon2id, the store
    "app.services.preferences",
    "app.services.ui_queries",
    "app.ui.main_window",
    "app.ui.pages.today",
)

_lock = threading.Lock()
_thread: threading.Thread | None = None
_done = threading.Event()  # MODULES loaded
_later: list[str] = []  # then these (app.ui.main_window names its pages, background ones first)
_loaded: set[str] = set()  # imported by this thread (or found imported already)
_go = threading.Event()  # cleared while signing in: the later imports wait
_go.set()
HOLD_LIMIT = 10.0  # seconds


def hold() -> None:
    """Pause the later imports (after MODULES) until `release()` (GUI thread: Enter)."""
    _go.clear()


def release() -> None:
    """Let the later imports go on (the main window painted, or the sign-in failed)."""
    _go.set()


def import_later(names) -> None:
    """Modules to import after MODULES (in this order), while the main window is in use."""
    with _lock:
        _later.extend(name for name in names if name not in _later)


def is_loaded(name: str) -> bool:
    """Has the warm-up imported `name` (so importing it now costs the GUI thread nothing)?"""
    return name in _loaded


def _import(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception:  # noqa: BLE001 - imported again where used, with its error
        log.exception("warm-up import of %s failed", name)
    _loaded.add(name)


def _load() -> None:
    try:
        for name in MODULES:
            _import(name)
    finally:
        _done.set()
    index = 0
    while True:  # the pages (the sync page brings the HTTP client; reports, the PDF code)
        with _lock:
            if index >= len(_later):
                return
            name = _later[index]
        _go.wait(HOLD_LIMIT)
        _import(name)
        index += 1


def start() -> None:
    """Begin importing MODULES, then the later ones, on a daemon thread (idempotent)."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_load, name="warm-up", daemon=True)
            _thread.start()


def wait() -> None:
    """Return once the warm-up finished; starts it if the sign-in screen never painted (a
    hidden window), so the heavy modules are only ever imported on the warm-up thread."""
    start()
    _done.wait()
