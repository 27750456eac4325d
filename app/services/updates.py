"""Use case: fetch a newer signed release of the program from the county (or a USB folder) and
stage it for the next start; audited.

    update_program(workspace, source=None, check_only=False) -> UpdateResult

`source` defaults to the county this device syncs with. Errors: `UpdateError` (app.updates.client)
with a translated reason; `ValidationError` (field "source") when there is nowhere to look.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

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
    from app.updates.launcher import VERSIONS_DIR, read_state

    current = app_version()
    offer = client.check(workspace.data_dir, source, current)
    if offer is None or check_only:
        return UpdateResult(current, offer.version if offer else None, False)
    state = read_state(workspace.data_dir)
    if state["staged"] == offer.version and offer.version not in state["bad"] and \
            (workspace.data_dir / VERSIONS_DIR / offer.version).is_dir():
        return UpdateResult(current, offer.version, True)  # already waiting for the next start
    staged = client.download_and_stage(workspace.data_dir, source, current)
    with workspace.write() as session:
        workspace.audit(session, "program.update_staged",
                        details={"from": current, "to": staged.version})
    return UpdateResult(current, staged.version, True)


def fetch_after_sync(workspace: Workspace, *, now: datetime | None = None) -> UpdateResult | None:
    """After a successful sync (worker thread): stage a newer signed release if the county
    offers one, so stations learn of updates with their sync. Throttled: the county is asked
    at most every `update_check_hours` (settings registry, device scope; default 6) after the
    stored `update_last_checked_at`, not at every automatic sync (every 60 s); a clock set
    back makes it due. Quiet by design: a build without a trusted root does nothing; a
    refusal or a cut link is written to the support log and tried again (resuming) at the
    next check. Returns what happened, or None (also when not due)."""
    import logging

    from app.errors import UserError
    from app.services.settings import get_setting, set_setting
    from app.updates.client import updates_configured

    if not updates_configured():
        return None
    now = now or datetime.now(timezone.utc)
    last = _checked_at(get_setting(workspace, "update_last_checked_at"))
    every = timedelta(hours=get_setting(workspace, "update_check_hours"))
    if last is not None and last <= now < last + every:
        return None
    try:
        result = update_program(workspace)
    except UserError as error:
        logging.getLogger("app.updates").warning("update after sync: %s", error.source)
        result = None
    set_setting(workspace, "update_last_checked_at", now.isoformat())
    return result


def _checked_at(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment
