"""Every environment variable the programs read, read here and nowhere else.

    STATION_LEDGER_HOME       the station's data directory (default: the platform's user data dir)
    STATION_LEDGER_LANG       the command line's language for messages (zh_CN, bo, en)
    STATION_LEDGER_FAST_KDF   "1": cheap Argon2id parameters (tests and benchmarks only)
    STATION_LEDGER_SERVER_DB  the county server's database URL (default: sqlite:///county.db)

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
    server_db: str             # STATION_LEDGER_SERVER_DB, "" when not set


def environment() -> Environment:
    home = os.environ.get("STATION_LEDGER_HOME", "")
    return Environment(home=Path(home) if home else None,
                       lang=os.environ.get("STATION_LEDGER_LANG", "").strip(),
                       fast_kdf=os.environ.get("STATION_LEDGER_FAST_KDF") == "1",
                       server_db=os.environ.get("STATION_LEDGER_SERVER_DB", "").strip())
