"""Sync use cases: what the Sync page, the timer and the command line do with the county.

    enroll(workspace, url, code, label)          connect this computer (admin only) -> Created
    sync_once(workspace, progress, ...)          look at the server, push, pull -> Outcome
    sync_now(workspace, progress)                push and pull, raising on failure -> SyncReport
    export_to_folder(workspace, folder, progress)  parcels onto a USB stick -> FolderExport
    import_from_folder(workspace, folder)        receipts and parcels back -> SyncReport
    resolve_conflict(workspace, conflict_id, choice) -> Changes
    status(workspace) / conflicts(workspace)     the read model (app.services.sync_view shapes
                                                 it for the screens)
    join_station(data_dir, ...)                  a second device for an existing station

Every operation returns a result carrying its `Changes`. Progress and cancel come in as one
`app.progress.Progress`; a cancelled sync raises (or reports) `Cancelled` and keeps what the
county already acknowledged. The mechanism (parcels, receipts, transport, merge) is `app.sync`,
which never imports this module.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.changes import Changes, Created
from app.errors import N_, ConflictError, NotFound, StoreError, UserError, ValidationError
from app.progress import Cancelled, Progress
from app.services.attachment_content import thumbnail_of
from app.services.workspace import Workspace
from app.sync import status as sync_status
from app.sync.client import SyncClient, SyncProgress, SyncReport, record_history
from app.sync.transport import HttpTransport, LinkDown, ServerRefused
from app.protocol.wire import ParcelError

SyncStatus = sync_status.SyncStatus

from app.services.user_names import resolve_duplicate_user  # noqa: E402,F401 - the Sync page's way out


@dataclass(frozen=True)
class Outcome:
    """How one sync attempt ended. `message` is English (for logs); `error`, when there is
    one, is the `UserError` to show translated."""

    state: str  # synced / unreachable / refused / cancelled / not_enrolled
    message: str = ""
    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[str] = field(default_factory=frozenset)
    error: UserError | None = None

    @property
    def changes(self) -> Changes:
        """The records received, and the sync state itself (nothing when not enrolled)."""
        if self.state == "not_enrolled":
            return Changes()
        return Changes(frozenset(self.kinds | {"sync"}), frozenset(self.ids))


@dataclass(frozen=True)
class FolderExport:
    parcels: int  # parcels written to the folder

    @property
    def changes(self) -> Changes:
        return Changes.of("sync")


def _server_url(workspace: Workspace) -> str:
    return sync_status.sync_status(workspace).server_url or ""


def plain_http_warning(url: str, allow_plain_http: bool = False) -> UserError | None:
    """The warning to show for a plain http:// county address (loopback, or a trial with
    `allow_plain_http`), None for https://. Raises ValidationError (field "server") for an
    address the device must not use (app.sync.trust)."""
    from app.sync.trust import PLAIN_HTTP_WARNING, check_server_url

    return UserError(PLAIN_HTTP_WARNING) if check_server_url(url, allow_plain_http) else None


def enroll(workspace: Workspace, url: str, code: str, label: str = "", *, fingerprint: str,
           allow_plain_http: bool = False) -> Created:
    """Connect this computer to the county server with an enrolment code, trusting only the
    county keys that give `fingerprint` (printed with the code). Admins only. Returns the
    station's key at the county (`.id`) and the Changes. Raises PermissionDenied,
    ValidationError (no address or code, a bad fingerprint or address), KeyMismatch, or the
    transport's LinkDown / ServerRefused."""
    workspace.require_role("admin")
    if not url.strip():
        raise ValidationError(N_("Please enter the server address."), field="url")
    if not code.strip():
        raise ValidationError(N_("Please enter the enrolment code."), field="code")
    answer = SyncClient(workspace.store).enroll(url.strip(), code.strip(),
                                                label or workspace.display_name,
                                                fingerprint=fingerprint,
                                                allow_plain_http=allow_plain_http)
    return Created(str(answer["station_key"]), Changes.of("sync"))


def sync_now(workspace: Workspace, progress: Progress | None = None,
             on_stage: Callable[[SyncProgress], None] | None = None) -> SyncReport:
    """Push everything waiting, then pull everything new. Raises LinkDown / ServerRefused /
    ParcelError (written to the sync history) or Cancelled; what was acknowledged stays."""
    progress = progress or Progress()

    def report(p: SyncProgress) -> None:
        progress.notify(p.done, p.total)
        if on_stage is not None:
            on_stage(p)

    client = SyncClient.for_workspace(workspace, progress=report, cancel=progress.event,
                                      thumbnailer=thumbnail_of)
    try:
        return client.sync_now()  # not enrolled: NotEnrolled
    finally:
        if client.transport is not None:
            client.transport.close()


def sync_once(workspace: Workspace, progress: Progress | None = None,
              note_unreachable: bool = True,
              still_signed_in: Callable[[], bool] = lambda: True) -> Outcome:
    """One attempt, for the button and the timer: nothing when not enrolled; a cheap look at
    the server first; then push and pull. Never raises for the link or the county's answer:
    the outcome says it (an unreachable server is written to the history once when
    `note_unreachable`). Stops between batches when `progress` is cancelled or
    `still_signed_in()` turns False (the screen was locked)."""
    url = _server_url(workspace)
    if not url:
        return Outcome("not_enrolled")
    progress = progress or Progress()

    def report(p: SyncProgress) -> None:
        if not still_signed_in():
            progress.cancel()
        progress.notify(p.done, p.total)

    transport = HttpTransport(url)
    try:
        try:
            transport.health()
        except (LinkDown, ServerRefused) as exc:
            if note_unreachable:  # in English in the store, like the client's own history
                record_history(workspace.store, "unreachable", _english(exc), error=_english(exc))
            return Outcome("unreachable", _english(exc), error=_user_error(exc))
        client = SyncClient(workspace.store, transport, progress=report, cancel=progress.event,
                            thumbnailer=thumbnail_of)
        try:
            result = client.sync_now()  # writes its own history and last error
        except Cancelled:
            return Outcome("cancelled")
        except LinkDown as exc:
            return Outcome("unreachable", _english(exc), error=_user_error(exc))
        except (ServerRefused, ParcelError) as exc:
            return Outcome("refused", _english(exc), error=_user_error(exc))
        from app.services.updates import fetch_after_sync

        fetch_after_sync(workspace)  # a newer signed release waits for the next start
        return Outcome("synced", kinds=frozenset(result.kinds), ids=frozenset(result.ids))
    finally:
        transport.close()


def _english(exc: Exception) -> str:
    return exc.message() if isinstance(exc, UserError) else str(exc)


def _user_error(exc: Exception) -> UserError | None:
    return exc if isinstance(exc, UserError) else None


def export_to_folder(workspace: Workspace, folder: Path,
                     progress: Progress | None = None) -> FolderExport:
    """Write every parcel still waiting for a receipt, and a pull request, into `folder`
    (a USB stick) for the county."""
    progress = progress or Progress()
    client = SyncClient.for_workspace(workspace, cancel=progress.event)
    try:
        return FolderExport(client.export_to_folder(Path(folder)))
    finally:
        if client.transport is not None:
            client.transport.close()


def import_from_folder(workspace: Workspace, folder: Path) -> SyncReport:
    """Take in the county's receipts and parcels for this computer from `folder`."""
    client = SyncClient.for_workspace(workspace)
    try:
        return client.import_from_folder(Path(folder))
    finally:
        if client.transport is not None:
            client.transport.close()


def discard_refused(workspace: Workspace, quarantine_id: int) -> Changes:
    """Give up a change the county refused: no longer sent, its quarantine row closed, the
    audit log says who. Raises NotFound."""
    from app.sync.outbox import discard_refused as discard

    return discard(workspace, quarantine_id)


def resolve_conflict(workspace: Workspace, conflict_id: str, choice: str) -> Changes:
    """Keep this computer's value ("mine") or the other one ("theirs") for one conflict."""
    return sync_status.resolve_conflict(workspace, conflict_id, choice)


def status(workspace: Workspace) -> SyncStatus:
    """Enrolled or not, the server, last contact, changes and parcels waiting, conflicts,
    quarantined records and the last error."""
    return sync_status.sync_status(workspace)


def conflicts(workspace: Workspace) -> list:
    """The open conflicts (oldest first), as the sync mechanism records them."""
    return sync_status.list_conflicts(workspace)


def history(workspace: Workspace, limit: int = 50) -> list:
    """The latest sync events (enroll, sync, error, unreachable, export, import), newest first."""
    return sync_status.sync_history(workspace, limit)


def join_station(data_dir: Path, *, url: str, code: str, username: str, password: str,
                 county_recovery_public: bytes, fingerprint: str, label: str = "",
                 allow_plain_http: bool = False,
                 transport: HttpTransport | None = None) -> SyncReport:
    """A second device for an existing station (e.g. the supervisor's laptop): its own
    encrypted store and device keys, enrolled with a code the county issued for the station,
    the station's records pulled, and the named, already existing user given a password here.
    Resumable: a join cut off (power, link) is finished by the same call again (app.services.join).
    Raises StoreError (a station is already here), AuthenticationError (a retry with another
    password), ValidationError, NotFound (no such user), LinkDown/ServerRefused."""
    from app.services import join

    return join.join_station(data_dir, url=url, code=code, username=username, password=password,
                             county_recovery_public=county_recovery_public,
                             fingerprint=fingerprint, label=label,
                             allow_plain_http=allow_plain_http, transport=transport)


def join_in_progress(data_dir: Path) -> bool:
    """True while a join of this folder has started and not finished (finish it with
    `join_station` and the same password)."""
    from app.services import join

    return join.join_in_progress(data_dir)


def clock_warnings(workspace: Workspace) -> list[UserError]:
    """What to tell the person about this computer's clock at sign-in: earlier than its newest
    record (the date was changed), or far from the county's. Records still go through."""
    from app.sync.clock import clock_check

    check = clock_check(workspace.store)
    warnings = []
    if check.earlier_than_newest_record:
        warnings.append(UserError(N_(
            "This computer's clock is earlier than its newest record: the date or time was "
            "changed. Please check them; dates you type are kept as typed.")))
    if check.differs_from_county:
        warnings.append(UserError(N_(
            "This computer's clock differs from the county server's by %1 minutes. Please "
            "set the date and time; records still go through."),
            abs(round(check.county_offset_ms / 60000))))
    return warnings
