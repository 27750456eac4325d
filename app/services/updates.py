"""Use case: fetch a newer signed release of the program from the county (or a USB folder) and
stage it for the next start; audited.

    update_program(workspace, source=None, check_only=False) -> UpdateResult

`source` defaults to the county this device syncs with. Errors: `UpdateError` (app.updates.client)
with a translated reason; `ValidationError` (field "source") when there is nowhere to look.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import N_, ValidationError
from app.services.workspace import Changes, Workspace


@dataclass(frozen=True)
class UpdateResult:
    current: str
    offered: str | None  # the newer version found, or None
    staged: bool  # downloaded, verified and ready for the next start
    changes: Changes = Changes()


def _county_url(workspace: Workspace) -> str:
    from app.models.sync_state import SyncServer

    with workspace.read() as session:
        server = session.get(SyncServer, "county")
        return server.url if server else ""


def update_program(workspace: Workspace, source: str | None = None,
                   check_only: bool = False) -> UpdateResult:
    from app.updates import client
    from app.version import app_version

    source = source or _county_url(workspace)
    if not source:
        raise ValidationError(N_("This computer is not enrolled with a county yet: choose a "
                                 "folder that holds an update."), field="source")
    current = app_version()
    offer = client.check(workspace.data_dir, source, current)
    if offer is None or check_only:
        return UpdateResult(current, offer.version if offer else None, False)
    staged = client.download_and_stage(workspace.data_dir, source, current)
    with workspace.write() as session:
        workspace.audit(session, "program.update_staged",
                        details={"from": current, "to": staged.version})
    return UpdateResult(current, staged.version, True)
