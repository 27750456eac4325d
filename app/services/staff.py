"""Staff turnover: switch a user off (they keep their authorship), change a role, and hand a
worker's open case files and follow-up tasks to another worker.

Users, case files and tasks are synced records, so each of these travels to the county and
to every other laptop of the station as field-level changes (`active`, `role`,
`worker_id`, `assignee_id`); a laptop refuses sign-in to a user switched off anywhere once
it has synced. Every use case is one transaction and is audited.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select

from app.errors import N_, ConflictError, NotFound, ValidationError
from app.models import CaseFile, Task, User
from app.models.org import ROLES
from app.services.workspace import Changes, Workspace


def _user(session, user_id: str, station_id: str, field: str = "user_id") -> User:
    user = session.get(User, user_id or "")
    if user is None or user.deleted_at is not None or user.station_id != station_id:
        raise ValidationError(N_("There is no such user at this station."), field=field)
    return user


def _other_active_admins(session, station_id: str, except_id: str) -> int:
    return len(session.scalars(select(User.id).where(
        User.station_id == station_id, User.role == "admin", User.active.is_(True),
        User.deleted_at.is_(None), User.id != except_id)).all())


def set_user_active(workspace: Workspace, user_id: str, active: bool,
                    password: str | None = None) -> Changes:
    """The station admin switches a user off (no sign-in; records keep their author) or on
    again. The last active admin cannot be switched off, nor can the admin switch off
    themself.

    Switching off also removes the user's key slot from this computer's key file, so the old
    password no longer opens the store's key at all (not only refused at sign-in). Switching
    on needs a new `password` when the user has no slot here (ValidationError, field
    "password", otherwise); it becomes the user's password on this computer."""
    from app.security.keyring import Keyring, validate_new_password
    from app.services.station import keyring_path

    workspace.require_role("admin")
    keyring = Keyring.load(keyring_path(workspace.data_dir))
    with workspace.write() as session:
        user = _user(session, user_id, workspace.station_id)
        if user.active == active:
            if not active:  # switched off elsewhere: its slot here goes too
                keyring.switch_off(user.id)
            return Changes()
        if not active:
            if user.id == workspace.user_id:
                raise ConflictError(N_("You cannot switch off your own account."))
            if user.role == "admin" and not _other_active_admins(session, workspace.station_id,
                                                                  user.id):
                raise ConflictError(N_("The station needs at least one active admin."))
        elif password:
            validate_new_password(password)
        elif not keyring.has_user(user.username):
            raise ValidationError(N_("Give %1 a new password to switch the account on again."),
                                  user.username, field="password")
        user.active = active
        workspace.audit(session, "user.activated" if active else "user.deactivated",
                        "user", user.id)
        # last, inside the transaction: a key file that cannot be written undoes the switch
        if active and password:
            keyring.add_password_slot(user.id, user.username, password, workspace.data_key)
        elif not active:
            keyring.switch_off(user.id)
    return Changes.of("user", user_id)


def set_user_role(workspace: Workspace, user_id: str, role: str) -> Changes:
    """The station admin changes a user's role (worker / supervisor / admin)."""
    workspace.require_role("admin")
    if role not in ROLES:
        raise ValidationError(N_("Please choose a role."), field="role")
    with workspace.write() as session:
        user = _user(session, user_id, workspace.station_id)
        if user.role == role:
            return Changes()
        if user.role == "admin" and not _other_active_admins(session, workspace.station_id,
                                                              user.id):
            raise ConflictError(N_("The station needs at least one active admin."))
        old, user.role = user.role, role
        workspace.audit(session, "user.role_changed", "user", user.id,
                        {"from": old, "to": role})
    return Changes.of("user", user_id)


@dataclass(frozen=True)
class Transfer:
    cases: int
    tasks: int


class Transferred(NamedTuple):
    """What `transfer_caseload` did and what changed (unpacks as a pair; an op result)."""

    transfer: Transfer
    changes: Changes


def case_ids_by_number(workspace: Workspace, case_numbers: list[str]) -> list[str]:
    """The ids of the station's case files numbered `case_numbers` (e.g. "2026-0007").
    Raises ValidationError (field "case") naming the numbers that do not exist."""
    with workspace.read() as session:
        found = dict(session.execute(select(CaseFile.case_number, CaseFile.id).where(
            CaseFile.station_id == workspace.station_id, CaseFile.deleted_at.is_(None),
            CaseFile.case_number.in_(case_numbers))).all())
    missing = [number for number in case_numbers if number not in found]
    if missing:
        raise ValidationError(N_("There is no case file %1."), ", ".join(missing), field="case")
    return [found[number] for number in dict.fromkeys(case_numbers)]


def transfer_caseload(workspace: Workspace, from_user_id: str, to_user_id: str,
                      case_ids: list[str] | None = None) -> Transferred:
    """A supervisor or admin hands a worker's open case files (all, or `case_ids`) and their
    open tasks (follow-up visits, fixes of returned cases) to another active worker."""
    workspace.require_role("supervisor", "admin")
    with workspace.write() as session:
        source = _user(session, from_user_id, workspace.station_id, field="from_user_id")
        target = _user(session, to_user_id, workspace.station_id, field="to_user_id")
        if source.id == target.id:
            raise ValidationError(N_("Please choose another worker to hand the cases to."),
                                  field="to_user_id")
        if not target.active:
            raise ValidationError(N_("%1 is switched off and cannot take cases."),
                                  target.display_name, field="to_user_id")
        query = select(CaseFile).where(CaseFile.worker_id == source.id,
                                       CaseFile.stage != "closed", CaseFile.deleted_at.is_(None))
        if case_ids is not None:
            query = query.where(CaseFile.id.in_(case_ids))
        cases = list(session.scalars(query))
        if case_ids is not None and len(cases) != len(set(case_ids)):
            raise NotFound(N_("A chosen case file is not an open case of this worker."))
        moved_case_ids = {case.id for case in cases}
        tasks_query = select(Task).where(Task.assignee_id == source.id, Task.done_at.is_(None),
                                         Task.deleted_at.is_(None))
        tasks = [task for task in session.scalars(tasks_query)
                 if case_ids is None or task.case_id in moved_case_ids]
        for case in cases:
            case.worker_id = target.id
        for task in tasks:
            task.assignee_id = target.id
        workspace.audit(session, "caseload.transferred", "user", source.id,
                        {"to": target.id, "cases": sorted(moved_case_ids),
                         "tasks": len(tasks)})
    changes = Changes(frozenset({"case_file", "task"}),
                      frozenset(moved_case_ids | {t.id for t in tasks}))
    return Transferred(Transfer(len(cases), len(tasks)), changes)


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    open_cases: int


def user_rows(workspace: Workspace) -> list[UserRow]:
    """Every user of the station with their open case count (for the staff list)."""
    from sqlalchemy import func

    with workspace.read() as session:
        counts = dict(session.execute(select(CaseFile.worker_id, func.count()).where(
            CaseFile.stage != "closed", CaseFile.deleted_at.is_(None))
            .group_by(CaseFile.worker_id)).all())
        return [UserRow(u.id, u.username, u.display_name, u.role, u.active, counts.get(u.id, 0))
                for u in session.scalars(select(User).where(
                    User.station_id == workspace.station_id, User.deleted_at.is_(None))
                    .order_by(User.active.desc(), User.display_name))]


def user_id_of(workspace: Workspace, username: str) -> str:
    """The id of a user of this station by user name (command line)."""
    with workspace.read() as session:
        user = session.scalar(select(User).where(User.username == username.strip().lower(),
                                                 User.station_id == workspace.station_id))
        if user is None:
            raise NotFound(N_("There is no user %1 at this station."), username)
        return user.id
