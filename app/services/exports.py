"""Plaintext that leaves the encrypted store is the user's decision (issue 11, item 7).

A printed case file (name, partly masked ID number, assessment, risk level, service notes) and
a monthly export are ordinary, unencrypted files. So:

- they are saved by default into the signed-in user's own export folder,
  `<data dir>/exports/<user name>/` (mode 0700: other accounts of the computer cannot list
  it), not into the home folder where backups, cloud sync and other users see them;
- the user is told, in the user's language, that the file holds personal data;
- the app offers to open the file for printing and to delete it afterwards
  (`delete_export`, audited like the export itself: `report.deleted`).

This is the one place under the data directory where plaintext may be, and only by a user's
choice; the plaintext scan test writes no export.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from app.errors import N_, ValidationError
from app.services.workspace import Changes, Workspace


class DeletedExport(NamedTuple):
    """The deleted file, and no record changes (an operation's result)."""

    path: Path
    changes: Changes = Changes()

EXPORTS_DIRNAME = "exports"
PERSONAL_DATA_WARNING = N_(
    "This file holds personal data (names, ID numbers, assessments) and is not encrypted. "
    "Print it, then delete it; do not leave copies on shared computers or USB sticks.")

EXPORT_WARNING = N_(
    "This file is not encrypted. Keep it only where it is needed, and delete it when it is no "
    "longer needed.")


def export_folder(workspace: Workspace) -> Path:
    """The user's own folder for printed case files and exports (made, mode 0700)."""
    root = Path(workspace.data_dir) / EXPORTS_DIRNAME
    folder = root / workspace.username
    folder.mkdir(parents=True, exist_ok=True)
    for path in (root, folder):
        os.chmod(path, 0o700)
    return folder


def delete_export(workspace: Workspace, path: str | Path) -> DeletedExport:
    """Delete an exported file the user no longer needs; audited. Returns the path (and empty
    `changes`).

    Raises ValidationError (field "file") if `path` is not a regular file."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(N_("The file %1 is not there any more."), path, field="file")
    path.unlink()
    with workspace.write() as session:
        workspace.audit(session, "report.deleted", details={"file": path.name})
    return DeletedExport(path)
