"""Every environment variable the programs read, read here and nowhere else.

    STATION_LEDGER_HOME       the station's data directory (default: the platform's user data dir)
    STATION_LEDGER_LANG       the command line's language for messages (zh_CN, bo, en)
    STATION_LEDGER_FAST_KDF   "1": cheap Argon2id parameters (tests and benchmarks only)
    STATION_LEDGER_LOG_DIR    where the support log goes (default: the platform's user log dir)
    STATION_LEDGER_UPDATE_ROOT  the release root metadata to trust (a county's test release)
    STATION_LEDGER_LAUNCHED_VERSION  set by the launcher for the updated program it started
    STATION_LEDGER_PAINT_MARKS  "1": print when each screen is first painted (start-up timing)

The county server's settings (STATION_LEDGER_SERVER_*) are not read here: they are one typed
settings object, `app.server.settings.ServerSettings` (pydantic-settings), documented in
docs/server.md.

`environment()` reads them each time it is called (tests change them with monkeypatch).
Settings kept in the store (the idle lock, a user's language) are in `app.settings`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Environment:
    home: Path | None          # STATION_LEDGER_HOME, None when not set
    lang: str                  # STATION_LEDGER_LANG, "" when not set
    fast_kdf: bool             # STATION_LEDGER_FAST_KDF == "1"
    log_dir: Path | None       # STATION_LEDGER_LOG_DIR
    update_root: Path | None   # STATION_LEDGER_UPDATE_ROOT
    launched_version: str      # STATION_LEDGER_LAUNCHED_VERSION, "" when not set
    paint_marks: bool          # STATION_LEDGER_PAINT_MARKS == "1" (app/ui/first_paint.py)
    all: dict[str, str]        # the whole environment (to start another program with it)


def _path(name: str) -> Path | None:
    value = os.environ.get(name, "")
    return Path(value) if value else None


def environment() -> Environment:
    return Environment(home=_path("STATION_LEDGER_HOME"),
                       lang=os.environ.get("STATION_LEDGER_LANG", "").strip(),
                       fast_kdf=os.environ.get("STATION_LEDGER_FAST_KDF") == "1",
                       log_dir=_path("STATION_LEDGER_LOG_DIR"),
                       update_root=_path("STATION_LEDGER_UPDATE_ROOT"),
                       launched_version=os.environ.get("STATION_LEDGER_LAUNCHED_VERSION", ""),
                       paint_marks=os.environ.get("STATION_LEDGER_PAINT_MARKS") == "1",
                       all=dict(os.environ))
