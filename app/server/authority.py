"""The county decides what a device may change: the author's role, the device's role and the
rules of each record kind.

A device holds the station's data key and its own signing key, so the county cannot trust the
`author_id` a change names on its own. Two facts bound what a change may do:

- the **device's role** (`device.role`), fixed by the county when it issued the enrolment
  code (`station-ledger-server enroll-code --role worker|supervisor|admin`): a worker's laptop
  never acts above a worker, whoever it claims wrote the change;
- the **author's role** in the county's own merged `user` records of the station (or, for the
  station's first parcel, the user records that parcel itself brings).

The change acts with the lower of the two. Rules per kind:

| kind | who may change it |
|---|---|
| `contract_target` | nobody at a station: the county's contract terms, set in the county console (`app/server/targets.py`) and sent down by pull |
| `user`, `org_unit`, `station_setting` | the station admin (org units: only the station itself, its parent, its villages) |
| `case_review` | a supervisor (or admin), as its own `reviewer_id` |
| `erasure` (of a person's data, app.protocol.erasures) | a supervisor (or admin) |
| `case_file` `review_state` → approved/returned, `stage` → service/closed | a supervisor (or admin) |
| `case_file`, anything else | its own worker (`worker_id`, never reassigned by a worker), a supervisor or the admin |
| everything else | any active user of the station |

An author the county does not know as an active user of the station is refused. A refused
change is quarantined with the reason (it is never merged) and the device keeps it pending.
`Authority.check(change, current)` gives None or the reason (a code of app.protocol.reasons
and its arguments); ingest calls it for each change
after the shape checks of `app.server.validation` (so the change is a well-formed dict),
when it knows whether the county already holds the record.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.protocol.kinds import COUNTY_KINDS
from app.server.db import ServerRecord

RANK = {"worker": 0, "supervisor": 1, "admin": 2}
ROLES = tuple(RANK)
ADMIN_KINDS = frozenset({"user", "org_unit", "station_setting"})
SUPERVISOR_DECISIONS = frozenset({"approved", "returned"})
SUPERVISOR_STAGES = frozenset({"service", "closed"})  # reached only by an approval
SELF_FIELDS = frozenset({"language", "larger_text"})  # a user may change these of their own
# The kinds with a rule beyond "an active author of the station" (see Authority.check).
GUARDED_KINDS = ADMIN_KINDS | {"org_unit", "case_review", "case_file", "user", "erasure"}


def lower_role(*roles: str) -> str:
    """The least of the roles (an unknown role counts as a worker)."""
    return min(roles, key=lambda role: RANK.get(role, 0))


class Authority:
    """The role rules for the changes of one parcel of one device."""

    def __init__(self, session: Session, station_key: str, station_org_id: str | None,
                 device_role: str, changes: list) -> None:
        self.device_role = device_role if device_role in RANK else "worker"
        self.station_org_id = station_org_id or ""
        self.users: dict[str, dict] = {}
        self._roles: dict[str, tuple[str | None, str]] = {}
        rows = session.execute(select(ServerRecord.record_id, ServerRecord.snapshot).where(
            ServerRecord.station_key == station_key, ServerRecord.kind.in_(("user", "org_unit"))))
        org_units: dict[str, dict] = {}
        for record_id, snapshot in rows:
            snapshot = snapshot if isinstance(snapshot, dict) else {}
            if "username" in snapshot:
                self.users[record_id] = snapshot
            else:
                org_units[record_id] = snapshot
        # The first parcel of a station brings its admin with the records the admin made:
        # users new to the county are known from the parcel itself (acting no higher than
        # the device, so only an admin device can bootstrap a station this way).
        self.parcel_users = {c["record_id"]: c["snapshot"] for c in changes
                             if self.device_role == "admin" and isinstance(c, dict)
                             and c.get("kind") == "user" and isinstance(c.get("snapshot"), dict)
                             and c.get("record_id") not in self.users}
        station = org_units.get(self.station_org_id) or next(
            (c["snapshot"] for c in changes if isinstance(c, dict)
             and c.get("kind") == "org_unit" and c.get("record_id") == self.station_org_id
             and isinstance(c.get("snapshot"), dict)), {})
        self.station_parent = station.get("parent_id") or ""

    def author_role(self, author_id) -> tuple[str | None, str]:
        """(the role the change acts with, or None; the reason code why not). Remembered per
        author for the parcel until a user change is merged (`note_applied`)."""
        if isinstance(author_id, str):
            known = self._roles.get(author_id)
            if known is None:
                known = self._roles[author_id] = self._author_role(author_id)
            return known
        return self._author_role(author_id)

    def _author_role(self, author_id) -> tuple[str | None, str]:
        if not isinstance(author_id, str) or not author_id:
            return None, "no_author"
        user = self.users.get(author_id) or self.parcel_users.get(author_id)
        if user is None:
            return None, "unknown_author"
        if user.get("active") is False or user.get("deleted_at"):
            return None, "inactive_author"
        if self.station_org_id and user.get("station_id") not in (None, self.station_org_id):
            return None, "unknown_author"
        return lower_role(str(user.get("role", "worker")), self.device_role), ""

    def check(self, change: dict, current: dict | None) -> tuple[str, tuple] | None:
        """None if the change may be merged, else why not: a reason code of
        app.protocol.reasons and its arguments. `current`: the county's merged snapshot of
        the record, None if it has none yet (then the whole snapshot sent is taken, not only
        the touched fields)."""
        kind = change["kind"]
        if kind in COUNTY_KINDS:
            return "county_only", ()
        role, why = self.author_role(change.get("author_id"))
        if role is None:
            return why, ()
        snapshot = change["snapshot"]
        if kind not in GUARDED_KINDS:
            return None  # households, people, visits …: any active author of the station
        new = current is None
        fields = set(snapshot) if new else set(change["fields"])
        if kind == "user" and role != "admin" and not new \
                and change["record_id"] == change.get("author_id") and fields <= SELF_FIELDS:
            return None  # a user's own interface preferences
        if kind in ADMIN_KINDS and role != "admin":
            return "admin_only", (kind, role)
        if kind == "org_unit":
            if self._org_unit_elsewhere(change["record_id"], snapshot):
                return "other_org_unit", ()
        if kind == "case_review":
            if RANK[role] < RANK["supervisor"]:
                return "supervisor_review", (role,)
            if snapshot.get("reviewer_id") != change.get("author_id"):
                return "own_review", ()
        if kind == "erasure" and RANK[role] < RANK["supervisor"]:
            return "supervisor_erasure", (role,)
        if kind == "case_file" and RANK[role] < RANK["supervisor"]:
            if "review_state" in fields and snapshot.get("review_state") in SUPERVISOR_DECISIONS:
                return "supervisor_decision", (role,)
            if "stage" in fields and snapshot.get("stage") in SUPERVISOR_STAGES:
                return "supervisor_stage", (snapshot.get("stage"),)
        if kind == "case_file" and role == "worker":
            owner = snapshot.get("worker_id") if new else current.get("worker_id")
            if owner != change.get("author_id") or (not new and "worker_id" in fields):
                return "own_case", ()
        if kind == "user":
            new_role = snapshot.get("role")
            if new_role is not None and new_role not in RANK:
                return "unknown_role", (new_role,)
        return None

    def note_applied(self, change: dict) -> None:
        """A user change was merged: later changes of the parcel see the new role."""
        if change["kind"] == "user":
            self._roles.clear()
            merged = {**self.users.get(change["record_id"], {}), **change["snapshot"]}
            self.users[change["record_id"]] = merged

    def _org_unit_elsewhere(self, record_id: str, snapshot: dict) -> bool:
        if not self.station_org_id:
            return False  # the station is not bound yet: its first device makes it
        return not (record_id in (self.station_org_id, self.station_parent)
                    or snapshot.get("parent_id") == self.station_org_id)
