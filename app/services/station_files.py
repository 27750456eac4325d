"""Which files make a station's data directory, answered without opening anything.

The sign-in screen asks these before the database layer is imported (start-up imports only
Qt and the sign-in screen; app/ui/warm_up.py loads the rest while the user types), so this
module imports nothing but the standard library and `app.paths`.

    is_set_up(data_dir) -> bool     a store and its key file, and no unfinished join
    keyring_path(data_dir) -> Path  the key file (`keyring.json`)
"""
from __future__ import annotations

from pathlib import Path

from app.paths import DATABASE_FILENAME

KEYRING_FILENAME = "keyring.json"
JOIN_MARKER = "join.json"  # present while app.services.join has not finished joining this folder


def keyring_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYRING_FILENAME


def is_set_up(data_dir: Path) -> bool:
    """A store and its key file, and no unfinished join (see app.services.join)."""
    data_dir = Path(data_dir)
    return ((data_dir / DATABASE_FILENAME).exists() and keyring_path(data_dir).exists()
            and not (data_dir / JOIN_MARKER).exists())
