"""The way out for a user name given on two computers of the station while offline.

The county takes both users (their ids differ); a computer that already has a user with that
name cannot apply the other one (user names are unique on a computer), so the incoming
quarantine holds it with the code `duplicate_username`. It never goes in by itself: the
station admin decides here.

    resolve_duplicate_user(workspace, quarantine_id, "rename", new_username="dawa.b")
    resolve_duplicate_user(workspace, quarantine_id, "merge", password="…")
    resolve_duplicate_user(workspace, quarantine_id, "discard")
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.changes import Changes
from app.errors import N_, ConflictError, NotFound, ValidationError
from app.services.workspace import Workspace

ACTIONS = ("rename", "merge", "discard")


def resolve_duplicate_user(workspace: Workspace, quarantine_id: int, action: str,
                           new_username: str = "", password: str = "") -> Changes:
    """Station admin only; one transaction; audited. Returns the `Changes` (kinds sync, user,
    and case_file/task for a merge).

    - "rename" (two people): this computer's user with that name is renamed `new_username`
      (a synced change: the county and the other computers follow; the key slot follows, same
      password); then the county's user goes in.
    - "merge" (one person, added twice): the county's user takes the name; this computer's
      user is renamed `<name>.old` (or `<name>.<id>`), switched off (key slot removed; their
      records keep their author), hands its open case files and tasks to the county's user,
      and `password` becomes the county's user's password on this computer.
    - "discard": the county's user is not applied on this computer (the county keeps it).

    Raises NotFound (no such open row), ValidationError (field "username": malformed or taken;
    "password": missing or weak for a merge; "action"), ConflictError (a merge of the signed-in
    admin's own account), PermissionDenied."""
    from app.models import CaseFile, Task, User, utc_now
    from app.models.sync_state import SyncQuarantine
    from app.protocol.reasons import DUPLICATE_USERNAME
    from app.security.keyring import Keyring, validate_new_password
    from app.services.station import clean_username, keyring_path
    from app.sync.inbox import retry_incoming_row

    workspace.require_role("admin")
    if action not in ACTIONS:
        raise ValidationError(N_("Choose rename, merge or discard."), field="action")
    if action == "rename":
        new_username = clean_username(new_username)
    if action == "merge":
        if not password:
            raise ValidationError(N_("Give the person a password for this computer."),
                                  field="password")
        validate_new_password(password)
    keyring = Keyring.load(keyring_path(workspace.data_dir))
    with workspace.write() as session:
        row = session.get(SyncQuarantine, int(quarantine_id))
        if row is None or row.direction != "incoming" or row.dismissed_at is not None \
                or row.code != DUPLICATE_USERNAME:
            raise NotFound(N_("This record from the county is no longer waiting."))
        taken_name = str((row.args or [""])[0])
        if action == "discard":
            row.dismissed_at = utc_now()
            workspace.audit(session, "sync.incoming_discarded", row.kind, row.record_id,
                            {"username": taken_name})
            return Changes(frozenset({"sync"}), frozenset())

        def free(name: str) -> bool:
            return not keyring.has_user(name) and session.scalar(
                select(User.id).where(User.username == name)) is None

        local = session.scalar(select(User).where(User.username == taken_name))
        if action == "merge":
            if local is not None and local.id == workspace.user_id:
                raise ConflictError(N_("You cannot fold your own account into another; rename "
                                       "it instead."))
            new_username = clean_username(f"{taken_name[:28]}.old")
            if not free(new_username) and local is not None:
                new_username = clean_username(f"{taken_name[:23]}.{local.id[-8:]}")
        if not free(new_username):
            raise ValidationError(N_("The user name %1 is already taken."), new_username,
                                  field="username")
        moved: set[str] = set()
        if local is not None:
            local.username = new_username
            workspace.audit(session, "user.renamed", "user", local.id,
                            {"from": taken_name, "to": new_username})
            if action == "merge":
                local.active = False
                workspace.audit(session, "user.deactivated", "user", local.id)
            session.flush()
        try:
            retry_incoming_row(session, workspace.store.device_id, row)
        except IntegrityError as exc:
            raise ConflictError(N_("The user from the county still cannot be added here.")) \
                from exc
        workspace.audit(session, "sync.incoming_applied", row.kind, row.record_id,
                        {"username": taken_name, "action": action})
        if action == "merge" and local is not None:
            for case in session.scalars(select(CaseFile).where(
                    CaseFile.worker_id == local.id, CaseFile.stage != "closed",
                    CaseFile.deleted_at.is_(None))):
                case.worker_id = row.record_id
                moved.add(case.id)
            for task in session.scalars(select(Task).where(
                    Task.assignee_id == local.id, Task.done_at.is_(None),
                    Task.deleted_at.is_(None))):
                task.assignee_id = row.record_id
                moved.add(task.id)
            workspace.audit(session, "caseload.transferred", "user", local.id,
                            {"to": row.record_id, "items": len(moved), "merged": True})
        # last, inside the transaction: a key file that cannot be written undoes it all
        if local is not None and action == "rename":
            keyring.rename_slot(local.id, new_username)
        elif local is not None:
            keyring.switch_off(local.id)
            keyring.add_password_slot(row.record_id, taken_name, password, workspace.data_key)
    kinds = {"sync", "user"} | ({"case_file", "task"} if moved else set())
    ids = {row.record_id} | ({local.id} if local is not None else set()) | moved
    return Changes(frozenset(kinds), frozenset(ids))
