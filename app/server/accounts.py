"""County accounts for the web console: users with roles, sessions, lockout and the audit trail.

Roles (`ROLES`):
- `county_admin`: sees every station, makes enrolment codes, revokes devices, manages users.
- `county_viewer`: sees every station, changes nothing.
- `supervisor`: the operator's project supervisor; sees only the stations listed on the
  account (`stations`), changes nothing.

Passwords are hashed with Argon2id (cryptography's, the same KDF the station uses; cost from
`app.security.kdf.default_kdf_params`). After `FREE_FAILURES` wrong passwords in a row a
user *name* is locked for `LOCK_BASE_SECONDS * 2**(n - FREE_FAILURES)` seconds (capped at
`LOCK_MAX_SECONDS`); a right password while locked is refused too. The count is kept per
name typed (`console_sign_in_lock`), for names with an account and names without one alike;
a name not locked and without a wrong password for `LOCK_MEMORY` (24 hours) is forgotten on
the next failed sign-in (`forget_old_locks`), so trying millions of names cannot grow the
table without bound. Every attempt, locked or not, known or not, costs one Argon2id check:
the answers, their delays and their timing do not tell which user names exist. Sessions live in the
`console_session` table: the browser holds a random token (only its SHA-256 is stored), each
session has its own CSRF token, an idle limit and an absolute limit. Every sign-in, refusal
and change is written to `console_audit`.

The tables (`county_user`, `console_session`, `console_audit`, `console_sign_in_lock`) are
county tables in app.server.db like the others, made by the county migrations
c0003_console_accounts, c0005 (the sign-in locks per name) and c0007 (when a name last failed).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select

from app.security.kdf import KdfParams, default_kdf_params, derive_key
from app.text.visible import visible
from app.server.db import (ConsoleAudit, ConsoleSession, CountyUser, ServerStore, SignInLock,
                          utc_now)

ROLES = ("county_admin", "county_viewer", "supervisor")
FREE_FAILURES = 3
LOCK_BASE_SECONDS = 30
LOCK_MAX_SECONDS = 3600
# a name's wrong passwords are remembered this long after its last one (and while it is
# locked); then its row is deleted and the count starts again
LOCK_MEMORY = timedelta(hours=24)
SESSION_IDLE = timedelta(minutes=30)
SESSION_MAX = timedelta(hours=12)
MIN_PASSWORD_LENGTH = 10
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


class AccountError(ValueError):
    """A user-facing refusal; `code` is a stable key the console translates."""

    def __init__(self, code: str, **details) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Principal:
    """Who is signed in: their role, the stations they may see (None = all), the CSRF token."""

    username: str
    display_name: str
    role: str
    stations: tuple[str, ...] | None
    csrf_token: str

    @property
    def is_admin(self) -> bool:
        return self.role == "county_admin"

    def may_see(self, station_key: str) -> bool:
        return self.stations is None or station_key in self.stations


# Each check takes 64 MiB for a moment: at most this many at once, so a flood of sign-in
# attempts (the thread pool has 40 threads) queues instead of exhausting the server's memory.
MAX_CONCURRENT_HASHES = 2
_HASHING = threading.BoundedSemaphore(MAX_CONCURRENT_HASHES)


def _hash_password(password: str, salt: bytes, params: KdfParams) -> str:
    with _HASHING:
        return derive_key(password[:1024], salt, params).hex()


def audit(session, username: str, action: str, client: str = "", **details) -> None:
    """Add one audit row in the caller's transaction. A name as typed at sign-in is kept with
    its control characters written out (`app.text.visible`: "vi1\\x00", never "vi1"; and
    PostgreSQL text cannot hold a NUL)."""
    session.add(ConsoleAudit(username=visible(username)[:40], action=action,
                             client=visible(client)[:64],
                             details=json.dumps(details, ensure_ascii=False, sort_keys=True)))


def create_user(store: ServerStore, username: str, password: str, role: str, *,
                display_name: str = "", stations: list[str] | None = None,
                by: str = "cli") -> None:
    """Add a county account. Raises AccountError (bad_username, weak_password, bad_role,
    no_stations, user_exists)."""
    username = username.strip().lower()
    if not USERNAME_PATTERN.match(username):
        raise AccountError("bad_username")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("weak_password", minimum=MIN_PASSWORD_LENGTH)
    if role not in ROLES:
        raise AccountError("bad_role")
    stations = sorted({s.strip() for s in stations or [] if s.strip()})
    if role == "supervisor" and not stations:
        raise AccountError("no_stations")
    params = default_kdf_params()
    salt = secrets.token_bytes(16)
    digest = _hash_password(password, salt, params)
    with store.transaction() as session:
        if session.get(CountyUser, username) is not None:
            raise AccountError("user_exists")
        session.add(CountyUser(username=username, display_name=display_name or username,
                               role=role, stations=stations if role == "supervisor" else [],
                               password_hash=digest, password_salt=salt.hex(),
                               kdf_params=params.to_dict()))
        audit(session, by, "user_created", user=username, role=role, stations=stations)


def list_users(store: ServerStore) -> list[dict]:
    with store.transaction() as session:
        locks = {lock.username: lock.locked_until for lock in session.scalars(
            select(SignInLock).where(SignInLock.locked_until.is_not(None)))}
        return [{"username": u.username, "display_name": u.display_name, "role": u.role,
                 "stations": list(u.stations or []), "disabled_at": u.disabled_at,
                 "locked_until": locks.get(u.username), "created_at": u.created_at}
                for u in session.scalars(select(CountyUser).order_by(CountyUser.username))]


def disable_user(store: ServerStore, username: str, *, by: str, client: str = "") -> None:
    """Switch an account off and end its sessions. Raises AccountError: no_such_user,
    not_yourself (an admin cannot lock themselves out)."""
    if username == by:
        raise AccountError("not_yourself")
    now = utc_now()
    with store.transaction() as session:
        user = session.get(CountyUser, username, with_for_update=True)
        if user is None:
            raise AccountError("no_such_user")
        if user.disabled_at is None:
            user.disabled_at = now
            for row in session.scalars(select(ConsoleSession).where(
                    ConsoleSession.username == username, ConsoleSession.ended_at.is_(None))):
                row.ended_at = now
            audit(session, by, "user_disabled", client, user=username)


def lock_seconds(failures: int) -> int:
    """How long an account stays locked after `failures` wrong passwords in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(LOCK_MAX_SECONDS, LOCK_BASE_SECONDS * 2 ** (failures - FREE_FAILURES))


def sign_in(store: ServerStore, username: str, password: str, client: str = "") -> str:
    """Check a password and open a session; returns the session token for the cookie.

    Raises AccountError("bad_credentials") for a wrong password or a name without an
    account, AccountError("locked", seconds=n) while the name is locked. Names with and
    without an account are treated alike: the same failure count, the same growing lock,
    one Argon2id check on every attempt (a dummy one for an unknown name), so neither the
    answer nor its timing says whether an account exists (only the audit trail does).
    The Argon2id check runs outside any transaction, so it never holds the database's
    write lock (SQLite has one writer: parcels would wait behind sign-ins).
    """
    username = username.strip().lower()[:40]
    with store.transaction() as session:
        # a name no account can have is not looked up (PostgreSQL refuses a NUL in text)
        user = session.get(CountyUser, username) if USERNAME_PATTERN.match(username) else None
        known = user is not None and user.disabled_at is None
        if known:
            salt, params = bytes.fromhex(user.password_salt), KdfParams.from_dict(user.kdf_params)
            stored = user.password_hash
    if not known:
        salt, params, stored = _DUMMY_SALT, default_kdf_params(), ""
    # the same work on every path: known or not, locked or not
    right = hmac.compare_digest(_hash_password(password, salt, params), stored) and known
    now = utc_now()
    # the lock's key is storable (a NUL cannot be in PostgreSQL text): control characters
    # written out, cut to the column
    lock_key = visible(username)[:40]
    with store.transaction() as session:
        lock = session.get(SignInLock, lock_key, with_for_update=True)
        if lock is None:
            lock = SignInLock(username=lock_key, failed_count=0)
            session.add(lock)
        if lock.locked_until is not None and lock.locked_until > now:
            audit(session, username, "sign_in_refused", client,
                  reason="locked" if known else "unknown user, locked")
            refused = AccountError("locked",
                                   seconds=int((lock.locked_until - now).total_seconds()) + 1)
        elif right and _still_valid(session, username, stored):
            lock.failed_count, lock.locked_until = 0, None
            token = secrets.token_urlsafe(32)
            session.add(ConsoleSession(token_hash=_token_hash(token), username=username,
                                       csrf_token=secrets.token_urlsafe(32)))
            audit(session, username, "sign_in", client)
            return token
        else:
            lock.failed_count += 1
            lock.last_failed_at = now
            wait = lock_seconds(lock.failed_count)
            if wait:
                lock.locked_until = now + timedelta(seconds=wait)
            forget_old_locks(session, now)
            audit(session, username, "sign_in_refused", client,
                  reason="wrong password" if known else "unknown user",
                  failures=lock.failed_count, locked_seconds=wait)
            refused = AccountError("locked", seconds=wait) if wait else AccountError(
                "bad_credentials")
    raise refused


_DUMMY_SALT = b"\0" * 16


def forget_old_locks(session, now: datetime) -> int:
    """Delete, in the caller's transaction, the lock rows of names that are not locked and
    had no wrong password since `now - LOCK_MEMORY` (or none at all: a right password reset
    them). Called on every failed sign-in, so the table holds at most the names that failed
    within `LOCK_MEMORY`, however many names are tried. Returns how many were deleted."""
    # rows another sign-in holds (its own name, being counted) are skipped, not waited for:
    # two failed sign-ins pruning at once never wait for each other (PostgreSQL)
    stale = select(SignInLock.username).where(
        or_(SignInLock.locked_until.is_(None), SignInLock.locked_until <= now),
        or_(SignInLock.failed_count == 0, SignInLock.last_failed_at.is_(None),
            SignInLock.last_failed_at < now - LOCK_MEMORY)).with_for_update(skip_locked=True)
    result = session.execute(delete(SignInLock).where(SignInLock.username.in_(stale))
                             .execution_options(synchronize_session=False))
    return result.rowcount or 0


def _still_valid(session, username: str, stored: str) -> bool:
    """The account still exists, is switched on and has the password that was checked."""
    user = session.get(CountyUser, username, with_for_update=True)
    return user is not None and user.disabled_at is None and user.password_hash == stored


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def session_principal(store: ServerStore, token: str | None) -> Principal | None:
    """The signed-in user of a session token, or None (unknown, ended, idle or too old).
    Touches the session's last-seen time."""
    if not token or len(token) > 100:
        return None
    now = utc_now()
    with store.transaction() as session:
        row = session.get(ConsoleSession, _token_hash(token))
        if row is None or row.ended_at is not None:
            return None
        if now - row.last_seen_at > SESSION_IDLE or now - row.created_at > SESSION_MAX:
            row.ended_at = now
            return None
        user = session.get(CountyUser, row.username)
        if user is None or user.disabled_at is not None:
            return None
        if now - row.last_seen_at > timedelta(seconds=30):
            row.last_seen_at = now
        return Principal(user.username, user.display_name, user.role,
                         None if user.role != "supervisor" else tuple(user.stations or ()),
                         row.csrf_token)


def sign_out(store: ServerStore, token: str | None, client: str = "") -> None:
    if not token:
        return
    with store.transaction() as session:
        row = session.get(ConsoleSession, _token_hash(token))
        if row is not None and row.ended_at is None:
            row.ended_at = utc_now()
            audit(session, row.username, "sign_out", client)


def record(store: ServerStore, principal: Principal, action: str, client: str = "",
           **details) -> None:
    """Write one audit row in its own transaction (for reads worth auditing: exports)."""
    with store.transaction() as session:
        audit(session, principal.username, action, client, **details)


def audit_trail(store: ServerStore, limit: int = 200) -> list[dict]:
    with store.transaction() as session:
        rows = session.scalars(select(ConsoleAudit).order_by(ConsoleAudit.id.desc())
                               .limit(limit)).all()
        return [{"at": r.at, "username": r.username, "action": r.action,
                 "details": json.loads(r.details or "{}"), "client": r.client} for r in rows]
