"""The settings registry (one place for key, type, default, bounds, scope) and the device's
identity kept apart from settings, on the real encrypted store."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, DeviceIdentity, Meta, User
from app.services.settings import REGISTRY, get_setting, set_setting
from app.services.station import sign_in, sign_out
from tests.conftest import ADMIN_PASSWORD

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "stations").glob("schema-*"))


def test_every_setting_has_a_default_of_its_type_within_its_bounds():
    for key, item in REGISTRY.items():
        assert item.key == key and item.scope in ("device", "user", "station")
        assert isinstance(item.default, item.type)
        assert item.clean(item.default) == item.default


def test_device_setting_default_bounds_admin_and_audit(station_dir, worker):
    assert get_setting(worker, "idle_lock_minutes") == 10
    with pytest.raises(PermissionDenied):
        set_setting(worker, "idle_lock_minutes", 5)
    admin = sign_in(station_dir, "admin", ADMIN_PASSWORD)
    try:
        for bad in (0, 121, "soon"):
            with pytest.raises(ValidationError) as refused:
                set_setting(admin, "idle_lock_minutes", bad)
            assert refused.value.field == "idle_lock_minutes"
        assert get_setting(admin, "idle_lock_minutes") == 10  # nothing changed
        changes = set_setting(admin, "idle_lock_minutes", "15")
        assert changes.kinds == {"setting"} and get_setting(worker, "idle_lock_minutes") == 15
        with admin.read() as session:
            logged = session.scalars(select(AuditEntry).where(
                AuditEntry.action == "settings.idle_lock")).all()
        assert len(logged) == 1
    finally:
        sign_out(admin)


def test_user_settings_follow_the_user(worker):
    set_setting(worker, "language", "bo")
    set_setting(worker, "larger_text", True)
    assert worker.language == "bo" and worker.larger_text is True
    with worker.read() as session:
        user = session.get(User, worker.user_id)
        assert (user.language, user.larger_text) == ("bo", True)
    with pytest.raises(ValidationError) as refused:
        set_setting(worker, "language", "xx")
    assert refused.value.field == "language"


def test_device_identity_is_not_among_the_settings(worker):
    with worker.read() as session:
        keys = set(session.scalars(select(Meta.key)))
        identity = session.get(DeviceIdentity, 1)
    assert not {k for k in keys if k.startswith("device_") or k == "county_recovery_public"}
    assert identity is not None and identity.device_id == worker.store.device_id
    assert identity.sign_private and identity.box_private


@pytest.mark.parametrize("fixture", FIXTURES[:1], ids=[f.name for f in FIXTURES[:1]])
def test_an_older_store_moves_its_identity_out_of_the_settings(tmp_path, fixture):
    data_dir = tmp_path / fixture.name
    shutil.copytree(fixture, data_dir)
    workspace = sign_in(data_dir, "zhuoma", "demo1234")  # migrates
    try:
        with workspace.read() as session:
            keys = set(session.scalars(select(Meta.key)))
            identity = session.get(DeviceIdentity, 1)
        assert "device_id" not in keys and "device_sign_private" not in keys
        assert identity is not None and len(identity.device_id) == 36
        assert identity.county_recovery_public
    finally:
        sign_out(workspace)
