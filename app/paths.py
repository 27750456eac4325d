"""Where things live: bundled resources, and the per-user data directory (platformdirs)."""
from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "StationLedger"
DATABASE_FILENAME = "station.db"  # the encrypted store (SQLCipher) in a data directory


def resources_root() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller onedir bundle
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def default_data_dir() -> Path:
    """STATION_LEDGER_HOME if set, else the platform's user data directory."""
    from app.environment import environment

    override = environment().home
    if override is not None:
        return override
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
