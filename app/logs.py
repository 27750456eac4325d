"""The support log: a rotating file in the platform's log folder that holds what happened and
never who it happened to.

    configure_logging(program) -> Path      (the log file; idempotent per process)
    log_dir() -> Path                       (STATION_LEDGER_LOG_DIR, else platformdirs' log dir)
    exception_summary(error) -> str         (type, source message without values, code frames)

Rules for callers: log events, counts, record kinds and ids (UUIDs), never field values.
As a safety net every line passes `scrub`: Han and Tibetan text, runs of 6 or more digits (ID,
phone and bank numbers) and e-mail addresses are replaced, and exception messages are dropped
(a database error's message can hold the row it failed on) except a UserError's English
source, which holds `%1` placeholders, not values. 1 MiB a file, 5 files kept (≈6 MiB).
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import traceback
from pathlib import Path

import platformdirs

from app.paths import APP_NAME

LOG_FILE = "station-ledger.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5

_PERSONAL = [
    (re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f\uf900-\ufaff]+"), "[han]"),
    (re.compile(r"[\u0f00-\u0fff]+"), "[bo]"),
    (re.compile(r"\d{6,}[\dXx]?"), "[number]"),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "[email]"),
]


def scrub(text: str) -> str:
    """`text` with personal-looking pieces replaced (see the module docstring)."""
    for pattern, replacement in _PERSONAL:
        text = pattern.sub(replacement, text)
    return text


def exception_summary(error: BaseException) -> str:
    """Type, a value-free message and the code frames of `error` (file, line, function)."""
    from app.errors import UserError

    message = error.source if isinstance(error, UserError) else "(message withheld)"
    frames = "".join(traceback.format_tb(error.__traceback__)) if error.__traceback__ else ""
    return f"{type(error).__module__}.{type(error).__qualname__}: {message}\n{frames}".rstrip()


class _ScrubbingFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        return exception_summary(ei[1]) if ei and ei[1] is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def log_dir() -> Path:
    override = os.environ.get("STATION_LEDGER_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


_configured: Path | None = None


def configure_logging(program: str = "station-ledger") -> Path:
    """Send the `app` loggers and uncaught exceptions to the rotating support log."""
    global _configured
    if _configured is not None:
        return _configured
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(_ScrubbingFormatter(
        "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("app")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    previous_hook = sys.excepthook

    def log_uncaught(kind, value, tb):
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("app").error("uncaught exception", exc_info=(kind, value, tb))
        previous_hook(kind, value, tb)

    sys.excepthook = log_uncaught
    from app.version import app_version

    logging.getLogger("app").info("%s %s started (python %s, %s)", program, app_version(),
                                  sys.version.split()[0], sys.platform)
    _configured = path
    return path
