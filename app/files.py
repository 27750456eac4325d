"""Writing files so a reader or a crash never sees half of one.

Every file the app writes outside the encrypted store (the key file, key files, exports, the
printed case file, backups' manifests, parcels on a USB stick, the county roll-up) goes through
`atomic_output` / `write_atomically`:

- a temporary file with a **unique** name in the target's folder (two writers never share one),
  created with the requested mode (0600 by default),
- written, flushed and fsync'ed,
- `os.replace`d over the target (atomic on POSIX and on Windows for one volume),
- then the folder is fsync'ed (POSIX), so the rename itself survives a power cut.

A reader sees the old file or the new one, never a partial one. If writing fails the temporary
file is removed and the target is unchanged.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from app.errors import N_, ValidationError

PARTIAL_SUFFIX = ".partial"


def fsync_folder(folder: Path) -> None:
    """fsync a directory (POSIX only; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """fsync a file written by someone else (e.g. SQLite's VACUUM INTO, shutil.copyfile)."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextmanager
def atomic_output(path: Path | str, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file handle; on a clean exit its bytes replace `path` atomically.

    Raises whatever the write raised (OSError for a full disk, ...) with `path` untouched."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX, dir=folder)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        fsync_folder(folder)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_atomically(path: Path | str, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` (see atomic_output)."""
    with atomic_output(path, mode) as handle:
        handle.write(data)


def existing_folder(path: Path | str, field: str = "folder") -> Path:
    """`path` as a Path if it is a folder that exists; never makes one.

    A mistyped or unplugged USB path must not turn into "0 parcels" or into a new folder on
    this computer's own disk. Raises ValidationError (`field`) naming the path: "No such
    folder" when nothing is there, "not a folder" when it is a file."""
    folder = Path(path)
    if folder.is_dir():
        return folder
    if folder.exists():
        raise ValidationError(N_("%1 is a file, not a folder."), folder, field=field)
    raise ValidationError(N_("No such folder: %1. Is the USB stick or disk connected?"),
                          folder, field=field)
