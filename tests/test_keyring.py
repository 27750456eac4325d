"""The key file: password slots, lockout, password change, county recovery, atomic saves."""
from __future__ import annotations

import base64
import json
import os
import stat

import pytest

from app.errors import AuthenticationError, LockedOut, StoreError, ValidationError
from app.security.kdf import KdfParams
from app.security.keyring import (Keyring, RecoveryFailed, Unlocked, lockout_delay_seconds,
                                  validate_new_password)
from app.security.sealing import generate_x25519, public_key_fingerprint

T0 = 1_700_000_000.0
PASSWORD = "Planted-Secret-月亮-42"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setenv("STATION_LEDGER_FAST_KDF", "1")


@pytest.fixture
def data_key():
    return os.urandom(32)


@pytest.fixture
def keyring(tmp_path, data_key):
    ring = Keyring.load(tmp_path / "station.keys")
    ring.add_password_slot("u-1", " Wang Fang ", PASSWORD, data_key)
    return ring


def fail(ring, username="wang fang", password="wrong password", now=T0):
    with pytest.raises(AuthenticationError) as info:
        ring.unlock(username, password, now=now)
    return info.value


def test_missing_file_gives_empty_keyring(tmp_path):
    ring = Keyring.load(tmp_path / "none.keys")
    assert ring.usernames() == [] and ring.recovery_key_id() is None
    assert not (tmp_path / "none.keys").exists()


def test_unlock_round_trip_through_the_file(keyring, data_key):
    assert keyring.usernames() == ["Wang Fang"]
    assert keyring.has_user("WANG FANG  ") and not keyring.has_user("Li Lei")
    reloaded = Keyring.load(keyring.path)
    unlocked = reloaded.unlock("wang fang", PASSWORD, now=T0)
    assert unlocked == Unlocked("u-1", data_key, 0)
    assert data_key.hex() not in repr(unlocked)
    assert reloaded.check_data_key(data_key) and not reloaded.check_data_key(os.urandom(32))


def test_usernames_unique_case_insensitive(keyring, data_key):
    with pytest.raises(ValidationError) as info:
        keyring.add_password_slot("u-2", "WANG FANG", "another password", data_key)
    assert info.value.field == "username"
    with pytest.raises(ValidationError):
        keyring.add_password_slot("u-2", "   ", "another password", data_key)
    keyring.add_password_slot("u-1", "wang fang", "renamed password", data_key)  # same user
    assert keyring.usernames() == ["wang fang"]


def test_slot_for_a_different_data_key_refused(keyring):
    with pytest.raises(ValueError):
        keyring.add_password_slot("u-2", "Li Lei", "another password", os.urandom(32))


def test_remove_slot(keyring, data_key):
    keyring.add_password_slot("u-2", "Li Lei", "another password", data_key)
    keyring.remove_slot("u-1")
    reloaded = Keyring.load(keyring.path)
    assert reloaded.usernames() == ["Li Lei"]
    fail(reloaded, password=PASSWORD)


def test_unknown_user_and_wrong_password_look_the_same(keyring):
    wrong_password = fail(keyring, "wang fang", "not it")
    unknown_user = fail(keyring, "nobody", PASSWORD)
    assert type(wrong_password) is type(unknown_user)
    assert wrong_password.source == unknown_user.source == "Wrong user name or password."
    assert str(wrong_password) == str(unknown_user)


def test_lockout_policy():
    assert [lockout_delay_seconds(n) for n in range(0, 9)] == [0, 0, 0, 0, 30, 60, 120, 240, 480]
    assert lockout_delay_seconds(9) == 900 and lockout_delay_seconds(10_000) == 900


def test_lockout_delay_grows_and_success_reports_failures(keyring, data_key):
    for _ in range(3):
        fail(keyring, now=T0)
    fail(keyring, now=T0 + 1)                         # fourth failure: 30 s from now
    with pytest.raises(LockedOut) as info:
        keyring.unlock("wang fang", PASSWORD, now=T0 + 11)
    assert info.value.seconds_left == 20
    fail(keyring, now=T0 + 31)                        # fifth failure: 60 s
    with pytest.raises(LockedOut) as info:
        Keyring.load(keyring.path).unlock("Wang Fang", PASSWORD, now=T0 + 90)
    assert info.value.seconds_left == 1               # counters survive a restart
    reloaded = Keyring.load(keyring.path)
    unlocked = reloaded.unlock("wang fang", PASSWORD, now=T0 + 91)
    assert unlocked.failures_before == 5 and unlocked.data_key == data_key
    assert Keyring.load(keyring.path).unlock("wang fang", PASSWORD, now=T0 + 92).failures_before == 0


def test_locked_out_even_with_the_right_password_and_clock_going_back(keyring):
    for _ in range(4):
        fail(keyring, now=T0)
    with pytest.raises(LockedOut) as info:
        keyring.unlock("wang fang", PASSWORD, now=T0 - 100_000)
    assert info.value.seconds_left == 30             # never more than the policy's delay


def test_unknown_users_are_locked_out_too(keyring):
    for _ in range(4):
        fail(keyring, "nobody", "guess", now=T0)
    with pytest.raises(LockedOut):
        keyring.unlock("NOBODY", "guess", now=T0 + 5)
    assert "nobody" not in keyring.path.read_text(encoding="utf-8")


def test_change_password_keeps_data_key(keyring, data_key):
    old_salt = json.loads(keyring.path.read_text())["slots"][0]["salt"]
    keyring.change_password("Wang Fang", PASSWORD, "a new long password")
    reloaded = Keyring.load(keyring.path)
    assert json.loads(keyring.path.read_text())["slots"][0]["salt"] != old_salt
    assert reloaded.unlock("wang fang", "a new long password", now=T0).data_key == data_key
    fail(reloaded, password=PASSWORD, now=T0)


def test_change_password_with_wrong_old_password(keyring):
    with pytest.raises(AuthenticationError):
        keyring.change_password("wang fang", "not the password", "a new long password")
    assert keyring.unlock("wang fang", PASSWORD).data_key


def test_recovery_round_trip_and_reset_password(keyring, data_key):
    county_private, county_public = generate_x25519()
    keyring.set_recovery(county_public, data_key)
    reloaded = Keyring.load(keyring.path)
    assert reloaded.recovery_key_id() == public_key_fingerprint(county_public)
    for _ in range(4):
        fail(reloaded, now=T0)
    with pytest.raises(LockedOut):
        reloaded.unlock("wang fang", PASSWORD, now=T0 + 1)
    recovered = reloaded.recover_data_key(county_private)
    assert recovered == data_key
    reloaded.reset_password("u-1", "Wang Fang", "recovered password", recovered)
    unlocked = Keyring.load(keyring.path).unlock("wang fang", "recovered password", now=T0 + 1)
    assert unlocked.data_key == data_key and unlocked.failures_before == 0


def test_wrong_recovery_key_refused(keyring, data_key):
    with pytest.raises(RecoveryFailed):
        keyring.recover_data_key(generate_x25519()[0])   # none set up yet
    keyring.set_recovery(generate_x25519()[1], data_key)
    for wrong in (generate_x25519()[0], b"\x00" * 32, b"short"):
        with pytest.raises(RecoveryFailed) as info:
            keyring.recover_data_key(wrong)
        assert info.value.source == "This recovery key does not fit this station."


def test_file_format_mode_and_no_leftover_tmp(keyring, data_key):
    keyring.set_recovery(generate_x25519()[1], data_key)
    data = json.loads(keyring.path.read_text(encoding="utf-8"))
    assert data["format"] == "station-ledger-keyring" and data["version"] == 1
    assert set(data) >= {"slots", "recovery", "lockout", "key_check"}
    assert KdfParams.from_dict(data["slots"][0]["kdf"]) == KdfParams(8192, 1, 1)
    # the key file and its (empty) lock file, no temporary file left behind
    assert sorted(p.name for p in keyring.path.parent.iterdir()) == ["station.keys",
                                                                     "station.keys.lock"]
    if os.name == "posix":
        assert stat.S_IMODE(keyring.path.stat().st_mode) == 0o600


def test_secrets_never_stored_in_plaintext(keyring, data_key):
    keyring.set_recovery(generate_x25519()[1], data_key)
    fail(keyring, password=PASSWORD + "x")
    raw = keyring.path.read_bytes()
    for secret in (data_key, data_key.hex().encode(), base64.b64encode(data_key),
                   PASSWORD.encode(), PASSWORD.encode("unicode_escape")):
        assert secret not in raw


@pytest.mark.parametrize("content", [b"", b"not json", b"[]", b'{"format": "other"}',
                                     b'{"format": "station-ledger-keyring", "version": 1}'])
def test_damaged_file_is_a_store_error(tmp_path, content):
    path = tmp_path / "station.keys"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Keyring.load(path)
    assert info.value.source == "The key file %1 is damaged."


def test_damaged_slot_and_weak_kdf_in_file(keyring):
    data = json.loads(keyring.path.read_text())
    data["slots"][0]["kdf"]["memory_kib"] = 1024
    keyring.path.write_text(json.dumps(data))
    with pytest.raises(StoreError):
        Keyring.load(keyring.path)
    data["slots"][0]["kdf"]["memory_kib"] = 8192
    data["slots"][0]["salt"] = "@@not base64@@"
    keyring.path.write_text(json.dumps(data))
    with pytest.raises(StoreError):
        Keyring.load(keyring.path)


def test_tampered_wrapped_key_is_just_a_wrong_password(keyring):
    data = json.loads(keyring.path.read_text())
    wrapped = bytearray(base64.b64decode(data["slots"][0]["wrapped"]))
    wrapped[20] ^= 1
    data["slots"][0]["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    keyring.path.write_text(json.dumps(data))
    fail(Keyring.load(keyring.path), password=PASSWORD)


def test_password_policy():
    for good in ("12345678", "correct horse", "我的密码是很长的"):
        validate_new_password(good)
    for bad in ("", "short", "aaaaaaaaaaaa"):
        with pytest.raises(ValidationError) as info:
            validate_new_password(bad)
        assert info.value.field == "password"
