"""Export diagnostics: what a county technician needs to help a station, without personal data.

    export_diagnostics(workspace, out_path) -> DiagnosticsExport

Writes one zip (atomically, app.files.atomic_output) holding
`about.json` (app version, schema revision of the code and of the store, Python, platform,
SQLCipher version), `store.json` (integrity check, number of records per kind, change-log
size), `sync.json` (enrolled or not, last contact, changes waiting, parcels waiting, quarantined,
conflicts, the last error with personal-looking text scrubbed) and the support log files
(`app.logs`, already scrubbed). No field value of any record is read. The export is audited.
Errors: `ValidationError` (field "path") when the folder cannot be written.
"""
from __future__ import annotations

import json
import platform
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from app.errors import N_, ValidationError
from app.files import atomic_output, existing_folder
from app.logs import log_dir, scrub
from app.services.workspace import Changes, Workspace


@dataclass(frozen=True)
class DiagnosticsExport:
    path: Path
    files: tuple[str, ...]  # names inside the zip
    changes: Changes


def _about(workspace: Workspace) -> dict:
    from app.models.migrate import current_revision
    from app.version import app_version, schema_revision

    with workspace.store.engine.connect() as connection:
        cipher = connection.execute(text("PRAGMA cipher_version")).scalar()
    return {"app_version": app_version(), "schema_revision_code": schema_revision(),
            "schema_revision_store": current_revision(workspace.store),
            "python": sys.version.split()[0], "platform": platform.platform(),
            "machine": platform.machine(), "sqlcipher": cipher,
            "device_id": workspace.store.device_id}


def _store(workspace: Workspace) -> dict:
    from app.models import SYNCED_MODELS, ChangeLogEntry

    with workspace.read() as session:
        counts = {kind: session.scalar(select(func.count()).select_from(model))
                  for kind, model in SYNCED_MODELS.items()}
        change_log = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    return {"integrity_check": workspace.store.integrity_check(), "records": counts,
            "change_log_entries": change_log}


def _sync(workspace: Workspace) -> dict:
    from app.sync.status import sync_status

    status = sync_status(workspace)
    return {"enrolled": status.enrolled,
            "last_contact": status.last_contact.isoformat() if status.last_contact else None,
            "pending_changes": status.pending_changes, "parcels_waiting": status.parcels_waiting,
            "quarantined": status.quarantined, "conflicts": status.conflicts,
            "last_error": scrub(status.last_error or "")}


def export_diagnostics(workspace: Workspace, out_path: Path) -> DiagnosticsExport:
    out_path = Path(out_path)
    if out_path.suffix.lower() != ".zip":
        out_path = out_path.with_suffix(".zip")
    parts = {"about.json": _about(workspace), "store.json": _store(workspace),
             "sync.json": _sync(workspace)}
    names = []
    existing_folder(out_path.parent, field="out")  # a mistyped USB path is not made here
    try:
        with atomic_output(out_path) as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
            for name, content in parts.items():
                z.writestr(name, json.dumps(content, ensure_ascii=False, indent=1, default=str))
                names.append(name)
            folder = log_dir()
            for log_file in sorted(folder.glob("station-ledger.log*")) if folder.exists() else ():
                z.writestr(f"log/{log_file.name}", scrub(log_file.read_text("utf-8", "replace")))
                names.append(f"log/{log_file.name}")
    except OSError as error:
        raise ValidationError(N_("The diagnostics could not be written to %1: %2"),
                              out_path.parent, error.strerror or type(error).__name__,
                              field="path") from error
    with workspace.write() as session:
        workspace.audit(session, "diagnostics.exported", details={"files": len(names)})
    return DiagnosticsExport(out_path, tuple(names), Changes())
