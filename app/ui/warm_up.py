"""Load the rest of the program while the user types the password.

Start-up imports only Qt, the fonts, the translations and the sign-in screen, so the sign-in
screen paints within half a second. The database layer (SQLAlchemy, the models, the key file
code), the main window and its pages are imported here on one background thread as soon as the
sign-in screen is up; by the time a person has typed a password they are loaded.

    start()            begin loading (once per process; later calls do nothing)
    wait() -> None     start if need be, block until what signing in needs is loaded (worker
                       threads only: the sign-in use case calls it before it imports
                       app.services.station)
    start_later()      once that is loaded, import the other pages on the same thread
    everything_loaded() -> bool   the other pages too (the main window polls this before it
                       builds the pages that sync and back up in the background)

Only module imports happen here: no Qt object is made off the GUI thread. The sign-in work
waits for this thread before it imports anything, so two threads never import the same
modules at once (Python would otherwise hand one of them a half-initialised module).
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
_later = threading.Event()  # asked for the other pages
_everything = threading.Event()  # the other pages loaded too


def _import(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception:  # noqa: BLE001 - imported again where used, with its error
        log.exception("warm-up import of %s failed", name)


def _load() -> None:
    try:
        for name in MODULES:
            _import(name)
    finally:
        _done.set()
    _later.wait()
    try:
        from app.ui.main_window import PAGE_NAMES, page_module

        for name in PAGE_NAMES:  # the sync page brings the HTTP client; reports, the PDF code
            _import(page_module(name))
    finally:
        _everything.set()


def start() -> None:
    """Begin importing MODULES on a daemon thread (idempotent)."""
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_load, name="warm-up", daemon=True)
            _thread.start()


def start_later() -> None:
    """Import the other pages after MODULES (starts the warm-up if need be)."""
    start()
    _later.set()


def everything_loaded() -> bool:
    return _everything.is_set()


def wait() -> None:
    """Return once the warm-up finished; starts it if the sign-in screen never painted (a
    hidden window), so the heavy modules are only ever imported on the warm-up thread."""
    start()
    _done.wait()
