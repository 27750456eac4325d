"""Accounts: sign-in, lockout, password change (re-wrap only), recovery by the county."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import AuthenticationError, LockedOut, PermissionDenied, ValidationError
from app.models import AuditEntry
from app.models.store import DATABASE_FILENAME
from app.services.audit import verify_audit_chain
from app.services.station import (add_user, change_password, recover_password, sign_in,
                                  sign_out)
from tests.conftest import ADMIN_PASSWORD, WORKER_PASSWORD


def test_sign_in_opens_the_store_and_is_audited(station_dir):
    workspace = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    assert workspace.role == "worker"
    with workspace.read() as session:
        actions = [a.action for a in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        assert actions[-1] == "user.signed_in"
        assert verify_audit_chain(session) is None
    sign_out(workspace)


def test_wrong_password_and_unknown_user_look_the_same(station_dir):
    with pytest.raises(AuthenticationError) as wrong:
        sign_in(station_dir, "zhuoma", "not-the-password")
    with pytest.raises(AuthenticationError) as unknown:
        sign_in(station_dir, "nobody", "not-the-password")
    assert str(wrong.value) == str(unknown.value)


def test_repeated_wrong_passwords_lock_out(station_dir):
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            sign_in(station_dir, "zhuoma", "wrong-password")
    with pytest.raises(LockedOut) as locked:
        sign_in(station_dir, "zhuoma", WORKER_PASSWORD)  # even the right one must wait
    assert locked.value.seconds_left > 0


def test_password_change_rewraps_without_touching_the_database(station_dir):
    before = (station_dir / DATABASE_FILENAME).stat().st_size
    workspace = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    with pytest.raises(ValidationError):
        change_password(workspace, WORKER_PASSWORD, "short")
    change_password(workspace, WORKER_PASSWORD, "a-new-password-2")
    sign_out(workspace)
    with pytest.raises(AuthenticationError):
        sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    workspace = sign_in(station_dir, "zhuoma", "a-new-password-2")
    sign_out(workspace)
    assert (station_dir / DATABASE_FILENAME).stat().st_size >= before


def test_county_recovery_key_resets_a_forgotten_password(station_dir, recovery_keys):
    from app.security.sealing import generate_x25519

    with pytest.raises(Exception):
        recover_password(station_dir, generate_x25519()[0], "zhuoma", "recovered-pass-1")
    recover_password(station_dir, recovery_keys[0], "zhuoma", "recovered-pass-1")
    workspace = sign_in(station_dir, "zhuoma", "recovered-pass-1")
    with workspace.read() as session:
        actions = {a.action for a in session.scalars(select(AuditEntry))}
    sign_out(workspace)
    assert "user.password_recovered" in actions


def test_only_an_admin_adds_users_and_names_are_unique(station_dir):
    worker = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    with pytest.raises(PermissionDenied):
        add_user(worker, "newbie", "新人", "worker", "newbie-pass-1")
    sign_out(worker)
    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    with pytest.raises(ValidationError):
        add_user(admin, "zhuoma", "卓玛", "worker", "another-pass-1")
    add_user(admin, "newbie", "新人", "worker", "newbie-pass-1")
    sign_out(admin)
    sign_out(sign_in(station_dir, "newbie", "newbie-pass-1"))


def test_failed_attempts_before_a_sign_in_are_written_to_the_audit_log(station_dir):
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            sign_in(station_dir, "zhuoma", "wrong-password")
    workspace = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    with workspace.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    sign_out(workspace)
    assert last.action == "user.signed_in"
    assert last.details == {"failed_attempts_before": 2}
