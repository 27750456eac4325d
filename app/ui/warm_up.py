"""Load the rest of the program while the user types the password.

Start-up imports only Qt, the fonts, the translations and the sign-in screen, so the sign-in
screen paints within half a second. The database layer (SQLAlchemy, the models, the key file
code), the main window and its pages are imported here on one background thread as soon as the
sign-in screen is up; by the time a person has typed a password they are loaded.

    start()            begin loading (once per process; later calls do nothing)
    wait() -> None     start if need be, block until loaded (worker threads only: the sign-in
                       use case calls it before it imports app.services.station)

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

# What the signed-in program needs first, in the order it needs it.
MODULES = (
    "app.services.station",  # SQLAlchemy, the models, Argon2id, the store
    "app.services.preferences",
    "app.services.ui_queries",
    "app.ui.main_window",  # every page and its forms
)

_lock = threading.Lock()
_thread: threading.Thread | None = None
_done = threading.Event()


def _load() -> None:
    try:
        for name in MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - imported again where used, with its error
                log.exception("warm-up import of %s failed", name)
    finally:
        _done.set()


def start() -> None:
    """Begin importing MODULES on a daemon thread (idempotent)."""
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
